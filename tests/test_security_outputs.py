"""Safe output files (issue 19, item 2): argmap writes only to a regular file or a new name.

Every command that writes a file (render, html, convert, explain --highlight and --frames)
refuses, with one ``argmap: error:`` line and exit status 1, before reading its input: a
folder, a device, a FIFO, a symbolic link (unless --follow-symlinks), one of its inputs
(also respelled or hard-linked), a name in a missing or unwritable folder, and an empty
name; the input is never touched and no temporary file is left. ``-`` is standard output.
The library writers refuse the same paths, drop setuid/setgid/sticky bits, and remove their
temporary file on any exception and on SIGTERM and SIGINT.
"""

from __future__ import annotations

import ctypes
import os
import select
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import REPO

from argmap import ArgmapError, ArgumentFramework
from argmap.errors import OutputError
from argmap.formats import check_output_folder, check_output_path
from argmap.formats._files import atomic_write_bytes, atomic_write_text

MAP = REPO / "maps" / "nixon-diamond.argmap.toml"
TIMEOUT = 120


def run(*args: str, cwd: Path, **options) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "argmap", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        timeout=TIMEOUT,
        **options,
    )


def snapshot(path: Path) -> tuple[bytes, int, int]:
    """What must not change: the bytes, the modification time and the inode."""
    info = os.lstat(path)
    return path.read_bytes(), info.st_mtime_ns, info.st_ino


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def tree(folder: Path) -> dict[str, tuple]:
    """Each entry of ``folder`` as it is: a file's bytes, a link's target, a folder's
    entries, with modification times and inodes (a FIFO is not opened)."""
    state = {}
    for name in listing(folder):
        path = folder / name
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            content: object = os.readlink(path)
        elif stat.S_ISDIR(info.st_mode):
            content = tuple(listing(path))
        elif stat.S_ISREG(info.st_mode):
            content = path.read_bytes()
        else:
            content = stat.S_IFMT(info.st_mode)
        state[name] = (content, info.st_mtime_ns, info.st_ino, stat.S_IMODE(info.st_mode))
    return state


