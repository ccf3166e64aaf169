"""The command line: a thin Typer shell over `tactful.Tactful`."""
