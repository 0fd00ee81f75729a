## /checkup: the diagnosis of an X account, the weekly progress report and its chart, the terminal audit.

command-checkup = what's holding your X account back, and what to do first

checkup-no-account = I don't have an X account to look at yet. Connect yours with /connect, send me your X archive (the zip file X lets you download), or try /demo to see a checkup of a sample account.
checkup-score = { $band ->
    [good] Your account scores { $score }/100: it's in good shape.
    [fair] Your account scores { $score }/100: a good base, with a few things to fix.
   *[low] Your account scores { $score }/100: there's work to do, and it starts with small steps.
}
checkup-top-title = { $count ->
    [one] The one thing to work on first:
   *[other] The { $count } things to work on first:
}
checkup-issue =
    { $number }. { $title }: { $finding }
    → { $step }
checkup-nothing-urgent = Nothing urgent: everything I can judge looks fine.
checkup-praise = 👏 { $praise }
checkup-unknown-note = { $count ->
    [one] There is one thing I couldn't judge yet: the full report says why.
   *[other] There are { $count } things I couldn't judge yet: the full report says why.
}
checkup-button-full = Full report
checkup-button-chart = Progress chart
checkup-full-title = Full report: { $score }/100
checkup-full-line =
    { $mark } { $title } ({ $status }): { $finding }
    → { $step }
checkup-full-line-fine = { $mark } { $title } ({ $status }): { $finding }

status-act = act now
status-watch = keep an eye on it
status-fine = fine
status-unknown = can't judge yet
status-mark-act = 🔴
status-mark-watch = 🟠
status-mark-fine = 🟢
status-mark-unknown = ⚪

## The twelve diagnoses: titles.
dx-broadcasting = Conversation, not just promotion
dx-cadence = Posting rhythm
dx-answering = Answering people
dx-goals = Your goals on X
dx-audience = Customers on X
dx-profile = Profile
dx-protected = Public account
dx-convictions = Opinions and divisive topics
dx-following = Whom you follow
dx-autodms = Automatic DMs
dx-arguing = Disagreements in public
dx-learning = Joining other people's conversations

## What was seen (or why it could not be judged).
seen-few-posts = { $posts ->
    [0] No posts in the last 30 days: nothing for me to judge yet.
    [one] Only 1 post in the last 30 days: too few for me to judge this yet.
   *[other] Only { $posts } posts in the last 30 days: too few for me to judge this yet.
}
seen-unreadable = { $judged ->
    [0] I couldn't read any of your { $posts } recent posts (they are in languages I don't read yet, or only emoji and links), so I can't judge this.
   *[other] I could read only { $judged } of your { $posts } recent posts (the others are in languages I don't read yet, or only emoji and links): too few to judge.
}
seen-not-answered = I don't know this yet: it's one of the questions I ask in the chat.

seen-broadcasting-promo = { $promo ->
    [one] 1 of your last { $originals } posts of your own was promotion
   *[other] { $promo } of your last { $originals } posts of your own were promotion
} (offers, launches, "buy" or "book", links to your site): { $promo_share }%.
seen-broadcasting-talk = { $conversation ->
    [0] None of your { $posts } posts in the last 30 days was a reply, a quote or a repost of others (0%).
    [one] Only 1 of your { $posts } posts in the last 30 days was a reply, a quote or a repost of others ({ $conversation_share }%).
   *[other] Only { $conversation } of your { $posts } posts in the last 30 days were replies, quotes or reposts of others ({ $conversation_share }%).
}
seen-broadcasting-fine = { $conversation ->
    [one] 1 of your { $posts } posts in the last 30 days was conversation, and promotion stays in proportion.
   *[other] { $conversation } of your { $posts } posts in the last 30 days were conversation, and promotion stays in proportion.
}

seen-cadence-none = No posts of your own in the last 30 days.
seen-cadence-silent = { $days ->
    [one] Your last post was yesterday.
   *[other] Your last post was { $days } days ago.
}
seen-cadence-low = { $week ->
    [one] 1 post in the last 7 days ({ $per_day } a day), against your target of { $target } a day.
   *[other] { $week } posts in the last 7 days ({ $per_day } a day), against your target of { $target } a day.
}
seen-cadence-fine = { $week ->
    [one] 1 post in the last 7 days: you're on your target of { $target } a day.
   *[other] { $week } posts in the last 7 days ({ $per_day } a day): you're on your target of { $target } a day.
}

seen-answering-no-mentions = I see no mentions of you in the last { $days } days, so there's nothing to judge here.
seen-answering-no-source = An X archive doesn't include mentions, so I can't tell whether the people who talk to you get an answer.
seen-answering-late = { $late ->
    [one] 1 mention has had no reply for more than a day
   *[other] { $late } mentions have had no reply for more than a day
}; the oldest has waited { $oldest_days ->
    [0] { $oldest } hours
    [one] 1 day
   *[other] { $oldest_days } days
}.
seen-answering-slow = { $hours ->
    [one] You answer, but a reply usually takes an hour.
   *[other] You answer, but a reply usually takes { $hours } hours.
}
seen-answering-waiting = { $waiting ->
    [one] 1 mention from the last day is waiting for a reply.
   *[other] { $waiting } mentions from the last day are waiting for a reply.
}
seen-answering-fine = { $mentions ->
    [one] You answered the one mention you got
   *[other] You answered all { $mentions } mentions you got
}, usually within { $hours ->
    [0] the hour
    [one] an hour
   *[other] { $hours } hours
}.

