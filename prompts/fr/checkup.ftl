## /checkup : le diagnostic d'un compte X, le bilan de la semaine et son graphique, l'audit dans le terminal.

command-checkup = ce qui freine votre compte X, et par où commencer

checkup-no-account = Je n'ai pas encore de compte X à regarder. Connectez le vôtre avec /connect, envoyez-moi votre archive X (le fichier zip que X vous laisse télécharger), ou essayez /demo pour voir le bilan d'un compte d'exemple.
checkup-score = { $band ->
    [good] Votre compte obtient { $score }/100 : il est en bonne forme.
    [fair] Votre compte obtient { $score }/100 : une bonne base, avec quelques points à corriger.
   *[low] Votre compte obtient { $score }/100 : il y a du travail, et cela commence par de petits pas.
}
checkup-top-title = { $count ->
    [one] Le premier point à travailler :
   *[other] Les { $count } points à travailler en premier :
}
checkup-issue =
    { $number }. { $title } : { $finding }
    → { $step }
checkup-nothing-urgent = Rien d'urgent : tout ce que je peux évaluer va bien.
checkup-praise = 👏 { $praise }
checkup-unknown-note = { $count ->
    [one] Il y a un point que je n'ai pas encore pu évaluer : le rapport complet explique pourquoi.
   *[other] Il y a { $count } points que je n'ai pas encore pu évaluer : le rapport complet explique pourquoi.
}
checkup-button-full = Rapport complet
checkup-button-chart = Graphique des progrès
checkup-full-title = Rapport complet : { $score }/100
checkup-full-line =
    { $mark } { $title } ({ $status }) : { $finding }
    → { $step }
checkup-full-line-fine = { $mark } { $title } ({ $status }) : { $finding }

status-act = à faire maintenant
status-watch = à surveiller
status-fine = tout va bien
status-unknown = impossible à évaluer
status-mark-act = 🔴
status-mark-watch = 🟠
status-mark-fine = 🟢
status-mark-unknown = ⚪

## Les douze diagnostics : titres.
dx-broadcasting = La conversation, pas seulement la promotion
dx-cadence = Rythme de publication
dx-answering = Répondre aux gens
dx-goals = Vos objectifs sur X
dx-audience = Vos clients sur X
dx-profile = Profil
dx-protected = Compte public
dx-convictions = Opinions et sujets qui divisent
dx-following = Qui vous suivez
dx-autodms = Messages privés automatiques
dx-arguing = Désaccords en public
dx-learning = Participer aux conversations des autres

## Ce que j'ai vu (ou pourquoi je n'ai pas pu juger).
seen-few-posts = { $posts ->
    [0] Aucune publication ces 30 derniers jours : je n'ai encore rien à évaluer.
    [one] Une seule publication ces 30 derniers jours : trop peu pour en juger.
   *[other] Seulement { $posts } publications ces 30 derniers jours : trop peu pour en juger.
}
seen-unreadable = { $judged ->
    [0] Je n'ai pu lire aucune de vos { $posts } publications récentes (elles sont dans des langues que je ne lis pas encore, ou ne contiennent que des emoji et des liens) : impossible d'en juger.
   *[other] Je n'ai pu lire que { $judged } de vos { $posts } publications récentes (les autres sont dans des langues que je ne lis pas encore, ou ne contiennent que des emoji et des liens) : trop peu pour en juger.
}
seen-not-answered = Je ne le sais pas encore : c'est l'une des questions que je vous pose dans la conversation.

