## Les textes dont toutes les fonctions peuvent avoir besoin : erreurs, boutons et cadre de la conversation.

button-expired = Ce bouton n'est plus valable. Voici de nouveau la question en cours.
unknown-command = Je ne connais pas la commande /{ $command }. Tapez /help pour voir ce que je sais faire.
finish-question-first = Terminons d'abord cette question (ou tapez /cancel pour vous arrêter là).
file-not-expected = Merci, mais je n'attendais pas de fichier pour le moment.
not-understood = Je n'ai pas bien compris. Tapez /help pour voir ce que je sais faire.
sent-in-private = Je vous ai envoyé les détails en message privé, car ils concernent votre compte.
ticked-option = ✓ { $option }
button-done = Terminé
expected-choice = Choisissez l'un des boutons ci-dessous.
answer-missing = pas encore de réponse
console-choose-hint = Tapez un numéro pour choisir, ou écrivez votre réponse.
console-goodbye = À bientôt ! Vos réponses sont enregistrées.
