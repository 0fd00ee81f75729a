## La console nel terminale (`nudgebird run` senza token delle piattaforme).

console-file-missing = Non trovo nessun file in { $path }. Per mandarmi qui il tuo archivio di X, scrivi il percorso del .zip che hai scaricato da X (per esempio ~/Downloads/twitter-archive.zip), oppure prova /demo.
console-file-not-zip = { $path } non è un file zip. Scrivi il percorso dell'archivio così come te l'ha dato X: un file .zip.
console-file-is-folder = { $path } è una cartella. Scrivi il percorso del file .zip che contiene, l'archivio così come te l'ha dato X.
console-pending-question = Eravamo rimasti a una domanda:
