"""What goes through Telegram intact: escaped HTML, long texts in parts, emoji, right-to-left text, files."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.adapters.telegram_outgoing import units
from bot.context import Context
from bot.i18n import translator
from bot.messages import Attachment, Button, ChatKey, Outgoing
from bot.router import Router
from bot.storage.models import User
from tests.e2e.telegram_harness import Person, Running, running, said

# Stand-ins for features: one says back what it was given, one reads the file it was sent.
echo = Router("echo-for-tests")


@echo.command("echo", anytime=True, listed=False)
async def say_back(ctx: Context) -> None:
    ctx.say("timezone-option", zone=ctx.incoming.args)


@echo.file
async def read_file(ctx: Context) -> None:
    assert ctx.incoming.file is not None
    data = await ctx.incoming.file.download()
    ctx.say("timezone-option", zone=f"{ctx.incoming.file.name}: {data.decode()}")


async def users(bot: Running) -> int:
    async with bot.services.db.transaction() as session:
        return int(await session.scalar(select(func.count()).select_from(User)) or 0)


TRICKY = [
    "<b>Tom & Jerry</b> \"quoted\" 'single' &amp; <script>alert(1)</script> a<b c>d",
    "متجر الورد 🌹 — חנות הפרחים",
    "emoji 👩🏽‍🍳🇮🇹 and combining é (e\u0301)",
]


async def test_what_the_person_reads_is_exactly_the_plain_text(sqlite_url: str) -> None:
    async with running(sqlite_url, "webhook", extra=[echo]) as bot:
        ada = Person(bot, 21)
        for text in TRICKY:
            assert said(await ada.say(f"/echo {text}")) == text
        assert {c.params["parse_mode"] for c in bot.fake.called("sendMessage")} == {"HTML"}


async def test_a_command_after_emoji_works_in_a_real_chat(sqlite_url: str) -> None:
    async with running(sqlite_url, "polling") as bot:
        back = await Person(bot, 22).say("👋🏽👋🏽 /language fr")
        assert said(back) == translator("fr")("language-set")


async def test_long_texts_arrive_in_parts_with_the_buttons_on_the_last(sqlite_url: str) -> None:
    paragraphs = [f"{n} " + "word " * 300 for n in range(12)]  # ~18,000 characters
    buttons = ((Button("Yes", token="tok-yes"), Button("Site", url="https://example.com")),)
    async with running(sqlite_url, "webhook") as bot:
        message_id = await bot.telegram.adapter.send(
            ChatKey("telegram", "", "23"), Outgoing("\n\n".join(paragraphs), buttons=buttons)
        )
        parts = bot.fake.to(23)
    assert len(parts) == 6 and all(units(p.text) <= 4096 for p in parts)  # two paragraphs a part
    assert "\n\n".join(p.text for p in parts) == "\n\n".join(paragraphs)
    assert [p.markup is not None for p in parts] == [False] * 5 + [True]
    assert parts[-1].buttons() == [
        {"text": "Yes", "callback_data": "tok-yes"},
        {"text": "Site", "url": "https://example.com"},
    ]
    assert message_id == str(parts[-1].message_id)


async def test_pictures_and_documents_are_uploaded_with_their_caption(sqlite_url: str) -> None:
    chart = Attachment("chart.png", b"\x89PNG fake", "image/png")
    archive = Attachment("report.csv", b"a,b\n1,2\n", "text/csv")
    async with running(sqlite_url, "webhook") as bot:
        send = bot.telegram.adapter.send
        chat = ChatKey("telegram", "", "24")
        await send(chat, Outgoing("Your week", attachment=chart, attachment_caption="Posts <per> day"))
        await send(chat, Outgoing("", attachment=archive, attachment_caption="x" * 1500))
        sent = bot.fake.to(24)
    assert [(s.kind, s.text, s.filename, s.data) for s in sent] == [
        ("text", "Your week", "", b""),
        ("photo", "Posts <per> day", "chart.png", b"\x89PNG fake"),
        ("text", "x" * 1500, "", b""),  # too long for a caption: said before the file
        ("document", "", "report.csv", b"a,b\n1,2\n"),
    ]


async def test_a_document_reaches_the_core_which_can_download_it(sqlite_url: str) -> None:
    async with running(sqlite_url, "polling", extra=[echo]) as bot:
        ada = Person(bot, 25)
        assert await bot.deliver(bot.fake.document(ada.me, "notes.txt", b"hello there")) == 200
        assert said(ada.news()) == "notes.txt: hello there"
        assert len(bot.fake.called("getFile")) == 1


async def test_a_file_over_the_download_limit_is_answered_without_the_core(sqlite_url: str) -> None:
    async with running(sqlite_url, "webhook", extra=[echo]) as bot:
        marie = Person(bot, 26, "Marie", "fr")
        too_big = bot.fake.document(marie.me, "archive.zip", b"PK", size=25_000_000)
        assert await bot.deliver(too_big) == 200
        assert said(marie.news()) == translator("fr")("telegram-file-too-big", megabytes=20)
        assert bot.fake.called("getFile") == [] and await users(bot) == 0


async def test_a_file_telegram_will_not_hand_over_is_answered_kindly(sqlite_url: str) -> None:
    async with running(sqlite_url, "webhook") as bot:
        ada = Person(bot, 27)
        update = bot.fake.document(ada.me, "twitter-archive.zip", b"PK")
        bot.fake.file_sizes[update["message"]["document"]["file_id"]] = 30_000_000  # getFile refuses it
        assert await bot.deliver(update) == 200
        assert said(ada.news()) == translator("en")("archive-download-failed")


async def test_a_photo_in_a_private_chat_gets_an_answer(sqlite_url: str) -> None:
    async with running(sqlite_url, "polling") as bot:
        ada = Person(bot, 27)
        await ada.say("/start")
        assert await bot.deliver(bot.fake.photo(ada.me)) == 200
        t = translator("en")
        assert t("expected-name") in said(ada.news())
