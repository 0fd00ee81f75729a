"""Precision, recall and F1 of the post classifier on the hand-labelled sets, and its speed.

The tuning set (tests/data/classifier_eval), the held-out set (tests/data/classifier_heldout), the second
held-out set (tests/data/classifier_heldout2) and the blind held-out set (tests/data/classifier_heldout3)
are reported apart: the lexicon was developed looking at the first, the promotional and complaint models
are trained on the first three, and only the last was written by people who had seen neither the classifier
nor the other sets, and is never trained on. All follow tests/data/LABELLING.md.
--errors lists the misses of the tuning set only: listing a held-out set's misses would turn it into
tuning data.

Run from the repository root: python -m benchmarks.classifier_eval [--errors] [--dir DIR]
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from collections.abc import Callable
from pathlib import Path

from bot.analysis.classifier import LANGUAGES, classify_post, is_complaint
from bot.analysis.evaluation import (
    BLIND_SET,
    EVAL_DIR,
    HELDOUT_SET,
    POST_METRICS,
    SECOND_HELDOUT_SET,
    TARGET_F1,
    TARGET_METRICS,
    TUNING_SET,
    Scores,
    SetReport,
    complaint_errors,
    evaluate_set,
    load_mentions,
    load_posts,
)

METRICS = (*POST_METRICS, "complaint")


def _cell(scores: Scores) -> str:
    return f"{scores.precision:5.2f} {scores.recall:5.2f} {scores.f1:5.2f}"


def _per_second(work: Callable[[], object], items: int, rounds: int = 9) -> float:
    """Items per second of CPU time (best of `rounds`): what one core can do."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return items / best if best else float("inf")


def _speed(directory: Path) -> tuple[float, float, float, float]:
    """Posts/s without and with X's language hint, mentions/s, and a reference loop's µs."""
    items = [(lang, item) for lang in LANGUAGES for item in load_posts(lang, directory)]
    posts = [item.to_post(n) for n, (_, item) in enumerate(items)]
    hinted = [dataclasses.replace(post, lang=lang) for post, (lang, _) in zip(posts, items, strict=True)]
    mentions = [(m.text, m.lang) for m in load_mentions(directory)]
    for post in posts:  # warm the word caches, as a long-running service would
        classify_post(post)
    repeat = 20
    count = repeat * len(posts)
    without_hint = _per_second(lambda: [classify_post(p) for _ in range(repeat) for p in posts], count)
    with_hint = _per_second(lambda: [classify_post(p) for _ in range(repeat) for p in hinted], count)
    complaints = _per_second(
        lambda: [is_complaint(t, lang) for _ in range(repeat) for t, lang in mentions], repeat * len(mentions)
    )
    reference = 1e6 / _per_second(lambda: [sum(range(1000)) for _ in range(1000)], 1000)
    return without_hint, with_hint, complaints, reference


def render(report: SetReport, errors: bool = False) -> list[str]:
    """One set's table: P, R and F1 per class and language, macro F1, and the target check."""
    eval_set = report.eval_set
    lines = [
        f"{eval_set.name} — {eval_set.caveat}",
        f"  ({eval_set.directory})",
        f"{'':5}" + "".join(f"{m:>20}" for m in METRICS) + f"{'language':>10}",
        f"{'':5}" + f"{'P     R     F1':>20}" * len(METRICS) + f"{'acc':>10}",
    ]
    totals: dict[str, list[float]] = {m: [] for m in METRICS}
    for lang in LANGUAGES:
        language = report.languages[lang]
        row = {**language.scores, "complaint": report.complaints[lang]}
        for metric in METRICS:
            totals[metric].append(row[metric].f1)
        accuracy = language.language_hits / max(1, language.judgeable_items)
        lines.append(f"{lang:5}" + "".join(f"{_cell(row[m]):>20}" for m in METRICS) + f"{accuracy:>10.2f}")
        if errors:
            for metric, item, labels in language.errors:
                expected = getattr(item, metric)
                lines.append(f"   ! {metric:15} expected={expected!s:5} lang={labels.language} {item.text!r}")
    lines.append(f"{'macro':5}" + "".join(f"{'F1 ' + format(sum(v) / len(v), '.2f'):>20}" for v in totals.values()))
    if errors:
        for mention in complaint_errors(eval_set.directory):
            lines.append(f"   ! complaint       expected={mention.complaint!s:5} {mention.lang} {mention.text!r}")
    checks = []
    for lang in LANGUAGES:
        missed = report.below_target(lang)
        scores = report.languages[lang].scores
        figures = "/".join(f"{scores[m].f1:.2f}" for m in TARGET_METRICS)
        checks.append(f"{lang} {'met' if not missed else 'MISSED'} ({figures})")
    lines.append(f"target F1 ≥ {TARGET_F1:.2f} on {' and '.join(TARGET_METRICS)}: " + ", ".join(checks))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errors", action="store_true", help="list the tuning set's misclassified items")
    parser.add_argument("--dir", type=Path, default=EVAL_DIR, help="folder of the tuning set's jsonl files")
    args = parser.parse_args()

    tuning = dataclasses.replace(TUNING_SET, directory=args.dir)
    print("\n".join(render(evaluate_set(tuning), args.errors)))
    for eval_set in (HELDOUT_SET, SECOND_HELDOUT_SET, BLIND_SET):
        print()
        print("\n".join(render(evaluate_set(eval_set))))
    print()
    without_hint, with_hint, complaints_per_second, reference = _speed(args.dir)
    print(
        f"speed (CPU time, one core, tuning set): {without_hint:,.0f} posts/s ({1e6 / without_hint:.1f} µs/post) "
        f"detecting the language, {with_hint:,.0f} posts/s ({1e6 / with_hint:.1f} µs/post) with X's lang; "
        f"{complaints_per_second:,.0f} mentions/s for complaints"
    )
    print(f"machine reference: sum(range(1000)) takes {reference:.1f} µs here (5-8 µs on an idle core)")


if __name__ == "__main__":
    main()