seen-broadcasting-promo = { $promo ->
    [one] { $promo } de vos { $originals } dernières publications originales était de la promotion
   *[other] { $promo } de vos { $originals } dernières publications originales étaient de la promotion
} (offres, lancements, « achetez » ou « réservez », liens vers votre site) : { $promo_share } %.
seen-broadcasting-talk = { $conversation ->
    [0] Aucune de vos { $posts } publications des 30 derniers jours n'était une réponse, une citation ou un repost d'un autre compte (0 %).
    [one] Seulement { $conversation } de vos { $posts } publications des 30 derniers jours était une réponse, une citation ou un repost d'un autre compte ({ $conversation_share } %).
   *[other] Seulement { $conversation } de vos { $posts } publications des 30 derniers jours étaient des réponses, des citations ou des reposts d'autres comptes ({ $conversation_share } %).
}
seen-broadcasting-fine = { $conversation ->
    [one] { $conversation } de vos { $posts } publications des 30 derniers jours relevait de la conversation, et la promotion reste à sa juste place.
   *[other] { $conversation } de vos { $posts } publications des 30 derniers jours relevaient de la conversation, et la promotion reste à sa juste place.
}

seen-cadence-none = Aucune publication de votre part ces 30 derniers jours.
seen-cadence-silent = { $days ->
    [one] Votre dernière publication date d'hier.
   *[other] Votre dernière publication date d'il y a { $days } jours.
}
seen-cadence-low = { $week ->
    [one] { $week } publication ces 7 derniers jours ({ $per_day } par jour), pour un objectif de { $target } par jour.
   *[other] { $week } publications ces 7 derniers jours ({ $per_day } par jour), pour un objectif de { $target } par jour.
}
seen-cadence-fine = { $week ->
    [one] { $week } publication ces 7 derniers jours : vous tenez votre objectif de { $target } par jour.
   *[other] { $week } publications ces 7 derniers jours ({ $per_day } par jour) : vous tenez votre objectif de { $target } par jour.
}

seen-answering-no-mentions = Je ne vois aucune mention de votre compte ces { $days } derniers jours, donc rien à évaluer ici.
seen-answering-no-source = Une archive X ne contient pas les mentions : je ne peux donc pas savoir si les personnes qui vous écrivent reçoivent une réponse.
seen-answering-late = { $late ->
    [one] { $late } mention attend une réponse depuis plus d'un jour
   *[other] { $late } mentions attendent une réponse depuis plus d'un jour
} ; la plus ancienne attend depuis { $oldest_days ->
    [0] { $oldest } heures
    [one] { $oldest_days } jour
   *[other] { $oldest_days } jours
}.
seen-answering-slow = { $hours ->
    [one] Vous répondez, mais une réponse prend en général une heure.
   *[other] Vous répondez, mais une réponse prend en général { $hours } heures.
}
seen-answering-waiting = { $waiting ->
    [one] { $waiting } mention du dernier jour attend une réponse.
   *[other] { $waiting } mentions du dernier jour attendent une réponse.
}
seen-answering-fine = { $mentions ->
    [one] Vous avez répondu à la seule mention reçue
   *[other] Vous avez répondu aux { $mentions } mentions reçues
}, en général en moins de { $hours ->
    [0] une heure
    [one] une heure
   *[other] { $hours } heures
}.

seen-goals-none = Vous n'avez pas encore choisi pourquoi vous êtes sur X.
seen-goals-followers-only = Votre seul objectif est d'avoir plus d'abonnés.
seen-goals-fine = { $goals ->
    [one] Vous savez pourquoi vous êtes sur X : vous avez choisi { $goals } objectif.
   *[other] Vous savez pourquoi vous êtes sur X : vous avez choisi { $goals } objectifs.
}

seen-audience-yes = Vous m'avez dit que vos clients sont sur X.
seen-audience-no = Vous m'avez dit que vos clients ne sont pas sur X.
seen-audience-unsure = Vous n'êtes pas sûr que vos clients utilisent X.

seen-profile-missing = { $missing ->
    [one] Il manque à votre profil l'un des éléments de base :
   *[other] Il manque { $missing } éléments de base à votre profil, à commencer par
} { $first ->
    [avatar] une vraie photo de profil.
    [bio] une bio.
    [link] un lien.
   *[banner] une image de bannière.
}
seen-profile-fine = Photo, bio, lien et bannière : tout y est.

