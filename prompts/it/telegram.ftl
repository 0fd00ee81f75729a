## Telegram: ciò che dice solo il lato Telegram del coach.

telegram-group-hello = Ciao a tutti! Sono nudgebird, un coach per le piccole imprese su X. Qui rispondo ai comandi rivolti a me, come /help@{ $bot }. L'analisi dell'account di ciascuno resta privata: la mando in chat privata, mai qui.
telegram-file-too-big = Questo file è troppo grande per me: Telegram permette ai bot di scaricare file fino a { $megabytes } MB. Puoi mandarne uno più piccolo (per esempio un archivio zip)?
telegram-open-private-chat = Non posso ancora scriverti in privato, e quello che hai chiesto riguarda il tuo account. Apri una chat privata con me (pulsante qui sotto, poi Avvia) e chiedimelo lì.
telegram-button-private-chat = Apri una chat privata
