## /privacy, /export e /forget: cosa conservo, perché, per quanto tempo, e come riprendertelo.

command-privacy = cosa conservo su di te, perché e per quanto tempo
command-export = ricevi una copia di tutto ciò che conservo su di te
command-forget = cancella tutto ciò che so su di te e sulla tua attività

privacy-intro = Ecco esattamente cosa conservo su di te, perché e per quanto tempo.
privacy-what = Cosa conservo: le tue risposte alle mie domande (nome dell'attività, settore, obiettivi, clienti, tempo al giorno), le tue impostazioni (lingua, fuso orario, ora del promemoria), i promemoria e i checkup che ti ho dato e, se colleghi X, il profilo del tuo account con i suoi post e le menzioni. Non conservo i messaggi che scrivi, solo le risposte alle mie domande. Conservo tutto questo solo per farti da coach, e non lo condivido con nessuno.
privacy-how-long = Per quanto tempo: risposte, impostazioni, promemoria e checkup finché non li cancelli tu. Post, menzioni e numero di follower giorno per giorno presi da X per 90 giorni: quelli più vecchi vengono cancellati da soli.
privacy-tokens = Il tuo accesso a X: posso solo leggere, mai pubblicare. Le chiavi che X mi dà sono conservate cifrate; /disconnect o /forget chiede a X di revocarle e le cancella anche qui.
privacy-groups = Gruppi e canali: non pubblico mai niente sul tuo account in un gruppo o in un canale, a meno che sia tu a sceglierlo. Se mi chiedi qualcosa in un gruppo, ti rispondo in privato.
privacy-rights = I tuoi diritti: /export ti manda un file con tutto ciò che conservo su di te. /forget cancella tutto, per sempre. Se il tuo workspace Slack mi rimuove, cancello i dati di tutte le persone che ne fanno parte.

export-ready = Ecco tutto ciò che conservo su di te, in un unico file (JSON, si apre con qualsiasi editor di testo). Le chiavi del tuo account X non ci sono: non escono mai da qui.

forget-ask = Vuoi che cancelli tutto ciò che so su di te e sulla tua attività? Chiederò a X di revocare il mio accesso, poi cancellerò risposte, impostazioni, post, promemoria e checkup. Non si potrà tornare indietro.
forget-ask-local = Vuoi che cancelli tutto ciò che so su di te e sulla tua attività? Cancellerò risposte, impostazioni, post, promemoria e checkup. Non si potrà tornare indietro.
button-forget-yes = Sì, cancella tutto
button-forget-no = No, tieni i miei dati
forget-kept = Va bene, ho lasciato tutto com'era.
forget-done = Fatto: ho chiesto a X di revocare il mio accesso e ho cancellato tutto ciò che sapevo su di te e sulla tua attività. Se mi riscrivi, ripartiamo da zero. A presto!
forget-done-local = Fatto: ho cancellato tutto ciò che sapevo su di te e sulla tua attività (non avevi fatto l'accesso con X, quindi non avevo nessun accesso da revocare lì). Se mi riscrivi, ripartiamo da zero. A presto!
