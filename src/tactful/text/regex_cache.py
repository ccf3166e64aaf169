"""Compiled matchers kept on disk, so that a command does not compile hundreds of regexes on
every run (the checker's meaning patterns, the studio's word lists: about half a second).

`preload(name)` reads `<user cache dir>/tactful/regex-<name>-….bin` and puts each pattern,
already compiled, into the `re` module's own cache: every later `re.compile` of the same
pattern and flags, anywhere in tactful, is then a dictionary look-up. `persist()` writes the
file again when the run compiled patterns the file did not hold. A pattern is stored with the
code CPython's regex compiler made for it (what `re._compiler.compile` hands to
`_sre.compile`), so loading skips parsing and code generation entirely; the code is kept as
the bytes of an `array` (unmarshalling a list of some 300,000 ints costs more than compiling
what they describe).

The file is keyed by tactful's version, the Python version and the regex engine's magic
number, and holds a checksum of the pattern modules' sizes and times; anything that does not
match, a corrupt file, an unreadable or unwritable cache directory, or a Python whose `re`
internals differ (the cache then simply does nothing) is ignored: the patterns are compiled
as usual, never an error.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
import zlib
from array import array
from collections.abc import Callable

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")

_FORMAT = 2
_CODE = "I"
"""The array type of a pattern's code: CPython's SRE_CODE is 4 bytes (checked before use)."""
_SOURCES = ("text", "checks", "ads", "ads/rules")
"""Packages whose modules hold patterns: their files' sizes and times go into the hash."""

_state: dict[str, object] = {}
_values: dict[object, object] = {}
"""Values derived from rule sources (a pattern's regex text, the words it needs), by key."""
_fresh_values: dict[object, object] = {}


def remember(key: object, compute: Callable[[], T]) -> T:
    """`compute()`, kept with the compiled matchers under `key` (a marshal-able value made
    only of the rule's own text: when that text changes, so does the key)."""
    try:
        return _values[key]  # type: ignore[return-value]
    except KeyError:
        pass
    value = compute()
    _values[key] = value
    _fresh_values[key] = value
    return value


def _engine() -> tuple[object, object, object] | None:
    """`re`'s cache, parser and compiler, when they are the ones this module knows."""
    try:
        import _sre  # type: ignore[import-not-found]

        cache = re._cache  # type: ignore[attr-defined]
        parser = re._parser
        compiler = re._compiler  # type: ignore[attr-defined]
    except (ImportError, AttributeError):
        return None
    if not isinstance(cache, dict) or not hasattr(_sre, "compile"):
        return None
    if not hasattr(parser, "parse") or not hasattr(compiler, "_code"):
        return None
    return cache, parser, compiler


def cache_dir() -> str:
    """The user's cache directory for tactful (platformdirs' user_cache_dir; on Linux the XDG
    path is computed here, which spares importing platformdirs). A string path: pathlib and
    what it imports cost a check more startup than reading the cache."""
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        return os.path.join(base or os.path.expanduser("~/.cache"), "tactful")
    from platformdirs import user_cache_dir

    return str(user_cache_dir("tactful", appauthor=False))


