"""The whole checkup: score, ranking, praise, the demo account in every language, and bad input."""

from __future__ import annotations

import re
import time
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.analysis.answers import Answers
from bot.analysis.checkup import Checkup, rank, run_checkup, score
from bot.analysis.diagnosis import Diagnosis, Status
from bot.analysis.report import band, full, summary
from bot.i18n import translator
from bot.messages import Text
from bot.settings import LANGUAGES
from bot.x.demo import demo_account
from tests.analysis.builders import NOW, account, ago, daily, mention, post, reply_to

ANSWERED = Answers(
    goals=("customers", "community"),
    customers="consumers",
    reach="local",
    audience_on_x="yes",
    minutes_per_day=15,
    auto_dms=False,
)


def render(texts: tuple[Text, ...], lang: str, caplog: pytest.LogCaptureFixture) -> str:
    """The texts as the user reads them; fails on any placeholder the text did not get."""
    t = translator(lang)
    out = "\n\n".join(t(text.key, text.values) for text in texts)
    errors = [r for r in caplog.records if r.name == "bot.i18n" and "errors" in r.getMessage()]
    assert not errors, [getattr(r, "errors", "?") for r in errors]
    return out


def test_a_healthy_account_scores_100_and_is_praised(caplog: pytest.LogCaptureFixture) -> None:
    mentions = [mention(ago(d + 0.5)) for d in range(6)]
    posts = daily(10, start_days_ago=0.2, every_days=0.6)
    posts += [reply_to(m, m.created_at + timedelta(hours=1)) for m in mentions]
    posts += [post(ago(2 + i), reply_to=str(i), to_user="300", conversation=f"x{i}") for i in range(4)]
    result = run_checkup(account(posts, mentions), ANSWERED, NOW)
    assert result.score == 100 and result.top == ()
    assert {d.praise for d in result.praise} >= {"praise-replies", "praise-cadence", "praise-conversation"}
    said = render(summary(result, translator("en")), "en", caplog)
    assert translator("en")("checkup-nothing-urgent") in said
    assert "every one of the 6 mentions you got this week" in said


def test_score_counts_what_it_can_judge_and_weighs_it() -> None:
    fine = [Diagnosis("protected", Status.FINE, "x"), Diagnosis("learning", Status.FINE, "x")]
    assert score(fine) == 100
    assert score([*fine, Diagnosis("goals", Status.UNKNOWN, "x")]) == 100
    one_act = score([Diagnosis("protected", Status.ACT, "x"), fine[1]])
    one_watch = score([Diagnosis("protected", Status.WATCH, "x"), fine[1]])
    light_act = score([fine[0], Diagnosis("learning", Status.ACT, "x")])
    assert 0 <= one_act < one_watch < 100 and one_act < light_act < 100
    assert score([Diagnosis("goals", Status.UNKNOWN, "x")]) == 100


