"""Precision, recall and F1 of the post classifier on the hand-labelled set, and its speed.

Run from the repository root: python -m benchmarks.classifier_eval [--errors] [--dir DIR]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bot.analysis.classifier import LANGUAGES, classify_post, is_complaint
from bot.analysis.evaluation import (
    EVAL_DIR,
    POST_METRICS,
    Scores,
    complaint_errors,
    evaluate_complaints,
    evaluate_posts,
    load_mentions,
    load_posts,
)


def _cell(scores: Scores) -> str:
    return f"{scores.precision:5.2f} {scores.recall:5.2f} {scores.f1:5.2f}"


def _speed(directory: Path, rounds: int = 200) -> tuple[float, float]:
    posts = [item.to_post(n) for lang in LANGUAGES for n, item in enumerate(load_posts(lang, directory))]
    mentions = [(m.text, m.lang) for m in load_mentions(directory)]
    for post in posts:  # warm the word caches, as a long-running checkup would
        classify_post(post)
    start = time.process_time()
    for _ in range(rounds):
        for post in posts:
            classify_post(post)
    posts_per_second = rounds * len(posts) / (time.process_time() - start)
    start = time.process_time()
    for _ in range(rounds):
        for text, lang in mentions:
            is_complaint(text, lang)
    mentions_per_second = rounds * len(mentions) / (time.process_time() - start)
    return posts_per_second, mentions_per_second


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errors", action="store_true", help="list the misclassified items")
    parser.add_argument("--dir", type=Path, default=EVAL_DIR, help="folder of the jsonl files")
    args = parser.parse_args()

    metrics = (*POST_METRICS, "complaint")
    print(f"{'':5}" + "".join(f"{m:>20}" for m in metrics) + f"{'language':>10}")
    print(f"{'':5}" + f"{'P     R     F1':>20}" * len(metrics) + f"{'acc':>10}")
    complaints = evaluate_complaints(args.dir)
    totals: dict[str, list[float]] = {m: [] for m in metrics}
    for lang in LANGUAGES:
        report = evaluate_posts(lang, args.dir)
        row = {**report.scores, "complaint": complaints[lang]}
        for metric in metrics:
            totals[metric].append(row[metric].f1)
        accuracy = report.language_hits / max(1, report.judgeable_items)
        print(f"{lang:5}" + "".join(f"{_cell(row[m]):>20}" for m in metrics) + f"{accuracy:>10.2f}")
        if args.errors:
            for metric, item, labels in report.errors:
                expected = getattr(item, metric)
                print(f"   ! {metric:15} expected={expected!s:5} lang={labels.language} {item.text!r}")
    print(f"{'macro':5}" + "".join(f"{'F1 ' + format(sum(v) / len(v), '.2f'):>20}" for v in totals.values()))
    if args.errors:
        for mention in complaint_errors(args.dir):
            print(f"   ! complaint       expected={mention.complaint!s:5} {mention.lang} {mention.text!r}")
    posts_per_second, mentions_per_second = _speed(args.dir)
    print(
        f"speed: {posts_per_second:,.0f} posts/s ({1e6 / posts_per_second:.1f} µs/post), "
        f"{mentions_per_second:,.0f} mentions/s for complaints, one core"
    )


if __name__ == "__main__":
    main()
