"""The learnt complaint decision: a logistic regression shipped as complaint_model.json.

The rules (`classifier.complaint_score`) find the grievances somebody listed and miss those put
otherwise ("the box was half empty", "third time I ask"), so their evidence (the complaint and
praise words' sums, the word classes, irony, "but", times, prices, emoji...) is only some of the
model's features; the others are the mention's words, pairs of words and word beginnings (see
`bot.analysis.text_model`). The weights are learnt by `python -m bot.analysis.train_complaint`
from the labelled mentions in tests/data (see LABELLING.md); nothing is downloaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from bot.analysis.text_model import TextModel, read_model

MODEL_PATH: Final = Path(__file__).with_name("complaint_model.json")
SIGNALS: Final = (  # the rules' evidence, in the order `classifier.complaint_signals` gives it
    "complaint_score",
    "rules_say_complaint",
    "complaint_words",
    "praise_words",
    "word_classes",
    "irony",
    "but",
    "duration",
    "clock",
    "price",
    "angry_emoji",
    "happy_emoji",
    "asks",
    "exclamation",
    "digit",
)


class ComplaintModel(TextModel):
    """The logit from which a mention is a complaint."""

    __slots__ = ()

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__(data, SIGNALS, "complaint_model.json")

    def complaint(self, tokens: Sequence[bytes], language: str, signals: Sequence[float]) -> bool:
        return self.logit(tokens, language, signals) >= self.threshold


def load_model(path: Path = MODEL_PATH) -> ComplaintModel:
    return ComplaintModel(read_model(path))
