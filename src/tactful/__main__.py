from tactful.cli.main import run

run()