seen-protected-yes = Votre compte est protégé : seuls les abonnés approuvés voient vos publications.
seen-protected-no = Vos publications sont publiques.

seen-convictions-many = { $divisive ->
    [one] { $divisive } de vos { $posts } dernières publications touche à la politique ou à des sujets qui divisent ({ $share } %).
   *[other] { $divisive } de vos { $posts } dernières publications touchent à la politique ou à des sujets qui divisent ({ $share } %).
}
seen-convictions-fine = La politique et les sujets qui divisent restent en dehors de vos publications ({ $divisive } sur { $posts }).

seen-following-ratio = Vous suivez { $following ->
    [0] aucun compte
    [one] { $following } compte
   *[other] { $following } comptes
} et { $followers ->
    [0] personne ne vous suit encore.
    [one] { $followers } compte vous suit.
   *[other] { $followers } vous suivent.
}
seen-following-jump = { $jump ->
    [one] Vous vous êtes abonné à { $jump } compte de plus en une seule journée.
   *[other] Vous vous êtes abonné à { $jump } comptes de plus en une seule journée.
}
seen-following-fine = Vous suivez { $following ->
    [0] aucun compte
    [one] { $following } compte
   *[other] { $following } comptes
} et { $followers ->
    [0] personne ne vous suit encore
    [one] { $followers } compte vous suit
   *[other] { $followers } vous suivent
} : un bon équilibre.
seen-following-few = { $following ->
    [0] Vous ne suivez aucun compte : aucun signe d'abonnements en masse.
    [one] Vous suivez { $following } compte : aucun signe d'abonnements en masse.
   *[other] Vous suivez { $following } comptes : aucun signe d'abonnements en masse.
}

seen-autodms-yes = Vous envoyez des messages automatiques aux nouveaux abonnés.
seen-autodms-no = Vous n'envoyez pas de messages privés automatiques.

seen-arguing-thread = { $exchanges ->
    [one] Une conversation a fait { $exchanges } aller-retour avec la même personne, en public.
   *[other] Une conversation a fait { $exchanges } allers-retours avec la même personne, en public.
}
seen-arguing-complaints = { $complaints ->
    [one] { $complaints } mention cette semaine ressemble à une réclamation.
   *[other] { $complaints } mentions cette semaine ressemblent à des réclamations.
}
seen-arguing-fine = Pas de longue dispute en public, et aucune réclamation cette semaine.
seen-arguing-no-source = Une archive X ne contient ni les mentions ni les conversations entières : je ne peux donc pas savoir si quelqu'un s'est plaint ou s'est disputé avec vous en public.

seen-learning-few = { $joined ->
    [0] Aucune de vos { $posts } publications des 30 derniers jours n'a rejoint une conversation dont vous ne faisiez pas déjà partie.
    [one] Seulement { $joined } de vos { $posts } publications des 30 derniers jours a rejoint une conversation dont vous ne faisiez pas déjà partie.
   *[other] Seulement { $joined } de vos { $posts } publications des 30 derniers jours ont rejoint des conversations dont vous ne faisiez pas déjà partie.
} { $answers ->
    [0] {""}
    [one] Votre réponse à quelqu'un qui vous avait mentionné (ou dans votre propre fil) compte comme une réponse, pas comme une participation aux conversations des autres.
   *[other] Vos { $answers } réponses à des personnes qui vous avaient mentionné (ou dans vos propres fils) comptent comme des réponses, pas comme une participation aux conversations des autres.
}
seen-learning-fine = { $joined ->
    [one] Ces 30 derniers jours, vous avez rejoint { $joined } conversation dont vous ne faisiez pas déjà partie.
   *[other] Ces 30 derniers jours, vous avez rejoint { $joined } conversations dont vous ne faisiez pas déjà partie.
}
seen-learning-no-source = { $replies ->
    [one] { $replies } de vos publications répondait à quelqu'un d'autre, mais une archive X ne contient pas les mentions : je ne peux donc pas distinguer rejoindre la conversation des autres et répondre à qui vous a mentionné.
   *[other] { $replies } de vos publications répondaient à d'autres personnes, mais une archive X ne contient pas les mentions : je ne peux donc pas distinguer rejoindre leurs conversations et répondre à qui vous a mentionné.
}