seen-goals-none = You haven't chosen a reason for being on X.
seen-goals-followers-only = Your only goal is more followers.
seen-goals-fine = { $goals ->
    [one] You know why you're on X: you chose 1 goal.
   *[other] You know why you're on X: you chose { $goals } goals.
}

seen-audience-yes = You told me your customers are on X.
seen-audience-no = You told me your customers aren't on X.
seen-audience-unsure = You're not sure your customers use X.

seen-profile-missing = { $missing ->
    [one] Your profile misses one of the basics:
   *[other] Your profile misses { $missing } of the basics, starting with
} { $first ->
    [avatar] a real profile picture.
    [bio] a bio.
    [link] a link.
   *[banner] a header image.
}
seen-profile-fine = Picture, bio, link and header image are all there.

seen-protected-yes = Your account is protected: only approved followers can see your posts.
seen-protected-no = Your posts are public.

seen-convictions-many = { $divisive ->
    [one] 1 of your last { $posts } posts touches politics or divisive topics ({ $share }%).
   *[other] { $divisive } of your last { $posts } posts touch politics or divisive topics ({ $share }%).
}
seen-convictions-fine = Politics and divisive topics stay out of your posts ({ $divisive } of { $posts }).

seen-following-ratio = You follow { $following ->
    [one] 1 account
   *[other] { $following } accounts
} and { $followers ->
    [0] nobody follows you yet.
    [one] 1 account follows you.
   *[other] { $followers } follow you.
}
seen-following-jump = { $jump ->
    [one] You followed 1 more account within a single day.
   *[other] You followed { $jump } more accounts within a single day.
}
seen-following-fine = You follow { $following ->
    [one] 1 account
   *[other] { $following } accounts
} and { $followers ->
    [0] nobody follows you yet
    [one] 1 account follows you
   *[other] { $followers } follow you
}: a sound balance.
seen-following-few = { $following ->
    [0] You don't follow any accounts: no sign of following in bulk.
    [one] You follow 1 account: no sign of following in bulk.
   *[other] You follow { $following } accounts: no sign of following in bulk.
}

seen-autodms-yes = You send automatic messages to new followers.
seen-autodms-no = You don't send automatic DMs.

seen-arguing-thread = { $exchanges ->
    [one] One conversation went back and forth once with the same person, in public.
   *[other] One conversation went back and forth { $exchanges } times with the same person, in public.
}
seen-arguing-complaints = { $complaints ->
    [one] 1 mention this week reads like a complaint.
   *[other] { $complaints } mentions this week read like complaints.
}
seen-arguing-fine = No long public arguments, and no complaints this week.
seen-arguing-no-source = An X archive doesn't include mentions or whole conversations, so I can't tell whether anyone complained or argued with you in public.

seen-learning-few = { $joined ->
    [0] None of your { $posts } posts in the last 30 days joined a conversation you weren't already part of.
    [one] Only 1 of your { $posts } posts in the last 30 days joined a conversation you weren't already part of.
   *[other] Only { $joined } of your { $posts } posts in the last 30 days joined conversations you weren't already part of.
} { $answers ->
    [0] {""}
    [one] Your 1 reply to someone who had mentioned you, or in your own thread, is answering, not joining in.
   *[other] Your { $answers } replies to people who had mentioned you, or in your own threads, are answering, not joining in.
}
seen-learning-fine = { $joined ->
    [one] In the last 30 days you joined 1 conversation you weren't already part of.
   *[other] In the last 30 days you joined { $joined } conversations you weren't already part of.
}
seen-learning-no-source = { $replies ->
    [one] 1 of your posts replied to someone else, but an X archive doesn't include mentions, so I can't tell joining other people's conversations from answering people who mentioned you.
   *[other] { $replies } of your posts replied to other people, but an X archive doesn't include mentions, so I can't tell joining their conversations from answering people who mentioned you.
}

