"""The learnt promotional decision: reproducible training, the shipped model in use, structure first."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.analysis import classifier
from bot.analysis.classifier import classify_post, promotional_signals
from bot.analysis.promotional_model import MODEL_PATH, SIGNALS, load_model, text_features
from bot.analysis.train_promotional import pooled_examples, train, write_model
from bot.x.models import Post, RefType

WHEN = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
PITCH = "Gift boxes are on the shelves now, come and pick yours before Christmas"


def post(text: str, **fields: object) -> Post:
    values: dict[str, object] = {"id": "1", "author_id": "me", "created_at": WHEN, "text": text}
    values.update(fields)
    return Post(**values)  # type: ignore[arg-type]


def test_training_gives_the_shipped_file(tmp_path: Path) -> None:
    """Same data, same file: retrain (python -m bot.analysis.train_promotional) when the lexicon or the sets change."""
    written = tmp_path / "model.json"
    write_model(train(pooled_examples()), written)
    assert written.read_bytes() == MODEL_PATH.read_bytes()


def test_model_is_small_and_used() -> None:
    assert MODEL_PATH.stat().st_size < 300_000
    assert classifier._MODEL is not None
    found = promotional_signals(post(PITCH))
    assert found is not None
    _, _, signals = found
    assert not signals[SIGNALS.index("rules_say_promotional")]  # no listed sales word...
    assert classify_post(post(PITCH)).promotional  # ...but phrased as pitches are


def test_run_time_sum_is_the_trained_features() -> None:
    model = load_model()
    weights = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["weights"]
    for text in (PITCH, "Il nostro forno compie 20 anni oggi, grazie a tutti voi", "¿Qué tal el finde?"):
        found = promotional_signals(post(text))
        assert found is not None
        language, tokens, signals = found
        expected = model.intercept + sum(w * v for w, v in zip(model.signals, signals, strict=True))
        expected += sum(weights.get(name, 0.0) for name in text_features(tokens, language))
        assert model.logit(tokens, language, signals) == pytest.approx(expected)


@pytest.mark.parametrize(
    "fields",
    [
        {"in_reply_to_user_id": "someone", "referenced": ((RefType.REPLIED_TO, "9"),)},
        {"referenced": ((RefType.RETWEETED, "9"),)},
        {"has_poll": True},
    ],
)
def test_structure_wins_over_the_model(fields: dict[str, object]) -> None:
    labels = classify_post(post(PITCH, **fields))
    assert labels.judgeable and labels.conversational and not labels.promotional


@pytest.mark.parametrize(
    "text",
    [
        "Our baker Marco turns 40 today, happy birthday!",
        "Il nostro forno compie 20 anni oggi, grazie a tutti voi",
        "Merci à tous pour vos messages, on a passé une belle année",
        "Hoy hace un frío tremendo en Madrid, abrigaos bien",
    ],
)
def test_news_of_the_business_that_offers_nothing_stays_conversation(text: str) -> None:
    assert classify_post(post(text)).conversational


@pytest.mark.parametrize(
    "text",
    [
        PITCH,
        "Da oggi trovate le nostre colombe artigianali, vi aspettiamo",
        "Le panettone est arrivé en boutique, venez le goûter",
        "Este fin de semana os esperamos con nuestro roscón recién hecho",
    ],
)
def test_products_offered_without_sales_words_are_promotional(text: str) -> None:
    assert classify_post(post(text)).promotional
