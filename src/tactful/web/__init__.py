"""The local web app and REST API: a thin shell over `tactful.Tactful`.

from tactful.web import create_app
app = create_app(Settings.load())      # a FastAPI app; `tactful serve` runs it with uvicorn
"""

from tactful.web.app import create_app

__all__ = ["create_app"]