def _sources_hash() -> str:
    """A hash of the pattern modules as installed (their sizes and modification times)."""
    root = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    parts: list[str] = []
    for package in _SOURCES:
        try:
            entries = sorted(os.scandir(os.path.join(root, package)), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.name.endswith(".py"):
                try:
                    info = entry.stat()
                except OSError:
                    continue
                parts.append(f"{package}/{entry.name}:{info.st_size}:{info.st_mtime_ns}")
    return f"{zlib.crc32(';'.join(parts).encode()):08x}-{len(parts)}"


def _path(name: str) -> str:
    import _sre

    from tactful import __version__

    python = "".join(map(str, sys.version_info[:3]))
    return os.path.join(cache_dir(), f"regex-{name}-{__version__}-py{python}-{_sre.MAGIC}.bin")


def preload(name: str) -> int:
    """Put the patterns cached under `name` into `re`'s cache; returns how many."""
    engine = _engine()
    if engine is None:
        return 0
    cache = engine[0]
    assert isinstance(cache, dict)
    _state.clear()
    try:
        path = _path(name)
        sources = _sources_hash()
        _state.update(name=name, path=path, sources=sources, known=set(cache), entries={})
        with open(path, "rb") as file:
            data = file.read()
    except (OSError, ValueError):
        return 0
    decoded = _decode(data, sources)
    if decoded is None:
        return 0
    loaded, values = decoded
    for value_key, value in values.items():
        _values.setdefault(value_key, value)
    import _sre

    count = 0
    known = _state["known"]
    assert isinstance(known, set)
    limit = getattr(re, "_MAXCACHE", 512)
    entries = _state["entries"]
    assert isinstance(entries, dict)
    for entry in loaded:
        pattern, flags, final_flags, code, groups, groupindex, indexgroup = entry
        if len(cache) >= limit:
            break  # `re` would evict the oldest: keep the cache within its size
        key = (str, pattern, flags)
        if key in cache:
            continue
        try:
            words = array(_CODE)
            words.frombytes(code)
            compiled = _sre.compile(
                pattern, final_flags, words.tolist(), groups, groupindex, indexgroup
            )
        except Exception:  # damaged code: the engine's validation refuses it
            return count
        cache[key] = compiled
        known.add(key)
        entries[key] = entry
        count += 1
    return count


Entry = tuple[str, int, int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""pattern, flags, flags as compiled, code (an array's bytes), groups, group index, index
group."""


def _decode(data: bytes, sources: str) -> tuple[list[Entry], dict[object, object]] | None:
    if len(data) < 4:
        return None
    digest, payload = data[:4], data[4:]
    if zlib.crc32(payload).to_bytes(4, "big") != digest:
        return None
    try:
        header, entries, values = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    if header != _header(sources):
        return None
    if not isinstance(entries, list) or not isinstance(values, dict):
        return None
    return entries, values


def _header(sources: str) -> tuple[int, str, str, int, str]:
    """What a file must have been written with: its format, the sources' hash, and how this
    machine lays out the code's words."""
    return (_FORMAT, sources, _CODE, array(_CODE).itemsize, sys.byteorder)


def persist() -> bool:
    """Write the patterns of `re`'s cache to the file `preload` read, when this run compiled
    some it did not hold. Returns whether a file was written."""
    engine = _engine()
    if engine is None or "path" not in _state:
        return False
    import _sre

    if array(_CODE).itemsize != _sre.CODESIZE:
        return False  # an engine whose code words this array type cannot hold
    cache, parser, compiler = engine
    assert isinstance(cache, dict)
    known = _state["known"]
    assert isinstance(known, set)
    fresh = [
        key
        for key in list(cache)
        if key not in known and key[0] is str and isinstance(key[2], int) and not key[2] & re.DEBUG
    ]
    if not fresh and not _fresh_values:
        return False
    stored = _state["entries"]
    assert isinstance(stored, dict)
    entries = list(stored.values())
    for _, pattern, flags in fresh:
        try:
            parsed = parser.parse(pattern, flags)  # type: ignore[attr-defined]
            code = compiler._code(parsed, flags)  # type: ignore[attr-defined]
        except Exception:
            continue
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for group, index in groupindex.items():
            indexgroup[index] = group
        entries.append(
            (
                pattern,
                flags,
                flags | parsed.state.flags,
                array(_CODE, code).tobytes(),
                parsed.state.groups - 1,
                groupindex,
                tuple(indexgroup),
            )
        )
    path = _state["path"]
    assert isinstance(path, str)
    try:
        payload = marshal.dumps((_header(str(_state["sources"])), entries, dict(_values)))
    except ValueError:
        return False
    data = zlib.crc32(payload).to_bytes(4, "big") + payload
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as file:
            file.write(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return False
    _fresh_values.clear()
    return True
