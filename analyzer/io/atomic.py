"""Every file skillgap writes (extract output, reports, saved profiles) is written here: to a
temporary file created safely in the target's folder, renamed onto the target only when it is
complete.

- The temporary file comes from :func:`tempfile.mkstemp` (a random name, ``O_EXCL``, mode 0600):
  a symlink planted under a predictable name cannot redirect the write.
- The target is replaced by :func:`os.replace` at the end (atomic on one file system), so an older
  file of that name stays whole until the new one is complete: a full disk, an error, Ctrl-C or a
  SIGKILL never leaves a truncated report.
- On any exception the temporary file is removed; an ``OSError`` becomes one
  :class:`~analyzer.errors.OutputError` naming the target. After a SIGKILL at most one hidden
  ``.<name>.*.skillgap-tmp`` file is left; nothing reads it, and it can be deleted.
- A target that is not a regular file (``/dev/null``, a named pipe, ``/dev/stdout`` on a pipe or
  a terminal) is written in place: renaming onto it would replace the device or pipe with a
  plain file. A symbolic link is followed: the file it points to is replaced and the link kept.

:func:`refuse_same_file` stops a command whose output would overwrite one of its inputs.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from ..errors import InputError, OutputError

TEMP_SUFFIX = ".skillgap-tmp"


def temp_prefix(target: Path) -> str:
    """The start of the temporary names used for ``target`` (hidden, in its folder)."""
    return f".{target.name}."


@contextmanager
def atomic_text(path: str | Path, *, newline: str | None = "\n") -> Iterator[TextIO]:
    """An open UTF-8 text file that becomes ``path`` when the block ends without an exception."""
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"cannot write {target}: it is a folder")
    if _is_special(target):
        with _in_place(target, newline) as handle:
            yield handle
        return
    if target.is_symlink():  # replace what the link points to; os.replace would replace the link
        target = Path(os.path.realpath(target))
    folder = target.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(target), suffix=TEMP_SUFFIX, dir=folder)
    except OSError as e:
        raise OutputError(f"cannot write {target}: {e.strerror or e}") from None
    tmp = Path(tmp_name)
    try:
        handle = os.fdopen(fd, "w", encoding="utf-8", newline=newline)
    except BaseException:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    done = False
    try:
        try:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            _keep_mode(target, tmp)
            os.replace(tmp, target)
            done = True
        except OSError as e:
            if isinstance(e, BrokenPipeError):
                raise
            raise OutputError(f"cannot write {target}: {e.strerror or e}") from None
    finally:
        if not done:
            with contextlib.suppress(OSError):
                handle.close()
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)


def _is_special(target: Path) -> bool:
    """True for an existing target that is no regular file or folder (a device, a pipe, a socket)."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


@contextmanager
def _in_place(target: Path, newline: str | None) -> Iterator[TextIO]:
    """``target`` opened and written directly: a device or pipe has no previous contents to keep."""
    try:
        handle = open(target, "w", encoding="utf-8", newline=newline)
    except OSError as e:
        raise OutputError(f"cannot write {target}: {e.strerror or e}") from None
    try:
        yield handle
        handle.flush()
    except OSError as e:
        if isinstance(e, BrokenPipeError):
            raise
        raise OutputError(f"cannot write {target}: {e.strerror or e}") from None
    finally:
        with contextlib.suppress(OSError):
            handle.close()


def _keep_mode(target: Path, tmp: Path) -> None:
    """mkstemp makes the file 0600: give it the mode a plain ``open`` would (or the old file's)."""
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)


def same_file(a: str | Path, b: str | Path) -> bool:
    """True when ``a`` and ``b`` are one file (hard or symbolic links included); False when either is missing."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def refuse_named_twice(sources: Iterable[str | Path]) -> None:
    """InputError when one input file is named more than once (by the same name, another spelling of
    its path or a link to it): it would be read twice, every row doubled. Standard input (``-``) is
    left to the readers; a name that is not a file is compared by its path, and fails when opened."""
    seen: dict[object, list[str]] = {}
    by_size: dict[int, list[str]] = {}  # the first name of each file, by its size
    for source in sources:
        name = str(source)
        if name == "-":
            continue
        try:
            st = os.stat(name)
            key: object = (st.st_dev, st.st_ino)
            if key not in seen and stat.S_ISREG(st.st_mode) and st.st_size:
                by_size.setdefault(st.st_size, []).append(name)
        except (OSError, ValueError):
            key = os.path.abspath(name)
        seen.setdefault(key, []).append(name)
    for names in seen.values():
        if len(names) > 1:
            spellings = list(dict.fromkeys(names))
            also = f" (as {', '.join(spellings)})" if len(spellings) > 1 else ""
            raise InputError(f"{names[0]} is named {len(names)} times{also}; a file is read once: name it once")
    # A copy under another name ("jobs (1).csv", the same export downloaded twice) is read twice
    # too: the dashboard refuses the same bytes uploaded twice, and so does this. Only files of
    # one size are compared, and those first by their first and last blocks: two exports of one
    # size differ there almost always, so only files that agree on both are read whole.
    for names in by_size.values():
        ends: dict[bytes, list[str]] = {}
        for name in names if len(names) > 1 else ():
            digest = _digest(name, whole=False)
            if digest is not None:
                ends.setdefault(digest, []).append(name)
        for alike in ends.values():
            first: dict[bytes, str] = {}
            for name in alike if len(alike) > 1 else ():
                digest = _digest(name, whole=True)
                if digest is not None and digest in first:
                    raise InputError(
                        f"{name} holds the same bytes as {first[digest]}; a file is read once: name it once"
                    )
                if digest is not None:
                    first[digest] = name


#: How much of each end of two files of one size is compared before they are read whole.
SAME_BYTES_BLOCK = 1 << 16


def _digest(name: str, whole: bool) -> bytes | None:
    """A hash of the file's bytes, or (``whole`` False) of its first and last
    :data:`SAME_BYTES_BLOCK` bytes; None when it cannot be read (its reader says why)."""
    digest = hashlib.blake2b(digest_size=16)
    try:
        with open(name, "rb") as f:
            if not whole:
                digest.update(f.read(SAME_BYTES_BLOCK))
                f.seek(max(0, os.fstat(f.fileno()).st_size - SAME_BYTES_BLOCK))
                digest.update(f.read(SAME_BYTES_BLOCK))
            else:
                for block in iter(lambda: f.read(1 << 20), b""):
                    digest.update(block)
    except OSError:
        return None
    return digest.digest()


def refuse_same_file(output: str | Path | None, *inputs: str | Path | None) -> None:
    """OutputError when ``output`` is one of ``inputs`` (writing it would destroy the input)."""
    if output is None or str(output) == "-":
        return
    for source in inputs:
        if source is None or str(source) == "-":
            continue
        if same_file(output, source):
            raise OutputError(f"{output} is the input file {source}; choose another output file")
