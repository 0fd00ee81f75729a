## Slack: la scheda Home, il comando slash e il riepilogo del team.

slack-answered-in-dm = Ti ho risposto nei nostri messaggi diretti.
slack-guest = Seguo i membri del workspace che mi ha aggiunto. Chiedi al tuo workspace di aggiungere nudgebird e ti seguirò volentieri lì.

slack-home-title = nudgebird, il tuo coach per X
slack-home-business = *Attività:* { $name }
slack-home-onboarding = { $state ->
    [done] *Profilo:* completo
    [progress] *Profilo:* a metà strada, le risposte date finora sono salvate
   *[new] *Profilo:* non ancora iniziato
}
slack-home-language = *Lingua:* { $language }
slack-home-next-nudge = *Prossimo promemoria:* { $day ->
    [today] oggi
    [tomorrow] domani
   *[later] { $date }
} alle { $time } ({ $zone })
slack-home-no-nudge = *Promemoria quotidiano:* disattivato
slack-home-x-account = *Account X:* @{ $handle }
slack-home-checkup = *Ultimo check-up:* { $score }/100
slack-home-button-start = { $state ->
    [done] Rivedi le mie risposte
    [progress] Continua
   *[new] Iniziamo
}
slack-home-button-settings = Le mie risposte
slack-home-button-language = Lingua
slack-home-digest = *Riepilogo del team* (amministratori): il canale dove pubblico, una volta al giorno, le menzioni ancora senza risposta.
slack-home-digest-placeholder = Scegli un canale

slack-digest-current = Il riepilogo del team va in { $channel }.
slack-digest-usage = Per scegliere il canale del riepilogo del team: `/nudgebird digest #canale`. Per fermarlo: `/nudgebird digest off`.
slack-digest-off = Il riepilogo del team è disattivato: non pubblicherò in nessun canale.
slack-digest-admins-only = Solo un amministratore del workspace può scegliere il canale del riepilogo del team.
slack-digest-cannot-post = Non riesco a scrivere in quel canale. Prima invitami (`/invite @nudgebird`), poi sceglilo di nuovo.
slack-digest-hello = Ciao! { $who } ha scelto questo canale per il riepilogo quotidiano del team: una volta al giorno pubblicherò le menzioni ancora senza risposta, così potete dividervele.
slack-digest-chosen = Fatto: il riepilogo del team andrà in { $channel }.
slack-digest-unanswered = { $count ->
    [one] Una menzione senza risposta { $since } — chi se ne occupa?
   *[other] { $count } menzioni senza risposta { $since } — chi se ne occupa?
}
slack-digest-since = { $weekday ->
    [today] da oggi
    [mon] da lunedì
    [tue] da martedì
    [wed] da mercoledì
    [thu] da giovedì
    [fri] da venerdì
    [sat] da sabato
    [sun] da domenica
   *[other] dal { DATETIME($date) }
}
slack-digest-more = { $count ->
    [one] …e un'altra.
   *[other] …e altre { $count }.
}
slack-digest-open = Apri su X
slack-digest-take = Me ne occupo io
slack-digest-taken = Se ne occupa { $who }. Grazie!
slack-digest-already-taken = Se ne sta già occupando { $who }.
slack-digest-not-yours = Questo riepilogo è di un altro workspace: solo i suoi membri possono prenderlo in carico.

## L'installazione dell'app: le pagine che mostra il browser.

slack-install-title = Aggiungi nudgebird a Slack
slack-install-intro = nudgebird segue la tua attività su X direttamente da Slack: chi lo desidera riceve un promemoria al giorno nei messaggi diretti, e il team può dividersi le menzioni che aspettano una risposta.
slack-install-button = Aggiungi a Slack
slack-installed-title = nudgebird è installato
slack-installed = nudgebird ora è installato in { $workspace }. Apri Slack e scrivi a nudgebird nei messaggi diretti (lo trovi tra le App) per cominciare.
slack-installed-open = Apri nudgebird in Slack
slack-install-problem-title = L'installazione non è riuscita
slack-install-invalid = Questo link di installazione è sconosciuto o è già stato usato, quindi non ho installato niente. Ricomincia dalla pagina di installazione.
slack-install-expired = Questo link di installazione è scaduto (vale 10 minuti), quindi non ho installato niente. Ricomincia dalla pagina di installazione.
slack-install-browser = Questa installazione è partita da un altro browser, quindi non ho installato niente. Ricomincia dalla pagina di installazione, in questo browser.
slack-install-denied = Non hai dato il permesso a nudgebird di entrare nel workspace, quindi non ho installato niente. Puoi ricominciare quando vuoi.
slack-install-slack-error = Slack non ha completato l'installazione, quindi non ho installato niente. Riprova tra qualche minuto.
slack-install-unavailable = Qualcosa non ha funzionato da parte nostra e non ho installato niente. Riprova tra qualche minuto.
slack-install-again = Ricomincia
