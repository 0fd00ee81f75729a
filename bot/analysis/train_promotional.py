"""Training of the promotional model (bot/analysis/promotional_model.json), and its cross-validation.

The pool is the tuning set and the first two held-out sets of tests/data (LABELLING.md), every post
that can be promotional: judgeable by the classifier (its language detected) and neither a reply, a
repost nor a poll (those are never promotional, whatever the model says). The blind held-out set,
tests/data/classifier_heldout3, is never read here.

    python -m bot.analysis.train_promotional          # train on the whole pool, write the model
    python -m bot.analysis.train_promotional --cv     # k-fold cross-validation: rules vs model

Cross-validation folds are stratified by language and label and drawn with a fixed seed; it
chooses the regularisation and the decision threshold. Training is an L2-regularised logistic
regression solved by accelerated gradient descent with numpy, a fixed number of steps from zero:
the same data gives the same file.

The rules were written looking at these very posts, so on them the rules' evidence is nearly always
right and a model would learn to copy it, and miss, like the rules, the pitches phrased in ways
nobody listed. Each post is therefore learnt twice: once with all the evidence, once without the
evidence that comes from the lexicon (LEXICON_SIGNALS), so that the words' weights stand on their own.
"""

from __future__ import annotations

import argparse
import json
import math
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

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

POOL: tuple[EvalSet, ...] = (TUNING_SET, HELDOUT_SET, SECOND_HELDOUT_SET)
SEED = 20261125
FOLDS = 5
STEPS = 600
# Chosen by cross-validation (--cv): L2 penalty per example, minimum number of pooled posts a
# feature must appear in, and the probability from which a post is promotional.
PENALTY = 1e-3
MIN_POSTS = 2
THRESHOLD = 0.6
PENALTIES = (1e-3, 3e-3, 1e-2)
THRESHOLDS = (0.4, 0.5, 0.6, 0.7)
LEXICON_SIGNALS = ("promotional_sum", "conversational_sum", "rules_say_promotional", "answers_with_ours")
DIGITS = 4  # weights are written rounded, and those that round to zero are left out

Matrix = npt.NDArray[np.float64]


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


@dataclass(frozen=True, slots=True)
class Fitted:
    vocabulary: list[str]
    weights: Matrix  # the signals' weights, then the vocabulary's
    bias: float

    def logits(self, examples: Sequence[Example]) -> Matrix:
        return _matrix(examples, {name: i for i, name in enumerate(self.vocabulary)}) @ self.weights + self.bias


def _matrix(examples: Sequence[Example], columns: dict[str, int]) -> Matrix:
    matrix = np.zeros((len(examples), len(SIGNALS) + len(columns)))
    for row, example in enumerate(examples):
        assert example.signals is not None
        matrix[row, : len(SIGNALS)] = example.signals
        for name in example.features:
            column = columns.get(name)
            if column is not None:
                matrix[row, len(SIGNALS) + column] += 1.0
    return matrix


