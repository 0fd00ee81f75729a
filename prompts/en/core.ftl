## Texts every feature may need: errors, buttons and the conversation's frame.

button-expired = This button has expired. Here is the current question again.
unknown-command = I don't know the command /{ $command }. Type /help to see what I can do.
finish-question-first = Let's finish this question first (or type /cancel to stop here).
file-not-expected = Thanks, but I wasn't expecting a file right now.
not-understood = I'm not sure what you mean. Type /help to see what I can do.
sent-in-private = I've sent the details to you in a private chat, since they are about your account.
ticked-option = ✓ { $option }
button-done = Done
expected-choice = Please pick one of the buttons below.
answer-missing = not answered yet
console-choose-hint = Type a number to choose, or write your answer.
console-goodbye = Bye for now! Your answers are saved.
