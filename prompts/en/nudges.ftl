## The daily nudge and its controls (/stop, /resume, /snooze). Each topic has three phrasings:
## 1 says it plainly, 2 follows up the next day, 3 takes another angle on the third day.

command-stop = pause the daily nudges
command-resume = start the daily nudges again
command-snooze = no nudges for a day or a week

nudges-stopped = Nudges paused. I won't write first until you type /resume.
nudges-resumed = Nudges back on.
snooze-how-long = How long should I keep quiet?
button-snooze-day = One day
button-snooze-week = One week
snoozed-day = Fine, I'll skip the next nudge.
snoozed-week = Fine, I'll be quiet for a week.
nudge-next = { $when ->
    [today] Next nudge: today at { $time }.
    [tomorrow] Next nudge: tomorrow at { $time }.
    [mon] Next nudge: Monday at { $time }.
    [tue] Next nudge: Tuesday at { $time }.
    [wed] Next nudge: Wednesday at { $time }.
    [thu] Next nudge: Thursday at { $time }.
    [fri] Next nudge: Friday at { $time }.
    [sat] Next nudge: Saturday at { $time }.
    [sun] Next nudge: Sunday at { $time }.
    [stopped] Nudges are paused: type /resume to turn them back on.
    [none] No nudge is planned: every day of the week is a day off. You can change that in /settings.
   *[other] Next nudge: on { $date } at { $time }.
}
nudge-done-thanks = Nice work! That's how an account grows.
mentions-none-waiting = Nobody is waiting for an answer right now. 👏
mentions-waiting = { $count ->
    [one] 1 mention is waiting for you:
   *[other] { $unhappy ->
        [0] { $count } mentions are waiting; here are the oldest { $shown }:
       *[other] { $count } mentions are waiting; here are { $shown }, the unhappy customers first:
    }
}
button-open-mention = { $unhappy ->
    [yes] Open #{ $n } ({ $day }, unhappy customer)
   *[no] Open #{ $n } ({ $day })
}
button-show-mentions = Show the mentions
button-snooze = Snooze
button-stop-nudges = Stop nudges

nudge-mentions-1 = { $count ->
    [one] 1 mention has been waiting for a reply since { $since }.
   *[other] { $count } mentions have been waiting for a reply since { $since }.
} A short thank-you or an answer is enough: people notice when a business talks back.
nudge-mentions-2 = { $count ->
    [one] That mention from { $since } still has no reply.
   *[other] Those { $count } mentions (the oldest from { $since }) still have no reply.
} Five minutes now and they're done.
nudge-mentions-3 = Every mention is someone opening a conversation with you. { $count ->
    [one] One is still open, since { $since }:
   *[other] { $count } are still open, the oldest since { $since }:
} answer the first one today.
nudge-mentions-unhappy-1 = { $count ->
    [one] 1 mention waits for a reply since { $since }, and it sounds like an unhappy customer.
   *[other] { $count } mentions wait for a reply since { $since }, and one sounds like an unhappy customer.
} Answer that one first: thank them, and offer to sort it out in a private message.
nudge-mentions-unhappy-2 = The unhappy customer from { $since } is still waiting. A calm, quick reply in public, then a DM, turns a complaint into trust.
nudge-mentions-unhappy-3 = { $count ->
    [one] A complaint has been open since { $since }.
   *[other] { $count } mentions are open since { $since }, a complaint among them.
} Others read how you answer, not just the customer: a kind reply today.

nudge-silent-1 = { $days ->
    [one] You haven't posted for 1 day.
   *[other] You haven't posted for { $days } days.
} Share something small today: what's in the oven, in the window or on the desk.
nudge-silent-2 = { $days ->
    [one] Still quiet since yesterday.
   *[other] Still quiet: { $days } days now.
} A photo and one sentence count as a post.
nudge-silent-3 = An account that goes quiet is an account people forget. Ask your followers a question today: it's the easiest post to write.
nudge-cadence-1 = This week you posted { $week ->
    [one] once
   *[other] { $week } times
}, below your own goal of { $target } a day. Pick one moment of the day that is always yours for X.
nudge-cadence-2 = Still behind your own pace ({ $week ->
    [one] 1 post
   *[other] { $week } posts
} this week). Write two posts now and schedule one for tomorrow.
nudge-cadence-3 = A steady pace beats bursts. What could you share every day without effort? A daily "today at the shop" works well.
nudge-slow-1 = You answer mentions in about { $hours } hours. Try to reply within the day: a quick answer says you're listening.
nudge-slow-2 = Replies still take about { $hours } hours. Turn on notifications for mentions, and answer in two lines.
nudge-slow-3 = A fast reply is the cheapest way to stand out. Check your mentions at the same time every day.
nudge-argument-1 = One thread has gone back and forth { $exchanges } times with the same person. Thank them, and move it to a DM or a call.
nudge-argument-2 = That long public thread is still open. A kind last word and "let's talk in private" closes it well.
nudge-argument-3 = X is good for opening conversations, less for finishing arguments: take this one to a private message.
nudge-following-1 = You followed { $jump } accounts in a single day. A hundred people who care beat ten thousand strangers: follow by hand, the ones you talk with.
nudge-following-2 = Following many at once looks like spam to X and to people. Slow down and follow those who talk about your trade.
nudge-following-3 = Find your customers where they talk (local searches, your sector's conversations) and follow them one by one.
nudge-disconnected = X no longer lets me read @{ $username }, so I can't see what's new. Reconnect when you have a minute.
nudge-stale = (I couldn't reach X just now: this is based on what I saw { $hours ->
    [one] 1 hour ago
   *[other] { $hours } hours ago
}.)
nudge-unknown-zone = I no longer recognise the time zone "{ $zone }", so I'm nudging you on UTC time. Set it again in /settings.