def test_ranking_puts_act_first_then_the_heaviest() -> None:
    found = [
        Diagnosis("learning", Status.ACT, "x"),
        Diagnosis("goals", Status.UNKNOWN, "x"),
        Diagnosis("answering", Status.WATCH, "x"),
        Diagnosis("protected", Status.ACT, "x"),
        Diagnosis("cadence", Status.FINE, "x"),
        Diagnosis("profile", Status.WATCH, "x"),
    ]
    ranked = rank(found)
    assert [d.name for d in ranked] == ["protected", "learning", "answering", "profile", "cadence", "goals"]
    assert [d.name for d in Checkup(50, ranked).top] == ["protected", "learning", "answering"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_demo_account_in_every_language(lang: str, caplog: pytest.LogCaptureFixture) -> None:
    t = translator(lang)
    result = run_checkup(demo_account(NOW), ANSWERED, NOW)
    assert len(result.diagnoses) == 12 and 0 <= result.score < 60
    assert [d.status for d in result.top] == [Status.ACT] * 3
    acting = {d.name for d in result.diagnoses if d.status is Status.ACT}
    assert {"answering", "broadcasting", "following", "arguing"} <= acting

    short = render(summary(result, t), lang, caplog)
    assert t("checkup-score", score=result.score, band=band(result.score)) in short
    for diagnosis in result.top:
        assert t(diagnosis.title) in short and t(diagnosis.step, diagnosis.evidence) in short
    longer = render(full(result, t), lang, caplog)
    for diagnosis in result.diagnoses:
        assert t(diagnosis.title) in longer and t(f"status-{diagnosis.status}") in longer
    if lang != "en":
        english = translator("en")
        assert english("dx-answering") not in longer and english("status-act") not in longer


def test_the_demo_account_with_no_answers_says_what_it_does_not_know(
    caplog: pytest.LogCaptureFixture,
) -> None:
    result = run_checkup(demo_account(NOW), Answers(), NOW)
    unknown = {d.name for d in result.unknown}
    assert unknown == {"goals", "audience", "autodms"}
    said = render(full(result, translator("it")), "it", caplog)
    assert said.count(translator("it")("seen-not-answered")) == 3


# Bad input: the checkup still answers, says what it could not judge, never divides by zero. ----


def check_answers(data, caplog: pytest.LogCaptureFixture) -> Checkup:
    result = run_checkup(data, Answers(), NOW)
    assert 0 <= result.score <= 100 and len(result.diagnoses) == 12
    for lang in LANGUAGES:
        render(summary(result, translator(lang)) + full(result, translator(lang)), lang, caplog)
    return result


def statuses(result: Checkup) -> dict[str, Status]:
    return {d.name: d.status for d in result.diagnoses}


def test_an_account_with_no_posts_at_all(caplog: pytest.LogCaptureFixture) -> None:
    result = check_answers(account(), caplog)
    found = statuses(result)
    assert found["cadence"] is Status.ACT
    for name in ("broadcasting", "convictions", "learning", "answering"):
        assert found[name] is Status.UNKNOWN
    said = render(full(result, translator("en")), "en", caplog)
    assert "No posts in the last 30 days" in said and "no mentions of you" in said


def test_an_account_that_only_reposts(caplog: pytest.LogCaptureFixture) -> None:
    found = statuses(check_answers(account([post(ago(i / 2), repost=str(i)) for i in range(40)]), caplog))
    assert found["cadence"] is Status.ACT and found["broadcasting"] is Status.FINE
    assert found["convictions"] is Status.UNKNOWN


def test_thousands_of_posts_in_a_day(caplog: pytest.LogCaptureFixture) -> None:
    flood = [post(ago(hours=2) + timedelta(seconds=i)) for i in range(3000)]
    started = time.perf_counter()
    found = statuses(check_answers(account(flood), caplog))
    assert time.perf_counter() - started < 5
    assert found["cadence"] is Status.FINE


@pytest.mark.parametrize(
    "texts",
    [
        ["🍞🥐✨", "🔥🔥🔥", "😍", "👏👏", "🎉🎂", "☕️🥐"],
        ["Hyvää huomenta kaikille, tuoretta leipää tänään", "Tervetuloa leipomoon", "Kiitos kaikille"] * 2,
        ["今日のパンは最高です", "新しいケーキを作りました", "ありがとうございます"] * 2,
    ],
    ids=["emoji", "finnish", "japanese"],
)
def test_posts_we_cannot_read(texts: list[str], caplog: pytest.LogCaptureFixture) -> None:
    posts = [post(ago(0.3 + i), text, lang=None) for i, text in enumerate(texts)]
    result = check_answers(account(posts), caplog)
    convictions = next(d for d in result.diagnoses if d.name == "convictions")
    assert convictions.status is Status.UNKNOWN and convictions.finding == "seen-unreadable"
    assert "6 recent posts" in render(full(result, translator("en")), "en", caplog)


def test_mentions_whose_thread_was_deleted(caplog: pytest.LogCaptureFixture) -> None:
    orphans = [mention(ago(d), reply_to=f"gone{d}", conversation=f"gone{d}") for d in (2, 3)]
    data = account(daily(6), [*orphans, mention(ago(1), conversation=None)])
    assert statuses(check_answers(data, caplog))["answering"] is Status.ACT


def test_posts_from_the_future_are_left_out(caplog: pytest.LogCaptureFixture) -> None:
    later = [post(NOW + timedelta(days=1 + i)) for i in range(10)]
    assert statuses(check_answers(account(later), caplog))["cadence"] is Status.ACT


when = st.floats(min_value=-2, max_value=70).map(lambda days: ago(days))


@st.composite
def random_posts(draw: st.DrawFn) -> list:
    kinds = st.sampled_from(["plain", "reply", "quote", "repost"])
    texts = st.text(max_size=60)
    made = []
    for _ in range(draw(st.integers(0, 30))):
        kind, at, text = draw(kinds), draw(when), draw(texts)
        extra = {
            "plain": {},
            "reply": {
                "reply_to": "1",
                "to_user": draw(st.sampled_from(["200", "300", None])),
                "conversation": "c1",
            },
            "quote": {"quote": "2"},
            "repost": {"repost": "3"},
        }[kind]
        made.append(post(at, text, **extra))
    return made


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    posts=random_posts(),
    mentions=st.lists(when.map(lambda at: mention(at, conversation="c1")), max_size=20),
    following=st.integers(0, 10_000),
    followers=st.integers(0, 10_000),
    history=st.lists(st.tuples(when, st.integers(0, 5000)), max_size=10),
)
def test_any_account_gets_an_answer(posts, mentions, following, followers, history) -> None:
    data = account(posts, mentions, history, following_count=following, followers_count=followers)
    result = run_checkup(data, Answers(), NOW)
    assert 0 <= result.score <= 100 and len(result.diagnoses) == 12
    assert all(isinstance(value, int | float | str) for d in result.diagnoses for value in d.evidence.values())


