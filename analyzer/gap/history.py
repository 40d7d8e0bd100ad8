"""Years of use from a résumé's job history: the dated roles a skill is named in.

A résumé seldom says "Python (5 years)"; it lists roles with dates ("Data Scientist, Acme —
Jan 2019 – Mar 2023", "06/2017 - 12/2018", "01/19 – 03/21", "2015–present") and the tools used in
each; "01/19" is read only in a range of two such ("1/10 - 3/10" is a ratio). A role runs
from the line that holds its date range to the next role's, or to a section heading; a range in a
bullet's prose within the open role ("• Led a migration (2019–2020)") starts none; a short
line or two just above a date line (the title and employer) belong to the role below it, unless they end the
role above (a sentence's stop, a line in lower case). A PDF's text may run many lines into one: a
long line with several ranges starts a role at each, and a section heading inside it a section. A skill named in
roles gets the length of the union of their periods, so overlapping roles are not counted twice.

Roles under a section that is not work history (Education, Projects, Skills, …) count nothing: a
degree from 2014–2018 is not four years of the subjects studied.

>>> from datetime import date
>>> text = '''Experience
... Data Scientist, Acme            Jan 2019 – Present
... - Churn models in Python and SQL
... Analyst, Beta Corp              2016 - 2019
... - Reporting in SQL and Excel
... Education
... BSc Statistics                  2012 - 2016'''
>>> spans = [(text.index("Python"), "python"), (text.index("SQL"), "sql"),
...          (text.index("SQL and"), "sql"), (text.index("Statistics"), "statistics")]
>>> dated_years(text, spans, today=date(2024, 1, 15))
{'python': 5.1, 'sql': 8.1}
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

#: A role longer than this is a misread, not a career.
MAX_ROLE_YEARS = 50

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# A month's name or its abbreviation, not any word that starts like one ("Marketing 2016", "Junior 2016").
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_SHORT_YEAR = r"['’]\d\d(?!\d)"  # "Jan '19"
_ISO_MONTH = r"(?:1[0-2]|0?[1-9])(?!\d)"  # the month of "2019-01"; "2016-2019" is no month
# An end point: "Jan 2019", "January, 2019", "Jan '19", "01/2019", "1-2019", "2019-01", "2019".
_POINT = rf"(?:{_MONTH}[ \t,]{{0,2}}(?:{_YEAR}|{_SHORT_YEAR})|\d{{1,2}}[/.\-]{_YEAR}|{_YEAR}(?:[/.\-]{_ISO_MONTH})?)"
_NOW = r"(?:present|current|currently|now|today|date|ongoing)"
# "01/19": a two-digit month and a two-digit year. Read only in a range of two of them ("01/19 – 03/21")
# or one to the present: alone, or with one-digit months ("1/10 - 3/10", "4/5"), it is a ratio or a score.
_MONTH_SHORT_YEAR = r"(?:0[1-9]|1[0-2])/\d\d(?![\d/])"
_SHORT_NOW = r"(?:present|current|currently|now|ongoing)"  # not "9/10 to date"
_TO = r"[ \t]{0,3}(?:[-–—]{1,2}|to|until|till)[ \t]{0,3}"
# Every quantifier is bounded and each alternative starts differently: no backtracking blow-up.
_RANGE = re.compile(
    rf"(?<![\w/.\-])(?:(?P<start>{_POINT}){_TO}(?P<end>{_POINT}|{_NOW})"
    rf"|(?P<short_start>{_MONTH_SHORT_YEAR}){_TO}(?P<short_end>{_MONTH_SHORT_YEAR}|{_SHORT_NOW}))(?![\w/])",
    re.IGNORECASE,
)
_ONLY_NOW = re.compile(_NOW, re.IGNORECASE)
_POINT_PARTS = re.compile(
    rf"(?P<mon>{_MONTH})[ \t,]{{0,2}}(?:(?P<mon_year>{_YEAR})|['’](?P<short_year>\d\d))"
    rf"|(?P<num>\d{{1,2}})[/.\-](?P<num_year>{_YEAR})"
    rf"|(?P<year>{_YEAR})(?:[/.\-](?P<iso_month>{_ISO_MONTH}))?",
    re.IGNORECASE,
)

# Section headings, alone on their line (an optional colon): work history, and the rest.
_WORK = {
    "experience", "work experience", "professional experience", "relevant experience", "employment",
    "employment history", "work history", "career history", "professional background", "career",
    "experience and employment", "industry experience", "work",
}  # fmt: skip
_OTHER = {
    "education", "education and training", "academic background", "qualifications", "skills",
    "technical skills", "core skills", "key skills", "skills and tools", "projects", "personal projects",
    "selected projects", "certifications", "certificates", "publications", "awards", "honors", "honours",
    "summary", "profile", "about me", "languages", "interests", "hobbies", "volunteering",
    "volunteer experience", "references", "courses", "coursework", "training", "teaching",
}  # fmt: skip
_HEADING_CHARS = 40
# Marks around a heading: "## Education", "**SKILLS:**", "— Projects —".
_HEADING_MARKS = " \t\r\n#*=_:|•·-–—"
# A heading inside a line of run-together text: written in capitals ("EDUCATION") or, for the names no
# sentence of a role opens with, capitalised ("Education", "Work Experience"; not "Training models …",
# "Experience with Spark …").
_UNAMBIGUOUS = {"education", "projects", "certifications", "certificates", "publications", "coursework"}
INLINE_HEADING = re.compile(
    r"(?<![\w&])(?:"
    + "|".join(
        re.escape(form)
        for name in sorted(_WORK | _OTHER, key=len, reverse=True)
        for form in {name.upper(), name.title(), name.capitalize()}
        if form.isupper() or " " in name or name in _UNAMBIGUOUS
    )
    + r")(?![\w&])"
)
# A line longer than this with several date ranges is lines run together (a PDF's text), read range
# by range; a shorter one is one role's ("Jan 2019 - Present (promoted 2021 - Present)").
_JOINED_CHARS = 160
# A line of this many characters or fewer, not a bullet, just above a date line is its role's title.
_TITLE_CHARS = 80
# Such lines read upwards from a date line: the title and the employer ("Data Analyst" / "Beta Inc" / "2016 – 2018").
_TITLE_LINES = 2
_BULLET = re.compile(r"[\s*\-–—•·>]")
# Bullet marks: opening a line, or (any but a hyphen) inside a line of run-together text.
_LINE_BULLET = re.compile(r"[ \t]{0,8}[*\-–—•·◦▪>]")
_INLINE_BULLETS = "•·◦▪*"
# How far back a range's bullet is looked for.
_PROSE_CHARS = 240
# A title is written in capitals ("Senior Data Scientist", "Head of Analytics"); a line of the role above
# has words in lower case ("Built models in Python").
_LOWER_CASE_WORD = re.compile(r"(?<![\w'’-])[a-z]{4,}+(?![\w'’-])")
# Words a company's name ends with, and a stop after them ends no sentence: "Beta Holdings Ltd."
_NAME_ABBREVIATIONS = {"inc", "ltd", "co", "corp", "llc", "plc", "gmbh", "ag", "sa", "s.a", "bv", "pty"}


def dated_years(text: str, mentions: Iterable[tuple[int, str]], today: date | None = None) -> dict[str, float]:
    """Skill id -> years of the dated work-history roles it is named in (one decimal).

    ``mentions`` are (character offset, skill id) pairs of skills found in ``text``. One pass over
    the lines and one over the sorted mentions.
    """
    today = today or date.today()
    now = today.year * 12 + today.month  # months since year 0, as every point below
    roles = _roles(text, now)
    if not roles:
        return {}
    periods: dict[str, list[tuple[int, int]]] = {}
    k = 0
    for pos, sid in sorted(mentions):
        while k < len(roles) and roles[k][1] <= pos:
            k += 1
        if k < len(roles) and roles[k][0] <= pos:
            periods.setdefault(sid, []).append(roles[k][2])
    return {sid: round(_union_months(spans) / 12, 1) for sid, spans in periods.items()}


def date_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each date range in ``text`` ("Sep 2019 – Present",
    "06/2017 - 12/2018"): dates, not skills, whatever words they hold ("Present" is no presentation).

    >>> text = "NLP Engineer, Lexicon — Sep 2019 – Present"
    >>> [text[a:b] for a, b in date_ranges(text)]
    ['Sep 2019 – Present']
    """
    return [m.span() for m in _RANGE.finditer(text)]


