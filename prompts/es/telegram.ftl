## Telegram: lo que dice solo el lado Telegram del coach.

telegram-group-hello = ¡Hola a todos! Soy nudgebird, un coach para pequeñas empresas en X. Aquí respondo a los comandos dirigidos a mí, como /help@{ $bot }. El análisis de la cuenta de cada uno es privado: lo envío por chat privado, nunca aquí.
telegram-file-too-big = Ese archivo es demasiado grande para mí: Telegram deja a los bots descargar archivos de hasta { $megabytes } MB. ¿Puedes enviar uno más pequeño (un archivo zip, por ejemplo)?
telegram-open-private-chat = Todavía no puedo escribirte en privado, y lo que pediste es sobre tu propia cuenta. Abre un chat privado conmigo (botón de abajo, luego Iniciar) y pídemelo allí.
telegram-button-private-chat = Abrir un chat privado