# A source without mentions (an X archive): what needs them is not judged, and the score says no praise. --


def test_an_archive_does_not_judge_what_needs_mentions(caplog: pytest.LogCaptureFixture) -> None:
    posts = daily(12, start_days_ago=0.3, every_days=1.0)
    posts += [post(ago(2 + i), reply_to=str(i), to_user="300", conversation=f"x{i}") for i in range(5)]
    data = account(posts)
    found = statuses(run_checkup(data, ANSWERED, NOW, mentions=False))
    assert found["answering"] is Status.UNKNOWN and found["arguing"] is Status.UNKNOWN
    # Five replies to others may be answers to mentions we cannot see: not judged either.
    assert found["learning"] is Status.UNKNOWN
    result = run_checkup(data, ANSWERED, NOW, mentions=False)
    by_name = {d.name: d for d in result.diagnoses}
    assert by_name["answering"].finding == "seen-answering-no-source"
    assert by_name["arguing"].finding == "seen-arguing-no-source"
    said = " ".join(render(full(result, translator("en")), "en", caplog).split())
    assert "No long public arguments" not in said and "an X archive doesn't include mentions" in said
    # With mentions known (a signed-in account), no complaints and no long thread is fine.
    assert statuses(run_checkup(data, ANSWERED, NOW))["arguing"] is Status.FINE


def test_an_archive_still_says_few_when_even_the_ceiling_is_few() -> None:
    posts = daily(12, start_days_ago=0.3, every_days=1.0)
    result = run_checkup(account(posts), ANSWERED, NOW, mentions=False)
    learning = next(d for d in result.diagnoses if d.name == "learning")
    assert learning.status is Status.WATCH and learning.finding == "seen-learning-few"


@pytest.mark.parametrize("mentions", [True, False])
def test_a_nearly_empty_account_is_not_called_a_good_base(mentions: bool, caplog: pytest.LogCaptureFixture) -> None:
    """1 post in 30 days scored 53/100, "a good base": too few posts now count against the score."""
    result = run_checkup(account([post(ago(20))]), Answers(), NOW, mentions=mentions)
    assert band(result.score) == "low", result.score
    assert result.praise == ()
    assert translator("en")("checkup-score", score=result.score, band="low") in render(
        summary(result, translator("en")), "en", caplog
    )


