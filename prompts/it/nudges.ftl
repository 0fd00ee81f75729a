## Il promemoria quotidiano e i suoi comandi (/stop, /resume, /snooze). Ogni tema ha tre formulazioni:
## 1 lo dice chiaramente, 2 ci torna sopra il giorno dopo, 3 lo guarda da un'altra angolazione il terzo giorno.

command-stop = metti in pausa i promemoria quotidiani
command-resume = riattiva i promemoria quotidiani
command-snooze = niente promemoria per un giorno o una settimana

nudges-stopped = Promemoria in pausa. Non ti scrivo più per primo finché non scrivi /resume.
nudges-resumed = Promemoria di nuovo attivi.
snooze-how-long = Per quanto tempo preferisci che non mi faccia sentire?
button-snooze-day = Un giorno
button-snooze-week = Una settimana
snoozed-day = D'accordo, salto il prossimo promemoria.
snoozed-week = D'accordo, per una settimana non mi faccio sentire.
nudge-next = { $when ->
    [today] Prossimo promemoria: oggi alle { $time }.
    [tomorrow] Prossimo promemoria: domani alle { $time }.
    [mon] Prossimo promemoria: lunedì alle { $time }.
    [tue] Prossimo promemoria: martedì alle { $time }.
    [wed] Prossimo promemoria: mercoledì alle { $time }.
    [thu] Prossimo promemoria: giovedì alle { $time }.
    [fri] Prossimo promemoria: venerdì alle { $time }.
    [sat] Prossimo promemoria: sabato alle { $time }.
    [sun] Prossimo promemoria: domenica alle { $time }.
    [stopped] I promemoria sono in pausa: scrivi /resume per riattivarli.
    [none] Nessun promemoria in programma: tutti i giorni della settimana sono liberi. Puoi cambiarlo in /settings.
   *[other] Prossimo promemoria: { $date } alle { $time }.
}
nudge-done-thanks = Ottimo lavoro! È così che cresce un account.
mentions-none-waiting = In questo momento nessuno aspetta una risposta. 👏
mentions-waiting = { $count ->
    [one] 1 menzione ti aspetta:
   *[other] { $unhappy ->
        [0] { $count } menzioni ti aspettano; ecco le { $shown } più vecchie:
       *[other] { $count } menzioni ti aspettano; eccone { $shown }, prima i clienti scontenti:
    }
}
button-open-mention = { $unhappy ->
    [yes] Apri #{ $n } ({ $day }, cliente scontento)
   *[no] Apri #{ $n } ({ $day })
}
button-show-mentions = Mostra le menzioni
button-snooze = Rimanda
button-stop-nudges = Ferma i promemoria

nudge-mentions-1 = { $count ->
    [one] 1 menzione aspetta una risposta dal { $since }.
   *[other] { $count } menzioni aspettano una risposta dal { $since }.
} Basta un grazie o una risposta breve: le persone notano quando un'attività risponde.
nudge-mentions-2 = { $count ->
    [one] La menzione del { $since } è ancora senza risposta.
   *[other] Quelle { $count } menzioni (la più vecchia è del { $since }) sono ancora senza risposta.
} Cinque minuti adesso e ti togli il pensiero.
nudge-mentions-3 = Ogni menzione è qualcuno che attacca bottone con te. { $count ->
    [one] Una è ancora aperta, dal { $since }:
   *[other] { $count } sono ancora aperte, la più vecchia dal { $since }:
} parti da lì, oggi.
nudge-mentions-unhappy-1 = { $count ->
    [one] 1 menzione aspetta una risposta dal { $since }, e sembra arrivare da un cliente scontento.
   *[other] { $count } menzioni aspettano una risposta dal { $since }, e una sembra arrivare da un cliente scontento.
} Rispondi prima a quella: ringrazia e proponi di risolvere la cosa in privato.
nudge-mentions-unhappy-2 = Il cliente scontento del { $since } sta ancora aspettando. Una risposta calma e veloce in pubblico, poi un messaggio privato: così un reclamo diventa fiducia.
nudge-mentions-unhappy-3 = { $count ->
    [one] C'è un reclamo aperto dal { $since }.
   *[other] Ci sono { $count } menzioni aperte dal { $since }, e tra queste un reclamo.
} Come rispondi non lo legge solo il cliente, lo leggono tutti: oggi, una risposta gentile.

nudge-silent-1 = { $days ->
    [one] Non pubblichi da 1 giorno.
   *[other] Non pubblichi da { $days } giorni.
} Oggi condividi qualcosa di piccolo: cosa c'è in forno, in vetrina o sulla scrivania.
nudge-silent-2 = { $days ->
    [one] Ancora silenzio da ieri.
   *[other] Ancora silenzio: ormai sono { $days } giorni.
} Una foto e una frase valgono già come post.
nudge-silent-3 = Un account che tace è un account che si dimentica. Oggi fai una domanda ai tuoi follower: è il post più facile da scrivere.
nudge-cadence-1 = Questa settimana hai pubblicato { $week } post, sotto il tuo obiettivo di { $target } al giorno. Scegli un momento della giornata da dedicare sempre a X.
nudge-cadence-2 = Sei ancora sotto il tuo ritmo ({ $week } post questa settimana). Scrivi due post adesso e programmane uno per domani.
nudge-cadence-3 = Meglio un ritmo costante che le raffiche. Cosa potresti condividere ogni giorno senza fatica? Un "oggi in negozio" quotidiano funziona benissimo.
nudge-slow-1 = Rispondi alle menzioni in circa { $hours } ore. Prova a rispondere in giornata: una risposta rapida fa capire che ascolti.
nudge-slow-2 = Le tue risposte arrivano ancora dopo circa { $hours } ore. Attiva le notifiche per le menzioni e rispondi in due righe.
nudge-slow-3 = Rispondere in fretta è il modo più economico per farsi notare. Controlla le menzioni ogni giorno alla stessa ora.
nudge-argument-1 = Una discussione è andata avanti e indietro { $exchanges } volte con la stessa persona. Ringraziala e spostatevi in privato o al telefono.
nudge-argument-2 = Quella lunga discussione in pubblico è ancora aperta. Un'ultima parola gentile e un "parliamone in privato" la chiudono bene.
nudge-argument-3 = X è ottimo per aprire conversazioni, meno per chiudere discussioni: porta questa in privato.
nudge-following-1 = Hai iniziato a seguire { $jump } account in un solo giorno. Cento persone interessate valgono più di diecimila sconosciuti: segui a mano le persone con cui parli davvero.
nudge-following-2 = Seguire tanti account tutti insieme sembra spam, sia a X sia alle persone. Rallenta e segui chi parla del tuo mestiere.
nudge-following-3 = Cerca i tuoi clienti dove parlano (ricerche sulla tua città, conversazioni del tuo settore) e seguili uno alla volta.
nudge-disconnected = X non mi lascia più leggere @{ $username }, quindi non vedo le novità. Ricollegalo quando hai un minuto.
nudge-stale = (Poco fa non sono riuscito a raggiungere X: mi baso su quello che ho visto { $hours ->
    [one] 1 ora fa
   *[other] { $hours } ore fa
}.)
nudge-unknown-zone = Non riconosco più il fuso orario "{ $zone }", quindi ti scrivo secondo l'ora UTC. Impostalo di nuovo in /settings.
