"""Reading text and writing files atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from argmap.errors import ParseError

__all__ = ["atomic_write_bytes", "atomic_write_text", "read_text"]


def read_text(path: str | os.PathLike[str]) -> str:
    """The file's text as UTF-8 (a leading BOM is dropped); errors name the file."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ParseError(str(p), None, "no such file") from None
    except IsADirectoryError:
        raise ParseError(str(p), None, "is a directory, expected a file") from None
    except OSError as exc:
        raise ParseError(str(p), None, f"cannot be read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ParseError(str(p), line, "is not valid UTF-8 text") from None
    return text.removeprefix("\ufeff")


def _default_mode() -> int:
    """The permission bits a newly created file gets under the process umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8, LF line ends) to ``path`` through a temporary file in the same
    folder, then rename.

    A reader never sees a half-written file, and a failure leaves any previous
    file untouched.
    """
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename;
    the file keeps its permissions if it existed."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = _default_mode()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
