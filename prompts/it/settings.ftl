## /settings, /language, /help e /cancel.

settings-title = Ecco cosa so della tua attività. Premi un pulsante per cambiare una risposta.
settings-line = • { $label }: { $value }
settings-saved = Salvato.
settings-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuti
}
settings-hours = { $hours ->
    [one] { $hours } ora
   *[other] { $hours } ore
}
label-name = Nome
label-sector = Settore
label-goals = Obiettivi
label-customers = Clienti
label-reach = Zona dei clienti
label-onx = Clienti su X
label-minutes = Tempo al giorno
label-autodms = DM automatici
label-timezone = Fuso orario
label-nudgetime = Promemoria quotidiano
label-language = Lingua

language-choose = In che lingua vuoi che ti parli?
language-set = Fatto: da ora parlo in italiano.
language-en = English
language-it = Italiano
language-fr = Français
language-es = Español

help-intro = Sono il tuo coach per X. Ecco cosa puoi chiedermi:
help-line = /{ $command } — { $about }
help-pending-question = Eravamo a metà di una domanda: rispondi, oppure scrivi /cancel.
command-start = inizia, o rifai le domande
command-settings = vedi e cambia le tue risposte
command-language = cambia la lingua in cui ti parlo
command-help = questo elenco
command-cancel = interrompi la domanda in corso
cancel-nothing = Non c'è niente da annullare.
cancel-done = Ci fermiamo qui. Le risposte date finora sono salvate; con /start riprendiamo da dove eravamo rimasti.
label-daysoff = Giorni liberi
label-weekly = Resoconto settimanale
weekly-moved = { $chosen }, giorno libero: arriva con il promemoria successivo ({ $actual })
