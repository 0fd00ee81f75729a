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
