## Slack: the Home tab, the slash command and the team digest.

slack-answered-in-dm = I've answered you in our direct messages.
slack-guest = I coach the members of the workspace that added me. Ask your own workspace to add nudgebird, and I'll gladly coach you there.

slack-home-title = nudgebird, your coach for X
slack-home-business = *Business:* { $name }
slack-home-onboarding = { $state ->
    [done] *Profile:* complete
    [progress] *Profile:* halfway there, your answers so far are saved
   *[new] *Profile:* not started yet
}
slack-home-language = *Language:* { $language }
slack-home-next-nudge = *Next nudge:* { $day ->
    [today] today
    [tomorrow] tomorrow
   *[later] { $date }
} at { $time } ({ $zone })
slack-home-no-nudge = *Daily nudge:* off
slack-home-x-account = *X account:* @{ $handle }
slack-home-checkup = *Last checkup:* { $score }/100
slack-home-button-start = { $state ->
    [done] Go through my answers again
    [progress] Carry on
   *[new] Get started
}
slack-home-button-settings = My answers
slack-home-button-language = Language
slack-home-digest = *Team digest* (admins): the channel where I post, once a day, the mentions still waiting for an answer.
slack-home-digest-placeholder = Choose a channel

slack-digest-current = The team digest goes to { $channel }.
slack-digest-usage = To choose the team digest's channel: `/nudgebird digest #channel`. To stop it: `/nudgebird digest off`.
slack-digest-off = The team digest is off: I won't post in any channel.
slack-digest-admins-only = Only a workspace admin can choose the team digest's channel.
slack-digest-cannot-post = I can't post in that channel. Invite me there first (`/invite @nudgebird`), then choose it again.
slack-digest-hello = Hello! { $who } chose this channel for the daily team digest: once a day I'll post the mentions still waiting for an answer, and you can share them out.
slack-digest-chosen = Done: the team digest will go to { $channel }.
slack-digest-unanswered = { $count ->
    [one] One mention unanswered { $since } — who takes it?
   *[other] { $count } mentions unanswered { $since } — who takes them?
}
slack-digest-since = { $weekday ->
    [today] today
    [mon] since Monday
    [tue] since Tuesday
    [wed] since Wednesday
    [thu] since Thursday
    [fri] since Friday
    [sat] since Saturday
    [sun] since Sunday
   *[other] since { DATETIME($date) }
}
slack-digest-more = { $count ->
    [one] …and one more.
   *[other] …and { $count } more.
}
slack-digest-open = Open on X
slack-digest-take = I'll take it
slack-digest-taken = { $who } is on it. Thank you!
slack-digest-already-taken = { $who } has already taken this one.
slack-digest-not-yours = This digest belongs to another workspace: only its members can take it.

## Installing the app: the pages the browser shows.

slack-install-title = Add nudgebird to Slack
slack-install-intro = nudgebird coaches your business on X from Slack: whoever wants it gets a daily nudge in their direct messages, and the team can share out the mentions waiting for an answer.
slack-install-button = Add to Slack
slack-installed-title = nudgebird is installed
slack-installed = nudgebird is now installed in { $workspace }. Open Slack and write to nudgebird in its direct messages (under Apps) to get started.
slack-installed-open = Open nudgebird in Slack
slack-install-problem-title = The installation didn't work
slack-install-invalid = This install link is unknown or was already used, so nothing was installed. Start again from the install page.
slack-install-expired = This install link has expired (they last 10 minutes), so nothing was installed. Start again from the install page.
slack-install-browser = This installation was started in another browser, so nothing was installed. Start again from the install page, in this browser.
slack-install-denied = You didn't allow nudgebird into the workspace, so nothing was installed. You can start again whenever you like.
slack-install-slack-error = Slack didn't complete the installation, so nothing was installed. Please start again in a few minutes.
slack-install-unavailable = Something went wrong on our side and nothing was installed. Please try again in a few minutes.
slack-install-again = Start again
