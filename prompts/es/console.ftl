## La consola en el terminal (`nudgebird run` sin tokens de plataforma).

console-file-missing = No encuentro ningún archivo en { $path }. Para enviarme aquí tu archivo de X, escribe la ruta del .zip que descargaste de X (por ejemplo ~/Downloads/twitter-archive.zip), o prueba /demo.
console-file-not-zip = { $path } no es un archivo zip. Escribe la ruta del archivo tal como te lo dio X: un archivo .zip.
console-file-is-folder = { $path } es una carpeta. Escribe la ruta del archivo .zip que contiene, el archivo tal como te lo dio X.
console-pending-question = Nos habíamos quedado en una pregunta:
