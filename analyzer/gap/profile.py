"""The user's side of the gap: which taxonomy skills a person has.

A profile comes from typed free text ("python, sklearn, k8s, postgres, stats"), from skill ids
picked in the dashboard, from a résumé (.txt, .md, .pdf, .docx) or from a saved JSON file.

Typed entries are resolved in this order, and each resolved skill records ``how``:

1. ``alias`` — the entry is a surface form of a skill, exactly as the posting matcher knows it
   (case and spacing folded, hyphen/space/joined spellings and plurals included; short cased forms
   such as "ML" or "R" count in any case here, because a typed entry is a skill by definition).
   A longer entry ("python and sql") is scanned with the posting matcher and every skill in it counts.
2. ``fuzzy`` — a spacing slip ("Py Torch", "scikit_learn") or a typo ("pytorh", "pytohn"): with
   spaces, hyphens, dots and underscores removed, the closest surface form at most one edit away
   (a swapped, missing, extra or wrong letter; two edits from 8 characters on; entries of at least
   4 characters), else a :func:`rapidfuzz.fuzz.ratio` of :data:`FUZZY_ACCEPT` or more. Only a clear
   choice counts: the forms that close must all name one skill ("test" is as close to t-test, Jest
   and REST), and an abbreviation (:data:`SHORT_FORM` letters or fewer) is matched only by a slip
   of the fingers in one typed word, a letter typed twice ("sqll") or two letters swapped ("jvaa"),
   never by an added or changed letter ("asdf" is not ADF). ``confidence`` is 1 − edits / length
   (or the ratio / 100).
3. ``implied`` — every skill the resolved ones imply in the taxonomy (PostgreSQL → SQL), with
   ``via`` naming the skill that gave the credit.

An entry may carry years of experience — "python 5y", "Python: 5 years", "SQL (3 yrs)", "5+ years
SQL", "2 years of experience with Docker"; a résumé also gives each skill it states no years for the
years of the dated roles that name it (a stated figure wins for its skill). Years are kept in ``years`` (implied skills inherit them) and in a saved
profile, and compared with what postings ask by :mod:`analyzer.gap.experience`.

Whatever stays unresolved is kept in :attr:`Profile.unresolved` with "did you mean" suggestions;
nothing typed is silently dropped.

>>> p = Profile.from_text("postgres, pytorh, asdf, qwerty")
>>> [(s.input, s.skill, s.how) for s in p.skills if s.how != "implied"]
[('postgres', 'PostgreSQL', 'alias'), ('pytorh', 'PyTorch', 'fuzzy')]
>>> sorted(s.skill for s in p.skills if s.via == "postgresql")
['SQL', 'databases', 'query languages', 'relational databases']
>>> [(u.input, u.suggestions) for u in p.unresolved]
[('asdf', ['Azure Data Factory']), ('qwerty', [])]
>>> [(s.skill, s.how) for s in Profile.from_text("sqll").skills if s.how != "implied"]
[('SQL', 'fuzzy')]
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date

from ..errors import ProfileError
from ..nlp.education import DEGREE_START, LEVEL_RANK, parse_degree
from ..nlp.matching import SkillIndex, fold_text
from ..plural import counted
from ..records import Degree, ResolvedSkill, Unresolved, encodable, is_unlisted, normalise_name, unlisted_key
from ..taxonomy import Taxonomy, load_default_taxonomy, normalize_form
from .history import INLINE_HEADING, date_ranges, dated_years, role_headings, role_spans
from .layout import without_employers, without_weak_labels

# --- limits (documented in docs/gap-analysis.md; the résumé file limits are in analyzer.io.resumes) ---------------------------------------------
#: Text pulled from a résumé is cut at this many characters.
MAX_RESUME_CHARS = 1_000_000
#: Fuzzy matches at or above this rapidfuzz ratio (0–100) are accepted as the skill.
FUZZY_ACCEPT = 85
#: Candidates at or above this score are offered as "did you mean".
FUZZY_SUGGEST = 70
#: Entries shorter than this (after folding) are never fuzzy-matched: "js" is not "jsp".
FUZZY_MIN_LENGTH = 4
#: Forms this short (after folding) are abbreviations: a typo matches one only as a slip of the
#: fingers (a letter typed twice, two letters swapped), never an added or changed letter.
SHORT_FORM = 4
#: A typed entry longer than this is not one skill; it is scanned like posting text.
MAX_ENTRY_CHARS = 200
#: Typo matching and "did you mean" are tried for this many unrecognised entries; later ones are
#: matched exactly only (and kept as unresolved), so a pasted list of 10,000 words takes seconds.
MAX_FUZZY_ENTRIES = 500
#: Messages list this many unresolved entries, then "and N more" (profiles and reports keep all).
SHOWN_UNRESOLVED = 20
#: Messages quote an entry up to this many characters.
ECHO_CHARS = 60

HOWS = ("typed", "alias", "fuzzy", "implied", "picked", "resume")
#: Where a skill's years came from, in words ("you have 6.8 from your résumé's dated roles").
YEARS_FROM = {
    "typed": "as you typed them",
    "resume": "as your résumé states them",
    "resume_roles": "from your résumé's dated roles",
}
# The same, said of a skill the résumé itself names ("from your résumé; years from its dated roles").
YEARS_FROM_OWN_RESUME = {**YEARS_FROM, "resume": "as it states them", "resume_roles": "from its dated roles"}

_SPLIT = re.compile(r"[,;\n\r|•·]+")
_BULLET = re.compile(r"^[\s*\-–—>#]+")
_COMPACT = re.compile(r"[\s\-_./]+")
# Years in a typed entry: "5y", "5 yrs", "5+ years", "2.5 years" (at most 60; more is not a duration).
_YEARS = re.compile(r"(?<![\w.])(\d{1,2}(?:\.\d{1,2})?)\s*+\+?\s*+(?:y|yr|yrs|year|years)\b\.?", re.IGNORECASE)
# ... or months: "6 months", "18 mos" (a twelfth of a year each).
_MONTHS = re.compile(r"(?<![\w.])(\d{1,3})\s*+\+?\s*+(?:mo|mos|mth|mths|month|months)\b\.?", re.IGNORECASE)
_YEARS_LEAD = re.compile(r"^\s*(?:of\s+)?(?:(?:professional\s+)?experience\s+(?:in|with|of)\s+|experience\s+)?", re.I)
_YEARS_TAIL = re.compile(r"\s*+(?:(?:of\s++)?(?:experience|exp)\.?)?\s*+\)?\s*+", re.IGNORECASE)
MAX_YEARS = 60


def split_years(entry: str) -> tuple[str, float | None]:
    """A typed entry's skill and the years of experience it gives, if any.

    >>> split_years("python 5y"), split_years("Python: 5 years"), split_years("5+ years SQL")
    (('python', 5.0), ('Python', 5.0), ('SQL', 5.0))
    >>> split_years("Docker (2.5 yrs of experience)"), split_years("SQL"), split_years("Python 3")
    (('Docker', 2.5), ('SQL', None), ('Python 3', None))
    >>> split_years("Python 6 months"), split_years("18 mos of SQL")
    (('Python', 0.5), ('SQL', 1.5))
    """
    m = _YEARS.search(entry)
    months = _MONTHS.search(entry) if m is None else None
    if months is not None:
        m = months
    if m is None:
        return entry, None
    years = float(m.group(1)) if months is None else round(int(m.group(1)) / 12, 2)
    before, after = entry[: m.start()], entry[m.end() :]
    if not before.strip(" \t:-–—(,"):
        skill = after[_YEARS_LEAD.match(after).end() :]  # type: ignore[union-attr]  # always matches
    elif _YEARS_TAIL.fullmatch(after):
        skill = before.rstrip(" \t:-–—(,")
    else:
        return entry, None
    skill = skill.strip(" \t:-–—()")
    if not skill or not 0 < years <= MAX_YEARS:
        return entry, None
    return skill, years


def years_only(entry: str) -> bool:
    """Whether a typed entry is years with no skill ("5 years", "3+ yrs of experience"): typed after
    a comma ("Python, 5 years"), they were meant for the skill before it.

    >>> years_only("5 years"), years_only("3+ yrs of experience"), years_only("Python 5 years"), years_only("SQL")
    (True, True, False, False)
    """
    m = _YEARS.search(entry) or _MONTHS.search(entry)
    if m is None:
        return False
    rest = (entry[: m.start()] + " " + entry[m.end() :]).strip(" \t:-–—(),.")
    return not rest or _YEARS_TAIL.fullmatch(rest) is not None


def years_alone_messages(entries: Sequence[Unresolved]) -> list[str]:
    """What the dashboard, the reports and the CLI say of entries that are years with no skill: one
    :func:`years_alone_message` for each of the first SHOWN_UNRESOLVED, then a line counting the
    rest, so that a long list is never cut short without a word. Plain text: escape it to show it.

    >>> years_alone_messages([Unresolved(f"{n} years", []) for n in range(1, 23)])[-1]
    '…and 2 more entries of years with no skill, each to be written in the same entry as its skill.'
    """
    said = [years_alone_message(u.input) for u in entries[:SHOWN_UNRESOLVED]]
    more = len(entries) - SHOWN_UNRESOLVED
    if more > 0:
        said.append(
            f"…and {counted(more, 'more entry', 'more entries')} of years with no skill, "
            "each to be written in the same entry as its skill."
        )
    return said


def years_alone_message(entry: str) -> str:
    """What the dashboard, the reports and the CLI say of an entry that is years with no skill
    (:func:`years_only`; "Python, 5 years": the comma made the years an entry of their own) instead of
    "not in the taxonomy". Plain text: escape it to show it.

    >>> years_alone_message("5 years")
    '“5 years” has no skill: write the years in the same entry as the skill, as in “Python 5 years” (commas and new lines separate entries).'
    """
    return (
        f"“{_cut(entry)}” has no skill: write the years in the same entry as the skill, "
        "as in “Python 5 years” (commas and new lines separate entries)."
    )


@dataclass
class Profile:
    skills: list[ResolvedSkill] = field(default_factory=list)
    unresolved: list[Unresolved] = field(default_factory=list)
    source: str = "typed"
    degrees: list[Degree] = field(default_factory=list)  # "MSc Physics": typed, saved or from a résumé
    # What was ignored in a saved profile, for the user (years that are not a duration); not saved.
    warnings: list[str] = field(default_factory=list, compare=False)

    # --- building ------------------------------------------------------------------------
    @classmethod
    def from_text(cls, text: str | None, taxonomy: Taxonomy | None = None) -> Profile:
        """Resolve comma-, semicolon- or newline-separated skills (see the module docstring)."""
        taxonomy = taxonomy or load_default_taxonomy()
        resolver = _resolver(taxonomy)
        direct: list[ResolvedSkill] = []
        unresolved: list[Unresolved] = []
        seen_inputs: set[str] = set()
        degrees: list[Degree] = []
        fuzzy_budget = MAX_FUZZY_ENTRIES
        for entry in split_entries(text or ""):
            key = entry.lower()
            if key in seen_inputs:
                continue
            seen_inputs.add(key)
            degree = parse_degree(entry)
            if degree is not None:  # "MSc Physics" is education, not a skill
                degrees.append(degree)
                continue
            entry, years = split_years(entry)
            found = resolver.resolve(entry, fuzzy=fuzzy_budget > 0)
            if found:
                direct.extend(replace(f, years=years, years_from="typed") for f in found) if years else direct.extend(
                    found
                )
                continue
            suggestions = resolver.suggest(entry) if fuzzy_budget > 0 else []
            fuzzy_budget -= 1
            unresolved.append(Unresolved(entry, suggestions))
        # Every entry stays visible ("python" and "pytohn" both listed as Python), once per skill.
        return cls(_with_implied(_dedupe(direct, by_input=True), taxonomy), unresolved, "typed", degrees)

    @classmethod
    def from_skill_ids(
        cls, ids: Iterable[str], taxonomy: Taxonomy | None = None, years: Mapping[str, float] | None = None
    ) -> Profile:
        """Skills picked by id (the dashboard's multiselect); an unknown id is a ProfileError.
        ``years``: the years of experience given with a picked skill (id -> years; 0 is none), kept
        as typed years are ("python 5 years"); more than :data:`MAX_YEARS` is a ProfileError."""
        taxonomy = taxonomy or load_default_taxonomy()
        direct = []
        for sid in ids:
            skill = taxonomy.skills.get(sid)
            if skill is None:
                raise ProfileError(f"unknown skill id {sid!r}")
            given = (years or {}).get(sid) or None
            if given is not None and not 0 < given <= MAX_YEARS:
                raise ProfileError(f"{skill.name}: {given:g} years is not a duration (0 to {MAX_YEARS})")
            direct.append(
                ResolvedSkill(
                    skill.name, skill.id, skill.name, "picked", 1.0, years=given, years_from="typed" if given else None
                )
            )
        return cls(_with_implied(_dedupe(direct), taxonomy), [], "picked")

    @classmethod
    def from_resume_text(
        cls, text: str, source: str = "resume", taxonomy: Taxonomy | None = None, today: date | None = None
    ) -> Profile:
        """Skills named in a résumé's text, found with the posting matcher's rules.

        Unlike in a posting, a skill inside a job title counts here ("Senior Python Developer,
        2019–2023" says the person used Python). A skill's years are what the résumé states for it
        ("Python (5 years)", "3 years of SQL"; the most, if it states several), wherever it states
        them, "4 years building data pipelines in Python" giving its years to what the doing names
        (data pipelines, not Python), and only for a skill it states none for, the years of the dated roles that name it
        (:mod:`analyzer.gap.history`; ``today`` ends a role "to present"): "2 years of Docker" in a
        six-year role is 2, and the role's other skills get six. Reading the file is
        :func:`analyzer.io.resumes.read_resume`.
        """
        taxonomy = taxonomy or load_default_taxonomy()
        text = encodable(text)
        resolver = _resolver(taxonomy)
        found = [(m.start, m.end, m.skill.id) for m in resolver.index.find(text, in_titles=True)]
        found = sorted([*found, *_professions(text, resolver, role_spans(text, today))])
        found = _outside(found, date_ranges(text))  # "Sep 2019 – Present" holds no presentation
        found = without_employers(text, found, role_headings(text, today))  # "Lexicon AI" is a company
        found = without_weak_labels(text, found, taxonomy)  # "Cloud: AWS, GCP" names the kind of AWS
        years = _resume_years(text, found)
        years_from = dict.fromkeys(years, "resume")
        for sid, dated in dated_years(text, [(start, sid) for start, _, sid in found], today).items():
            if sid not in years:  # a figure the résumé states for a skill is the person's own claim
                years[sid], years_from[sid] = dated, "resume_roles"
        direct = [
            ResolvedSkill(
                text[start:end],
                sid,
                taxonomy.skills[sid].name,
                "resume",
                1.0,
                years=years.get(sid),
                years_from=years_from.get(sid),
            )
            for start, end, sid in found
        ]
        return cls(_with_implied(_dedupe(direct), taxonomy), [], source, resume_degrees(text))

    # --- using -----------------------------------------------------------------------------
    def known_ids(self) -> set[str]:
        """Every skill id the profile gives credit for, implied ones included."""
        return {s.skill_id for s in self.skills}

    def by_id(self) -> dict[str, ResolvedSkill]:
        """Skill id -> how the profile has it (a direct entry wins over an implied one)."""
        out: dict[str, ResolvedSkill] = {}
        for s in self.skills:
            if s.skill_id not in out or (out[s.skill_id].how == "implied" and s.how != "implied"):
                out[s.skill_id] = s
        return out

    def typed_names(self) -> dict[str, str]:
        """Normalised name -> entry, for every entry the user typed (resolved or not): what an unlisted
        skill (a name the taxonomy does not have) is matched against."""
        out: dict[str, str] = {}
        for entry in [*(s.input for s in self.skills if s.how != "implied"), *(u.input for u in self.unresolved)]:
            out.setdefault(normalise_name(entry), entry)
        out.pop("", None)
        return out

    def unlisted(self, skill_id: str, names: dict[str, str] | None = None) -> ResolvedSkill | None:
        """How the profile has an unlisted skill: an entry whose normalised name is the skill's
        ("pk-sim" has unlisted:pk sim), else None. ``names``: :meth:`typed_names`, when at hand.

        >>> p = Profile.from_text("python, PK-Sim")
        >>> p.unlisted("unlisted:pk sim").how, p.unlisted("unlisted:monolix"), p.unlisted("python")
        ('typed', None, None)
        """
        if not is_unlisted(skill_id):
            return None
        entry = (names if names is not None else self.typed_names()).get(unlisted_key(skill_id))
        return ResolvedSkill(entry, skill_id, entry, "typed") if entry is not None else None

    @property
    def is_empty(self) -> bool:
        return not self.skills

    def merge(self, other: Profile) -> Profile:
        """Both profiles' skills (self first); a direct entry replaces an implied one. An entry without
        years takes the most years another entry of the same skill gives ("Python" typed, 6.8 years
        from the résumé's dated roles: 6.8); an entry with years keeps its own."""
        direct = [s for s in (*self.skills, *other.skills) if s.how != "implied"]
        implied = [s for s in (*self.skills, *other.skills) if s.how == "implied"]
        skills = _dedupe(direct)
        have = {s.skill_id for s in skills}
        for s in implied:
            if s.skill_id not in have:
                skills.append(s)
                have.add(s.skill_id)
        most = _most_years_entries((*self.skills, *other.skills))
        skills = [
            replace(s, years=most[s.skill_id].years, years_from=most[s.skill_id].years_from)
            if s.years is None and s.skill_id in most
            else s
            for s in skills
        ]
        unresolved = list(self.unresolved)
        names = {u.input.lower() for u in unresolved}
        unresolved += [u for u in other.unresolved if u.input.lower() not in names]
        sources = [s for s in (self.source, other.source) if s]
        degrees = list(dict.fromkeys([*self.degrees, *other.degrees]))
        warnings = list(dict.fromkeys([*self.warnings, *other.warnings]))
        return Profile(skills, unresolved, "+".join(dict.fromkeys(sources)), degrees, warnings)

    @property
    def unknown_entries(self) -> list[Unresolved]:
        """The entries no skill was found for, years typed alone left out (:attr:`years_alone`)."""
        return [u for u in self.unresolved if not years_only(u.input)]

    @property
    def years_alone(self) -> list[Unresolved]:
        """The entries that are years with no skill ("Python, 5 years": the comma made the years an
        entry of their own): no skill, said as :func:`years_alone_message` says it."""
        return [u for u in self.unresolved if years_only(u.input)]

    def ensure_usable(self) -> None:
        """ProfileError when entries were given but none was recognised (nothing could be done).
        An entry of years alone ("5 years", :func:`years_only`) is no skill: it is not listed as an
        unknown one but said as :func:`years_alone_message` says it."""
        if self.skills or not self.unresolved:
            return
        unknown = self.unknown_entries
        alone = years_alone_messages(self.years_alone)
        said = (
            [
                "none of the skills given is known: "
                + describe_unresolved(unknown)
                + "; check the spelling (`skillgap skills` lists every known name)"
            ]
            if unknown
            else []
        )
        raise ProfileError("; ".join([*said, *alone]))

    # --- saving ------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "skills": [asdict(s) for s in self.skills],
            "unresolved": [u.input for u in self.unresolved],
            "did_you_mean": {u.input: list(u.suggestions) for u in self.unresolved},
            "degrees": [asdict(d) for d in self.degrees],
        }

    @classmethod
    def from_dict(cls, data: object, taxonomy: Taxonomy | None = None) -> Profile:
        """A profile from :meth:`to_dict` output, or the short hand-written form
        ``{"skills": ["python", "k8s"]}`` (entries resolved as typed text).

        Skill ids are checked against the taxonomy: an id that no longer exists is resolved
        again from its input text, and implied skills are recomputed.
        """
        taxonomy = taxonomy or load_default_taxonomy()
        if isinstance(data, list):
            data = {"skills": data}
        if not isinstance(data, dict):
            raise ProfileError(f'a profile must be an object with a "skills" list, not {type(data).__name__}')
        if "skills" not in data and "unresolved" not in data:
            keys = ", ".join(repr(k) for k in list(data)[:8]) or "none"
            raise ProfileError(
                f'this is not a skillgap profile: it has no "skills" list (keys found: {keys}); '
                'save one from the dashboard or write {"skills": ["python", "sql"]}'
            )
        if not isinstance(data.get("skills", []), list):
            raise ProfileError('a profile must be an object with a "skills" list')
        direct: list[ResolvedSkill] = []
        unresolved: list[Unresolved] = []
        typed: list[str] = []
        ignored_years: list[str] = []
        stale: dict[str, str] = {}  # entries whose skill id left the taxonomy, as a message names them
        carried: dict[str, tuple[str, float, str]] = {}  # such entries with years: text, years, source
        for item in data.get("skills", []):
            if isinstance(item, str):
                typed.append(item)
                continue
            if not isinstance(item, dict):
                raise ProfileError(f"profile skill entries must be strings or objects, not {type(item).__name__}")
            if item.get("how") == "implied":
                continue
            sid, entry = item.get("skill_id"), str(item.get("input") or item.get("skill") or "")
            skill = taxonomy.skills.get(sid) if isinstance(sid, str) else None
            if skill is not None:
                how = str(item["how"]) if item.get("how") in HOWS else "picked"
                conf = item.get("confidence", 1.0)
                years, why = saved_years(item.get("years"))
                if why:
                    ignored_years.append(f"{entry or skill.name} ({why})")
                years_from = item.get("years_from")
                direct.append(
                    ResolvedSkill(
                        entry or skill.name,
                        skill.id,
                        skill.name,
                        how,
                        float(conf) if isinstance(conf, (int, float)) else 1.0,
                        years=years,
                        years_from=years_from if isinstance(years_from, str) and years_from in YEARS_FROM else None,
                    )
                )
            elif entry:
                # No skill id the taxonomy still has: the entry's text is read again, keeping its years.
                years, why = saved_years(item.get("years"))
                if why:
                    ignored_years.append(f"{entry} ({why})")
                if isinstance(sid, str) and sid:
                    stale[entry.strip().lower()] = f"{_echo(entry)} (skill id {_echo(sid)}" + (
                        f", {years:g} years)" if years else ")"
                    )
                if years is None:
                    typed.append(entry)
                else:
                    source = item.get("years_from")
                    source = source if isinstance(source, str) and source in YEARS_FROM else "typed"
                    carried[entry.strip().lower()] = (entry, years, source)
            else:
                raise ProfileError(f"profile skill entry without skill_id or input: {str(item)[:ECHO_CHARS]!r}")
        if carried:  # read in one batch, as typed text is (one budget for typo-tolerant matching)
            again = cls.from_text("\n".join(e for e, _, _ in carried.values()), taxonomy)
            for found in again.skills:
                kept = carried.get(found.input.strip().lower())
                if found.how != "implied":
                    direct.append(replace(found, years=kept[1], years_from=kept[2]) if kept else found)
            unresolved += again.unresolved
        for item in data.get("unresolved", []) or []:
            typed.append(
                item if isinstance(item, str) else str(item.get("input", "")) if isinstance(item, dict) else ""
            )
        degrees = []
        for item in data.get("degrees", []) or []:
            if isinstance(item, str):
                parsed = parse_degree(item)
            elif isinstance(item, dict) and item.get("level") in LEVEL_RANK:
                parsed = Degree(
                    str(item["level"]), str(item["field"]) if item.get("field") else None, str(item.get("input", ""))
                )
            else:
                parsed = None
            if parsed is None:
                raise ProfileError(f'not a degree (expected e.g. "MSc Physics" or {{"level": "master"}}): {item!r}')
            degrees.append(parsed)
        profile = cls(
            _with_implied(_dedupe(direct, by_input=True), taxonomy),
            unresolved,
            str(data.get("source") or "file"),
            degrees,
        )
        typed = [t for t in typed if t.strip()]
        if typed:
            profile = profile.merge(cls.from_text("\n".join(typed), taxonomy))
            profile.source = str(data.get("source") or "file")
        dropped_ids = [stale[u.input.strip().lower()] for u in profile.unresolved if u.input.strip().lower() in stale]
        if dropped_ids:
            profile.warnings.append(
                f"{len(dropped_ids)} saved skill{'' if len(dropped_ids) == 1 else 's'} no longer in the taxonomy "
                f"and not recognised from {'its' if len(dropped_ids) == 1 else 'their'} text "
                f"(listed as not recognised, without skill or years): {_first_few(dropped_ids)}"
            )
        if ignored_years:
            profile.warnings.append(
                f"years ignored for {len(ignored_years)} skill{'' if len(ignored_years) == 1 else 's'} "
                f"(kept without years): {_first_few(ignored_years)}"
            )
        return profile


def _cut(text: str) -> str:
    """``text`` cut to ECHO_CHARS for a message (an entry is echoed, not copied whole)."""
    return text[:ECHO_CHARS] + "…" if len(text) > ECHO_CHARS else text


def _echo(text: str) -> str:
    return repr(_cut(text))


def saved_years(value: object) -> tuple[float | None, str | None]:
    """The years of a saved profile's entry, or None with why they are ignored (None when absent).
    A number above 0 and at most :data:`MAX_YEARS` is years; so is such a number written as text.

    >>> saved_years(4), saved_years("2.5"), saved_years(None)
    ((4.0, None), (2.5, None), (None, None))
    >>> saved_years("five"), saved_years(-2), saved_years(1e300), saved_years(float("nan"))[1]
    ((None, "'five' is not a number"), (None, '-2 is not above 0'), (None, '1e+300 is more than 60'), 'NaN is not a number')
    """
    if value is None:
        return None, None
    if isinstance(value, str) and re.fullmatch(r"\s*\d+(?:\.\d+)?\s*", value):
        value = float(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        shown = _echo(value) if isinstance(value, str) else value
        return None, f"{shown} is not a number"
    if math.isnan(value):
        return None, "NaN is not a number"
    if math.isinf(value):
        return None, f"{'-' if value < 0 else ''}Infinity is not a number"
    if value <= 0:
        return None, f"{value:g} is not above 0"
    if value > MAX_YEARS:
        return None, f"{value:g} is more than {MAX_YEARS}"
    return float(value), None


def _first_few(items: list[str]) -> str:
    """The first SHOWN_UNRESOLVED items joined, and how many more there are."""
    more = f" and {len(items) - SHOWN_UNRESOLVED} more" if len(items) > SHOWN_UNRESOLVED else ""
    return ", ".join(items[:SHOWN_UNRESOLVED]) + more


def describe_unresolved(items: Iterable[Unresolved], limit: int | None = SHOWN_UNRESOLVED) -> str:
    """'"pytohn" (did you mean Python?), "qwerty"'; past ``limit`` entries, "and N more"."""
    items = list(items)
    shown = items if limit is None else items[:limit]
    parts = []
    for u in shown:
        hint = f" (did you mean {' or '.join(u.suggestions)}?)" if u.suggestions else ""
        parts.append(f'"{_cut(u.input)}"{hint}')
    more = len(items) - len(shown)
    return ", ".join(parts) + (f" and {more:,} more" if more else "")


# What each part of Profile.source ("typed+resume:cv.pdf") means, said to the user.
_SOURCE_WORDS = {
    "typed": "skills you typed",
    "picked": "skills you picked",
    "resume": "a résumé",
    "file": "a saved profile",
    "none": "no skills given",
}
_NAMED_SOURCE_WORDS = {"resume": "the résumé", "file": "the saved profile"}


def describe_source(source: str) -> str:
    """Where a profile came from, in words: "typed+resume:cv.pdf" -> 'skills you typed and the
    résumé "cv.pdf"'. A part it does not know (a saved profile can say anything) is quoted as it is.

    >>> describe_source("typed+resume:cv.pdf+file:me.json")
    'skills you typed, the résumé "cv.pdf" and the saved profile "me.json"'
    >>> describe_source("picked")
    'skills you picked'
    """
    said = []
    for part in dict.fromkeys(p.strip() for p in source.split("+")):
        kind, colon, name = part.partition(":")
        if colon and kind in _NAMED_SOURCE_WORDS and name.strip():
            said.append(f'{_NAMED_SOURCE_WORDS[kind]} "{_cut(name.strip())}"')
        elif part in _SOURCE_WORDS:
            said.append(_SOURCE_WORDS[part])
        elif part:
            said.append(f'"{_cut(part)}"')
    if not said:
        return _SOURCE_WORDS["none"]
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]


_EDUCATION_HEADING = re.compile(
    r"^\s*(?:#+\s*)?(?:education|academic background|qualifications|degrees?)\s*:?\s*$", re.I
)
_ANY_HEADING = re.compile(r"^\s*(?:#+\s*)?[A-Z][A-Za-z &/]{2,40}:?\s*$")
#: Lines of a résumé's education section read for degrees.
MAX_EDUCATION_LINES = 40
#: Characters after an "EDUCATION" heading inside run-together text read for degrees.
MAX_RUN_TOGETHER_EDUCATION = 600
# An education heading inside run-together text: in capitals, or capitalised before a degree's words.
_INLINE_EDUCATION = re.compile(r"(?<![\w&])(?:EDUCATION|Education(?=:?\s+[A-Z]))(?![\w&])")


def resume_degrees(text: str) -> list[Degree]:
    """Degrees on the lines of a résumé's education section ("Education" up to the next heading), or
    when no line gives one, in a section run together into one long line (a PDF's text:
    "… EDUCATION MSc Statistics, Uni 2014 - 2016 BSc Mathematics, … SKILLS …")."""
    degrees = _section_degrees(text)
    return degrees or _run_together_degrees(text)


def _run_together_degrees(text: str) -> list[Degree]:
    degrees: list[Degree] = []
    read_to = 0  # each character is read in one section at most: linear however many headings
    for heading in _INLINE_EDUCATION.finditer(text):
        if heading.start() < read_to:
            continue
        line_end = text.find("\n", heading.end())
        end = min(len(text) if line_end < 0 else line_end, heading.end() + MAX_RUN_TOGETHER_EDUCATION)
        following = INLINE_HEADING.search(text, heading.end(), end)
        end = read_to = following.start() if following is not None else end
        starts = [m.start() for m in DEGREE_START.finditer(text, heading.end(), end)]
        for start, stop in zip(starts, [*starts[1:], end]):
            degree = parse_degree(text[start:stop])
            if degree is not None and (degree.level, degree.field) not in {(d.level, d.field) for d in degrees}:
                degrees.append(Degree(degree.level, degree.field, " ".join(text[start:stop].split())))
    return degrees


def _section_degrees(text: str) -> list[Degree]:
    degrees: list[Degree] = []
    inside, seen = False, 0
    for line in text.splitlines():
        if _EDUCATION_HEADING.match(line):
            inside, seen = True, 0
            continue
        if not inside:
            continue
        if _ANY_HEADING.match(line) and parse_degree(line) is None:
            inside = False
            continue
        seen += 1
        if seen > MAX_EDUCATION_LINES:
            inside = False
            continue
        degree = parse_degree(_BULLET.sub("", line))
        if degree is not None and degree not in degrees:
            degrees.append(degree)
    return degrees


def split_entries(text: str) -> list[str]:
    """Comma/semicolon/newline/bullet separated entries, trimmed, empties dropped."""
    out = []
    for part in _SPLIT.split(text):
        entry = _BULLET.sub("", part).strip().strip(".")
        if entry:
            out.append(entry)
    return out


# --- resolution ------------------------------------------------------------------------------
class _Resolver:
    def __init__(self, taxonomy: Taxonomy):
        self.taxonomy = taxonomy
        self.index = SkillIndex(taxonomy)
        self.exact: dict[str, str] = {}  # folded form -> skill id
        for key, (skill, _generated) in self.index.forms.items():
            self.exact[key] = skill.id
        for skill in taxonomy.skills.values():
            for form, cased in skill.surface_forms():
                if cased:
                    self.exact.setdefault(normalize_form(fold_text(form, lower=True)), skill.id)
        self.compact: dict[str, str] = {}
        for key, sid in self.exact.items():
            self.compact.setdefault(_compact(key), sid)
        self.choices = list(self.compact)
        self._choice_ids = [self.compact[c] for c in self.choices]
        # The choices by length (ties in their own order), for the fuzzy passes: a form whose length
        # alone puts it beyond the cutoff is never scored (:meth:`_extract`).
        self._by_length = sorted(range(len(self.choices)), key=lambda i: len(self.choices[i]))
        self._length_forms = [self.choices[i] for i in self._by_length]
        self._lengths = [len(f) for f in self._length_forms]
        self._last_ratios: tuple[str, list[tuple[str, float, int]]] | None = None  # see _ratios
        # For "did you mean" by prefix: forms long enough to count, sorted for bisect.
        self._prefix_forms = sorted(c for c in self.choices if len(c) >= FUZZY_MIN_LENGTH)

    def resolve(self, entry: str, fuzzy: bool = True) -> list[ResolvedSkill]:
        key = normalize_form(fold_text(entry, lower=True))
        sid = self.exact.get(key)
        if sid is None and len(key) > 3 and key.endswith("s"):
            sid = self.exact.get(key[:-1])  # "A/B tests" for "A/B test"
        if sid:
            # The skill's own name is "typed"; another of its names ("postgres") is an "alias".
            named = normalize_form(fold_text(self.taxonomy.skills[sid].name, lower=True)) in (key, key[:-1])
            return [self._make(entry, sid, "typed" if named else "alias", 1.0)]
        if len(entry) <= MAX_ENTRY_CHARS:
            compact = _compact(key)
            if compact in self.compact:
                return [self._make(entry, self.compact[compact], "fuzzy", 0.99)]
        scanned = entry[:MAX_RESUME_CHARS]
        found = [(m.start, m.end, m.skill.id) for m in self.index.find(scanned)]
        if found:  # "Cloud: AWS": the label names the kind of what follows (analyzer.gap.layout)
            found = without_weak_labels(scanned, found, self.taxonomy) or found
            return [self._make(entry, sid, "alias", 1.0) for _, _, sid in found]
        if len(entry) > MAX_ENTRY_CHARS or not fuzzy:
            return []
        compact = _compact(key)
        if len(compact) < FUZZY_MIN_LENGTH:
            return []
        from rapidfuzz.distance import OSA

        one_word = " " not in key.strip()
        # One typo (two from 8 characters on): a swap, a missing, extra or wrong letter.
        max_edits = 1 if len(compact) < 8 else 2
        edits = self._extract(compact, OSA.distance, max_edits, distance=True)
        near: list[tuple[str, float, int]] = [(choice, float(n), i) for choice, n, i in edits]
        if not near:  # the ratio, negated so that lower is closer, as with edits
            ratios = self._ratios(compact)
            near = [(choice, -ratio, i) for choice, ratio, i in ratios if ratio >= FUZZY_ACCEPT]
        best = self._clear_best(compact, near, one_word)
        if best is None:
            return []
        choice, distance, i = best
        score = -distance / 100 if distance < 0 else 1 - distance / max(len(compact), len(choice))
        return [self._make(entry, self._choice_ids[i], "fuzzy", round(score, 2))]

    def _clear_best(
        self, typed: str, scored: list[tuple[str, float, int]], one_word: bool
    ) -> tuple[str, float, int] | None:
        """The closest of ``scored`` (form, distance, index) when every form that
        close names one skill and one of them is a believable slip (:func:`_plausible_slip`), else
        None: a typo as close to two skills ("test": t-test, Jest, REST) is no clear choice."""
        if not scored:
            return None
        closest = min(distance for _, distance, _ in scored)
        tied = [c for c in scored if c[1] == closest]
        if len({self._choice_ids[i] for _, _, i in tied}) > 1:
            return None
        return next((c for c in tied if _plausible_slip(typed, c[0], one_word)), None)

    def suggest(self, entry: str, limit: int = 3) -> list[str]:
        """Display names for "did you mean": close spellings, or a form the entry starts with
        ("dockerization" → Docker)."""
        compact = _compact(normalize_form(fold_text(entry, lower=True)))
        if not compact or len(entry) > MAX_ENTRY_CHARS:  # not one skill: no spelling is close
            return []
        scored: dict[str, float] = {}
        for choice, score, i in self._ratios(compact)[: limit * 4]:
            if len(choice) < FUZZY_MIN_LENGTH < len(compact):
                continue  # a short acronym inside a longer word is no spelling of it ("pk-sim" is not PKI)
            name = self.taxonomy.skills[self._choice_ids[i]].name
            scored[name] = max(scored.get(name, 0), score)
        if len(compact) >= FUZZY_MIN_LENGTH:
            for choice in self._prefixed(compact):
                name = self.taxonomy.skills[self.compact[choice]].name
                scored[name] = max(
                    scored.get(name, 0), 100.0 * min(len(choice), len(compact)) / max(len(choice), len(compact)) + 50
                )
        ranked = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0].lower()))
        # Only the near-best: "dockerization" suggests Docker, not also every other "-ization".
        return [name for name, score in ranked[:limit] if score >= ranked[0][1] - 10]

    def _ratios(self, compact: str) -> list[tuple[str, float, int]]:
        """The forms within a :func:`rapidfuzz.fuzz.ratio` of FUZZY_SUGGEST, best first: the typo
        match keeps those of FUZZY_ACCEPT or more, and "did you mean" (asked next, for the same
        entry when it stays unresolved) reads the same list instead of scoring every form again."""
        from rapidfuzz import fuzz

        last = self._last_ratios
        if last is not None and last[0] == compact:
            return last[1]
        found = self._extract(compact, fuzz.ratio, FUZZY_SUGGEST)
        self._last_ratios = (compact, found)
        return found

    def _extract(self, compact: str, scorer, cutoff: float, distance: bool = False) -> list[tuple[str, float, int]]:
        """``rapidfuzz.process.extract(compact, self.choices, scorer=scorer, score_cutoff=cutoff,
        limit=None)``, the same list (best first, ties in choice order), but scoring only the forms
        whose length can reach the cutoff: an edit distance is at least the difference in length,
        and :func:`rapidfuzz.fuzz.ratio` is at most 200 · shorter / (sum of the lengths). Scoring
        all ~33,000 forms three times took ~7–10 ms per unknown entry (``benchmarks/profile_typed.md``)."""
        from rapidfuzz import process

        n = len(compact)
        if distance:  # scorer is a distance of at most ``cutoff`` edits
            lo, hi = n - int(cutoff), n + int(cutoff)
        else:  # a ratio (0–100) of at least ``cutoff``; rounded outwards, so never too narrow
            lo, hi = math.floor(cutoff * n / (200 - cutoff)), math.ceil(n * (200 - cutoff) / cutoff)
        a, b = bisect.bisect_left(self._lengths, lo), bisect.bisect_right(self._lengths, hi)
        found = process.extract(compact, self._length_forms[a:b], scorer=scorer, score_cutoff=cutoff, limit=None)
        out = [(choice, score, self._by_length[a + j]) for choice, score, j in found]
        out.sort(key=(lambda r: (r[1], r[2])) if distance else (lambda r: (-r[1], r[2])))
        return out

    def _prefixed(self, compact: str) -> list[str]:
        """Forms (of at least FUZZY_MIN_LENGTH) that ``compact`` starts with, or that start with it."""
        out = [compact[:n] for n in range(FUZZY_MIN_LENGTH, len(compact) + 1) if compact[:n] in self.compact]
        forms = self._prefix_forms
        i = bisect.bisect_left(forms, compact)
        while i < len(forms) and forms[i].startswith(compact):
            if forms[i] != compact:
                out.append(forms[i])
            i += 1
        return out

    def _make(self, entry: str, sid: str, how: str, confidence: float) -> ResolvedSkill:
        return ResolvedSkill(entry, sid, self.taxonomy.skills[sid].name, how, confidence)


