## /connect, /disconnect, /demo, l'archive X et les pages de connexion dans le navigateur.

command-connect = connecter votre compte X
command-disconnect = déconnecter votre compte X et oublier ses clés d'accès
command-demo = essayer le coach sur un compte de démonstration

button-connect = Connecter X
button-reconnect = Reconnecter X
button-demo = Essayer le compte démo

connect-link = Appuyez sur le bouton pour vous connecter avec X. Le lien ne fonctionne qu'une fois, pendant 10 minutes. Je demande seulement à lire : je ne publie jamais à votre place.
connect-already = Votre compte X @{ $username } est déjà connecté. Tapez /disconnect si vous voulez que je l'oublie.
connect-unavailable = La connexion avec X n'est pas configurée sur ce coach. Vous pouvez plutôt m'envoyer votre archive X (le fichier .zip obtenu via « Télécharger une archive de vos données » dans les paramètres de X), ou tout essayer sur un compte de démonstration.
x-connected = Connecté à @{ $username } ! Voici franchement où en est votre compte (/checkup le réaffiche quand vous voulez).
x-disconnected = X ne me laisse plus lire @{ $username } : mes coups de pouce ne voient donc plus les nouveautés. Reconnectez-le quand vous aurez une minute.
disconnect-done = C'est fait : j'ai demandé à X de révoquer mon accès, et j'ai oublié les clés d'accès et les publications de votre compte.
disconnect-done-local = C'est fait : j'ai oublié ce compte et ses publications. Vous ne vous étiez pas connecté avec X, je n'avais donc aucun accès à y révoquer.
disconnect-nothing = Aucun compte X n'est connecté : il n'y a rien à déconnecter.
demo-attached = Vous êtes maintenant sur le compte de démonstration : Forno Rossi, une boulangerie familiale de Bologne. Voici ce que je lui dirais (/checkup le réaffiche quand vous voulez) ; /connect vous fait passer à votre propre compte.

archive-imported = { $posts ->
    [one] J'ai lu { $posts } publication dans l'archive de @{ $username }.
   *[other] J'ai lu { $posts } publications dans l'archive de @{ $username }.
} Voici ce que j'en pense (/checkup le réaffiche quand vous voulez).
archive-not_zip = Ce fichier n'est pas une archive zip. Envoyez-moi le .zip téléchargé depuis X, tel quel.
archive-no_tweets = Je n'ai pas trouvé vos publications dans ce zip (il manque data/tweets.js). S'agit-il bien de l'archive obtenue via « Télécharger une archive de vos données » sur X ?
archive-too_big = Cette archive dépasse 200 Mo, c'est plus que je ne peux lire. Essayez plutôt /connect.
archive-bomb = Une fois décompressée, cette archive dépasserait 1 Go, je ne l'ai donc pas ouverte. Envoyez l'archive exactement telle que X vous l'a fournie.
archive-malformed = Je n'ai pas pu lire les publications de cette archive : le fichier semble endommagé. Essayez de la télécharger à nouveau depuis X.
archive-download-failed = Je n'ai pas pu télécharger ce fichier, je ne l'ai donc pas lu. Renvoyez-le-moi dans un instant.

web-title-connected = Votre compte X est connecté
web-title-problem = Cette connexion n'a pas abouti
web-signin-done = nudgebird peut maintenant lire @{ $username }. Vous pouvez fermer cette page et revenir à votre conversation.
web-signin-unknown = Ce lien de connexion est inconnu ou a déjà servi. Tapez /connect dans la conversation pour en obtenir un nouveau.
web-signin-expired = Ce lien de connexion a expiré (il n'est valable que 10 minutes). Tapez /connect dans la conversation pour en obtenir un nouveau.
web-signin-mismatch = Cette connexion a été lancée depuis un autre navigateur. Ouvrez le lien de la conversation dans ce navigateur-ci, ou tapez /connect pour en obtenir un nouveau.
web-signin-denied = Vous n'avez pas autorisé l'accès, donc rien n'a été connecté. Vous pouvez réessayer avec /connect quand vous le souhaitez.
web-signin-failed = X n'a pas terminé la connexion. Réessayez dans quelques minutes avec /connect.
web-x-not-configured = La connexion avec X n'est pas configurée sur ce coach.