def role_spans(text: str, today: date | None = None) -> list[tuple[int, int]]:
    """(start, end) character offsets of each dated work-history role, in order."""
    today = today or date.today()
    return [(start, end) for start, end, _ in _roles(text, today.year * 12 + today.month)]


def role_headings(text: str, today: date | None = None, reach: int = 120) -> list[tuple[int, int]]:
    """(start, end) of each dated role's heading: from the role's start (its title and employer lines)
    to the end of the line of its date range, at most ``reach`` characters past the range (a line run
    together from a PDF goes on into the role's bullets)."""
    today = today or date.today()
    out = []
    for start, end, _ in _roles(text, today.year * 12 + today.month):
        found = _RANGE.search(text, start, end)
        if found is None:
            continue
        # In lines run together a role starts at its range: its title and employer stand before it,
        # after the role above's last stop, line or bullet ("… in Python. Analyst | Beta Labs 2018 – 2020").
        lo = max(0, found.start() - reach)
        back = max(max(text.rfind(mark, lo, found.start()) + len(mark) for mark in _HEADING_BREAKS), lo)
        stop = text.find("\n", found.end(), min(end, found.end() + reach))
        out.append((min(start, back), stop if stop >= 0 else min(end, found.end() + reach)))
    return out


# What ends the text before a role heading in lines run together: a stop, a line, a bullet.
_HEADING_BREAKS = (". ", "\n", " - ", "•", "·", "▪", "◦", "*")


