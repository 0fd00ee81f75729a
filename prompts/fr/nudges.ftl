## Le coup de pouce quotidien et ses commandes (/stop, /resume, /snooze). Chaque sujet a trois formulations :
## 1 le dit simplement, 2 y revient le lendemain, 3 l'aborde sous un autre angle le troisième jour.

command-stop = mettre en pause les coups de pouce quotidiens
command-resume = relancer les coups de pouce quotidiens
command-snooze = pas de coup de pouce pendant un jour ou une semaine

nudges-stopped = Coups de pouce en pause. Je ne vous écrirai plus en premier tant que vous n'aurez pas tapé /resume.
nudges-resumed = Les coups de pouce reprennent.
snooze-how-long = Combien de temps dois-je me faire discret ?
button-snooze-day = Un jour
button-snooze-week = Une semaine
snoozed-day = Entendu, je saute le prochain coup de pouce.
snoozed-week = Entendu, je me fais discret pendant une semaine.
nudge-next = { $when ->
    [today] Prochain coup de pouce : aujourd'hui à { $time }.
    [tomorrow] Prochain coup de pouce : demain à { $time }.
    [mon] Prochain coup de pouce : lundi à { $time }.
    [tue] Prochain coup de pouce : mardi à { $time }.
    [wed] Prochain coup de pouce : mercredi à { $time }.
    [thu] Prochain coup de pouce : jeudi à { $time }.
    [fri] Prochain coup de pouce : vendredi à { $time }.
    [sat] Prochain coup de pouce : samedi à { $time }.
    [sun] Prochain coup de pouce : dimanche à { $time }.
    [stopped] Les coups de pouce sont en pause : tapez /resume pour les réactiver.
    [none] Aucun coup de pouce prévu : tous les jours de la semaine sont des jours de repos. Vous pouvez changer cela dans /settings.
   *[other] Prochain coup de pouce : le { $date } à { $time }.
}
nudge-done-thanks = Bravo ! C'est comme ça qu'un compte grandit.
mentions-none-waiting = Personne n'attend de réponse pour le moment. 👏
mentions-waiting = { $count ->
    [one] { $count } mention vous attend :
   *[other] { $unhappy ->
        [0] { $count } mentions vous attendent ; voici les { $shown } plus anciennes :
       *[other] { $count } mentions vous attendent ; en voici { $shown }, les clients mécontents d'abord :
    }
}
button-open-mention = { $unhappy ->
    [yes] Ouvrir #{ $n } ({ $day }, client mécontent)
   *[no] Ouvrir #{ $n } ({ $day })
}
button-show-mentions = Voir les mentions
button-snooze = Plus tard
button-stop-nudges = Stop aux coups de pouce

nudge-mentions-1 = { $count ->
    [one] { $count } mention attend une réponse depuis le { $since }.
   *[other] { $count } mentions attendent une réponse depuis le { $since }.
} Un petit merci ou une courte réponse suffit : les gens apprécient qu'une entreprise leur réponde.
nudge-mentions-2 = { $count ->
    [one] La mention du { $since } n'a toujours pas de réponse.
   *[other] Ces { $count } mentions (la plus ancienne date du { $since }) n'ont toujours pas de réponse.
} Cinq minutes maintenant, et c'est réglé.
nudge-mentions-3 = Chaque mention, c'est quelqu'un qui engage la conversation avec vous. { $count ->
    [one] Une est encore ouverte, depuis le { $since } :
   *[other] { $count } sont encore ouvertes, la plus ancienne depuis le { $since } :
} commencez par là aujourd'hui.
nudge-mentions-unhappy-1 = { $count ->
    [one] { $count } mention attend une réponse depuis le { $since }, et elle semble venir d'un client mécontent.
   *[other] { $count } mentions attendent une réponse depuis le { $since }, et l'une d'elles semble venir d'un client mécontent.
} Répondez-y en premier : remerciez, et proposez de régler ça en message privé.
nudge-mentions-unhappy-2 = Le client mécontent du { $since } attend toujours. Une réponse calme et rapide en public, puis un message privé : c'est ainsi qu'une réclamation se transforme en confiance.
nudge-mentions-unhappy-3 = { $count ->
    [one] Une réclamation attend depuis le { $since }.
   *[other] { $count } mentions sont ouvertes depuis le { $since }, dont une réclamation.
} Votre façon de répondre, tout le monde la lit, pas seulement le client : aujourd'hui, une réponse aimable.

