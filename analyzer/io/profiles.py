"""Profile files: a saved profile (.json, or .yaml/.yml when PyYAML is installed) or typed skills (.txt, .md)."""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import MissingDependencyError, ProfileError
from ..gap.profile import Profile
from ..taxonomy import Taxonomy
from .atomic import atomic_text
from .bounded_json import loads_bounded
from .postings import PACKED_KINDS, packed_kind_of


def save_profile(profile: Profile, path: str | Path) -> None:
    """Write ``profile`` as JSON (what :func:`load_profile` reads back)."""
    with atomic_text(path) as handle:
        handle.write(json.dumps(profile.to_dict(), indent=2, ensure_ascii=False) + "\n")


#: Largest saved-profile file read (a profile of every skill in the taxonomy is ~1 MB).
MAX_PROFILE_BYTES = 5_000_000
#: Most skill (or unresolved) entries a saved profile may list.
MAX_PROFILE_ENTRIES = 5_000
#: Longest text in a saved profile entry (a skill's input or name): a skill is a few words.
MAX_PROFILE_STRING = 500
#: Shown of an entry quoted in a message.
ECHO_CHARS = 60
_ENTRY_FIELDS = {
    "input": str,
    "skill": str,
    "skill_id": str,
    "how": str,
    "name": str,
    "category": str,
    "via": str,
    "years_from": str,
}


#: Files that can only be a résumé (a .txt or .md is a list of skills as a profile).
RESUME_ONLY_TYPES = (".pdf", ".docx", ".doc", ".odt", ".rtf")


def load_profile(path: str | Path, taxonomy: Taxonomy | None = None) -> Profile:
    """Load a saved profile (.json; .yaml/.yml when PyYAML is installed; .txt = typed skills)."""
    p = Path(path)
    if p.suffix.lower() in RESUME_ONLY_TYPES:  # not "not valid JSON" or "must be UTF-8 text"
        raise ProfileError(f"{p}: a résumé, not a saved profile (.json, or .txt of skills); give it with --resume")
    try:
        if p.stat().st_size > MAX_PROFILE_BYTES:
            raise ProfileError(f"{p.name}: too large for a profile (over {MAX_PROFILE_BYTES:,} bytes)")
        data = p.read_bytes()
    except FileNotFoundError:
        raise ProfileError(f"{p}: no such profile file") from None
    except OSError as e:
        raise ProfileError(f"{p}: cannot read the profile ({e.strerror or e})") from None
    kind = packed_kind_of(data)  # a document or a workbook under a profile's name
    if kind is not None:
        what = f"{p}: is {PACKED_KINDS[kind][0]}, not a saved profile (.json, or .txt of skills)"
        raise ProfileError(f"{what}; a résumé is given with --resume" if kind in ("docx", "pdf", "odt") else what)
    try:
        raw = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")  # as read_text reads lines
    except UnicodeDecodeError:
        raise ProfileError(f"{p}: a profile must be UTF-8 text") from None
    suffix = p.suffix.lower()
    if suffix in (".txt", ".md"):
        profile = Profile.from_text(raw, taxonomy)
        profile.source = f"file:{p.name}"
        return profile
    if suffix in (".yaml", ".yml"):
        try:
            import yaml
        except ImportError:
            raise MissingDependencyError(
                f"{p}: reading YAML profiles needs the PyYAML package, which is not installed "
                "(a .json profile needs nothing more)",
                "pyyaml",
            ) from None
        try:
            data = yaml.safe_load(raw)
        except yaml.YAMLError as e:
            raise ProfileError(f"{p}: not valid YAML ({str(e).splitlines()[0]})") from None
        except RecursionError:
            raise ProfileError(f"{p}: nested too deeply for a profile") from None
        return profile_from_data(data, str(p), taxonomy)
    return profile_from_json(raw, str(p), taxonomy)


