"""Kuhina Desktop: wage-subsidy bookkeeping for small Finnish associations."""

from importlib import metadata as _metadata

APP_NAME = "Kuhina Desktop"
ORG_NAME = "Kuhina"

try:
    __version__ = _metadata.version("kuhina-desktop")
except _metadata.PackageNotFoundError:  # running from a source tree or a frozen bundle
    __version__ = "0.1.0"
