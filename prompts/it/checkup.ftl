## /checkup: la diagnosi di un account X, il resoconto settimanale e il suo grafico, l'audit nel terminale.

command-checkup = cosa frena il tuo account X, e da dove cominciare

checkup-no-account = Non ho ancora un account X da guardare. Collega il tuo con /connect, mandami l'archivio di X (il file zip che X ti fa scaricare), oppure prova /demo per vedere il checkup di un account d'esempio.
checkup-score = { $band ->
    [good] Il tuo account totalizza { $score }/100: è in buona forma.
    [fair] Il tuo account totalizza { $score }/100: una buona base, con qualcosa da sistemare.
   *[low] Il tuo account totalizza { $score }/100: c'è da lavorare, e si comincia con piccoli passi.
}
checkup-top-title = { $count ->
    [one] La prima cosa su cui lavorare:
   *[other] Le { $count } cose su cui lavorare per prime:
}
checkup-issue =
    { $number }. { $title }: { $finding }
    → { $step }
checkup-nothing-urgent = Niente di urgente: tutto quello che posso valutare va bene.
checkup-praise = 👏 { $praise }
checkup-unknown-note = { $count ->
    [one] C'è una cosa che non ho ancora potuto valutare: il resoconto completo spiega perché.
   *[other] Ci sono { $count } cose che non ho ancora potuto valutare: il resoconto completo spiega perché.
}
checkup-button-full = Resoconto completo
checkup-button-chart = Grafico dei progressi
checkup-full-title = Resoconto completo: { $score }/100
checkup-full-line =
    { $mark } { $title } ({ $status }): { $finding }
    → { $step }
checkup-full-line-fine = { $mark } { $title } ({ $status }): { $finding }

status-act = da fare ora
status-watch = da tenere d'occhio
status-fine = tutto bene
status-unknown = non valutabile
status-mark-act = 🔴
status-mark-watch = 🟠
status-mark-fine = 🟢
status-mark-unknown = ⚪

## Le dodici diagnosi: titoli.
dx-broadcasting = Conversazione, non solo promozione
dx-cadence = Ritmo dei post
dx-answering = Rispondere alle persone
dx-goals = I tuoi obiettivi su X
dx-audience = I clienti su X
dx-profile = Profilo
dx-protected = Account pubblico
dx-convictions = Opinioni e temi divisivi
dx-following = Chi segui
dx-autodms = Messaggi diretti automatici
dx-arguing = Discussioni in pubblico
dx-learning = Partecipare alle conversazioni altrui

## Cosa ho visto (o perché non ho potuto valutare).
seen-few-posts = { $posts ->
    [0] Nessun post negli ultimi 30 giorni: per ora non ho niente da valutare.
    [one] Solo 1 post negli ultimi 30 giorni: troppo pochi per valutarlo.
   *[other] Solo { $posts } post negli ultimi 30 giorni: troppo pochi per valutarlo.
}
seen-unreadable = { $judged ->
    [0] Non sono riuscito a leggere nessuno dei tuoi { $posts } post recenti (sono in lingue che ancora non leggo, o solo emoji e link), quindi non posso valutare.
   *[other] Ho potuto leggere solo { $judged } dei tuoi { $posts } post recenti (gli altri sono in lingue che ancora non leggo, o solo emoji e link): troppo pochi per valutare.
}
seen-not-answered = Questo ancora non lo so: è una delle domande che ti faccio in chat.

seen-broadcasting-promo = { $promo ->
    [one] 1 dei tuoi ultimi { $originals } post originali era promozione
   *[other] { $promo } dei tuoi ultimi { $originals } post originali erano promozione
} (offerte, lanci, "compra" o "prenota", link al tuo sito): { $promo_share }% del totale.
seen-broadcasting-talk = { $conversation ->
    [0] Nessuno dei tuoi { $posts } post degli ultimi 30 giorni era una risposta, una citazione o un repost di altri (0%).
    [one] Solo 1 dei tuoi { $posts } post degli ultimi 30 giorni era una risposta, una citazione o un repost di altri ({ $conversation_share }% del totale).
   *[other] Solo { $conversation } dei tuoi { $posts } post degli ultimi 30 giorni erano risposte, citazioni o repost di altri ({ $conversation_share }% del totale).
}
seen-broadcasting-fine = { $conversation ->
    [one] 1 dei tuoi { $posts } post degli ultimi 30 giorni era conversazione, e la promozione resta nella giusta misura.
   *[other] { $conversation } dei tuoi { $posts } post degli ultimi 30 giorni erano conversazione, e la promozione resta nella giusta misura.
}

