"""Language-aware text helpers shared by the email checker and the job-ad studio (pure, no I/O)."""
