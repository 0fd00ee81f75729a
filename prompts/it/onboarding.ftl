## /start: conoscere la tua attività.

welcome = Ciao! Sono nudgebird, il tuo coach per X. Ti faccio qualche domanda veloce per conoscere la tua attività, poi ti dico chiaro e tondo cosa frena il tuo account e una volta al giorno ti mando un piccolo promemoria. Puoi cambiare ogni risposta quando vuoi con /settings.
welcome-back = Che bello rivederti, { $name }! Mi ricordo le tue risposte. Con /settings le vedi tutte, oppure possiamo ripassarle insieme.
button-start-over = Rifacciamo le domande
onboarding-restart = Ripartiamo con le domande. Le risposte di adesso restano finché non le cambi.
onboarding-resume = Riprendiamo da dove eravamo rimasti.
onboarding-done = Tutto pronto, { $name }! Prossimo passo: collega il tuo account X con /connect, così posso vedere cosa pubblichi. Puoi rivedere le tue risposte con /settings quando vuoi.
onboarding-done-offline = Tutto pronto, { $name }! Qui l'accesso con X non è configurato: mandami l'archivio del tuo account X (lo .zip di "Scarica un archivio dei tuoi dati") oppure prova tutto con l'account demo. Con /settings rivedi le tue risposte quando vuoi.

ask-name = Come si chiama la tua attività?
expected-name = Scrivi il nome della tua attività (lettere o numeri, al massimo 100 caratteri).
expected-name-too-long = È un po' lungo: tieni il nome sotto i 100 caratteri.

ask-sector = Di cosa si occupa la tua attività? Scegli l'opzione più vicina, oppure scrivilo con parole tue.
expected-sector = Scegli una delle opzioni, oppure descrivi il tuo settore in poche parole (al massimo 64 caratteri).
sector-food = Cibo e bevande
sector-shop = Negozio
sector-beauty = Bellezza e benessere
sector-craft = Artigianato
sector-hospitality = Hotel e B&B
sector-agency = Agenzie e servizi
sector-health = Salute
sector-other = Altro

ask-goals = Perché la tua attività è su X? Spunta da uno a tre obiettivi, poi premi Fatto.
expected-goals = Spunta almeno un obiettivo, poi premi Fatto (oppure scrivili separati da virgole).
expected-goals-most = Al massimo tre obiettivi: prima togli la spunta a uno, oppure premi Fatto.
goals-awareness = Farsi conoscere
goals-customers = Trovare clienti
goals-partners = Fornitori & partner
goals-expertise = Condividere competenze
goals-care = Assistenza clienti
goals-community = Creare una community
goals-followers = Più follower
tip-goals-followers = Ricevuto. Però un consiglio: i follower da soli sono un obiettivo debole. Poche persone davvero interessate valgono più di tante a cui non importa niente. Pensa ad aggiungere un altro obiettivo più avanti, in /settings.

ask-customers = Chi sono i tuoi clienti?
expected-customers = Scegli: privati, aziende o entrambi.
customers-consumers = Privati
customers-businesses = Aziende
customers-both = Entrambi

ask-reach = Dove si trovano?
expected-reach = Scegli: locale, nazionale o internazionale.
reach-local = Locale
reach-national = Nazionale
reach-international = Internazionale

ask-onx = I tuoi clienti usano davvero X?
expected-onx = Rispondi sì, no o non so.
onx-yes = Sì
onx-no = No
onx-unsure = Non so
tip-audience-elsewhere = Te lo dico sinceramente: se i tuoi clienti non sono su X, un altro social (Instagram, Facebook, LinkedIn o Pinterest) potrebbe funzionare meglio per te, ed è una scelta validissima. Vuoi continuare lo stesso con X?
button-continue-anyway = Continua lo stesso
button-stop-here = Mi fermo qui
onboarding-paused-offx = Capito. Le tue risposte sono salvate; se cambi idea, scrivi /start e andiamo avanti.
onboarding-paused-reminder = Ci eravamo fermati a metà delle domande; le risposte date finora sono salvate. Andiamo avanti? Premi il pulsante o scrivi /start. Con /help vedi tutto il resto che so fare.
button-carry-on = Continua con le domande

ask-minutes = Quanto tempo puoi dedicare a X in una giornata normale?
expected-minutes = Scegli un'opzione o scrivi un numero di minuti tra 1 e 600 (per esempio 20).
minutes-5 = 5 min
minutes-15 = 15 min
minutes-30 = 30 min
minutes-60 = 1 ora
minutes-value = { $minutes ->
    [one] { $minutes } minuto al giorno
    [many] { $minutes } di minuti al giorno
   *[other] { $minutes } minuti al giorno
}

ask-autodms = Mandi messaggi automatici ai nuovi follower?
expected-autodms = Rispondi sì o no.
autodms-yes = Sì
autodms-no = No
tip-autodms = Grazie della sincerità. I messaggi automatici ai nuovi follower sembrano spam e spesso ti fanno perdere il follow. Usa i messaggi privati per parlare con una persona precisa, e di qualcosa di concreto.

ask-timezone = In che fuso orario sei? Scrivi la tua città (per esempio Roma, Milano, Napoli) oppure scegli qui sotto.
expected-timezone = Non ho trovato questo fuso orario. Scrivi una città (come Roma o Milano) o il nome di un fuso come Europe/Rome.
expected-timezone-offset = Scarti fissi come Etc/GMT+5 o UTC+1 si leggono facilmente al contrario (Etc/GMT+5 vuol dire cinque ore indietro rispetto a UTC, non avanti) e ignorano l'ora legale. Scrivi piuttosto la tua città (come Roma, Lugano o New York).
timezone-option = { $zone }

ask-nudgetime = A che ora vuoi il tuo promemoria quotidiano? Scegli un orario o scrivilo tu (per esempio 9:15).
expected-nudgetime = Non riesco a usare questo orario. Scrivi un'ora tra 00:00 e 23:59 (per esempio 9:15 o 18), oppure scegli "Nessun promemoria".
nudgetime-0830 = 08:30
nudgetime-0900 = 09:00
nudgetime-1230 = 12:30
nudgetime-1800 = 18:00
nudgetime-none = Nessun promemoria

ask-daysoff = In quali giorni preferisci che ti lasci in pace? Spuntali, poi premi Fatto (se non ne spunti nessuno, mi senti tutti i giorni).
expected-daysoff = Spunta i giorni liberi, poi premi Fatto.
expected-daysoff-most = Lasciami almeno un giorno a settimana per il promemoria: togli la spunta a uno, oppure usa /stop per mettere in pausa i promemoria.
daysoff-0 = Lun
daysoff-1 = Mar
daysoff-2 = Mer
daysoff-3 = Gio
daysoff-4 = Ven
daysoff-5 = Sab
daysoff-6 = Dom
daysoff-none = nessuno

ask-weekly = In che giorno vuoi ricevere il grafico settimanale dei tuoi progressi?
expected-weekly = Scegli un giorno, oppure "Nessun resoconto".
weekly-0 = Lunedì
weekly-1 = Martedì
weekly-2 = Mercoledì
weekly-3 = Giovedì
weekly-4 = Venerdì
weekly-5 = Sabato
weekly-6 = Domenica
weekly-none = Nessun resoconto