seen-cadence-none = Nessun post tuo negli ultimi 30 giorni.
seen-cadence-silent = { $days ->
    [one] Il tuo ultimo post è di ieri.
   *[other] Il tuo ultimo post è di { $days } giorni fa.
}
seen-cadence-low = { $week ->
    [one] 1 post negli ultimi 7 giorni ({ $per_day } al giorno), contro il tuo obiettivo di { $target } al giorno.
   *[other] { $week } post negli ultimi 7 giorni ({ $per_day } al giorno), contro il tuo obiettivo di { $target } al giorno.
}
seen-cadence-fine = { $week ->
    [one] 1 post negli ultimi 7 giorni: sei in linea con il tuo obiettivo di { $target } al giorno.
   *[other] { $week } post negli ultimi 7 giorni ({ $per_day } al giorno): sei in linea con il tuo obiettivo di { $target } al giorno.
}

seen-answering-no-mentions = Non vedo menzioni negli ultimi { $days } giorni, quindi qui non c'è niente da valutare.
seen-answering-no-source = L'archivio di X non contiene le menzioni, quindi non posso sapere se chi ti scrive riceve una risposta.
seen-answering-late = { $late ->
    [one] 1 menzione è senza risposta da più di un giorno
   *[other] { $late } menzioni sono senza risposta da più di un giorno
}; la più vecchia aspetta da { $oldest_days ->
    [0] { $oldest } ore
    [one] 1 giorno
   *[other] { $oldest_days } giorni
}.
seen-answering-slow = { $hours ->
    [one] Rispondi, ma di solito una risposta arriva dopo un'ora.
   *[other] Rispondi, ma di solito una risposta arriva dopo { $hours } ore.
}
seen-answering-waiting = { $waiting ->
    [one] 1 menzione dell'ultimo giorno aspetta una risposta.
   *[other] { $waiting } menzioni dell'ultimo giorno aspettano una risposta.
}
seen-answering-fine = { $mentions ->
    [one] Hai risposto all'unica menzione ricevuta
   *[other] Hai risposto a tutte le { $mentions } menzioni ricevute
}, di solito entro { $hours ->
    [0] un'ora
    [one] un'ora
   *[other] { $hours } ore
}.

seen-goals-none = Non hai ancora scelto perché sei su X.
seen-goals-followers-only = Il tuo unico obiettivo è avere più follower.
seen-goals-fine = { $goals ->
    [one] Sai perché sei su X: hai scelto 1 obiettivo.
   *[other] Sai perché sei su X: hai scelto { $goals } obiettivi.
}

seen-audience-yes = Mi hai detto che i tuoi clienti sono su X.
seen-audience-no = Mi hai detto che i tuoi clienti non sono su X.
seen-audience-unsure = Non sei sicuro che i tuoi clienti usino X.

seen-profile-missing = { $missing ->
    [one] Al tuo profilo manca una delle basi:
   *[other] Al tuo profilo mancano { $missing } delle basi, a cominciare da
} { $first ->
    [avatar] una vera immagine del profilo.
    [bio] una bio.
    [link] un link.
   *[banner] un'immagine di copertina.
}
seen-profile-fine = Immagine, bio, link e copertina ci sono tutti.

seen-protected-yes = Il tuo account è protetto: solo i follower approvati vedono i tuoi post.
seen-protected-no = I tuoi post sono pubblici.

seen-convictions-many = { $divisive ->
    [one] 1 dei tuoi ultimi { $posts } post tocca la politica o temi divisivi ({ $share }% del totale).
   *[other] { $divisive } dei tuoi ultimi { $posts } post toccano la politica o temi divisivi ({ $share }% del totale).
}
seen-convictions-fine = La politica e i temi divisivi restano fuori dai tuoi post ({ $divisive } su { $posts }).

seen-following-ratio = { $following ->
    [0] Non segui nessun account
    [one] Segui 1 account
   *[other] Segui { $following } account
} e { $followers ->
    [0] nessuno ti segue ancora.
    [one] 1 account segue te.
   *[other] { $followers } seguono te.
}
seen-following-jump = { $jump ->
    [one] Hai iniziato a seguire 1 account in più in un solo giorno.
   *[other] Hai iniziato a seguire { $jump } account in più in un solo giorno.
}
seen-following-fine = { $following ->
    [0] Non segui nessun account
    [one] Segui 1 account
   *[other] Segui { $following } account
} e { $followers ->
    [0] nessuno ti segue ancora
    [one] 1 account segue te
   *[other] { $followers } seguono te
}: un buon equilibrio.
seen-following-few = { $following ->
    [0] Non segui nessun account: nessun segno di follow in massa.
    [one] Segui 1 account: nessun segno di follow in massa.
   *[other] Segui { $following } account: nessun segno di follow in massa.
}

seen-autodms-yes = Mandi messaggi automatici ai nuovi follower.
seen-autodms-no = Non mandi messaggi diretti automatici.

