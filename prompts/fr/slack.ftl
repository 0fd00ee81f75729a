## Slack : l'onglet Accueil, la commande slash et le récapitulatif d'équipe.

slack-answered-in-dm = Je vous ai répondu dans nos messages directs.
slack-guest = J'accompagne les membres de l'espace de travail qui m'a ajouté. Demandez à votre propre espace de travail d'ajouter nudgebird, et je vous y accompagnerai avec plaisir.

slack-home-title = nudgebird, votre coach pour X
slack-home-business = *Entreprise :* { $name }
slack-home-onboarding = { $state ->
    [done] *Profil :* complet
    [progress] *Profil :* à mi-chemin, vos réponses sont enregistrées
   *[new] *Profil :* pas encore commencé
}
slack-home-language = *Langue :* { $language }
slack-home-next-nudge = *Prochain rappel :* { $day ->
    [today] aujourd'hui
    [tomorrow] demain
   *[later] { $date }
} à { $time } ({ $zone })
slack-home-no-nudge = *Rappel quotidien :* désactivé
slack-home-x-account = *Compte X :* @{ $handle }
slack-home-checkup = *Dernier bilan :* { $score }/100
slack-home-button-start = { $state ->
    [done] Revoir mes réponses
    [progress] Continuer
   *[new] Commencer
}
slack-home-button-settings = Mes réponses
slack-home-button-language = Langue
slack-home-digest = *Récapitulatif d'équipe* (administrateurs) : le canal où je publie, une fois par jour, les mentions qui attendent encore une réponse.
slack-home-digest-placeholder = Choisir un canal

slack-digest-current = Le récapitulatif d'équipe est publié dans { $channel }.
slack-digest-usage = Pour choisir le canal du récapitulatif d'équipe : `/nudgebird digest #canal`. Pour l'arrêter : `/nudgebird digest off`.
slack-digest-off = Le récapitulatif d'équipe est désactivé : je ne publierai dans aucun canal.
slack-digest-admins-only = Seul un administrateur de l'espace de travail peut choisir le canal du récapitulatif d'équipe.
slack-digest-cannot-post = Je ne peux pas écrire dans ce canal. Invitez-moi d'abord (`/invite @nudgebird`), puis choisissez-le à nouveau.
slack-digest-hello = Bonjour ! { $who } a choisi ce canal pour le récapitulatif quotidien de l'équipe : une fois par jour, je publierai les mentions qui attendent encore une réponse, pour que vous puissiez vous les partager.
slack-digest-chosen = C'est fait : le récapitulatif d'équipe sera publié dans { $channel }.
slack-digest-unanswered = { $count ->
    [one] Une mention sans réponse { $since } — qui s'en charge ?
   *[other] { $count } mentions sans réponse { $since } — qui s'en charge ?
}
slack-digest-since = { $weekday ->
    [today] depuis aujourd'hui
    [mon] depuis lundi
    [tue] depuis mardi
    [wed] depuis mercredi
    [thu] depuis jeudi
    [fri] depuis vendredi
    [sat] depuis samedi
    [sun] depuis dimanche
   *[other] depuis le { DATETIME($date) }
}
slack-digest-more = { $count ->
    [one] …et une autre.
   *[other] …et { $count } autres.
}
slack-digest-open = Ouvrir sur X
slack-digest-take = Je m'en charge
slack-digest-taken = { $who } s'en charge. Merci !
slack-digest-already-taken = { $who } s'en charge déjà.
slack-digest-not-yours = Ce récapitulatif appartient à un autre espace de travail : seuls ses membres peuvent le prendre en charge.

## L'installation de l'app : les pages affichées dans le navigateur.

slack-install-title = Ajouter nudgebird à Slack
slack-install-intro = nudgebird accompagne votre entreprise sur X depuis Slack : chaque membre qui le souhaite reçoit un rappel quotidien dans ses messages directs, et l'équipe peut se partager les mentions qui attendent une réponse.
slack-install-button = Ajouter à Slack
slack-installed-title = nudgebird est installé
slack-installed = nudgebird est maintenant installé dans { $workspace }. Ouvrez Slack et écrivez à nudgebird dans ses messages directs (rubrique Apps) pour commencer.
slack-installed-open = Ouvrir nudgebird dans Slack
slack-install-problem-title = L'installation n'a pas abouti
slack-install-invalid = Ce lien d'installation est inconnu ou a déjà servi, donc rien n'a été installé. Recommencez depuis la page d'installation.
slack-install-expired = Ce lien d'installation a expiré (il n'est valable que 10 minutes), donc rien n'a été installé. Recommencez depuis la page d'installation.
slack-install-browser = Cette installation a été lancée depuis un autre navigateur, donc rien n'a été installé. Recommencez depuis la page d'installation, dans ce navigateur.
slack-install-denied = Vous n'avez pas autorisé nudgebird dans l'espace de travail, donc rien n'a été installé. Vous pouvez recommencer quand vous le souhaitez.
slack-install-slack-error = Slack n'a pas terminé l'installation, donc rien n'a été installé. Réessayez dans quelques minutes.
slack-install-unavailable = Un problème est survenu de notre côté et rien n'a été installé. Réessayez dans quelques minutes.
slack-install-again = Recommencer
