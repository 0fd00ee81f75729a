"""A fast rule-and-lexicon classifier for posts, in Italian, French, Spanish and English.

It tells, for one post: its language, whether it promotes the business (offers, prices,
"buy/order/book", launches, links to the business's own site, "look at us") or talks with
people (questions, polls, replies, quotes, reposts, the sector's news, everyday life), whether
it asks a question, and whether it touches politics or divisive topics (failure modes #1 and
#8 of COACHING.md). `is_complaint` tells whether a mention reads as a complaint (#11).

Nothing downloaded: the text is folded (case, accents, URLs, @mentions,
hashtags, emoji), cut into words, and the words are looked up in the word lists of
`bot.analysis.lexicon`. Word look-ups are cached, so a post costs a few microseconds.
Besides single words and phrases, some evidence is in classes of words found together
("have you tried" + "our" in a question, "left" + "only five", "free" + "tasting"; see
`CUE_RULES`), in a question the post answers itself, and, for mentions, in times and prices,
in what follows "but", and in irony ("thanks a lot eh, an hour for two pizzas"). The promotional and
complaint decisions are then learnt from that evidence and the words (`promotional_model`, `complaint_model`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from bot.analysis import complaint_model
from bot.analysis.lexicon import (
    ANGRY_EMOJI,
    CUE_RULES,
    HAPPY_EMOJI,
    IRONIC_EMOJI,
    LEXICONS,
    NEWS_DOMAINS,
    OTHER_STOPWORDS,
    SHARED_DIVISIVE,
    UNDETERMINED_LANG_CODES,
    LanguageLexicon,
    Weighted,
)
from bot.analysis.promotional_model import MODEL_PATH, load_model
from bot.x.models import Post, RefType

LANGUAGES: Final = ("it", "fr", "es", "en")

# --- Tuning: thresholds and the weight of signals that are not words -------------------
MAX_CHARS: Final = 2000  # longer texts are judged on their beginning
PROMO_MIN: Final = 2.0  # promotional needs at least this much promotional evidence...
PROMO_MARGIN: Final = 0.5  # ...and this much more than conversational evidence
DIVISIVE_MIN: Final = 2.0
COMPLAINT_MIN: Final = 2.0
OWN_LINK: Final = 4.0  # promotional: a link to the business's own site
OTHER_LINK: Final = 1.5  # promotional: a link to some other site (a shop, a booking page...)
NEWS_LINK: Final = 2.0  # conversational: a link to a news or reference site
SOCIAL_LINK: Final = 1.0  # conversational: a link to a post on X
PRICE: Final = 2.5  # promotional: "12€", "$40", "-20%", "3x2"
PERCENT: Final = 0.5  # promotional: any other percentage
QUESTION_MARK: Final = 2.0  # conversational: a question left to the readers...
RHETORICAL_QUESTION: Final = 0.5  # ...or one the post goes on to answer ("Hungry? Our brunch...")
RHETORICAL_TAIL: Final = 3  # words after the last question mark that make it answered
QUOTE_BIAS: Final = 3.0  # conversational: a quote of someone else's post
LEADING_MENTION: Final = 1.5  # conversational: text addressed to someone, not a threaded reply
BODY_MENTION: Final = 1.0  # conversational, per other account named (at most two)
ANGRY: Final = 2.0  # complaint, per angry emoji kind
HAPPY: Final = -1.5  # complaint, per happy emoji kind
DURATION: Final = 1.5  # complaint: a time it took, "50 minutes", "1h30"...
DURATION_FOR: Final = 2.0  # ...or what it took it for, "50 minutes for a coffee"
CLOCK: Final = 0.5  # complaint: a time of day, "at 21:40"
MENTION_PRICE: Final = 1.0  # complaint: a price named in a mention
BEFORE_CONTRAST: Final = 0.5  # complaint: a grievance conceded before "but" and praise ("long wait, but worth it")
CLEAR_COMPLAINT: Final = 3.5  # complaint evidence that praise next to it no longer cancels (mixed reviews)...
PRAISE_IN_COMPLAINT: Final = 0.5  # ...but only weakens this much
UNDOES: Final = -3.0  # complaint weights this low undo a complaint phrase ("mai più senza"); others are praise
SUM_CAP: Final = 12.0  # the model sees the promotional and conversational sums up to this...
SUM_SCALE: Final = 4.0  # ...divided by this
DETECT_MIN: Final = 1.0  # stopword score needed to name a language
DETECT_MARGIN: Final = 0.5  # lead over the runner-up
_HAIR: Final = 1e-9

# X's kinds of reference, read once (looking a member up on its enum class is slow).
_REPLIED_TO: Final = RefType.REPLIED_TO
_QUOTED: Final = RefType.QUOTED
_RETWEETED: Final = RefType.RETWEETED

_SOCIAL_DOMAINS: Final = frozenset({"twitter.com", "x.com", "mobile.twitter.com"})
_IGNORED_DOMAINS: Final = frozenset({"t.co", "bit.ly", "buff.ly", "ow.ly", "tinyurl.com", "lnkd.in"})


@dataclass(frozen=True, slots=True)
class PostLabels:
    """What the classifier says about one post.

    When the text cannot be judged (empty, emoji or links only, a language we do not cover),
    `judgeable` is False, `language` is None and promotional, conversational, question and
    divisive are all False; reply, quote, repost and poll still come from the post's structure.
    When it can, exactly one of `promotional` and `conversational` is True.
    """

    language: str | None
    promotional: bool
    conversational: bool
    question: bool
    poll: bool
    reply: bool
    quote: bool
    repost: bool
    divisive: bool
    judgeable: bool


# --- Precompiled patterns -----------------------------------------------------------------
_TLDS = "it|fr|es|com|net|org|eu|uk|shop|store|io|co|de|ch|be|info|biz|app|dev|me|cat|pt|us|ie|ca|au"
_TLD_SET: Final = frozenset(_TLDS.split("|"))
_TLD_HINT_RE: Final = re.compile(r"\.(?:" + _TLDS + r")\b")
_HOST_RE: Final = re.compile(r"[a-z0-9][a-z0-9.-]*")  # no nested repetition: linear on any input
_MENTION_RE: Final = re.compile(r"@\w+")
_HASHTAG_RE: Final = re.compile(r"#(\w+)")
_CAMEL_RE: Final = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
_CURRENCY_RE: Final = re.compile(r"[€$£]\s?\d|\d\s?[€$£]")
_EURO_WORD_RE: Final = re.compile(r"\d\s?euros?\b")
_DISCOUNT_RE: Final = re.compile(r"(?<![\w-])-\s?\d{1,2}\s?%|%\s?off\b")
# A time it took ("50 minutes", "1h30"), with what it took it for ("... for a coffee"), or a time of
# day ("21:40", "8pm"): one pass over the text, the first found counts.
_TIME_RE: Final = re.compile(
    r"\d(?:\s?(?:min(?:ut[a-z]*|s)?|h(?:\d\d)?|hrs?|hours?|heures?|horas?|ore)\b(\s(?:for|per|pour|para|por)\b)?"
    r"|(:\d\d|\s?[ap]m)\b)"
)
_TAIL_WORD_RE: Final = re.compile(r"[^\W\d_]{2,}")
_DIGIT_RE: Final = re.compile(r"\d")
_FOLD_REPLACEMENTS: Final = (("’", " "), ("œ", "oe"), ("æ", "ae"))
# bytes.translate table: ASCII letters stay, everything else becomes a space.
_LETTERS_ONLY: Final = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


# --- Word tables built once from the lexicon -------------------------------------------
# Tokens are ASCII bytes (see `_prepare`). A token's features: its promotional, conversational,
# divisive, complaint and praise weights (praise: the complaint weights below zero that do not undo
# a phrase) with the bits of the word classes it belongs to (see CUE_RULES), and the phrases that
# start with it, each None when it has none (most words that start phrases weigh nothing by
# themselves). A phrase is kept as its words after the first (each with a stem flag) and its
# weights and bits; those starting with a token are found by the token that follows, so a post
# only checks the phrases it may hold.
_Weights = tuple[float, float, float, float, float, int]
_Phrase = tuple[tuple[tuple[bytes, bool], ...], _Weights]
_Starts = tuple[dict[bytes, tuple[_Phrase, ...]], tuple[_Phrase, ...]]
"""The phrases starting with a token: by their exact second word, and those whose second word is a stem."""
_Features = tuple[_Weights | None, _Starts | None]
_NOTHING: Final[_Features] = (None, None)
_CATEGORIES: Final = 4
_CUES: Final = 4  # the tables' category of word classes, whose bits are the last item of a _Weights
_CACHE_LIMIT: Final = 200_000

# Word classes: the lexicons' own, then those the classifier tells from the post itself.
_CUE_NAMES: Final = tuple(dict.fromkeys([*(name.lstrip("!") for names, _, _ in CUE_RULES for name in names), "irony"]))
_CUE_BIT: Final = {name: 1 << index for index, name in enumerate(_CUE_NAMES)}
_ASKS: Final = _CUE_BIT["asks"]  # the post asks something...
_PITCH: Final = _CUE_BIT["pitch"]  # ...and answers with something of its own ("Hungry? Our brunch is back")
_OURS: Final = _CUE_BIT["ours"]
_NAMES_SOMEONE: Final = _CUE_BIT["mention"]  # the post names another account
_IRONY: Final = _CUE_BIT["irony"]  # a mention's praise is sarcastic ("thanks a lot eh", "if you like...")
_RULES: Final = tuple(  # (classes that must be there, classes that must not, promotional, complaint)
    (
        sum(_CUE_BIT[name] for name in names if not name.startswith("!")),
        sum(_CUE_BIT[name[1:]] for name in names if name.startswith("!")),
        promotional,
        complaint,
    )
    for names, promotional, complaint in CUE_RULES
)


class _Tables:
    """One language's look-up tables, and its cache of token features."""

    __slots__ = ("cache", "contrast", "exact", "starts", "stem_lengths", "stems")

    def __init__(self, lexicon: LanguageLexicon) -> None:
        groups: tuple[Weighted, ...] = (
            lexicon.promotional,
            lexicon.conversational,
            _merge(lexicon.divisive, SHARED_DIVISIVE),
            lexicon.complaint,
            {float(_CUE_BIT[name]): terms for name, terms in lexicon.cues.items()},  # "weight": the class's bit
        )
        # Per category (the four weights, then the word classes): single words, and stems.
        self.exact: list[dict[bytes, float]] = [{} for _ in groups]
        self.stems: list[dict[bytes, float]] = [{} for _ in groups]
        phrases: dict[bytes, dict[tuple[tuple[bytes, bool], ...], list[float]]] = {}
        for category, weighted in enumerate(groups):
            for weight, terms in weighted.items():
                for term in terms:
                    words = term.encode("ascii").split()
                    if len(words) > 1:
                        first = words[0]
                        rest = tuple((w.rstrip(b"*"), w.endswith(b"*")) for w in words[1:])
                        if first.endswith(b"*"):
                            raise ValueError(f"a phrase cannot start with a stem: {term!r}")
                        weights = phrases.setdefault(first, {}).setdefault(rest, [0.0] * len(groups))
                        weights[category] = _add(category, weights[category], weight)
                    else:
                        stem = words[0].endswith(b"*")
                        table = (self.stems if stem else self.exact)[category]
                        word = words[0][:-1] if stem else words[0]
                        table[word] = _add(category, table.get(word, 0.0), weight) if category == _CUES else weight
        self.stem_lengths: list[tuple[int, ...]] = [
            tuple(sorted({len(stem) for stem in stems}, reverse=True)) for stems in self.stems
        ]
        self.starts: dict[bytes, _Starts] = {first: _starts(entries) for first, entries in phrases.items()}
        self.contrast = frozenset(word.encode("ascii") for word in lexicon.contrast)
        self.cache: dict[bytes, _Features] = {}

    def features(self, token: bytes) -> _Features:
        """Weights and phrases of one token (looked up once, then cached); _NOTHING when it has none."""
        weights = [0.0] * (_CATEGORIES + 1)
        for category in range(_CATEGORIES + 1):
            weight = self.exact[category].get(token)
            if weight is None:
                stems = self.stems[category]
                for length in self.stem_lengths[category]:
                    if length <= len(token) and token[:length] in stems:
                        weight = stems[token[:length]]
                        break
            if weight is not None:
                weights[category] = weight
        starts = self.starts.get(token)
        found = _NOTHING
        if starts is not None or any(weights):
            found = (_weights(weights) if any(weights) else None, starts)
        if len(self.cache) >= _CACHE_LIMIT:
            self.cache.clear()
        self.cache[token] = found
        return found


