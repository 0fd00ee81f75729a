## /connect, /disconnect, /demo, the X archive, and the sign-in pages in the browser.

command-connect = connect your X account
command-disconnect = disconnect your X account and forget its tokens
command-demo = try the coach on a demo account

button-connect = Connect X
button-reconnect = Connect again
button-demo = Use the demo account

connect-link = Tap the button to sign in with X. The link works once, for 10 minutes. I only ask to read: I never post for you.
connect-already = Your X account @{ $username } is already connected. Type /disconnect if you want me to forget it.
connect-unavailable = X sign-in isn't set up on this coach. You can send me your X archive instead (the .zip from "Download an archive of your data" in X's settings), or try everything on a demo account.
x-connected = Connected to @{ $username }! Here's plainly how your account is doing (/checkup shows it again at any time).
x-disconnected = X no longer lets me read @{ $username }, so my nudges can't see what's new. Connect again when you have a minute.
disconnect-done = Done: I asked X to revoke my access and forgot your account's tokens and posts.
disconnect-done-local = Done: I forgot that account and its posts. You hadn't signed in with X, so I had no access there to revoke.
disconnect-nothing = No X account is connected, so there's nothing to disconnect.
demo-attached = You're now on the demo account: Forno Rossi, a family bakery in Bologna. Here's what I'd tell them (/checkup shows it again at any time); /connect switches to your own account.

archive-imported = { $posts ->
    [one] I read 1 post from the archive of @{ $username }.
   *[other] I read { $posts } posts from the archive of @{ $username }.
} Here's what I think (/checkup shows it again at any time).
archive-not_zip = That file isn't a zip archive. Send the .zip you downloaded from X, as it is.
archive-no_tweets = I couldn't find your posts in that zip (data/tweets.js is missing). Is it the archive from X's "Download an archive of your data"?
archive-too_big = That archive is over 200 MB, more than I can read. Try /connect instead.
archive-bomb = That archive would unpack to more than 1 GB, so I didn't open it. Send the archive exactly as X gave it to you.
archive-malformed = I couldn't read the posts in that archive: the file seems damaged. Try downloading it again from X.
archive-download-failed = I couldn't download that file, so I haven't read it. Please send it to me again in a moment.

web-title-connected = Your X account is connected
web-title-problem = This sign-in didn't work
web-signin-done = nudgebird can now read @{ $username }. You can close this page and go back to your chat.
web-signin-unknown = This sign-in link is unknown or was already used. Type /connect in the chat for a new one.
web-signin-expired = This sign-in link has expired (they last 10 minutes). Type /connect in the chat for a new one.
web-signin-mismatch = This sign-in was started from another browser. Open the link from your chat in this browser, or type /connect for a new one.
web-signin-denied = You didn't allow access, so nothing was connected. You can try again with /connect whenever you like.
web-signin-failed = X didn't complete the sign-in. Please try again in a few minutes with /connect.
web-x-not-configured = X sign-in isn't set up on this coach.
