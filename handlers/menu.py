"""The commands people see in /help and in the platforms' command menus, in this order.

Each name has a description under `command-<name>` in prompts/; a test checks that every
name here is routed and every routed, listed command is here.
"""

MENU: tuple[str, ...] = (
    "start",
    "checkup",
    "connect",
    "demo",
    "disconnect",
    "settings",
    "snooze",
    "stop",
    "resume",
    "language",
    "privacy",
    "export",
    "forget",
    "help",
    "cancel",
)
