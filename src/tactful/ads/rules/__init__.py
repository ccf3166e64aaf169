"""The rules of the job-ad studio, one module per category (see catalog.py for the list)."""
