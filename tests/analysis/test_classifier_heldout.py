"""The held-out sets: well-formed, apart from the tuning set and each other, and the classifier's scores on them.

Both held-out sets were written and labelled by tests/data/LABELLING.md before the classifier was run on
them, and are never tuned on. The first (tests/data/classifier_heldout) showed kinds of misses that later
steered new tuning examples; the second (tests/data/classifier_heldout2) was written blind to the
classifier and the other sets, and gives the honest estimate. The floors below guard against
regressions; they are not the target (0.85).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from benchmarks.classifier_eval import render
from bot.analysis.classifier import LANGUAGES
from bot.analysis.evaluation import (
    BLIND_SET,
    EVAL_SETS,
    HELDOUT_SET,
    TUNING_SET,
    EvalSet,
    SetReport,
    evaluate_set,
    load_mentions,
    load_posts,
)

POST_KEYS = {"text", "promotional", "question", "divisive", "reply"}
OPTIONAL_TRUE = {"repost", "quote", "poll"}  # present only when true
OPTIONAL_FALSE = {"judgeable"}  # present only when false
MENTION_KEYS = {"text", "lang", "complaint"}


def rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def normal(text: str) -> str:
    return " ".join(text.casefold().split())


def words(text: str) -> set[str]:
    """The text's words, links left out (two short links share "https", "t" and "co")."""
    return set(re.findall(r"\w+", re.sub(r"https?://\S+", " ", text.casefold())))


# --- Well-formed ----------------------------------------------------------------------------


@pytest.mark.parametrize("eval_set", EVAL_SETS, ids=lambda s: s.name)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_posts_follow_the_labelling_guide(eval_set: EvalSet, lang: str) -> None:
    """Both sets: the same fields, and the rules of LABELLING.md that can be checked mechanically."""
    for row in rows(eval_set.directory / f"{lang}.jsonl"):
        keys = set(row)
        assert POST_KEYS <= keys <= POST_KEYS | OPTIONAL_TRUE | OPTIONAL_FALSE, row
        assert isinstance(row["text"], str), row
        assert all(isinstance(row[key], bool) for key in keys - {"text"}), row
        assert all(row[key] for key in keys & OPTIONAL_TRUE), row
        assert not any(row[key] for key in keys & OPTIONAL_FALSE), row
        if not row.get("judgeable", True):
            assert not (row["promotional"] or row["question"] or row["divisive"]), row
        if row["promotional"]:  # never a reply, repost or poll; its questions are rhetorical
            assert not (row["reply"] or row.get("repost") or row.get("poll") or row["question"]), row
        if row.get("poll"):
            assert row["question"], row
        if row.get("repost"):
            assert not row["question"], row


@pytest.mark.parametrize("eval_set", EVAL_SETS, ids=lambda s: s.name)
def test_mentions_follow_the_labelling_guide(eval_set: EvalSet) -> None:
    for row in rows(eval_set.directory / "complaints.jsonl"):
        assert set(row) == MENTION_KEYS, row
        assert isinstance(row["text"], str) and row["text"].strip(), row
        assert row["lang"] in LANGUAGES, row
        assert isinstance(row["complaint"], bool), row


HELDOUT_SETS = (HELDOUT_SET, BLIND_SET)


@pytest.mark.parametrize("eval_set", HELDOUT_SETS, ids=lambda s: s.name)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_heldout_posts_are_enough_and_balanced(eval_set: EvalSet, lang: str) -> None:
    items = load_posts(lang, eval_set.directory)
    judgeable = [item for item in items if item.judgeable]
    assert len(items) >= 100
    assert len(judgeable) >= 100
    assert 0.35 <= sum(item.promotional for item in judgeable) / len(judgeable) <= 0.55
    conversational = [item for item in judgeable if not item.promotional]
    assert sum(item.question for item in conversational) >= 15
    assert sum(item.divisive for item in conversational) >= 8
    assert sum(item.reply for item in items) >= 8
    assert any(item.repost for item in items) and any(item.poll for item in items) and any(item.quote for item in items)


@pytest.mark.parametrize("eval_set", HELDOUT_SETS, ids=lambda s: s.name)
def test_heldout_mentions_are_enough_and_balanced(eval_set: EvalSet) -> None:
    mentions = load_mentions(eval_set.directory)
    for lang in LANGUAGES:
        own = [m for m in mentions if m.lang == lang]
        assert len(own) >= 40
        assert 15 <= sum(m.complaint for m in own) <= len(own) - 15


# --- Apart from the tuning set --------------------------------------------------------------


# Each held-out set against every set written before it.
APART = [(HELDOUT_SET, TUNING_SET), (BLIND_SET, TUNING_SET), (BLIND_SET, HELDOUT_SET)]


