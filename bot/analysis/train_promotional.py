"""Training of the promotional model (bot/analysis/promotional_model.json), and its cross-validation.

The pool is the tuning set and the first two held-out sets of tests/data (LABELLING.md), every post
that can be promotional: judgeable by the classifier (its language detected) and neither a reply, a
repost nor a poll (those are never promotional, whatever the model says). The blind held-out set,
tests/data/classifier_heldout3, is never read here.

    python -m bot.analysis.train_promotional          # train on the whole pool, write the model
    python -m bot.analysis.train_promotional --cv     # k-fold cross-validation: rules vs model

Cross-validation folds are stratified by language and label and drawn with a fixed seed; it
chooses the regularisation and the decision threshold. The fit, the folds and the file are those
of `bot.analysis.training`: the same data gives the same file.

The rules were written looking at these very posts, so on them the rules' evidence is nearly always
right and a model would learn to copy it, and miss, like the rules, the pitches phrased in ways
nobody listed. Each post is therefore learnt twice: once with all the evidence, once without the
evidence that comes from the lexicon (LEXICON_SIGNALS), so that the words' weights stand on their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.analysis import training
from bot.analysis.classifier import LANGUAGES, Signals, promotional_signals
from bot.analysis.evaluation import (
    HELDOUT_SET,
    SECOND_HELDOUT_SET,
    TUNING_SET,
    EvalPost,
    EvalSet,
    Scores,
    load_posts,
)
from bot.analysis.promotional_model import MODEL_PATH, SIGNALS, text_features
from bot.analysis.training import FOLDS, SEED, Fitted, logit

POOL: tuple[EvalSet, ...] = (TUNING_SET, HELDOUT_SET, SECOND_HELDOUT_SET)
# Chosen by cross-validation (--cv): L2 penalty per example, minimum number of pooled posts a
# feature must appear in, and the probability from which a post is promotional.
PENALTY = 1e-3
MIN_POSTS = 2
THRESHOLD = 0.6
PENALTIES = (1e-3, 3e-3, 1e-2)
THRESHOLDS = (0.4, 0.5, 0.6, 0.7)
LEXICON_SIGNALS = ("promotional_sum", "conversational_sum", "rules_say_promotional", "answers_with_ours")


@dataclass(frozen=True, slots=True)
class Example:
    """One pooled post: its labels, and, when it can be promotional, what the model learns from."""

    lang: str  # the language of the file it comes from
    item: EvalPost
    detected: str | None  # the classifier's language, None when it cannot judge the text
    features: list[str]  # empty when the post cannot be promotional
    signals: Signals | None

    @property
    def trainable(self) -> bool:
        return self.signals is not None

    @property
    def label(self) -> bool:
        return self.item.promotional


def pooled_examples(sets: Sequence[EvalSet] = POOL) -> list[Example]:
    examples = []
    number = 0
    for eval_set in sets:
        for lang in LANGUAGES:
            for item in load_posts(lang, eval_set.directory):
                number += 1
                found = promotional_signals(item.to_post(number))
                detected = found[0] if found else None
                if found is None or item.reply or item.repost or item.poll:
                    examples.append(Example(lang, item, detected, [], None))
                else:
                    language, tokens, signals = found
                    examples.append(Example(lang, item, detected, text_features(tokens, language), signals))
    return examples


def fit(examples: Sequence[Example], penalty: float, min_posts: int) -> Fitted:
    lexicon = [SIGNALS.index(name) for name in LEXICON_SIGNALS]
    return training.fit(examples, len(SIGNALS), lexicon, penalty, min_posts)


def _scores(examples: Sequence[Example], predicted: Sequence[bool]) -> dict[str, dict[str, Scores]]:
    """Promotional and conversational scores per language, as the benchmark counts them."""
    scores = {lang: {"promotional": Scores(), "conversational": Scores()} for lang in LANGUAGES}
    for example, promotional in zip(examples, predicted, strict=True):
        judged = example.detected is not None
        scores[example.lang]["promotional"].add(example.item.promotional, promotional)
        scores[example.lang]["conversational"].add(example.item.conversational, judged and not promotional)
    return scores


def folds(examples: Sequence[Example], k: int = FOLDS, seed: int = SEED) -> list[int]:
    """Each example's fold, stratified by language and label."""
    return training.folds(examples, k, seed)


def out_of_fold_logits(
    examples: Sequence[Example], assigned: Sequence[int], penalty: float, min_posts: int = MIN_POSTS, k: int = FOLDS
) -> list[float]:
    """Posts that cannot be promotional stay so (-inf)."""
    return training.out_of_fold_logits(examples, assigned, lambda train: fit(train, penalty, min_posts), k)


def _summary(scores: dict[str, dict[str, Scores]]) -> str:
    return "  ".join(
        f"{lang} {scores[lang]['promotional'].f1:.3f}/{scores[lang]['conversational'].f1:.3f}" for lang in LANGUAGES
    )


def _quality(scores: dict[str, dict[str, Scores]]) -> float:
    """What cross-validation maximises: the mean over languages of promotional and conversational F1."""
    return sum(s["promotional"].f1 + s["conversational"].f1 for s in scores.values()) / (2 * len(scores))


def cross_validate(examples: Sequence[Example], seeds: Iterable[int] = (SEED,)) -> None:
    rules = [e.signals is not None and bool(e.signals[2]) for e in examples]
    print(f"rules            promotional/conversational F1: {_summary(_scores(examples, rules))}")
    for seed in seeds:
        assigned = folds(examples, seed=seed)
        for penalty in PENALTIES:
            logits = out_of_fold_logits(examples, assigned, penalty)
            for threshold in THRESHOLDS:
                scores = _scores(examples, [value >= logit(threshold) for value in logits])
                print(
                    f"seed {seed} penalty {penalty:g} threshold {threshold}: {_summary(scores)}  "
                    f"mean {_quality(scores):.4f}",
                    flush=True,
                )


def train(examples: Sequence[Example]) -> dict[str, object]:
    trainable = [e for e in examples if e.trainable]
    fitted = fit(trainable, PENALTY, MIN_POSTS)
    settings: dict[str, float | int] = {"penalty": PENALTY, "min_posts": MIN_POSTS}
    return training.model_data(fitted, "train_promotional", POOL, len(trainable), settings, SIGNALS, THRESHOLD)


def write_model(model: dict[str, object], path: Path = MODEL_PATH) -> None:
    training.write_model(model, path)


def main(argv: Sequence[str] | None = None) -> None:
    training.command(argv, __doc__, [SEED], MODEL_PATH, pooled_examples, cross_validate, train)


if __name__ == "__main__":
    main()
