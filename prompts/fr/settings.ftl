## /settings, /language, /help et /cancel.

settings-title = Voici ce que je sais de votre entreprise. Appuyez sur un bouton pour modifier une réponse.
settings-line = • { $label } : { $value }
settings-saved = Enregistré.
settings-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
settings-hours = { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
}
label-name = Nom
label-sector = Secteur
label-goals = Objectifs
label-customers = Clients
label-reach = Zone de clientèle
label-onx = Clients sur X
label-minutes = Temps par jour
label-autodms = Messages automatiques
label-timezone = Fuseau horaire
label-nudgetime = Coup de pouce du jour
label-language = Langue

language-choose = Dans quelle langue voulez-vous que je vous parle ?
language-set = C'est fait : désormais, je vous parle en français.
language-en = English
language-it = Italiano
language-fr = Français
language-es = Español

help-intro = Je suis votre coach pour X. Voici ce que vous pouvez me demander :
help-line = /{ $command } — { $about }
help-pending-question = Nous étions au milieu d'une question : répondez-y, ou tapez /cancel.
command-start = commencer, ou reprendre les questions
command-settings = voir et modifier vos réponses
command-language = changer la langue dans laquelle je vous parle
command-help = cette liste
command-cancel = arrêter la question en cours
cancel-nothing = Il n'y a rien à annuler.
cancel-done = C'est arrêté. Vos réponses jusqu'ici sont enregistrées ; /start reprendra là où nous nous étions arrêtés.
label-daysoff = Jours de repos
label-weekly = Bilan de la semaine
weekly-moved = { $chosen }, jour de repos : il arrive avec le coup de pouce suivant ({ $actual })