def _roles(text: str, now: int) -> list[tuple[int, int, tuple[int, int]]]:
    """(start offset, end offset, (first month, month after the last)) of each dated role, in order."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        lines.append((pos, pos + len(line)))
        pos += len(line)
    roles: list[tuple[int, int, tuple[int, int]]] = []
    counting = True  # before any heading, dated lines are taken to be roles
    open_role: tuple[int, tuple[int, int]] | None = None  # (start offset, period)
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        heading = _heading(line)
        if heading is not None:
            if open_role is not None:
                roles.append((open_role[0], start, open_role[1]))
                open_role = None
            counting = heading
            continue
        ranges = list(_RANGE.finditer(text, start, end))
        events: list[tuple[int, re.Match[str] | bool]] = [(m.start(), m) for m in ranges[:1]]
        if len(ranges) > 1 and end - start > _JOINED_CHARS:
            # Lines run together (PDF text): each further range opens a role where it stands, and a
            # heading inside the line ("… in SQL. EDUCATION BSc … 2012 - 2016") opens its section.
            events = [(m.start(), m) for m in ranges]
            events += [(m.start(), m.group().lower() in _WORK) for m in INLINE_HEADING.finditer(text, start, end)]
            events.sort(key=lambda event: event[0])
        first_range = True
        section_start = start  # where the line's text after its last inline heading begins
        for at, event in events:
            if isinstance(event, bool):  # a heading: work history or another section
                if open_role is not None:
                    roles.append((open_role[0], at, open_role[1]))
                    open_role = None
                counting = event
                section_start = at
                continue
            period = _period(event, now) if counting else None
            if period is None:
                continue
            if open_role is not None and _overlap(period, open_role[1]) and _in_bullet_prose(text, start, at):
                continue  # "• Led a migration (2019–2020) …": a detail of the role it stands in
            role_start = at
            if first_range:
                # "… SUMMARY … statistics. EXPERIENCE Data Scientist, Acme 2019 – …": the role starts at its heading
                role_start = section_start
                if section_start == start:
                    role_start = _title_start(text, lines, i)
                first_range = False
            if open_role is not None:
                roles.append((open_role[0], role_start, open_role[1]))
            open_role = (role_start, period)
    if open_role is not None:
        roles.append((open_role[0], len(text), open_role[1]))
    return roles


def _heading(line: str) -> bool | None:
    """True for a work-history heading, False for another section's, None for no heading."""
    key = " ".join(line.strip(_HEADING_MARKS).replace("&", "and").lower().split())
    if not key or len(key) > _HEADING_CHARS:
        return None
    if key in _WORK:
        return True
    if key in _OTHER:
        return False
    return None