def _add(category: int, total: float, weight: float) -> float:
    """A term's weight added to what its phrase already has; word-class bits are or-ed."""
    return float(int(total) | int(weight)) if category == _CUES else total + weight


def _weights(w: list[float]) -> _Weights:
    praise = UNDOES < w[3] < 0
    return (w[0], w[1], w[2], 0.0 if praise else w[3], w[3] if praise else 0.0, int(w[_CUES]))


def _starts(entries: dict[tuple[tuple[bytes, bool], ...], list[float]]) -> _Starts:
    """Index the phrases that start with one word (given from their second word on) by that second word."""
    by_next: dict[bytes, list[_Phrase]] = {}
    by_stem: list[_Phrase] = []
    for rest, w in entries.items():
        phrase = (rest, _weights(w))
        second, is_stem = rest[0]
        if is_stem:
            by_stem.append(phrase)
        else:
            by_next.setdefault(second, []).append(phrase)
    return {second: tuple(found) for second, found in by_next.items()}, tuple(by_stem)


def _merge(first: Weighted, second: Weighted) -> dict[float, tuple[str, ...]]:
    merged: dict[float, tuple[str, ...]] = dict(first)
    for weight, terms in second.items():
        merged[weight] = merged.get(weight, ()) + terms
    return merged


def _lexicon_words(lexicon: LanguageLexicon) -> set[str]:
    """The lexicon's single words (no stems, no phrases) that are not among its frequent words."""
    groups = (lexicon.promotional, lexicon.conversational, lexicon.divisive, lexicon.complaint)
    words = {term for group in groups for terms in group.values() for term in terms if term.isalpha()}
    return words - lexicon.stopwords


