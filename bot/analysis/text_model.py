"""What the learnt decisions share at run time: a text's sparse features, and a logistic model over them.

A learnt decision (a post is promotional, a mention is a complaint) is a logistic regression over
the classifier's own evidence for it (the rules' sums, prices, emoji...: its "signals") and the
text's words, pairs of words next to each other and word beginnings ("nostr", "notre", "nuestr",
"our"), which catch how something is phrased in each language. Each model is shipped as a JSON
file written by its training script (see `bot.analysis.training`).

At run time a word's weight (the word and its beginnings) is summed once and cached, and pairs
are one dictionary look-up each, so a model adds a few microseconds to a text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any, Final

PREFIXES: Final = (4, 5)  # word beginnings, for words longer than that
_CACHE_LIMIT: Final = 200_000


def word_features(token: bytes) -> list[str]:
    """The features one word brings: itself and its beginnings."""
    word = token.decode("ascii")
    found = [f"w:{word}"]
    found.extend(f"p{length}:{word[:length]}" for length in PREFIXES if len(word) > length)
    return found


def pair_feature(first: bytes, second: bytes) -> str:
    return f"b:{first.decode('ascii')} {second.decode('ascii')}"


def text_features(tokens: Sequence[bytes], language: str) -> list[str]:
    """Every sparse feature of a text (the training scripts' view; `TextModel.logit` sums the same)."""
    found = [f"lang:{language}"]
    for token in tokens:
        found.extend(word_features(token))
    found.extend(pair_feature(first, second) for first, second in pairwise(tokens))
    return found


class TextModel:
    """Weights of the features, the intercept, and the logit from which the answer is yes."""

    __slots__ = ("bias", "cache", "intercept", "pairs", "signals", "threshold", "weights")

    def __init__(self, data: dict[str, Any], signals: Sequence[str], source: str) -> None:
        if tuple(data["signals"]) != tuple(signals):
            raise ValueError(f"{source} was trained on other signals: retrain it")
        self.intercept = float(data["bias"])
        self.threshold = float(data["threshold"])
        self.signals = tuple(float(weight) for weight in data["signal_weights"])
        features: dict[str, float] = data["weights"]
        self.weights = {name: float(weight) for name, weight in features.items() if not name.startswith("b:")}
        self.pairs = {
            name[2:].encode("ascii"): float(weight) for name, weight in features.items() if name.startswith("b:")
        }
        self.cache: dict[bytes, float] = {}
        self.bias = {  # the intercept, for each language
            name[5:]: self.intercept + weight for name, weight in self.weights.items() if name.startswith("lang:")
        }

    def word_weight(self, token: bytes) -> float:
        weight = self.cache.get(token)
        if weight is None:
            get = self.weights.get
            weight = sum(get(name, 0.0) for name in word_features(token))
            if len(self.cache) >= _CACHE_LIMIT:
                self.cache.clear()
            self.cache[token] = weight
        return weight

    def logit(self, tokens: Sequence[bytes], language: str, signals: Sequence[float]) -> float:
        total = self.bias.get(language, self.intercept)
        for weight, value in zip(self.signals, signals, strict=True):
            total += weight * value
        cache = self.cache
        for token in tokens:
            cached = cache.get(token)
            total += self.word_weight(token) if cached is None else cached
        pairs = self.pairs
        for first, second in pairwise(tokens):
            total += pairs.get(first + b" " + second, 0.0)
        return total

    def decides(self, tokens: Sequence[bytes], language: str, signals: Sequence[float]) -> bool:
        return self.logit(tokens, language, signals) >= self.threshold


def read_model(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as source:
        data: dict[str, Any] = json.load(source)
    return data