seen-arguing-thread = { $exchanges ->
    [one] Una conversazione è andata avanti e indietro una volta con la stessa persona, in pubblico.
   *[other] Una conversazione è andata avanti e indietro { $exchanges } volte con la stessa persona, in pubblico.
}
seen-arguing-complaints = { $complaints ->
    [one] 1 menzione di questa settimana sembra un reclamo.
   *[other] { $complaints } menzioni di questa settimana sembrano reclami.
}
seen-arguing-fine = Nessuna lunga discussione in pubblico, e nessun reclamo questa settimana.
seen-arguing-no-source = L'archivio di X non contiene le menzioni né le conversazioni intere, quindi non posso sapere se qualcuno si è lamentato o ha discusso con te in pubblico.

seen-learning-few = { $joined ->
    [0] Nessuno dei tuoi { $posts } post degli ultimi 30 giorni si è inserito in una conversazione di cui non facevi già parte.
    [one] Solo 1 dei tuoi { $posts } post degli ultimi 30 giorni si è inserito in una conversazione di cui non facevi già parte.
   *[other] Solo { $joined } dei tuoi { $posts } post degli ultimi 30 giorni si sono inseriti in conversazioni di cui non facevi già parte.
} { $answers ->
    [0] {""}
    [one] La tua risposta a chi ti aveva menzionato (o nel tuo thread) conta come risposta, non come partecipazione alle conversazioni degli altri.
   *[other] Le tue { $answers } risposte a chi ti aveva menzionato (o nei tuoi thread) contano come risposte, non come partecipazione alle conversazioni degli altri.
}
seen-learning-fine = { $joined ->
    [one] Negli ultimi 30 giorni hai partecipato a 1 conversazione di cui non facevi già parte.
   *[other] Negli ultimi 30 giorni hai partecipato a { $joined } conversazioni di cui non facevi già parte.
}
seen-learning-no-source = { $replies ->
    [one] 1 dei tuoi post rispondeva a un'altra persona, ma l'archivio di X non contiene le menzioni, quindi non posso distinguere il partecipare alle conversazioni altrui dal rispondere a chi ti ha menzionato.
   *[other] { $replies } dei tuoi post rispondevano ad altre persone, ma l'archivio di X non contiene le menzioni, quindi non posso distinguere il partecipare alle loro conversazioni dal rispondere a chi ti ha menzionato.
}

## Un prossimo passo per ciascuna.
step-keep-going = Continua così.
step-unknown-posts = Pubblica qualche post questa settimana: al prossimo checkup avrò di più da dirti.
step-answer-question = Rispondi in /settings e ne terrò conto.
step-broadcasting-give = Fai del prossimo post un regalo, non un'offerta: fai una domanda ai tuoi clienti, lancia un sondaggio, o condividi qualcosa di utile di qualcun altro del tuo settore.
step-broadcasting-talk = Oggi rispondi a due post di clienti o di persone del tuo settore, oppure ricondividi un post che ti piace aggiungendo due parole tue.
step-cadence-start = Scrivi un post oggi: basta una foto del lavoro di oggi e una frase per raccontarlo.
step-cadence-return = Pubblica qualcosa oggi, anche una cosa piccola: un account che tace smette di essere seguito.
step-cadence-pace = { $target ->
    [0.5] Punta a un post ogni due giorni: un ritmo che riesci a tenere vale più di una raffica. Scrivi il prossimo adesso e programmalo.
    [1] Punta a un post al giorno: un ritmo che riesci a tenere vale più di una raffica. Scrivi adesso il post di domani e programmalo.
   *[other] Punta a { $target } post al giorno: un ritmo che riesci a tenere vale più di una raffica. Scrivi adesso i post di domani e programmali.
}
step-answering-late = Rispondi oggi: basta un grazie o una risposta breve, ed è l'inizio di una relazione.
step-answering-slow = Controlla le menzioni una volta al giorno a un'ora fissa, così nessuno aspetta più di un giorno.
step-answering-waiting = Rispondi prima che finisca la giornata.
step-answering-none = Avvia tu le conversazioni: rispondi ai clienti e alle persone del tuo settore, e cominceranno a menzionarti.
step-mentions-check = Guarda le tue menzioni su X una volta al giorno: rispondi a ciascuna, e porta i reclami in privato, al telefono o per e-mail.
step-goals = Scegli da uno a tre obiettivi in /settings: farti conoscere, trovare clienti, fornitori e partner, condividere competenze, assistenza ai clienti o comunità. Un pubblico piccolo ma interessato vale più di uno grande e indifferente.
step-audience-elsewhere = Sii sincero con te stesso: se i tuoi clienti parlano su Instagram, Facebook, LinkedIn o Pinterest, metti lì il tuo tempo. Lasciare X con garbo è un'ottima scelta.
step-audience-check = Cerca su X il tuo settore e la tua città: se clienti e colleghi ne parlano lì, resta e partecipa; altrimenti valuta un altro social.
step-profile-avatar = Carica il tuo logo o una foto vera come immagine del profilo.
step-profile-bio = Scrivi una bio di una riga che dica cosa fai e per chi.
step-profile-link = Aggiungi un link al tuo sito, o alla pagina dove si ordina o si prenota.
step-profile-banner = Aggiungi un'immagine di copertina: il negozio, il prodotto, la squadra al lavoro.
step-protected = Rendi pubblico l'account nelle impostazioni di X (Privacy e sicurezza → Pubblico): un'attività che nasconde i suoi post insospettisce e non può crescere.
step-convictions = Prima del prossimo post d'opinione chiediti se serve ai tuoi obiettivi: ti farà guadagnare qualche follower e perderne altri.
step-following = Smetti di seguire in massa: segui a mano le persone che parlano del tuo settore o della tua città, e parla con loro. 100 follower scelti bene valgono più di 10.000 a caso.
step-autodms = Disattiva i messaggi diretti automatici: sembrano spam. Tieni i messaggi privati per una persona e un argomento vero.
step-arguing = Ringrazia, riconosci il problema e sposta la conversazione in privato, al telefono o per e-mail.
step-learning = Segui tre persone da cui impari, mettile in una lista di X e rispondi a un loro post questa settimana.

