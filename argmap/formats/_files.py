"""Reading text, deciding whether an output path may be written, and writing files atomically.

Output files are written only to a regular file or a new name in an existing, writable
folder (:func:`check_output_path`); the file is written to a hidden temporary file in the
same folder and renamed over the target, so a reader never sees half a file, and the
temporary file is removed on any exception and on SIGTERM, SIGHUP or SIGINT.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from argmap.errors import OutputError, ParseError

__all__ = [
    "atomic_write_bytes",
    "atomic_write_text",
    "check_output_folder",
    "check_output_path",
    "read_text",
]

StrPath = str | os.PathLike[str]


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


def _shown(path: StrPath) -> str:
    return repr(os.fspath(path))


def _kind_refused(mode: int) -> str | None:
    """Why a file of this type may not be replaced (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "it is a folder; name a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "it is a device; argmap writes regular files only (use '-' for standard output)"
    if stat.S_ISFIFO(mode):
        return "it is a FIFO (named pipe); argmap writes regular files only"
    if stat.S_ISSOCK(mode):
        return "it is a socket; argmap writes regular files only"
    return "it is not a regular file"


def _check_folder_writable(folder: Path, name: StrPath) -> None:
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        raise OutputError(
            f"cannot write to {_shown(name)}: the folder {_shown(folder)} does not exist"
        ) from None
    except OSError as exc:
        raise OutputError(
            f"cannot write to {_shown(name)}: the folder {_shown(folder)} cannot be reached "
            f"({exc.strerror or exc})"
        ) from None
    if not stat.S_ISDIR(info.st_mode):
        raise OutputError(f"cannot write to {_shown(name)}: {_shown(folder)} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(
            f"cannot write to {_shown(name)}: the folder {_shown(folder)} is not writable"
        )


def _lstat(path: Path, name: StrPath) -> os.stat_result | None:
    """The path's own status (not a link's target's), or None when nothing is there."""
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        raise OutputError(
            f"cannot write to {_shown(name)}: a part of its folder path is not a folder"
        ) from None
    except OSError as exc:
        raise OutputError(f"cannot write to {_shown(name)}: {exc.strerror or exc}") from None


def _through_link(
    name: str, follow_symlinks: bool, preposition: str, what: str
) -> tuple[Path, os.stat_result | None]:
    """The path to write (a symbolic link's target when following links) and its own status
    (None when nothing is there); a link is refused unless ``follow_symlinks``."""
    path = Path(name)
    status = _lstat(path, name)
    if status is not None and stat.S_ISLNK(status.st_mode):
        if not follow_symlinks:
            raise OutputError(
                f"cannot write {preposition} {_shown(name)}: it is a symbolic link; give "
                f"--follow-symlinks to write {preposition} {what} it points to"
            )
        path = Path(os.path.realpath(name))
        status = _lstat(path, name)
    return path, status


def check_output_path(
    path: StrPath, inputs: Iterable[StrPath] = (), *, follow_symlinks: bool = False
) -> Path:
    """The file to write for output ``path``, or OutputError saying why it may not be written.

    Allowed: an existing regular file, or a new name in an existing folder the process
    may write to. Refused: an empty name, a folder, a device, a FIFO, a socket, a symbolic
    link (unless ``follow_symlinks``: then the link's target is checked and returned), a
    name in a missing or unwritable folder, and any of ``inputs`` (the same file by device
    and inode, so another spelling or a hard link is caught too). Nothing is written.

    >>> import tempfile
    >>> folder = Path(tempfile.gettempdir())
    >>> check_output_path(folder / "argmap-new.svg") == folder / "argmap-new.svg"
    True
    >>> check_output_path(folder)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    argmap.errors.OutputError: cannot write to '...': it is a folder; name a file
    """
    name = os.fspath(path)
    if not name:
        raise OutputError("the output file name is empty")
    if name.endswith(os.sep):
        raise OutputError(f"cannot write to {_shown(name)}: it names a folder; name a file")
    target, status = _through_link(name, follow_symlinks, "to", "the file")
    if status is not None:
        refused = _kind_refused(status.st_mode)
        if refused:
            raise OutputError(f"cannot write to {_shown(name)}: {refused}")
        for source in inputs:
            try:
                same = os.path.samestat(status, os.stat(source))
            except OSError:
                continue  # an input that cannot be read is reported when it is read
            if same:
                raise OutputError(
                    f"cannot write to {_shown(name)}: it is the input file "
                    f"{_shown(source)}; choose another output name"
                )
    _check_folder_writable(target.parent, name)
    return target


def check_output_folder(path: StrPath, *, follow_symlinks: bool = False) -> Path:
    """The folder to write files into, or OutputError: it must be an existing folder the
    process may write to, or a new name in one (the caller creates it). A symbolic link is
    refused unless ``follow_symlinks``; an empty name is refused."""
    name = os.fspath(path)
    if not name:
        raise OutputError("the output folder name is empty")
    folder, status = _through_link(name, follow_symlinks, "into", "the folder")
    if status is None:
        _check_folder_writable(folder.parent, name)
    elif not stat.S_ISDIR(status.st_mode):
        raise OutputError(f"cannot write into {_shown(name)}: it is not a folder")
    else:
        _check_folder_writable(folder, name)
    return folder


def _new_file_mode() -> int:
    """The permission bits a newly created file gets under the process umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


class _Terminated(BaseException):
    """SIGTERM or SIGHUP arrived during a write; raised so the temporary file is removed."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


_TERMINATING = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)
_HELD = (*_TERMINATING, signal.SIGINT)


