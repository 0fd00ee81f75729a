## /start : faire connaissance avec votre activité.

welcome = Bonjour ! Je suis nudgebird, votre coach pour X. Je vais vous poser quelques questions rapides pour connaître votre activité, puis je vous dirai franchement ce qui freine votre compte, et je vous donnerai un petit coup de pouce une fois par jour. Vous pourrez modifier chaque réponse plus tard avec /settings.
welcome-back = Bon retour, { $name } ! Je me souviens de vos réponses. /settings vous les montre toutes, sinon nous pouvons les reprendre ensemble.
button-start-over = Reprendre les questions
onboarding-restart = Reprenons les questions. Vos réponses actuelles restent en place jusqu'à ce que vous les remplaciez.
onboarding-resume = Reprenons là où nous nous étions arrêtés.
onboarding-done = Tout est prêt, { $name } ! Prochaine étape : connectez votre compte X avec /connect pour que je puisse voir ce que vous publiez. Vous pouvez revoir vos réponses à tout moment avec /settings.
onboarding-done-offline = Tout est prêt, { $name } ! La connexion à X n'est pas configurée ici : envoyez-moi l'archive de votre compte X (le .zip de « Télécharger une archive de vos données »), ou essayez tout avec le compte de démonstration. /settings montre vos réponses à tout moment.

ask-name = Comment s'appelle votre entreprise ?
expected-name = Écrivez le nom de votre entreprise (lettres ou chiffres, 100 caractères maximum).
expected-name-too-long = C'est un peu long : le nom doit faire moins de 100 caractères.

ask-sector = Que fait votre entreprise ? Choisissez l'option la plus proche, ou décrivez-la avec vos propres mots.
expected-sector = Choisissez l'une des options, ou décrivez votre secteur en quelques mots (64 caractères maximum).
sector-food = Alimentation et boissons
sector-shop = Boutique
sector-beauty = Beauté et bien-être
sector-craft = Artisanat
sector-hospitality = Hôtels et hébergements
sector-agency = Agences et services
sector-health = Santé
sector-other = Autre

ask-goals = Pourquoi votre entreprise est-elle sur X ? Cochez un à trois objectifs, puis appuyez sur Terminé.
expected-goals = Cochez au moins un objectif, puis appuyez sur Terminé (ou écrivez-les, séparés par des virgules).
expected-goals-most = Trois objectifs au maximum : décochez-en un d'abord, ou appuyez sur Terminé.
goals-awareness = Se faire connaître
goals-customers = Trouver des clients
goals-partners = Partenaires commerciaux
goals-expertise = Montrer son savoir-faire
goals-care = Service client
goals-community = Créer une communauté
goals-followers = Plus d'abonnés
tip-goals-followers = C'est noté. Un conseil quand même : avoir des abonnés, ce n'est pas un objectif en soi. Un petit public qui s'intéresse vraiment à vous vaut plus qu'un grand public indifférent. Pensez à ajouter un autre objectif plus tard dans /settings.

ask-customers = Qui sont vos clients ?
expected-customers = Choisissez : particuliers, professionnels, ou les deux.
customers-consumers = Particuliers
customers-businesses = Professionnels
customers-both = Les deux

ask-reach = Où se trouvent-ils ?
expected-reach = Choisissez : local, national ou international.
reach-local = Local
reach-national = National
reach-international = International

ask-onx = Vos clients utilisent-ils vraiment X ?
expected-onx = Répondez oui, non ou je ne sais pas.
onx-yes = Oui
onx-no = Non
onx-unsure = Je ne sais pas
tip-audience-elsewhere = Soyons francs : si vos clients ne sont pas sur X, un autre réseau (Instagram, Facebook, LinkedIn ou Pinterest) vous conviendra peut-être mieux, et c'est un très bon choix. Voulez-vous quand même continuer avec X ?
button-continue-anyway = Continuer quand même
button-stop-here = Arrêter là
onboarding-paused-offx = Entendu. Vos réponses sont enregistrées ; si vous changez d'avis, tapez /start et nous reprendrons.
onboarding-paused-reminder = Nous nous sommes arrêtés au milieu des questions ; vos réponses jusqu'ici sont enregistrées. On continue ? Appuyez sur le bouton ou tapez /start. /help vous montre tout ce que je sais faire d'autre.
button-carry-on = Continuer les questions

ask-minutes = Combien de temps pouvez-vous consacrer à X dans une journée normale ?
expected-minutes = Choisissez une option ou tapez un nombre de minutes entre 1 et 600 (par exemple 20).
minutes-5 = 5 min
minutes-15 = 15 min
minutes-30 = 30 min
minutes-60 = 1 heure
minutes-value = { $minutes ->
    [one] { $minutes } minute par jour
   *[other] { $minutes } minutes par jour
}

ask-autodms = Envoyez-vous des messages automatiques à vos nouveaux abonnés ?
expected-autodms = Répondez oui ou non.
autodms-yes = Oui
autodms-no = Non
tip-autodms = Merci pour votre franchise. Les messages privés automatiques envoyés aux nouveaux abonnés font l'effet de spam, et souvent ils vous font perdre l'abonné. Gardez les messages privés pour parler à une vraie personne, d'un vrai sujet.

ask-timezone = Dans quel fuseau horaire êtes-vous ? Tapez votre ville (par exemple Paris, Lyon, Marseille) ou choisissez ci-dessous.
expected-timezone = Je n'ai pas trouvé ce fuseau horaire. Tapez une ville (comme Paris ou Lyon) ou un nom de fuseau comme Europe/Paris.
expected-timezone-offset = Les décalages fixes comme Etc/GMT+5 ou UTC+1 se lisent facilement à l'envers (Etc/GMT+5 veut dire cinq heures derrière UTC, pas devant) et ignorent l'heure d'été. Tapez plutôt votre ville (comme Rome, Lugano ou New York).
timezone-option = { $zone }

ask-nudgetime = À quelle heure voulez-vous recevoir votre coup de pouce quotidien ? Choisissez une heure ou tapez-la (par exemple 9:15).
expected-nudgetime = Je ne peux pas utiliser cette heure. Tapez une heure entre 00:00 et 23:59 (par exemple 9:15 ou 18), ou choisissez « Pas de coup de pouce ».
nudgetime-0830 = 08:30
nudgetime-0900 = 09:00
nudgetime-1230 = 12:30
nudgetime-1800 = 18:00
nudgetime-none = Pas de coup de pouce

ask-daysoff = Quels jours dois-je vous laisser tranquille ? Cochez-les, puis appuyez sur Terminé (ne cochez rien pour avoir de mes nouvelles tous les jours).
expected-daysoff = Cochez vos jours de repos, puis appuyez sur Terminé.
expected-daysoff-most = Laissez-moi au moins un jour par semaine pour vous donner un coup de pouce : décochez-en un, ou utilisez /stop pour mettre les coups de pouce en pause.
daysoff-0 = Lun
daysoff-1 = Mar
daysoff-2 = Mer
daysoff-3 = Jeu
daysoff-4 = Ven
daysoff-5 = Sam
daysoff-6 = Dim
daysoff-none = aucun

ask-weekly = Quel jour voulez-vous recevoir le graphique de vos progrès de la semaine ?
expected-weekly = Choisissez un jour, ou « Pas de bilan ».
weekly-0 = Lundi
weekly-1 = Mardi
weekly-2 = Mercredi
weekly-3 = Jeudi
weekly-4 = Vendredi
weekly-5 = Samedi
weekly-6 = Dimanche
weekly-none = Pas de bilan
