"""Profile files: a saved profile (.json, or .yaml/.yml when PyYAML is installed) or typed skills (.txt, .md)."""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import MissingDependencyError, ProfileError
from ..gap.profile import Profile
from ..taxonomy import Taxonomy
from .atomic import atomic_text


def save_profile(profile: Profile, path: str | Path) -> None:
    """Write ``profile`` as JSON (what :func:`load_profile` reads back)."""
    with atomic_text(path) as handle:
        handle.write(json.dumps(profile.to_dict(), indent=2, ensure_ascii=False) + "\n")


def load_profile(path: str | Path, taxonomy: Taxonomy | None = None) -> Profile:
    """Load a saved profile (.json; .yaml/.yml when PyYAML is installed; .txt = typed skills)."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ProfileError(f"{p}: no such profile file") from None
    except UnicodeDecodeError:
        raise ProfileError(f"{p}: a profile must be UTF-8 text") from None
    except OSError as e:
        raise ProfileError(f"{p}: cannot read the profile ({e.strerror or e})") from None
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
    else:
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as e:
            raise ProfileError(f"{p}: not valid JSON ({e.msg}, line {e.lineno})") from None
    try:
        return Profile.from_dict(data, taxonomy)
    except ProfileError as e:
        raise ProfileError(f"{p}: {e}") from None
