"""What the coach reads in an account: post labels, the twelve diagnoses, the checkup and the weekly report."""
