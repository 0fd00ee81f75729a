## /settings, /language, /help y /cancel.

settings-title = Esto es lo que sé de tu negocio. Toca un botón para cambiar una respuesta.
settings-line = • { $label }: { $value }
settings-saved = Guardado.
settings-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
settings-hours = { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}
label-name = Nombre
label-sector = Sector
label-goals = Objetivos
label-customers = Clientes
label-reach = Alcance
label-onx = Clientes en X
label-minutes = Tiempo al día
label-autodms = Mensajes automáticos
label-timezone = Zona horaria
label-nudgetime = Empujón diario
label-language = Idioma

language-choose = ¿En qué idioma quieres que te hable?
language-set = Hecho: a partir de ahora te hablo en español.
language-en = English
language-it = Italiano
language-fr = Français
language-es = Español

help-intro = Soy tu coach para X. Esto es lo que puedes pedirme:
help-line = /{ $command } — { $about }
help-pending-question = Estábamos a mitad de una pregunta: respóndela o escribe /cancel.
command-start = empezar, o repasar las preguntas
command-settings = ver y cambiar tus respuestas
command-language = cambiar el idioma en el que te hablo
command-help = esta lista
command-cancel = detener la pregunta actual
cancel-nothing = No hay nada que cancelar.
cancel-done = Lo dejamos aquí. Tus respuestas hasta ahora quedan guardadas; con /start seguimos donde lo dejamos.
label-daysoff = Días libres
label-weekly = Resumen semanal
weekly-moved = { $chosen }, día libre: llega con el empujón siguiente ({ $actual })