def fit(examples: Sequence[Example], penalty: float, min_posts: int) -> Fitted:
    """L2-regularised logistic regression (the intercept is not penalised), Nesterov-accelerated."""
    counts = Counter(name for example in examples for name in set(example.features))
    vocabulary = sorted(name for name, count in counts.items() if count >= min_posts)
    x = _matrix(examples, {name: i for i, name in enumerate(vocabulary)})
    without_lexicon = x.copy()
    without_lexicon[:, [SIGNALS.index(name) for name in LEXICON_SIGNALS]] = 0.0
    x = np.vstack([x, without_lexicon])
    y = np.array([float(example.item.promotional) for example in examples] * 2)
    n = len(y)
    # Step 1/L, L bounding the loss's curvature: a quarter of the largest squared singular value, by power iteration.
    v = np.ones(x.shape[1]) / math.sqrt(x.shape[1])
    for _ in range(50):
        v = x.T @ (x @ v)
        v /= np.linalg.norm(v)
    lipschitz = 0.25 * float(np.linalg.norm(x @ v) ** 2) / n + 0.25 + penalty
    step = 1.0 / lipschitz
    w = np.zeros(x.shape[1])
    b = 0.0
    w_prev, b_prev = w.copy(), b
    for t in range(1, STEPS + 1):
        momentum = (t - 1) / (t + 2)
        yw = w + momentum * (w - w_prev)
        yb = b + momentum * (b - b_prev)
        p = 1.0 / (1.0 + np.exp(-(x @ yw + yb)))
        residual = (p - y) / n
        w_prev, b_prev = w, b
        w = yw - step * (x.T @ residual + penalty * yw)
        b = yb - step * float(residual.sum())
    return Fitted(vocabulary, w, b)


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
    rng = random.Random(seed)
    assigned = [0] * len(examples)
    groups: dict[tuple[str, bool], list[int]] = {}
    for index, example in enumerate(examples):
        groups.setdefault((example.lang, example.item.promotional), []).append(index)
    offset = 0
    for key in sorted(groups):
        members = groups[key]
        rng.shuffle(members)
        for position, index in enumerate(members):
            assigned[index] = (offset + position) % k
        offset += len(members)
    return assigned


def out_of_fold_logits(
    examples: Sequence[Example], assigned: Sequence[int], penalty: float, min_posts: int = MIN_POSTS, k: int = FOLDS
) -> list[float]:
    logits = [-math.inf] * len(examples)  # posts that cannot be promotional stay so
    for fold in range(k):
        train = [e for e, f in zip(examples, assigned, strict=True) if f != fold and e.trainable]
        test = [i for i, (e, f) in enumerate(zip(examples, assigned, strict=True)) if f == fold and e.trainable]
        fitted = fit(train, penalty, min_posts)
        for index, logit in zip(test, fitted.logits([examples[i] for i in test]), strict=True):
            logits[index] = float(logit)
    return logits


def _logit(probability: float) -> float:
    return math.log(probability / (1.0 - probability))


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
                scores = _scores(examples, [logit >= _logit(threshold) for logit in logits])
                print(
                    f"seed {seed} penalty {penalty:g} threshold {threshold}: {_summary(scores)}  "
                    f"mean {_quality(scores):.4f}",
                    flush=True,
                )


def train(examples: Sequence[Example]) -> dict[str, object]:
    fitted = fit([e for e in examples if e.trainable], PENALTY, MIN_POSTS)
    signal_weights = [round(float(w), DIGITS) for w in fitted.weights[: len(SIGNALS)]]
    weights = {
        name: rounded
        for name, weight in zip(fitted.vocabulary, fitted.weights[len(SIGNALS) :], strict=True)
        if (rounded := round(float(weight), DIGITS)) != 0.0
    }
    return {
        "about": "Learnt by python -m bot.analysis.train_promotional; see bot/analysis/promotional_model.py.",
        "trained_on": {s.name: str(s.directory.relative_to(s.directory.parents[2])) for s in POOL},
        "examples": sum(e.trainable for e in examples),
        "penalty": PENALTY,
        "min_posts": MIN_POSTS,
        "signals": list(SIGNALS),
        "signal_weights": signal_weights,
        "bias": round(fitted.bias, DIGITS),
        "threshold": round(_logit(THRESHOLD), DIGITS),
        "weights": weights,
    }


def write_model(model: dict[str, object], path: Path = MODEL_PATH) -> None:
    path.write_text(json.dumps(model, ensure_ascii=True, sort_keys=True, indent=0) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cv", action="store_true", help="cross-validate rules and model settings, write nothing")
    parser.add_argument("--seeds", type=int, nargs="*", default=[SEED], help="fold seeds for --cv")
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    examples = pooled_examples()
    if args.cv:
        cross_validate(examples, args.seeds)
        return
    write_model(train(examples), args.output)
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
