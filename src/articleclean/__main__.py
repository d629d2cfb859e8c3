"""``python -m articleclean`` runs the command-line tool."""

from .cli import run

run()