_Shares = tuple[float, float, float, float, float]


def _shares(weighted: Iterable[tuple[int, Iterable[str]]]) -> dict[bytes, _Shares]:
    """word -> its weight for it, fr, es, en and "other" (index 4): 1 shared among the
    languages that use it."""
    owners: dict[bytes, set[int]] = {}
    for index, words in weighted:
        for word in words:
            owners.setdefault(word.encode("ascii"), set()).add(index)
    return {
        word: (
            (0 in indexes) / len(indexes),
            (1 in indexes) / len(indexes),
            (2 in indexes) / len(indexes),
            (3 in indexes) / len(indexes),
            (4 in indexes) / len(indexes),
        )
        for word, indexes in owners.items()
    }


def _halved(table: dict[bytes, _Shares]) -> dict[bytes, _Shares]:
    return {word: (w[0] / 2, w[1] / 2, w[2] / 2, w[3] / 2, w[4] / 2) for word, w in table.items()}


# The promotional decision is learnt (see `bot.analysis.promotional_model`); before the first
# training there is no model, and the rules decide alone.
_MODEL: Final = load_model() if MODEL_PATH.exists() else None
# So is the complaint decision (see `bot.analysis.complaint_model`).
_COMPLAINT_MODEL: Final = complaint_model.load_model() if complaint_model.MODEL_PATH.exists() else None
_TABLES: Final = {lang: _Tables(LEXICONS[lang]) for lang in LANGUAGES}
# Evidence for telling the language: frequent words weigh 1, the lexicon's other words 0.5.
_STOPWORDS: Final = _shares(
    [(index, LEXICONS[lang].stopwords) for index, lang in enumerate(LANGUAGES)] + [(4, OTHER_STOPWORDS)]
)
_STOPWORD_SET: Final = frozenset(_STOPWORDS)
_LEXICON_WORDS: Final = _halved(
    _shares([(index, _lexicon_words(LEXICONS[code])) for index, code in enumerate(LANGUAGES)])
)
_LEXICON_WORD_SET: Final = frozenset(_LEXICON_WORDS) - _STOPWORD_SET
# Letters that only some of the languages use: (letters, language index, weight); the
# first letter found in a group counts.
_LETTER_CUES: Final = (
    ("ñ¿¡", 2, 1.5),
    ("çœ", 1, 1.0),
    ("ãõ", 4, 2.0),
    ("äöüß", 4, 2.0),
)


