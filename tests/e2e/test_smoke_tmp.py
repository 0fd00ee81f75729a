import asyncio
from bot.i18n import translator
from tests.e2e.telegram_harness import running, Person, said
from tests.e2e.fake_telegram import USERNAME

async def test_smoke(sqlite_url):
    t = translator("fr")
    async with running(sqlite_url, "polling") as bot:
        claire = Person(bot, 12, "Claire", "fr", chat=bot.fake.group())
        assert t("help-intro") in said(await claire.say(f"/help@{USERNAME}"))
        print([(c.method, c.params.get("offset"), round(c.at,3)) for c in bot.fake.calls], bot.fake.confirmed)
        u = bot.fake.text(claire.me, "/help@other", chat=claire.chat)
        print("queue", u["update_id"])
        bot.fake.queue(u)
        await asyncio.sleep(1)
        print([(c.method, c.params.get("offset"), round(c.at,3)) for c in bot.fake.calls if c.method=="getUpdates"], bot.fake.confirmed, bot.fake.updates)
