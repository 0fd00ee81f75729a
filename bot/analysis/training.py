"""What the training scripts of the learnt decisions share: the fit, the folds, the model file.

Training is an L2-regularised logistic regression solved by accelerated gradient descent with
numpy, a fixed number of steps from zero: the same data gives the same file. Each example is
learnt twice, once with all the rules' evidence and once without the evidence that comes from the
lexicon: the rules were written looking at the training texts, so on them that evidence is nearly
always right, and a model learning only from it would copy it and miss, like the rules, what
nobody listed; the copy without it makes the words' weights stand on their own.

Cross-validation folds are stratified by language and label and drawn with a fixed seed.
"""

from __future__ import annotations

import argparse
import json
import math
import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

import numpy as np
import numpy.typing as npt

from bot.analysis.evaluation import EvalSet

SEED = 20261125
FOLDS = 5
STEPS = 600
DIGITS = 4  # weights are written rounded, and those that round to zero are left out

Matrix = npt.NDArray[np.float64]


class Learnable(Protocol):
    """One training example: the rules' evidence (None: nothing to learn from it), its sparse features, its label."""

    @property
    def lang(self) -> str: ...

    @property
    def signals(self) -> Sequence[float] | None: ...

    @property
    def features(self) -> Sequence[str]: ...

    @property
    def label(self) -> bool: ...


_Example = TypeVar("_Example", bound=Learnable)


@dataclass(frozen=True, slots=True)
class Fitted:
    vocabulary: list[str]
    signals: int  # how many there are
    weights: Matrix  # the signals' weights, then the vocabulary's
    bias: float

    def logits(self, examples: Sequence[Learnable]) -> Matrix:
        columns = {name: i for i, name in enumerate(self.vocabulary)}
        return _matrix(examples, self.signals, columns) @ self.weights + self.bias


def _matrix(examples: Sequence[Learnable], signals: int, columns: dict[str, int]) -> Matrix:
    matrix = np.zeros((len(examples), signals + len(columns)))
    for row, example in enumerate(examples):
        assert example.signals is not None
        matrix[row, :signals] = example.signals
        for name in example.features:
            column = columns.get(name)
            if column is not None:
                matrix[row, signals + column] += 1.0
    return matrix


def fit(examples: Sequence[Learnable], signals: int, lexicon: Sequence[int], penalty: float, min_count: int) -> Fitted:
    """L2-regularised logistic regression (the intercept is not penalised), Nesterov-accelerated.

    `signals` is how many rules' signals each example has, `lexicon` the indices of those that come
    from the lexicon (dropped in each example's second copy), `min_count` the number of examples a
    sparse feature must appear in."""
    counts = Counter(name for example in examples for name in set(example.features))
    vocabulary = sorted(name for name, count in counts.items() if count >= min_count)
    x = _matrix(examples, signals, {name: i for i, name in enumerate(vocabulary)})
    without_lexicon = x.copy()
    without_lexicon[:, list(lexicon)] = 0.0
    x = np.vstack([x, without_lexicon])
    y = np.array([float(example.label) for example in examples] * 2)
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
    return Fitted(vocabulary, signals, w, b)


def folds(examples: Sequence[Learnable], k: int = FOLDS, seed: int = SEED) -> list[int]:
    """Each example's fold, stratified by language and label."""
    rng = random.Random(seed)
    assigned = [0] * len(examples)
    groups: dict[tuple[str, bool], list[int]] = {}
    for index, example in enumerate(examples):
        groups.setdefault((example.lang, example.label), []).append(index)
    offset = 0
    for key in sorted(groups):
        members = groups[key]
        rng.shuffle(members)
        for position, index in enumerate(members):
            assigned[index] = (offset + position) % k
        offset += len(members)
    return assigned


def out_of_fold_logits(
    examples: Sequence[_Example],
    assigned: Sequence[int],
    fit_fold: Callable[[Sequence[_Example]], Fitted],
    k: int = FOLDS,
) -> list[float]:
    """Each example's logit from a model fitted on the other folds; -inf for those with nothing to learn from."""
    logits = [-math.inf] * len(examples)
    for fold in range(k):
        train = [e for e, f in zip(examples, assigned, strict=True) if f != fold and e.signals is not None]
        test = [
            i for i, (e, f) in enumerate(zip(examples, assigned, strict=True)) if f == fold and e.signals is not None
        ]
        fitted = fit_fold(train)
        for index, logit in zip(test, fitted.logits([examples[i] for i in test]), strict=True):
            logits[index] = float(logit)
    return logits


def logit(probability: float) -> float:
    return math.log(probability / (1.0 - probability))


def model_data(
    fitted: Fitted,
    script: str,
    pool: Sequence[EvalSet],
    examples: int,
    settings: dict[str, float | int],
    signals: Sequence[str],
    threshold: float,
) -> dict[str, object]:
    """What a model file holds: where it comes from, its settings, and its weights, rounded."""
    signal_weights = [round(float(w), DIGITS) for w in fitted.weights[: len(signals)]]
    weights = {
        name: rounded
        for name, weight in zip(fitted.vocabulary, fitted.weights[len(signals) :], strict=True)
        if (rounded := round(float(weight), DIGITS)) != 0.0
    }
    runtime = f"bot/analysis/{script.removeprefix('train_')}_model.py"
    return {
        "about": f"Learnt by python -m bot.analysis.{script}; see {runtime}.",
        "trained_on": {s.name: str(s.directory.relative_to(s.directory.parents[2])) for s in pool},
        "examples": examples,
        **settings,
        "signals": list(signals),
        "signal_weights": signal_weights,
        "bias": round(fitted.bias, DIGITS),
        "threshold": round(logit(threshold), DIGITS),
        "weights": weights,
    }


def write_model(model: dict[str, object], path: Path) -> None:
    path.write_text(json.dumps(model, ensure_ascii=True, sort_keys=True, indent=0) + "\n", encoding="utf-8")


def command(
    argv: Sequence[str] | None,
    doc: str,
    seeds: Sequence[int],
    model_path: Path,
    examples: Callable[[], list[_Example]],
    cross_validate: Callable[[list[_Example], Sequence[int]], None],
    train: Callable[[list[_Example]], dict[str, object]],
) -> None:
    """A training script's command line: --cv cross-validates and writes nothing, else the model is written."""
    parser = argparse.ArgumentParser(description=doc.split("\n", 1)[0])
    parser.add_argument("--cv", action="store_true", help="cross-validate rules and model settings, write nothing")
    parser.add_argument("--seeds", type=int, nargs="*", default=list(seeds), help="fold seeds for --cv")
    parser.add_argument("--output", type=Path, default=model_path)
    args = parser.parse_args(argv)
    pooled = examples()
    if args.cv:
        cross_validate(pooled, args.seeds)
        return
    write_model(train(pooled), args.output)
    print(f"wrote {args.output}")

