"""A built-in demo account: "Forno Rossi", a family bakery in Bologna, 60 days of posts and mentions.

Deterministic for a given `now` (seeded random, every moment placed relative to `now`), and shaped to
show what the coach notices: mostly promotional posts with an irregular cadence, a 6-day gap ending
3 days ago, mentions going unanswered (complaints among them), one argument that went on too long,
following far more accounts than follow back, no banner. The texts live in demo_data/posts.json.
"""

from __future__ import annotations

import functools
import json
import random
import string
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

from bot.x.models import AccountData, Post, Profile, RefType

DAYS = 60
SEED = 1962
ROME = ZoneInfo("Europe/Rome")
TWITTER_EPOCH_MS = 1288834974657
SITE = "https://fornorossi.it"
LINKS = {
    "ordina": f"{SITE}/ordina",
    "prenota": f"{SITE}/prenota",
    "catering": f"{SITE}/catering",
    "shop": f"{SITE}/shop",
    "corsi": f"{SITE}/corsi",
}
COMPLAINT_DAYS = (41, 23, 7, 2)  # days back; the last two fall in the silence and stay unanswered
ARGUMENT_DAY = 28
ANSWER_ODDS = {"question": 0.6, "praise": 0.3, "chatter": 0.1}


@functools.cache
def _texts() -> dict[str, Any]:
    raw = resources.files("bot.x").joinpath("demo_data/posts.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def _cycle(rng: random.Random, items: Sequence[Any]) -> Iterator[Any]:
    """Each item once in a shuffled order, then again in another order."""
    while True:
        order = list(items)
        rng.shuffle(order)
        yield from order


@dataclass(frozen=True, slots=True)
class _Person:
    id: str
    username: str


class _Builder:
    def __init__(self, now: datetime) -> None:
        self.now = now
        self.today = now.astimezone(ROME).date()
        self.rng = random.Random(SEED)
        self.seq = 0
        self.data = _texts()
        prof = self.data["profile"]
        self.shop = _Person(prof["id"], prof["username"])
        self.posts: list[Post] = []
        self.mentions: list[Post] = []
        self.oldest = now - timedelta(days=DAYS)

    def local(self, days_back: int, hour: int, minute: int) -> datetime:
        day = self.today - timedelta(days=days_back)
        return datetime.combine(day, time(hour, minute), ROME).astimezone(UTC)

    def new_id(self, moment: datetime) -> str:
        self.seq += 1
        ms = int(moment.timestamp() * 1000) - TWITTER_EPOCH_MS
        return str((max(ms, 0) << 22) | (self.seq & 0xFFF))

    def short_link(self) -> str:
        return "https://t.co/" + "".join(self.rng.choices(string.ascii_letters + string.digits, k=10))

    def own(
        self,
        moment: datetime,
        text: str,
        *,
        lang: str = "it",
        link: str | None = None,
        likes: int = 0,
        replies: int = 0,
        reposts: int = 0,
        reply_to: Post | None = None,
        to: _Person | None = None,
    ) -> Post:
        post_id = self.new_id(moment)
        urls: tuple[str, ...] = ()
        if link:
            urls = (LINKS[link],)
            text = f"{text} {self.short_link()}"
        post = Post(
            id=post_id,
            author_id=self.shop.id,
            created_at=moment,
            text=text,
            lang=lang,
            conversation_id=reply_to.conversation_id if reply_to else post_id,
            in_reply_to_user_id=to.id if to else None,
            referenced=((RefType.REPLIED_TO, reply_to.id),) if reply_to else (),
            like_count=likes,
            reply_count=replies,
            repost_count=reposts,
            urls=urls,
            mentioned_usernames=(to.username,) if to else (),
        )
        self.posts.append(post)
        return post

    def mention(
        self,
        moment: datetime,
        author: _Person,
        text: str,
        *,
        lang: str = "it",
        likes: int = 0,
        reply_to: Post | None = None,
    ) -> Post:
        post_id = self.new_id(moment)
        post = Post(
            id=post_id,
            author_id=author.id,
            created_at=moment,
            text=text,
            lang=lang,
            conversation_id=reply_to.conversation_id if reply_to else post_id,
            in_reply_to_user_id=self.shop.id if reply_to else None,
            referenced=((RefType.REPLIED_TO, reply_to.id),) if reply_to else (),
            like_count=likes,
            mentioned_usernames=(self.shop.username,),
        )
        self.mentions.append(post)
        return post

    # --- the story --------------------------------------------------------------------------------

    def own_posts(self) -> datetime:
        """Irregular posting until 10 days ago, one post 9 days ago, silence, one post 3 days ago."""
        rng = self.rng
        promo = _cycle(rng, self.data["promo"])
        chat = _cycle(rng, self.data["conversational"])
        english = _cycle(rng, self.data["english"])
        # The last post: 3 days ago (3 to 4 days, at a shop's hour); the one before, 6 days earlier.
        last = self.local(3, 8, 17)
        if last > self.now - timedelta(days=3, hours=1):
            last = self.local(4, 17, 45)
        last_day = (self.today - last.astimezone(ROME).date()).days
        gap_start = self.local(last_day + 6, 7, 40)
        for back in range(DAYS, 10, -1):
            count = rng.choices((0, 1, 2), weights=(35, 45, 20))[0]
            for hour in sorted(rng.sample(range(7, 20), count)):
                moment = self.local(back, hour, rng.randrange(60))
                kind = rng.choices(("promo", "chat", "english"), weights=(70, 24, 6))[0]
                if not self.oldest <= moment < gap_start:
                    continue
                if kind == "promo":
                    item = next(promo)
                    self.own(
                        moment,
                        item["text"],
                        link=item["link"],
                        likes=rng.randint(0, 5),
                        replies=rng.randint(0, 1),
                        reposts=rng.randint(0, 1),
                    )
                elif kind == "chat":
                    self.own(
                        moment,
                        next(chat),
                        likes=rng.randint(6, 24),
                        replies=rng.randint(2, 8),
                        reposts=rng.randint(0, 3),
                    )
                else:
                    item = next(english)
                    self.own(moment, item["text"], lang="en", link=item["link"], likes=rng.randint(2, 10))
        for moment in (gap_start, last):
            item = next(promo)
            self.own(moment, item["text"], link=item["link"], likes=rng.randint(0, 3))
        return gap_start

    def customer_mentions(self, gap_start: datetime) -> None:
        rng = self.rng
        customers = [_Person(c["id"], c["username"]) for c in self.data["customers"]]
        pools = {
            "question": _cycle(rng, self.data["questions"]),
            "praise": _cycle(rng, self.data["praise"]),
            "chatter": _cycle(rng, [{"text": t} for t in self.data["chatter"]]),
        }
        latest = self.now - timedelta(minutes=20)
        for back in range(DAYS, -1, -1):
            for _ in range(rng.choice((2, 3, 3, 3, 4))):
                moment = self.local(back, rng.randint(8, 21), rng.randrange(60))
                kind = rng.choices(("question", "praise", "chatter"), weights=(30, 35, 35))[0]
                item = next(pools[kind])
                author = rng.choice(customers)
                answer = rng.random() < ANSWER_ODDS[kind]
                delay = timedelta(minutes=rng.randint(15, 600))
                if not self.oldest <= moment <= latest:
                    continue
                lang = item.get("lang", "it")
                mention = self.mention(moment, author, item["text"], lang=lang, likes=rng.randint(0, 3))
                if answer and "reply" in item and moment + delay < gap_start - timedelta(hours=1):
                    self.reply(mention, author, item["reply"], moment + delay, lang=lang)

        complainers = rng.sample(customers, len(COMPLAINT_DAYS))
        for back, author, item in zip(COMPLAINT_DAYS, complainers, self.data["complaints"], strict=True):
            moment = self.local(back, rng.randint(9, 19), rng.randrange(60))
            moment = min(moment, latest - timedelta(hours=30))  # unanswered for more than a day, always
            mention = self.mention(moment, author, item["text"], likes=rng.randint(1, 6))
            if item["reply"] is not None:
                self.reply(mention, author, item["reply"], moment + timedelta(hours=rng.randint(3, 7)))

    def reply(self, mention: Post, author: _Person, text: str, moment: datetime, *, lang: str = "it") -> None:
        self.own(
            moment,
            f"@{author.username} {text}",
            lang=lang,
            likes=self.rng.randint(0, 2),
            reply_to=mention,
            to=author,
        )

    def argument(self) -> None:
        """One customer, one thread, and the shop answering back five times."""
        arguer = _Person(self.data["arguer"]["id"], self.data["arguer"]["username"])
        moment = self.local(ARGUMENT_DAY, 18, 40)
        previous: Post | None = None
        for turn in self.data["argument"]:
            if turn["by"] == "customer":
                likes = self.rng.randint(0, 4)
                previous = self.mention(moment, arguer, turn["text"], likes=likes, reply_to=previous)
            else:
                assert previous is not None
                likes = self.rng.randint(0, 3)
                previous = self.own(moment, turn["text"], likes=likes, reply_to=previous, to=arguer)
            moment += timedelta(minutes=self.rng.randint(6, 30))

    def profile(self) -> Profile:
        prof = self.data["profile"]
        return Profile(
            id=prof["id"],
            username=prof["username"],
            name=prof["name"],
            description=prof["description"],
            profile_image_url=prof["profile_image_url"],
            url=prof["url"],
            followers_count=prof["followers_count"],
            following_count=prof["following_count"],
            created_at=datetime.fromisoformat(prof["created_at"]).astimezone(UTC),
            banner_url="",
        )

    def following_history(self) -> list[tuple[datetime, int]]:
        """Weekly counts of followed accounts, oldest first, climbing to today's count."""
        prof = self.data["profile"]
        start, end = prof["following_start"], prof["following_count"]
        days_back = [*range(DAYS, 0, -7), 0]
        history: list[tuple[datetime, int]] = []
        for back in days_back:
            share = (DAYS - back) / DAYS
            jitter = 0 if back in (DAYS, 0) else self.rng.randint(-6, 6)
            history.append((self.now - timedelta(days=back), round(start + (end - start) * share) + jitter))
        return history


def _newest_first(posts: list[Post]) -> list[Post]:
    return sorted(posts, key=lambda p: (p.created_at, int(p.id)), reverse=True)


def demo_account(now: datetime) -> AccountData:
    """Forno Rossi's last 60 days as of `now` (aware); the same `now` always gives the same account."""
    if now.tzinfo is None:
        raise ValueError("demo_account needs an aware datetime")
    builder = _Builder(now.astimezone(UTC))
    gap_start = builder.own_posts()
    builder.customer_mentions(gap_start)
    builder.argument()
    return AccountData(
        profile=builder.profile(),
        posts=_newest_first(builder.posts),
        mentions=_newest_first(builder.mentions),
        following_history=builder.following_history(),
    )
