## Telegram: what only the Telegram side of the coach says.

telegram-group-hello = Hi everyone! I'm nudgebird, a coach for small businesses on X. Here I answer commands addressed to me, like /help@{ $bot }. Each person's account analysis stays private: I send it in a private chat, never here.
telegram-file-too-big = That file is too big for me: Telegram lets bots download files up to { $megabytes } MB. Could you send a smaller one (a zipped archive, for example)?
telegram-open-private-chat = I can't write to you privately yet, and what you asked for is about your own account. Open a private chat with me (button below, then Start) and ask again there.
telegram-button-private-chat = Open a private chat
