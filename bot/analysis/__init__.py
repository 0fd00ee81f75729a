"""What the coach reads in an account: post labels, the twelve diagnoses, the checkup, the weekly report."""