# --- Text folding ---------------------------------------------------------------------------
_Text = tuple[str, list[bytes], list[str], int, bool, bool]
"""A text ready to be judged (a plain tuple: one is built for every post):

* the text case-folded, its links and @mentions removed (accents and emoji kept);
* its words, as ASCII letters only;
* the domains of the links written in it;
* how many @mentions it holds, and whether it starts with one;
* whether it is an old-style retweet ("RT @...").
"""


def _words(low: str) -> list[bytes]:
    """Case-folded text to its words in plain ASCII: accents stripped, emoji and other scripts
    dropped, anything that is not a letter a separator."""
    if low.isascii():
        folded = low.encode("ascii")
    else:
        for old, new in _FOLD_REPLACEMENTS:
            if old in low:
                low = low.replace(old, new)
        folded = unicodedata.normalize("NFKD", low).encode("ascii", "ignore")
    return folded.translate(_LETTERS_ONLY).split()


def _prepare(text: str) -> _Text:
    raw = text[:MAX_CHARS]
    low = raw.casefold()
    retweet = leading_mention = False
    if "@" in low:
        stripped = low.lstrip()
        retweet = stripped.startswith("rt @")
        leading_mention = stripped.startswith("@")
    domains: list[str] = []
    # Only a piece of text with a dot can hold a link (see the loop).
    if "." in low and ("://" in low or "www." in low or _TLD_HINT_RE.search(low) is not None):
        for chunk in low.split():
            if "." in chunk:
                link = _link(chunk)
                if link:
                    domains.append(_domain(link))
                    low = low.replace(link, " ")
    mentions = 0
    if "@" in low:
        mentions = len(_MENTION_RE.findall(low))
        low = _MENTION_RE.sub(" ", low)
    tokens = _words(low)
    if "#" in raw:
        tokens.extend(_hashtag_words(raw))
    return low, tokens, domains, mentions, leading_mention, retweet


def _link(chunk: str) -> str:
    """The link in a piece of text without spaces ("https://...", "www.x.it", "x.it/menu"), or ""."""
    for scheme in ("https://", "http://", "www."):
        start = chunk.find(scheme)
        if start >= 0:
            return chunk[start:]
    for host in _HOST_RE.finditer(chunk):
        name = host.group().rstrip(".-")
        if "." in name and name.rsplit(".", 1)[1] in _TLD_SET:
            return chunk[host.start() :]
    return ""


def _hashtag_words(raw: str) -> list[bytes]:
    """The words of camel-case hashtags: #StandWithUkraine -> stand, with, ukraine."""
    words: list[bytes] = []
    for tag in _HASHTAG_RE.findall(raw):
        if not tag[1:].islower() and not tag.isupper():
            words.extend(_words(" ".join(_CAMEL_RE.findall(tag)).casefold()))
    return words