def _title_start(text: str, lines: list[tuple[int, int]], i: int) -> int:
    """Where the role whose date is on line ``i`` starts: at the title and employer lines just above
    it, when they read as such ("Senior Data Scientist" / "Acme Corp" / "Jan 2019 – Present")."""
    start = lines[i][0]
    for k in range(i - 1, max(-1, i - 1 - _TITLE_LINES), -1):
        if not _is_title(text[lines[k][0] : lines[k][1]]):
            break
        start = lines[k][0]
    return start


def _is_title(line: str) -> bool:
    """A job title or employer: short, not a bullet, and not the end of the role above ("Built churn
    models in Python.", "and reporting in SQL", "Built models in Python"), which ends with a full
    stop, starts in lower case or has a long word in lower case."""
    stripped = line.strip()
    return (
        bool(stripped)
        and len(stripped) <= _TITLE_CHARS
        and not _BULLET.match(line)
        and not stripped[0].islower()
        and not _ends_a_sentence(stripped)
        and not _LOWER_CASE_WORD.search(stripped)
        and _heading(line) is None
        and not _RANGE.search(line)
    )


def _in_bullet_prose(text: str, line_start: int, at: int) -> bool:
    """The range at ``at`` stands in a bullet's sentence: a bullet mark opens its line, or stands
    before it in a line run together, and the sentence up to the range has a word in lower case
    ("• Led a migration (2019–2020)"; not "• Analyst, Beta — 2016 – 2019"). Looks back a bounded way."""
    lo = max(line_start, at - _PROSE_CHARS)
    mark = max(text.rfind(c, lo, at) for c in _INLINE_BULLETS)
    if mark < 0 and _LINE_BULLET.match(text, line_start):
        mark = line_start
    if mark < 0:
        return False
    sentence = max(mark, text.rfind(". ", mark, at))
    return _LOWER_CASE_WORD.search(text, sentence, at) is not None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _ends_a_sentence(line: str) -> bool:
    if line[-1] not in ".!?;,":
        return False
    words = line[:-1].split()
    return not words or words[-1].lower() not in _NAME_ABBREVIATIONS


def _period(found: re.Match[str], now: int) -> tuple[int, int] | None:
    """The months a range covers, [first, after last); None when it is not a plausible role."""
    first: int | None
    after: int | None
    if found["short_start"] is not None:
        first = _month_short_year(found["short_start"], now)
        end = found["short_end"]
        after = now + 1 if _ONLY_NOW.fullmatch(end) else _month_short_year(end, now) + 1
    else:
        first = _point(found["start"], start=True)
        after = now + 1 if _ONLY_NOW.fullmatch(found["end"]) else _point(found["end"], start=False)
    if first is None or after is None:
        return None
    if after == first:  # "2019 - 2019": bare years, a role within that year
        after = first + 12
    if not first < after <= now + 1 or after - first > MAX_ROLE_YEARS * 12:
        return None
    return first, after


def _point(text: str, start: bool) -> int | None:
    """A date as months since year 0: a start is its first month, an end the month after it."""
    m = _POINT_PARTS.search(text)
    if m is None:
        return None
    if m["mon"]:
        year = int(m["mon_year"]) if m["mon_year"] else 2000 + int(m["short_year"])
        month = _MONTHS[m["mon"][:3].lower()]
    elif m["num"]:
        year, month = int(m["num_year"]), int(m["num"])
        if not 1 <= month <= 12:
            return None
    elif m["iso_month"]:
        year, month = int(m["year"]), int(m["iso_month"])
    else:  # a bare year: "2016 - 2019" reads as three years, January to January
        return int(m["year"]) * 12 + 1
    return year * 12 + month + (0 if start else 1)


def _month_short_year(text: str, now: int) -> int:
    """ "01/19" as months since year 0: this century's year unless that is still to come ("11/98")."""
    month, short = int(text[:2]), int(text[3:5])
    year = 2000 + short if (2000 + short) * 12 + month <= now else 1900 + short
    return year * 12 + month


def _union_months(spans: list[tuple[int, int]]) -> int:
    """Months covered by the spans, a month in two overlapping spans counted once."""
    total = covered = 0  # covered: the month after the last one counted
    for first, after in sorted(spans):
        if after > covered:
            total += after - max(first, covered)
            covered = after
    return total
