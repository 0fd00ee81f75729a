## La console dans le terminal (`nudgebird run` sans jetons de plateforme).

console-file-missing = Je ne trouve aucun fichier à { $path }. Pour m'envoyer ici votre archive X, tapez le chemin du .zip téléchargé depuis X (par exemple ~/Downloads/twitter-archive.zip), ou essayez /demo.
console-file-not-zip = { $path } n'est pas un fichier zip. Tapez le chemin de l'archive telle que X vous l'a donnée : un fichier .zip.
console-file-is-folder = { $path } est un dossier. Tapez le chemin du fichier .zip qu'il contient, l'archive telle que X vous l'a donnée.
console-pending-question = Nous en étions à une question :
