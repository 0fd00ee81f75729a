## Textos que puede necesitar cualquier función: errores, botones y el marco de la conversación.

button-expired = Este botón ya no vale. Aquí tienes otra vez la pregunta en la que estamos.
unknown-command = No conozco el comando /{ $command }. Escribe /help para ver qué puedo hacer.
finish-question-first = Primero terminemos esta pregunta (o escribe /cancel para dejarlo aquí).
file-not-expected = Gracias, pero ahora mismo no esperaba ningún archivo.
not-understood = No sé bien a qué te refieres. Escribe /help para ver qué puedo hacer.
sent-in-private = Te mandé los detalles por chat privado, porque tienen que ver con tu cuenta.
ticked-option = ✓ { $option }
button-done = Listo
expected-choice = Elige uno de los botones de abajo.
answer-missing = todavía sin respuesta
console-choose-hint = Escribe un número para elegir, o escribe tu respuesta.
console-goodbye = ¡Hasta pronto! Tus respuestas quedan guardadas.
