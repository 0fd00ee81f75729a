## /start: conocer tu negocio.

welcome = ¡Hola! Soy nudgebird, tu coach para X. Te haré unas preguntas rápidas para conocer tu negocio; después te diré claramente qué está frenando tu cuenta y te daré un empujoncito una vez al día. Puedes cambiar cualquier respuesta más adelante con /settings.
welcome-back = ¡Hola de nuevo, { $name }! Recuerdo tus respuestas. Con /settings las ves todas, o podemos repasarlas otra vez.
button-start-over = Repasar las preguntas
onboarding-restart = Repasemos las preguntas. Tus respuestas actuales se mantienen hasta que las cambies.
onboarding-resume = Sigamos donde lo dejamos.
onboarding-done = ¡Todo listo, { $name }! Siguiente paso: conecta tu cuenta de X con /connect para que pueda ver lo que publicas. Puedes revisar tus respuestas con /settings cuando quieras.
onboarding-done-offline = ¡Todo listo, { $name }! Aquí no está configurado el acceso con X: envíame el archivo de tu cuenta de X (el .zip de "Descargar un archivo de tus datos") o prueba todo con la cuenta de demostración. Con /settings revisas tus respuestas cuando quieras.

ask-name = ¿Cómo se llama tu negocio?
expected-name = Escribe el nombre de tu negocio (letras o números, hasta 100 caracteres).
expected-name-too-long = Es un poco largo: el nombre tiene que tener menos de 100 caracteres.

ask-sector = ¿A qué se dedica tu negocio? Elige la opción más parecida o cuéntalo con tus palabras.
expected-sector = Elige una de las opciones o describe tu sector en pocas palabras (hasta 64 caracteres).
sector-food = Comida y bebida
sector-shop = Tienda
sector-beauty = Belleza y bienestar
sector-craft = Artesanía
sector-hospitality = Hoteles y alojamientos
sector-agency = Agencias y servicios
sector-health = Salud
sector-other = Otra cosa

ask-goals = ¿Para qué está tu negocio en X? Marca de uno a tres objetivos y luego toca Listo.
expected-goals = Marca al menos un objetivo y luego toca Listo (o escríbelos separados por comas).
expected-goals-most = Tres objetivos como máximo: primero desmarca uno, o toca Listo.
goals-awareness = Darse a conocer
goals-customers = Conseguir clientes
goals-partners = Proveedores & socios
goals-expertise = Compartir conocimientos
goals-care = Atención al cliente
goals-community = Crear comunidad
goals-followers = Más seguidores
tip-goals-followers = Anotado. Eso sí, un consejo: tener seguidores, sin más, es un objetivo flojo. Un público pequeño al que le importas vale más que uno grande al que le da igual. Piensa en añadir otro objetivo más adelante en /settings.

ask-customers = ¿Quiénes son tus clientes?
expected-customers = Elige: particulares, empresas o ambos.
customers-consumers = Particulares
customers-businesses = Empresas
customers-both = Ambos

ask-reach = ¿Dónde están?
expected-reach = Elige: local, nacional o internacional.
reach-local = Local
reach-national = Nacional
reach-international = Internacional

ask-onx = ¿Tus clientes usan X de verdad?
expected-onx = Responde sí, no o no lo sé.
onx-yes = Sí
onx-no = No
onx-unsure = No lo sé
tip-audience-elsewhere = Te lo digo con sinceridad: si tus clientes no están en X, puede que otra red (Instagram, Facebook, LinkedIn o Pinterest) te sirva mejor, y es una opción perfectamente válida. ¿Quieres seguir con X de todos modos?
button-continue-anyway = Seguir de todos modos
button-stop-here = Dejarlo aquí
onboarding-paused-offx = Entendido. Tus respuestas quedan guardadas; si cambias de idea, escribe /start y seguimos.
onboarding-paused-reminder = Nos quedamos a mitad de las preguntas; tus respuestas hasta ahora están guardadas. ¿Seguimos? Pulsa el botón o escribe /start. Con /help ves todo lo demás que sé hacer.
button-carry-on = Seguir con las preguntas

ask-minutes = ¿Cuánto tiempo puedes dedicarle a X en un día normal?
expected-minutes = Elige una opción o escribe un número de minutos entre 1 y 600 (por ejemplo, 20).
minutes-5 = 5 min
minutes-15 = 15 min
minutes-30 = 30 min
minutes-60 = 1 hora
minutes-value = { $minutes ->
    [one] { $minutes } minuto al día
    [many] { $minutes } de minutos al día
   *[other] { $minutes } minutos al día
}

ask-autodms = ¿Envías mensajes automáticos a tus nuevos seguidores?
expected-autodms = Responde sí o no.
autodms-yes = Sí
autodms-no = No
tip-autodms = Gracias por tu sinceridad. Los mensajes directos automáticos a nuevos seguidores parecen spam y muchas veces hacen que te dejen de seguir. Guarda los mensajes privados para hablar con una persona concreta de un tema real.

ask-timezone = ¿En qué zona horaria estás? Escribe tu ciudad (por ejemplo, Madrid, Sevilla o Buenos Aires) o elige una de abajo.
expected-timezone = No encontré esa zona horaria. Escribe una ciudad (como Madrid o Sevilla) o el nombre de una zona, como Europe/Madrid.
expected-timezone-offset = Los desfases fijos como Etc/GMT+5 o UTC+1 se leen fácilmente al revés (Etc/GMT+5 significa cinco horas por detrás de UTC, no por delante) y no tienen en cuenta el horario de verano. Escribe mejor tu ciudad (como Roma, Lugano o Nueva York).
timezone-option = { $zone }

ask-nudgetime = ¿A qué hora quieres tu empujón diario? Elige una hora o escríbela (por ejemplo, 9:15).
expected-nudgetime = No puedo usar esa hora. Escribe una hora entre 00:00 y 23:59 (por ejemplo, 9:15 o 18), o elige "Sin empujón diario".
nudgetime-0830 = 08:30
nudgetime-0900 = 09:00
nudgetime-1230 = 12:30
nudgetime-1800 = 18:00
nudgetime-none = Sin empujón diario

ask-daysoff = ¿Qué días prefieres que no te escriba? Márcalos y luego toca Listo (si no marcas ninguno, te escribiré todos los días).
expected-daysoff = Marca tus días libres y luego toca Listo.
expected-daysoff-most = Déjame al menos un día a la semana para darte un empujón: desmarca uno, o usa /stop para pausar los empujones.
daysoff-0 = Lun
daysoff-1 = Mar
daysoff-2 = Mié
daysoff-3 = Jue
daysoff-4 = Vie
daysoff-5 = Sáb
daysoff-6 = Dom
daysoff-none = ninguno

ask-weekly = ¿Qué día quieres recibir tu gráfico semanal de progreso?
expected-weekly = Elige un día, o "Sin resumen semanal".
weekly-0 = Lunes
weekly-1 = Martes
weekly-2 = Miércoles
weekly-3 = Jueves
weekly-4 = Viernes
weekly-5 = Sábado
weekly-6 = Domingo
weekly-none = Sin resumen semanal
