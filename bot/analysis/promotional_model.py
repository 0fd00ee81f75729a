"""The learnt part of the promotional decision: a logistic regression shipped as promotional_model.json.

Hand-written rules catch the pitches somebody listed and miss those phrased otherwise, so the
classifier's own evidence (its promotional and conversational sums, prices, links, questions...)
is only some of the model's features; the others are the post's words, pairs of words next to
each other and word beginnings ("nostr", "notre", "nuestr", "our"), which catch how a pitch is
phrased in each language. The weights are learnt by `python -m bot.analysis.train_promotional`
from the labelled sets in tests/data (see LABELLING.md); nothing is downloaded.

At run time a word's weight (the word and its beginnings) is summed once and cached, and pairs
are one dictionary look-up each, so the model adds a few microseconds to a post.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any, Final

MODEL_PATH: Final = Path(__file__).with_name("promotional_model.json")
SIGNALS: Final = (  # the classifier's evidence, in the order `classify_post` passes it
    "promotional_sum",
    "conversational_sum",
    "rules_say_promotional",
    "price",
    "link_promotional",
    "link_conversational",
    "asks",
    "answers_with_ours",
    "quote",
    "names_someone",
    "exclamation",
    "digit",
)
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
    """Every sparse feature of a post (the training script's view; `PromotionalModel.logit` sums the same)."""
    found = [f"lang:{language}"]
    for token in tokens:
        found.extend(word_features(token))
    found.extend(pair_feature(first, second) for first, second in pairwise(tokens))
    return found


class PromotionalModel:
    """Weights of the features, the intercept, and the logit from which a post is promotional."""

    __slots__ = ("bias", "cache", "intercept", "pairs", "signals", "threshold", "weights")

    def __init__(self, data: dict[str, Any]) -> None:
        if tuple(data["signals"]) != SIGNALS:
            raise ValueError("promotional_model.json was trained on other signals: retrain it")
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

    def promotional(self, tokens: Sequence[bytes], language: str, signals: Sequence[float]) -> bool:
        return self.logit(tokens, language, signals) >= self.threshold


def load_model(path: Path = MODEL_PATH) -> PromotionalModel:
    with path.open(encoding="utf-8") as source:
        return PromotionalModel(json.load(source))
