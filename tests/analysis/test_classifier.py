"""The post classifier: quality on the hand-labelled set, languages, structure, robustness, speed."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analysis.classifier import LANGUAGES, PostLabels, classify_post, detect_language, is_complaint
from bot.analysis.evaluation import evaluate_complaints, evaluate_posts, load_mentions, load_posts
from bot.x.models import Post, RefType

WHEN = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def post(text: str, **fields: object) -> Post:
    values: dict[str, object] = {"id": "1", "author_id": "me", "created_at": WHEN, "text": text}
    values.update(fields)
    return Post(**values)  # type: ignore[arg-type]


def assert_consistent(labels: PostLabels) -> None:
    if labels.judgeable:
        assert labels.language in LANGUAGES
        assert labels.promotional != labels.conversational
    else:
        assert labels.language is None
        assert not (labels.promotional or labels.conversational or labels.question or labels.divisive)


# --- Quality on the evaluation set --------------------------------------------------------


def test_evaluation_set_is_large_enough() -> None:
    for lang in LANGUAGES:
        items = load_posts(lang)
        judgeable = [item for item in items if item.judgeable]
        assert len(judgeable) >= 110
        share = sum(item.promotional for item in judgeable) / len(judgeable)
        assert 0.35 <= share <= 0.55
    mentions = load_mentions()
    for lang in LANGUAGES:
        assert sum(m.lang == lang for m in mentions) >= 40


@pytest.mark.parametrize("lang", LANGUAGES)
def test_promotional_f1_per_language(lang: str) -> None:
    scores = evaluate_posts(lang).scores
    assert scores["promotional"].f1 >= 0.85, scores["promotional"]
    assert scores["conversational"].f1 >= 0.85, scores["conversational"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_question_and_divisive_per_language(lang: str) -> None:
    scores = evaluate_posts(lang).scores
    assert scores["question"].f1 >= 0.8
    assert scores["divisive"].f1 >= 0.8


@pytest.mark.parametrize("lang", LANGUAGES)
def test_complaint_f1_per_language(lang: str) -> None:
    assert evaluate_complaints()[lang].f1 >= 0.85
    assert evaluate_complaints(use_lang=False)[lang].f1 >= 0.85


# --- Languages -----------------------------------------------------------------------------

SAMPLES = {
    "it": "Domani mattina siamo aperti dalle 7, vi aspettiamo per la colazione con i cornetti caldi",
    "fr": "Demain matin nous sommes ouverts dès 7h, on vous attend pour le petit-déjeuner",
    "es": "Mañana por la mañana abrimos a las 7, os esperamos para desayunar con churros",
    "en": "Tomorrow morning we are open from 7, come and have breakfast with us",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_without_hint(lang: str) -> None:
    assert detect_language(SAMPLES[lang]) == lang
    assert detect_language(SAMPLES[lang], "und") == lang
    assert detect_language(SAMPLES[lang], "qme") == lang
    assert classify_post(post(SAMPLES[lang])).language == lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_with_hint(lang: str) -> None:
    assert detect_language(SAMPLES[lang], lang) == lang
    assert detect_language(SAMPLES[lang], lang.upper()) == lang
    assert classify_post(post("ok 👍", lang=lang)).language == lang  # X's word is trusted for short texts
    assert detect_language(SAMPLES[lang], "de") is None  # a language we do not cover


def test_language_without_accents_or_with_slang() -> None:
    assert detect_language("perche non passate a trovarci domani? vi aspettiamo") == "it"
    assert detect_language("on a refait la carte des vins, passez ce soir") == "fr"
    assert detect_language("vosotros poneis piña en la pizza?? en serio") == "es"
    assert detect_language("do u put pineapple on pizza?? honestly") == "en"


# --- Not judgeable --------------------------------------------------------------------------

NOT_JUDGEABLE = [
    "",
    "   ",
    "🥐🥐🔥",
    "❤️❤️❤️ 👏",
    "https://t.co/abc123XyZ",
    "2025!!!",
    "Das Brot ist heute wieder frisch aus dem Ofen, kommt vorbei und bringt eure Freunde mit!",
    "今日はとても美味しいパンを食べました。また来ます！",
    "这家面包店的面包很好吃",
    "Сегодня свежий хлеб, ждём вас!",
    "Hoje temos pão fresquinho, venham cedo que acaba rápido!",
]


@pytest.mark.parametrize("text", NOT_JUDGEABLE)
def test_not_judgeable(text: str) -> None:
    labels = classify_post(post(text))
    assert not labels.judgeable
    assert_consistent(labels)
    assert detect_language(text) is None
    assert is_complaint(text) in (True, False)


def test_not_judgeable_reply_is_still_a_reply() -> None:
    replied = ((RefType.REPLIED_TO, "9"),)
    labels = classify_post(post("@giulia 😍😍", referenced=replied, in_reply_to_user_id="u2"))
    assert labels.reply and not labels.judgeable
    assert not labels.conversational and not labels.promotional


# --- Structure ------------------------------------------------------------------------------

PROMO_TEXT = "Solo questo weekend -20% su tutte le torte! Ordina ora su www.fornorossi.it"


def test_repost_is_conversational_even_when_it_sells() -> None:
    labels = classify_post(post(PROMO_TEXT, referenced=((RefType.RETWEETED, "9"),)))
    assert labels.repost and labels.conversational and not labels.promotional
    by_text = classify_post(post("RT @pasticceria: " + PROMO_TEXT))
    assert by_text.repost and by_text.conversational


def test_reply_is_conversational() -> None:
    text = "@marco certo, ordina entro giovedì e hai il 10% di sconto!"
    labels = classify_post(post(text, in_reply_to_user_id="u2", referenced=((RefType.REPLIED_TO, "9"),)))
    assert labels.reply and labels.conversational and not labels.promotional


def test_reply_to_oneself_is_a_thread_judged_on_its_text() -> None:
    replied = ((RefType.REPLIED_TO, "9"),)
    labels = classify_post(post(PROMO_TEXT, in_reply_to_user_id="me", referenced=replied))
    assert not labels.reply and labels.promotional


def test_quote_is_labelled_and_leans_conversational() -> None:
    labels = classify_post(post("Che bella iniziativa, complimenti!", referenced=((RefType.QUOTED, "9"),)))
    assert labels.quote and labels.conversational


def test_poll_is_a_question_and_conversational() -> None:
    labels = classify_post(post("Nuovo gusto del mese: pistacchio o nocciola?", has_poll=True))
    assert labels.poll and labels.question and labels.conversational


def test_question_mark_inside_a_link_is_not_a_question() -> None:
    labels = classify_post(post("Le foto della festa di ieri https://example.org/album?id=3 grazie a tutti!"))
    assert not labels.question
    assert classify_post(post("Voi come lo preferite il caffè, amaro o zuccherato?")).question


# --- Own domain -----------------------------------------------------------------------------


def test_link_to_own_site_pushes_promotional() -> None:
    text = "Tutte le foto della serata qui: https://shop.fornorossi.it/serata"
    assert classify_post(post(text)).conversational
    assert classify_post(post(text), own_domains=("fornorossi.it",)).promotional
    assert classify_post(post(text), own_domains=["https://www.fornorossi.it/"]).promotional
    assert classify_post(post(text), own_domains=("altrosito.it",)).conversational


def test_expanded_url_of_own_site_counts() -> None:
    labels = classify_post(
        post("Tutte le foto della serata qui https://t.co/xyz", urls=("https://www.fornorossi.it/foto",)),
        own_domains=("fornorossi.it",),
    )
    assert labels.promotional


def test_news_link_stays_conversational() -> None:
    labels = classify_post(post("Bell'articolo sul nostro settore https://www.ilpost.it/2024/03/12/pane/"))
    assert labels.conversational


# --- Divisive -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "divisive"),
    [
        ("Questo governo ci sta affossando con le tasse", True),
        ("Le gouvernement a encore raté sa réforme", True),
        ("El Gobierno y sus impuestos nos ahogan", True),
        ("Go vote on Thursday, the election matters", True),
        ("Oggi focaccia con le olive, buonissima", False),
        ("We just restocked our candles", False),
    ],
)
def test_divisive(text: str, divisive: bool) -> None:
    assert classify_post(post(text)).divisive is divisive


# --- Complaints -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "complaint"),
    [
        ("@forno ordine arrivato con due ore di ritardo e pizza fredda, mai più", "it", True),
        ("@forno grazie, la focaccia di ieri era buonissima!", "it", False),
        ("@boulangerie commande jamais arrivée et personne ne répond, inadmissible", "fr", True),
        ("@boulangerie merci pour l'accueil, les croissants étaient parfaits", "fr", False),
        ("@panaderia el pedido llegó frío y con retraso, qué decepción", "es", True),
        ("@panaderia ¿abrís el domingo por la mañana?", "es", False),
        ("@bakery rude staff and a cold coffee, I want a refund", "en", True),
        ("@bakery thanks for the lovely cake, everyone loved it", "en", False),
    ],
)
def test_complaints(text: str, lang: str, complaint: bool) -> None:
    assert is_complaint(text, lang) is complaint
    assert is_complaint(text) is complaint


# --- Offers without sales words, and their look-alikes -------------------------------------


@pytest.mark.parametrize(
    ("text", "promotional"),
    [
        # an offer asked as a question, and a question that offers nothing
        ("Avete già provato il nostro strudel di mele? Esce dal forno alle 9", True),
        ("Avete mai provato a fare lo strudel in casa? Com'è venuto?", False),
        ("Hungry? Our soup of the day is served from noon", True),
        ("Ever wondered why our bread has holes? It's all about the water", False),
        # scarcity, and days that are running out
        ("Il ne reste que trois tartes au citron pour ce soir", True),
        ("Solo quedan dos días de vacaciones y volvemos al obrador", False),
        # a product back on the menu, and the team back from holidays
        ("Fish pie is back on the menu this week", True),
        ("Siamo tornati in bottega dopo le ferie, ci siete mancati", False),
        # a free event of its own, and free advice
        ("Cata gratuita de vermut el sábado por la mañana en la tienda", True),
        ("Free advice for fellow bakers: weigh your water, never measure it", False),
        # work delivered to a client, and a delivery from a supplier
        ("Appena consegnato il nuovo sito di @vinipiero, guardate che foto", True),
        ("Our supplier just delivered two tonnes of flour, time to find some shelves", False),
    ],
)
def test_offers_without_sales_words(text: str, promotional: bool) -> None:
    assert classify_post(post(text)).promotional is promotional


@pytest.mark.parametrize(
    ("text", "lang", "complaint"),
    [
        ("@trattoria grazie mille eh, un'ora per due piatti di pasta", "it", True),  # sarcasm
        ("@velo bravo 👏 deuxième fois que vous oubliez ma réparation", "fr", True),
        ("@libreria lamentablemente el libro llegó con la tapa dañada", "es", True),  # polite
        ("@cafe still waiting for the refund you promised on Monday", "en", True),
        ("@brasserie 45 minutes pour deux cafés", "fr", True),  # a bare fact
        ("@bistro lovely food, but we waited 50 minutes for the mains", "en", True),  # praise, then the problem
        ("@forno 20 minuti di fila ma ne valeva la pena", "it", False),  # a wait, but worth it
        ("@cafe unfortunately I can't come on Friday, can I move my booking?", "en", False),  # their own problem
        ("@panaderia bravo 👏 el mejor roscón del barrio", "es", False),
        ("@bakery never again buying croissants anywhere else 😍", "en", False),  # "never again" undone
    ],
)
def test_complaints_in_few_words(text: str, lang: str, complaint: bool) -> None:
    assert is_complaint(text, lang) is complaint


# --- Robustness and speed -------------------------------------------------------------------


def test_very_long_texts_are_fast_and_do_not_raise() -> None:
    long_texts = [
        "Nuova collezione in negozio, venite a trovarci! " * 210,
        "a." * 5000,
        "@" * 10_000,
        "#" * 10_000,
        "www." * 2500,
        "🥐" * 10_000,
        "x" * 10_000,
        "1€ " * 3400,
    ]
    for text in long_texts:
        start = time.perf_counter()
        labels = classify_post(post(text))
        is_complaint(text)
        assert time.perf_counter() - start < 0.2
        assert_consistent(labels)


def test_speed_on_the_evaluation_set() -> None:
    posts = [item.to_post(n) for lang in LANGUAGES for n, item in enumerate(load_posts(lang))]
    for item in posts:
        classify_post(item)
    start = time.process_time()
    for _ in range(5):
        for item in posts:
            classify_post(item)
    per_post = (time.process_time() - start) / (5 * len(posts))
    assert per_post < 200e-6  # generous, for slow shared CI machines; the benchmark reports the real figure


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(max_size=400),
    lang=st.sampled_from([None, "it", "fr", "es", "en", "und", "qme", "de", "ja", ""]),
    reply=st.booleans(),
    repost=st.booleans(),
    poll=st.booleans(),
)
def test_never_raises_and_labels_are_consistent(
    text: str, lang: str | None, reply: bool, repost: bool, poll: bool
) -> None:
    referenced: list[tuple[RefType, str]] = []
    if reply:
        referenced.append((RefType.REPLIED_TO, "9"))
    if repost:
        referenced.append((RefType.RETWEETED, "8"))
    replying_to = "u2" if reply else None
    labels = classify_post(
        post(text, lang=lang, referenced=tuple(referenced), in_reply_to_user_id=replying_to, has_poll=poll)
    )
    assert_consistent(labels)
    assert labels.reply is reply and labels.poll is poll
    if labels.judgeable and (reply or repost or poll):
        assert labels.conversational
    is_complaint(text, lang)
    detect_language(text, lang)
