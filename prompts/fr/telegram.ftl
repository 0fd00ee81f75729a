## Telegram : ce que seul le côté Telegram du coach dit.

telegram-group-hello = Bonjour à tous ! Je suis nudgebird, un coach pour les petites entreprises sur X. Ici, je réponds aux commandes qui me sont adressées, comme /help@{ $bot }. L'analyse du compte de chacun reste privée : je l'envoie en conversation privée, jamais ici.
telegram-file-too-big = Ce fichier est trop lourd pour moi : Telegram permet aux bots de télécharger des fichiers jusqu'à { $megabytes } Mo. Pourriez-vous en envoyer un plus petit (une archive zip, par exemple) ?
telegram-open-private-chat = Je ne peux pas encore vous écrire en privé, et votre demande concerne votre propre compte. Ouvrez une conversation privée avec moi (bouton ci-dessous, puis Démarrer) et redemandez-le là.
telegram-button-private-chat = Ouvrir une conversation privée
