"""sitrep's HTTP API and web app: ``sitrep serve`` (see docs/web.md)."""

from .app import create_app, serve

__all__ = ["create_app", "serve"]
