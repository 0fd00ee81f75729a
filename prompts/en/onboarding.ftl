## /start: getting to know the business.

welcome = Hi! I'm nudgebird, your coach for X. I'll get to know your business with a few quick questions, then tell you plainly what's holding your account back and nudge you once a day. You can change every answer later with /settings.
welcome-back = Welcome back, { $name }! I remember your answers. /settings shows them all, or we can go through them again.
button-start-over = Go through the questions again
onboarding-restart = Let's go through the questions again. Your current answers stay until you replace them.
onboarding-resume = Let's pick up where we left off.
onboarding-done = All set, { $name }! Next: connect your X account with /connect so I can look at what you post. You can review your answers with /settings at any time.
onboarding-done-offline = All set, { $name }! X sign-in isn't set up here, so send me your X archive (the .zip from "Download an archive of your data"), or try everything on the demo account. /settings shows your answers at any time.

ask-name = What's the name of your business?
expected-name = Please write your business's name (letters or numbers, up to 100 characters).
expected-name-too-long = That's a bit long: please keep the name under 100 characters.

ask-sector = What does your business do? Pick the closest, or write it in your own words.
expected-sector = Pick one of the options, or describe your sector in a few words (up to 64 characters).
sector-food = Food & drink
sector-shop = Shop
sector-beauty = Beauty & wellness
sector-craft = Crafts & making
sector-hospitality = Hotels & B&Bs
sector-agency = Agency & services
sector-health = Health
sector-other = Something else

ask-goals = Why is your business on X? Tick one to three goals, then press Done.
expected-goals = Tick at least one goal, then press Done (or type them, separated by commas).
expected-goals-most = Three goals at most: untick one first, or press Done.
goals-awareness = Get known
goals-customers = Find customers
goals-partners = Suppliers & partners
goals-expertise = Share know-how
goals-care = Customer care
goals-community = Build a community
goals-followers = More followers
tip-goals-followers = Noted. A word of advice: followers alone are a weak goal. A small audience that cares is worth more than a big one that doesn't. Think about adding another goal later in /settings.

ask-customers = Who are your customers?
expected-customers = Please choose: consumers, businesses, or both.
customers-consumers = Consumers
customers-businesses = Businesses
customers-both = Both

ask-reach = Where are they?
expected-reach = Please choose: local, national or international.
reach-local = Local
reach-national = National
reach-international = International

ask-onx = Do your customers actually use X?
expected-onx = Please answer yes, no, or not sure.
onx-yes = Yes
onx-no = No
onx-unsure = Not sure
tip-audience-elsewhere = Let me be honest: if your customers aren't on X, another network (Instagram, Facebook, LinkedIn or Pinterest) may serve you better, and that's a perfectly good choice. Do you want to continue with X anyway?
button-continue-anyway = Continue anyway
button-stop-here = Stop here
onboarding-paused-offx = Understood. Your answers are saved; if you change your mind, type /start and we'll carry on.
onboarding-paused-reminder = We stopped partway through the questions; your answers so far are saved. Shall we carry on? Press the button or type /start. /help shows everything else I can do.
button-carry-on = Carry on with the questions

ask-minutes = How much time can you give X on a normal day?
expected-minutes = Please pick an option or type a number of minutes between 1 and 600 (for example 20).
minutes-5 = 5 min
minutes-15 = 15 min
minutes-30 = 30 min
minutes-60 = 1 hour
minutes-value = { $minutes ->
    [one] { $minutes } minute a day
   *[other] { $minutes } minutes a day
}

ask-autodms = Do you send automatic messages to new followers?
expected-autodms = Please answer yes or no.
autodms-yes = Yes
autodms-no = No
tip-autodms = Thanks for being honest. Automatic DMs to new followers read as spam and often lose you the follow. Keep private messages for one person and a real topic.

ask-timezone = Which time zone are you in? Type your city (for example Rome, Paris, Madrid, Buenos Aires) or pick one below.
expected-timezone = I couldn't find that time zone. Type a city (like Milan or Seville) or a zone name like Europe/Rome.
expected-timezone-offset = Fixed offsets like Etc/GMT+5 or UTC+1 are easy to get backwards (Etc/GMT+5 means five hours behind UTC, not ahead) and they ignore summer time. Type your city instead (like Rome, Lugano or New York).
timezone-option = { $zone }

ask-nudgetime = When would you like your daily nudge? Pick a time or type one (like 9:15).
expected-nudgetime = That isn't a time I can use. Type an hour between 00:00 and 23:59 (like 9:15 or 18), or choose "No daily nudge".
nudgetime-0830 = 08:30
nudgetime-0900 = 09:00
nudgetime-1230 = 12:30
nudgetime-1800 = 18:00
nudgetime-none = No daily nudge

ask-daysoff = Which days should I leave you alone? Tick them, then press Done (tick none to hear from me every day).
expected-daysoff = Tick the days off, then press Done.
expected-daysoff-most = Leave me at least one day a week to nudge you: untick one, or use /stop to pause the nudges.
daysoff-0 = Mon
daysoff-1 = Tue
daysoff-2 = Wed
daysoff-3 = Thu
daysoff-4 = Fri
daysoff-5 = Sat
daysoff-6 = Sun
daysoff-none = none

ask-weekly = On which day would you like your weekly progress chart?
expected-weekly = Pick a day, or "No weekly report".
weekly-0 = Monday
weekly-1 = Tuesday
weekly-2 = Wednesday
weekly-3 = Thursday
weekly-4 = Friday
weekly-5 = Saturday
weekly-6 = Sunday
weekly-none = No weekly report
