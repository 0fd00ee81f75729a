## /privacy, /export et /forget : ce que je garde, pourquoi, combien de temps, et comment le reprendre.

command-privacy = ce que je garde sur vous, pourquoi et combien de temps
command-export = recevoir une copie de tout ce que je garde sur vous
command-forget = effacer tout ce que je sais sur vous et votre entreprise

privacy-intro = Voici exactement ce que je garde sur vous, pourquoi et combien de temps.
privacy-what = Ce que je garde : vos réponses à mes questions (nom de l'entreprise, secteur, objectifs, clients, temps par jour), vos réglages (langue, fuseau horaire, heure du rappel), les rappels et bilans que je vous ai donnés et, si vous connectez X, le profil de votre compte avec ses posts et ses mentions. Je ne garde pas les messages que vous écrivez, seulement les réponses à mes questions. Je garde tout cela uniquement pour vous accompagner, et je ne le partage avec personne.
privacy-how-long = Combien de temps : vos réponses, réglages, rappels et bilans jusqu'à ce que vous les effaciez. Les posts, mentions et nombres d'abonnés jour par jour venant de X pendant 90 jours : les plus anciens sont effacés automatiquement.
privacy-tokens = Votre connexion à X : je peux seulement lire, jamais publier. Les clés que X me donne sont conservées chiffrées ; /disconnect ou /forget demande à X de les révoquer et les efface ici aussi.
privacy-groups = Groupes et canaux : je ne publie jamais rien sur votre compte dans un groupe ou un canal, sauf si vous le choisissez. Quand vous me demandez quelque chose dans un groupe, je vous réponds en privé.
privacy-rights = Vos droits : /export vous envoie un fichier avec tout ce que je garde sur vous. /forget efface tout, définitivement. Si votre espace de travail Slack me retire, j'efface les données de toutes les personnes qui en font partie.

export-ready = Voici tout ce que je garde sur vous, dans un seul fichier (JSON, lisible avec n'importe quel éditeur de texte). Les clés de votre compte X n'y sont pas : elles ne sortent jamais d'ici.

forget-ask = Voulez-vous que j'efface tout ce que je sais sur vous et votre entreprise ? Je demanderai à X de révoquer mon accès, puis j'effacerai vos réponses, réglages, posts, rappels et bilans. C'est irréversible.
forget-ask-local = Voulez-vous que j'efface tout ce que je sais sur vous et votre entreprise ? J'effacerai vos réponses, réglages, posts, rappels et bilans. C'est irréversible.
button-forget-yes = Oui, tout effacer
button-forget-no = Non, gardez tout
forget-kept = Très bien, j'ai tout gardé tel quel.
forget-done = C'est fait : j'ai demandé à X de révoquer mon accès et j'ai effacé tout ce que je savais sur vous et votre entreprise. Si vous m'écrivez à nouveau, nous repartirons de zéro. Bonne continuation !
forget-done-local = C'est fait : j'ai effacé tout ce que je savais sur vous et votre entreprise (vous ne vous étiez pas connecté avec X, je n'avais donc aucun accès à y révoquer). Si vous m'écrivez à nouveau, nous repartirons de zéro. Bonne continuation !