@pytest.mark.parametrize(("heldout_set", "other_set"), APART, ids=lambda s: s.name)
@pytest.mark.parametrize("name", [*LANGUAGES, "complaints"])
def test_heldout_shares_no_item_with_an_earlier_set(heldout_set: EvalSet, other_set: EvalSet, name: str) -> None:
    heldout = [row["text"] for row in rows(heldout_set.directory / f"{name}.jsonl")]
    tuning = [row["text"] for row in rows(other_set.directory / f"{name}.jsonl")]
    assert len({normal(text) for text in heldout}) == len(heldout), "a duplicate inside the held-out set"
    assert not {normal(text) for text in heldout} & {normal(text) for text in tuning}
    # Nor a near copy: no held-out text of four words or more shares 60 % of its words with a tuning text.
    tuning_words = [w for w in map(words, tuning) if len(w) >= 4]
    for text in heldout:
        mine = words(text)
        if len(mine) >= 4:
            closest = max(len(mine & other) / len(mine | other) for other in tuning_words)
            assert closest < 0.6, text


# --- Scores ---------------------------------------------------------------------------------

# F1 per language: promotional, conversational, question, divisive, complaint.
# The held-out set: first measured with classifier.py and lexicon.py as of commit 895c1c4, again once as of
# 003e365; since the learnt promotional model (trained on it and the tuning set), its promotional and
# conversational figures are training figures, kept as floors only against regressions.
# The blind held-out set: measured once with the rules alone as of 72a0237 (promotional F1 it 0.83, fr 0.79,
# es 0.75, en 0.72); once with the learnt model (it 0.89, fr 0.86, es 0.90, en 0.80), and once more after
# 198 new tuning posts (mostly English), figures below. Each model was adopted before its measurement, on
# the strength of a tuning-set-only training scored on the first held-out set. Nothing was tuned on it.
# The benchmark prints the current figures; this table only sets the floors.
MEASURED = {
    HELDOUT_SET.name: {
        "it": (0.9608, 0.9624, 0.9583, 0.4615, 0.6061),
        "fr": (0.9804, 0.9778, 0.9583, 0.5000, 0.4286),
        "es": (0.9804, 0.9778, 0.9787, 0.4286, 0.5000),
        "en": (0.9903, 0.9855, 0.9787, 0.6250, 0.3846),
    },
    BLIND_SET.name: {
        "it": (0.8868, 0.9178, 0.9189, 0.4286, 0.5882),
        "fr": (0.8738, 0.9103, 0.9268, 0.4615, 0.4000),
        "es": (0.9000, 0.9128, 0.8837, 0.4000, 0.4516),
        "en": (0.8302, 0.8592, 0.9500, 0.1818, 0.4667),
    },
}
TARGET_MARGIN = 0.02  # promotional and conversational: about one item of fifty
SMALL_MARGIN = 0.10  # question, divisive (10 items) and complaint (20): one item moves F1 a lot


@pytest.fixture(scope="module", params=HELDOUT_SETS, ids=lambda s: s.name)
def heldout_report(request: pytest.FixtureRequest) -> SetReport:
    return evaluate_set(request.param)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_heldout_promotional_vs_conversational_does_not_regress(heldout_report: SetReport, lang: str) -> None:
    scores = heldout_report.languages[lang].scores
    promotional, conversational, *_ = MEASURED[heldout_report.eval_set.name][lang]
    assert scores["promotional"].f1 >= promotional - TARGET_MARGIN, scores["promotional"]
    assert scores["conversational"].f1 >= conversational - TARGET_MARGIN, scores["conversational"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_heldout_question_divisive_and_complaint_do_not_regress(heldout_report: SetReport, lang: str) -> None:
    _, _, question, divisive, complaint = MEASURED[heldout_report.eval_set.name][lang]
    scores = heldout_report.languages[lang].scores
    assert scores["question"].f1 >= question - SMALL_MARGIN, scores["question"]
    assert scores["divisive"].f1 >= divisive - SMALL_MARGIN, scores["divisive"]
    assert heldout_report.complaints[lang].f1 >= complaint - SMALL_MARGIN, heldout_report.complaints[lang]


def test_benchmark_reports_the_three_sets_apart() -> None:
    tables = {eval_set.name: "\n".join(render(evaluate_set(eval_set))) for eval_set in EVAL_SETS}
    assert tables[TUNING_SET.name].startswith("tuning set — the lexicon was developed looking at it")
    assert tables[HELDOUT_SET.name].startswith("held-out set — the promotional model is trained on it")
    assert tables[BLIND_SET.name].startswith("blind held-out set — written blind to the classifier")
    for text in tables.values():
        target = text.splitlines()[-1]
        assert target.startswith("target F1 ≥ 0.85 on promotional and conversational:")
        assert all(f"{lang} met" in target or f"{lang} MISSED" in target for lang in LANGUAGES)
