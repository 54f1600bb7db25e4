"""The candidate profile: JSON Resume in and out, review, posting import, match, render."""