## One next step each.
step-keep-going = Keep it up.
step-unknown-posts = Post a few times this week; at the next checkup I'll have more to say.
step-answer-question = Answer it in /settings and I'll take it into account.
step-broadcasting-give = Make your next post a gift, not an offer: ask your customers a question, run a poll, or share something useful from someone else in your sector.
step-broadcasting-talk = Today, reply to two posts from customers or people in your sector, or repost one you like with a word of your own.
step-cadence-start = Write one post today: a photo of today's work and one sentence about it is enough.
step-cadence-return = Post something today, even something small: people stop following an account that goes quiet.
step-cadence-pace = { $target ->
    [0.5] Aim for one post every other day: a pace you can keep beats a burst. Write the next one now and schedule it.
    [1] Aim for one post a day: a pace you can keep beats a burst. Write tomorrow's post now and schedule it.
   *[other] Aim for { $target } posts a day: a pace you can keep beats a burst. Write tomorrow's posts now and schedule them.
}
step-answering-late = Reply to them today: a thank-you or a short answer is enough, and it opens a relationship.
step-answering-slow = Check your mentions once a day at a fixed time, so nobody waits more than a day.
step-answering-waiting = Answer them before the day is out.
step-answering-none = Start the conversations yourself: reply to customers and to people in your sector, and they'll start mentioning you.
step-mentions-check = Look through your mentions on X once a day: answer each one, and take complaints to a DM, a phone call or an e-mail.
step-goals = Choose one to three goals in /settings: getting known, finding customers, suppliers and partners, sharing know-how, customer care or community. A small audience that cares beats a big one that doesn't.
step-audience-elsewhere = Be honest with yourself: if your customers talk on Instagram, Facebook, LinkedIn or Pinterest, put your time there. Leaving X gracefully is a perfectly good outcome.
step-audience-check = Search X for your sector and your town: if customers and peers talk there, stay and join in; if not, consider another network.
step-profile-avatar = Upload your logo or a real photo as your profile picture.
step-profile-bio = Write a one-line bio that says what you do and for whom.
step-profile-link = Add a link to your website, or to the page where people order or book.
step-profile-banner = Add a header image: your shop, your product, your team at work.
step-protected = Make your account public in X's settings (Privacy and safety → Audience): a business that hides its posts looks suspicious and can't grow.
step-convictions = Before your next opinion post, ask whether it serves your goals: it will win you some followers and lose you others.
step-following = Stop following in bulk: follow by hand the people who talk about your sector or your town, and talk with them. 100 well-chosen followers beat 10,000 random ones.
step-autodms = Turn off automatic DMs: they read as spam. Keep private messages for one person and a real topic.
step-arguing = Thank them, acknowledge the problem, and move the conversation to a DM, a phone call or an e-mail.
step-learning = Follow three people you learn from, put them in an X list, and reply to one of their posts this week.

## Praise where it's due.
praise-replies = { $week ->
    [one] You answered the mention you got this week. People notice.
   *[other] You answered every one of the { $week } mentions you got this week. People notice.
}
praise-cadence = { $week ->
    [one] You kept your pace: 1 post this week.
   *[other] You kept your pace: { $week } posts this week.
}
praise-conversation = { $conversation_share }% of your posts are conversation: that's how relationships start.

## The weekly report.
weekly-title = Your week on X
weekly-posts = Posts: { $now } a day this week, { $before } the week before ({ $trend ->
    [up] up
    [down] down
   *[same] steady
}); { $met ->
    [yes] your target of { $target } a day is met.
   *[no] your target is { $target } a day.
}
weekly-replies = Replies: { $now } this week, { $before } the week before ({ $trend ->
    [up] up
    [down] down
   *[same] steady
}).
weekly-mentions = Mentions this week: { $answered } answered, { $unanswered } still waiting.
weekly-mentions-none = Mentions: an X archive doesn't include them, so I can't count them.

chart-title = @{ $name }: the last four weeks
chart-posts = Posts a day
chart-posts-legend = your posts a day
chart-target = target: { $target } a day
chart-replies = Replies per week
chart-mentions = Mentions per week
chart-mentions-none = An X archive doesn't include mentions, so there are none to show here.
chart-answered = answered
chart-unanswered = not answered
chart-week = { $ago ->
    [0] this week
    [1] last week
   *[other] { $ago } weeks ago
}
chart-value = { $value }
chart-caption = Your last four weeks on X

## nudgebird audit (the terminal).
audit-title = Checkup of @{ $name } over the last { $days } days
audit-title-unnamed = Checkup of this X archive over the last { $days } days (the archive doesn't say whose account it is)
audit-language-unavailable = I have no texts in "{ $asked }", so I'm using English.
audit-step-answer-question = Start the coach with "nudgebird run" and answer its questions: its checkup takes the answers into account.
audit-head-status = status
audit-head-diagnosis = diagnosis
audit-chart-written = Chart written to { $path }
audit-chart-failed = I couldn't write the chart to { $path }.
audit-usage = Give the path of an X archive (the zip file), or --demo for the sample account.
audit-error-missing = There's no file at { $path }.
audit-error-not-zip = This isn't a zip file: use the archive exactly as X gave it to you.
audit-error-no-tweets = This zip has no posts in it: is it the archive from X (Settings → Your account → Download an archive of your data)?
audit-error-too-big = This archive is too big for me to read.
audit-error-bomb = This zip looks unsafe to open (it would unpack to far more than it should), so I left it alone.
audit-error-malformed = Part of this archive is damaged, so I can't read it. Try downloading it again from X.
