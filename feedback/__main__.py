from feedback.cli import app

app()