def _resolver(taxonomy: Taxonomy) -> _Resolver:
    # Taxonomy is a mutable dataclass (unhashable); key the cache on its identity.
    cached = _RESOLVERS.get(id(taxonomy))
    if cached is None or cached.taxonomy is not taxonomy:
        cached = _Resolver(taxonomy)
        if len(_RESOLVERS) > 8:
            _RESOLVERS.clear()
        _RESOLVERS[id(taxonomy)] = cached
    return cached


_RESOLVERS: dict[int, _Resolver] = {}


def _compact(key: str) -> str:
    return _COMPACT.sub("", key)


def _plausible_slip(typed: str, form: str, one_word: bool) -> bool:
    """Whether a typo match of ``typed`` to ``form`` (both compact) is believable. Every letter of
    an abbreviation (:data:`SHORT_FORM` letters or fewer) carries meaning, so a letter added to or
    changed in it makes another abbreviation or a word ("asdf" is not ADF, "pipe" not pip): there
    only a slip of the fingers counts, in one typed word of the same length or one longer, that keeps
    the form's letters in order: a letter typed twice ("sqll") or two neighbours swapped ("jvaa").

    >>> _plausible_slip("sqll", "sql", True), _plausible_slip("asdf", "adf", True)
    (True, False)
    >>> _plausible_slip("jvaa", "java", True), _plausible_slip("pytohn", "python", True)
    (True, True)
    """
    if len(form) > SHORT_FORM or typed == form:
        return True
    if not one_word:
        return False
    if len(typed) == len(form) + 1:
        return any(typed[k] == typed[k + 1] and typed[:k] + typed[k + 1 :] == form for k in range(len(form)))
    if len(typed) == len(form):
        wrong = [k for k in range(len(form)) if typed[k] != form[k]]
        return (
            len(wrong) == 2
            and wrong[1] == wrong[0] + 1
            and (typed[wrong[0]], typed[wrong[1]]) == (form[wrong[1]], form[wrong[0]])
        )
    return False