def assert_refused(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("argmap: error: "), result.stderr
    assert "Traceback" not in result.stderr and ".tmp" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    assert result.stdout == ""


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A folder holding the map ``m.argmap.toml``, last modified long ago."""
    target = tmp_path / "m.argmap.toml"
    shutil.copyfile(MAP, target)
    os.utime(target, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    return tmp_path


# each command that writes OUT, as the arguments after `argmap`
WRITERS = {
    "render": lambda out: ["render", "m.argmap.toml", "-o", out, "--format", "svg"],
    "html": lambda out: ["html", "m.argmap.toml", "-o", out],
    "convert": lambda out: ["convert", "m.argmap.toml", out, "--to", "json"],
    "explain": lambda out: ["explain", "m.argmap.toml", "pacifist", "--highlight", out],
}


def _folder(w: Path) -> str:
    (w / "sub").mkdir()
    return "sub"


def _fifo(w: Path) -> str:
    os.mkfifo(w / "pipe.svg")
    return "pipe.svg"


def _symlink(w: Path) -> str:
    (w / "victim.svg").write_text("keep me\n")
    (w / "link.svg").symlink_to("victim.svg")
    return "link.svg"


def _stdout_lookalike(w: Path) -> str:
    # what /dev/stdout is (a symbolic link), without touching the real one
    (w / "terminal").write_text("keep me\n")
    (w / "stdout").symlink_to(w / "terminal")
    return "stdout"


def _respelled_input(w: Path) -> str:
    (w / "sub").mkdir()
    return "./sub/../m.argmap.toml"


def _hard_link(w: Path) -> str:
    os.link(w / "m.argmap.toml", w / "copy.svg")
    return "copy.svg"


REFUSED = {
    "folder": (_folder, "it is a folder"),
    "current folder": (lambda w: ".", "it is a folder"),
    "device": (lambda w: "/dev/null", "it is a device"),
    "fifo": (_fifo, "FIFO"),
    "symlink": (_symlink, "symbolic link"),
    "stdout lookalike": (_stdout_lookalike, "symbolic link"),
    "the input": (lambda w: "m.argmap.toml", "it is the input file"),
    "the input respelled": (_respelled_input, "it is the input file"),
    "a hard link to the input": (_hard_link, "it is the input file"),
    "missing folder": (lambda w: "nowhere/out.svg", "does not exist"),
    "a file as folder": (lambda w: "m.argmap.toml/out.svg", "is not a folder"),
    "empty name": (lambda w: "", "empty"),
    "trailing slash": (lambda w: "out.svg/", "names a folder"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
@pytest.mark.parametrize("command", sorted(WRITERS))
def test_refused_output_leaves_everything_untouched(workdir, command, case):
    make, words = REFUSED[case]
    out = make(workdir)
    before = tree(workdir)
    null_before = os.stat("/dev/null")
    result = run(*WRITERS[command](out), cwd=workdir)
    assert_refused(result, words)
    assert tree(workdir) == before  # the input, the link and its target, the folder: as they were
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert os.stat("/dev/null").st_ino == null_before.st_ino
    if case == "fifo":
        assert stat.S_ISFIFO(os.lstat(workdir / "pipe.svg").st_mode)
    if case in ("symlink", "stdout lookalike"):
        assert (workdir / out).is_symlink()


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_the_output_is_checked_before_the_input_is_read(workdir, command):
    (workdir / "m.argmap.toml").write_text("this is not a map [\n")
    (workdir / "sub").mkdir()
    result = run(*WRITERS[command]("sub"), cwd=workdir)
    assert_refused(result, "'sub'", "it is a folder")


def test_convert_to_a_stdout_link_does_not_replace_it(workdir):
    # issue 19: `argmap convert x.argmap.toml /dev/stdout --to json` replaced /dev/stdout
    out = _stdout_lookalike(workdir)
    result = run("convert", "m.argmap.toml", out, "--to", "json", cwd=workdir)
    assert_refused(result, "symbolic link", "--follow-symlinks")
    assert (workdir / "stdout").is_symlink()
    assert (workdir / "terminal").read_text() == "keep me\n"


def test_a_character_device_output_is_refused(workdir):
    result = run("convert", "m.argmap.toml", "/dev/null", "--to", "json", cwd=workdir)
    assert_refused(result, "'/dev/null'", "device")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def _without_root_overrides() -> None:
    """In the child, before exec: drop the capabilities that let root ignore a folder's
    permission bits (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), as an ordinary user lacks them."""
    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop = 24
    for capability in (1, 2):
        if libc.prctl(pr_capbset_drop, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def test_an_unwritable_folder_is_refused(workdir):
    locked = workdir / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    ordinary = {"preexec_fn": _without_root_overrides} if os.geteuid() == 0 else {}
    before = snapshot(workdir / "m.argmap.toml")
    try:
        for command in sorted(WRITERS):
            result = run(*WRITERS[command]("locked/out.svg"), cwd=workdir, **ordinary)
            assert_refused(result, "'locked'", "not writable")
        result = run(
            "explain",
            "m.argmap.toml",
            "pacifist",
            "--frames",
            "locked/frames",
            cwd=workdir,
            **ordinary,
        )
        assert_refused(result, "'locked'", "not writable")
        assert listing(locked) == []
        assert snapshot(workdir / "m.argmap.toml") == before
    finally:
        locked.chmod(0o755)


def test_follow_symlinks_writes_to_the_links_target(workdir):
    (workdir / "real.json").write_text("old\n")
    (workdir / "link.json").symlink_to("real.json")
    before = snapshot(workdir / "m.argmap.toml")
    result = run("convert", "m.argmap.toml", "link.json", "--follow-symlinks", cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert (workdir / "link.json").is_symlink()
    assert (workdir / "real.json").read_text().startswith('{\n  "argmap": 1,')
    assert snapshot(workdir / "m.argmap.toml") == before


def test_follow_symlinks_creates_a_dangling_links_target(workdir):
    (workdir / "link.svg").symlink_to("drawn.svg")
    result = run(*WRITERS["render"]("link.svg"), "--follow-symlinks", cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert (workdir / "link.svg").is_symlink()
    assert "<svg" in (workdir / "drawn.svg").read_text()


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_follow_symlinks_never_writes_over_an_input(workdir, command):
    (workdir / "link.svg").symlink_to("m.argmap.toml")
    before = snapshot(workdir / "m.argmap.toml")
    result = run(*WRITERS[command]("link.svg"), "--follow-symlinks", cwd=workdir)
    assert_refused(result, "it is the input file")
    assert snapshot(workdir / "m.argmap.toml") == before


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_follow_symlinks_still_refuses_a_link_to_a_device(workdir, command):
    (workdir / "null.svg").symlink_to("/dev/null")
    result = run(*WRITERS[command]("null.svg"), "--follow-symlinks", cwd=workdir)
    assert_refused(result, "it is a device")


@pytest.mark.parametrize(
    ("command", "start"),
    [("render", "<?xml"), ("html", "<!DOCTYPE html>"), ("convert", '{\n  "argmap": 1,')],
)
def test_dash_writes_to_standard_output_alone(workdir, command, start):
    result = subprocess.run(
        [sys.executable, "-m", "argmap", *WRITERS[command]("-")],
        capture_output=True,
        cwd=workdir,
        check=False,
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8").startswith(start)
    assert listing(workdir) == ["m.argmap.toml"]  # no file named '-'
    # the same bytes as written to a file
    named = {"render": "out.svg", "html": "out.html", "convert": "out.argmap.json"}[command]
    written = run(*WRITERS[command](named), cwd=workdir)
    assert written.returncode == 0, written.stderr
    assert (workdir / named).read_bytes() == result.stdout


def test_dash_needs_a_format_where_the_name_gave_it(workdir):
    assert_refused(run("convert", "m.argmap.toml", "-", cwd=workdir), "needs --to")
    assert_refused(run("render", "m.argmap.toml", "-o", "-", cwd=workdir), "--format")


def test_explain_refuses_standard_output_for_its_pictures(workdir):
    assert_refused(run(*WRITERS["explain"]("-"), cwd=workdir), "standard output")
    result = run("explain", "m.argmap.toml", "pacifist", "--frames", "-", cwd=workdir)
    assert_refused(result, "standard output")


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda w: "m.argmap.toml", "not a folder"),
        (lambda w: "nowhere/frames", "does not exist"),
        (lambda w: "", "empty"),
        (lambda w: (w / "elsewhere").mkdir() or (w / "f").symlink_to("elsewhere") or "f", "link"),
    ],
)
def test_explain_frames_folder_is_checked_first(workdir, make, words):
    folder = make(workdir)
    before = tree(workdir)
    result = run("explain", "m.argmap.toml", "pacifist", "--frames", folder, cwd=workdir)
    assert_refused(result, words)
    assert tree(workdir) == before


def test_explain_frames_into_a_new_folder(workdir):
    result = run("explain", "m.argmap.toml", "pacifist", "--frames", "frames", cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert listing(workdir / "frames")[0] == "frame-00.svg"


@pytest.mark.parametrize(
    ("before", "after"),
    [(0o4755, 0o755), (0o2775, 0o775), (0o1644, 0o644)],
    ids=["setuid", "setgid", "sticky"],
)
def test_a_replaced_file_loses_setuid_setgid_and_sticky(workdir, before, after):
    target = workdir / "out.argmap.json"
    target.write_text("old\n")
    target.chmod(before)
    result = run("convert", "m.argmap.toml", "out.argmap.json", cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(os.stat(target).st_mode) == after
    assert target.read_text().startswith("{")


def test_a_new_file_gets_ordinary_permissions_under_the_umask(workdir):
    result = run("convert", "m.argmap.toml", "new.argmap.json", cwd=workdir, umask=0o027)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(os.stat(workdir / "new.argmap.json").st_mode) == 0o640


# --- the library function and writers, directly


def test_check_output_path_allows_a_regular_file_or_a_new_name(tmp_path):
    (tmp_path / "old.txt").write_text("x")
    assert check_output_path(tmp_path / "old.txt") == tmp_path / "old.txt"
    assert check_output_path(tmp_path / "new.txt") == tmp_path / "new.txt"
    assert listing(tmp_path) == ["old.txt"]  # checking writes nothing


def test_check_output_path_refuses_each_case(tmp_path):
    (tmp_path / "folder").mkdir()
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "file").write_text("x")
    (tmp_path / "link").symlink_to("file")
    (tmp_path / "input.toml").write_text("x")
    os.link(tmp_path / "input.toml", tmp_path / "hard")
    inputs = [tmp_path / "input.toml"]
    cases = {
        "": "empty",
        str(tmp_path / "folder"): "it is a folder",
        "/dev/null": "it is a device",
        str(tmp_path / "fifo"): "FIFO",
        str(tmp_path / "link"): "symbolic link",
        str(tmp_path / "input.toml"): "it is the input file",
        f"{tmp_path}/folder/../input.toml": "it is the input file",
        str(tmp_path / "hard"): "it is the input file",
        str(tmp_path / "missing" / "x"): "does not exist",
        str(tmp_path / "file" / "x"): "is not a folder",
        str(tmp_path / "x") + os.sep: "names a folder",
    }
    for path, words in cases.items():
        with pytest.raises(OutputError, match=words):
            check_output_path(path, inputs)


def test_check_output_path_follows_a_link_only_when_asked(tmp_path):
    (tmp_path / "file").write_text("x")
    (tmp_path / "link").symlink_to("file")
    (tmp_path / "to-input").symlink_to("input.toml")
    (tmp_path / "input.toml").write_text("x")
    assert check_output_path(tmp_path / "link", follow_symlinks=True) == tmp_path / "file"
    with pytest.raises(OutputError, match="it is the input file"):
        check_output_path(tmp_path / "to-input", [tmp_path / "input.toml"], follow_symlinks=True)


def test_check_output_folder(tmp_path):
    (tmp_path / "file").write_text("x")
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to("real")
    assert check_output_folder(tmp_path / "real") == tmp_path / "real"
    assert check_output_folder(tmp_path / "new") == tmp_path / "new"
    assert check_output_folder(tmp_path / "link", follow_symlinks=True) == tmp_path / "real"
    for path, words in [
        ("", "empty"),
        (tmp_path / "file", "not a folder"),
        (tmp_path / "link", "symbolic link"),
        (tmp_path / "missing" / "new", "does not exist"),
    ]:
        with pytest.raises(OutputError, match=words):
            check_output_folder(path)


def test_output_error_is_an_argmap_error_and_an_os_error():
    assert issubclass(OutputError, ArgmapError) and issubclass(OutputError, OSError)
    assert str(OutputError("the output file name is empty")) == "the output file name is empty"


def test_atomic_write_refuses_a_link_a_folder_and_a_device(tmp_path):
    (tmp_path / "file").write_text("keep\n")
    (tmp_path / "link").symlink_to("file")
    (tmp_path / "folder").mkdir()
    for path in (tmp_path / "link", tmp_path / "folder", Path("/dev/null")):
        with pytest.raises(OutputError):
            atomic_write_bytes(path, b"new\n")
    assert (tmp_path / "link").is_symlink() and (tmp_path / "file").read_text() == "keep\n"
    assert listing(tmp_path) == ["file", "folder", "link"] and listing(tmp_path / "folder") == []


def test_atomic_write_drops_setuid_and_keeps_the_rest(tmp_path):
    target = tmp_path / "tool"
    target.write_text("old\n")
    target.chmod(0o6750)
    atomic_write_text(target, "new\n")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o750
    assert target.read_text() == "new\n"


def test_atomic_write_gives_a_new_file_the_umask_mode(tmp_path):
    previous = os.umask(0o077)
    try:
        atomic_write_text(tmp_path / "new.txt", "x")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(os.stat(tmp_path / "new.txt").st_mode) == 0o600


def test_an_exception_mid_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    target.write_text("old\n")

    def broken_fsync(fd):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(RuntimeError, match="disk on fire"):
        atomic_write_text(target, "new\n")
    assert listing(tmp_path) == ["out.txt"] and target.read_text() == "old\n"


def test_a_failed_write_names_the_target_not_the_temporary_file(tmp_path, monkeypatch):
    def refused_rename(source, destination):
        raise PermissionError(13, "Permission denied", source)

    monkeypatch.setattr(os, "replace", refused_rename)
    with pytest.raises(OutputError) as caught:
        atomic_write_text(tmp_path / "out.txt", "new\n")
    assert str(caught.value) == f"cannot write to {str(tmp_path / 'out.txt')!r}: Permission denied"
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert listing(tmp_path) == []


def test_render_checks_the_path_before_drawing(tmp_path, monkeypatch):
    import argmap.render.output as output

    def must_not_draw(*args, **kwargs):
        raise AssertionError("drew a picture for a path that cannot be written")

    monkeypatch.setattr(output, "picture_bytes", must_not_draw)
    with pytest.raises(OutputError, match="it is a folder"):
        output.render(ArgumentFramework.from_attacks([("a", "b")]), tmp_path, "dot")


def test_write_frames_refuses_a_missing_parent_folder(tmp_path):
    from argmap.debate import Debate
    from argmap.render import write_frames

    with pytest.raises(OutputError, match="does not exist"):
        write_frames(Debate.load(MAP), tmp_path / "missing" / "frames")
    assert listing(tmp_path) == []


# --- signals: a write in progress is interrupted; the temporary file must go

# The child holds the write open after the temporary file is written and before it is
# renamed (os.fsync waits for a line on stdin that never comes), says so on stdout, and
# the test then signals it: no sleeping, no timing.
CHILD = textwrap.dedent(
    """
    import os, signal, sys
    signal.signal(signal.SIGINT, signal.default_int_handler)  # as in an interactive shell
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    real_fsync = os.fsync

    def held_fsync(fd):
        real_fsync(fd)
        print("writing", flush=True)
        sys.stdin.readline()

    os.fsync = held_fsync
    if sys.argv[1] == "library":
        from argmap.formats._files import atomic_write_text
        atomic_write_text(sys.argv[2], "new text\\n")
    else:
        from argmap.cli.main import main
        sys.exit(main(sys.argv[2:]))
    """
)


def _interrupt(tmp_path: Path, signum: int, *args: str) -> subprocess.CompletedProcess:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, *args],
        cwd=tmp_path,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        ready, _, _ = select.select([child.stdout], [], [], TIMEOUT)
        assert ready, "the child never started writing"
        assert child.stdout.readline() == "writing\n"
        temporary = [n for n in listing(tmp_path) if n.startswith(".") and n.endswith(".tmp")]
        assert len(temporary) == 1, listing(tmp_path)  # the test sees the file it must remove
        child.send_signal(signum)
        stdout, stderr = child.communicate(timeout=TIMEOUT)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    return subprocess.CompletedProcess(child.args, child.returncode, stdout, stderr)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_during_a_write_leaves_no_temporary_file(tmp_path, signum):
    (tmp_path / "out.txt").write_text("old text\n")
    result = _interrupt(tmp_path, signum, "library", "out.txt")
    assert result.returncode == -signum  # the process still ends by the signal
    assert listing(tmp_path) == ["out.txt"]
    assert (tmp_path / "out.txt").read_text() == "old text\n"
    assert ".tmp" not in result.stderr


def test_sigterm_during_a_command_leaves_no_temporary_file(workdir):
    before = snapshot(workdir / "m.argmap.toml")
    result = _interrupt(workdir, signal.SIGTERM, "cli", "convert", "m.argmap.toml", "out.json")
    assert result.returncode == -signal.SIGTERM
    assert listing(workdir) == ["m.argmap.toml"]
    assert snapshot(workdir / "m.argmap.toml") == before


def test_ctrl_c_during_a_command_is_one_line_and_leaves_no_temporary_file(workdir):
    result = _interrupt(workdir, signal.SIGINT, "cli", "convert", "m.argmap.toml", "out.json")
    assert result.returncode == 1
    assert result.stderr == "argmap: error: interrupted\n"
    assert listing(workdir) == ["m.argmap.toml"]
