"""What a résumé's layout says about the skill names in it: an employer's name and a section
label are not skills the person claims.

- **Employers.** "Senior Python Developer, Lexicon AI — Berlin", "Data Analyst | Spark Labs",
  "an internship at Quantum AI Partners": a name written in capitals that holds a skill's words
  beside words of its own ("Lexicon", "Labs") is an organisation's, and the skill in it is no
  skill of the person's. Names are read where résumés write them: the fields of a dated role's
  heading (between commas, bars, dashes, brackets or wide gaps) that hold no job title's noun, and
  the capitalised words after "at" or "@". A name that is nothing but skills' names ("at
  Databricks", "AWS, GCP") cannot be told from the tools and stays.
- **Section labels.** "Cloud: AWS, GCP", "Visualization: Looker": the words before a colon that
  heads a list name the kind of what follows. They credit a skill only where they name one as a
  person would claim it: the skill's own name ("Machine Learning:", "Databases:", "Statistics:"),
  a form of two words or more ("Cloud Platforms:"), or a name written with capitals inside it
  ("NLP:", "AI:", "DevOps:") or that the taxonomy lists as cased ("Spark:"); a single common word
  that is only another name of a broader skill ("Cloud", "Visualization", "Analytics") is the
  list's heading. What the list holds still credits the broader skill through ``implies`` (AWS
  covers cloud computing), and the reason then names AWS.

Plain functions over text and (start, end, skill id) mentions; :mod:`analyzer.gap.profile` calls them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..taxonomy import Taxonomy

Mention = tuple[int, int, str]

# The nouns of a job title: a heading field with one of them is the title, not a name.
ROLE_WORDS = frozenset(
    """scientist scientists engineer engineers analyst analysts developer developers intern interns internship
    manager lead leader head director architect consultant specialist researcher research programmer
    administrator admin assistant associate fellow officer owner designer modeler modeller statistician economist
    student trainee apprentice contractor freelancer freelance founder cofounder co-founder cto ceo cfo coo vp
    president professor lecturer instructor tutor teacher postdoc postdoctoral technician coordinator
    strategist advisor adviser expert practitioner mathematician physicist quant senior junior
    principal staff chief executive supervisor volunteer representative member
    team teams group department division unit""".split()  # a team's name says what its member works on
)
# Between a role heading's fields: commas, bars, semicolons, brackets, bullets, tabs, wide gaps,
# a spaced dash or a long dash, "at", "@", and "&" or "and" (a title's areas: "Computer Vision & Speech").
_FIELD_SEP = re.compile(r"[,|;()\[\]•·▪◦*\t\n@&]|[ ]{2,}|[ ][-–—][ ]|[–—]|(?<!\w)(?:at|and)(?!\w)")
# A name after "at" or "@": capitalised words (or digits, "&") in a row on one line.
_AT_NAME = re.compile(
    r"(?:(?<![\w@])[Aa]t|@)[ \t]+(?P<name>[A-Z0-9][\w&.'’+-]*+(?:[ \t]+(?:[A-Z0-9&][\w&.'’+-]*+)){0,5})"
)
_WORD = re.compile(r"\w[\w'’+-]*")
# A heading's reach past its date range on a line run together from a PDF.
_HEADING_REACH = 120
# A label opening a line (past a bullet): "Cloud: ", "Machine Learning & AI: "; not a figure after the
# colon ("Python: 5 years"), and something after it.
_LINE_LABEL = re.compile(
    r"(?m)^[ \t]*+(?:[-*•·▪◦>][ \t]*+)?(?P<label>[A-Z][^:\n.,;()]{0,40}?)[ \t]*+:(?![ \t]*+\d)(?=[ \t]*+\S)"
)
# After a label's last word in text run together (a PDF's "SKILLS Cloud: AWS, GCP Visualization: Looker").
_COLON_AFTER = re.compile(r"[ \t]*+:(?![ \t]*+\d)[ \t]*+\S")


def without_employers(text: str, found: Sequence[Mention], headings: Iterable[tuple[int, int]]) -> list[Mention]:
    """``found`` without the mentions inside an organisation's name (see the module docstring).
    ``headings``: (start, end) of each dated role's heading lines (:func:`analyzer.gap.history.role_headings`)."""
    names = [m.span("name") for m in _AT_NAME.finditer(text)]
    for start, end in headings:
        pos = start
        for sep in [*_FIELD_SEP.finditer(text, start, end), None]:
            stop = sep.start() if sep is not None else end
            names.append((pos, stop))
            pos = sep.end() if sep is not None else end
    drop: set[Mention] = set()
    for start, end in names:
        inside = [m for m in found if start <= m[0] and m[1] <= end]
        if inside and _is_a_name(text, start, end, inside):
            drop.update(inside)
    return [m for m in found if m not in drop]


def _is_a_name(text: str, start: int, end: int, inside: list[Mention]) -> bool:
    """Capitalised words, one of them neither a skill's nor a job title's: "Lexicon AI", "Spark Labs"."""
    words = list(_WORD.finditer(text, start, end))
    if not words or any(not (w.group()[0].isupper() or w.group()[0].isdigit()) for w in words):
        return False  # words in lower case: prose ("churn models in Python"), no name
    if any(w.group().lower() in ROLE_WORDS for w in words):
        return False  # a job title ("Senior Python Developer")
    return any(not any(s <= w.start() and w.end() <= e for s, e, _ in inside) for w in words)


def without_weak_labels(text: str, found: Sequence[Mention], taxonomy: Taxonomy) -> list[Mention]:
    """``found`` without the section labels that do not name their skill as a claim (see the
    module docstring): "Cloud: AWS" keeps AWS, not cloud computing."""
    labels = [m.span("label") for m in _LINE_LABEL.finditer(text)]
    out = []
    for start, end, sid in found:
        label = any(a <= start and end <= b for a, b in labels) or _COLON_AFTER.match(text, end) is not None
        if label and not names_a_skill(text[start:end], sid, taxonomy):
            continue
        out.append((start, end, sid))
    return out


def names_a_skill(form: str, skill_id: str, taxonomy: Taxonomy) -> bool:
    """Whether ``form`` names its skill as a person claiming it would: the skill's own name (or its
    plural), two words or more, capitals inside it, or a form the taxonomy lists as cased.

    >>> from analyzer.taxonomy import load_default_taxonomy
    >>> tax = load_default_taxonomy()
    >>> [names_a_skill(f, s, tax) for f, s in [("Cloud", "cloud_computing"), ("Databases", "databases"),
    ...  ("NLP", "natural_language_processing"), ("Cloud Platforms", "cloud_computing")]]
    [False, True, True, True]
    """
    form = " ".join(form.split())
    skill = taxonomy.skills.get(skill_id)
    if skill is None or " " in form or any(c.isupper() for c in form[1:]) or form in skill.cased:
        return True
    key, name = form.lower(), skill.name.lower()
    return key in (name, name + "s", name + "es") or key[:-1] == name
