## /connect, /disconnect, /demo, el archivo de X y las páginas de inicio de sesión en el navegador.

command-connect = conectar tu cuenta de X
command-disconnect = desconectar tu cuenta de X y olvidar sus claves de acceso
command-demo = probar el coach con una cuenta de demostración

button-connect = Conectar X
button-reconnect = Volver a conectar
button-demo = Usar la cuenta demo

connect-link = Toca el botón para iniciar sesión con X. El enlace funciona una sola vez, durante 10 minutos. Solo pido permiso para leer: nunca publico por ti.
connect-already = Tu cuenta de X @{ $username } ya está conectada. Escribe /disconnect si quieres que la olvide.
connect-unavailable = El inicio de sesión con X no está configurado en este coach. Puedes enviarme tu archivo de X (el .zip de "Descargar un archivo de tus datos", en la configuración de X) o probarlo todo con una cuenta de demostración.
x-connected = ¡Conectado a @{ $username }! Así va tu cuenta, sin rodeos (con /checkup lo vuelves a ver cuando quieras).
x-disconnected = X ya no me deja leer @{ $username }, así que mis empujones no ven lo que hay de nuevo. Vuelve a conectarla cuando tengas un minuto.
disconnect-done = Hecho: le he pedido a X que retire mi acceso y he olvidado las claves de acceso y las publicaciones de tu cuenta.
disconnect-done-local = Hecho: he olvidado esa cuenta y sus publicaciones. No habías iniciado sesión con X, así que no tenía ningún acceso que retirar allí.
disconnect-nothing = No hay ninguna cuenta de X conectada, así que no hay nada que desconectar.
demo-attached = Ahora estás en la cuenta de demostración: Forno Rossi, una panadería familiar de Bolonia. Esto es lo que les diría (con /checkup lo vuelves a ver cuando quieras); con /connect pasas a tu propia cuenta.

archive-imported = { $posts ->
    [one] He leído 1 publicación del archivo de @{ $username }.
   *[other] He leído { $posts } publicaciones del archivo de @{ $username }.
} Esto es lo que opino (con /checkup lo vuelves a ver cuando quieras).
archive-not_zip = Ese archivo no es un zip. Envíame el .zip que descargaste de X, tal cual.
archive-no_tweets = No encuentro tus publicaciones en ese zip (falta data/tweets.js). ¿Seguro que es el archivo de "Descargar un archivo de tus datos" de X?
archive-too_big = Ese archivo pasa de 200 MB, más de lo que puedo leer. Prueba mejor con /connect.
archive-bomb = Al descomprimirlo, ese archivo ocuparía más de 1 GB, así que no lo he abierto. Envíame el archivo tal cual te lo dio X.
archive-malformed = No he podido leer las publicaciones de ese archivo: parece dañado. Prueba a descargarlo otra vez desde X.
archive-download-failed = No he podido descargar ese archivo, así que no lo he leído. Vuelve a enviármelo dentro de un momento.

web-title-connected = Tu cuenta de X está conectada
web-title-problem = Este inicio de sesión no ha funcionado
web-signin-done = nudgebird ya puede leer @{ $username }. Puedes cerrar esta página y volver a tu chat.
web-signin-unknown = Este enlace de inicio de sesión no existe o ya se usó. Escribe /connect en el chat para recibir uno nuevo.
web-signin-expired = Este enlace de inicio de sesión ha caducado (solo dura 10 minutos). Escribe /connect en el chat para recibir uno nuevo.
web-signin-mismatch = Este inicio de sesión empezó en otro navegador. Abre el enlace del chat en este navegador, o escribe /connect para recibir uno nuevo.
web-signin-denied = No diste permiso, así que no se ha conectado nada. Puedes volver a intentarlo con /connect cuando quieras.
web-signin-failed = X no completó el inicio de sesión. Vuelve a intentarlo en unos minutos con /connect.
web-x-not-configured = El inicio de sesión con X no está configurado en este coach.