def _domain(url: str) -> str:
    url = url.rstrip(".,;:!?)»\"'")
    if "://" in url:
        url = url.split("://", 1)[1]
    host = url.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].split(":", 1)[0]
    host = host.casefold().strip(".")
    return host[4:] if host.startswith("www.") else host


def _matches(domain: str, domains: frozenset[str]) -> bool:
    """Whether domain is one of domains or a subdomain of one."""
    while True:
        if domain in domains:
            return True
        if "." not in domain:
            return False
        domain = domain.split(".", 1)[1]


@lru_cache(maxsize=4096)
def _own_domains(domains: tuple[str, ...]) -> frozenset[str]:
    return frozenset(d for d in (_domain(domain) for domain in domains) if d)


# --- Language -----------------------------------------------------------------------------
_HINTS: dict[str | None, tuple[bool, str | None]] = {None: (False, None)}


def _hint_language(hint: str | None) -> tuple[bool, str | None]:
    """(usable, language) for X's `lang` value: undetermined codes are not usable."""
    known = _HINTS.get(hint)
    if known is not None:
        return known
    assert hint is not None
    code = hint.strip().casefold().replace("_", "-").split("-", 1)[0]
    known = (False, None) if code in UNDETERMINED_LANG_CODES else (True, code if code in LANGUAGES else None)
    if len(_HINTS) < 1000:
        _HINTS[hint] = known
    return known


def _detect(tokens: Sequence[bytes], low: str) -> str | None:
    """The language whose frequent words the text uses most, if clear enough. Words of the
    languages' lexicons and telltale letters are looked at only when frequent words do not
    settle it."""
    scores = _evidence(_STOPWORD_SET.intersection(tokens), _STOPWORDS)
    best, top, margin = _leader(scores)
    if top >= 2 * DETECT_MIN and margin >= 2 * DETECT_MARGIN:
        return LANGUAGES[best] if best < 4 else None
    for index, weight in enumerate(_evidence(_LEXICON_WORD_SET.intersection(tokens), _LEXICON_WORDS)):
        scores[index] += weight
    if not low.isascii():
        for letters, index, weight in _LETTER_CUES:
            for letter in letters:
                if letter in low:
                    scores[index] += weight
                    break
    best, top, margin = _leader(scores)
    if best == 4 or top < DETECT_MIN or margin < DETECT_MARGIN:
        return None
    return LANGUAGES[best]


def _evidence(words: Iterable[bytes], table: dict[bytes, _Shares]) -> list[float]:
    it = fr = es = en = other = 0.0
    for word in words:
        weights = table[word]
        it += weights[0]
        fr += weights[1]
        es += weights[2]
        en += weights[3]
        other += weights[4]
    return [it, fr, es, en, other]


def _leader(scores: list[float]) -> tuple[int, float, float]:
    """(index of the highest score, that score, its lead over the runner-up). The sums add thirds
    and halves in an order that changes from run to run (set order): a hair is added so that a lead
    of exactly the margin is judged the same way in every run."""
    ranked = sorted(scores, reverse=True)
    return scores.index(ranked[0]), ranked[0] + _HAIR, ranked[0] - ranked[1] + _HAIR


def _language(tokens: list[bytes], low: str, hint: str | None) -> str | None:
    if not tokens:
        return None
    usable, language = _HINTS.get(hint) or _hint_language(hint)
    if usable:
        return language
    return _detect(tokens, low)


def detect_language(text: str, hint: str | None = None) -> str | None:
    """The post's language, one of LANGUAGES, or None (other language, or nothing to judge).

    `hint` is X's `lang` field: a real language code is trusted; undetermined codes ("und",
    "qme", "zxx"...) or no hint mean the language is told from frequent words.
    """
    low, tokens, *_ = _prepare(text)
    return _language(tokens, low, hint)


# --- Scoring ------------------------------------------------------------------------------
_Score = tuple[float, float, float, float, float, int]


def _score(tokens: Sequence[bytes], tables: _Tables) -> _Score:
    """Sum of the token and phrase weights: promotional, conversational, divisive, complaint,
    praise (the complaint weights below zero), and the bits of the word classes found."""
    promo = conv = divisive = complaint = praise = 0.0
    bits = 0
    last = len(tokens) - 1
    for index, features in enumerate(map(tables.cache.get, tokens)):
        if features is None:  # a word never seen before
            features = tables.features(tokens[index])
        if features is _NOTHING:
            continue
        weights, starts = features
        if weights is not None:
            p, c, d, k, g, b = weights
            promo += p
            conv += c
            divisive += d
            complaint += k
            praise += g
            bits |= b
        if starts is not None and index < last:
            by_next, by_stem = starts
            for rest, (p, c, d, k, g, b) in by_next.get(tokens[index + 1], ()) + by_stem:
                if _follows(tokens, index + 1, rest):
                    promo += p
                    conv += c
                    divisive += d
                    complaint += k
                    praise += g
                    bits |= b
    return promo, conv, divisive, complaint, praise, bits


