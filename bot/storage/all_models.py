"""Imports every module that defines tables, so the metadata knows them all."""

from bot.storage import models

__all__ = ["models"]