## Un prochain pas pour chacun.
step-keep-going = Continuez comme ça.
step-unknown-posts = Publiez quelques fois cette semaine : au prochain bilan, j'en aurai plus à vous dire.
step-answer-question = Répondez-y dans /settings et j'en tiendrai compte.
step-broadcasting-give = Faites de votre prochaine publication un cadeau, pas une offre : posez une question à vos clients, lancez un sondage, ou partagez un contenu utile d'un autre acteur de votre secteur.
step-broadcasting-talk = Aujourd'hui, répondez à deux publications de clients ou de gens de votre secteur, ou repartagez-en une qui vous plaît avec un mot à vous.
step-cadence-start = Écrivez une publication aujourd'hui : une photo du travail du jour et une phrase pour la raconter suffisent.
step-cadence-return = Publiez quelque chose aujourd'hui, même petit : on cesse de suivre un compte qui se tait.
step-cadence-pace = { $target ->
    [0.5] Visez une publication tous les deux jours : un rythme que vous pouvez tenir vaut mieux qu'une rafale. Écrivez la prochaine maintenant et programmez-la.
    [1] Visez une publication par jour : un rythme que vous pouvez tenir vaut mieux qu'une rafale. Écrivez celle de demain maintenant et programmez-la.
   *[other] Visez { $target } publications par jour : un rythme que vous pouvez tenir vaut mieux qu'une rafale. Écrivez celles de demain maintenant et programmez-les.
}
step-answering-late = Répondez-leur aujourd'hui : un merci ou une réponse courte suffit, et c'est le début d'une relation.
step-answering-slow = Consultez vos mentions une fois par jour à heure fixe, pour que personne n'attende plus d'un jour.
step-answering-waiting = Répondez-leur avant la fin de la journée.
step-answering-none = Lancez vous-même les conversations : répondez aux clients et aux gens de votre secteur, et ils commenceront à vous mentionner.
step-mentions-check = Parcourez vos mentions sur X une fois par jour : répondez à chacune, et emmenez les réclamations en message privé, au téléphone ou par e-mail.
step-goals = Choisissez un à trois objectifs dans /settings : vous faire connaître, trouver des clients, fournisseurs et partenaires, partager votre savoir-faire, service client ou communauté. Un petit public attentif vaut mieux qu'un grand public indifférent.
step-audience-elsewhere = Soyez honnête avec vous-même : si vos clients parlent sur Instagram, Facebook, LinkedIn ou Pinterest, mettez-y votre temps. Quitter X avec élégance est une très bonne issue.
step-audience-check = Cherchez votre secteur et votre ville sur X : si clients et confrères y discutent, restez et participez ; sinon, envisagez un autre réseau.
step-profile-avatar = Mettez votre logo ou une vraie photo comme photo de profil.
step-profile-bio = Écrivez une bio d'une ligne qui dit ce que vous faites et pour qui.
step-profile-link = Ajoutez un lien vers votre site, ou vers la page où l'on commande ou réserve.
step-profile-banner = Ajoutez une bannière : votre boutique, votre produit, votre équipe au travail.
step-protected = Rendez votre compte public dans les paramètres de X (Confidentialité et sécurité → Audience) : une entreprise qui cache ses publications paraît suspecte et ne peut pas grandir.
step-convictions = Avant votre prochaine publication d'opinion, demandez-vous si elle sert vos objectifs : elle vous fera gagner des abonnés et en perdre d'autres.
step-following = Arrêtez de suivre en masse : suivez à la main les personnes qui parlent de votre secteur ou de votre ville, et discutez avec elles. 100 abonnés bien ciblés valent mieux que 10 000 au hasard.
step-autodms = Désactivez les messages privés automatiques : ils passent pour du spam. Gardez les messages privés pour une personne et un vrai sujet.
step-arguing = Remerciez, reconnaissez le problème, et poursuivez la conversation en message privé, par téléphone ou par e-mail.
step-learning = Suivez trois personnes qui vous apprennent des choses, mettez-les dans une liste X, et répondez à l'une de leurs publications cette semaine.

