"""What the service counts, in Prometheus terms, on one registry of its own.

The module-level `metrics` is the one instance: code where an event happens increments it,
/metrics serves it. It is not the library's global registry, so nothing else leaks in, and
tests read values with `metrics.value(...)` (compare before and after: counters only grow).
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, disable_created_metrics

# No `*_created` timestamp series next to every counter: they only add noise to /metrics.
disable_created_metrics()  # type: ignore[no-untyped-call]


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.updates_handled = Counter(
            "updates_handled", "Messages, buttons and files the coach handled", ["platform"], registry=r
        )
        self.nudges = Counter(
            "nudges", "Daily nudges by outcome (sent, silent, quiet, failed, retry…)", ["outcome"], registry=r
        )
        self.x_requests = Counter("x_requests", "Requests made to X's API while syncing", registry=r)
        self.x_posts_read = Counter("x_posts_read", "Posts and mentions read from X", registry=r)
        self.rate_limited = Counter(
            "platform_429", "429 answers (too many requests) by platform", ["platform"], registry=r
        )
        self.x_token_refreshes = Counter("x_token_refreshes", "X access tokens refreshed", registry=r)
        self.x_disconnections = Counter(
            "x_disconnections", "X accounts disconnected because X refused our tokens", registry=r
        )

    def platform_429(self, platform: str) -> None:
        """A platform (telegram, slack, x) answered 429 Too Many Requests."""
        self.rate_limited.labels(platform=platform).inc()

    def value(self, name: str, **labels: str) -> float:
        """A sample's current value (0 when never incremented), e.g. value("nudges_total", outcome="sent")."""
        return self.registry.get_sample_value(name, labels) or 0.0


metrics = Metrics()
