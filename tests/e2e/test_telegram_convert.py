"""The pure conversions: Telegram updates in (groups, commands, UTF-16 offsets), long texts out."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from telegram import Bot, Update

from bot.adapters.telegram import split_text, to_incoming
from bot.adapters.telegram_app import file_url
from bot.adapters.telegram_outgoing import units
from bot.messages import Kind
from tests.e2e.fake_telegram import TOKEN, USERNAME, FakeTelegram

fake = FakeTelegram()
ada = fake.person(42, "Ada", "it")
group = fake.group()
BOT = Bot(TOKEN)


def parse(update: dict[str, Any]) -> Update:
    parsed = Update.de_json(update, BOT)
    assert parsed is not None
    return parsed


def test_a_private_message_is_text_from_that_person_in_their_language() -> None:
    incoming = to_incoming(parse(fake.text(ada, "Forno Rossi")), USERNAME)
    assert incoming is not None
    assert (incoming.kind, incoming.text, incoming.locale) == (Kind.TEXT, "Forno Rossi", "it")
    assert (incoming.user.user_id, incoming.chat.chat_id, incoming.chat.private) == ("42", "42", True)
    assert incoming.display_name == "Ada"


def test_a_command_after_emoji_is_found_by_its_utf16_offset() -> None:
    text = "👋🏽 /language fr"
    update = fake.text(ada, text)
    assert update["message"]["entities"][0]["offset"] == 5  # 👋🏽 is four UTF-16 units, then a space
    incoming = to_incoming(parse(update), USERNAME)
    assert incoming is not None
    assert (incoming.kind, incoming.command, incoming.args) == (Kind.COMMAND, "language", "fr")


def test_right_to_left_text_and_emoji_arguments_survive_intact() -> None:
    text = "/start مرحبا 🌍 שלום"
    incoming = to_incoming(parse(fake.text(ada, text)), USERNAME)
    assert incoming is not None
    assert (incoming.command, incoming.args, incoming.text) == ("start", "مرحبا 🌍 שלום", text)


def test_commands_addressed_to_us_are_ours_those_for_another_bot_are_not() -> None:
    ours = to_incoming(parse(fake.text(ada, f"/help@{USERNAME.upper()}", chat=group)), USERNAME)
    assert ours is not None and ours.command == "help" and not ours.chat.private
    assert to_incoming(parse(fake.text(ada, "/help@other_bot", chat=group)), USERNAME) is None
    assert to_incoming(parse(fake.text(ada, "/help@other_bot")), USERNAME) is None


def test_group_chatter_is_ignored_unless_it_replies_to_the_bot() -> None:
    assert to_incoming(parse(fake.text(ada, "see you at 8", chat=group)), USERNAME) is None
    question = fake.sent_message(group["id"], "What's the name of your business?")
    reply = to_incoming(parse(fake.text(ada, "Forno Rossi", chat=group, reply_to=question)), USERNAME)
    assert reply is not None and reply.kind is Kind.TEXT and reply.text == "Forno Rossi"


def test_a_pressed_button_carries_its_token_and_the_message_to_retire() -> None:
    shown = fake.sent_message(42, "Pick one", markup={"inline_keyboard": [[{"text": "A", "callback_data": "tok"}]]})
    incoming = to_incoming(parse(fake.press(ada, shown, "tok")), USERNAME)
    assert incoming is not None
    assert (incoming.kind, incoming.button, incoming.message_id) == (
        Kind.BUTTON,
        "tok",
        str(shown.message_id),
    )


def test_a_document_is_a_file_the_core_can_download_later() -> None:
    incoming = to_incoming(parse(fake.document(ada, "archive.zip", b"PK", mime="application/zip")), USERNAME)
    assert incoming is not None and incoming.kind is Kind.FILE and incoming.file is not None
    assert (incoming.file.name, incoming.file.size, incoming.file.mime) == (
        "archive.zip",
        2,
        "application/zip",
    )


def test_messages_from_bots_and_service_messages_are_not_for_the_coach() -> None:
    from_bot = fake.text(fake.bot_user(), "hello")
    assert to_incoming(parse(from_bot), USERNAME) is None
    service = fake.text(ada, "x")
    del service["message"]["text"]
    service["message"]["pinned_message"] = {"message_id": 1, "date": 0, "chat": service["message"]["chat"]}
    assert to_incoming(parse(service), USERNAME) is None


def test_the_file_url_follows_the_api_url() -> None:
    assert file_url("https://api.telegram.org/bot") == "https://api.telegram.org/file/bot"
    assert file_url("http://127.0.0.1:8081/bot/") == "http://127.0.0.1:8081/file/bot"


def test_long_texts_are_cut_at_paragraphs_first() -> None:
    paragraphs = ["a" * 3000, "b" * 3000, "c" * 100]
    parts = split_text("\n\n".join(paragraphs))
    assert parts == [paragraphs[0], paragraphs[1] + "\n\n" + paragraphs[2]]


def test_then_at_lines_then_anywhere() -> None:
    lines = "\n".join(["x" * 3000, "y" * 3000])
    assert split_text(lines) == ["x" * 3000, "y" * 3000]
    assert split_text("z" * 9000) == ["z" * 4096, "z" * 4096, "z" * 808]


def test_emoji_count_as_telegram_counts_them_and_are_never_cut_in_half() -> None:
    parts = split_text("😀" * 3000)  # 6,000 UTF-16 units
    assert [units(p) for p in parts] == [4096, 1904]
    assert "".join(parts) == "😀" * 3000


@given(st.text(alphabet=st.sampled_from(["a", "é", "😀", "\n", " ", "מ"]), max_size=400))
def test_every_part_fits_and_nothing_but_whitespace_is_lost(text: str) -> None:
    parts = split_text(text, limit=50)
    assert all(0 < units(p) <= 50 for p in parts)
    assert re.sub(r"\s", "", "".join(parts)) == re.sub(r"\s", "", text)


@pytest.mark.parametrize("text", ["", "\n\n", "   "])
def test_nothing_to_say_sends_nothing(text: str) -> None:
    assert split_text(text) == []