def test_what_we_lack_a_source_for_does_not_count_but_too_few_posts_does() -> None:
    fine = Diagnosis("protected", Status.FINE, "x")
    assert score([fine, Diagnosis("answering", Status.UNKNOWN, "seen-answering-no-source")]) == 100
    assert score([fine, Diagnosis("goals", Status.UNKNOWN, "seen-not-answered")]) == 100
    assert score([fine, Diagnosis("broadcasting", Status.UNKNOWN, "seen-few-posts", {"posts": 1})]) < 50


# The texts: plurals on every number, Italian articles, the demo's replies. ----------------------------


@pytest.mark.parametrize(
    ("key", "values", "wrong"),
    [
        (
            "seen-following-ratio",
            {"following": 1, "followers": 1},
            ["1 accounts", "1 comptes", "1 cuentas", "1 follow you", "1 vous suivent", "1 te siguen", "1 seguono"],
        ),
        ("seen-following-few", {"following": 1}, ["1 accounts", "1 comptes", "1 cuentas"]),
        (
            "seen-following-fine",
            {"following": 1, "followers": 1},
            ["1 accounts", "1 comptes", "1 cuentas", "1 follow you"],
        ),
        ("seen-learning-fine", {"joined": 1}, ["1 conversations", "1 conversazioni", "1 conversaciones"]),
        (
            "seen-answering-fine",
            {"answered": 1, "mentions": 1, "hours": 0},
            ["1 mentions", "1 menzioni", "1 menciones", "0 hours", "0 ore", "0 heures", "0 horas"],
        ),
        (
            "seen-broadcasting-talk",
            {"conversation": 1, "posts": 9, "conversation_share": 11},
            ["were replies", "erano risposte", "étaient des réponses", "eran respuestas"],
        ),
        ("seen-following-jump", {"jump": 1}, ["1 more accounts", "1 comptes", "1 cuentas"]),
        ("weekly-mentions", {"answered": 1, "unanswered": 0}, ["1 respondidas"]),
    ],
)
def test_a_number_of_one_takes_the_singular(key: str, values: dict[str, int], wrong: list[str]) -> None:
    for lang in LANGUAGES:
        said = translator(lang)(key, values)
        assert not [w for w in wrong if w in said], (lang, said)


def test_french_zero_is_singular() -> None:
    assert translator("fr")("seen-following-few", following=0) == (
        "Vous ne suivez aucun compte : aucun signe d'abonnements en masse."
    )
    assert "0 compte vous suit" not in translator("fr")("seen-following-ratio", following=5, followers=0)


@pytest.mark.parametrize("share", [1, 8, 11, 18, 80, 83, 89])
def test_italian_percentages_take_no_article_that_would_need_elision(share: int) -> None:
    """Not "il 83%" but "l'83%"; the Italian sentences give percentages without an article."""
    t = translator("it")
    values = {"promo": 5, "originals": 6, "promo_share": share, "conversation": 1, "posts": 9,
              "conversation_share": share, "divisive": 2, "share": share}  # fmt: skip
    for key in ("seen-broadcasting-promo", "seen-broadcasting-talk", "seen-convictions-many", "praise-conversation"):
        said = t(key, values)
        assert f"{share}%" in said and not re.search(rf"\b[Ii]l {share}%", said), said


def test_the_demo_says_why_its_replies_are_not_joining_in(caplog: pytest.LogCaptureFixture) -> None:
    """The chart shows the demo's replies; the finding must not read as if there were none."""
    result = run_checkup(demo_account(NOW), ANSWERED, NOW)
    learning = next(d for d in result.diagnoses if d.name == "learning")
    answers = learning.evidence["answers"]
    assert isinstance(answers, int) and answers > 0
    for lang in LANGUAGES:
        said = render((Text(learning.finding, learning.evidence),), lang, caplog)
        assert str(answers) in said, said
