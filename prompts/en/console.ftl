## The terminal console (`nudgebird run` with no platform tokens).

console-file-missing = I can't find a file at { $path }. To send me your X archive here, type the path of the .zip you downloaded from X (for example ~/Downloads/twitter-archive.zip), or try /demo.
console-file-not-zip = { $path } isn't a zip file. Type the path of the archive exactly as X gave it to you: a .zip file.
console-file-is-folder = { $path } is a folder. Type the path of the .zip file inside it, the archive exactly as X gave it to you.
console-pending-question = We were in the middle of a question:
