"""One place that turns any failure into a sentence a publicist can act on."""

from __future__ import annotations

import errno

from pydantic import ValidationError


class PresskitError(Exception):
    """A failure whose message is already written for the user."""


def user_message(exc: BaseException) -> str:
    """A one-line message for an exception: its own text if it is ours, else a plain summary; never a
    control or bidi character."""
    from presskit.files import printable

    return printable(_message(exc), 600)


def _message(exc: BaseException) -> str:
    if isinstance(exc, PresskitError):  # an article that cannot be read (ArticleError) among them
        return str(exc)
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = " › ".join(str(p) for p in first.get("loc", ()))
        return f"the file's data is not a valid press kit ({where}: {first.get('msg')})."
    if isinstance(exc, PermissionError):
        return f"permission denied: cannot write or read “{exc.filename}”."
    if isinstance(exc, FileNotFoundError):
        return f"no such file: “{exc.filename}”."
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return "the disk is full; nothing was overwritten."
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc} ({exc.filename or ''})".strip()
    return f"unexpected error: {type(exc).__name__}: {exc}"
