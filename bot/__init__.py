"""nudgebird: a coach for small businesses on X, living in Telegram and Slack."""