## Les félicitations méritées.
praise-replies = { $week ->
    [one] Vous avez répondu à la mention reçue cette semaine. Ça se remarque.
   *[other] Vous avez répondu aux { $week } mentions reçues cette semaine. Ça se remarque.
}
praise-cadence = { $week ->
    [one] Vous avez tenu votre rythme : { $week } publication cette semaine.
   *[other] Vous avez tenu votre rythme : { $week } publications cette semaine.
}
praise-conversation = { $conversation_share } % de vos publications relèvent de la conversation : c'est ainsi que naissent les relations.

## Le bilan de la semaine.
weekly-title = Votre semaine sur X
weekly-posts = Publications : { $now } par jour cette semaine, { $before } la semaine d'avant ({ $trend ->
    [up] en hausse
    [down] en baisse
   *[same] stable
}) ; { $met ->
    [yes] votre objectif de { $target } par jour est atteint.
   *[no] votre objectif est de { $target } par jour.
}
weekly-replies = Réponses : { $now } cette semaine, { $before } la semaine d'avant ({ $trend ->
    [up] en hausse
    [down] en baisse
   *[same] stable
}).
weekly-mentions = Mentions de la semaine : { $answered } avec réponse, { $unanswered } encore en attente.
weekly-mentions-none = Mentions : une archive X ne les contient pas, je ne peux donc pas les compter.

chart-title = @{ $name } : les quatre dernières semaines
chart-posts = Publications par jour
chart-posts-legend = vos publications par jour
chart-target = objectif : { $target } par jour
chart-replies = Réponses par semaine
chart-mentions = Mentions par semaine
chart-mentions-none = Une archive X ne contient pas les mentions : il n'y a rien à montrer ici.
chart-answered = avec réponse
chart-unanswered = sans réponse
chart-week = { $ago ->
    [0] cette semaine
    [1] semaine dernière
   *[other] il y a { $ago } semaines
}
chart-value = { $value }
chart-caption = Vos quatre dernières semaines sur X

## nudgebird audit (le terminal).
audit-title = Bilan de @{ $name } sur les { $days } derniers jours
audit-title-unnamed = Bilan de cette archive X sur les { $days } derniers jours (l'archive ne dit pas à quel compte elle appartient)
audit-language-unavailable = Je n'ai pas de textes en « { $asked } », j'utilise donc le français.
audit-step-answer-question = Lancez le coach avec « nudgebird run » et répondez à ses questions : son bilan tient compte des réponses.
audit-head-status = état
audit-head-diagnosis = diagnostic
audit-chart-written = Graphique écrit dans { $path }
audit-chart-failed = Je n'ai pas pu écrire le graphique dans { $path }.
audit-usage = Indiquez le chemin d'une archive X (le fichier zip), ou --demo pour le compte d'exemple.
audit-error-missing = Il n'y a aucun fichier à l'emplacement { $path }.
audit-error-not-zip = Ce n'est pas un fichier zip : utilisez l'archive telle que X vous l'a fournie.
audit-error-no-tweets = Ce zip ne contient aucune publication : est-ce bien l'archive de X (Paramètres → Votre compte → Télécharger une archive de vos données) ?
audit-error-too-big = Cette archive est trop volumineuse pour moi.
audit-error-bomb = Ce zip ne paraît pas sûr à ouvrir (il se décompresserait bien au-delà du raisonnable), je n'y ai donc pas touché.
audit-error-malformed = Une partie de cette archive est endommagée et je ne peux pas la lire. Essayez de la télécharger à nouveau depuis X.
