"""Each diagnosis at, just below and just above its thresholds, and moved by the user's answers."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from bot.analysis.answers import Answers
from bot.analysis.diagnoses.account import following, profile, protected
from bot.analysis.diagnoses.conversation import answering, arguing, learning
from bot.analysis.diagnoses.onboarding import audience, auto_dms, goals
from bot.analysis.diagnoses.posting import broadcasting, cadence, convictions
from bot.analysis.diagnosis import Status
from bot.analysis.facts import Facts
from bot.analysis.thresholds import DEFAULTS, Thresholds, for_answers, posts_per_day_for
from tests.analysis.builders import (
    FRIEND,
    account,
    ago,
    daily,
    facts_of,
    mention,
    post,
    relabel,
    reply_to,
)

ACT, WATCH, FINE, UNKNOWN = Status.ACT, Status.WATCH, Status.FINE, Status.UNKNOWN


def originals_and_replies(originals: int, replies: int) -> Facts:
    """`originals` posts of its own (oldest first), then `replies` replies to someone else."""
    posts = [post(ago(20 - i * 0.05)) for i in range(originals)]
    posts += [post(ago(10 - i * 0.05), reply_to="9", to_user=FRIEND, conversation="9") for i in range(replies)]
    facts, _ = facts_of(account(posts))
    return relabel(facts, range(len(posts)), promotional=False, divisive=False, judgeable=True)


# 1 broadcasting ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("promo", "status"), [(40, FINE), (41, WATCH), (49, WATCH), (50, WATCH), (51, ACT)])
def test_broadcasting_promotional_share_around_half(promo: int, status: Status) -> None:
    facts = relabel(originals_and_replies(100, 100), range(promo), promotional=True)
    found = broadcasting(facts, Answers(), DEFAULTS)
    assert found.status is status
    assert (found.evidence["promo"], found.evidence["originals"], found.evidence["promo_share"]) == (
        promo,
        100,
        promo,
    )
    if status is not FINE:
        assert found.finding == "seen-broadcasting-promo" and found.step == "step-broadcasting-give"


@pytest.mark.parametrize(
    ("replies", "status"), [(29, ACT), (30, WATCH), (31, WATCH), (39, WATCH), (40, FINE), (41, FINE)]
)
def test_broadcasting_conversation_share_around_thirty_percent(replies: int, status: Status) -> None:
    found = broadcasting(originals_and_replies(100 - replies, replies), Answers(), DEFAULTS)
    assert found.status is status
    assert (found.evidence["conversation"], found.evidence["posts"]) == (replies, 100)
    if status is not FINE:
        assert found.finding == "seen-broadcasting-talk"


def test_broadcasting_needs_five_posts_to_judge() -> None:
    assert broadcasting(originals_and_replies(4, 0), Answers(), DEFAULTS).status is UNKNOWN
    assert broadcasting(originals_and_replies(5, 0), Answers(), DEFAULTS).status is ACT


def test_broadcasting_praises_a_conversational_account() -> None:
    found = broadcasting(originals_and_replies(5, 5), Answers(), DEFAULTS)
    assert found.status is FINE and found.praise == "praise-conversation"
    assert broadcasting(originals_and_replies(6, 4), Answers(), DEFAULTS).praise is None


def test_a_community_goal_asks_for_more_conversation() -> None:
    facts = originals_and_replies(13, 7)
    assert broadcasting(facts, Answers(), for_answers(Answers())).status is WATCH
    community = Answers(goals=("community",))
    assert broadcasting(facts, community, for_answers(community)).status is ACT


def test_reposts_only_is_conversation_not_promotion() -> None:
    facts, limits = facts_of(account([post(ago(i + 1), repost=str(i)) for i in range(6)]))
    assert broadcasting(facts, Answers(), limits).status is FINE


# 2 cadence --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes", "target"),
    [
        (None, 1.0),
        (5, 0.5),
        (10, 0.5),
        (11, 1.0),
        (15, 1.0),
        (29, 1.0),
        (30, 2.0),
        (59, 2.0),
        (60, 3.0),
        (600, 3.0),
    ],
)
def test_the_posting_target_follows_the_time_the_user_has(minutes: int | None, target: float) -> None:
    assert posts_per_day_for(minutes) == target
    assert for_answers(Answers(minutes_per_day=minutes)).target_posts_per_day == target


def cadence_of(posts: int, minutes: int | None, every: float = 0.9):
    answers = Answers(minutes_per_day=minutes)
    facts, limits = facts_of(account(daily(posts, start_days_ago=0.2, every_days=every)), answers)
    return cadence(facts, answers, limits)


@pytest.mark.parametrize(("posts", "status"), [(3, ACT), (4, WATCH), (6, WATCH), (7, FINE), (8, FINE)])
def test_cadence_against_one_post_a_day(posts: int, status: Status) -> None:
    found = cadence_of(posts, 15, every=6.5 / max(posts, 1))
    assert found.status is status
    assert found.evidence["week"] == posts and found.evidence["target"] == 1.0


@pytest.mark.parametrize(("posts", "status"), [(6, ACT), (7, WATCH), (8, WATCH), (14, FINE)])
def test_cadence_half_the_target_is_the_line(posts: int, status: Status) -> None:
    assert cadence_of(posts, 30, every=6.5 / posts).status is status


def test_meeting_the_target_is_praised() -> None:
    found = cadence_of(7, 15)
    assert found.status is FINE and found.praise == "praise-cadence"


@pytest.mark.parametrize(("silent", "status"), [(1.9, FINE), (2.0, ACT), (2.1, ACT)])
def test_two_silent_days_when_the_target_is_daily(silent: float, status: Status) -> None:
    posts = [post(ago(silent + i * 0.6)) for i in range(9)]
    answers = Answers(minutes_per_day=15)
    facts, limits = facts_of(account(posts), answers)
    found = cadence(facts, answers, limits)
    assert found.status is status
    if status is ACT:
        assert found.finding == "seen-cadence-silent" and found.evidence["days"] == int(silent)


@pytest.mark.parametrize(("silent", "status"), [(4.9, FINE), (5.0, ACT), (5.1, ACT)])
def test_five_silent_days_when_posting_every_other_day(silent: float, status: Status) -> None:
    posts = [post(ago(silent + i * 0.3)) for i in range(4)]
    answers = Answers(minutes_per_day=5)
    facts, limits = facts_of(account(posts), answers)
    assert cadence(facts, answers, limits).status is status


def test_no_posts_or_only_reposts_is_a_silent_account() -> None:
    for posts in ([], [post(ago(1), repost="1"), post(ago(2), repost="2")]):
        facts, limits = facts_of(account(posts))
        found = cadence(facts, Answers(), limits)
        assert (found.status, found.finding, found.step) == (ACT, "seen-cadence-none", "step-cadence-start")


def test_a_new_account_is_judged_on_its_own_days() -> None:
    facts, limits = facts_of(account(daily(2, start_days_ago=0.1, every_days=0.8), created_at=ago(2)))
    assert cadence(facts, Answers(), limits).status is FINE


# 3 answering ------------------------------------------------------------------------------------


def answering_of(mentions, posts=(), answers: Answers | None = None):
    facts, limits = facts_of(account(list(posts), list(mentions)), answers)
    return answering(facts, answers or Answers(), limits)


@pytest.mark.parametrize(("hours", "status"), [(23, WATCH), (24, WATCH), (24.1, ACT)])
def test_a_mention_unanswered_for_a_day(hours: float, status: Status) -> None:
    found = answering_of([mention(ago(hours=hours))])
    assert found.status is status
    assert found.evidence["late" if status is ACT else "waiting"] == 1


def test_late_mentions_say_how_many_and_since_when() -> None:
    found = answering_of([mention(ago(3)), mention(ago(hours=30)), mention(ago(hours=2))])
    assert (found.status, found.finding) == (ACT, "seen-answering-late")
    assert (found.evidence["late"], found.evidence["waiting"], found.evidence["oldest"]) == (2, 1, 72)
    assert found.evidence["oldest_days"] == 3


def test_a_reply_to_the_mention_answers_it() -> None:
    asked = mention(ago(3))
    found = answering_of([asked], [reply_to(asked, ago(2.9))])
    assert found.status is FINE and found.evidence["answered"] == 1


def test_a_later_reply_in_the_same_conversation_answers_it() -> None:
    asked = mention(ago(3), reply_to="555", conversation="555")
    later = post(ago(2.5), reply_to="556", to_user="300", conversation="555")
    assert answering_of([asked], [later]).status is FINE


def test_a_reply_in_the_conversation_before_the_mention_does_not_answer_it() -> None:
    asked = mention(ago(3), reply_to="555", conversation="555")
    earlier = post(ago(3.5), reply_to="554", to_user="300", conversation="555")
    assert answering_of([asked], [earlier]).status is ACT


def test_a_mention_whose_thread_was_deleted_is_still_judged() -> None:
    asked = mention(ago(2), reply_to="gone", conversation="also-gone")
    assert answering_of([asked]).status is ACT
    assert answering_of([asked], [reply_to(asked, ago(1.9))]).status is FINE


@pytest.mark.parametrize(("hours", "status"), [(12, FINE), (13, WATCH), (24, WATCH), (25, ACT)])
def test_typical_reply_time(hours: float, status: Status) -> None:
    asked = [mention(ago(5 + i)) for i in range(3)]
    replies = [reply_to(m, m.created_at + timedelta(hours=hours)) for m in asked]
    found = answering_of(asked, replies)
    assert found.status is status and found.evidence["hours"] == hours


def test_customer_care_asks_for_quicker_answers() -> None:
    care = Answers(goals=("care",))
    assert answering_of([mention(ago(hours=13))], answers=care).status is ACT
    assert answering_of([mention(ago(hours=13))]).status is WATCH


def test_no_mentions_cannot_be_judged() -> None:
    found = answering_of([])
    assert (found.status, found.finding) == (UNKNOWN, "seen-answering-no-mentions")


def test_a_reply_to_every_mention_this_week_is_praised() -> None:
    asked = [mention(ago(d)) for d in (1.5, 3, 6)]
    found = answering_of(asked, [reply_to(m, m.created_at + timedelta(hours=2)) for m in asked])
    assert found.praise == "praise-replies" and found.evidence["week"] == 3
    missed = answering_of(asked, [reply_to(m, m.created_at + timedelta(hours=2)) for m in asked[1:]])
    assert missed.praise is None


def test_mentions_by_the_account_itself_and_reposts_are_not_questions() -> None:
    own = post(ago(2), "@forno_rossi note to self")
    shared = mention(ago(2), repost="77")
    assert answering_of([own, shared]).status is UNKNOWN


# 4, 5, 10: what the user told us ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("chosen", "status"),
    [
        (None, UNKNOWN),
        ((), ACT),
        (("followers",), ACT),
        (("followers", "customers"), FINE),
        (("care",), FINE),
    ],
)
def test_goals(chosen: tuple[str, ...] | None, status: Status) -> None:
    facts, limits = facts_of(account())
    assert goals(facts, Answers(goals=chosen), limits).status is status


@pytest.mark.parametrize(("said", "status"), [(None, UNKNOWN), ("yes", FINE), ("unsure", WATCH), ("no", ACT)])
def test_audience_on_x(said: str | None, status: Status) -> None:
    facts, limits = facts_of(account())
    assert audience(facts, Answers(audience_on_x=said), limits).status is status


@pytest.mark.parametrize(("said", "status"), [(None, UNKNOWN), (False, FINE), (True, ACT)])
def test_automatic_dms(said: bool | None, status: Status) -> None:
    facts, limits = facts_of(account())
    assert auto_dms(facts, Answers(auto_dms=said), limits).status is status


def test_unanswered_questions_say_why_and_point_to_settings() -> None:
    facts, limits = facts_of(account())
    found = goals(facts, Answers(), limits)
    assert (found.finding, found.step) == ("seen-not-answered", "step-answer-question")


# 6, 7 profile -----------------------------------------------------------------------------------


DEFAULT_AVATAR = "https://abs.twimg.com/sticky/default_profile_images/default_profile.png"


@pytest.mark.parametrize(
    ("changes", "status", "missing", "first"),
    [
        ({}, FINE, 0, None),
        ({"banner_url": None}, FINE, 0, None),  # the source does not tell: not held against them
        ({"banner_url": ""}, WATCH, 1, "banner"),
        ({"url": ""}, WATCH, 1, "link"),
        ({"description": "  "}, ACT, 1, "bio"),
        ({"profile_image_url": DEFAULT_AVATAR}, ACT, 1, "avatar"),
        ({"profile_image_url": "", "url": "", "banner_url": ""}, ACT, 3, "avatar"),
    ],
)
def test_profile_basics(changes: dict[str, object], status: Status, missing: int, first: str | None) -> None:
    facts, limits = facts_of(account(**changes))
    found = profile(facts, Answers(), limits)
    assert found.status is status
    if first:
        assert found.evidence == {"missing": missing, "first": first}
        assert found.step == f"step-profile-{first}"


@pytest.mark.parametrize(("hidden", "status"), [(True, ACT), (False, FINE)])
def test_protected_account(hidden: bool, status: Status) -> None:
    facts, limits = facts_of(account(protected=hidden))
    assert protected(facts, Answers(), limits).status is status


# 8 convictions ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("divisive", "status"), [(10, FINE), (11, WATCH), (19, WATCH), (20, WATCH), (21, ACT)])
def test_divisive_share_around_twenty_percent(divisive: int, status: Status) -> None:
    facts = relabel(originals_and_replies(60, 40), range(divisive), divisive=True)
    found = convictions(facts, Answers(), DEFAULTS)
    assert found.status is status and found.evidence["share"] == divisive


@pytest.mark.parametrize(("readable", "status"), [(4, UNKNOWN), (5, FINE)])
def test_divisive_share_needs_posts_it_can_read(readable: int, status: Status) -> None:
    facts = relabel(originals_and_replies(10, 0), range(10 - readable), judgeable=False)
    found = convictions(facts, Answers(), DEFAULTS)
    assert found.status is status
    if status is UNKNOWN:
        assert found.finding == "seen-unreadable" and found.evidence == {"posts": 10, "judged": readable}


# 9 following ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("following", "followers", "status"),
    [
        (600, 300, WATCH),  # exactly twice
        (601, 300, ACT),
        (599, 300, WATCH),
        (600, 400, FINE),  # exactly one and a half times
        (601, 400, WATCH),
        (500, 100, FINE),  # not more than 500
        (501, 100, ACT),
        (900, 0, ACT),
    ],
)
def test_following_far_more_than_follow_back(following: int, followers: int, status: Status) -> None:
    facts, limits = facts_of(account(following_count=following, followers_count=followers))
    assert following_of(facts, limits).status is status


def following_of(facts: Facts, limits: Thresholds):
    return following(facts, Answers(), limits)


@pytest.mark.parametrize(("rise", "status"), [(99, FINE), (100, FINE), (101, ACT)])
def test_following_jump_in_a_day(rise: int, status: Status) -> None:
    history = [(ago(5), 180), (ago(4), 200), (ago(3, hours=1), 200 + rise // 2), (ago(3), 200 + rise)]
    facts, limits = facts_of(account(history=history, following_count=200 + rise))
    found = following_of(facts, limits)
    assert found.status is status and found.evidence["jump"] == rise


def test_an_old_jump_is_forgiven() -> None:
    facts, limits = facts_of(account(history=[(ago(50), 100), (ago(49), 400)], following_count=400))
    assert following_of(facts, limits).status is FINE


# 11 arguing -------------------------------------------------------------------------------------


def thread_with_friend(exchanges: int) -> list:
    return [post(ago(3, hours=-i), reply_to=str(900 + i), to_user=FRIEND, conversation="900") for i in range(exchanges)]


@pytest.mark.parametrize(("exchanges", "status"), [(2, FINE), (3, FINE), (4, ACT)])
def test_a_long_back_and_forth_with_one_person(exchanges: int, status: Status) -> None:
    facts, limits = facts_of(account(thread_with_friend(exchanges)))
    found = arguing(facts, Answers(), limits)
    assert found.status is status and found.evidence["exchanges"] == exchanges


def test_replies_to_different_people_are_not_an_argument() -> None:
    posts = [post(ago(3), reply_to=str(i), to_user=str(300 + i), conversation="900") for i in range(6)]
    facts, limits = facts_of(account(posts))
    assert arguing(facts, Answers(), limits).status is FINE


COMPLAINT = "@forno_rossi the bread I bought yesterday was stale and nobody answered my email. Really disappointed."


def test_a_complaint_this_week_is_worth_watching() -> None:
    facts, limits = facts_of(account(mentions=[mention(ago(2), COMPLAINT)]))
    found = arguing(facts, Answers(), limits)
    assert (found.status, found.evidence["complaints"]) == (WATCH, 1)
    old, limits = facts_of(account(mentions=[mention(ago(9), COMPLAINT)]))
    assert arguing(old, Answers(), limits).status is FINE


# 12 learning ------------------------------------------------------------------------------------


def joined(count: int, own: int = 5) -> Facts:
    posts = [post(ago(1 + i)) for i in range(own)]
    posts += [post(ago(2 + i), reply_to=str(i), to_user=FRIEND, conversation=f"c{i}") for i in range(count)]
    facts, _ = facts_of(account(posts))
    return facts


@pytest.mark.parametrize(("count", "status"), [(2, WATCH), (3, FINE), (4, FINE)])
def test_taking_part_in_other_peoples_threads(count: int, status: Status) -> None:
    found = learning(joined(count), Answers(), DEFAULTS)
    assert found.status is status and found.evidence["joined"] == count


def test_answers_in_the_accounts_own_threads_are_not_joining_others() -> None:
    mine = post(ago(5))
    asked = mention(ago(4), reply_to=mine.id, conversation=mine.id)
    answers = [reply_to(asked, ago(3.9 - i * 0.1)) for i in range(4)]
    facts, limits = facts_of(account([mine, *answers, post(ago(1))], [asked]))
    assert learning(facts, Answers(), limits).evidence["joined"] == 0


def test_quotes_join_conversations_and_too_few_posts_cannot_be_judged() -> None:
    facts, limits = facts_of(account([post(ago(1 + i), quote=str(i)) for i in range(5)]))
    assert learning(facts, Answers(), limits).status is FINE
    facts, limits = facts_of(account([post(ago(1))]))
    assert learning(facts, Answers(), limits).status is UNKNOWN


def test_thresholds_are_one_frozen_object() -> None:
    with pytest.raises(AttributeError):
        DEFAULTS.min_posts = 1  # type: ignore[misc]
    assert replace(DEFAULTS, min_posts=1).min_posts == 1
