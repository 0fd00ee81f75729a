"""The learnt part of the promotional decision: a logistic regression shipped as promotional_model.json.

Hand-written rules catch the pitches somebody listed and miss those phrased otherwise, so the
classifier's own evidence (its promotional and conversational sums, prices, links, questions...)
is only some of the model's features; the others are the post's words, pairs of words next to
each other and word beginnings ("nostr", "notre", "nuestr", "our"), which catch how a pitch is
phrased in each language (see `bot.analysis.text_model`). The weights are learnt by
`python -m bot.analysis.train_promotional` from the labelled sets in tests/data (see
LABELLING.md); nothing is downloaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from bot.analysis.text_model import PREFIXES, TextModel, pair_feature, read_model, text_features, word_features

__all__ = [  # the features are shared with the complaint model; they are named here too
    "MODEL_PATH",
    "PREFIXES",
    "SIGNALS",
    "PromotionalModel",
    "load_model",
    "pair_feature",
    "text_features",
    "word_features",
]

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


class PromotionalModel(TextModel):
    """The logit from which a post of its own is promotional."""

    __slots__ = ()

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__(data, SIGNALS, "promotional_model.json")

    def promotional(self, tokens: Sequence[bytes], language: str, signals: Sequence[float]) -> bool:
        return self.logit(tokens, language, signals) >= self.threshold


def load_model(path: Path = MODEL_PATH) -> PromotionalModel:
    return PromotionalModel(read_model(path))
