"""Skills asked for as tasks: "retrieve, clean and normalize data" asks for data cleaning.

The rules are reviewable data (``data/taxonomy/tasks.jsonl``: verb lemmas × object head nouns →
skill). One Aho-Corasick pass over the case-folded text finds every inflected verb form; at each,
a bounded scan reads a series of coordinated verbs ("retrieve, clean and normalize"), then at most
five words for an object head ("data", "models") that a rule pairs with one of those verbs. Work
per verb is constant, so the whole pass stays linear in the text.

A phrase counts only where the posting asks something of the candidate: the verb must open its
clause (a duty bullet, "…, and deploy models") or follow a frame that addresses the candidate
("you will", "ability to", "experience"), must not sit in company prose ("we transform how data
…", benefits, about-us sections), and a clause-opening verb counts only inside a requirements,
preferred or duties section, a qualification item, a bullet, a later item of a list that a "you
will" lead-in opens, or as a verb in the third person opening a sentence that has no subject
("Presents findings to leadership."). In a résumé (no sections) the clause frame alone decides:
"Deployed models to production" is what the person did.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, pairwise
from typing import TypeVar

import ahocorasick

from ..taxonomy import Skill, TaskRule, Taxonomy, action_verbs
from .lines import BULLET_CHARS, BULLET_CLASS
from .requirements import ASKING_SECTIONS, Segment, SegmentIndex
from .words import WordIndex, opening_words, word_index

M = TypeVar("M")

# Past and participle forms the regular rules below cannot make.
_IRREGULAR = {
    "lead": ("led",),
    "build": ("built",),
    "write": ("wrote", "written"),
    "run": ("ran",),
    "make": ("made",),
    "tell": ("told",),
    "drive": ("drove", "driven"),
    "find": ("found",),
    "grow": ("grew", "grown"),
    "teach": ("taught",),
    "understand": ("understood",),
    "set": (),
}
_VOWELS = "aeiou"
_HYPHENATED_PREFIXES = ("re", "pre", "de", "co")


def inflections(lemma: str) -> set[str]:
    """The forms of a verb: "clean" → clean, cleans, cleaned, cleaning; "normalize" also -ise, "analyze"
    also -yse; "retrain" also "re-train"."""
    stems = {lemma}
    # A prefix written joined or hyphenated: "retrain" / "re-train", "de-dupe" / "dedupe", "co-ordinate".
    for prefix in _HYPHENATED_PREFIXES:
        if lemma.startswith(prefix + "-") and lemma[len(prefix) + 1 :].isalpha():
            stems.add(prefix + lemma[len(prefix) + 1 :])
        elif lemma.startswith(prefix) and len(lemma) - len(prefix) >= 4 and lemma.isalpha():
            stems.add(prefix + "-" + lemma[len(prefix) :])
    for stem in list(stems):
        if stem.endswith("ize"):
            stems.add(stem[:-3] + "ise")
        elif stem.endswith("ise") and len(stem) > 5:
            stems.add(stem[:-3] + "ize")
        elif stem.endswith("yze"):
            stems.add(stem[:-3] + "yse")  # "analyse", "analysing"
    out: set[str] = set()
    for stem in stems:
        out.add(stem)
        out.update(_IRREGULAR.get(stem, ()))
        if stem.endswith("ee"):
            out.update((stem + "s", stem + "d", stem + "ing"))
        elif stem.endswith("e"):
            out.update((stem + "s", stem + "d", stem[:-1] + "ing"))
        elif stem.endswith("y") and stem[-2] not in _VOWELS:
            out.update((stem[:-1] + "ies", stem[:-1] + "ied", stem + "ing"))
        elif stem.endswith(("s", "sh", "ch", "x", "z")):
            out.update((stem + "es", stem + "ed", stem + "ing"))
        else:
            out.update((stem + "s", stem + "ed", stem + "ing"))
            # plan → planned; both spellings are kept where English varies (target(t)ed)
            if len(stem) >= 3 and stem[-1] not in _VOWELS + "wxy" and stem[-2] in _VOWELS and stem[-3] not in _VOWELS:
                out.update((stem + stem[-1] + "ed", stem + stem[-1] + "ing"))
    # … but "analyses" is far more often the plural of "analysis", a noun of action
    out.difference_update(stem[:-3] + "yses" for stem in stems if stem.endswith("yse"))
    return out


# Nouns of action the suffix rules below cannot make: "deployment of models", "analysis of data".
_NOMINAL_IRREGULAR = {
    "deploy": ("deployment",),
    "develop": ("development",),
    "manage": ("management",),
    "analyze": ("analysis", "analyses"),
    "retrieve": ("retrieval",),
    "acquire": ("acquisition",),
    "collect": ("collection",),
    "extract": ("extraction",),
    "transform": ("transformation",),
    "prepare": ("preparation",),
    "explore": ("exploration",),
    "interpret": ("interpretation",),
    "reconcile": ("reconciliation",),
    "ingest": ("ingestion",),
    "document": ("documentation",),
    "improve": ("improvement",),
    "maintain": ("maintenance",),
    "implement": ("implementation",),
    "present": ("presentation",),
    "construct": ("construction",),
    "select": ("selection",),
    "resolve": ("resolution",),
    "enrich": ("enrichment",),
    "define": ("definition",),
    "deliver": ("delivery",),
    "execute": ("execution",),
    "own": ("ownership",),
    "oversee": ("oversight",),
    "assess": ("assessment",),
    "establish": ("establishment",),
    "refine": ("refinement",),
    "recruit": ("recruitment",),
    "guide": ("guidance",),
    "adapt": ("adaptation",),
    "supervise": ("supervision",),
}
# Nouns the suffix rules make that name something else: "the direction of the team" is its course,
# "a combination of data and intuition" a mix.
_NOT_NOMINAL = frozenset(("direction", "combination"))
# Verbs whose noun of action is spelt as the verb and names the same work: "the design of schemas" is
# designing schemas. Read as a noun only after an article and before "of" (not "team", "work" or "lead":
# "a team of engineers", "the work of others" name no task; nor "review": "the review of engineering change
# requests" is no code review, its one corpus posting).
_ZERO_NOMINALS = frozenset(("design",))
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)[ \t]+$")
# A later noun of action of a list of them: "the development of metrics[, and the] design of schemas".
_COORDINATED_NOUN = re.compile(r"(?:,[ \t]*+(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?:the|an?)[ \t]+\Z")
_NOUN_OF = re.compile(r"\b([a-z]+)[ \t]+of[ \t]")
_COORDINATION_REACH = 160


def nominals(lemma: str) -> set[str]:
    """The nouns of action of a verb, read only before "of": validate → validation, normalize →
    normalization/normalisation, classify → classification, deploy → deployment."""
    out = set(_NOMINAL_IRREGULAR.get(lemma, ()))
    if lemma.endswith("ate") and len(lemma) > 4:
        out.add(lemma[:-1] + "ion")
    elif lemma.endswith("ize"):
        out.update((lemma[:-3] + "ization", lemma[:-3] + "isation"))
    elif lemma.endswith("ify"):
        out.add(lemma[:-1] + "ication")
    elif lemma.endswith(("ect", "ict", "uct", "apt")) and not lemma.endswith("itect"):
        out.add(lemma + "ion")  # detect → detection, predict → prediction (not "architection")
    elif lemma.endswith("mine") and len(lemma) > 5:  # examine → examination, determine → determination
        out.add(lemma[:-1] + "ation")
    elif lemma.endswith("uce"):  # reduce → reduction, produce → production
        out.add(lemma[:-2] + "ction")
    return out - _NOT_NOMINAL


def plurals(noun: str) -> set[str]:
    """A head noun and its plural: model(s), query/queries, hypothesis/hypotheses, process(es)."""
    if noun.endswith("is"):
        return {noun, noun[:-2] + "es"}
    if noun.endswith("y") and len(noun) > 2 and noun[-2] not in _VOWELS:
        return {noun, noun[:-1] + "ies"}
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return {noun, noun + "es"}
    return {noun, noun + "s"}


# The longest series of verbs read: "design, develop, code, test, implement, maintain and document".
_SERIES_VERBS = 8
# A verb joined to the next one of a series: ", ", " and ", ", and ", ", and/or ", " or ", " / ", " & ".
_SERIES_STARTS = (",", "/", "and", "or", "&", "as well as ")
# (Blanks possessive, the spaced conjunction a branch of its own: a run of blanks is read once, not
# split between the leading blanks and the conjunction's.)
_SERIES = re.compile(
    r"[ \t]*+(?:,[ \t]*+(?:and/or[ \t]+|and[ \t]+|or[ \t]+|&[ \t]+|as[ \t]+well[ \t]+as[ \t]+)?|/[ \t]*+)"
    r"|[ \t]++(?:and|or|&|and/or|as[ \t]+well[ \t]+as)[ \t]+"
)
# A preposition of the verb before "and" / "or" and the series' next verb: "present [to] and communicate with".
_OWN_PREPOSITION = re.compile(
    r"[ \t]+(?:to|with|on|for|at|in|across|from|alongside)(?=[ \t]*,?[ \t]*(?:and|or|&)[ \t])"
)
# The object window: up to five words, each after spaces ("scalable", "ml", "end-to-end", "models"),
# read with one match; punctuation other than a word's hyphen ends it.
_WORD = re.compile(r"[a-z0-9][a-z0-9+#']*(?:-[a-z0-9+#]+)*")
# Words of the object may be joined by a slash ("business/data requirements").
_OBJECT_WORD = re.compile(r"[a-z0-9][a-z0-9+#']*(?:[-/][a-z0-9+#]+)*")
# A short aside in parentheses is passed over: "build (and maintain) dashboards", "analyze large (100+ TB) data sets".
_WINDOW_RUN = re.compile(
    r"(?:(?:[ \t]+|[ \t]*,[ \t]*|[ \t]*&[ \t]*|[ \t]*\([^()\n]{1,40}\)[ \t]+)[a-z0-9][a-z0-9+#']*(?:[-/][a-z0-9+#]+)*){1,9}"
)
# Conjunctions between modifiers ("batch and online models"): they do not count as window words.
_WINDOW_CONJUNCTIONS = frozenset(("and", "or", "and/or", "&"))
_WINDOW_WORDS = 5
_WINDOW_ITEMS = 3
_OF = re.compile(r"[ \t]+of(?:[ \t]+the)?(?=[ \t])")
# Words that end the object window: a new clause, a purpose, a conjunction, a preposition or a means ("design novel
# solutions [alongside] the software team" designs no software, "build solutions [leveraging] internal applications"
# builds no application).
_WINDOW_STOP = frozenset(
    "and or that which who where when while to for by from into using via with as than so but if because of including "
    "through within without of on in at across about over under per against around between among amongst after before "
    "during what how why whether alongside beyond toward towards throughout upon regarding despite versus leveraging "
    "utilizing utilising".split()
)
_QUANTITIES = frozenset(
    "amount amounts volume volumes quantity quantities set sets piece pieces type types kind kinds source sources "
    "variety range lot lots terabytes petabytes millions billions multitude array number mix host spectrum "
    "diversity portfolio series suite collection handful dozens hundreds thousands level levels".split()
)
# Qualities of a thing, whose "of" names the object a verb of checking acts on: "monitor the
# [performance] of deployed models" monitors models, "evaluate the [quality] of different models"
# evaluates them. Not after other verbs: "drive performance of programs" manages no project.
_QUALITIES = frozenset("performance quality accuracy effectiveness efficacy robustness reliability health".split())
# … and the soundness of data, checked the same way: "ensure the [integrity] of the data" checks data.
_SOUNDNESS = frozenset("integrity completeness consistency validity correctness cleanliness".split())
# … and a quality with no "of" after it: its thing is named before the verb ("deploy models and
# monitor [their performance]").
_QUALITY_WORDS = "(?:" + "|".join(sorted(_QUALITIES)) + ")"
_BARE_QUALITY = re.compile(
    r"[ \t]+(?:(?:their|its|the|overall|ongoing)[ \t]+)?" + _QUALITY_WORDS + r"\b(?![ \t]+of\b)"
    r"(?![ \t]+(?:and|&)[ \t]+" + _QUALITY_WORDS + r"\b)"  # "the quality and accuracy of …"
)
_CHECKING_VERBS = frozenset(
    "monitor track evaluate assess measure validate verify ensure test benchmark audit improve optimize maintain "
    "review".split()
)
# Prepositions allowed right after the verb: "present at weekly demos", "work closely with teams".
# Objects whose kind no modifier changes: "integrate [big data]" still integrates data, where
# "optimize [data models]" is not model optimization.
_MASS_OBJECTS = frozenset(
    ("data", "dataset", "datasets", "datum", "database", "databases", "table", "tables", "record", "records")
)
_SETS = frozenset(("set", "sets"))
# Gerunds that are nouns of knowledge before "of": "a solid understanding of reporting requirements"
# names what the candidate knows, not a task (the verb, "understand requirements", is one).
_KNOWLEDGE_GERUNDS = frozenset(("understanding", "knowing"))
# Pronouns that stand for the object of an earlier verb phrase of the clause: "produce data sets and
# [mine them] for insights", "analyze data and [present it]". The antecedent is the nearest object
# before the verb, within the clause and this many characters, that a rule pairs with the verb.
_PRONOUN_OBJECTS = frozenset(("them", "it"))
_ANTECEDENT_REACH = 100
_ANTECEDENT_CUT = re.compile(r"[.;:!?()\[\]\n]")
# Nouns of the means of a piece of work: an object right before one of them modifies it ("develop
# analysis tools", "integrate big data frameworks", "managing data platforms"), it names no task. Not
# "plans" ("manage project plans" is project management) nor "software" ("test mathematical software tools").
_INSTRUMENT_NOUNS = frozenset(
    "tool tools method methods technique techniques platform platforms specification specifications "
    "spec specs framework frameworks capability capabilities".split()
)
# … and "models" after an object: a model of it is modelled, not worked on ("design database [models]" is
# data modelling, not database design); a rule on the models themselves still reads them.
_MODELLED = frozenset(("model", "models"))
# People named as the object ("work with customers") that may instead modify a thing of theirs: "working
# with customer data", "work on customer facing systems", "work with client requirements", "work with
# management software".
_PEOPLE_MODIFIERS = frozenset("customer client user member employee patient partner stakeholder management".split())
_PEOPLE_THINGS = frozenset(
    "data dataset datasets information record records facing base segment segments segmentation journey journeys "
    "experience experiences behavior behaviour insight insights feedback requirement requirements need needs "
    "service services support success account accounts engagement engagements project projects software system "
    "systems application applications".split()
)
# Objects that are models, the categories of the skills that name kinds of models ("predictive
# models", "neural networks"), and those of the tasks the model life cycle does to any model
# (deploy, serve, monitor, validate, retrain, optimize, tune).
_MODEL_OBJECTS = frozenset(("model", "network", "algorithm", "classifier", "estimator"))
MODEL_CATEGORIES = frozenset(
    (
        "ml_modelling",
        "nlp_transformers",
        "computer_vision",
        "time_series",
        "probability_statistics",
        "reinforcement_learning",
        "recommender_systems",
        "speech_audio",
    )
)
_LIFE_CYCLE_CATEGORIES = frozenset(("ml_modelling", "mlops_deployment"))
# Nouns of a built thing that, after a word of machine learning, stand for its models where a verb of
# the model life cycle acts on them: "deploy machine learning [systems]", "tuning multi-modal ML
# [systems]", "monitor AI [solutions]" (not "projects", "products" or "capabilities": "evaluate AI
# projects" weighs a business case, "optimize ML products" grows a product).
_MODEL_LIKE_HEADS = frozenset("system systems solution solutions application applications service services".split())
_CHOOSING = frozenset(
    "recommend recommends recommending select selects selecting choose chooses choosing procure procuring".split()
)
_ML_MODIFIERS = frozenset("ml ai llm llms nlp genai modeling modelling predictive".split())
_LEARNING_KINDS = frozenset(("machine", "deep", "reinforcement"))
# "work in/with/on a team": a group named with an indefinite article is the setting, not a partner;
# but after "with" its "of" names the people worked with: "work with a team of [analysts]".
_INDEFINITE = frozenset(("a", "an"))
_SETTINGS = frozenset(("team", "group", "agency"))  # "working in a creative agency" is where one works
_LEADING_PREPOSITIONS = frozenset("to at with in on for across before alongside among".split())
# After "well" only the prepositions of working with others: "work well with engineers", "work well across
# functions" ("work well in a team" is teamwork, read by its own pattern).
_WITH_OTHERS = frozenset(("with", "across", "alongside"))
# Adverbs of working with others that do not end in -ly, before the same prepositions: "work [hands-on] with the
# engineering team", "work [side-by-side] with internal partners", "work [together] with researchers".
_WITH_OTHERS_ADVERBS = frozenset(("hands-on", "side-by-side", "together", "one-on-one", "face-to-face"))
# A series of business functions' names, as written, as the people worked with (a rule's ``functions``):
# "partner with Data Engineering and Finance", "work across Product, Design and Research to …". After a
# preposition of working with others (a function is a setting after "in": "work in Finance"), and only as a
# whole noun phrase: the list holds no other capitalised name ("working with Sales, Tableau and Looker"
# names tools) and ends before a preposition or punctuation, not before a noun ("Sales and Marketing data",
# "Product and Engineering offices"), a colon (a heading) or more of a list ("coordinate with IT and vendors").
_FUNCTION_SEPARATOR = r"(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+|&[ \t]+)?|[ \t]+(?:and|or|and/or|&)[ \t]+|[ \t]*/[ \t]*)"
_FUNCTION_LEAD = r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:" + "|".join(sorted(_WITH_OTHERS)) + r")[ \t]+(?:the[ \t]+)?"
# … a clause, a purpose or a preposition: the words that end an object window, but a conjunction or "of";
# never where the list goes on ("with Product, Engineering, and stakeholders": the object is the people)
_FUNCTION_STOPS = "|".join(sorted(_WINDOW_STOP - _WINDOW_CONJUNCTIONS - {"of"}))
_FUNCTION_END = (
    r"(?![ \t]*(?:,[ \t]*)?(?:and|or|and/or|&)[ \t]+\w)(?![ \t]*[,/][ \t]*(?!(?:" + _FUNCTION_STOPS + r")\b)\w)"
    r"(?=[ \t]*(?:[.,;!?)]|\n|\Z)|[ \t]+(?:" + _FUNCTION_STOPS + r")\b)"
)

_CLAUSE_CUT = re.compile(r"[,;:()\[\]|•·▪●◦]|\s[-–—]\s")
_LEAD_IN = re.compile(r"^[\s#" + BULLET_CLASS + r"]*(?:\(?\d{1,2}[.)]\s+)?")
# The clause starts with the verb: a duty bullet, an imperative, "…, and deploy models"; after an adverb or two
# joined by a conjunction ("clearly and concisely explain …").
_OPENS = re.compile(
    r"(?:(?:and|or|then|also|plus|&)\s+)?(?:in\s+particular\s+)?(?:\w+ly\s+(?:(?:and|or|&)\s+\w+ly\s+)?)?"
)
# Frames that address the candidate, and the adverbs after them ("ability to clearly and concisely").
# "you (will) need to", "will need to" ask as "you will" does; a bare "need to" does not ("the facts they need to
# [make] decisions", "a firm that needs to [hire]").
_FRAME = re.compile(
    r".*?\b(?:you(?:'ll|’ll|\s+will|\s+would|\s+can|\s+should|\s+must|\s+may)?(?:\s+be)?"
    r"(?:\s+(?:able|expected|asked|required|empowered)\s+to|\s+responsible\s+for|\s+helping(?:\s+to)?|\s+working\s+to"
    r"|\s+(?:also\s+)?(?:need|have)\s+to)?"
    r"|will(?:\s+be)?(?:\s+(?:responsible|accountable)\s+for|\s+(?:expected|required|asked)\s+to"
    r"|\s+(?:also\s+)?(?:need|have)\s+to)?"
    r"|responsib\w+\s+(?:for|to)|accountable\s+for|abilit(?:y|ies)\s+to|skills?\s+to|able\s+to|capab\w+\s+(?:of|to)"
    r"|expected\s+to|required\s+to|opportunity\s+to|chance\s+to|help(?:s|ing)?(?:\s+(?:us|the\s+team))?(?:\s+to)?"
    r"|(?<!that\s)(?<!which\s)assist(?:s|ing)?\s+(?:with|in)"
    r"|experience(?:d)?(?:\s+(?:in|with|of))?|track\s+record\s+(?:of|in)|history\s+of|comfortab\w*(?:\s+with)?"
    r"|confident(?:\s+in)?|passion(?:ate)?\s+(?:for|about)|proficien\w+\s+(?:in|at)|skill(?:s|ed)?\s+(?:in|at)"
    r"|know(?:s)?\s+how\s+to"
    r"|expertise\s+(?:in|with)|expert\s+(?:in|at)|knowledge\s+(?:of|in)|familiar\w*\s+with|background\s+in"
    r"|adept\s+(?:at|in)|excel\s+at|(?:strong|good|great|excellent|effective|successful|experienced|exceptional)\s+at"
    r"|can|must|should|may|might|someone\s+(?:who\s+can\s+|to)|who\s+can|willing(?:ness)?\s+to"
    r"|eager\s+to|desire\s+to|enjoy|love)"
    r"\s+(?:\w+ly\s+(?:and|or)\s+)?(?:(?:and|or|also|both|effectively|\w+ly)\s+)?"
)
# Frames whose verb is a gerund, the object of their preposition or their noun: "interested in [telling] stories",
# "demonstrated success in [working] with …", "a track record [delivering] projects", "Proficiency [manipulating] data",
# "enjoys [tackling] challenges", "play a key role in [shaping] the roadmap", "experience on [writing] code" (not a
# bare form: "interested in direct staff employment").
_GERUND_FRAME = re.compile(
    r".*?\b(?:interest(?:ed)?\s+in|success(?:ful)?\s+(?:in|at)|role\s+in|open\s+to|experience(?:d)?\s+on"
    r"|track\s+record|proficien\w+|enjoy(?:s|ed|ment\s+(?:in|of))?)"
    r"\s+(?:\w+ly\s+(?:and|or)\s+)?(?:(?:and|or|also|both|effectively|\w+ly)\s+)?"
)
# A gerund listed after what a cue asks for: "experience with Airflow and [building] pipelines".
_FRAME_LIST = re.compile(
    r".*?\b(?:experience(?:d)?\s+(?:in|with)|familiar\w*\s+with|knowledge\s+of|proficien\w+\s+(?:in|with)"
    r"|skill(?:s|ed)?\s+in|comfortab\w*\s+with|track\s+record\s+of)\s+(?:[a-z0-9.+#/-]+\s+){1,4}(?:and|or)\s+"
)
_GERUND = re.compile(r"(?:[a-z]+-)?[a-z]*ing\b")  # "analyzing", "de-duping"
# A gerund of purpose or means, a listed duty or an example, right before the verb: "packages for [analyzing]", "methods
# for collecting and [analyzing]", "support to include [working] with client staff", "the reporting cycle,
# including [cleaning] billing data", "answer questions by [analyzing] usage data" (the prefix is at most
# 120 characters: searched from its end).
# Not a language's gloss: "SQL (or a similar language for querying databases)" names what SQL does. Not "to" + verb: that
# names the goal more often than the work ("… to [make] better decisions", "to [improve] operations").
_PURPOSE = re.compile(
    r"(?:^|\s)(?:(?<!language )(?<!languages )for|include[sd]?|including|such\s+as|by|e\.g\.,?|for\s+example,?)\s+"
    r"(?:[a-z]{3,}ly\s+)?(?:[a-z]+ing\s+(?:and|or|&)\s+)?\Z"  # "including [carefully] documenting"
)
# An instrument the candidate builds and the "to" of what it is for: "develop tools to [integrate] models into
# trading", "build data platforms to [analyze] large amounts of data", "processes and tools to monitor, and [analyze]
# model performance" (the work the instrument does is the candidate's; "models to …" names a goal as often).
_INSTRUMENT_TO = re.compile(
    r"\b(?:tools?|tooling|processes|systems|platforms?|pipelines?|frameworks?|workflows?|scripts?|utilities"
    r"|mechanisms?|infrastructure|applications?)[ \t]+to[ \t]+(?:[a-z]+ly[ \t]+)?(?:[a-z]+,?[ \t]+(?:and|&)[ \t]+)?\Z"
)
# … not a verb of what it brings about for others: "the skills and tools to [make] data-driven decisions", "tools to
# [enable] clients to …", "pipelines to [facilitate] ML training".
_GOAL_VERBS = frozenset("make enable empower help allow facilitate support drive".split())
# The duties named as the subject, a gerund after "include": "Key responsibilities will include validating …".
_DUTIES_INCLUDE = re.compile(
    r".*?\b(?:duties|responsibilities|tasks)\b[^.;]{0,60}?\binclude[s]?"
    r"(?:,?\s+but\s+(?:are\s+|is\s+)?not\s+limited\s+to)?\s*"
)
# The role, named as the subject of a duty in the third person: "The Data Scientist collects …",
# "This position also analyzes …", "The successful candidate presents …", "The Principal Statistical
# Programmer works directly with …".
_ROLE_NOUNS = (
    r"(?:scientist|analyst|engineer|candidate|incumbent|individual|hire"
    r"|position|role|intern|manager|developer|specialist|consultant|associate|architect|researcher|statistician"
    r"|professional|person|employee|modeler|modeller|lead|programmer|biostatistician|coordinator|administrator"
    r"|technician|officer|economist|epidemiologist|strategist|advisor|adviser)"
)
_ROLE_SUBJECT = re.compile(
    r"(?:the|this|each)\s+(?:[\w/&-]+\s+){0,3}?" + _ROLE_NOUNS + r"\s+"
    r"(?:also\s+|(?:regularly|routinely|independently|directly)\s+)?"
)
# The role as the subject of a modal, which says what the hire will do as "you will" does: "This role
# will be part of our dev team but will [interact] closely with …", "This position will assist in
# prepping raw data, [running] and monitoring models".
_ROLE_WILL = re.compile(r"\b(?:the|this)\s+(?:[\w/&.-]+\s+){0,3}?" + _ROLE_NOUNS + r"\s+(?:will|shall|would|must)\b")
# A role sought, and the infinitive of what it is sought for: "We are seeking a Data Scientist to
# [build] …", "looking for a self-motivated, detail-oriented Data Analyst to [manage] …" (the hire's
# duties, whatever the company words before them). Searched within a clause of at most 120 characters.
_SOUGHT_TO = re.compile(
    r"\b(?:looking[ \t]+for|seeking|hiring|searching[ \t]+for|in[ \t]+search[ \t]+of)[ \t]+(?:an?[ \t]+|the[ \t]+)?"
    r"(?:[\w/&.,'’-]+[ \t]+){0,6}?" + _ROLE_NOUNS + r"s?[ \t]+to[ \t]+(?:help[ \t]+(?:us[ \t]+)?)?(?:[a-z]+ly[ \t]+)?\Z"
)
# … not a verb of joining the company: "seeking a Data Scientist to [work] with our team at Peterson AFB".
_SOUGHT_SETTING = frozenset(("work", "join", "be", "support", "grow"))
# Company prose: the company, not the candidate, is the subject.
_COMPANY_SUBJECT = re.compile(r"\b(?=[iotuw])(?:we|our|us|they|their|it|its)\b")


def _company_subject(prefix: str, cased: str | None) -> bool:
    """Whether the lower-cased ``prefix`` names the company as a subject (:data:`_COMPANY_SUBJECT`); "it" written
    "IT" in ``cased`` (the prefix as written) is the department: "Partner with IT staff to [validate] data"."""
    return any(
        cased is None or cased[found.start() : found.end()] != "IT" for found in _COMPANY_SUBJECT.finditer(prefix)
    )


# The reader addressed in an imperative: the perks of a job ("Grow your talent", "Expand your horizons").
_YOUR = re.compile(r"\byour?\b", re.IGNORECASE)
_NOT_SPACE = re.compile(r"\S")


# What _asks reads of a whole line or sentence, for the text last asked about: a long line or sentence of many
# task verbs is read once, not once per verb (which made a paragraph of n verbs cost n lines). The line last
# asked about: (text, lower, its start, its end, its first character that is not a space); the sentences asked
# whether they address the reader (:data:`_YOUR`): (text, {(start, end): answer}), cleared for a new text; the
# sentences of the line last asked about (:func:`_neighbour_sentence_imperative`): (its segments, their sentence
# starts in order, each one's end).
_LINE_READ: tuple[str, str, int, int, int] = ("", "", 0, -1, 0)
_SENTENCES_READ: tuple[str, dict[tuple[int, int], bool]] = ("", {})
_LINE_SENTENCES: tuple[list[Segment] | None, list[int], dict[int, int]] = (None, [], {})


def _line_read(text: str, lower: str, pos: int) -> tuple[int, int]:
    """The start of the line of ``text`` holding ``pos`` (after its "\\n") and where its first character that is
    not a space stands in it (its end when it has none)."""
    global _LINE_READ
    cached_text, cached_lower, start, end, first = _LINE_READ
    if not (cached_text is text and cached_lower is lower and start <= pos <= end):
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        found = _NOT_SPACE.search(lower, start, end)
        first = end if found is None else found.start()
        _LINE_READ = (text, lower, start, end, first)
    return start, first


def _addresses_the_reader(text: str, start: int, end: int) -> bool:
    """Whether the sentence of ``text`` at [start, end) says "you" or "your" (:data:`_YOUR`)."""
    global _SENTENCES_READ
    cached = _SENTENCES_READ  # (read once, replaced whole: another thread may be reading another text)
    if cached[0] is not text:
        cached = _SENTENCES_READ = (text, {})
    read = cached[1]
    answer = read.get((start, end))
    if answer is None:
        answer = read[start, end] = _YOUR.search(text, start, end) is not None
    return answer


def _line_sentences(found: list[Segment]) -> tuple[list[int], dict[int, int]]:
    """The sentence starts of a line's segments ``found``, in order, and each one's end."""
    global _LINE_SENTENCES
    cached = _LINE_SENTENCES
    if cached[0] is not found:
        ends = {s.sentence_start: s.sentence_end for s in found}
        cached = _LINE_SENTENCES = (found, sorted(ends), ends)
    return cached[1], cached[2]


# The candidate as the subject of what follows: "you will", "you'll".
_YOU_WILL = re.compile(r"\byou(?:'ll|’ll|\s+will)\b")
_OTHER_SUBJECT = re.compile(r"\b(?:which|that|who|whose|where|we|our|they|their|it|its)\b")
_CANDIDATE_SUBJECT = re.compile(r"\b(?:you|your|candidate|someone|who)\b")
# The employer as the subject of a sentence: "we", "our mission is to help clients …".
_WE = re.compile(r"\bwe(?:'re|’re|'ve|’ve)?\b")
# A sentence that opens with the employer as its subject: "We design …", "we also build …".
_WE_OPENS = re.compile(r"we(?:'re|’re)?\s+(?:also\s+)?[a-z]")
_OUR_OPENS = re.compile(r"(?:at\s+\S+\s+)?(?:our|its|their)\b")
# A name of up to three capitalised words opening a sentence, as written: "Acme Health ".
_NAME_SUBJECT = re.compile(r"(?:[A-Z][\w&.'’-]*\s+){1,3}")
# A sentence that asks for the hire ("we are looking for people who …", "we need engineers to …",
# "each member of our team must be able to …"), or whose subject is the role ("our data scientists") or
# the team at work, which the hire joins ("our pricing team works closely with …", as in context.py).
_SEEKS = re.compile(
    r"\b(?:looking\s+for|seek\w*|hiring|search\w*\s+for|need|want|expect|require|invite|join|able\s+to|must|should)\b"
    r"|^our\s+(?:[\w/&-]+\s+){0,3}?(?:team|group|squad|" + _ROLE_NOUNS + r")s?\s"
)


@dataclass(slots=True)
class TaskHit:
    start: int
    end: int
    skill: Skill
    region_end: int  # end of the whole verb phrase, for overlap decisions
    head_start: int
    functions: bool = False  # the object is a series of functions' names: the people worked with


class _MentionsByStart:
    """The mentions of a posting by start, those the task hits add included, for :meth:`TaskMatcher.merge`.

    A hit's mention starts where the hit or its object does, so every start an added mention can
    have is known before the first one is added: each has its slot, and adding a mention fills one
    (inserting into one sorted list made a long posting quadratic in its mentions).
    """

    def __init__(self, mentions: list[tuple[int, int, Skill]], hits: list[TaskHit]):
        self._listed = sorted(mentions, key=lambda mention: mention[0])
        self._listed_starts = [start for start, _, _ in self._listed]
        self._hit_starts = sorted({hit.start for hit in hits} | {hit.head_start for hit in hits})
        # a slot's list is made when its first mention is added (a list for every start made many
        # objects the garbage collector walks)
        self._added: list[tuple[()] | list[tuple[int, int, Skill]]] = [()] * len(self._hit_starts)
        self._any_added = False

    def add(self, start: int, end: int, skill: Skill) -> None:
        at = bisect_left(self._hit_starts, start)
        slot = self._added[at]
        if isinstance(slot, list):
            slot.append((start, end, skill))
        else:
            self._added[at] = [(start, end, skill)]
            self._any_added = True

    def starting_within(self, after: int, before: int) -> list[tuple[int, int, Skill]]:
        """The mentions that start after ``after`` and before ``before``: the listed ones by start,
        then the added ones by start (what merge asks of them does not depend on their order)."""
        starts = self._listed_starts
        near = self._listed[bisect_right(starts, after) : bisect_left(starts, before)]
        if self._any_added:
            starts = self._hit_starts
            near.extend(chain.from_iterable(self._added[bisect_right(starts, after) : bisect_left(starts, before)]))
        return near


def _names_the_skill(word: str, skill: Skill) -> bool:
    """Whether ``word`` (a plural or not) is a word of ``skill``'s name: "stakeholders" of
    stakeholder management, "projects" of project management, "requirements" of requirements
    gathering."""
    names = skill.name.lower().split()
    if word in names and word not in _GENERIC_OBJECTS and word[:-1] not in _GENERIC_OBJECTS:
        return True  # "requirements" of requirements gathering
    if word.endswith("s") and word[:-1] not in _GENERIC_OBJECTS:
        word = word[:-1]
    return word not in _GENERIC_OBJECTS and word in names


def verb_is_the_skill(verb: str, skill: Skill) -> bool:
    """Whether ``verb`` is a form of a one-word skill name: "lead" of leadership, "presenting" of
    presentation. A word of a longer name says less: "optimize" of model optimization."""
    name = skill.name.lower()
    return " " not in name and len(verb) >= 4 and name.startswith(verb[: max(4, len(verb) - 3)])


# A verb phrase longer than this names its skill by one word of it ("present to key internal and
# external stakeholders" is presentation by "present"): a mention reads as the words that name the
# skill, not a whole clause (and an evaluation counts no mention three times longer than the words
# it stands for).
_LONG_PHRASE = 40
# … and one whose object is (like) a word of the skill's name by the verb and the object from a shorter
# length on: the words between say nothing of the skill ("[manage] this facility's special [projects]").
_NAMED_PHRASE = 35
# What may follow the verb in a shortened phrase: "work closely with", "partner with".
_VERB_TAIL = re.compile(r"(?:[ \t]++[a-z]{2,20}ly(?:[ \t]++(?:and|or|&)[ \t]++[a-z]{2,20}ly)?)?[ \t]++(?:with|on)\b")


def _phrase_spans(
    lower: str, vs: int, ve: int, head_start: int, head_end: int, skill: Skill
) -> tuple[tuple[int, int], ...]:
    """The spans of a verb phrase from the verb at [vs, ve) to its object's head at [head_start,
    head_end): the whole phrase, or when it is long and the verb alone says the skill, the verb: with a
    "with" after it ("[work closely with] internal engineering and customer teams"), or where it starts
    like a word of the skill's name ("[present] to key internal and external stakeholders"). Where the
    object is (like) a word of the name, a long phrase gives the verb and the object, each its own
    mention ("[Lead] meaningful marketing science [projects]" is project management, "[designing] …
    [experiments]" experimental design)."""
    names = skill.name.lower().split()
    head = lower[head_start:head_end]
    # The words that set a skill apart come first in its other names: "customer-facing experience" says
    # that "work with … customers" is client management, so the customers stay in the mention.
    leads = [*names, *(alias.split()[0] for alias in skill.aliases if alias)]
    head_names = head.rstrip("s") not in _GENERIC_OBJECTS and any(word.startswith(head[:5]) for word in leads)
    if head_end - vs <= (_NAMED_PHRASE if head_names else _LONG_PHRASE):
        return ((vs, head_end),)
    tail = _VERB_TAIL.match(lower, ve, head_start)
    if head_names:
        return (vs, tail.end() if tail is not None else ve), (head_start, head_end)
    if tail is not None:
        return ((vs, tail.end()),)
    if any(word.startswith(lower[vs : min(ve, vs + 5)]) for word in names):
        return ((vs, ve),)
    return ((vs, head_end),)  # "work effectively in a collaborative team": no one word says it


# The category of the skills of working with people: the verb of such a phrase keeps its word where the
# object is people another such skill names ("manage [cross-functional teams]").
_PEOPLE_SKILLS = "business_communication"


def _people_named(lower: str, hit: TaskHit, named: list[tuple[int, int, Skill]]) -> bool:
    """Whether ``hit``'s skill is one of working with people, its object's head a noun of people ("teams",
    "leadership"), and each mention in ``named`` over the object a skill of working with people with that
    head as its own ("cross-functional teams"; not a phrase that opens with a preposition, "work
    independently or [with a team]" is teamwork, nor a longer name, "maintain customer relationship
    management" is CRM)."""
    return (
        hit.skill.category == _PEOPLE_SKILLS
        and lower[hit.head_start : hit.region_end] in _PEOPLE_HEADS
        and all(
            skill.category == _PEOPLE_SKILLS
            and e == hit.region_end
            and lower[s:e].split(" ", 1)[0] not in _LEADING_PREPOSITIONS
            for s, e, skill in named
        )
    )


_PEOPLE_HEADS = frozenset(
    "team teams group groups leadership leader leaders executive executives member members management staff "
    "people others stakeholder stakeholders partner partners peer peers colleague colleagues".split()
)


# Nouns too general to name a skill alone ("operationalizing ML [models]", "assemble [data] sets").
_GENERIC_OBJECTS = frozenset("data model system tool solution product process result work analysis".split())


# Verbs whose object is a noun of action that names the work: "[lead] the analysis of requirements",
# "[oversee] the deployment of models", "[participate] in the development of".
_GOVERNORS = {
    form: lemma
    for lemma in (
        "lead perform conduct support drive own oversee manage coordinate direct handle facilitate execute "
        "undertake assist participate contribute help spearhead"
    ).split()
    for form in inflections(lemma)
}
# A noun right after a word: what a noun of action in a list modifies ("development [teams]"), not
# the next item or its object ("analysis, and resolution of", "analysis of").
_MODIFIED_NOUN = re.compile(r"[ \t]+(?!(?:and|or|of|to|for|with|in|on|at|by|from|as|the|a|an)\b)[a-z]")
# A modifier before a noun of action, and an "and" joining it to the next: "full ", "initial and ".
_GOVERNED_MODIFIERS = 3
_MODIFIER_BEFORE = re.compile(r"(?<![a-z0-9-])(?P<word>[a-z][a-z-]*)[ \t]+(?:and[ \t]+)?\Z")
# Words a modifier never is: what _GOVERNOR reads itself, and what ends a noun phrase.
_NOT_MODIFIERS = frozenset("the a an all in with to on of for and or by from as at our their its your".split())
# The word before a noun of action, an optional preposition and an article: "lead the ", "assist in
# the ", "responsible for the ", "management of" right at a line's start has none.
_GOVERNOR = re.compile(
    r"(?:(?<![a-z])(?P<verb>[a-z]+)[ \t]+(?:(?:in|with|to|on)[ \t]+)?)?(?P<article>(?:the|an?|all)[ \t]+)?\Z"
)


class TaskMatcher:
    """The task rules of a taxonomy, compiled: one automaton of verb forms, one dict of object forms."""

    def __init__(self, taxonomy: Taxonomy, rules: Iterable[TaskRule] | None = None, written: TaskMatcher | None = None):
        """``rules``: the taxonomy's written rules unless given (``Taxonomy.derived_tasks``); with
        ``written`` (the matcher of the written rules), without the verbs that have a form of
        one of its verbs: the written rules decide what "develop", "implement" or "train" act on."""
        if rules is None:
            rules = taxonomy.tasks
        if written is not None:
            taken = written.verb_lemmas
            kept = []
            for r in rules:
                # by noun: "implementation" goes with all its candidate verbs when "implement" is taken
                nouns = tuple(
                    n for n in r.nouns if not any(f in taken for v in action_verbs(n) for f in inflections(v))
                )
                verbs = tuple(v for v in r.verbs if any(v in action_verbs(n) for n in nouns))
                if verbs:
                    kept.append(TaskRule(r.skill, verbs, r.objects, note=r.note, nouns=nouns))
            rules = kept
        self._taxonomy = taxonomy
        self._implied_by: dict[str, frozenset[str]] = {}
        self._verbs = ahocorasick.Automaton()
        self._verb_lemma: dict[str, str] = {}
        self._nominal: set[str] = set()  # nouns of action ("validation"): they take their object after "of"
        self._object_lemma: dict[str, str] = {}
        # (verb, object) → (skill, span, the words that before the object make it another thing,
        # the words one of which the object's noun phrase must carry, whether it names the skill as a purpose)
        self._rules: dict[tuple[str, str], list[tuple[Skill, str, frozenset[str], frozenset[str], bool]]] = {}
        # verb → (skill, span, purpose) of the rules whose object may be a series of functions' names
        self._function_rules: dict[str, list[tuple[Skill, str, bool]]] = {}
        for rule in rules:
            self._add(rule, taxonomy)
        self._functions = _functions_pattern(taxonomy.functions) if self._function_rules else None
        self._verb_heads = self._heads_by_verb()
        # Nouns of action that are also objects of other rules ("present [analysis]", "report to
        # [management]"): found by the automaton and read as a verb only before "of" ("management
        # of multiple projects"), never as a verb of a series or one that ends an object's list.
        self._object_nominal: dict[str, str] = {}
        for rule in rules:
            # a derived rule's own nouns ("segmentation"), each with the first of its verbs the rule kept
            own = {noun: next((v for v in action_verbs(noun) if v in rule.verbs), "") for noun in rule.nouns}
            for verb in rule.verbs:
                for form in (*nominals(verb), *(noun for noun, lemma in own.items() if lemma == verb)):
                    if form in self._verb_lemma:
                        continue
                    if form in self._object_lemma:
                        self._object_nominal.setdefault(form, verb)
                    else:
                        self._verb_lemma[form] = verb
                    self._nominal.add(form)
        # Agent nouns of the verbs that name their skill ("present" of presentation → "presenter"):
        # "an excellent presenter", "a natural collaborator" describe the candidate as the skill.
        self._agents: dict[str, Skill] = {}
        for rule in rules:
            skill = taxonomy.skills[rule.skill]
            for verb in rule.verbs:
                agent = agent_noun(verb)
                if agent is not None and verb_is_the_skill(verb, skill):
                    self._agents.setdefault(agent, skill)
        self._agent_re = (
            re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, self._agents), key=len, reverse=True)) + r")\b")
            if self._agents
            else None
        )
        # The pattern opens with \b, so the engine tries it at every position of a posting (two
        # scans of ~150 µs each); it is tried only where the posting's WordIndex finds its words.
        self._agent_words = opening_words(self._agents)
        # The verb forms with the verbs of the frames that take a passive clause ("ensure"), for the test
        # of whether such a frame asks (see :meth:`_passive_hits`).
        self._frame_verbs = {
            **self._verb_lemma,
            **{form: verb for verb in _PASSIVE_FRAME_VERBS for form in inflections(verb)},
        }
        for form, value in self.verb_forms():
            self._verbs.add_word(form, value)
        if len(self._verbs):
            self._verbs.make_automaton()

    def _add(self, rule: TaskRule, taxonomy: Taxonomy) -> None:
        skill = taxonomy.skills[rule.skill]
        for verb in rule.verbs:
            for form in inflections(verb):
                self._verb_lemma.setdefault(form, verb)
            for obj in rule.objects:
                self._rules.setdefault((verb, obj), []).append(
                    (skill, rule.span, frozenset(rule.not_after), frozenset(rule.object_needs), rule.purpose)
                )
        for obj in rule.objects:
            for form in plurals(obj):
                self._object_lemma.setdefault(form, obj)
        if rule.functions:
            for verb in rule.verbs:
                self._function_rules.setdefault(verb, []).append((skill, rule.span, rule.purpose))

    def _heads_by_verb(self) -> dict[str, frozenset[str]]:
        """Each verb (lemma) with the object forms a rule pairs it with (the forms whose lemma in
        ``_object_lemma`` makes a key of ``_rules`` with it), and the model-like heads where it has a
        rule for models (``_model_like``): the only words that can head its object."""
        forms_of: dict[str, set[str]] = {}
        for form, lemma in self._object_lemma.items():
            forms_of.setdefault(lemma, set()).add(form)
        heads: dict[str, set[str]] = {}
        for verb, lemma in self._rules:
            heads.setdefault(verb, set()).update(forms_of.get(lemma, ()))
            if lemma == "model":
                heads[verb].update(_MODEL_LIKE_HEADS)
        return {verb: frozenset(forms) for verb, forms in heads.items()}

    def merge(
        self, lower: str, matches: list[M], hits: Iterable[TaskHit], make: Callable[[int, int, Skill], M]
    ) -> list[M]:
        """Add task hits to the dictionary matches: never over a mention of the same or of a more
        specific skill, and cut back to the verb where the object names a skill of its own
        ("deploying [machine learning] models" keeps machine learning and adds "deploying")."""
        # The mentions so far, by start, and the longest one's length: each hit looks only at those
        # near it (one could reach it from at most that far back), so a long posting is no quadratic.
        hits = list(hits)
        taken = _MentionsByStart([(m.start, m.end, m.skill) for m in matches], hits)  # type: ignore[attr-defined]
        longest = max((m.end - m.start for m in matches), default=0)  # type: ignore[attr-defined]
        added: list[M] = []
        # The objects that task hits named as their own mention ("generate and present [reports]"):
        # not a name another verb of the series must leave alone ("present" is still presentation).
        object_mentions: set[tuple[int, int]] = set()
        # One word a pattern read as a skill by its neighbours ("research and [analysis]") is the
        # object of a verb too: "summarize research and analysis" is still communication.
        object_mentions.update(
            (m.start, m.end)  # type: ignore[attr-defined]
            for m in matches
            if getattr(m, "phrased", False) and " " not in lower[m.start : m.end]  # type: ignore[attr-defined]
        )
        # A verb alone that a pattern read as a skill ("[lead] the …" as leadership) gives way to the
        # phrase it opens when that names another skill: "lead the discussions" is facilitation.
        bare_verbs = {
            (m.start, m.end)  # type: ignore[attr-defined]
            for m in matches
            if getattr(m, "phrased", False) and lower[m.start : m.end].isalpha()  # type: ignore[attr-defined]
        }
        gave_way: set[tuple[int, int]] = set()
        for hit in hits:
            region_start = min(hit.start, hit.head_start)
            region_end = max(hit.region_end, hit.end, hit.head_start + 1)
            near = taken.starting_within(region_start - longest, region_end)
            yields = [
                (s, e) for s, e, skill in near if s == hit.start and (s, e) in bare_verbs and skill is not hit.skill
            ]
            if yields:
                near = [t for t in near if (t[0], t[1]) not in yields]
            if any(
                s < hit.region_end and region_start < e and (skill is hit.skill or hit.skill.id in self._implied(skill))
                for s, e, skill in near
            ):
                continue
            start, end = hit.start, hit.end
            if any(s <= start < e for s, e, _ in near):
                # The verb is (part of) another skill's name. A phrase whose object is a word of
                # this skill's name keeps the object: "[Communicate] with stakeholders" gives
                # communication and stakeholder management. Other hits give way ("troubleshoot
                # [issues]" is no debugging on "issues").
                if end != hit.region_end or start >= hit.head_start:
                    continue
                if not _names_the_skill(lower[hit.head_start : end], hit.skill):
                    continue
                if any(s < end and hit.head_start < e for s, e, _ in near):
                    continue
                start = hit.head_start
            named = [
                (s, e, skill)
                for s, e, skill in near
                if s <= hit.head_start < e
                and (s, e) not in object_mentions
                and not self._later_verb_phrase(lower, hit, s)
                and not self._kind_of_model(lower, hit, skill)
            ]
            if lower[hit.head_start : hit.region_end] not in _MASS_OBJECTS and named:
                # the object is another skill's name: "optimize [data models]"; a verb that says
                # its skill alone keeps its own word: "[Lead] the [architecture] of AI systems"
                # (not "[leading] to a product roadmap": a result); so does a verb of working with
                # people whose object a soft skill names: "[manage] cross-functional teams" is
                # leadership and collaboration, "[work with] leadership" collaboration
                verb = _WORD.match(lower, start) if start < hit.head_start else None
                if verb is None or lower.startswith(" to ", verb.end()):
                    continue
                end = verb.end()
                if hit.functions:
                    # functions' names, one of which is a skill's name too: the people worked with ("[work
                    # with] Product Management and Finance"); the verb and its preposition stay
                    tail = _VERB_TAIL.match(lower, end, hit.head_start)
                    end = end if tail is None else tail.end()
                elif not (
                    verb_is_the_skill(verb.group(), hit.skill)
                    or (hit.end == hit.region_end and _people_named(lower, hit, named))
                ):
                    continue
            for s, _e, _skill in near:
                if start < s < end:
                    end = s
            if end < hit.end and start < hit.head_start and not hit.functions:
                # cut before a name in the object: keep the verb, not the words that lead to the
                # name ("manipulate [large] databases", "query [our] databases")
                space = lower.find(" ", start, end)
                if space > 0 and not lower[start:space].endswith("ly"):
                    end = space
            while end > start and not lower[end - 1].isalnum():
                end -= 1
            if end <= start:
                continue
            added.append(make(start, end, hit.skill))
            gave_way.update(yields)
            taken.add(start, end, hit.skill)
            longest = max(longest, end - start)
            if start == hit.head_start and end == hit.region_end:
                object_mentions.add((start, end))
            head = (hit.head_start, hit.region_end)
            if (
                end < head[0] < hit.end
                and _names_the_skill(lower[head[0] : head[1]], hit.skill)
                and not any(s < head[1] and head[0] < e for s, e, _ in near)
            ):
                # the mention was cut before a name in the object, and the object's head is a word of
                # the skill's name: it names the skill too ("define [reporting] requirements" gives
                # "define" and "requirements")
                added.append(make(head[0], head[1], hit.skill))
                taken.add(head[0], head[1], hit.skill)
        if not added:
            return matches
        if gave_way:
            matches = [m for m in matches if (m.start, m.end) not in gave_way]  # type: ignore[attr-defined]
        return sorted(matches + added, key=lambda m: m.start)  # type: ignore[attr-defined]

    def _kind_of_model(self, lower: str, hit: TaskHit, named: Skill) -> bool:
        """Whether ``hit`` does to a model what the life cycle does to every model, and its object
        is named as a kind of model: "[validating] predictive models", "[tuning] neural networks"
        keep the verb as well as the named method. Not "optimize [data models]" (a schema), nor a
        verb of building ("develop predictive models" is the method itself)."""
        return (
            hit.skill.category in _LIFE_CYCLE_CATEGORIES
            and named.category in MODEL_CATEGORIES
            and self._object_lemma.get(lower[hit.head_start : hit.region_end]) in _MODEL_OBJECTS
        )

    def _later_verb_phrase(self, lower: str, hit: TaskHit, start: int) -> bool:
        """Whether the mention at ``start`` that covers ``hit``'s object is the phrase of a later verb
        of the same series, not the object's own name: "build, validate, and [monitor models]"
        leaves "validate" its object."""
        if not hit.start < start < hit.head_start:
            return False
        space = lower.find(" ", start, hit.head_start)
        if not (space > start and lower[start:space] in self._verb_lemma):
            return False
        if hit.end <= start:
            return True  # an earlier verb of the series, its own word: "validate" above
        # a hit that takes the phrase: ``start`` must be a verb of its own series, only series
        # gaps and verbs between ("test, and [debug software]"; not "ship [forecasting models]")
        word = _WORD.match(lower, hit.start)
        pos = word.end() if word is not None else hit.start
        for _ in range(_SERIES_VERBS):
            gap = _SERIES.match(lower, pos)
            if gap is None or gap.end() == pos:
                return False
            if gap.end() == start:
                return True
            word = _WORD.match(lower, gap.end())
            if word is None or word.group() not in self._verb_lemma:
                return False
            pos = word.end()
        return False

    def _listed_noun(self, lower: str, end: int, word: str, series: list[tuple[int, int, str]]) -> bool:
        """Whether ``word`` (ending at ``end``), a verb form in -ing or a plural after a list's comma
        or conjunction, is a noun a verb of the series takes: "provide leadership, [training] and
        coaching to junior staff", "generate reports, [charts] and graphs"; not a modifier ("provide
        your license or [training] certificates") nor a verb with its own object ("collects data and
        [reports] findings")."""
        lemma = self._object_lemma.get(word)
        after = next_word(lower, end)
        return (
            lemma is not None
            and (word.endswith("ing") or (word != lemma and word.endswith("s")))
            and (not after or after in _WINDOW_STOP)
            and any((verb, lemma) in self._rules for _vs, _ve, verb in series)
        )

    def _listed_participle(self, lower: str, end: int, word: str, series: list[tuple[int, int, str]]) -> bool:
        """Whether ``word`` (ending at ``end``), a verb form after a list's comma or conjunction, is a
        participle read as an adjective of the object: "load large, messy, [structured] and unstructured
        datasets". A verb that opens a new clause takes the form of the series' verbs ("Cleaned data and
        [structured] reports" in a résumé), so a participle after verbs in another form modifies a noun;
        but one right before an object of its own verb names its own task: "write sophisticated and
        [optimized] queries" asks for query optimization."""
        lemma = self._verb_lemma.get(word)
        if lemma is None or word == lemma or not (word.endswith("ed") or word in _PARTICIPLES):
            return False
        if (lemma, self._object_lemma.get(next_word(lower, end), "")) in self._rules:
            return False
        return not any(_is_participle(_WORD.match(lower, vs)) for vs, _ve, _verb in series)

    def _implied(self, skill: Skill) -> frozenset[str]:
        found = self._implied_by.get(skill.id)
        if found is None:  # bounded by the taxonomy's size
            found = self._implied_by[skill.id] = frozenset(self._taxonomy.implied_by(skill.id))
        return found

    def __bool__(self) -> bool:
        return bool(len(self._verbs))

    @property
    def object_forms(self) -> dict[str, str]:
        """Every object form (singular and plural) with its lemma: the things the rules' verbs act on."""
        return self._object_lemma

    def is_verb_form(self, word: str) -> bool:
        """Whether ``word`` is an inflection of a rule's verb ("collaborating"), not a noun of action
        ("collaboration")."""
        return word in self._verb_lemma and word not in self._nominal

    @property
    def verb_lemmas(self) -> dict[str, str]:
        """Every verb form (inflections and nouns of action) with its lemma."""
        return self._verb_lemma

    def in_company_voice(self, lower: str, pos: int, segments: SegmentIndex, names: bool = True) -> bool:
        """Whether a phrase found by other means (a skill's pattern: "solve hard problems", "work
        closely with") that opens with a verb at ``pos`` states what the employer does: "We solve
        the hardest problems in logistics", "Our mission is to help clients solve …", "Acme builds
        strong relationships …". Not where the sentence turns to the candidate ("we are looking for
        someone who can solve …", "we expect you to …"), to the role or the team at work ("our
        analysts present …", "our pricing team works closely with …"), nor in a requirement, and
        never for a noun of action ("solutions to problems")."""
        word = _WORD.match(lower, pos)
        if word is None or word.group() in self._nominal:
            return False
        lemma = self._verb_lemma.get(word.group())
        if lemma is None:
            return False
        seg = segments.segment_at(pos)
        if seg is None or seg.level in ("required", "preferred"):
            return False  # a requirement in the company's words: "We improve business processes, so …"
        start = max(seg.sentence_start, pos - 160)
        lead_in = _LEAD_IN.match(lower, start)
        if lead_in is not None:
            start = lead_in.end()
        prefix = lower[start:pos]
        if (
            _CANDIDATE_SUBJECT.search(prefix)
            or _SEEKS.search(prefix)
            or _ROLE_WILL.search(prefix)
            or _ROLE_SUBJECT.search(prefix)
        ):
            return False
        if _WE.search(prefix) or _OUR_OPENS.match(prefix):
            return True
        # A name as the subject of a verb in the third person: "Acme Health [builds] …" (``names``:
        # read so, where a capitalised role may stand there too: "Position [works closely] with")
        return (
            names
            and _third_person(word.group(), lemma)
            and _NAME_SUBJECT.fullmatch(segments.text, start, pos) is not None
        )

    def verb_forms(self) -> Iterator[tuple[str, tuple[int, str]]]:
        """Each verb form with (its length, its lemma): what the verb automaton holds, for a
        caller that finds them in its own pass over the text (see :meth:`find`)."""
        for form, lemma in self._verb_lemma.items():
            yield form, (len(form), lemma)
        for form, lemma in self._object_nominal.items():
            yield form, (len(form), lemma)

    def find(
        self,
        cased: str,
        lower: str,
        segments: SegmentIndex | None,
        verbs: Iterable[tuple[int, tuple[int, str]]] | None = None,
        lines: str | None = None,
        words: WordIndex | None = None,
        named_verbs: Container[int] = (),
    ) -> list[TaskHit]:
        """Task phrases in ``lower`` (the case-folded ``cased``) that ask something of the candidate.

        ``segments`` gives the posting's sections; None (a résumé) keeps only the clause test.
        ``verbs``: where the forms of :meth:`verb_forms` end in ``lower``, (end, value) in the
        order an Aho-Corasick pass yields them, when the caller has found them (else found here).
        ``lines``: ``lower`` with the line breaks that end a line kept (see ``lines.hard_breaks``):
        a series of verbs and its object are read within one line, never into the next item.
        ``words``: the posting's :class:`.words.WordIndex` (built here when not given).
        ``named_verbs``: the starts of verbs that name a skill of their own and stand as its mention
        ("collaborate", "influencing"): the phrase they open asks where that mention does ("Collaborate
        with IT stakeholders" in running text is stakeholder management as it is collaboration).
        """
        if not self:
            return []
        hits: list[TaskHit] = []
        text = lower if lines is None else lines
        consumed = 0  # verbs already read as part of an earlier series
        last = len(lower)
        for end, (length, lemma) in self._verbs.iter(lower) if verbs is None else verbs:
            start = end - length + 1
            end += 1
            if start > 0 and (lower[start - 1].isalnum() or lower[start - 1] in "+#-'"):
                continue
            if end < last and (lower[end].isalnum() or lower[end] in "+#-"):
                continue
            if (
                lemma != lower[start:end]
                and lemma not in _KNOWING
                and (lower.endswith("ed", start, end) or lower[start:end] in _PARTICIPLES)
            ):
                # a participle of a passive clause ("ensure the data is [cleaned] and validated"), read
                # whether or not an earlier verb of its series was
                hits.extend(self._passive_hits(text, start, end, lemma, segments))
            if start < consumed:
                continue
            series = [(start, end, lemma)]
            pos = end
            while len(series) < _SERIES_VERBS:
                # _SERIES needs one of _SERIES_STARTS after spaces and tabs: tested without the regex first
                head = text[pos : pos + 16].lstrip(" \t")
                if head and not head.startswith(_SERIES_STARTS):
                    # a verb's own preposition before the next verb, which names their shared object:
                    # "present [to] and communicate with executives", "work [with] and mine large data"
                    own = _OWN_PREPOSITION.match(text, pos)
                    if own is None:
                        break
                    gap = _SERIES.match(text, own.end())
                    word = _WORD.match(text, gap.end()) if gap is not None and gap.end() > own.end() else None
                    if word is None or word.group() not in self._verb_lemma:
                        break
                    pos = own.end()
                gap = _SERIES.match(text, pos)
                if gap is None or gap.end() == pos:
                    break
                word = _WORD.match(text, gap.end())
                if word is not None and is_adverb(word.group()) and word.group() not in self._verb_lemma:
                    # an adverb before the series' next verb: "parses, manipulates, and [statistically]
                    # analyzes data"
                    after = _WORD.match(text, word.end() + 1) if next_word(text, word.end()) else None
                    if after is not None and after.group() in self._verb_lemma:
                        word = after
                if word is not None and word.group() not in self._verb_lemma:
                    if _listed_verb(cased, text, pos, gap.end(), word.group(), series[0], self._verb_lemma):
                        # a verb of a comma list that is no task verb: "predict, [quantify] or
                        # forecast … metrics", "build, forecast, and [report] on metrics"
                        series.append((word.start(), word.end(), ""))
                        pos = word.end()
                        continue
                    # a last verb that is no task verb but shares the object: "present and [discuss]
                    # information", "identify and [address] their needs" (no rule of its own)
                    if _bridging_verb(text, pos, gap.end(), word.group(), series[-1], self._verb_lemma):
                        series.append((word.start(), word.end(), ""))
                        pos = word.end()
                    break
                if word is None:
                    break
                series.append((word.start(), word.end(), self._verb_lemma[word.group()]))
                pos = word.end()
            consumed = pos
            # A noun of action ("manipulation", "development and tuning") or a gerund may take its
            # object after "of": "manipulation of large data sets"; a noun of action needs the "of".
            head = text[pos : pos + 16].lstrip(" \t")
            of = _OF.match(text, pos) if not head or head.startswith("of") else None
            if of is not None and lower[series[-1][0] : pos] in _KNOWLEDGE_GERUNDS:
                continue  # "an understanding of trends" is knowledge had, no work asked
            bare = of is not None and self._bare_noun(cased, lower, series)  # base forms read as nouns
            nominal_of = of is not None and (lower[series[-1][0] : pos] in self._nominal or bare)
            if of is not None and (lower.endswith("ing", 0, pos) or nominal_of):
                pos = of.end()
            else:  # without "of", a noun of action ends a list of nouns: "exploration, solving problems"
                while any(lower[vs:ve] in self._nominal for vs, ve, _ in series):
                    series = series[1:]
                if not series:
                    continue
            # the object: functions' names as written ("partner with Data Engineering and Finance"), or a noun
            heads = self._function_heads(cased, pos, series)
            functions = bool(heads)
            if not functions:
                heads = self._object(text, pos, series, cased)
            if not heads:
                continue
            # The series asks where one of its verbs opens an asking clause: "pipelines to
            # organize, [collect and standardize data]" counts from "collect".
            purpose_only = False  # only a purpose asks: "build models to [forecast demand]"
            earlier_purpose = (
                False  # verbs before the one that asks are a purpose: "analysis to [predict], …, and interpret trends"
            )
            # nouns of action joined to a verb's own noun are one noun phrase, which asks as a whole
            # where one of its words does: "[oversee] the design and execution of pricing experiments"
            phrase_asks = bare
            for start, verb_end, verb in series:
                if (start in named_verbs and not self._employer_does(lower, start, segments)) or _asks(
                    lower,
                    start,
                    segments,
                    _third_person(lower[start:verb_end], verb),
                    self._verb_lemma,
                    nominal=nominal_of
                    and (lower[start:verb_end] in self._nominal or (bare and verb == lower[start:verb_end])),
                ):
                    earlier_purpose = (
                        start > series[0][0]
                        and any(rule[4] for _hs, _he, rules in heads for rule in rules if rule[0] < start)
                        and _asks(lower, series[0][0], segments, verbs=self._verb_lemma, purpose=True)
                    )
                    if phrase_asks:
                        start, earlier_purpose = series[0][0], False
                    break
            else:
                start = series[0][0]
                first = lower[start : series[0][1]]
                # a noun of action, or before "of" a gerund or a verb joined to one: "[lead] the
                # analysis of", "[contribute] to the ongoing training of", "[oversee] the design and …"
                if (
                    first in self._nominal or (of is not None and (first.endswith("ing") or bare))
                ) and self._governed_asks(lower, start, segments):
                    pass
                elif any(rule[4] for _hs, _he, rules in heads for rule in rules) and _asks(
                    lower, start, segments, verbs=self._verb_lemma, purpose=True
                ):
                    purpose_only = True
                elif (
                    series[0][2] not in _GOAL_VERBS
                    and _INSTRUMENT_TO.search(lower, max(0, start - 60), start)
                    and _asks(lower, start, segments, verbs=self._verb_lemma, purpose=True)
                ):
                    pass  # what a built instrument is for is the work: "develop tools to [integrate] models"
                else:
                    continue
            for n, (head_start, head_end, rules) in enumerate(heads):
                if _is_title(cased, start, head_end):
                    break
                # The verb that takes the whole phrase: the one next to the object, or, where that
                # verb has no rule for it, the last one that has ("building and [running] stable,
                # scalable pipelines": building … pipelines).
                phrase_end = max(ve for _vs, ve, _skill, _span, _purpose in rules)
                for vs, ve, skill, span, purpose in rules:
                    if (vs < start and not (purpose and earlier_purpose)) or (purpose_only and not purpose):
                        continue
                    if n and span == "verb":
                        continue
                    spans: tuple[tuple[int, int], ...]
                    if n and span != "object" and ve != phrase_end:
                        # an earlier verb of the series on a later noun of a list: its own word, so
                        # the verb next to the list keeps the noun ("test and deploy pipelines and
                        # [models]" is model deployment)
                        spans = ((vs, ve),)
                    elif span == "object" or n:  # a later noun of a list: "with peers and [customers]"
                        spans = ((head_start, head_end),)
                    elif span == "verb":
                        spans = ((vs, ve),)
                    elif ve == phrase_end and not any(
                        not lemma and ve < ls and "," in lower[ve:ls] for ls, _le, lemma in series
                    ):  # the verb next to the object: the whole phrase, or a long one's verb and object
                        spans = _phrase_spans(lower, vs, ve, head_start, head_end, skill)
                    else:  # an earlier verb of the series, or one before a listed verb: its own word
                        spans = ((vs, ve),)
                    hits.extend(TaskHit(s, e, skill, head_end, head_start, functions) for s, e in spans)
        if self._agent_re is not None:
            hits.extend(self._agent_hits(lower, segments, words if words is not None else word_index(cased)))
        return hits

    def _passive_hits(
        self, lower: str, start: int, end: int, lemma: str, segments: SegmentIndex | None
    ) -> Iterator[TaskHit]:
        """The participle at [start, end) of a passive clause whose subject is the object of a rule of its
        verb, the clause the complement of a frame of making sure that asks: "Ensure the data is [cleaned]
        and validated", "ensuring models are [deployed] and monitored", "work with engineering to ensure
        metrics are defined and [tested]" (not "we ensure our data is validated", company prose)."""
        be = _PASSIVE_BE.search(lower, max(0, start - _PASSIVE_REACH), start)
        if be is None:
            return
        frame = _PASSIVE_FRAME.search(lower, max(0, be.start() - _PASSIVE_REACH), be.start())
        if frame is None:
            return
        subject = frame.group("subject").split()
        if any(word in _WINDOW_STOP or (word.endswith("ed") and word in self._verb_lemma) for word in subject):
            return  # "ensure the quality of the reports is …", "ensure work delivered is …"
        head = frame.group("head")
        rules = self._rules.get((lemma, self._object_lemma.get(head, "")))
        if not rules:
            return
        modifier = subject[-1] if subject else ""
        found = [
            skill
            for skill, _span, not_after, needs, _purpose in rules
            if modifier not in not_after and (not needs or not needs.isdisjoint(subject))
        ]
        if not found:
            return
        at = frame.start("frame")
        verbs = self._frame_verbs
        word = _WORD.match(lower, at)
        if not (
            _asks(lower, at, segments, word is not None and _third_person(word.group(), "ensure"), verbs)
            or _asks(lower, at, segments, verbs=verbs, purpose=True)
        ):
            return
        for skill in found:
            yield TaskHit(start, end, skill, frame.end("head"), frame.start("head"))

    def _bare_noun(self, cased: str, lower: str, series: list[tuple[int, int, str]]) -> bool:
        """Whether verbs in their base form before "of" are nouns of action, as a noun of action joined
        to them shows: "the design and maintenance of reporting tools", "design, refinement, and
        implementation of databases" (not alone: "a team of engineers", "the work of others"; nor a
        capitalised word inside a sentence, part of a name: "the Data Management Plan, selection of …")."""
        if len(series) == 1:
            start, end, lemma = series[0]
            # a noun of action spelt as its verb, after an article: "the design of schemas"
            return (
                lemma in _ZERO_NOMINALS
                and lower[start:end] == lemma
                and _ARTICLE_BEFORE.search(lower, max(0, start - 6), start) is not None
            )
        if not any(lower[start:end] in self._nominal for start, end, _lemma in series):
            return False
        return not any(
            lemma == lower[start:end]
            and cased[start].isupper()
            and lower[max(0, start - 20) : start].rstrip(" \t")[-1:] not in ("", "\n", ".")
            for start, end, lemma in series
        )

    def _employer_does(self, lower: str, pos: int, segments: SegmentIndex | None) -> bool:
        """Whether the verb at ``pos`` states what the employer does ("how we [communicate] with …")."""
        return segments is not None and self.in_company_voice(lower, pos, segments)

    def _agent_hits(self, lower: str, segments: SegmentIndex | None, words: WordIndex) -> Iterator[TaskHit]:
        """Agent nouns after a word of quality that describe the candidate: "an excellent [presenter]",
        "a seasoned [coach] who enjoys …", "strong [collaborator]"; in a requirement or a duty, or
        after "you are" (not "our leaders", nor a plural: "work with strong leaders" names others)."""
        for found in self._agent_nouns(lower, words):
            start, end = found.span()
            before = _QUALITY_BEFORE.search(lower, max(0, start - 40), start)
            if before is None or before.group("quality") not in _AGENT_QUALITIES:
                # "Excellent listener, communicator, collaborator and [presenter]": the last of a series of agent
                # nouns that a word of quality opens
                before = _SERIES_BEFORE.search(lower, max(0, start - 80), start)
                if before is None or before.group("quality") not in _AGENT_QUALITIES:
                    continue
            if end < len(lower) and (lower[end].isalnum() or lower[end] in "-'’"):
                continue  # "leader-board", "leader's"
            if lower.startswith(" in ", end):
                continue  # a company's standing: "a proven leader in audience measurement"
            if _IS_A.search(lower, max(0, before.start() - 12), before.start()) and not _YOU_ARE.search(
                lower, max(0, before.start() - 40), before.start()
            ):
                continue  # "Acme, Inc. is a proven leader": a company described
            if describes_candidate(lower, before.start(), segments):
                skill = self._agents[found.group()]
                yield TaskHit(start, end, skill, end, start)

    def _agent_nouns(self, lower: str, words: WordIndex) -> Iterator[re.Match[str]]:
        """The matches of ``_agent_re.finditer(lower)``, the pattern tried only where one of the agent
        nouns starts a word of the posting (``words``)."""
        pattern = self._agent_re
        assert pattern is not None
        if self._agent_words is None:
            yield from pattern.finditer(lower)
            return
        yield from words.finditer(pattern, lower, self._agent_words)

    def _governed_asks(self, lower: str, pos: int, segments: SegmentIndex | None) -> bool:
        """Whether the noun of action at ``pos`` is the object of a verb or frame that asks: "[Lead]
        the analysis of requirements", "responsible for the management of projects", also with up to
        three modifiers before the noun: "[conduct] full lifecycle analysis of", "[contribute] to the
        initial and recurrent training of"."""
        return self._governed_directly(lower, pos, segments) or self._coordinated_with_governed(lower, pos, segments)

    def _governed_directly(self, lower: str, pos: int, segments: SegmentIndex | None) -> bool:
        at = pos
        for _ in range(_GOVERNED_MODIFIERS + 1):
            if self._governed_at(lower, at, segments):
                return True
            modifier = _MODIFIER_BEFORE.search(lower, max(0, at - 30), at)
            if (
                modifier is None
                or modifier.group("word") in _NOT_MODIFIERS
                or modifier.group("word") in self._verb_lemma
            ):
                return False
            at = modifier.start()
        return False

    def _coordinated_with_governed(self, lower: str, pos: int, segments: SegmentIndex | None) -> bool:
        """Whether the noun of action at ``pos``, after "and the" (or a comma), is a later item of a
        list of nouns of action whose first one asks: "[assist in] the development of metrics and
        the design of schemas". The first noun of action of the clause, within a bounded reach,
        decides."""
        if _COORDINATED_NOUN.search(lower, max(0, pos - 16), pos) is None:
            return False
        start = max(0, pos - _COORDINATION_REACH)
        cut = _ANTECEDENT_CUT.search(lower[start:pos][::-1])
        if cut is not None:
            start = pos - cut.start()
        for earlier in _NOUN_OF.finditer(lower, start, pos):
            word = earlier.group(1)
            if word in self._nominal or (
                word in _ZERO_NOMINALS and _ARTICLE_BEFORE.search(lower, max(0, earlier.start() - 6), earlier.start())
            ):
                return self._governed_directly(lower, earlier.start(), segments)
        return False

    def _governed_at(self, lower: str, pos: int, segments: SegmentIndex | None) -> bool:
        """:meth:`_governed_asks` for the words right before ``pos``."""
        lead = _GOVERNOR.search(lower, max(0, pos - 40), pos)
        if lead is None:
            return False
        if lead.group("article") and _asks(lower, lead.start("article"), segments):
            return True  # a frame before the article: "responsible for [the] management of …"
        word = lead.group("verb")
        if word is None or _GOVERNORS.get(word) is None:
            return False
        return _asks(lower, lead.start("verb"), segments, _third_person(word, _GOVERNORS[word]), self._verb_lemma)

    def _object(
        self, lower: str, pos: int, series: list[tuple[int, int, str]], cased: str | None = None
    ) -> list[tuple[int, int, list[tuple[int, int, Skill, str, bool]]]]:
        """The object heads within the window that a rule pairs with a verb of the series: the last
        such noun of each coordinated noun phrase ("manage data clean-up [projects]", "collaborate
        with [peers] and [customers]"), or a pronoun that stands for one ("mine [them]")."""
        window = _WINDOW_RUN.match(lower, pos)
        if window is None:
            return []
        first = _OBJECT_WORD.match(lower, window.start() + len(window.group()) - len(window.group().lstrip(" \t")))
        if first is not None and first.group() in _PRONOUN_OBJECTS and self._is_pronoun(lower, first, cased):
            return self._pronoun_object(lower, first, series)
        heads: list[tuple[int, int, list[tuple[int, int, Skill, str, bool]]]] = []
        pending = None  # the head of the noun phrase being read
        pending_mass = False
        previous = ""
        phrase: set[str] = set()  # the window's words before the current one ("support to [junior] team members")
        n = 0  # window words read, conjunctions not counted
        setting = False
        setting_with = False  # the setting follows "with", "across" or "alongside"
        listed = later = False  # right after a comma or conjunction; in a later noun phrase of a list
        items = 0  # later items of a comma-separated list read
        last_end = pos
        checks = any(verb in _CHECKING_VERBS for _vs, _ve, verb in series)
        # A word runs into the next line's first only before a capital (_glued_end): a window
        # without one (most) has no such word, and its words are read whole.
        capitals = cased is not None and _has_capital(cased, pos, window.end())
        if not capitals and not checks and not self._may_hold_head(lower, pos, window.end(), series):
            return []  # no word of the window is an object any verb of the series takes: none is found below
        glued = False  # the last word read ran into the next line's first: the object ends there
        joined_adverb = False  # the next word is a leading adverb joined to the first one
        aside = False  # the word is inside parentheses
        before_start = pos  # where the word before the current one starts
        for word in _OBJECT_WORD.finditer(lower, pos, window.end()):
            if glued:
                break
            word_start, word_end = word.span()
            if capitals and cased is not None:
                # a line break lost between a noun and the next line's capitalised word:
                # "collecting [requirements]Ability to …" reads "requirements", then stops
                cut = _glued_end(cased, word_start, word_end)
                if cut is not None:
                    word_end, glued = cut, True
            text = lower[word_start:word_end]
            if cased is not None and lower.startswith(":", word_end) and cased[word_start].isupper():
                break  # a heading run into the line: "maintain application software Requirements: …"
            gap = lower[last_end:word_start]
            before_at = before_start, last_end  # the word before this one
            before = lower[before_start:last_end]
            before_start, last_end = word_start, word_end
            if aside or "(" in gap:
                # a word of an aside in parentheses (the window holds only closed ones): passed over, but
                # not after a plural, which it glosses ("Listening Posts (data sources) include …"; not a
                # quantity: "large quantities (millions of rows) of data", nor a name: "RDBMS (e.g., …)"), nor
                # after a preposition, whose object it replaces ("working in (or doing analysis for) …")
                if not aside and (
                    before in _WINDOW_STOP
                    or (
                        _plural_like(before)
                        and before not in _QUANTITIES
                        and (cased is None or not cased[before_at[0] : before_at[1]].isupper())
                    )
                ):
                    break
                aside = ")" not in gap
                if aside:
                    continue
                gap = gap[gap.index(")") + 1 :]
            if joined_adverb:
                joined_adverb = False
                continue
            if n == 1 and "," not in gap and is_adverb(previous, self._object_lemma):
                # two leading adverbs joined by a conjunction read as one: "work [closely and
                # collaboratively] with", "work cooperatively & proactively with"
                if text in _WINDOW_CONJUNCTIONS and is_adverb(next_word(lower, word_end), self._object_lemma):
                    joined_adverb = True
                    continue
                if "&" in gap and is_adverb(text, self._object_lemma):
                    continue
            if n and ("," in gap or "&" in gap or text in _WINDOW_CONJUNCTIONS):
                # a list ("supervised, unsupervised, and reinforcement learning models")
                if pending is not None:
                    heads.append(pending)
                    pending = None
                listed = later = True
                if text in _WINDOW_CONJUNCTIONS:
                    continue
            elif "," in gap or "&" in gap:
                break  # "deploy, monitor": a series the caller has read, not an object
            if (
                listed
                and text in self._verb_lemma
                and text not in _NOT_VERBS  # "product, [engineering] and marketing teams": a function's name
                and not self._listed_noun(lower, word_end, text, series)
                # a noun of action before a noun is its modifier: "business and [development] teams"
                and (text not in self._nominal or _MODIFIED_NOUN.match(lower, word_end) is None)
                and not self._listed_participle(lower, word_end, text, series)
            ):
                break  # a verb after a list starts a new clause: "analyze trends and build reports"
            if listed and text not in _WINDOW_STOP:  # (not "work independently and [to] build …")
                items += 1
            listed = False
            # before the first head, each later item of a list of modifiers is one more word the
            # object may take, after a comma or a conjunction: "integrate large clinical, molecular,
            # biosignal and imaging [datasets]", "work with development and internal IT [teams]"
            reach = _WINDOW_WORDS if heads or pending is not None else _WINDOW_WORDS + min(items, _WINDOW_ITEMS)
            if n >= reach:
                if heads or (
                    pending is not None and pending[1] == word_start - 1 and self._people_modify(lower, pending, text)
                ):
                    pending = None  # a later noun phrase cut short: its last word may be a modifier
                break
            if (
                later
                and pending is not None
                and text not in _WINDOW_STOP
                and not (pending_mass and text in _SETS)
                and not is_adverb(text, self._object_lemma)
            ):
                pending = None  # "present A and [product] adoption material": the noun was a modifier
            n += 1
            if n == 1 and text == "that" and self._object_follows(lower, word_end):
                previous = text  # a determiner, not a new clause: "tell [that] story", "validate that data"
                continue
            if text == "of" and setting_with and previous in _SETTINGS and pending is None:
                n = 1  # "work with a small team of research [engineers]": the group's people, read afresh
                previous = text
                continue
            if text == "of" and previous in _QUANTITIES and pending is None and not heads:
                # "partner with a diverse set of [stakeholders]", "manage a portfolio of [projects]": the
                # quantity counts its things, which are the object, read afresh (and no setting: "work
                # with a variety of [teams]" works with them)
                n, setting, previous = 1, False, text
                continue
            if text in _WINDOW_STOP and not (n == 1 and text in _LEADING_PREPOSITIONS):
                # "analyze large volumes of data": "of" after a quantity continues the object, and
                # after a quality no rule took as the object ("improve [performance] of queries" is
                # performance optimization) where a verb of the series checks it;
                # "work closely with", "work well across": a preposition after a leading adverb
                if not (
                    text == "of"
                    and (
                        previous in _QUANTITIES
                        or (checks and pending is None and (previous in _QUALITIES or previous in _SOUNDNESS))
                    )
                ) and not (
                    n == 2
                    and text in _LEADING_PREPOSITIONS
                    and (
                        previous.endswith("ly")
                        or ((previous == "well" or previous in _WITH_OTHERS_ADVERBS) and text in _WITH_OTHERS)
                    )
                ):
                    break
                if text == "of" and (previous in _QUALITIES or previous in _SOUNDNESS):
                    # "verify the consistency and accuracy of the [data]": the qualities' thing opens a noun
                    # phrase of its own, read on (the list before "of" was of qualities)
                    n -= 1
                    later = False
            if n == 2 and text in _INDEFINITE and previous in _LEADING_PREPOSITIONS:
                setting = True  # "working with a highly skilled team" describes the job, asks nothing
                setting_with = previous in _WITH_OTHERS
            modifier, previous = previous, text
            phrase.add(modifier)
            if (
                pending is not None
                and pending[1] == word_start - 1
                and (
                    text in _INSTRUMENT_NOUNS
                    or text in _MODELLED
                    or (pending_mass and text in self._nominal)
                    or self._people_modify(lower, pending, text)
                )
            ):
                # "develop [analysis] tools", "manage [data] collection and synthesis", "work with [customer]
                # data": the noun was a modifier
                pending = None
            # each part of a slashed word is a head of its own verbs' rules: "collect, analyze and organize
            # research [information/data]" collects data and analyzes information
            found: list[tuple[int, int, Skill, str, bool]] = []
            for part in (text, *text.split("/")) if "/" in text else (text,):  # "people/process"
                lemma = self._object_lemma.get(part)
                model_rules = self._model_like(lower, part, phrase, series)
                if model_rules or (lemma is not None and not (setting and lemma in _SETTINGS)):
                    rules = model_rules + [
                        (vs, ve, skill, span, purpose)
                        for vs, ve, verb in series
                        if not any(vs == model[0] for model in model_rules)  # "[monitor] ML systems": the models
                        for skill, span, not_after, needs, purpose in self._rules.get((verb, lemma or ""), ())
                        if modifier not in not_after  # "improve [campaign] performance"
                        and (not needs or not needs.isdisjoint(phrase))  # "support [junior] engineers"
                    ]
                    if rules:
                        if not found:
                            pending_mass = lemma in _MASS_OBJECTS  # "clean [data] sets"
                        found.extend(r for r in rules if not any(r[0] == f[0] and r[2] is f[2] for f in found))
            if found:
                pending = word_start, word_end, found
        if pending is not None:
            heads.append(pending)
        if not heads and checks:
            # a quality with no "of", whose thing the clause named before: "deploy models and [monitor
            # their performance]", "build statistical models; assess quality" (the "of" is implied)
            quality = _BARE_QUALITY.match(lower, pos)
            if quality is not None:
                return self._pronoun_object(lower, quality, series, models_only=True)
        return heads

    def _may_hold_head(self, lower: str, start: int, end: int, series: list[tuple[int, int, str]]) -> bool:
        """Whether a word of the object window [start, end) (or a part of a slashed word) is a form of
        an object a verb of ``series`` takes, or a model-like head where it takes models (see
        ``_verb_heads``). Where none is, :meth:`_object` finds no head: most windows ("work [closely
        with our team]", "build [a culture of trust]") are turned away by one scan and a few lookups."""
        words = _OBJECT_WORD.findall(lower, start, end)
        for _vs, _ve, verb in series:
            heads = self._verb_heads.get(verb)
            if heads is None:
                continue
            for word in words:
                if word in heads or ("/" in word and not heads.isdisjoint(word.split("/"))):
                    return True
        return False

    def _function_heads(
        self, cased: str, pos: int, series: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, list[tuple[int, int, Skill, str, bool]]]]:
        """The names of business functions right after the verbs, as written, as their object where a
        rule of a verb of the series takes them (``functions``): "partner with [Data Engineering and
        Finance]", "work closely with [Product, Sales and Marketing] to …"; the whole series is the head."""
        if self._functions is None:
            return []
        names = self._functions.match(cased, pos)
        if names is None:
            return []
        rules = [
            (vs, ve, skill, span, purpose)
            for vs, ve, verb in series
            for skill, span, purpose in self._function_rules.get(verb, ())
        ]
        return [(names.start("names"), names.end("names"), rules)] if rules else []

    @staticmethod
    def _people_modify(lower: str, pending: tuple[int, int, object], text: str) -> bool:
        """Whether the people noun of ``pending`` modifies the next word ``text``: "customer [data]"."""
        return lower[pending[0] : pending[1]] in _PEOPLE_MODIFIERS and text in _PEOPLE_THINGS

    def _model_like(
        self, lower: str, head: str, phrase: set[str], series: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, Skill, str, bool]]:
        """The model life-cycle rules of the series' verbs where ``head`` is a built thing of machine
        learning ("ML systems", "machine learning solutions"): they act on its models. Not where a verb
        of the series chooses among them ("evaluate and recommend AI services" weighs products)."""
        if head not in _MODEL_LIKE_HEADS or any(lower[vs:ve] in _CHOOSING for vs, ve, _verb in series):
            return []
        words = {part for word in phrase for part in word.split("/")}
        if words.isdisjoint(_ML_MODIFIERS) and not ("learning" in words and not words.isdisjoint(_LEARNING_KINDS)):
            return []
        return [
            (vs, ve, skill, span, purpose)
            for vs, ve, verb in series
            for skill, span, _not_after, needs, purpose in self._rules.get((verb, "model"), ())
            if skill.category in _LIFE_CYCLE_CATEGORIES and not needs
        ]

    def _is_pronoun(self, lower: str, word: re.Match[str], cased: str | None) -> bool:
        """Whether "it" or "them" at ``word`` is a pronoun: not "IT" (the department: "resolution of IT
        issues"), nor a word of a noun phrase that goes on ("support it operations")."""
        start, end = word.span()
        if cased is not None and cased[start:end] != word.group():
            return False
        after = next_word(lower, end)
        return not after or after in _WINDOW_STOP or is_adverb(after, self._object_lemma)

    def _pronoun_object(
        self, lower: str, pronoun: re.Match[str], series: list[tuple[int, int, str]], models_only: bool = False
    ) -> list[tuple[int, int, list[tuple[int, int, Skill, str, bool]]]]:
        """The pronoun right after the verbs as their object, where it stands for an object a rule pairs
        with one of them, named earlier in the clause: "produce data sets and mine [them]", "obtain data
        from several sources and analyze [them]"; or a quality that stands for the thing's quality
        ("train models and evaluate [their performance]"), with ``models_only``, where the thing is a
        model and the rule one of the model life cycle."""
        start, end = pronoun.span()
        start = end - len(pronoun.group().lstrip(" \t"))
        verb_start = series[0][0]
        reach = max(0, verb_start - _ANTECEDENT_REACH)
        cut = reach
        for found in _ANTECEDENT_CUT.finditer(lower, reach, verb_start):
            cut = found.end()
        words = list(_OBJECT_WORD.finditer(lower, cut, verb_start))
        for i in range(len(words) - 1, -1, -1):
            modifier = words[i - 1].group() if i else ""
            for part in words[i].group().split("/"):
                lemma = self._object_lemma.get(part)
                if lemma is None or (models_only and lemma not in _MODEL_OBJECTS):
                    continue
                rules = [
                    (vs, ve, skill, span, purpose)
                    for vs, ve, verb in series
                    for skill, span, not_after, needs, purpose in self._rules.get((verb, lemma), ())
                    if modifier not in not_after
                    and not needs  # a word the object must carry is not in a pronoun
                    and (not models_only or skill.category in _LIFE_CYCLE_CATEGORIES)
                ]
                if rules:
                    return [(start, end, rules)]
        return []

    def _object_follows(self, lower: str, pos: int) -> bool:
        """Whether the word after ``pos`` is an object head of some rule: "that" before it is a
        determiner ("tell that story"), not the start of a clause ("ensure that the data …")."""
        return next_word(lower, pos) in self._object_lemma


