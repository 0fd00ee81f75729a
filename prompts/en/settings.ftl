## /settings, /language, /help and /cancel.

settings-title = Here is what I know about your business. Press a button to change an answer.
settings-line = • { $label }: { $value }
settings-saved = Saved.
settings-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
settings-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
label-name = Name
label-sector = Sector
label-goals = Goals
label-customers = Customers
label-reach = Reach
label-onx = Customers on X
label-minutes = Time per day
label-autodms = Automatic DMs
label-timezone = Time zone
label-nudgetime = Daily nudge
label-language = Language

language-choose = Which language should I speak?
language-set = Done: I'll speak English from now on.
language-en = English
language-it = Italiano
language-fr = Français
language-es = Español

help-intro = I'm your X coach. Here's what you can ask me:
help-line = /{ $command } — { $about }
help-pending-question = We were in the middle of a question: answer it, or type /cancel.
command-start = get started, or go through the questions again
command-settings = see and change your answers
command-language = change the language I speak
command-help = this list
command-cancel = stop the current question
cancel-nothing = There's nothing to cancel.
cancel-done = Stopped. Your answers so far are saved; /start picks up where we left off.
label-daysoff = Days off
label-weekly = Weekly report
weekly-moved = { $chosen }, a day off: it comes with the next nudge ({ $actual })
