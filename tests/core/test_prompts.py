"""The catalogues: complete in every language, same placeholders, proper plurals, no literals in handlers."""

from __future__ import annotations

import ast as pyast
import re
from pathlib import Path

import pytest
from fluent.syntax import ast, parse
from fluent.syntax.visitor import Visitor

from bot.i18n import translator
from bot.settings import LANGUAGES
from handlers import routes
from handlers.menu import MENU

ROOT = Path(__file__).resolve().parents[2]


def messages(lang: str) -> dict[str, ast.Message]:
    found: dict[str, ast.Message] = {}
    for path in sorted((ROOT / "prompts" / lang).glob("*.ftl")):
        resource = parse(path.read_text(encoding="utf-8"))
        junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
        assert not junk, f"{path}: syntax error near {junk[0].content[:80]!r}"
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                assert entry.id.name not in found, f"{lang}: {entry.id.name} defined twice"
                found[entry.id.name] = entry
    return found


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)
        self.generic_visit(node)


def variables(message: ast.Message) -> set[str]:
    visitor = _Variables()
    visitor.visit(message)
    return visitor.names


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_every_text_exists_in_every_language_with_the_same_placeholders(lang: str) -> None:
    english, other = messages("en"), messages(lang)
    assert sorted(english.keys() - other.keys()) == [], f"missing in {lang}"
    assert sorted(other.keys() - english.keys()) == [], f"only in {lang}"
    for key, message in english.items():
        assert variables(message) == variables(other[key]), f"{lang}:{key} placeholders differ"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_forms(lang: str) -> None:
    t = translator(lang)
    one, many = t("minutes-value", minutes=1), t("minutes-value", minutes=3)
    assert "1" in one and "3" in many
    assert one.replace("1", "") != many.replace("3", "")


def test_italian_plural_is_not_the_singular() -> None:
    t = translator("it")
    assert t("minutes-value", minutes=1) == "1 minuto al giorno"
    assert t("minutes-value", minutes=3) == "3 minuti al giorno"


def test_every_menu_command_is_routed_and_described() -> None:
    routed = {name for name, command in routes().commands.items() if command.listed}
    assert set(MENU) == routed
    for lang in LANGUAGES:
        assert all(f"command-{name}" in messages(lang) for name in MENU)


def test_handlers_contain_no_user_facing_sentences() -> None:
    sentence = re.compile(r"[A-Za-zÀ-ÿ]+ [A-Za-zÀ-ÿ]+ [A-Za-zÀ-ÿ]+")
    offenders = []
    for path in (ROOT / "handlers").glob("*.py"):
        tree = pyast.parse(path.read_text())
        docstrings = {id(node.value) for node in pyast.walk(tree) if isinstance(node, pyast.Expr)}
        for node in pyast.walk(tree):
            if (
                isinstance(node, pyast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
                and sentence.search(node.value)
            ):
                offenders.append(f"{path.name}: {node.value[:60]!r}")
    assert offenders == []