def _functions_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """The pattern of a series of the functions' ``names`` (the group ``names``) after a preposition of
    working with others, matched on the text as written (see ``_FUNCTION_END``)."""
    listed = sorted(names, key=len, reverse=True)
    if not listed:
        return None
    name = r"(?:" + "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in listed) + r")(?![\w&'’-])"
    return re.compile(
        _FUNCTION_LEAD + r"(?P<names>" + name + r"(?:" + _FUNCTION_SEPARATOR + name + r"){0,7})" + _FUNCTION_END
    )


def agent_noun(verb: str) -> str | None:
    """The noun of the one who does ``verb``: collaborate → collaborator, present → presenter, lead →
    leader, mentor and coach → themselves; None for a verb of another shape."""
    if verb in ("mentor", "coach"):
        return verb
    if verb.endswith("ate") and len(verb) > 6:
        return verb[:-1] + "or"
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb + "r"
    if verb[-1:] in ("t", "d", "h", "k", "l", "n", "r") and not verb.endswith("ss"):
        return verb + "er"
    return None


# Words of quality before an agent noun that make it a trait of the candidate ("a natural leader"),
# not a post ("team leader", "project lead").
_AGENT_QUALITIES = frozenset(
    "strong excellent effective great good skilled natural seasoned proven exceptional outstanding engaging "
    "compelling confident collaborative inspiring persuasive clear articulate polished accomplished influential "
    "empathetic patient thoughtful dynamic capable credible experienced motivated self-motivated enthusiastic "
    "passionate".split()
)
_QUALITY_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?:an?[ \t]+|and[ \t]+)?(?:[a-z]+ly[ \t]+)?(?P<quality>[a-z-]+)[ \t]+\Z")
# A word of quality, then one to four agent nouns joined by commas, "and" or "or", up to the end: words that end in
# "-er", "-or" or "-st" ("analyst", "strategist"), four letters at least.
_SERIES_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?:an?[ \t]+)?(?:[a-z]+ly[ \t]+)?(?P<quality>[a-z-]++)[ \t]++"
    r"(?:[a-z-]*+(?<=[a-z][a-z](?:er|or|st))(?:,[ \t]*+(?:(?:and|or)[ \t]++)?|[ \t]++(?:and|or)[ \t]++)){1,4}\Z"
)
_IS_A = re.compile(r"\b(?:is|are)[ \t]+(?:an?[ \t]+)?\Z")
_YOU_ARE = re.compile(r"\b(?:you(?:'re|’re|[ \t]+are)|candidate[ \t]+is|you[ \t]+(?:will[ \t]+)?be)\b")