def _follows(tokens: Sequence[bytes], position: int, words: tuple[tuple[bytes, bool], ...]) -> bool:
    """Whether the tokens from `position` on start with `words` (each a whole word, or a stem)."""
    if position + len(words) > len(tokens):
        return False
    for word, is_stem in words:
        token = tokens[position]
        if not (token.startswith(word) if is_stem else token == word):
            return False
        position += 1
    return True


def _answer(low: str) -> list[str]:
    """The words after the post's last question mark. A few of them: the post answers its question
    itself, or it was rhetorical ("Hungry? Our brunch is back"), rather than left to the readers."""
    start = low.rfind("?") + 1
    return _TAIL_WORD_RE.findall(low, start, start + 200)


def _cues_in(tokens: Iterable[bytes], tables: _Tables) -> int:
    """The word classes of single words (not phrases)."""
    cues = 0
    for token in tokens:
        weights = (tables.cache.get(token) or tables.features(token))[0]
        if weights is not None:
            cues |= weights[-1]
    return cues


_CUE_SUMS: dict[int, tuple[float, float]] = {}


def _cue_weights(cues: int) -> tuple[float, float]:
    """(promotional, complaint) weight of the word classes found together (CUE_RULES)."""
    known = _CUE_SUMS.get(cues)
    if known is None:
        promo = complaint = 0.0
        for needed, excluded, promotional, complains in _RULES:
            if cues & needed == needed and not cues & excluded:
                promo += promotional
                complaint += complains
        known = (promo, complaint)
        if len(_CUE_SUMS) < 4096:
            _CUE_SUMS[cues] = known
    return known


def _price_signal(low: str) -> float:
    """Promotional weight of prices and discounts: "12€", "$40", "20 euro", "-20%", "30% off"."""
    if _names_price(low):
        return PRICE
    if "%" in low:
        return PRICE if _DISCOUNT_RE.search(low) is not None else PERCENT
    return 0.0


def _names_price(low: str) -> bool:
    """Whether the text names a price: "12€", "$40", "20 euro"."""
    if ("€" in low or "$" in low or "£" in low) and _CURRENCY_RE.search(low) is not None:
        return True
    return "eur" in low and _EURO_WORD_RE.search(low) is not None


def _link_signal(domains: Sequence[str], own_domains: Iterable[str]) -> tuple[float, float]:
    """(promotional, conversational) weight of the post's links."""
    own = _own_domains(tuple(own_domains)) if own_domains else frozenset()
    promo = conv = 0.0
    for domain in domains:
        if not domain or domain in _IGNORED_DOMAINS:
            continue
        if own and _matches(domain, own):
            promo = OWN_LINK
        elif _matches(domain, NEWS_DOMAINS):
            conv = max(conv, NEWS_LINK)
        elif _matches(domain, _SOCIAL_DOMAINS):
            conv = max(conv, SOCIAL_LINK)
        else:
            promo = max(promo, OTHER_LINK)
    return promo, conv


_LabelsKey = tuple[str | None, bool, bool, bool, bool, bool, bool, bool, bool]
_LABELS: dict[_LabelsKey, PostLabels] = {}


def _new_labels(key: _LabelsKey) -> PostLabels:
    """Label records are shared (there are only a few hundred distinct ones): see `_LABELS` first."""
    language, promotional, question, poll, reply, quote, repost, divisive, judgeable = key
    labels = _LABELS[key] = PostLabels(
        language=language,
        promotional=promotional,
        conversational=judgeable and not promotional,
        question=question,
        poll=poll,
        reply=reply,
        quote=quote,
        repost=repost,
        divisive=divisive,
        judgeable=judgeable,
    )
    return labels


def classify_post(post: Post, own_domains: Iterable[str] = ()) -> PostLabels:
    """Label one post. `own_domains` are the business's own sites ("fornorossi.it")."""
    prepared = _prepare(post.text)
    low, tokens, _, _, _, retweet = prepared
    reply = quote = repost = False
    for kind, _ in post.referenced:
        if kind == _REPLIED_TO:
            reply = True
        elif kind == _QUOTED:
            quote = True
        elif kind == _RETWEETED:
            repost = True
    if post.in_reply_to_user_id is not None:
        # A reply to oneself continues a thread: it is judged on its text like any post.
        reply = post.in_reply_to_user_id != post.author_id
    repost = repost or retweet
    poll = post.has_poll
    language = _language(tokens, low, post.lang)
    if language is None:
        key: _LabelsKey = (None, False, False, poll, reply, quote, repost, False, False)
        return _LABELS.get(key) or _new_labels(key)

    tables = _TABLES[language]
    promo, conv, divisive, _, _, cues = _score(tokens, tables)
    asks = "?" in low or "¿" in low
    promotional = False
    if not (reply or repost or poll):  # only a post of its own can be promotional: weigh the rest of the evidence
        signals = _own_post_signals(post, prepared, tables, (promo, conv, divisive, cues), quote, own_domains)
        promotional = bool(signals[2]) if _MODEL is None else _MODEL.promotional(tokens, language, signals)
    question = poll or (asks and not promotional and not repost)
    divisive_ = divisive >= DIVISIVE_MIN
    key = (language, promotional, question, poll, reply, quote, repost, divisive_, True)
    return _LABELS.get(key) or _new_labels(key)


