"""The held-out sets: well-formed, apart from the tuning set and each other, and the classifier's scores on them.

Every held-out set was written and labelled by tests/data/LABELLING.md before the classifier was run on it.
The first two (tests/data/classifier_heldout, classifier_heldout2) were measured on, then became training
data for the promotional model; the third (tests/data/classifier_heldout3) was written blind to the
classifier and the other sets, is never trained on, and gives the honest estimate. The floors below guard
against regressions; they are not the target (0.85).
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
    SECOND_HELDOUT_SET,
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


HELDOUT_SETS = (HELDOUT_SET, SECOND_HELDOUT_SET, BLIND_SET)


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
APART = [(later, earlier) for n, later in enumerate(EVAL_SETS) for earlier in EVAL_SETS[:n]]


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
# 003e365. The second held-out set: measured three times, with the rules alone as of 72a0237 (promotional F1
# it 0.83, fr 0.79, es 0.75, en 0.72), then with two learnt models (it 0.89/0.89, fr 0.86/0.87, es 0.90/0.90,
# en 0.80/0.83). The promotional model is now trained on both, so their promotional and conversational
# figures are training figures, kept as floors only against regressions. Their complaint figures are training
# figures too since the complaint model was learnt from their mentions and the tuning set's; with the rules alone
# they were it 0.61/0.59, fr 0.43/0.40, es 0.50/0.45, en 0.38/0.47 (held-out/second held-out).
# The blind held-out set (the third): measured once, as of 0d67b89, with a model whose settings were chosen
# by cross-validation of the training pool before it was read; nothing was tuned on it. Three conversational
# items that this file's test found to be chance near copies of earlier sets were then taken out (fr
# conversational 0.9059 -> 0.9048, question 0.8889 -> 0.8837; es conversational 0.9318 -> 0.9302). English
# divisive words added later from the tuning set's misses raised en divisive here from 0.70 to 0.78.
# Complaints on it: 0.30/0.44/0.67/0.55 (it/fr/es/en) with the rules; measured once more, with the learnt
# complaint model of 4ddbc85 (settings chosen by cross-validation of the training pool): the figures below.
# The benchmark prints the current figures; this table only sets the floors.
MEASURED = {
    HELDOUT_SET.name: {
        "it": (1.0000, 0.9924, 0.9787, 0.4615, 1.0000),
        "fr": (1.0000, 0.9925, 0.9787, 0.5000, 1.0000),
        "es": (1.0000, 0.9925, 0.9787, 0.4286, 1.0000),
        "en": (1.0000, 0.9927, 0.9787, 0.6250, 1.0000),
    },
    SECOND_HELDOUT_SET.name: {
        "it": (1.0000, 1.0000, 0.9444, 0.4286, 1.0000),
        "fr": (0.9907, 0.9929, 0.9268, 0.4615, 1.0000),
        "es": (0.9905, 0.9722, 0.9268, 0.4000, 1.0000),
        "en": (0.9907, 0.9787, 0.9500, 0.1818, 1.0000),
    },
    BLIND_SET.name: {
        "it": (0.8636, 0.8636, 0.8780, 0.4211, 0.8475),
        "fr": (0.8936, 0.9048, 0.8837, 0.3529, 0.6939),
        "es": (0.9185, 0.9302, 0.9756, 0.3529, 0.8772),
        "en": (0.8936, 0.9059, 0.9268, 0.7000, 0.8621),
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


def test_benchmark_reports_the_sets_apart() -> None:
    tables = {eval_set.name: "\n".join(render(evaluate_set(eval_set))) for eval_set in EVAL_SETS}
    assert tables[TUNING_SET.name].startswith("tuning set — the lexicon was developed looking at it")
    assert tables[HELDOUT_SET.name].startswith("held-out set — the promotional and complaint models are trained on it")
    assert tables[SECOND_HELDOUT_SET.name].startswith(
        "second held-out set — the promotional and complaint models are trained on it"
    )
    assert tables[BLIND_SET.name].startswith("blind held-out set — written blind to the classifier")
    for text in tables.values():
        target = text.splitlines()[-1]
        assert target.startswith("target F1 ≥ 0.85 on promotional and conversational:")
        assert all(f"{lang} met" in target or f"{lang} MISSED" in target for lang in LANGUAGES)