def _raise_terminated(signum: int, frame: object) -> None:
    raise _Terminated(signum)


@contextlib.contextmanager
def _terminating_signals_raise() -> Iterator[None]:
    """While writing, SIGTERM and SIGHUP (when they would kill the process outright) raise
    an exception instead, so cleanup runs; afterwards the signal is delivered again under
    its usual disposition. Only the main thread can set handlers; elsewhere nothing changes.
    A signal with a handler of its own (or ignored) is left alone."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    taken = [s for s in _TERMINATING if signal.getsignal(s) == signal.SIG_DFL]
    for signum in taken:
        signal.signal(signum, _raise_terminated)
    try:
        yield
    except _Terminated as exc:
        for signum in taken:
            signal.signal(signum, signal.SIG_DFL)
        taken = []
        signal.raise_signal(exc.signum)  # dies by the signal, as it would have
        raise  # pragma: no cover - only reached if the signal did not end the process
    finally:
        for signum in taken:
            signal.signal(signum, signal.SIG_DFL)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP for a moment (delivered on leaving), so the name of a
    newly created temporary file is known before any handler can interrupt."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "pthread_sigmask"
    ):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def atomic_write_text(path: StrPath, text: str) -> None:
    """Write ``text`` (UTF-8, LF line ends) to ``path`` through a temporary file in the same
    folder, then rename; see :func:`atomic_write_bytes`."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: StrPath, data: bytes) -> None:
    """Write ``data`` to ``path`` through a hidden temporary file in the same folder, then
    rename it over ``path``.

    ``path`` must pass :func:`check_output_path` (a regular file or a new name; never a
    link, folder, device or FIFO), else OutputError. A reader never sees a half-written
    file, and a failure leaves any previous file untouched and no temporary file behind
    (also on SIGTERM, SIGHUP and SIGINT); a failure to write raises OutputError naming
    ``path``. A replaced file keeps its permission bits without setuid, setgid and sticky;
    a new file gets ``0o666`` less the umask.
    """
    target = check_output_path(path)
    try:
        mode = os.lstat(target).st_mode & 0o777
    except FileNotFoundError:
        mode = _new_file_mode()
    with _terminating_signals_raise():
        tmp: str | None = None
        try:
            with _signals_held():
                fd, tmp = tempfile.mkstemp(
                    prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
                )
                handle = os.fdopen(fd, "wb")
            with handle:
                os.fchmod(handle.fileno(), mode)
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException as exc:
            if tmp is not None:
                with _signals_held(), contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)  # a second signal waits until the file is gone
            if isinstance(exc, OSError) and not isinstance(exc, OutputError):
                raise OutputError(
                    f"cannot write to {_shown(path)}: {exc.strerror or type(exc).__name__}"
                ) from None
            raise
