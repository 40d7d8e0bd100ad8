"""JSON from files a user hands over (saved profiles, gold files): parsed with limits on size,
nesting depth and number length, so a hostile file costs milliseconds and gives one line of
explanation instead of a traceback (RecursionError, ValueError of a 5,000-digit integer).

>>> loads_bounded('{"skills": ["python"]}', "p.json")
{'skills': ['python']}
>>> loads_bounded("[" * 100 + "]" * 100, "p.json")
Traceback (most recent call last):
...
analyzer.errors.InputError: p.json: nested deeper than 8 levels
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..errors import InputError

#: Deepest nesting of lists and objects accepted (a saved profile needs 3, a gold record 4).
MAX_JSON_DEPTH = 8
#: Longest number (in characters) accepted: ids and confidences are short.
MAX_NUMBER_CHARS = 40


class _Refused(ValueError):
    pass


def _parse_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Refused(f"a number of {len(text):,} digits")
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Refused(f"a number of {len(text):,} characters")
    return float(text)


def _parse_constant(text: str) -> float:
    raise _Refused(f"{text} is not a JSON number")


def loads_bounded(
    raw: str,
    name: str,
    *,
    max_depth: int = MAX_JSON_DEPTH,
    error: type[InputError] = InputError,
    constants: bool = False,
) -> Any:
    """``json.loads(raw)`` within the limits above; ``error`` (an InputError) naming ``name`` otherwise.
    ``constants``: read ``NaN`` and ``Infinity`` (which Python's ``json.dumps`` writes) as floats, for
    the caller to check, instead of refusing the whole file."""
    try:
        data = json.loads(
            raw, parse_int=_parse_int, parse_float=_parse_float, parse_constant=float if constants else _parse_constant
        )
    except _Refused as e:
        raise error(f"{name}: not accepted ({e})") from None
    except json.JSONDecodeError as e:
        raise error(f"{name}: not valid JSON ({e.msg}, line {e.lineno})") from None
    except RecursionError:
        raise error(f"{name}: nested deeper than {max_depth} levels") from None
    if depth_over(data, max_depth):
        raise error(f"{name}: nested deeper than {max_depth} levels")
    return data


def depth_over(data: Any, max_depth: int) -> bool:
    """Whether lists/objects in ``data`` nest deeper than ``max_depth`` (iterative: no recursion)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Iterable[Any] = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > max_depth:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False