nudge-silent-1 = { $days ->
    [one] Vous n'avez rien publié depuis { $days } jour.
   *[other] Vous n'avez rien publié depuis { $days } jours.
} Partagez quelque chose de simple aujourd'hui : ce qui sort du four, ce qui est en vitrine ou sur votre bureau.
nudge-silent-2 = { $days ->
    [one] Toujours rien depuis hier.
   *[other] Toujours rien : voilà { $days } jours.
} Une photo et une phrase, ça compte déjà comme une publication.
nudge-silent-3 = Un compte qui se tait est un compte qu'on oublie. Posez une question à vos abonnés aujourd'hui : c'est la publication la plus facile à écrire.
nudge-cadence-1 = Cette semaine, vos publications restent en dessous de votre objectif de { $target } par jour : { $week } au total. Choisissez un moment de la journée que vous réservez toujours à X.
nudge-cadence-2 = Vous êtes toujours en dessous de votre rythme cette semaine (vous en êtes à { $week }). Écrivez deux publications maintenant et programmez-en une pour demain.
nudge-cadence-3 = Mieux vaut un rythme régulier que des rafales. Que pourriez-vous partager chaque jour sans effort ? Un « aujourd'hui à la boutique » quotidien marche très bien.
nudge-slow-1 = Vous répondez aux mentions en { $hours } heures environ. Essayez de répondre dans la journée : une réponse rapide montre que vous êtes à l'écoute.
nudge-slow-2 = Vos réponses prennent toujours { $hours } heures environ. Activez les notifications pour les mentions, et répondez en deux lignes.
nudge-slow-3 = Répondre vite, c'est la façon la moins chère de se démarquer. Consultez vos mentions chaque jour à la même heure.
nudge-argument-1 = Un échange a fait { $exchanges } allers-retours avec la même personne. Remerciez-la, et poursuivez en message privé ou par téléphone.
nudge-argument-2 = Ce long échange en public est toujours ouvert. Un dernier mot aimable et un « parlons-en en privé » le referment en beauté.
nudge-argument-3 = X est fait pour ouvrir des conversations, beaucoup moins pour clore des disputes : poursuivez celle-ci en message privé.
nudge-following-1 = Vous vous êtes abonné à { $jump } comptes en une seule journée. Cent personnes qui s'intéressent à vous valent mieux que dix mille inconnus : abonnez-vous à la main, aux gens avec qui vous échangez.
nudge-following-2 = S'abonner à beaucoup de comptes d'un coup, ça ressemble à du spam, pour X comme pour les gens. Ralentissez, et suivez ceux qui parlent de votre métier.
nudge-following-3 = Allez chercher vos clients là où ils discutent (recherches sur votre ville, conversations de votre secteur) et abonnez-vous à eux un par un.
nudge-disconnected = X ne me laisse plus lire @{ $username } : je ne vois donc plus les nouveautés. Reconnectez-le quand vous aurez une minute.
nudge-stale = (Je n'ai pas pu joindre X à l'instant : ceci repose sur ce que j'ai vu { $hours ->
    [one] il y a { $hours } heure
   *[other] il y a { $hours } heures
}.)
nudge-unknown-zone = Je ne reconnais plus le fuseau horaire « { $zone } », je vous envoie donc les coups de pouce à l'heure UTC. Indiquez-le à nouveau dans /settings.
