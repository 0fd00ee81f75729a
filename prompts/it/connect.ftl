## /connect, /disconnect, /demo, l'archivio di X e le pagine di accesso nel browser.

command-connect = collega il tuo account X
command-disconnect = scollega il tuo account X e dimentica le sue chiavi d'accesso
command-demo = prova il coach su un account dimostrativo

button-connect = Collega X
button-reconnect = Ricollega X
button-demo = Usa l'account demo

connect-link = Tocca il pulsante per accedere con X. Il link funziona una volta sola, per 10 minuti. Chiedo solo di leggere: non pubblico mai al posto tuo.
connect-already = Il tuo account X @{ $username } è già collegato. Scrivi /disconnect se vuoi che me ne dimentichi.
connect-unavailable = L'accesso con X non è attivo su questo coach. Puoi però mandarmi l'archivio di X (lo .zip che ottieni da "Scarica un archivio dei tuoi dati" nelle impostazioni di X), oppure provare tutto su un account dimostrativo.
x-connected = Collegato a @{ $username }! Ecco, chiaro e tondo, come sta andando il tuo account (con /checkup lo rivedi quando vuoi).
x-disconnected = X non mi lascia più leggere @{ $username }, quindi i miei promemoria non vedono le novità. Ricollegalo quando hai un minuto.
disconnect-done = Fatto: ho chiesto a X di revocare il mio accesso e ho dimenticato le chiavi d'accesso e i post del tuo account.
disconnect-done-local = Fatto: ho dimenticato quell'account e i suoi post. Non avevi fatto l'accesso con X, quindi non avevo nessun accesso da revocare lì.
disconnect-nothing = Non c'è nessun account X collegato, quindi non c'è niente da scollegare.
demo-attached = Ora sei sull'account dimostrativo: Forno Rossi, un forno di famiglia a Bologna. Ecco cosa gli direi (con /checkup lo rivedi quando vuoi); con /connect passi al tuo account.

archive-imported = { $posts ->
    [one] Ho letto 1 post dall'archivio di @{ $username }.
   *[other] Ho letto { $posts } post dall'archivio di @{ $username }.
} Ecco cosa ne penso (con /checkup lo rivedi quando vuoi).
archive-not_zip = Questo file non è un archivio zip. Mandami lo .zip che hai scaricato da X, così com'è.
archive-no_tweets = Non ho trovato i tuoi post in questo zip (manca data/tweets.js). È proprio l'archivio di X, quello di "Scarica un archivio dei tuoi dati"?
archive-too_big = Questo archivio supera i 200 MB: è più di quanto riesco a leggere. Prova piuttosto con /connect.
archive-bomb = Una volta estratto, questo archivio supererebbe 1 GB, quindi non l'ho aperto. Mandami l'archivio esattamente come te l'ha dato X.
archive-malformed = Non sono riuscito a leggere i post di questo archivio: il file sembra danneggiato. Prova a scaricarlo di nuovo da X.
archive-download-failed = Non sono riuscito a scaricare il file, quindi non l'ho letto. Riprova a mandarmelo tra un momento.

web-title-connected = Il tuo account X è collegato
web-title-problem = Questo accesso non è andato a buon fine
web-signin-done = Ora nudgebird può leggere @{ $username }. Puoi chiudere questa pagina e tornare alla chat.
web-signin-unknown = Questo link di accesso non è valido o è già stato usato. Scrivi /connect nella chat per averne uno nuovo.
web-signin-expired = Questo link di accesso è scaduto (vale 10 minuti). Scrivi /connect nella chat per averne uno nuovo.
web-signin-mismatch = Questo accesso è partito da un altro browser. Apri il link della chat in questo browser, oppure scrivi /connect per averne uno nuovo.
web-signin-denied = Non hai autorizzato l'accesso, quindi non ho collegato niente. Puoi riprovare con /connect quando vuoi.
web-signin-failed = X non ha completato l'accesso. Riprova tra qualche minuto con /connect.
web-x-not-configured = L'accesso con X non è attivo su questo coach.