## Complimenti, quando sono meritati.
praise-replies = { $week ->
    [one] Hai risposto alla menzione ricevuta questa settimana. Le persone se ne accorgono.
   *[other] Hai risposto a tutte le { $week } menzioni ricevute questa settimana. Le persone se ne accorgono.
}
praise-cadence = { $week ->
    [one] Hai tenuto il ritmo: 1 post questa settimana.
   *[other] Hai tenuto il ritmo: { $week } post questa settimana.
}
praise-conversation = Conversazione: { $conversation_share }% dei tuoi post. È così che nascono le relazioni.

## Il resoconto settimanale.
weekly-title = La tua settimana su X
weekly-posts = Post: { $now } al giorno questa settimana, { $before } la settimana prima ({ $trend ->
    [up] in aumento
    [down] in calo
   *[same] stabile
}); { $met ->
    [yes] il tuo obiettivo di { $target } al giorno è raggiunto.
   *[no] il tuo obiettivo è { $target } al giorno.
}
weekly-replies = Risposte: { $now } questa settimana, { $before } la settimana prima ({ $trend ->
    [up] in aumento
    [down] in calo
   *[same] stabile
}).
weekly-mentions = Menzioni di questa settimana: { $answered } con risposta, { $unanswered } ancora in attesa.
weekly-mentions-none = Menzioni: l'archivio di X non le contiene, quindi non posso contarle.

chart-title = @{ $name }: le ultime quattro settimane
chart-posts = Post al giorno
chart-posts-legend = i tuoi post al giorno
chart-target = obiettivo: { $target } al giorno
chart-replies = Risposte a settimana
chart-mentions = Menzioni a settimana
chart-mentions-none = L'archivio di X non contiene le menzioni, quindi qui non c'è niente da mostrare.
chart-answered = con risposta
chart-unanswered = senza risposta
chart-week = { $ago ->
    [0] questa settimana
    [1] la scorsa settimana
   *[other] { $ago } settimane fa
}
chart-value = { $value }
chart-caption = Le tue ultime quattro settimane su X

## nudgebird audit (il terminale).
audit-title = Checkup di @{ $name } negli ultimi { $days } giorni
audit-title-unnamed = Checkup di questo archivio X negli ultimi { $days } giorni (l'archivio non dice di quale account sia)
audit-language-unavailable = Non ho testi in "{ $asked }", quindi uso l'italiano.
audit-step-answer-question = Avvia il coach con "nudgebird run" e rispondi alle sue domande: il suo checkup tiene conto delle risposte.
audit-head-status = stato
audit-head-diagnosis = diagnosi
audit-chart-written = Grafico scritto in { $path }
audit-chart-failed = Non sono riuscito a scrivere il grafico in { $path }.
audit-usage = Indica il percorso di un archivio X (il file zip), oppure --demo per l'account d'esempio.
audit-error-missing = Non c'è nessun file in { $path }.
audit-error-not-zip = Questo non è un file zip: usa l'archivio così come te l'ha dato X.
audit-error-no-tweets = In questo zip non ci sono post: è l'archivio di X (Impostazioni → Il tuo account → Scarica un archivio dei tuoi dati)?
audit-error-too-big = Questo archivio è troppo grande per me.
audit-error-bomb = Questo zip non sembra sicuro da aprire (si espanderebbe molto più del dovuto), quindi non l'ho toccato.
audit-error-malformed = Una parte di questo archivio è danneggiata e non riesco a leggerlo. Prova a scaricarlo di nuovo da X.