# A role's profession, written as a title ("Senior Data Scientist", "Data Analyst", "Statistician", or in
# upper case: "SENIOR DATA SCIENTIST"): its words capitalised and singular, so "partnered with data
# scientists" names none. Bounded: linear.
_PROFESSION = re.compile(
    r"(?<![\w-])(?P<words>(?:[A-Z][\w&/+-]{0,30}[ \t]+){1,3})"
    r"(?P<role>Scientist|Engineer|Analyst|Developer|SCIENTIST|ENGINEER|ANALYST|DEVELOPER)(?![\w-])"
    r"|(?<![\w-])(?P<statistician>Statistician|STATISTICIAN)(?![\w-])"
)
# A profession's discipline: "Data Scientist" did data science, "Data Analyst" data analysis.
_DISCIPLINES = {
    "Scientist": ("science",),
    "Engineer": ("engineering",),
    "Analyst": ("analysis", "analytics"),
    "Developer": ("development",),
}
_WORD = re.compile(r"\S+")


def _outside(found: list[tuple[int, int, str]], spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The sorted ``found`` mentions that overlap none of the sorted ``spans``."""
    if not spans:
        return found
    ends = [end for _, end in spans]
    out = []
    for start, end, sid in found:
        k = bisect.bisect_right(ends, start)  # the first span that ends after the mention starts
        if k < len(spans) and spans[k][0] < end:
            continue
        out.append((start, end, sid))
    return out


def _professions(text: str, resolver: _Resolver, roles: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, skill id) of each role title in a résumé that names a discipline the taxonomy
    knows: "Senior Data Scientist" → data science (the longest known run of words before the role).

    Only a title inside a dated role (``roles``, sorted) counts: the same words in an objective or a
    summary ("Aspiring Data Scientist", "seeking a Data Engineer role") are a wish, not a job held.
    """
    out = []
    role = 0
    for m in _PROFESSION.finditer(text):
        while role < len(roles) and roles[role][1] <= m.start():
            role += 1
        if role == len(roles) or roles[role][0] > m.start():
            continue
        if m["statistician"]:
            sid = resolver.exact.get("statistics")
            if sid:
                out.append((m.start(), m.end(), sid))
            continue
        words = list(_WORD.finditer(text, m.start("words"), m.end("words")))
        for k, word in enumerate(words):
            phrase = " ".join(w.group() for w in words[k:])
            sid = next(
                (
                    resolver.exact[key]
                    for discipline in _DISCIPLINES[m["role"].capitalize()]
                    if (key := normalize_form(fold_text(f"{phrase} {discipline}", lower=True))) in resolver.exact
                ),
                None,
            )
            if sid:
                out.append((word.start(), m.end(), sid))
                break
    return out


def _resume_years(text: str, found: list[tuple[int, int, str]]) -> dict[str, float]:
    """Skill id -> years a résumé gives it: read as in a typed list ("Python (5 years)", "5 years of
    SQL"), from a piece of a line between commas, semicolons or bullets that names that skill alone.
    The most years of any such piece; one pass over the pieces and the (start-ordered) mentions."""
    out: dict[str, float] = {}
    mentions = sorted(found)
    i = 0
    pos = 0
    for cut in [*_SPLIT.finditer(text), None]:
        end = cut.start() if cut is not None else len(text)
        inside = []
        while i < len(mentions) and mentions[i][0] < end:
            if mentions[i][0] >= pos and mentions[i][1] <= end:
                inside.append(mentions[i])
            i += 1
        if len({sid for _, _, sid in inside}) == 1 and _YEARS.search(text, pos, end):
            _, years = split_years(text[pos:end])
            sid = inside[0][2]
            if years is not None and years > out.get(sid, 0.0):
                out[sid] = years
        pos = cut.end() if cut is not None else end
    for sid, years in _gerund_years(text, mentions).items():
        if years > out.get(sid, 0.0):
            out[sid] = years
    return out


#: "4 years building …", "3 years' experience developing …", "5 years of experience designing …":
#: a years figure followed by a verb in -ing (group 1: the figure; group 2: the verb).
_GERUND_YEARS = re.compile(
    r"(?<![\w.])(\d{1,2}(?:\.\d{1,2})?)\s*+\+?\s*+(?:years?|yrs?)(?:['’]|\s++of)?"
    r"(?:\s++(?:(?:professional|hands-on|industry|practical)\s++)?experience)?"
    r"\s++(?!(?:during|including|according|following|morning|evening|nothing|something|everything)\b)"
    r"([a-z]{2,}ing)\b",
    re.IGNORECASE,
)
#: Where a gerund's object ends: a preposition or a conjunction that starts a new phrase, or a
#: clause mark ("building pipelines in Python" names pipelines, not Python).
_OBJECT_END = re.compile(
    r"\b(?:in|with|using|for|on|at|across|through|via|from|to|by|into|within|under|as|while|where|which|that"
    r"|who|including|such)\b|[,;:()\n\r|•·]|[.!?](?=\s|$)",
    re.IGNORECASE,
)
#: The one preposition a verb takes before its object ("working with Docker", "specializing in NLP").
_VERB_PREPOSITION = re.compile(r"\s+(?:with|in|on)\s+", re.IGNORECASE)
#: How far a gerund's object may reach (characters): a phrase, not a paragraph.
_OBJECT_CHARS = 120


def _gerund_years(text: str, found: list[tuple[int, int, str]]) -> dict[str, float]:
    """Skill id -> years a résumé's "N years <doing> X" gives it: the skills named from the verb to
    the end of its object (:data:`_OBJECT_END`, at most :data:`_OBJECT_CHARS` on), "4 years
    building data pipelines in Python" giving data pipelines 4 and Python nothing. Linear: each
    figure reads a bounded stretch after it, and the (start-ordered) mentions are looked up by
    bisection."""
    out: dict[str, float] = {}
    starts = [start for start, _, _ in found]
    for m in _GERUND_YEARS.finditer(text):
        years = float(m.group(1))
        if not 0 < years <= MAX_YEARS:
            continue
        verb = m.start(2)
        pos = m.end(2)
        after = _VERB_PREPOSITION.match(text, pos)
        if after:
            pos = after.end()
        limit = min(len(text), pos + _OBJECT_CHARS)
        stop = _OBJECT_END.search(text, pos, limit)
        end = stop.start() if stop else limit
        i = bisect.bisect_left(starts, verb)
        while i < len(found) and found[i][0] < end:
            _, stop_at, sid = found[i]
            if stop_at <= end and years > out.get(sid, 0.0):
                out[sid] = years
            i += 1
    return out


def most_years(skills: Iterable[ResolvedSkill]) -> dict[str, float]:
    """Skill id -> the most years any of ``skills`` gives it."""
    return {sid: s.years for sid, s in _most_years_entries(skills).items() if s.years is not None}


def years_sources(skills: Iterable[ResolvedSkill]) -> dict[str, str]:
    """Skill id -> where the most years of it came from (a key of :data:`YEARS_FROM`), when known."""
    return {sid: s.years_from for sid, s in _most_years_entries(skills).items() if s.years_from in YEARS_FROM}


def years_source_note(entry: ResolvedSkill, source: str | None) -> str:
    """Where the years came from (' from your résumé\'s dated roles'), when the entry does not say it
    already (typed years of a typed skill, stated years of a résumé's skill). No brackets: reports
    show a reason inside brackets."""
    if source not in YEARS_FROM or source == "typed" or (source == "resume" and entry.how == "resume"):
        return ""
    return f" {YEARS_FROM[source]}"


def _most_years_entries(skills: Iterable[ResolvedSkill]) -> dict[str, ResolvedSkill]:
    """Skill id -> the entry that gives it the most years (the first of equals)."""
    out: dict[str, ResolvedSkill] = {}
    for s in skills:
        best = out.get(s.skill_id)
        if s.years is not None and s.years > ((best.years or 0.0) if best is not None else 0.0):
            out[s.skill_id] = s
    return out


def _dedupe(skills: Iterable[ResolvedSkill], by_input: bool = False) -> list[ResolvedSkill]:
    out: list[ResolvedSkill] = []
    seen: set = set()
    for s in skills:
        key = (s.input.lower(), s.skill_id) if by_input else s.skill_id
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _with_implied(direct: list[ResolvedSkill], taxonomy: Taxonomy) -> list[ResolvedSkill]:
    """The direct skills, then each skill they imply once, credited to the first that implies it and
    given the most years any of them has (SQL for 9 years and Tableau for 3 imply databases for 9)."""
    out = list(direct)
    have = {s.skill_id for s in direct}
    implied: dict[str, int] = {}  # target -> its index in out
    for s in direct:
        for target in sorted(taxonomy.implied_by(s.skill_id)):
            if target in implied:
                k = implied[target]
                if s.years is not None and s.years > (out[k].years or 0.0):
                    out[k] = replace(out[k], years=s.years, years_from=s.years_from)
            elif target not in have:
                have.add(target)
                implied[target] = len(out)
                out.append(
                    ResolvedSkill(
                        s.input,
                        target,
                        taxonomy.skills[target].name,
                        "implied",
                        s.confidence,
                        s.skill_id,
                        s.years,
                        s.years_from,
                    )
                )
    return out
