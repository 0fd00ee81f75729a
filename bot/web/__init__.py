"""The ASGI app: webhooks, sign-in callbacks, health and metrics."""