# A lower-case word run into a capitalised one where a line break was lost: "requirementsAbility".
_GLUED_CASE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def _plural_like(word: str) -> bool:
    """Whether ``word`` looks like a plural noun: "posts", "models" (not "process", "status", "analysis")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _has_capital(cased: str, start: int, end: int) -> bool:
    """Whether ``cased[start:end]`` has a letter in upper case (a capital ``_glued_end`` cuts before)."""
    window = cased[start:end]
    return window != window.lower()


def _glued_end(cased: str, start: int, end: int) -> int | None:
    """Where the word at [start, end) of ``cased`` ends when it runs into the next line's first word:
    after a lower-case word of three letters or more and before a capitalised one ("data pipelinesExperience",
    "requirementsAbility"); None for a word written whole ("PowerPoint", "iPhone", "macOS")."""
    if cased[start + 3 : end].islower():
        return None  # (most words: no capital where one could start)
    cut = _GLUED_CASE.search(cased, start + 3, end)
    if cut is None or not cased[start : cut.start()].islower():
        return None
    return cut.start()


def describes_candidate(lower: str, pos: int, segments: SegmentIndex | None) -> bool:
    """Whether the noun phrase at ``pos`` describes the candidate: "you are" before it in its clause,
    or it stands in a requirement or a duty with no company subject before it in its sentence."""
    if segments is None:
        return True
    seg = segments.segment_at(pos)
    if seg is None or segments.section_at(pos) == "other":
        return False
    prefix = lower[max(seg.sentence_start, pos - 120) : pos]
    if _YOU_ARE.search(prefix):
        return True
    if _COMPANY_SUBJECT.search(prefix) and not _CANDIDATE_SUBJECT.search(prefix):
        return False
    return segments.section_at(pos) in ASKING_SECTIONS or seg.level in ("required", "preferred")


def is_adverb(word: str, objects: Container[str] = ()) -> bool:
    """ "independently", "closely": an -ly word after the head ends the noun phrase, it modifies none
    ("lead reporting and data analysis [projects] independently", "management of multiple projects
    [simultaneously]"); "assembly", "anomaly" are nouns, and so is any word in ``objects``."""
    return len(word) > 5 and word.endswith("ly") and word not in objects and word not in _LY_ADJECTIVES


# -ly words that modify a noun after them ("weekly reports", "user-friendly dashboards").
_LY_ADJECTIVES = frozenset(
    "hourly daily weekly biweekly bi-weekly monthly quarterly yearly timely costly friendly user-friendly "
    "early likely lovely orderly scholarly elderly".split()
)


def next_word(lower: str, pos: int) -> str:
    """The word after one space at ``pos``, or ""."""
    if lower[pos : pos + 1] != " ":
        return ""
    word = _OBJECT_WORD.match(lower, pos + 1)
    return word.group() if word is not None else ""


# A verb of working with people, its partners and an infinitive of what they do together: "work
# closely with analysts to", "collaborate with the product team to understand and"; or a verb of
# using, its tools and an infinitive of what they are used for: "Use SQL and Python to", "leverage
# statistical methods to". The partners or tools are a few words within the sentence ([^.;:] is
# bounded by the clause's 120 characters).
_WITH_TO = re.compile(
    r"\b(?:(?:work|partner|collaborat|liais|cooperat|consult|engag|interact|interfac|coordinat|communicat|meet)"
    r"(?:e?s|e?d|ing|e)?[ \t]+(?:[a-z]+(?:-[a-z]+)?ly[ \t]+)?(?:with|alongside)"
    r"|(?:us|leverag|utiliz|utilis|employ)(?:e|es|ed|ing|s)?|appl(?:y|ies|ied|ying))"
    r"[ \t][^.;:]{1,80}?(?P<to>[ \t]to[ \t]+)(?:[a-z]+,?[ \t]+(?:and|&)[ \t]+)?\Z"
)


def _third_person_form(lower: str, pos: int) -> bool:
    """Whether the word at ``pos`` looks like a verb in the third person singular: "works", "uses"."""
    word = _WORD.match(lower, pos)
    return word is not None and word.group().endswith("s") and not word.group().endswith("ss")


# The "to" of an infinitive of purpose after other words: "build models [to] forecast demand".
_TO_END = re.compile(r"\S[ \t]+to[ \t]+(?:[a-z]{3,}ly[ \t]+)?\Z")
# "… will be [used] here to make decisions": what a thing is used for, no task of the candidate.
_PASSIVE = re.compile(r"\b(?:be|is|are|was|were|been|being)[ \t]+\Z")
_RELATIVE = re.compile(r"\b(?:that|which|who|whose|where)\b")
_BE = re.compile(r"\b(?:be|is|are|was|were|been|being)\b")
# A clause that goes on after "and": "build dashboards and …".
# … or "and to" after an infinitive frame: "ability to work alone and to [build] a strong team".
# "… and [effectively] present": an adverb may stand before the later verb, though not before a
# participle, which it makes an adjective ("robust and fully automated processes").
_AND_END = re.compile(r"\S\s+(?:and|&|as\s+well\s+as)\s+(?:to\s+)?(?P<adverb>[a-z]{3,20}ly\s+)?$")
# The longest verb phrase read before "and": a verb and up to seven words ("identify trends within the data").
_EARLIER_REACH = 7
# Words before the "and" after which it more likely joins two nouns or modifiers than two verb
# phrases: "working with analysts and [partner] managers", "serve as an advisor and [partner]",
# "presents comparative clinical and [aggregate] data", "datasets that support the training and …".
_NOUN_LIST_CUES = frozenset("with as that which who whose where and or".split())
# … but where the earlier verb is the infinitive of a frame ("ability to [troubleshoot] missing or incomplete data
# and propose", "able to [prioritize] requests and stories by company goals and manage"), the word after "to" is a
# verb whatever stands between: its object may be a list, and the phrase longer.
_INFINITIVE_REACH = 12
_INFINITIVE_LIST_CUES = _NOUN_LIST_CUES - {"and", "or"}
# A frame that ends in the infinitive "to" ("ability to", "desire to"): the word after it is a verb.
# … or in a modal with the candidate as its subject, whose next word is a verb too: "you will [obtain] data … and
# analyze them", "who can [code] well and prepare training data" (not "data that will [empower] and influence …").
_INFINITIVE = re.compile(
    r"(?:\bto|\byou(?:['’]ll|\s+(?:will|can|must|should|would|may|might))|\bwho\s+can)\s+"
    r"(?:\w+ly\s+(?:and|or)\s+)?(?:(?:and|or|also|both|effectively|\w+ly)\s+)?\Z"
)
# The last frame of a clause, where it has several: "do you have … a strong ability to [synthesize] concepts and
# present them" (the first, "you", is followed by "have").
_LAST_FRAME = re.compile(".*" + _FRAME.pattern.removeprefix(".*?"))
_DETERMINERS = frozenset("the a an this that these those their our your its his her my any all".split())
# One to three bare words before the "and" that opens the later verb: "generate and ",
# "interpret, record and ". Each word is letters only, so the match cannot backtrack far.
# … the first may keep its own preposition: "[learn] from and teach others".
_BARE_VERB_SERIES = re.compile(
    r"([a-z]+)(?:,[ \t]*[a-z]+){0,2},?(?:[ \t]+(?:to|with|on|for|at|in|across|from|alongside))?[ \t]+(?:and|&)[ \t]+"
)


def _earlier_verb(
    lower: str, prefix_start: int, prefix: str, verbs: dict[str, str], clause_start: int, whole: bool = False
) -> tuple[int, str] | None:
    """The verb of an earlier verb phrase of the clause, joined to the one at the prefix's end by
    "and": the clause's first word ("[build] dashboards and") or the first word after a frame that
    addresses the candidate ("able to [identify] trends and"), when it is a task verb and no more
    than a few words stand between it and the "and", or the first of one to three bare words before
    it. ``clause_start``: where the clause starts before its cuts at commas; ``whole``: it is where
    the line or sentence starts, so its first word may be a verb of any kind (see ``_other_verb``).
    None otherwise."""
    frame = _FRAME.match(prefix) or _DUTIES_INCLUDE.match(prefix)
    word = _first_verb(prefix, frame, verbs)
    if word is None and frame is not None:
        last = _LAST_FRAME.match(prefix)
        if last is not None and last.end() > frame.end():
            word = _first_verb(prefix, last, verbs)
    if word is None and frame is not None:
        # a frame inside the clause's own phrase: "[Develop] substantial knowledge of X and share …"
        word = _first_verb(prefix, None, verbs)
    if word is None and _GERUND.match(lower, prefix_start + len(prefix)):
        # the gerund right after a frame that takes one, joined by "and" to the later gerund, is a verb whatever
        # it is: "Proficiency [initiating] and driving projects", "experience [researching] and manipulating data"
        taking = _GERUND_FRAME.match(prefix) or frame
        opener = _OPENS.match(prefix, taking.end()) if taking is not None else None
        first = _WORD.match(prefix, opener.end()) if opener is not None else None
        if first is not None and first.group().endswith("ing") and first.group() not in _NOT_VERBS:
            word = first if not first.group().endswith("thing") else None
    if word is None:
        # Bare verbs sharing the later verb's object: "[generate] and present reports", "interpret,
        # record and present data" — no object of their own, so the words are verbs whatever they are.
        # Read on the whole clause, before its cut at commas: "documents data flow, systems and
        # processes" is a list of nouns.
        clause = lower[clause_start : prefix_start + len(prefix)]
        frame = _FRAME.match(clause)
        opener = _OPENS.match(clause, frame.end() if frame is not None else 0)
        series = _BARE_VERB_SERIES.fullmatch(clause, opener.end() if opener is not None else 0)
        if series is None or series.group(1) in _DETERMINERS:
            if series is None and whole and frame is None:
                return _other_verb(lower, clause_start, prefix_start + len(prefix), verbs)
            return None
        if frame is not None and _INFINITIVE.search(frame.group()) is None and not series.group(1).endswith("ing"):
            return None  # after "expertise in", "familiarity with" a bare word is a noun: "relational and graph"
        return clause_start + series.start(1), series.group(1)
    between = prefix[word.end() :].split()
    if between[-3:] == ["as", "well", "as"]:
        between[-3:] = ["and"]  # "perform as well as [direct] other scientists": one conjunction
    if len(between) > 1 and between[-1].endswith("ly") and between[-2] in ("and", "&", "to"):
        between.pop()  # "… and effectively"
    if between[-1:] == ["to"]:  # "… and to"
        between.pop()
    # ``between`` ends with the "and" itself
    reach, cues = _EARLIER_REACH, _NOUN_LIST_CUES
    if (
        frame is not None
        and _INFINITIVE.search(frame.group()) is not None
        and word.start() >= frame.end()
        # … unless an infinitive of purpose comes between, which the "and" joins the later verb to: "you will
        # [leverage] new tools to drive innovation and streamline processes" (a goal, not the work)
        and not any(w == "to" and verbs.get(n) == n for w, n in pairwise(between))
    ):
        reach, cues = _INFINITIVE_REACH, _INFINITIVE_LIST_CUES
    later = _WORD.match(lower, prefix_start + len(prefix))
    if word.group().endswith("ing") and later is not None and later.group().endswith("ing"):
        # two gerunds: "with" is the earlier one's own preposition, not a list of the people it names ("[sharing]
        # expertise with other team members and leading …")
        cues = cues - {"with"}
    if len(between) > reach + 1 or any(w in cues for w in between[:-1]):
        return None
    return prefix_start + word.start(), word.group()


# Endings of nouns and adjectives, and words that open a line as a noun phrase's modifier
# ("Strong communication skills and …"): a line's first word with one of them is not a verb.
_NOT_VERB_ENDINGS = (
    "tion",
    "sion",
    "ment",
    "ness",
    "ance",
    "ence",
    "ship",
    "al",
    "tive",
    "sive",
    "ous",
    "ic",
    "ful",
    "able",
    "ible",
    "ent",
    "ant",
    "ism",
    "ogy",
    "cy",
    "ry",
    "ty",
    "ly",
)
_NOT_VERBS = _DETERMINERS | frozenset(
    "strong good great solid deep proven excellent high low new key core hands-on working expert senior junior "
    "you we i they he she it who which what how why when where if as with from in on at for of by to not "
    "no yes must should can will may able then also plus so but and or engineering marketing learning programming computing accounting "
    "pricing banking".split()
)


def _other_verb(lower: str, clause_start: int, and_end: int, verbs: dict[str, str]) -> tuple[int, str] | None:
    """The first word of a line or sentence, read as a verb that is no task verb and takes its own
    object, where a task verb after "and" in the same form follows: "[Keep] ahead of trends and
    mentor associates", "[Staying] current with research and presenting findings". The later verb's
    form says the earlier one's: both bare, both in -ing, both in the third person."""
    first = _WORD.match(lower, clause_start)
    later = _WORD.match(lower, and_end)
    if first is None or later is None or first.group() in _NOT_VERBS or not first.group().isalpha():
        return None
    word, form = first.group(), later.group()
    lemma = verbs.get(form)
    if lemma is None or lemma in _NOT_VERBS:
        return None
    between = lower[first.end() : and_end].split()
    if len(between) > _EARLIER_REACH + 1 or any(w in _NOUN_LIST_CUES for w in between[:-1]):
        return None
    if form == lemma:
        agrees = word.endswith(("ss", "eed")) or not word.endswith(("ing", "ed", "s", *_NOT_VERB_ENDINGS))
    else:
        agrees = form.endswith("ing") and word.endswith("ing") and not word.endswith("thing")
    return (first.start(), word) if agrees else None


# Verbs that take another verb, not the object: "identify and [help] address problems".
_CATENATIVES = frozenset("help helping try trying continue continuing begin start learn learning seek aim".split())


def _bridging_verb(
    text: str, gap_start: int, word_start: int, word: str, previous: tuple[int, int, str], verbs: dict[str, str]
) -> bool:
    """Whether ``word``, joined by "and" or "or" to the series verb ``previous``, is a verb in the
    same form (both bare or both in -ing) that shares its object: a word after it, no noun or
    adjective ending, no function word ("present and [discuss] information"; not "present results
    and [recommendations]", "analyze and [the] data")."""
    if (
        not word.isalpha()
        or word in _NOT_VERBS
        or word in _CATENATIVES
        or len(word) < 3
        or "," in text[gap_start:word_start]
    ):
        return False
    if next_word(text, word_start + len(word)) == "":
        return False
    form = text[previous[0] : previous[1]]
    if form == previous[2]:
        return not word.endswith(("ing", "ed", "s", *_NOT_VERB_ENDINGS)) or word.endswith("ss")
    if form.endswith("ing"):
        return word.endswith("ing") and not word.endswith("thing") and word not in verbs
    return False


def _third_person_word(word: str) -> bool:
    """Whether ``word`` may be a verb in the third person singular: "matches", "synthesizes",
    "reports"; not a word with the ending of a noun or an adjective ("analytics", "operations",
    "business")."""
    if not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    stem = word[:-2] if word.endswith(("ches", "shes", "sses", "xes", "zes")) else word[:-1]
    return not stem.endswith(("ing", "ed", *_NOT_VERB_ENDINGS))


def _listed_verb(
    cased: str,
    text: str,
    gap_start: int,
    word_start: int,
    word: str,
    first: tuple[int, int, str],
    verbs: dict[str, str],
) -> bool:
    """Whether ``word``, after a comma in a series of verbs that ``first`` opens, is a verb of the
    series though no task verb: a lower-case word in the form of the first verb (both bare or both
    in -ing), after which the series goes on to a task verb ("predict, [quantify] or forecast"), or
    which ends it after "and" / "or" ("build, forecast, and [report] on metrics"). Not a name
    ("forecast, Tableau"), nor a noun ("analyze, reports"), nor a list of nouns a task verb opens
    ("modeling, statistics, optimization")."""
    joined = text[gap_start:word_start]
    if "," not in joined or not cased[word_start : word_start + 1].islower():
        return False
    if not word.isalpha() or word in _NOT_VERBS or word in _CATENATIVES or len(word) < 3:
        return False
    form = text[first[0] : first[1]]
    if form == first[2]:
        if word.endswith(("ing", "ed", "s", *_NOT_VERB_ENDINGS)) and not word.endswith("ss"):
            return False
    elif _third_person(form, first[2]):
        # a duty in the third person: "Cleans, transforms, merges, and [matches] data"
        if not _third_person_word(word):
            return False
    elif not (form.endswith("ing") and word.endswith("ing") and not word.endswith("thing")):
        return False
    after = word_start + len(word)
    gap = _SERIES.match(text, after)
    if gap is None or gap.end() == after:
        # the last verb: after "and" / "or", with a word after it ("and [report] on metrics")
        return joined.rstrip(" \t").endswith(("and", "or", "&")) and next_word(text, after) != ""
    following = _WORD.match(text, gap.end())
    return following is not None and following.group() in verbs and following.group() not in _NOT_VERBS


def _first_verb(prefix: str, frame: re.Match[str] | None, verbs: dict[str, str]) -> re.Match[str] | None:
    """The word that opens the clause, after ``frame`` if given, when it is a verb: a task verb, or
    any word but a determiner after an infinitive frame ("desire to [take] initiative and …")."""
    at = frame.end() if frame is not None and frame.end() < len(prefix) else 0
    opener = _OPENS.match(prefix, at)
    at = opener.end() if opener is not None else at
    word = _WORD.match(prefix, at)
    if word is not None and word.group() in _AUXILIARIES:
        # "you have [led] teams … and have managed projects": the participle after the perfect
        after = _WORD.match(prefix, word.end() + 1)
        if after is not None and after.group() in verbs and _is_participle(after):
            return after
    if word is None or word.group() in verbs:
        return word
    if frame is None or _INFINITIVE.search(frame.group()) is None or word.group() in _DETERMINERS:
        return None
    return word


_LINE_WORD = re.compile(r"[ \t]*([A-Za-z]+)")

# The perfect before a participle, at the end of the words before a verb: "you have ", "you've ", "Has " (a
# bullet's first word), an adverb after it ("have successfully ").
_AUXILIARIES = frozenset(("have", "has"))
_PERFECT = re.compile(r"(?:(?<![\w'])(?:have|has)|(?<=[a-z])'ve)[ \t]+(?:[a-z]{3,}ly[ \t]+|also[ \t]+)?\Z")
_PARTICIPLES = frozenset(form for forms in _IRREGULAR.values() for form in forms)

# A passive clause: the verb "be" before a participle, or before earlier participles of a series ("is cleaned,
# [normalized] and validated"), within this many characters.
_PASSIVE_REACH = 90
_PASSIVE_BE = re.compile(
    r"\b(?:is|are|be|been|being|was|were|get|gets)[ \t]+(?:[a-z]{3,}ly[ \t]+)?"
    r"(?:[a-z]+(?:ed|en|ilt|ade|un)(?:[ \t]+[a-z]{3,}ly)?(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)){0,4}\Z"
)
# Verbs of knowing, whose passive says what others know: "ensure requirements are understood" (by the
# team) asks for no analysis.
_KNOWING = frozenset(("understand", "know", "learn"))
# The verbs of making sure that a thing is done, which ask for the doing: "Ensure [data] is cleaned".
_PASSIVE_FRAME_VERBS = ("ensure", "assure")
# … their subject clause, up to five words ending in its head, and a modal before "be": "ensure that all
# incoming [data] is", "ensuring the [models] can be".
_PASSIVE_FRAME = re.compile(
    r"\b(?P<frame>ensur(?:e|es|ed|ing)|assur(?:e|es|ed|ing)|make[ \t]+sure|making[ \t]+sure)[ \t]+(?:that[ \t]+)?"
    r"(?P<subject>(?:[a-z0-9/'’-]+[ \t]+){0,4}?)(?P<head>[a-z0-9-]+)[ \t]+"
    r"(?:(?:can|will|should|must|may|would|needs?[ \t]+to|have|has)[ \t]+)?\Z"
)


def _is_participle(word: re.Match[str] | None) -> bool:
    """Whether the verb form ``word`` may be a past participle: "deployed", "led", "built"."""
    return word is not None and (word.group().endswith("ed") or word.group() in _PARTICIPLES)


def _bare_imperative(text: str, line_start: int, verbs: dict[str, str], gerund: bool = False) -> bool:
    """Whether the line at ``line_start`` opens with a task verb in its base form ("Analyze …"), or
    with ``gerund`` in its -ing form ("Analyzing …")."""
    word = _LINE_WORD.match(text, line_start)
    if word is None:
        return False
    form = word.group(1).lower()
    if gerund:
        return form.endswith("ing") and form in verbs
    return verbs.get(form) == form


def _in_form(lower: str, pos: int, verbs: dict[str, str], gerund: bool) -> bool:
    """Whether the task verb at ``pos`` is in its base form, or with ``gerund`` in its -ing form."""
    word = _WORD.match(lower, pos)
    if word is None or word.group() not in verbs:
        return False
    return word.group().endswith("ing") if gerund else verbs[word.group()] == word.group()


# Blank lines between the items of a list: "Building …" / "" / "Working with …" is one list.
_BLANK_LINES = 2


def _neighbour_lines(text: str, line_start: int) -> Iterator[int]:
    """The starts of the lines before and after the one at ``line_start``, past up to two blank lines."""
    start = line_start
    for _ in range(_BLANK_LINES + 1):
        if start < 1:
            break
        start = text.rfind("\n", 0, start - 1) + 1
        if text[start : text.find("\n", start)].strip():
            yield start
            break
    end = text.find("\n", line_start)
    for _ in range(_BLANK_LINES + 1):
        if end < 0:
            break
        start, end = end + 1, text.find("\n", end + 1)
        if text[start : end if end >= 0 else len(text)].strip():
            yield start
            break


def _neighbour_imperative(text: str, line_start: int, verbs: dict[str, str], gerund: bool = False) -> bool:
    """Whether the line before or after the one at ``line_start`` also opens with a verb in the same
    form: base ("Analyze …") or, with ``gerund``, -ing ("Analyzing …")."""
    return any(_bare_imperative(text, start, verbs, gerund) for start in _neighbour_lines(text, line_start))


def _neighbour_sentence_imperative(
    segments: SegmentIndex, pos: int, seg: Segment | None, verbs: dict[str, str]
) -> bool:
    """Whether the sentence before or after the one of ``seg`` (at ``pos``) in the same line opens with a
    task verb in its base form, capitalised, and does not address the reader: "Work with messy data." before
    "[Tell] compelling stories." (not "Work on projects that are interesting to you.")."""
    if seg is None:
        return False
    found, _starts = segments.line_segments(pos)
    starts, ends = _line_sentences(found)
    at = bisect_left(starts, seg.sentence_start)
    if at >= len(starts) or starts[at] != seg.sentence_start:
        return False
    text = segments.text
    return any(
        0 <= n < len(starts)
        and text[starts[n] : starts[n] + 1].isupper()
        and _bare_imperative(text, starts[n], verbs)
        and not _addresses_the_reader(text, starts[n], ends[starts[n]])
        for n in (at - 1, at + 1)
    )


def _is_title(cased: str, start: int, end: int) -> bool:
    """ "Lead Machine Learning Engineer": every word capitalised is a name or title, not a task."""
    words = cased[start:end].split()
    return len(words) > 1 and all(w[:1].isupper() for w in words if w[:1].isalpha())


def _third_person(form: str, lemma: str) -> bool:
    """ "presents", "analyzes", "applies": the verb's third person singular."""
    return (
        form != lemma and form.endswith("s") and (form[:-1] == lemma or form[:-2] == lemma or form[:-3] + "y" == lemma)
    )


def _bulleted(text: str, lower: str, pos: int) -> bool:
    """Whether the line of ``pos`` opens with a bullet: ``lower`` has its line breaks folded into spaces,
    ``text`` (the index's) holds them as written."""
    line_start = text.rfind("\n", 0, pos) + 1
    marker = lower[line_start:pos].lstrip()[:1]
    return bool(marker) and marker in BULLET_CHARS


def _opening_verb_asks(lower: str, start: int, pos: int, segments: SegmentIndex | None, verbs: dict[str, str]) -> bool:
    """Whether the word at ``start`` (where the clause of the verb at ``pos`` starts) is a task verb
    that opens an asking clause of its own."""
    word = _WORD.match(lower, start, pos)
    if word is None or word.end() >= pos:
        return False
    lemma = verbs.get(word.group())
    if lemma is None:
        return False
    return _asks(lower, start, segments, _third_person(word.group(), lemma), verbs, linked=True)


def _asks(
    lower: str,
    pos: int,
    segments: SegmentIndex | None,
    third_person: bool = False,
    verbs: dict[str, str] | None = None,
    linked: bool = False,
    purpose: bool = False,
    nominal: bool = False,
) -> bool:
    """Whether the clause the verb at ``pos`` opens asks something of the candidate.

    ``third_person``: the verb is in the third person singular ("Presents findings to leadership"),
    which, opening a sentence that has no subject, states a duty of the role wherever it stands.
    ``verbs``: the task verb forms (with their lemmas); given, a verb joined by "and" to an earlier
    verb phrase of the clause asks where that one does ("Build dashboards and [clean] datasets",
    "able to identify trends and [tell] that story"). ``linked``: the call tests the earlier phrase
    such a link leads to; it follows no further link, but its verbs still say whether its line is
    one of an unheaded list of duties ("Maintain model explainability and [present] new models").
    ``purpose``: test only whether the verb is an infinitive of purpose in a duty or a requirement
    ("build models to [forecast] demand"), which asks for the rules that say so (``TaskRule.purpose``).
    ``nominal``: the word at ``pos`` is a noun of action before "of", which asks where a gerund would:
    "experience with SQL and [manipulation] of data" as "… and [manipulating] data".
    """
    if segments is None:
        clause_start = max(lower.rfind("\n", 0, pos) + 1, pos - 120)
        section = level = seg = None
    else:
        seg = segments.segment_at(pos)
        if seg is None:
            return False
        section = segments.section_at(pos)
        if section == "other":
            return False
        clause_start = max(seg.sentence_start, pos - 120)
        level = seg.level
    prefix = lower[clause_start:pos]
    whole_lead_in = _LEAD_IN.match(prefix)
    whole_start = clause_start + (whole_lead_in.end() if whole_lead_in is not None else 0)  # before the cuts
    cut_at = 0
    for cut in _CLAUSE_CUT.finditer(prefix):
        cut_at = cut.end()
    prefix = prefix[cut_at:]
    lead_in = _LEAD_IN.match(prefix)
    prefix_start = clause_start + cut_at + (lead_in.end() if lead_in is not None else 0)
    prefix = lower[prefix_start:pos]
    verb = _WORD.match(lower, pos)
    if _SOUGHT_TO.search(lower, whole_start, pos) and (verb is None or verb.group() not in _SOUGHT_SETTING):
        return True
    if (
        _company_subject(prefix, None if segments is None else segments.text[prefix_start:pos])
        and not _CANDIDATE_SUBJECT.search(prefix)
        and not _ROLE_WILL.search(lower, whole_start, pos)
    ):
        return False
    if cut_at and _WE_OPENS.match(lower, whole_start, pos):
        # a later verb of a series the employer is the subject of: "We derive insights, [build]
        # models and develop strategies" (not "We are looking for someone to …, [build] …")
        whole = lower[whole_start:pos]
        if not (_CANDIDATE_SUBJECT.search(whole) or _SEEKS.search(whole) or _ROLE_WILL.search(whole)):
            return False
    perfect = _PERFECT.search(prefix) if _is_participle(verb) else None
    if perfect is not None:
        # the perfect says what the candidate has done, as "you" before the bare verb would: "You have
        # [led] teams", "you've [mentored] engineers", a bullet "Has [worked] with Tableau"; only there: after a
        # modal the phrase names past experience more often than the work ("should have [tackled] hard MLOps
        # challenges" asks for MLOps, not problem solving)
        bare = prefix[: perfect.start()] + (" " if perfect.group().startswith("'") else "")
        if not bare.strip() or bare.endswith(("you ", "you")):
            prefix = bare
    if _FRAME.fullmatch(prefix) or (
        (nominal or _GERUND.match(lower, pos)) and (_FRAME_LIST.fullmatch(prefix) or _GERUND_FRAME.fullmatch(prefix))
    ):
        return True
    if _DUTIES_INCLUDE.fullmatch(prefix) and (nominal or _GERUND.match(lower, pos)):
        return True  # "Responsibilities include [validating] large data sets"
    if third_person and _ROLE_SUBJECT.fullmatch(prefix):
        return True  # the role as the subject: "The Data Scientist [collects] and analyzes …"
    if not _OPENS.fullmatch(prefix):
        if purpose:
            infinitive = _WORD.match(lower, pos)
            return (
                _TO_END.search(prefix) is not None
                and _RELATIVE.search(prefix) is None  # "models that aim to [clean] claims data"
                and _BE.search(prefix) is None  # "the results will be used to [analyze] churn data"
                and verbs is not None
                and infinitive is not None
                and verbs.get(infinitive.group()) == infinitive.group()
                and (
                    section in ASKING_SECTIONS
                    or level in ("required", "preferred")
                    or (section is None and segments is not None and _bulleted(segments.text, lower, pos))
                )
            )
        if verbs is not None and not linked:
            # what the candidate does with the people they work with: "Work closely with users to
            # [identify] their business needs", "partnering with product, data and design to [define] …"
            # The verb is an infinitive (not "dedicated to [transforming]"), and no relative clause
            # comes between ("partner with scientists to build models that aim to [optimize] …"),
            # nor another infinitive ("work with leaders to build models to [make] decisions": the
            # goal, not the work).
            partners = _WITH_TO.search(lower, whole_start, pos)
            infinitive = _WORD.match(lower, pos)
            if (
                partners is not None
                and infinitive is not None
                and verbs.get(infinitive.group()) == infinitive.group()
                and _RELATIVE.search(lower, partners.start(), pos) is None
                and lower.find(" to ", partners.start(), partners.start("to")) < 0
                and not (
                    _WORD.match(lower, partners.start()).group().endswith("ed")  # type: ignore[union-attr]
                    and _PASSIVE.search(lower, max(0, partners.start() - 7), partners.start())
                )
                and _asks(
                    lower, partners.start(), segments, _third_person_form(lower, partners.start()), verbs, linked=True
                )
            ):
                return True
        and_end = _AND_END.search(prefix) if verbs is not None and not linked else None
        participle = verb is not None and verb.group().endswith("ed")
        if verbs is not None and and_end is not None and not (and_end.group("adverb") and participle):
            earlier = _earlier_verb(lower, prefix_start, prefix, verbs, whole_start, clause_start > pos - 120)
            if earlier is not None and _asks(
                lower,
                earlier[0],
                segments,
                _third_person(earlier[1], verbs.get(earlier[1], earlier[1])),
                verbs,
                linked=True,
            ):
                return True
        # A gerund of purpose or one listed after "include" asks what its line asks: in a duty or a
        # requirement, "statistical packages for [analyzing] datasets", "including [writing] queries".
        gerund = _PURPOSE.search(prefix)
        if gerund is None or not (nominal or _GERUND.match(lower, pos)):
            return False
        if section in ASKING_SECTIONS or level in ("required", "preferred"):
            return True
        # … or what the task verb that opens its sentence asks: "Analyzes complex problems by [working]
        # with business unit members", a duty in the third person with no heading above it.
        return (
            verbs is not None
            and not linked
            and clause_start > pos - 120  # the sentence's own start, not a cut inside it
            and _opening_verb_asks(lower, whole_start, pos, segments, verbs)
        )
    if segments is None or section in ASKING_SECTIONS or level in ("required", "preferred"):
        return True
    # No heading at all: a bulleted item still lists a duty or a requirement (a benefits, blurb or
    # EEO list does not).
    line_start, first_word = _line_read(segments.text, lower, pos)
    if section is None and _bulleted(segments.text, lower, pos):
        return True
    # … and so does a bare line that opens with a verb in its base form, in a run of such lines
    # (an unbulleted duty list: "Analyze claims data" / "Build weekly reports"), and a later sentence
    # of such a line that opens with a verb in the same form ("Design scalable systems. [Test] and
    # document the software you develop.").
    if section is None and verbs is not None:
        opener = first_word < pos  # a word before the verb in its line
        later_sentence = opener and cut_at == 0 and seg is not None and clause_start == seg.sentence_start
        if (not opener or later_sentence) and any(
            (not opener or _in_form(lower, pos, verbs, gerund))
            and _bare_imperative(segments.text, line_start, verbs, gerund)
            and _neighbour_imperative(segments.text, line_start, verbs, gerund)
            for gerund in (False, True)
        ):
            return True
        # … and a sentence that opens with a verb in its base form, next to another such sentence of its
        # line: a paragraph of imperatives lists duties as a run of lines does ("Work with messy data. [Tell]
        # compelling stories. Build visualizations."); a sentence the employer opens ("We build …") is none,
        # nor one that speaks to the reader of what they gain ("Grow [your] talent with constant learning").
        if (
            (not opener or later_sentence)
            and _in_form(lower, pos, verbs, False)
            and seg is not None
            and not _addresses_the_reader(segments.text, seg.sentence_start, seg.sentence_end)
        ):
            if _neighbour_sentence_imperative(segments, pos, seg, verbs):
                return True
    # … and so does a later item of a list that a "you will" lead-in opens: "In this role you will
    # build models, [gather] claims data and …", "You'll work with actuaries to price policies, [analyze] …".
    # Not where a relative clause or another subject comes between: "you will join Acme, which prices
    # policies, analyzes …".
    if cut_at:
        lead = _YOU_WILL.search(lower, clause_start, clause_start + cut_at) or _ROLE_WILL.search(
            lower, clause_start, clause_start + cut_at
        )
        if lead is not None and not _OTHER_SUBJECT.search(lower, lead.end(), pos):
            return True
    # … and so does a sentence that opens with a verb in the third person and has no subject: a
    # duty written about the role ("Interprets data. Presents findings to leadership."), where
    # company prose names its subject ("Acme develops …", "Our team analyzes …").
    return third_person and cut_at == 0 and seg is not None and clause_start == seg.sentence_start and not seg.heading
