"""Imports every module that defines tables, so the metadata knows them all."""

from bot.storage import checkup, models, nudges, slack, x

__all__ = ["checkup", "models", "nudges", "slack", "x"]
