"""The learnt complaint decision: reproducible training, the shipped model in use, the rules kept apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.analysis import classifier
from bot.analysis.classifier import COMPLAINT_MIN, complaint_score, complaint_signals, is_complaint
from bot.analysis.complaint_model import MODEL_PATH, SIGNALS, load_model
from bot.analysis.text_model import text_features
from bot.analysis.train_complaint import pooled_examples, train, write_model


def test_training_gives_the_shipped_file(tmp_path: Path) -> None:
    """Same data, same file: retrain (python -m bot.analysis.train_complaint) when the lexicon or the sets change."""
    written = tmp_path / "model.json"
    write_model(train(pooled_examples()), written)
    assert written.read_bytes() == MODEL_PATH.read_bytes()


def test_model_is_small_and_used() -> None:
    assert MODEL_PATH.stat().st_size < 200_000
    assert classifier._COMPLAINT_MODEL is not None


def test_run_time_sum_is_the_trained_features() -> None:
    model = load_model()
    weights = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["weights"]
    for text, lang in (
        ("@forno pizza fredda e in ritardo, mai più 😡", "it"),
        ("@cafe lovely scones, but 40 minutes for a pot of tea?", "en"),
        ("@panaderia ¿abrís el domingo?", None),
    ):
        found = complaint_signals(text, lang)
        assert found is not None
        language, tokens, signals = found
        assert len(signals) == len(SIGNALS)
        expected = model.intercept + sum(w * v for w, v in zip(model.signals, signals, strict=True))
        expected += sum(weights.get(name, 0.0) for name in text_features(tokens, language))
        assert model.logit(tokens, language, signals) == pytest.approx(expected)


def test_mentions_without_words_are_not_complaints() -> None:
    assert complaint_signals("@shop 😡😡", "it") is None
    assert not is_complaint("@shop 😡😡", "it")
    assert not is_complaint("", None)


# Written for this test after training, in no labelled set. Of twenty complaints written with these, the rules
# caught 7 and the model 16; here are those the rules miss and the model catches (an illustration, not a measure).
MISSED_BY_THE_RULES = [
    ("@pasticceria la scatola dei cannoli era mezza vuota, sei pezzi invece di dodici", "it"),
    ("@pressing ma chemise est revenue avec une tache qui n'y était pas avant", "fr"),
    ("@traiteur on avait commandé pour vingt personnes, il en manquait la moitié", "fr"),
    ("@coiffeur on m'a facturé une coupe que je n'ai jamais eue", "fr"),
    ("@floristeria el ramo llegó marchito y sin la tarjeta que pedí", "es"),
    ("@taller me cobrasteis una pieza que no cambiasteis", "es"),
    ("@heladeria la tarrina venía medio derretida y pegajosa", "es"),
    ("@florist the bouquet looked nothing like the photo on your site", "en"),
]


@pytest.mark.parametrize(("text", "lang"), MISSED_BY_THE_RULES)
def test_complaints_the_rules_miss(text: str, lang: str) -> None:
    assert complaint_score(text, lang) < COMPLAINT_MIN  # the rules' score is still there, and says no...
    assert is_complaint(text, lang)  # ...the learnt decision says yes
    assert is_complaint(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("@pasticceria i cannoli di domenica sono spariti in dieci minuti, complimenti", "it"),
        ("@traiteur merci pour le buffet, tout le monde en redemande", "fr"),
        ("@taller ¿tenéis hueco el lunes para cambiar el aceite?", "es"),
        ("@florist I missed the delivery because I was stuck at work, can you try again tomorrow?", "en"),
    ],
)
def test_their_look_alikes_are_not(text: str, lang: str) -> None:
    assert not is_complaint(text, lang)
