## /privacy, /export and /forget: what I keep, why, for how long, and how to take it back.

command-privacy = what I keep about you, why, and for how long
command-export = get a copy of everything I keep about you
command-forget = erase everything I know about you and your business

privacy-intro = Here is exactly what I keep about you, why, and for how long.
privacy-what = What I keep: your answers to my questions (business name, sector, goals, customers, time per day), your settings (language, time zone, nudge time), the nudges and checkups I gave you, and, if you connect X, your account's profile with its posts and mentions. I don't keep the messages you type, only the answers to my questions. I keep all this only to coach you, and I don't share it with anyone.
privacy-how-long = How long: your answers, settings, nudges and checkups until you erase them. Posts, mentions and daily follower counts from X for 90 days: older ones are deleted automatically.
privacy-tokens = Your X sign-in: I can only read, never post. The keys X gives me are stored encrypted; /disconnect or /forget asks X to revoke them and deletes them here.
privacy-groups = Groups and channels: I never post anything about your account into a group or a channel unless you choose to. When you ask me in a group, I answer you in private.
privacy-rights = Your rights: /export sends you a file with everything I keep about you. /forget erases it all, for good. If your Slack workspace removes me, I erase everyone there.

export-ready = Here is everything I keep about you, in one file (JSON, readable with any text editor). The keys to your X account are not in it: they never leave here.

forget-ask = Do you want me to erase everything I know about you and your business? I'll ask X to revoke my access, then delete your answers, settings, posts, nudges and checkups. This can't be undone.
forget-ask-local = Do you want me to erase everything I know about you and your business? I'll delete your answers, settings, posts, nudges and checkups. This can't be undone.
button-forget-yes = Yes, erase everything
button-forget-no = No, keep my data
forget-kept = All right, I've kept everything as it was.
forget-done = Done: I asked X to revoke my access and erased everything I knew about you and your business. If you write to me again, we'll start from scratch. Take care!
forget-done-local = Done: I erased everything I knew about you and your business (you hadn't signed in with X, so there was no access of mine to revoke there). If you write to me again, we'll start from scratch. Take care!
