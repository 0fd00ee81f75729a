"""Training of the complaint model (bot/analysis/complaint_model.json), and its cross-validation.

The pool is the mentions (complaints.jsonl) of the tuning set and the first two held-out sets of
tests/data (LABELLING.md), each read in its labelled language, as the benchmark reads it. The blind
held-out set, tests/data/classifier_heldout3, is never read here.

    python -m bot.analysis.train_complaint          # train on the whole pool, write the model
    python -m bot.analysis.train_complaint --cv     # k-fold cross-validation: rules vs model

Cross-validation folds are stratified by language and label, over two fold seeds; it chooses the
regularisation and the decision threshold by the mean over languages of complaint F1. The fit, the
folds and the file are those of `bot.analysis.training` (the promotional model's): each mention is
learnt with all the rules' evidence and again without the lexicon's, and the same data gives the
same file. The rules were written looking at these very mentions, so their cross-validation figure
is an in-sample one, flattering them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from bot.analysis import training
from bot.analysis.classifier import LANGUAGES, ComplaintSignals, complaint_signals
from bot.analysis.complaint_model import MODEL_PATH, SIGNALS
from bot.analysis.evaluation import (
    HELDOUT_SET,
    SECOND_HELDOUT_SET,
    TUNING_SET,
    EvalMention,
    EvalSet,
    Scores,
    load_mentions,
)
from bot.analysis.text_model import text_features
from bot.analysis.training import FOLDS, SEED, Fitted, logit

POOL: tuple[EvalSet, ...] = (TUNING_SET, HELDOUT_SET, SECOND_HELDOUT_SET)
SEEDS = (SEED, SEED + 1)
# Chosen by cross-validation (--cv): L2 penalty per example, minimum number of pooled mentions a
# feature must appear in, and the probability from which a mention is a complaint.
PENALTY = 1e-3
MIN_MENTIONS = 2
THRESHOLD = 0.4
PENALTIES = (1e-3, 3e-3, 1e-2, 3e-2)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
LEXICON_SIGNALS = ("complaint_score", "rules_say_complaint", "complaint_words", "praise_words", "word_classes")


@dataclass(frozen=True, slots=True)
class Example:
    """One pooled mention, and, when it has words, what the model learns from."""

    lang: str  # its labelled language
    source: str  # the name of its set
    item: EvalMention
    features: list[str]
    signals: ComplaintSignals | None

    @property
    def label(self) -> bool:
        return self.item.complaint


def pooled_examples(sets: Sequence[EvalSet] = POOL) -> list[Example]:
    examples = []
    for eval_set in sets:
        for item in load_mentions(eval_set.directory):
            found = complaint_signals(item.text, item.lang)
            if found is None:
                examples.append(Example(item.lang, eval_set.name, item, [], None))
            else:
                language, tokens, signals = found
                examples.append(Example(item.lang, eval_set.name, item, text_features(tokens, language), signals))
    return examples


def fit(examples: Sequence[Example], penalty: float, min_mentions: int = MIN_MENTIONS) -> Fitted:
    lexicon = [SIGNALS.index(name) for name in LEXICON_SIGNALS]
    return training.fit(examples, len(SIGNALS), lexicon, penalty, min_mentions)


def scores(examples: Sequence[Example], predicted: Sequence[bool]) -> dict[str, Scores]:
    """Complaint scores per language, as the benchmark counts them."""
    found = {lang: Scores() for lang in LANGUAGES}
    for example, complaint in zip(examples, predicted, strict=True):
        found[example.lang].add(example.label, complaint)
    return found


def rules(examples: Sequence[Example]) -> list[bool]:
    return [e.signals is not None and bool(e.signals[SIGNALS.index("rules_say_complaint")]) for e in examples]


def _summary(found: dict[str, Scores]) -> str:
    return "  ".join(f"{lang} {found[lang].f1:.3f}" for lang in LANGUAGES) + f"  mean {_quality(found):.4f}"


def _quality(found: dict[str, Scores]) -> float:
    """What cross-validation maximises: the mean over languages of complaint F1."""
    return sum(s.f1 for s in found.values()) / len(found)


def cross_validate(examples: Sequence[Example], seeds: Iterable[int] = SEEDS) -> None:
    print(f"rules (in-sample)                  complaint F1: {_summary(scores(examples, rules(examples)))}")
    means: dict[tuple[float, float], list[dict[str, Scores]]] = {}
    for seed in seeds:
        assigned = training.folds(examples, FOLDS, seed)
        for penalty in PENALTIES:
            logits = training.out_of_fold_logits(examples, assigned, partial(fit, penalty=penalty))
            for threshold in THRESHOLDS:
                found = scores(examples, [value >= logit(threshold) for value in logits])
                means.setdefault((penalty, threshold), []).append(found)
                print(f"seed {seed} penalty {penalty:<5g} threshold {threshold}: {_summary(found)}", flush=True)
    print("over the seeds:")
    for (penalty, threshold), runs in means.items():
        per_language = "  ".join(f"{lang} {sum(r[lang].f1 for r in runs) / len(runs):.3f}" for lang in LANGUAGES)
        mean = sum(_quality(r) for r in runs) / len(runs)
        print(f"penalty {penalty:<5g} threshold {threshold}: {per_language}  mean {mean:.4f}")
    leave_each_set_out(examples)


def leave_each_set_out(examples: Sequence[Example]) -> None:
    """The chosen settings trained without one held-out set and scored on it: mentions written apart
    from the training ones, a harder test than folds of the pool (whose sets each share a style)."""
    print(f"each held-out set left out (penalty {PENALTY:g}, threshold {THRESHOLD}):")
    for left_out in POOL[1:]:
        kept = [e for e in examples if e.source != left_out.name and e.signals is not None]
        tested = [e for e in examples if e.source == left_out.name]
        predicted = [value >= logit(THRESHOLD) for value in fit(kept, PENALTY).logits(tested)]
        print(f"  {left_out.name:<20} rules {_summary(scores(tested, rules(tested)))}")
        print(f"  {'':<20} model {_summary(scores(tested, predicted))}")


def train(examples: Sequence[Example]) -> dict[str, object]:
    trainable = [e for e in examples if e.signals is not None]
    fitted = fit(trainable, PENALTY, MIN_MENTIONS)
    settings: dict[str, float | int] = {"penalty": PENALTY, "min_mentions": MIN_MENTIONS}
    return training.model_data(fitted, "train_complaint", POOL, len(trainable), settings, SIGNALS, THRESHOLD)


def write_model(model: dict[str, object], path: Path = MODEL_PATH) -> None:
    training.write_model(model, path)


def main(argv: Sequence[str] | None = None) -> None:
    training.command(argv, __doc__, SEEDS, MODEL_PATH, pooled_examples, cross_validate, train)


if __name__ == "__main__":
    main()