def profile_from_json(raw: str, name: str, taxonomy: Taxonomy | None = None) -> Profile:
    """A saved profile from its JSON text (a file or an upload called ``name``), validated first."""
    if len(raw) > MAX_PROFILE_BYTES:
        raise ProfileError(f"{name}: too large for a profile (over {MAX_PROFILE_BYTES:,} characters)")
    data = loads_bounded(raw, name, error=ProfileError, constants=True)  # NaN years: ignored with a warning
    return profile_from_data(data, name, taxonomy)


def profile_from_data(data: object, name: str, taxonomy: Taxonomy | None = None) -> Profile:
    problem = profile_problem(data)
    if problem:
        raise ProfileError(f"{name}: not a skillgap profile ({problem})")
    try:
        profile = Profile.from_dict(data, taxonomy)
    except ProfileError as e:
        raise ProfileError(f"{name}: {e}") from None
    profile.warnings = [f"{name}: {w}" for w in profile.warnings]  # what was ignored, named by the file
    return profile


def echo_text(text: str, limit: int = ECHO_CHARS) -> str:
    """``text`` cut to ``limit`` characters for a message (an entry is echoed, not copied whole)."""
    return text[:limit] + "…" if len(text) > limit else text


def echo(value: object, limit: int = ECHO_CHARS) -> str:
    """``value`` quoted for a message, cut to ``limit`` characters."""
    return repr(echo_text(value if isinstance(value, str) else type(value).__name__, limit))


def profile_problem(data: object) -> str | None:
    """What makes ``data`` not a profile (the shape :meth:`Profile.to_dict` writes, or the short
    ``{"skills": [...]}`` / ``[...]`` forms), or None. Checks types, counts and lengths, not ids."""
    if isinstance(data, list):
        data = {"skills": data}
    if not isinstance(data, dict):
        return f'a profile is an object with a "skills" list, not {type(data).__name__}'
    for key in ("skills", "unresolved"):
        entries = data.get(key, [])
        if entries is None and key == "unresolved":
            continue
        if not isinstance(entries, list):
            return f'expected a "{key}" list, found {type(entries).__name__}'
        if len(entries) > MAX_PROFILE_ENTRIES:
            return f'"{key}" lists {len(entries):,} entries (at most {MAX_PROFILE_ENTRIES:,})'
        for i, entry in enumerate(entries, 1):
            problem = _entry_problem(entry)
            if problem:
                return f'"{key}" entry {i}: {problem}'
    source = data.get("source")
    if source is not None and (not isinstance(source, str) or len(source) > MAX_PROFILE_STRING):
        return '"source" must be a short string'
    return None


def _entry_problem(entry: object) -> str | None:
    if isinstance(entry, str):
        return _text_problem(entry)
    if not isinstance(entry, dict):
        return f"entries must be strings or objects, not {type(entry).__name__}"
    for field, value in entry.items():
        if field == "confidence":
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value <= 1:
                return '"confidence" must be a number from 0 to 1'
        elif field == "suggestions":
            if not isinstance(value, list) or len(value) > 20 or not all(isinstance(v, str) for v in value):
                return '"suggestions" must be a short list of strings'
            for v in value:
                problem = _text_problem(v)
                if problem:
                    return problem
        elif field in _ENTRY_FIELDS:
            if value is not None and not isinstance(value, str):
                return f'"{field}" must be a string, not {type(value).__name__}'
            problem = _text_problem(value or "")
            if problem:
                return f'"{field}" {problem}'
        elif isinstance(value, (dict, list)):
            return f'"{echo(field)[1:-1]}" must not hold a list or object'
        elif isinstance(value, str) and len(value) > MAX_PROFILE_STRING:
            return f'"{echo(field)[1:-1]}" is {len(value):,} characters long (at most {MAX_PROFILE_STRING})'
    return None


def _text_problem(text: str) -> str | None:
    if len(text) > MAX_PROFILE_STRING:
        return f"{echo(text)} is {len(text):,} characters long (a skill has at most {MAX_PROFILE_STRING})"
    return None
