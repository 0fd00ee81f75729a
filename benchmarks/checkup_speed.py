"""How many accounts' checkups one core computes per second (target: at least 500).

Each synthetic account has 30 days of data: 100 posts of its own (originals, replies, quotes,
reposts, in four languages) and 150 mentions, some answered in their thread. Two numbers:

* first look: every post is new to the process and goes through the classifier;
* again: the posts were seen before (the full report after the summary, the daily nudge, the
  weekly report), so their labels come from the cache in `bot.analysis.labels`. Here the very
  same records come back; records read anew from the database are compared field by field with
  the ones remembered, which costs a little more.

Run from the repository root: python -m benchmarks.checkup_speed [--accounts N] [--seconds S] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import time
from datetime import UTC, datetime, timedelta

from bot.analysis.answers import Answers
from bot.analysis.checkup import run_checkup
from bot.analysis.labels import forget
from bot.x.models import AccountData, Post, Profile, RefType

TARGET = 500
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
POSTS, MENTIONS, DAYS = 100, 150, 30
TEXTS = (  # (text, X's lang field: X sets it on every post, "und" when it cannot tell)
    ("Focaccia appena sfornata, venite a provarla! Ordina su fornorossi.it", "it"),
    ("Oggi -20% su tutte le torte, solo in negozio", "it"),
    ("Secondo voi meglio il pane integrale o quello ai cereali?", "it"),
    ("Grazie a tutti per gli auguri, siete fantastici", "it"),
    ("Nouvelle collection en boutique, réservez votre atelier dès maintenant", "fr"),
    ("Qu'est-ce que vous aimeriez voir sur notre carte cet hiver ?", "fr"),
    ("Merci pour votre visite, à bientôt !", "fr"),
    ("Reserva tu mesa para el fin de semana, plazas limitadas", "es"),
    ("¿Cuál es vuestro postre favorito de la temporada?", "es"),
    ("New seasonal menu is out, book your table today", "en"),
    ("What a lovely morning at the market, thanks everyone who stopped by", "en"),
    ("The election debate last night was a disgrace, vote them out", "en"),
    ("🥐☕️✨", "und"),
)
MENTION_TEXTS = (
    ("@shop a che ora aprite domenica?", "it"),
    ("@shop il mio ordine è arrivato in ritardo e freddo, pessimo servizio", "it"),
    ("@shop bravissimi, tutto buonissimo!", "it"),
    ("@shop vous livrez à domicile ?", "fr"),
    ("@shop deux heures d'attente, jamais plus", "fr"),
    ("@shop ¿tenéis opciones sin gluten?", "es"),
    ("@shop do you take bookings for groups of ten?", "en"),
    ("@shop best croissants in town, thank you!", "en"),
)


def synthetic_account(rng: random.Random, index: int) -> AccountData:
    me = f"{index}"
    start = NOW - timedelta(days=DAYS)

    def moment() -> datetime:
        return start + timedelta(seconds=rng.uniform(0, DAYS * 86400))

    mentions = []
    for n in range(MENTIONS):
        mention_id = f"m{index}-{n}"
        text, lang = rng.choice(MENTION_TEXTS)
        thread = mention_id if rng.random() < 0.6 else f"p{index}-{rng.randrange(POSTS)}"
        mentions.append(
            Post(
                id=mention_id,
                author_id=f"u{rng.randrange(40)}",
                created_at=moment(),
                text=text,
                lang=lang,
                conversation_id=thread,
            )
        )
    posts = []
    for n in range(POSTS):
        kind = rng.random()
        post_id = f"p{index}-{n}"
        refs: tuple[tuple[RefType, str], ...] = ()
        conversation, to_user, at = post_id, None, moment()
        text, lang = rng.choice(TEXTS)
        if kind < 0.30:
            asked = rng.choice(mentions)
            refs = ((RefType.REPLIED_TO, asked.id),)
            conversation, to_user = asked.conversation_id, asked.author_id
            at = asked.created_at + timedelta(hours=rng.uniform(0.2, 40))
        elif kind < 0.38:
            refs = ((RefType.QUOTED, f"q{n}"),)
        elif kind < 0.45:
            refs = ((RefType.RETWEETED, f"r{n}"),)
        posts.append(
            Post(
                id=post_id,
                author_id=me,
                created_at=min(at, NOW),
                text=text,
                lang=lang,
                conversation_id=conversation,
                in_reply_to_user_id=to_user,
                referenced=refs,
            )
        )
    history = [(start + timedelta(days=d), 400 + d * rng.randrange(0, 30)) for d in range(DAYS)]
    profile = Profile(
        id=me,
        username=f"shop{index}",
        description="Bakery",
        profile_image_url="https://pbs.twimg.com/p.jpg",
        url="https://fornorossi.it",
        followers_count=rng.randrange(100, 2000),
        following_count=rng.randrange(100, 2000),
    )
    return AccountData(profile, posts, mentions, history)


def measure(accounts: list[AccountData], seconds: float, *, first_look: bool) -> tuple[int, float]:
    """Checkups computed and CPU seconds spent, going round the accounts for about `seconds`."""
    answers = Answers(goals=("customers",), minutes_per_day=30)
    done, spent = 0, 0.0
    while spent < seconds:
        if first_look:
            forget()
        started = time.process_time()
        for account in accounts:
            run_checkup(account, answers, NOW)
        spent += time.process_time() - started
        done += len(accounts)
    return done, spent


def report(label: str, done: int, spent: float) -> bool:
    rate = done / spent
    verdict = "meets" if rate >= TARGET else "MISSES"
    print(f"{label:11} {rate:7,.0f} accounts/s, {1000 / rate:.2f} ms each ({done} in {spent:.2f} s CPU); "
          f"{verdict} the target of {TARGET}/s")  # fmt: skip
    return rate >= TARGET


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accounts", type=int, default=200, help="distinct synthetic accounts")
    parser.add_argument("--seconds", type=float, default=3.0, help="how long to measure")
    parser.add_argument("--profile", action="store_true", help="print where the time goes")
    args = parser.parse_args()

    rng = random.Random(2026)
    accounts = [synthetic_account(rng, i) for i in range(args.accounts)]
    measure(accounts[:20], 0.2, first_look=True)  # the classifier's word caches fill, as in a running service
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(measure, accounts, args.seconds, first_look=True)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        return
    print(f"checkups of accounts with {POSTS} posts and {MENTIONS} mentions in {DAYS} days, one core:")
    report("first look", *measure(accounts, args.seconds, first_look=True))
    report("again", *measure(accounts, args.seconds, first_look=False))


if __name__ == "__main__":
    main()