def promotional_signals(post: Post, own_domains: Iterable[str] = ()) -> tuple[str, list[bytes], Signals] | None:
    """What the promotional decision of a post of its own is made from: its language, its words and
    the rules' evidence (see `promotional_model.SIGNALS`); None when the text cannot be judged. The
    post's structure is not looked at: the training script learns from the posts that can be promotional."""
    prepared = _prepare(post.text)
    low, tokens, *_ = prepared
    language = _language(tokens, low, post.lang)
    if language is None:
        return None
    tables = _TABLES[language]
    promo, conv, divisive, _, _, cues = _score(tokens, tables)
    quote = any(kind == _QUOTED for kind, _ in post.referenced)
    signals = _own_post_signals(post, prepared, tables, (promo, conv, divisive, cues), quote, own_domains)
    return language, tokens, signals


def _own_post_signals(
    post: Post,
    prepared: _Text,
    tables: _Tables,
    scores: tuple[float, float, float, int],
    quote: bool,
    own_domains: Iterable[str],
) -> Signals:
    low, tokens, domains, mentions, leading_mention, _ = prepared
    return _signals(low, tokens, domains, post.urls, mentions, leading_mention, quote, own_domains, tables, scores)


Signals = tuple[float, float, float, float, float, float, float, float, float, float, float, float]


def _signals(
    low: str,
    tokens: list[bytes],
    domains: list[str],
    urls: Sequence[str],
    mentions: int,
    leading_mention: bool,
    quote: bool,
    own_domains: Iterable[str],
    tables: _Tables,
    scores: tuple[float, float, float, int],
) -> Signals:
    """The rules' evidence that a post of its own is promotional, in the order of `promotional_model.SIGNALS`."""
    promo, conv, divisive, cues = scores
    pitch = False
    if "?" in low or "¿" in low:
        cues |= _ASKS
        answer = _answer(low)
        if len(answer) >= RHETORICAL_TAIL:
            conv += RHETORICAL_QUESTION
            if divisive < DIVISIVE_MIN and _cues_in(_words(" ".join(answer)), tables) & _OURS:
                cues |= _PITCH  # (in a post about politics, "Our officers are heroes" is an opinion)
                pitch = True
        else:
            conv += QUESTION_MARK
    if mentions:
        cues |= _NAMES_SOMEONE
    if cues:
        promo += (_CUE_SUMS.get(cues) or _cue_weights(cues))[0]
    price = _price_signal(low)
    promo += price
    if urls:
        domains = domains + [_domain(url) for url in urls]
    link_promo = link_conv = 0.0
    if domains:
        link_promo, link_conv = _link_signal(domains, own_domains)
        promo += link_promo
        conv += link_conv
    if mentions:
        if leading_mention:
            conv += LEADING_MENTION
        conv += BODY_MENTION * min(2, mentions - (1 if leading_mention else 0))
    if quote:
        conv += QUOTE_BIAS
    rules = promo >= PROMO_MIN and promo - conv >= PROMO_MARGIN
    return (
        min(promo, SUM_CAP) / SUM_SCALE,
        min(conv, SUM_CAP) / SUM_SCALE,
        float(rules),
        float(price >= PRICE),
        link_promo / OWN_LINK,
        link_conv / NEWS_LINK,
        float(bool(cues & _ASKS)),
        float(pitch),
        float(quote),
        float(mentions > 0),
        float("!" in low),
        float(_DIGIT_RE.search(low) is not None),
    )


ComplaintSignals = tuple[
    float, float, float, float, float, float, float, float, float, float, float, float, float, float, float
]
_ComplaintParts = tuple[float, float, float, float, bool, bool]
"""A mention's complaint score in one language, and what it is made of: the complaint words'
evidence, the praise words' (below zero), the word classes' (CUE_RULES), irony, and a "but"."""


def complaint_score(text: str, lang: str | None = None) -> float:
    """How much a mention reads as a complaint; the rules' `is_complaint` compares it with COMPLAINT_MIN."""
    found = _complaint_evidence(text, lang)
    return 0.0 if found is None else found[2][0]


