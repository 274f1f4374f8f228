"""The web explorer's server: the JSON API (api.py) over a corpus database, served by uvicorn."""

from hoedong.web.api import create_app

__all__ = ["create_app"]
