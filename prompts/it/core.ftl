## Testi che possono servire a ogni funzione: errori, pulsanti e la cornice della conversazione.

button-expired = Questo pulsante è scaduto. Ecco di nuovo la domanda a cui siamo arrivati.
unknown-command = Non conosco il comando /{ $command }. Scrivi /help per vedere cosa so fare.
finish-question-first = Prima finiamo questa domanda (oppure scrivi /cancel per fermarti qui).
file-not-expected = Grazie, ma in questo momento non aspettavo un file.
not-understood = Non ho capito bene cosa intendi. Scrivi /help per vedere cosa so fare.
sent-in-private = Ti ho mandato i dettagli in chat privata, perché riguardano il tuo account.
ticked-option = ✓ { $option }
button-done = Fatto
expected-choice = Scegli uno dei pulsanti qui sotto.
answer-missing = ancora nessuna risposta
console-choose-hint = Scrivi un numero per scegliere, oppure scrivi la tua risposta.
console-goodbye = A presto! Le tue risposte sono salvate.