def complaint_signals(text: str, lang: str | None = None) -> tuple[str, list[bytes], ComplaintSignals] | None:
    """What the complaint decision is made from: the language the mention is read in, its words and
    the rules' evidence (see `complaint_model.SIGNALS`); None when it has no words. When the language
    is neither given nor told, the mention is read in the language where it sounds most like a complaint."""
    found = _complaint_evidence(text, lang)
    if found is None:
        return None
    language, tokens, parts, low, duration, clock, price, angry, happy = found
    score, words, praise, classes, ironic, contrast = parts
    signals = (
        max(-SUM_CAP, min(score, SUM_CAP)) / SUM_SCALE,
        float(score >= COMPLAINT_MIN),
        min(words, SUM_CAP) / SUM_SCALE,
        max(praise, -SUM_CAP) / SUM_SCALE,
        classes / SUM_SCALE,
        float(ironic),
        float(contrast),
        float(duration),
        float(clock),
        float(price),
        float(angry),
        float(happy),
        float("?" in low or "¿" in low),
        float("!" in low),
        float(_DIGIT_RE.search(low) is not None),
    )
    return language, tokens, signals


def _complaint_evidence(
    text: str, lang: str | None
) -> tuple[str, list[bytes], _ComplaintParts, str, bool, bool, bool, int, int] | None:
    """(language, words, the rules' parts, folded text, a time it took, a time of day, a price, angry and
    happy emoji kinds), or None for a mention without words."""
    low, tokens, *_ = _prepare(text)
    if not tokens:
        return None
    usable, language = _HINTS.get(lang) or _hint_language(lang)
    if not usable:
        language = _detect(tokens, low)
    facts = praise = 0.0  # what the words do not tell: times, prices, emoji
    ironic = angry = happy = 0
    duration = clock = False
    time = _TIME_RE.search(low)
    if time is not None:
        clock = bool(time.group(2))
        duration = not clock
        facts += CLOCK if clock else DURATION_FOR if time.group(1) else DURATION
    price = _names_price(low)
    if price:
        facts += MENTION_PRICE
    if not text.isascii():
        for emoji in ANGRY_EMOJI:
            if emoji in text:
                facts += ANGRY
                angry += 1
        for emoji in HAPPY_EMOJI:
            if emoji in text:
                praise += HAPPY
                happy += 1
        for emoji in IRONIC_EMOJI:
            if emoji in text:
                ironic = _IRONY
    if language is not None:
        parts = _complaint(tokens, _TABLES[language], facts, praise, ironic)
    else:
        language, parts = max(
            ((code, _complaint(tokens, _TABLES[code], facts, praise, ironic)) for code in LANGUAGES),
            key=lambda found: found[1][0],
        )
    return language, tokens, parts, low, duration, clock, price, angry, happy


def _complaint(tokens: list[bytes], tables: _Tables, facts: float, praise: float, ironic: int) -> _ComplaintParts:
    """A mention's complaint score in one language, and its parts (see `_ComplaintParts`).

    "But" sets praise against a grievance, and what follows it is what the customer means: praise
    before it does not cancel a grievance after it ("lovely cake, but the cream was sour"), and a
    grievance before it counts less against praise after it ("long queue, but worth it"). Praise
    only weakens a complaint that is clear on its own (mixed reviews), and counts as complaint when
    the mention is ironic ("thanks a lot eh, an hour for two pizzas").
    """
    cut = 0
    if not tables.contrast.isdisjoint(tokens):
        cut = max(index for index, token in enumerate(tokens) if token in tables.contrast)
    _, _, _, complaint, said, cues = _score(tokens[cut + 1 :] if cut else tokens, tables)
    if cut:
        _, _, _, before, praised, before_cues = _score(tokens[:cut], tables)
        cues |= before_cues
        if complaint > 0:  # a grievance after "but": the praise before it is dropped
            complaint += before
        elif said < 0:  # praise after "but": a grievance before it is conceded
            complaint += BEFORE_CONTRAST * before
        else:
            complaint += before
            said += praised
    words = complaint
    complaint += facts
    praise += said
    cues |= ironic
    classes = 0.0
    if cues:
        classes = (_CUE_SUMS.get(cues) or _cue_weights(cues))[1]
        complaint += classes
    irony = bool(cues & _IRONY)
    if irony and complaint > 0:
        score = complaint - praise
    elif complaint >= CLEAR_COMPLAINT:
        score = complaint + PRAISE_IN_COMPLAINT * praise
    else:
        score = complaint + praise
    return score, words, said, classes, irony, bool(cut)


def is_complaint(text: str, lang: str | None = None) -> bool:
    """Whether a mention reads as a complaint: a late order, cold food, rude staff, a refund,
    "never again", "disappointed"... `lang` is the post's language or X's `lang`, if known.

    The decision is learnt (see `bot.analysis.complaint_model`) from the rules' evidence and the
    mention's words; without the model file, the rules decide alone."""
    if _COMPLAINT_MODEL is None:
        return complaint_score(text, lang) >= COMPLAINT_MIN
    found = complaint_signals(text, lang)
    if found is None:
        return False
    language, tokens, signals = found
    return _COMPLAINT_MODEL.complaint(tokens, language, signals)
