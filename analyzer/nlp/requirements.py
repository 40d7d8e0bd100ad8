"""How strongly a posting asks for what it mentions: required, preferred or unspecified.

A posting is cut into *segments* (a line, or a sentence within a long line). Each segment gets a
level from, in order: a negation ("no prior NLP experience needed" never makes anything
required), its own cue words ("is a plus", "must"), the heading of the section it sits in
("Minimum qualifications", "Nice to have", "Responsibilities"), and finally its form (an item
such as "3+ years of Python" or "Knowledge of SQL" reads as a requirement even without a
heading). Years of experience are read from the same segment.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import ahocorasick

from ..records import LEVELS, PREFERRED, REQUIRED, STRENGTH, UNSPECIFIED, strongest
from .lines import BULLET_CLASS
from .literals import FirstSearch, LeadSearch

__all__ = [
    "ASKING_SECTIONS",
    "BENEFITS",
    "BLURB",
    "DUTY_VERBS",
    "EEO",
    "FIELD",
    "LEVELS",
    "NON_ASK_SECTIONS",
    "PHYSICAL",
    "PREFERRED",
    "REQUIRED",
    "STRENGTH",
    "UNSPECIFIED",
    "WORK_ENVIRONMENT",
    "Segment",
    "frames_the_role",
    "is_field_label",
    "is_qualification",
    "SegmentIndex",
    "segment_index",
    "strongest",
    "substring_starts",
]

# Section kinds a heading can open. The kinds after _OTHER are "other" for requirement levels too;
# they are told apart because nothing in them asks anything of the candidate (see .context).
_REQ, _PREF, _DUTY, _OTHER = "required", "preferred", "duty", "other"
#: Section kinds whose lines ask something of the candidate: qualifications and duties.
ASKING_SECTIONS = frozenset({_REQ, _PREF, _DUTY})
BLURB, BENEFITS, EEO, PHYSICAL, FIELD = "blurb", "benefits", "eeo", "physical", "field"
WORK_ENVIRONMENT = "work_environment"
#: Section kinds whose text asks nothing of the candidate (a sentence in them may still ask).
NON_ASK_SECTIONS = frozenset({BLURB, BENEFITS, EEO, PHYSICAL, WORK_ENVIRONMENT})

# "This Job Is Ideal for Someone Who Is:", "This is the ideal role for someone who …": "ideal" speaks of the job
# and the person it fits is the one asked for, no preference.
_IDEAL_FOR_SOMEONE = (
    r"(?!\s++(?:(?:role|job|position|opportunity)\s++)?for\s++"
    r"(?:someone|somebody|anyone|you|candidates?|applicants?|individuals?|people|those|an?)\b)"
)
# What lifts a candidate above the rest, said of "you" or of "us" noticing: "What'll Make You Special", "What
# Gives You an Edge", "What Will Put You Ahead?", "How To Really Get Our Attention", "Skills that grab our
# attention:" — the list under it is more than the role needs.
_DISTINGUISHES = (
    r"(?:makes?|sets?|gives?|helps?|puts?)\s++you\s++(?:[a-z]++\s++)?"
    r"(?:special|apart|stand\s++out|shine|ahead|noticed|an?\s++(?:[a-z]++\s++)?(?:edge|leg\s++up))"
    r"|(?:get|gets|grab|grabs|catch|catches|capture|captures|earn|earns)\s++(?:[a-z]++\s++)?(?:our|my)\s++(?:[a-z]++\s++)?"
    r"(?:attention|eye|interest)"
)
_WISH_ADVERB = r"(?:(?:really|also|absolutely|especially|definitely)\s++)?"
_PREF_HEADING = re.compile(
    # ("Other nice stuff to have:", "Nice skills to have", "Plusses")
    r"\b(pref+er\w*|nice(?:[\s-]++[a-z]++){0,2}?[\s-]to[\s-]haves?|nice\s++if|bonus\w*|plus+es|plus|desir\w*|ideal\w*+"
    + _IDEAL_FOR_SOMEONE
    + r"|good[\s-]to[\s-]haves?|recommended|"
    # "Suggested Skills:": what is recommended, not asked (not "Suggested" alone, nor "Suggested Reading")
    r"suggested\s++(?:skills?|qualifications?|experience|background|knowledge|competenc\w+)|"
    # "Helpful Qualifications", "It's helpful to have:", "What other skills would be helpful to have?", "Useful
    # Technical Skills/exposure" (not "Helpful" alone, a value in a list of them)
    r"(?:helpful|useful|beneficial)\s++(?:to\s++have|(?:technical\s++)?skills?|qualifications?|experience|knowledge|background|but)"
    r"|(?:be|is|are|it(?:'|’)s)\s++(?:helpful|useful|beneficial)|"
    # ("Additional Considerations:": what is weighed on top of the qualifications)
    r"extra credit|extras?|(?:additional|other)\s++considerations|impress\w*|(?:would|(?:'|’)d)\s++be\s++great|even better|stand[\s-]?+out|sets? you apart|advantage\w*|optional"
    # "You might also have:", "What you may have": what the candidate may have, not must.
    r"|(?:might|may|could|likely)\s++(?:also\s++)?(?:have|bring|possess)(?!\s++to\b)|love\s++to\s++see"
    # The employer's wish: "What We'd Love", "We'll really love you if", "Would Love For You To Have", "Kudos if you
    # have" (not "We'd love to hear from you if", an invitation to those who qualify, nor "What You'll Love", the job's
    # appeal)
    r"|we(?:(?:'|’)d|(?:'|’)ll|\s++would|\s++will)\s++" + _WISH_ADVERB + r"love(?:(?=\W*+$)|\s++(?:it\s++)?if)"
    r"|(?:would|(?:'|’)d|will|(?:'|’)ll)\s++"
    + _WISH_ADVERB
    + r"love\s++(?:for\s++)?you\s++(?:to\s++)?(?:have|bring|possess|know|if)"
    r"|kudos\s++(?:if|for|to)"
    # "It's great, but not required if you have:", "Not Required", "Great to have, but not required:": what the
    # heading lists is asked, only not as a must.
    r"|not\s++(?:required|necessary|mandatory|essential|needed)|great\s++to\s++haves?"
    # "Top Candidates Will Also Have", "The Strongest Candidates …", "Exceptional Candidates:": the best of those who
    # qualify, a tier above the rest
    r"|(?:top|strongest|exceptional|outstanding|stand-?out|(?:most|highly)\s++competitive)\s++(?:candidates?|applicants?)|"
    + _DISTINGUISHES
    + r")\b",
    re.I,
)
# A line's bullet or number, "1. " or glued to its item ("1.Ability to …", not "3.5 years")
_BULLET = re.compile(r"^[\s#" + BULLET_CLASS + r"]*(?:\(?\d{1,2}[.)](?:\s+|(?=[A-Z][a-z]))|[a-z][.)]\s+)?")
_HEADINGS = [
    # "Base Salary, Bonus, Benefits": a bonus that is paid is no nice-to-have.
    # … and "What you'll get", "What You Will Get", "Why you will love it here" are no duty lists.
    (
        BENEFITS,
        re.compile(
            r"\b(salary|compensation|what you(?:(?:'|’)?ll|\s++will)?\s++get(?!\s++to\b)|why you(?:(?:'|’)ll|\s++will)\s++love"
            # "What We Can Offer You", "What you can expect from us": the employer's side of the deal
            r"|can\s++offer(?:\s++you)?|expect\s++from\s++us)\b",
            re.I,
        ),
    ),
    (_PREF, _PREF_HEADING),
    # "The following functions/accountabilities are essential for all jobs:" lists duties, not requirements.
    (
        _DUTY,
        re.compile(
            # ("Basic Function of the Job", "Primary Function:" too; not "Job function", a board's field)
            r"\b(responsibilit\w*|duties|what you(?:'|’)?ll do|what you will do|functions"
            r"|(?:basic|primary|general|main|essential|principal)\s++function"
            # ("Key Accountabilities" lists duties; "Accountability" alone is a competency asked of the hire, one
            # sub-label of a list of them: "Abilities/Skills:" / "Accountability" / "Strong sense of accountability")
            # ("Current Highlights Of This Accountability Include", "BASIC ACCOUNTABILITY STATEMENT" are the duties' own)
            r"|accountabilities|(?<=[a-z] )accountability"
            # "What you'll be working on", "WHAT WILL YOU WORK ON?", "Some projects you might work on"
            r"|(?:you(?:'|’)?ll|you\s++will|will\s++you|you\s++might|you\s++may|you(?:'|’)?d)\s++(?:be\s++)?work(?:ing)?\s++on"
            # "What You'll Achieve", "In this role you will be responsible for:" (not "Responsible for X", an item)
            r"|(?:you(?:'|’)?ll|you\s++will)\s++achieve|responsible\s++for\s*+$"
            # "The Value You Deliver", "What you'll accomplish", "The Impact You'll Have", "How you will contribute":
            # what the hire's work brings about is the work
            r"|(?:you(?:'|’)?ll|you\s++will|you|candidate\s++will)\s++(?:deliver|accomplish|contribute"
            r"|(?:make|have)\s++(?:an?\s++)?(?:impact|difference)|impact)"
            r"|(?:impact|value|difference)\s++you(?:(?:'|’)ll|\s++will)?\s++(?:have|make|deliver|bring\s++about))\b",
            re.I,
        ),
    ),
    # "Physical Requirements:" lists what the body must bear, not skills: read before the candidate's
    # requirements, whose word it contains ("Mental and Physical Requirements" asks for skills too).
    (
        PHYSICAL,
        re.compile(
            r"\b(?<!mental and )(?<!mental & )(?<!mental/)(physical (?:demands|requirements?|activit\w+)|working conditions)\b",
            re.I,
        ),
    ),
    # Words that say the heading is about the candidate win over blurb words around them:
    # "Who we are looking for", "What you will need to succeed", "What we need from you".
    (
        _REQ,
        re.compile(
            r"\b(requir\w*|qualifications?|must[\s-]haves?|look(?:ing)? for|need(?:ed)?|to succeed|succeed|(?:you|you(?:'|’)?ll|you will) bring|who you are|about you"
            r"|you(?:'|’)?ve got|you have|you(?:'|’)?ll have|you will have|you should have|we(?:'|’)?re seeking|we are seeking"
            r"|^you(?:(?:'|’)re|\s++are)\s*+$"
            # "You’d be a great fit if…", "You may be fit for this role if you:", "What it Takes:", "Your
            # background:", "You’ll thrive in this role if:", "Apply if you:"
            r"|(?:great|good|right|strong|perfect)\s++fit|fit\b[^:]{0,25}?\bif|what\s++it\s++takes|your\s++background"
            r"|(?:thrive|excel\s++in|successful)\b[^:]{0,30}?\bif|apply\s++if|ideal\s++for\s++(?:someone|somebody|you|candidates|people|those)"
            # "What we expect from you", "What We Seek", "We'd love to hear from you if:", "The Essentials", "Job
            # Specifications", "The analyst should have:", "Academic Background"
            r"|expect\s++from\s++you|we\s++seek|hear\s++from\s++(?:you|people|candidates)|essentials|specifications?"
            r"|should\s++(?:have|possess|bring)"
            # The candidate as a person the employer wants: "A bit about yourself", "Who We Want", "Successful data
            # analyst candidates have:", "The Skill Set", "Why You?" (not "Why you should join us", the employer's pitch)
            r"|(?:about|describe|consider)\s++yourself|who\s++we\s++(?:want|hire|seek)"
            r"|successful\s++(?:[\w-]++\s++){0,3}?(?:candidates?|applicants?|interns?|hires?)\s++(?:(?:will\s++)?have|should|must|possess)"
            r"|skill\s*+set"
            r"|^why\s++you(?=\W*+$)"
            # (not "Background:" alone, often the project's or employer's story)
            r"|^(?:educational|academic|personal|professional|technical|quantitative)\s++background$)\b",
            re.I,
        ),
    ),
    # "Company Overview", "Company Description", "Organization Summary" describe the employer (before the duty
    # words "overview", "description" and "summary" below claim them).
    (
        BLURB,
        re.compile(
            r"\b(?:company|organi[sz]ation|business|firm|corporate|employer|agency)\s++(?:overview|description|summary|background)\b",
            re.I,
        ),
    ),
    (
        _DUTY,
        re.compile(
            r"\b(you will|day[\s-]to[\s-]day|day in the life|your day|typical day|role overview|about (?:this|the) (?:career|opportunity|role|job|position|team)|job information|"
            r"the role|about the (?:role|job|position|team)|job (?:description|summary|overview)|position (?:summary|overview)|"
            r"essential (?:job )?functions|key (?:job )?(?:accountabilities|tasks|functions)|what you(?:'|’)?ll be doing|you be doing|will you do|would you do|your impact|the opportunity|"
            r"(?:position |role )?description|job details|the team|"
            r"(?:the )?impact you(?:'|’)?ll (?:make|have)|in this role|your role|mission|overview|summary)\b"
            # What the position is for and what it does: "Position Purpose", "Purpose of the Job", "Objectives",
            # "The Challenge", "Major Job Activities", "Tasks", "The Position", "Job Introduction"
            r"|\b(?:position|job|role|primary|main)\s++(?:purpose|objectives?)$"
            r"|\bpurpose\s++of\s++(?:the\s++|this\s++)?(?:position|job|role)$|^(?:purpose|objectives?)$"
            r"|^(?:the\s++|your\s++)?challenge$|\b(?:key|major|main|primary|job|position)\s++(?:\w++\s++)?(?:activities|tasks)\b"
            r"|^tasks$|^the\s++(?:position|job)$|\b(?:job|role|position)\s++introduction\b"
            # "In this position you'll:", "The person who secures this role will:": a label ending on the verb
            # its items complete lists tasks
            r"|(?:\bwill|(?:'|’)ll)\s*+$",
            re.I,
        ),
    ),
    # The culture and values the employer describes are its workplace too: "This Company Describes Its Culture as:",
    # "Team Culture", "Our Values", "Core Values" (its items, "Team-oriented -- cooperative and collaborative",
    # "Communicate Often, Honestly & Directly", describe the employer, not what the role asks).
    (
        WORK_ENVIRONMENT,
        re.compile(
            r"\b(work(?:ing)? environment|describes its culture|(?:company|team|office|workplace)\s++culture"
            # (not "Our values and expectations": what the candidate is expected to show)
            r"|(?:our|core|company)\s++(?:core\s++)?values(?!\s++(?:and|&)\s++expectations))\b|^values$",
            re.I,
        ),
    ),
    (
        EEO,
        re.compile(
            r"\b(equal (?:employment )?opportunit\w*|eeo|disclaimer|diversity|accommodations?|e-verify|affirmative action)\b",
            re.I,
        ),
    ),
    (
        BENEFITS,
        re.compile(
            r"\b(benefits|perks|we offer|what we offer|(?:we|you) have to offer|compensation|salary|why join|why work|life at|what(?:'|’)?s in it for you"
            # "Build Your Career" (the training the employer gives), "Total Rewards", "Top reasons to work with us"
            r"|build your career|total rewards|reasons to (?:join|work))\b"
            # "Why Us?": why the hire should choose the employer (not "Why GSK?", which often goes on with what the
            # successful candidate shows)
            r"|^why\s++us\W*+$",
            re.I,
        ),
    ),
    (
        BLURB,
        re.compile(
            r"\b(?i:about us|about the company|about our (?:organi[sz]ation|company|firm|people)|who we are|our (?:company|culture|story)|company (?:description|overview)"
            r"|what we do|the company)\b|\b(?:About|ABOUT)(?: [A-Z][\w&.-]*+){1,3}$"
            # a name that opens with a number: "About 10x Genomics", "ABOUT 1901 GROUP", "About 3M" (not "About
            # 3 Years Experience")
            r"|\b(?:About|ABOUT) (?:\d++[A-Za-z][\w&.-]*+|\d++ (?!(?i:years?|yrs|months?|weeks?|days?|hours?)\b)[A-Z][\w&.-]*+)"
            r"(?: [A-Z][\w&.-]*+){0,2}$"
        ),
    ),
    (
        FIELD,
        re.compile(
            r"\b(location|industries|seniority level|employment type|job function|job type|schedule|work authorization|"
            r"contract length|posted by|department|division|company|reports to|travel|shift"
            r"|functional area|job family(?: group)?(?=\s*+[:\n]|\s*+$)|interest group"
            # an HR record's fields: "Job Family/Subfamily", "FLSA Classification: Exempt", "Employees
            # Supervised: None", "Posting Title" over the title, whose words name no ask
            r"|job (?:sub)?family\s*+/\s*+(?:sub)?family|career track|pay grade|posting title"
            # the board's classification of the post: "Job Segment: Database, Scientific, Engineering"
            r"|job (?:segment|category)s?+(?=\s*+[:\n]|\s*+$)"
            r"|(?:(?:employment|flsa|job|position)\s++)?classification(?:\s++title)?(?=\s*+[:\n]|\s*+$)"
            r"|(?:employees|positions|staff)\s++supervised|supervised\s++by)\b",
            re.I,
        ),
    ),
    (_OTHER, re.compile(r"\b(how to apply|additional information|application questions?|key\s?words|tags)\b", re.I)),
    (
        _REQ,
        re.compile(
            r"\b(minimum|basic|what you bring|"
            r"skills|experience|competenc\w*|proficienc\w*|what we look for|"
            r"knowledge|expertise|education|prerequisites|profile|candidate|essential|attributes|qualities|traits|characteristics"
            # "Certifications", "Licenses/Certifications", "Certificates, Licenses, Registrations": a kind of qualification
            r")\b|^(?:[\w-]++\s++)?(?:certifications?|certificates?|licen[sc]es?|licensure)(?:\s*+(?:[,/&]|and|or)\s*+"
            r"(?:certifications?|certificates?|licen[sc]es?|licensure|registrations?))*+(?:\s*+\(s\))?$"
            # "KEY CAPABILITIES", "Technical Capabilities:": what the candidate is able to do (not "Capabilities:" alone,
            # often what the employer offers, nor "Expand Parsing Capabilities:", what the work builds)
            r"|^\W*+(?:key|technical|required|essential|personal|professional)\s++capabilities\W*+$",
            re.I,
        ),
    ),
]

_NEGATION = re.compile(
    r"\b(?=[dn])(?:no\s++(?:prior\s++|previous\s++|formal\s++)?(?:\w+\s++){0,4}?(?:experience|knowledge|background)\s++(?:is\s++)?(?:required|needed|necessary|expected)"
    r"|not\s++(?:a\s++)?(?:required|needed|necessary|mandatory|requirement|expected)|(?:don(?:'|’)?t|do not|doesn(?:'|’)?t)\s++(?:need|have to|require)"
    r"|no\s++need\s++(?:for|to))\b",
    re.I,
)
# _PREF_CUE and _REQ_CUE open with a look-ahead on the first characters of their alternatives: the
# engine then skips most words at once instead of trying every alternative at each word.
_PREF_CUE = re.compile(
    r"\b(?=['abcdefghikmnoprsuvwy’])(?:(?:is|are|would be|will be|as)\s++an?\s++(?:(?:big|huge|strong|definite|major|significant|great|massive|additional|added|good|distinct|real)\s++)?(?:plus|bonus|benefit|advantage)"
    # "…, a big plus if you have run Airflow", "Huge plus if you have …", "… an added plus if …"
    r"|(?:an?\s++)?(?:(?:big|huge|strong|definite|major|significant|great|massive|additional|added|real)\s++)plus\b"
    r"|a\s++plus|plus\b(?=\s*+(?:[.;!)]|$))"
    # "The ideal candidate will be responsible for / will build …" describes the duties, not a preference.
    r"|pref+er+ed|pref+er+abl[ey]|prefer|nice(?:[\s-]++[a-z]++){0,2}?[\s-]to[\s-]have|bonus|ideally|(?:ideal"
    + _IDEAL_FOR_SOMEONE
    + r"|perfect(?=\s++(?:candidate|applicant|fit)\b))"
    r"(?!\s++(?:candidate|applicant|person|individual|hire)s?\s++(?:will|would|should)\s++(?:also\s++)?(?:be\s++)?(?:[a-z]{1,20}ly\s++)?"
    r"(?:responsible|involved|tasked|work|join|lead|report|support|partner|collaborate|participate|develop|build|manage|help"
    # ("Our ideal candidate will collect data …", "… will utilize computer vision to …": a duty as well)
    r"|assist|drive|own|design|perform|conduct|serve|collect|utili[sz]e|analy[sz]e|create|deliver|implement|maintain"
    r"|provide|identify|execute)\b)|desirable"
    # "the desired results", "getting desired insights": an adjective, not a cue ("Desired skills include …" is one)
    # ("the performance metric desired by the client": what someone else wants)
    r"|desired(?!\s++(?:results?|outcomes?|goals?|insights?|state|effects?|outputs?|behaviou?rs?|levels?|end|changes?|impact|by)\b)"
    r"(?:(?<!\bthe desired)(?<!\ba desired)(?<!\ban desired)(?<!\btheir desired)(?<!\byour desired)(?<!\bour desired)"
    r"(?<!\bits desired)(?<!getting desired)(?<!\bget desired)(?<!achieve desired)|(?!\s++[a-z]))"
    # "… is an advantage", "… an added advantage", "… will be advantage" (article dropped)
    r"|advantageous|(?:an?\s++|(?:is|are|be)\s++)(?:added\s++|additional\s++|distinct\s++)?advantage\b"
    # ("Recommends beneficial use cases", "mutually beneficial relationships", "a helpful attitude", "helpful customer
    # service" say nothing of the candidate)
    r"|good[\s-]to[\s-]have|(?:helpful|beneficial)(?!\s++(?!(?:for|to|in|but|and|or|if|when|though|as|also|skills?|knowledge"
    r"|experience|background|qualifications?)\b)(?-i:[a-z]))|optional|not required|would be great|is welcome|a bonus|(?:an?|strong|definite|added|great|real|valuable)\s++asset"
    # "… would be useful", "… is also highly valued"
    r"|(?:would|will)\s++be\s++(?:very\s++)?useful|(?:is|are|be)\s++(?:also\s++)?highly\s++valued"
    # "… query language skills (e.g. SQL) is of interest" (not "If this position is of interest to you, apply")
    r"|(?:is|are|be)\s++(?:also\s++)?of\s++(?:great\s++|particular\s++|special\s++)?interest(?!\s++to\b)"
    # "… strongly recommended", "… is recommended" (not "implement recommended changes")
    r"|(?:strongly|highly|is|are)\s++recommended|recommended(?=\s*+(?:[.;!)]|$))"
    # "Preference will be given to …", "a strong preference for …"
    r"|preference\s++(?:will\s++be\s++|is\s++|may\s++be\s++)?given|(?:a|strong)\s++preference\s++(?:for|to|will)|giv(?:e|en|ing)\s++preference"
    # "What other skills will help you succeed?", "We're excited about candidates who:"
    r"|(?:will|would|could|might|can)\s++(?:also\s++)?help\s++you\s++(?:succeed|stand\s++out|excel)"
    # "Familiarity with the tools we use will help, including: …", "… would help." (as "… is helpful"; not "will help
    # us build …", a duty, nor "we can help", the employer's offer)
    r"|(?:will|would)\s++(?:also\s++|definitely\s++|certainly\s++|really\s++)?help(?=\s*+(?:[,;.!:)]|$|including\b|such\s++as\b))"
    r"|(?:we(?:'|’)re|we\s++are|we(?:'|’)d\s++be|we\s++would\s++be)\s++(?:especially\s++|particularly\s++)?(?:excited|thrilled|delighted)"
    r"\s++(?:about|by|to\s++(?:see|meet|hear\s++from))\s++(?:candidates|applicants|people|someone|anyone)\b"
    # "It would be nice if …", "Extra points for …", "We'd love to see …", "… would set you apart", "… is appreciated",
    # "… highly regarded", "… is a differentiator"
    r"|would\s++be\s++(?:nice|awesome|amazing|ideal)|extra\s++(?:points|credit)|(?:we(?:'|’)d|we\s++would)\s++love\s++(?:to\s++see|it\s++if|if)"
    r"|(?:set|sets|setting)\s++you\s++apart|highly\s++regarded(?!\s++(?:as|by|among|across|within)\b)|(?:is|are|be)\s++an?\s++(?:big\s++|real\s++)?differentiator"
    # "Familiarity with Spark is appreciated" (not "Your cooperation is appreciated")
    r"|(?:knowledge|experience|familiarity|exposure|understanding|skills?|background)\b(?=[^.;]{0,80}?appreciated)[^.;]{0,60}?"
    r"\b(?:is|are|be)\s++(?:highly\s++|greatly\s++|much\s++)?appreciated"
    # "You might also have experience in …", "Applicants may possess …" (not "You may have noticed …")
    r"|(?=you|candidate|applicant)(?<!\bif )\b(?:you|candidates?|applicants?)\s++(?:might|may)\s++(?:also\s++)?(?:have|bring|possess)\b"
    r"(?!\s++(?:noticed|heard|seen|been|read|to|never|already|questions?|the\s++opportunit)\b)"
    # … and in French: "… est un plus", "… serait un atout", "… souhaité", "… apprécié", "idéalement", "de préférence"
    r"|(?:(?:serait|est|sera|constitue)\s++)?un\s++(?:vrai\s++|gros\s++|réel\s++)?(?:plus|atout)|atouts?"
    r"|souhaitée?s?|souhaitables?|appréciée?s?|idéalement|de\s++préférence"
    # "The successful candidate will likely have …": a hedged picture of the candidate, not a demand
    r"|(?:will|would|(?:'|’)ll)\s++(?:most\s++)?likely\s++(?:also\s++)?(?:have|possess|bring|hold)\b(?!\s++to\b)"
    # "If you also have knowledge of data science, we'd like to meet you", "If you also had these experiences, you'd
    # knock it out of the park:": what the candidate may have on top of what was asked
    r"|if\s++you\s++also\s++(?:have|had|possess|bring|know)\b(?!\s++(?:any\s++)?questions?\b))\b",
    re.I,
)
_REQ_CUE = re.compile(
    # "as required", "when necessary", "triage as needed" say when, not what the candidate must have;
    # "develop necessary processes", "a need to build", "the insights they need to …" ask nothing of them.
    # "manages the other required project documentation", "tasks which may require SQL" ask nothing of them either.
    # (A lookahead first, so the lookbehinds run only where such a word starts.)
    # ("Should have worked on data quality …": an item that opens on "should" asks as one opening on "must" or "shall")
    r"\b(?=[abcdehilmnopqrswy])(?:must|(?:shall|(?<![\w,] )(?<![\w,])should)\s++(?:also\s++)?(?:have|possess|demonstrate|hold"
    r"|be\s++(?:able|proficient|familiar|experienced|skilled|knowledgeable|fluent)\b)"
    r"|(?=required|necessary)(?<!\bas )(?<!when )(?<!here )(?<!\bif )(?<!\bthe )(?<!\bother )(?<!\ball )(?<!\bany )"
    # ("license required tools", "produce required revisions": an attribute of a thing, not an ask; "Required skills
    # include …" is one, and so is "Required languages are …", "Required tools: …")
    r"(?:required(?=\s++(?:[\w-]++\s++)?(?:languages|technologies|tools|software|platforms|frameworks|stack)\s*+(?::|(?:are|is|includes?)\b))"
    r"|required(?!\s++(?!(?:for|to|in|and|or|but|if|when|with|on|at|of|by|as|skills?|qualifications?|experience"
    r"|knowledge|education|competenc\w*|certifications?|abilit\w*|background|training|degrees?|coursework|expertise"
    r"|proficienc\w*|technical|qualities|attributes)\b)(?-i:[a-z]))"
    r"|necessary(?!\s++(?!(?:for|to|in|and|or|but|if|when|with|on|at)\b)[a-z]))"
    r"|(?=requir)(?<!\bmay )(?<!\bmight )(?<!\bcan )(?<!\bcould )(?<!\boften )(?:(?<=\brole that )|(?<=\bposition that )|(?<=\bjob that )"
    r"|(?<!\bthat )(?<!\bwhich ))requires?"
    # "This is a hands-on position requiring solid SQL skills": the role named, then what it asks
    r"|(?:(?<=\bposition )|(?<=\brole )|(?<=\bjob ))requiring|requirement|mandatory|essential(?!\s++(?!(?:for|to|in|and|or|but|if|when|with|on|at|that)\b)(?-i:[a-z]))|need to have|you(?:(?:'|’)ll|\s++will)?\s++need|(?:has|have)\s++to\s++(?:be|have)\b|minimum|at least"
    # (who "must" or "needs to" is decided by _said_of_candidate)
    r"|needs?\s++to\b"
    r"|(?:is|are)\s++(?:important|critical|crucial|key|vital)"
    # What the candidate is to have, wherever it stands: "You should have …", "The successful candidate
    # will possess …", "… is seeking a staff scientist with experience in …" (not "… will have the
    # opportunity to …").
    r"|(?:you\s++should|(?:(?:right|successful|qualified)\s++(?:[\w-]++\s++){0,3}?|strong\s++(?:candidate|applicant)s?\s++)(?:will|should))"
    r"\s++(?:also\s++)?(?:have|possess|bring|demonstrate|blend|combine|display|exhibit|communicate|be\s++(?=(?:an?|highly|very|extremely|comfortable|proficient|familiar|experienced|skilled"
    r"|able|capable|passionate|well|fluent|adept|knowledgeable|creative|detail|self|strong|excellent|expert|organi[sz]ed|motivated|ready)\b)"
    # "Successful applicants will serve as recognized subject matter experts in …"
    r"|serve\s++as\s++(?:an?\s++)?(?:recogni[sz]ed\s++|leading\s++)?(?:subject[\s-]matter\s++|technical\s++|domain\s++)?experts?\b)"
    r"(?!\s++(?:an?|the)\s++opportunit)"
    # "A successful candidate has deep expertise in …", "Successful candidates for this role have strong SQL …", "The
    # right candidate has a background in …", "Our dream applicant has built …": the candidate described as the role
    # wants them, in the present tense (not "… has the opportunity to …", "… has responsibility for …")
    r"|(?:right|successful|qualified|strong|dream)\s++(?:[\w-]++\s++){0,2}?(?:candidate|applicant)s?\s++"
    r"(?:for\s++(?:this|the)\s++(?:role|position|job)\s++)?(?:has|have|possess(?:es)?|brings?|demonstrates?|combines?|blends?)\b"
    r"(?!\s++(?:the\s++|an?\s++)?(?:opportunit|chance|access|option|ownership|responsibilit))"
    # "This role is ideal for a candidate who thrives in …", "the ideal role for someone who wants to use their
    # programming skills", "… ideal for a graduate with a background in …": the person the job fits is the one asked
    # for (not "… ideal for someone who wants to learn …", "… who is excited to develop …": what the job gives)
    r"|ideal\s++(?:(?:role|job|position|opportunity)\s++)?for\s++(?:someone|somebody|anyone|candidates?|applicants?"
    r"|individuals?|people|those|an?)\s++(?:[\w-]++\s++){0,3}?(?:with|(?:who|that)\s++(?:has|have|thrives?|enjoys?"
    r"|loves?|brings?|knows?|wants?\s++to\s++(?:use|apply|put)|(?:is|are)\s++(?:passionate|skilled|experienced|proficient)))\b"
    # "… a fast-paced environment that will draw on your excellent communication skills", "You will rely on your
    # oncology expertise": the candidate's own skills that the work calls for
    r"|(?:draws?|drawing|rel(?:y|ies|ying))\s++(?:up)?on\s++your\b"
    # "The candidate will excel at using data to tell stories", "A successful candidate will excel at …"
    r"|\b(?:candidate|applicant)s?\s++will\s++excel\s++(?:at|in)\b"
    # "The successful candidate is a resourceful self-starter who …", "… is comfortable working …", "The right
    # candidate loves problem solving", "The right person for this role is creative, … a strong communicator", "The
    # right candidate would be a self-motivated team player" (not "… is responsible for", "… will be excited by the
    # prospect of …", "… is a key member of …": the employer's words about the role)
    r"|(?:right|successful|qualified)\s++(?:candidate|applicant|person|individual|hire)s?\s++(?:for\s++(?:this|the)\s++(?:role|position|job)\s++)?"
    r"(?:loves?|thrives?|excels?|(?:is|are|would\s++be|will\s++be)\s++(?:both\s++)?(?=(?:an?\s++(?!(?:part|member|key|integral|critical|core|vital)\b)"
    r"|highly|very|extremely|comfortable|proficient|familiar|experienced|skilled|capable|passionate|fluent|adept|knowledgeable"
    r"|detail|self|strong|expert|organi[sz]ed|motivated|creative|technically|someone\s++who|one\s++(?:who|that))\b))"
    # What the candidate is, has, knows: "You're capable of …", "You have a background in …", "You understand …"
    # (not "you have the opportunity to …", "you are responsible for …").
    r"|\byou(?:(?:'|’)re|\s++are)\s++(?:also\s++)?(?:capable|passionate|comfortable|familiar|proficient|experienced|skilled|fluent"
    r"|adept|an?\s++(?:expert|strong|skilled|experienced|excellent|great|seasoned))"
    # "You are an individual with excellent analytical abilities" (not "If you are an individual with a disability")
    r"|(?=you)(?<!\bif )\byou(?:(?:'|’)re|\s++are)\s++(?:an?\s++)?(?:individual|person|someone)\s++with(?!\s++(?:an?\s++)?disabilit)"
    # "… you are someone who has significant expertise in modeling"
    r"|(?=you)(?<!\bif )\byou(?:(?:'|’)re|\s++are)\s++(?:an?\s++)?(?:individual|person|someone)\s++(?:who|that)\s++(?:has|have|knows?|brings?|possess(?:es)?)\b"
    # "The analyst will be detail oriented and possess expertise in …", "Possesses strong SQL skills" (not "Ensure
    # vendors possess the necessary infrastructure")
    r"|(?=possess)(?:(?<![A-Za-z,] )(?<![A-Za-z])|(?<=\bwill )|(?<=\bshould )|(?<=\bmust )|(?<=\balso )|(?<=\band )|(?<=\bwho )"
    r"|(?<=\bthat )|(?<=\bto )|(?<=\byou )|(?<=\bcandidate )|(?<=\bcandidates )|(?<=\bapplicant )|(?<=\bapplicants ))possess(?:es|ing)?\b"
    # "We need someone with prior experience in …", "we need candidates that have …" (not "we need you to help us …")
    r"|\bwe\s++(?:also\s++)?need\s++(?:someone|somebody|people|individuals?|candidates?|an?\s++(?:[\w-]++\s++){0,3}?[\w-]++)"
    r"\s++(?:with|(?:who|that)\s++(?:has|have|is|are|can|brings?|knows?))"
    # "Candidates should have …", "The Data Scientist should be proficient in …", "Applicants are expected to know …"
    r"|\b(?:candidates?|applicants?|individuals?|incumbents?|hires?|person|scientists?|engineers?|analysts?|developers?)"
    r"\s++(?:should|will\s++need\s++to|(?:is|are)\s++expected\s++to|will(?<=candidates will|applicants will))\s++(?:also\s++)?(?:have|possess|know|demonstrate|bring|understand"
    r"|be\s++(?=(?:an?|highly|very|extremely|comfortable|proficient|familiar|experienced|skilled|able|capable|fluent|adept"
    r"|knowledgeable|strong|expert|well)\b))\b(?!\s++(?:an?|the)\s++(?:opportunit|chance))"
    # "They will be knowledgeable in descriptive statistics", "The analyst will be proficient with SQL": the hire as
    # a role noun or "they" (after a sentence about the role), what they will know (not "… will be responsible for")
    r"|(?:(?<=\bthey )|(?<=\bhe or she )|(?<=\bshe or he )|(?<=candidate )|(?<=applicant )|(?<=individual )"
    r"|(?<=incumbent )|(?<=scientist )|(?<=engineer )|(?<=analyst )|(?<=developer ))will\s++(?:also\s++)?be\s++"
    r"(?:highly\s++|very\s++|well[\s-]++)?(?:knowledgeable|proficient|skilled|versed|experienced|fluent|adept|familiar"
    r"|competent)\s++(?:in|with|at|on)\b"
    # "The Data Scientist will have previous experience working with …", "The analyst will have strong analytical skills"
    # (not "… will have the opportunity to gain experience", "… will have access to …")
    r"|\b(?:individuals?|incumbents?|hires?|person|scientists?|engineers?|analysts?|developers?)\s++will\s++(?:also\s++)?have\s++"
    r"(?!(?:the\s++|an?\s++)?(?:opportunit|chance|access|option|ownership|responsibilit))(?:[\w-]++\s++){0,3}?"
    r"(?:experience|knowledge|expertise|background|skills?|understanding|proficiency|familiarity|exposure)\b"
    # "You should be curious by design, …", "Successful candidates should enjoy working in a collaborative team and
    # will have …": what the candidate should be, know or enjoy (not "You should be eager to advance our stack",
    # "… should be willing to travel", "You should influence data model design": a duty)
    r"|(?=you|candidate|applicant)(?<!\bif )\b(?:you|candidates?|applicants?)\s++should\s++(?:also\s++)?+"
    r"(?:be\s++(?!(?:eager|willing|flexible|prepared|ready|aware|available|open|excited|happy|glad|proud|able)\b)[a-z]++"
    r"|enjoy|love|like|thrive|know|understand)\b"
    # "We expect you to know SQL"; "You've worked with Spark", "You’ve got …"
    r"|(?=expect)(?<!n't )(?<!n’t )(?<!\bnot )\bexpect(?:s|ed)?\s++(?:you\s++|candidates\s++|applicants\s++)?to\s++(?:have|know|possess|be\s++(?:proficient|familiar"
    r"|comfortable|able|skilled|experienced|fluent))\b"
    r"|(?=you)(?<!\bif )\byou(?:'|’)ve\s++(?:(?:also|already)\s++)?(?:got|worked|used|built|had|developed|deployed|designed|led|written"
    r"|applied|managed|shipped|mastered|gained)\b"
    # "We are looking for a data scientist who has experience with Spark", "… someone who knows SQL"
    r"|(?:seek(?:s|ing)?|looking\s++for|hiring)\s++(?:an?\s++|someone\s++|somebody\s++|people\s++|candidates?\s++|individuals?\s++)?"
    r"(?:[\w,-]++\s++){0,6}?(?:(?:who|that)\s++(?:has|have|knows?|brings?|possess(?:es)?|understands?"
    # ("… a Data Analyst who specializes in statistical modelling", "… data scientists who are comfortable with SQL",
    # "… analysts who can communicate clearly")
    r"|speciali[sz]es\s++in|excels?\s++(?:at|in)|(?<=who )can\s++(?!help\b)[a-z]++"
    r"|(?:is|are)\s++(?:[a-z]+ly\s++)?(?:proficient|experienced|skilled|familiar|comfortable|fluent|knowledgeable|adept"
    r"|passionate\s++about\s++(?![a-z]+ing\b)|well[\s-]++versed|an?\s++expert|experts))|having|(?:experienced|skilled|proficient|versed|fluent)\s++(?:in|with))\b"
    # "We're looking for someone who is entrepreneurial, an expert data storyteller", "looking for people that love
    # tough problems and working cross-functionally", "… someone who can tell the story behind the numbers" (not
    # "… someone who is excited about joining …", "… people who are located in Denver")
    r"|(?:seek(?:s|ing)?|looking\s++for|hiring)\s++(?:someone|somebody|people|candidates|individuals|team\s++members|an?\s++(?:[\w-]++,?\s++){0,2}?[\w-]++)"
    r"\s++(?:who|that)\s++(?:(?:is|are)\s++(?!(?:responsible|going|currently|located|based|looking|open|available|willing"
    r"|excited|eager|ready|interested|not|as)\b)[a-z]++|loves?|enjoys?|thrives?|can)\b"
    # "Do you thrive on solving hard problems?", "Do you enjoy digging into data?": a question to the candidate asks
    # as "Are you …?" does (not "Do you thrive in a culture of …?", "Do you want to work for …?": the workplace)
    r"|\bdo\s++you\s++(?:(?:also|really)\s++)?(?:thrive(?!\s++in\b)|enjoy|like|love|want\s++to\s++(?:leverage|use|apply|build|solve))\b"
    # "Are you detail oriented?", "Are you passionate about …?"
    # ("Are you simultaneously comfortable with …?", "Are you able to explain …?", "Are you someone with …?")
    r"|\bare\s++you\s++(?:[a-z]+ly\s++)?(?:an?\s++|passionate|detail|comfortable|proficient|experienced|skilled|familiar|fluent|adept"
    r"|highly|extremely|very|able|creative|analytical|collaborative|someone\s++(?:with|who)|(?:good|great|strong)\s++(?:at|in)"
    r"|well[\s-]++(?:versed|experienced))"
    # "Can you code in at least one language …?", "Would you describe yourself as a strong leader?", "Have you got a
    # knack for solving problems?", "Do you excel at building models?": a yes/no question of what the candidate can do or
    # is asks as "You can …" does (not "Can you imagine …?", "Can you help us …?", "Would you like to …?": the job)
    r"|\bcan\s++you\s++(?!(?:imagine|picture|see|believe|help|join|start|relocate|commute|meet|tell|guess)\b)[a-z]++\b"
    r"(?=[^.!?\n]{0,300}+\?)"
    r"|\b(?:would|do)\s++you\s++(?:describe|consider|see|call)\s++yourself\b|\bhave\s++you\s++got\b"
    r"|\bdo\s++you\s++(?:excel\s++(?:at|in)|view|value)\b"
    # "If you have a track record in software development and excellent communication skills, we want to talk with
    # you", "If you are an engineer with a background in …": a condition picturing the candidate asks as "You have …"
    # does (a preference word still wins: "Bonus if you have …"; not "if you have any questions", "if you have it",
    # nor "If you have a passion for Rust, tell us": an interest, not a qualification)
    # (a capital "If" after a comma opens a sentence glued to a list before it: "…, evaluation, If you have skills …")
    r"|(?:\b(?-i:if|IF)|(?<![,;] )\b(?-i:If))\s++you\s++(?:also\s++|already\s++)?(?:have|possess|bring)\s++"
    r"(?!(?:any|questions?|it|them|this|that|one|been|had|ever|not|never|to|an?\s++disabilit\w*"
    r"|(?:an?\s++)?(?:[\w-]++\s++)?(?:passion|interest|desire)s?)\b)"
    r"|(?:\b(?-i:if|IF)|(?<![,;] )\b(?-i:If))\s++you\s++are\s++an?\s++(?:[\w-]++,?\s++){0,4}?(?:individual|person|professional|engineer|scientist|analyst"
    r"|developer|expert|candidate)\s++with\b(?!\s++(?:an?\s++)?disabilit)"
    # "You love wrangling messy data into …", "You excel at explaining models to anyone": the candidate pictured by what
    # they enjoy or are good at, opening the sentence (not "If you enjoy …", "… where you will enjoy …")
    r"|(?=you)(?<![\w,] )(?<![\w,])you\s++(?:also\s++|really\s++|truly\s++)?(?:love|enjoy|relish|excel\s++(?:at|in)"
    r"|thrive\s++(?:on|in|when|with))\b"
    # "You write clean Python and understand how it is deployed": a duty joined to what the candidate knows.
    r"|\byou\s++(?!(?:will|would|can|could|may|might|shall|get|are|were)\b)[a-z]++\s[^.;:]{0,150}?\band\s++(?:also\s++)?(?:understand|know)\b"
    # "You demonstrate the ability to clearly communicate analysis": the candidate pictured by what they show of
    # themselves, opening the sentence (not "As you demonstrate strong skills, …", "… the consultative skill you
    # demonstrate", nor "You demonstrate our dashboards to clients", a duty)
    r"|(?=you)(?<![\w,] )(?<![\w,])you\s++(?:also\s++)?(?:demonstrate|exhibit)\s++(?:[\w,/-]++\s++){0,4}?"
    r"(?:abilit(?:y|ies)|skills?|knowledge|experience|expertise|understanding|proficiency|familiarity|competenc(?:y|ies|e)"
    r"|aptitude|acumen|attention|command|grasp|judge?ment|track\s++record|curiosity|sense)\b"
    r"|(?<!\bif )\byou\s++(?:also\s++)?(?:have|possess|understand|know)\b(?!\s++(?:the\s++|an?\s++)?(?:(?:special|unique|rare|great|exciting)\s++)?(?:opportunit|chance|access|option|ability\s++to\s++(?:work|shape|grow)))"
    # "You will bring excellent analytic skills and a thorough knowledge of …", "You'll have a strong background in …":
    # what the hire comes with, said ahead (not "You will have the opportunity to …", "You'll bring our models to
    # production", "You will have exposure to …": what the job gives or the work does)
    # ("Through these projects, you will have developed experience in …": what the job will have given)
    r"|(?=you)(?<!\bif )\byou(?:(?:'|’)ll|\s++will)\s++(?:also\s++)?(?P<ahead>bring|have|possess)\s++"
    r"(?!(?:the\s++|an?\s++)?(?:opportunit|chance|access|option|ownership|responsibilit)"
    r"|(?:developed|gained|acquired|obtained|earned|honed|sharpened|strengthened|built|grown|learn(?:ed|t))\b)"
    r"(?:[\w,-]++\s++){0,4}?"
    r"(?:experience|expertise|background|knowledge|skills?|understanding|proficiency|familiarity|fluency|command|mastery)"
    r"\b(?!\s++(?:to\s++(?:gain|grow|learn|develop)|you\s++(?:will\s++)?(?:gain|learn|need|develop)))"
    # "You will be an NLP expert with …", "You will be adept at using large data sets …": what the hire will be good at
    # (not "You will be the primary analytics expert for the team", "You will be part of an experienced team")
    r"|(?=you)(?<!\bif )\byou(?:(?:'|’)ll|\s++will)\s++(?:also\s++)?be\s++(?:highly\s++|very\s++|well[\s-]++)?"
    r"(?:an?\s++(?:[\w-]++\s++){0,2}?expert|proficient|skilled|versed|fluent|adept|knowledgeable)\s++(?:in|with|at|on)\b"
    # "… is seeking a Data Scientist with machine learning, analytical, communication, and project management
    # skills", "… seeking a Sr RPA Developer with Automation Anywhere or Blue Prism experience", "… seeking a
    # Senior AI/ML Engineer with a robust understanding of LLMs"
    r"|(?:seek(?:s|ing)?|looking\s++for|hiring)\s++(?:an?|someone|somebody|people|candidates?|individuals?)\s++"
    r"(?:(?!(?:who|that|to|will)\s)[\w,/-]++\s++){0,8}?with\s++(?:[\w'’+/,-]++\s++){0,14}?"
    r"(?:experience|expertise|background|knowledge|skills?|abilities|proficiency|understanding|familiarity|fluency"
    r"|command|grasp|mastery)"
    # "We're looking for talented people with experience in human-centered design, agile, DevOps …", "… seeking
    # motivated and talented individuals with a background in …", "… seeking highly-qualified scientists and engineers
    # with experience in …"
    r"|(?:seek(?:s|ing)?|looking\s++for|hiring)\s++(?:[\w-]++,?\s++(?:and\s++)?){1,3}?(?:people|individuals|candidates|professionals|applicants"
    r"|scientists|engineers|analysts|developers|researchers|specialists)"
    r"\s++with\s++(?:[\w-]++\s++){0,3}?(?:experience|expertise|background|knowledge|skills?|understanding|proficiency"
    # ("… looking for smart and ambitious people with a strong technical fluency in machine learning")
    r"|fluency|familiarity|command|grasp|mastery)\b"
    # "Looking for candidates having a background in …", "looking for someone good with data analytics", "(we) really
    # want someone with 2 of the 3"
    r"|(?:seek(?:s|ing)?|looking\s++for|(?<=\bwe )want|(?<=\breally )want|(?<=\bdo )want|(?<=\bthey )want)\s++(?:someone|somebody|people|candidates|applicants"
    r"|individuals)\s++(?:having\s++(?:an?\s++)?(?:[\w-]++\s++){0,3}?(?:experience|background|knowledge|expertise|skills?|understanding|proficiency)"
    r"|(?:who\s++(?:is|are)\s++)?(?:good|great|strong|skilled|experienced|proficient|fluent|comfortable|familiar|knowledgeable)\s++(?:with|in|at)"
    r"|(?<=want someone )with|(?<=want somebody )with)\b"
    # "We're looking for hands-on experience developing solutions with Python and Hadoop", "they are looking to see
    # solid engineering fundamentals and some expertise in …": what the hire knows sought with no person named (not
    # "looking for a team with experience …": the person-named frames above; "… seeking experience at a startup?"
    # asked of the reader needs its "we" / "they")
    # (the lookahead first, so the lookbehinds run only where such a verb starts)
    r"|(?=looking\s|seeking\s)(?:(?<=\bwe are )|(?<=\bthey are )|(?<=\bwe're )|(?<=\bwe’re )|(?<=\bthey're )|(?<=\bthey’re )|(?<=\bwe are also )"
    r"|(?<=\bwe're also )|(?<=\bwe’re also ))(?:looking\s++(?:for|to\s++see)|seeking)\s++"
    r"(?:(?!(?:an?|the|someone|somebody|people|candidates?|individuals?|to|who|that|with)\b)[\w-]++\s++){0,3}?"
    r"(?:experience|expertise|knowledge|proficiency|skills|fundamentals|familiarity)\s++"
    r"(?:with|in|of|using|developing|building|across|and|on)\b"
    # "We are seeking a thought leader and team builder …", "looking for a creative problem solver": the hire named
    # by what they are good at
    r"|(?:seek(?:s|ing)?|looking\s++for|hiring|need)\s++(?:an?\s++|someone\s++who\s++is\s++an?\s++)(?:[\w-]++,?\s++){0,4}?"
    r"(?:leader|builder|communicator|solver|thinker|player|collaborator|self-starter|storyteller|strategist)s?\b"
    # "Requirements include a background in statistics …", "Qualifications include …"
    r"|(?:requirements|qualifications)\s++(?:for\s++this\s++(?:role|position|job)\s++)?(?:also\s++)?include\b(?!\s++[a-z]+ing\b)"
    # "Bring your passion and talent in Data Science to …", "Bring your expertise in NLP": what the hire brings
    r"|(?<![\w,] )(?<![\w,])bring\s++your\s++(?:[\w,]++\s++){0,4}?(?:passion|talents?|expertise|experience|skills?|knowledge)\s++(?:in|for|of|with)\b"
    # … and in French: "… requise", "… exigée", "… obligatoire", "… indispensable", "Le candidat devra avoir …"
    r"|requis(?:es?)?|exigée?s?|obligatoires?|(?:est|sont)\s++indispensables?|indispensables?(?=\s*+(?:[.;!)]|$))|nécessaires?|(?:devra|doit|devez)\s++(?:avoir|posséder|maîtriser|justifier|être)"
    # "The Data Scientist has strong presentation skills", "The IT Data Analyst combines process knowledge with …": the
    # hire, named by the role, described by what they have (the subject is checked by _said_of_candidate; not "Our
    # consultants bring deep expertise", the employer's staff, nor "… has the opportunity to gain experience"). Last,
    # so that a branch above matching at the same word ("has to have …", "… that possesses …") is the one found.
    r"|(?<=[A-Za-z] )(?P<described>(?:has|combines|brings|demonstrates)\s++"
    r"(?!(?:the\s++|an?\s++)?(?:opportunit|chance|access|option|ownership|responsibilit))(?:[\w,/-]++\s++){0,4}?"
    r"(?:experience|knowledge|expertise|background|skills?|understanding|proficiency|familiarity|strengths|abilit(?:y|ies))))\b",
    re.I,
)
# The requirement cue pattern is searched in most sentences read: tried only where one of its leading words
# stands (the engine would try every branch at every word; see literals.LeadSearch), with the same matches.
# (_PREF_CUE is searched mostly in short strings, and only after _pref_hint: the plain pattern is as fast there.)
_REQ_CUES = LeadSearch(_REQ_CUE)
# Heading words strong enough to end a "preferred" section; "Experience with any of the following:"
# under "Bonus points" is a lead-in, not a new section.
_STRONG_REQ_HEADING = re.compile(
    r"\b(requir\w*|minimum|basic|must|qualifications?|what you(?:'|’)?ll need|what you need|essential)\b", re.I
)
# ("3 years' experience", "1 year’s experience": the possessive apostrophe is part of the phrase.) A range gives its
# first number, the minimum, in digits or words alike ("4-6 years", "Four to six years", "Two (2) to four (4) years"),
# and so does an open one ("2 or more years", "Three (3) or more years").
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen"
    r"|twenty)\b"
)
_DIGITS_ASIDE = r"(?:\(\s*+\d++\s*+\+?\s*+\)\s*+)?"
# the first number, and what may follow it up to "years": "5+", "five (5)", "4-6", "Four to six", "2 or more"
_YEARS_COUNT = r"\d{1,2}(?:\.\d)?|" + _NUMBER_WORD
_YEARS_RANGE = r"(?:-|–|to)\s*+(?:\d{1,2}|" + _NUMBER_WORD + r")\s*+\+?\s*+" + _DIGITS_ASIDE
_YEARS_SPAN = (
    r"\s*+\+?\s*+"
    + _DIGITS_ASIDE
    + r"(?:"
    + _YEARS_RANGE
    + r"|(?:or|and)\s++(?:more|greater)\s++)?\+?\s*+(?:years?|yrs?)\b"
)
# The same phrase where it opens a sentence or an item, in any case ("5+ years", "Two to three years", "Three (3) or
# more years"): what the checks for where a sentence or an item starts look for, as the years themselves are read.
_YEARS_OPENING = r"(?i:(?:" + _YEARS_COUNT + r")" + _YEARS_SPAN + r")"
_QUALIFICATION = re.compile(
    # (abbreviated too: "Min of 8+ yr. experience", "min. 5 yrs")
    r"^(?:(?:at\s+least|(?:a\s+)?min(?:imum|\.)?(?:\s+of)?|over|more\s+than)\s+)?" + _YEARS_OPENING +
    # Words that open a qualification only at the very start: "In-depth knowledge", "Adept with", "Well versed in"
    # ("Conduct in-depth analyses" is a duty).
    r"|^(?:(?:very|highly|extremely)\s+)?(?:in[\s-]depth|adept|(?:well[\s-])?versed|conversant|capable\s+of|thorough|literate)\b"
    # A competency stated of the candidate: "Demonstrates basic computational skills …", "Has working knowledge of …"
    r"|^(?:demonstrates|possesses|has|exhibits|displays)\s++(?:[\w/-]++\s++){0,4}?(?:experience|knowledge|skills?|abilit\w+"
    r"|proficiency|understanding|expertise|command|competenc\w+|background)\b"
    # What a candidate has, after at most two words that are not the employer speaking: "Python experience",
    # "Prior knowledge", "Must have experience" (not "Our expertise in …", "We are able to …").
    r"|^(?:an?\s++)?(?:(?!(?:we|our|us)\b)\w++\s++){0,2}(?:experience|knowledge|proficien\w*|familiar\w*|expert\w*|understanding|background"
    r"|fluen\w*|skills?|skilled|degree|bachelor\w*|master\w*|ph\.?d|bs|ms|ba|ma|b\.s|m\.s|certifi\w*|ability|able\s+to|track\s+record"
    r"|comfort\w*|competen\w*|command|mastery|grasp|exposure"
    r"|hands[\s-]on|working(?=\s++(?:knowledge|experience|understanding|familiarity|proficiency|fluency|level)))\b"
    # A strength word asks only in a frame that speaks of the candidate: opening the item ("Strong SQL skills",
    # "Advanced Excel"), after an article or intensifier ("A solid grasp", "Very strong", "Technically strong"),
    # after what the candidate has or is ("Must have strong", "You possess excellent", "They are excellent
    # communicators", "Be an effective", "Your strong …"), or paired ("Intermediate to advanced", "MBA or advanced degree"). Not "Acme applies advanced
    # technologies …", "We offer great benefits", "Dig deep into …".
    # ("o" is a bullet typed as a letter; "You will have a strong influence on …" is a duty.)
    r"|^(?:o\s++)?(?:your\s++|\w++\s++(?:and|or|to)\s++|(?:(?:you|they|candidates?|applicants?|incumbents?)\s++)?(?:(?:must|should)\s++)?"
    r"(?:also\s++)?(?:have|has|having|possess(?:es)?|posses|with|demonstrat(?:es?|ed|ing)|exhibits?|displays?|are|is|be|being"
    r"|needs?|requires?|(?:possession|demonstration)\s++of)\s++)?(?:an?\s++)?"
    r"(?:(?:very|highly|extremely|exceptionally|really|truly|[a-z]{2,20}ically)\s++)?"
    # ("Deep dive into large data sets …" is a task)
    r"(?:demonstrated|proven|strong|solid|excellent|exceptional|advanced|deep(?![\s-]++dives?\b)|good|outstanding|superb|great|experienced"
    r"|effective(?!\s++(?:[a-z]{3,9}\.?\s++\d|\d|immediately|date\b)))\b"
    # Strength words that also open other things ("Sound good?", "Basic Function", "Extensive training opportunities",
    # "Significant participation in …") ask only when a competency noun follows within a few words: "Superior verbal
    # and written communication skills", "Sound business judgment", "Basic Project Management skills", "Sharp
    # attention to detail", "Intermediate- to advanced-level knowledge of SQL".
    r"|^(?:superior|sharp|sound|keen|basic|intermediate|fundamental|sufficient|robust|broad|extensive|significant"
    r"|substantial|considerable|positive)\b[\s-]++(?:[\w/&,-]++\s++){0,4}?(?:skills?|knowledge|experience|understanding"
    r"|proficiency|familiarity|expertise|background|judge?ment|communicator|attention|abilit(?:y|ies)|aptitude|grasp"
    r"|command|competenc(?:y|ies|e)|acumen)\b"
    # "Your leadership and interpersonal skills will allow you to …": the candidate's own skills, however many
    # words name them (two or fewer are read above)
    # (not "Your role is to provide needed knowledge …": no verb among those words)
    r"|^your\s++(?:(?!(?:is|are|was|will|would|can|should|to|be)\b)[\w/&-]++,?\s++){2,5}?(?:skills|expertise|knowledge|background)\b"
    # "Supportive mentor with ability to guide …", "Team player with the ability to prioritize", "Detail-oriented
    # self-starter with proven ability to …": the candidate described in a few words, then what they are able to do
    # (not "We provide analysts with the ability to …", "Equip users with the ability to …": abilities given to others)
    r"|^(?!(?:we|our|us|this|it|they|provides?|providing|empowers?|empowering|equips?|equipping|gives?|giving|offers?"
    r"|enables?|enabling|arms?|helps?)\b)(?:[\w/-]++,?\s++){1,4}?with\s++(?:the\s++|an?\s++)?"
    r"(?:(?:proven|demonstrated|strong|excellent)\s++)?abilit(?:y|ies)\s++to\b"
    # "Model creation and ability to write APIs": a short item joined to an ability
    r"|^(?:[\w/-]++\s++){1,3}and\s++(?:the\s++|an?\s++)?(?:ability|able)\s++to\b"
    # … and in French: "Des connaissances approfondies en …", "De l’expertise en …", "D’excellentes qualités de …",
    # "Maîtrise de Python", "Une expérience de 3 ans"
    r"|^(?:d(?:e|es|u)\s++|d['’]\s*+|une?\s++|la\s++|le\s++|les\s++)?(?:l['’]\s*+)?"
    r"(?:(?:très\s++)?(?:bonnes?|solides?|excellentes?|réelles?|fortes?)\s++)?"
    r"(?:connaissances?|compétences?|expériences?|expertise|maîtrise|capacités?|aptitudes?|qualités|diplôme|familiarité)\b",
    re.I,
)
# Verbs a duty opens with ("Execute advanced analytics projects", "Exercise your experience in …", "Builds strong
# relationships"): an item opening with one is a task, whatever qualification word follows ("Become an expert in our
# claims data", "Become proficient in SAS": what the hire will come to know on the job, as "Gain", "Learn").
DUTY_VERBS = frozenset(
    "execute develop build design create apply use utilize utilise leverage conduct perform lead manage drive provide"
    " support maintain implement deliver work partner collaborate analyze analyse identify exercise gain acquire own"
    " define establish ensure help assist participate contribute communicate present prepare write research mentor"
    " coach train evaluate investigate explore improve optimize optimise enhance monitor review translate serve act"
    " foster cultivate deploy automate architect engineer model test validate document report share promote influence"
    " advise recommend oversee coordinate facilitate plan prioritize prioritise produce run operate extract integrate"
    " interpret visualize visualise transform solve stay keep continue learn bring enable become".split()
)
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}
_YEARS = re.compile(
    r"\b(" + _YEARS_COUNT + r")" + _YEARS_SPAN + r"(?:['’]s?+(?!\w))?+"
    r"(?:\s++(?:of\s++)?(?:\w+\s++){0,3}?(?:experiences?|exp|work|working|using|with|in)(?![a-z])|\s*+(?:of\s++)?(?:hands-on|professional|industry|relevant|related|practical))?",
    re.I,
)
# A years phrase's unit word, and what may follow it when the phrase names nothing of its own: "(of relevant)
# experience", then a level word, a pronoun object or the clause's end ("SQL, 3+ years of experience required").
_YEARS_UNIT = re.compile(r"\b(?:years?|yrs?)\b(?:['’]s?+(?!\w))?+", re.I)
_BARE_YEARS_TAIL = re.compile(
    r"(?:\s++(?:of\s++)?(?:(?:relevant|professional|hands-on|industry|practical|related|direct|prior|proven"
    r"|demonstrated|overall|total|combined)\s++)*+(?:experiences?|exp|work)\b\.?)?\s*+"
    r"(?:(?:is\s++|are\s++)?(?:required|preferred|desired|needed|minimum|a\s++plus|or\s++more|plus|and|or)\b"
    r"|(?:with|in|using)\s++(?:both|them|each|these|those|either|all|it|this|the\s++above)\b"
    r"|in\s++(?:the|this|that|such)\s++(?:field|area|space|domain|discipline)s?\b|[.,;:()\[\]\n]|$)",
    re.I,
)
# Words that carry a skill on into the years after them: "dashboard design skills, including 2+ years of …".
_CARRIES_ON = re.compile(r"\b(?:including|includes|such\s++as|e\.g\.|i\.e\.|especially|particularly)", re.I)
# Where a years phrase's reach ends inside its sentence: a list boundary (a comma, a semicolon, a spaced "+" of a
# flattened list, "and", "or") where a new ask begins, its own head noun or adjective ("knowledge of", "familiarity
# with", "strong … skills", "; or a Master's degree in", "+ Proficiency in"), or "with" and a strong adjective after
# the phrase's own object ("… of Python in production, with solid … habits", "… database development with strong
# computer science fundamentals"). "5+ years of experience with Python, SQL and Spark" gives all three the years;
# "3+ years of Python, familiarity with Git" not Git. ("including", "such as", "e.g." carry the phrase on: they
# open no ask of their own; so does a colon: "… in any of these areas: strong knowledge of …".) A bare "and" that
# joins two heads over one object opens nothing new: "5+ years of experience and proficiency in SQL", "knowledge
# of and experience with", "2 years of theoretical and practical background in" (the phrase has no object yet).
_STRONG_ADJECTIVE = r"(?:strong|solid|excellent|proven|demonstrated|exceptional|outstanding|extensive|thorough)\b"
_YEARS_SCOPE_END = re.compile(
    r"(?:[,;]|\s\+(?=\s)|(?P<bare>\s(?:and|or|&|plus|as\s++well\s++as)\b))\s*+"
    r"(?:(?:and|or|with|plus|also|as\s++well\s++as|along\s++with)\s++)*+"
    r"(?:" + _STRONG_ADJECTIVE + r"|(?:(?:an?|some|good|deep|working|hands-on|practical|basic|advanced|sound|in-depth"
    r"|general|prior|previous|familiar|relevant)\s++){0,2}"
    r"(?:knowledge|understanding|familiarity|proficiency|expertise|exposure|experience|background|abilit(?:y|ies)"
    r"|skills?|habits|comfort|fluency|command|track\s++record|familiar|proficient|comfortable|fluent|able|exposed"
    r"|experienced|expert|degree|bachelor(?:'|’)?s|master(?:'|’)?s|(?:B\.?S|M\.?S|B\.?A|M\.?A|Ph\.?D)\.?\s++(?:in|degree)"
    r")\b)"
    r"|(?P<with>\swith\s++(?:an?\s++)?" + _STRONG_ADJECTIVE + r")",
    re.I,
)
_OWN_OBJECT_WITH = re.compile(
    r"(?:years?|yrs?)\s++of\s++(?:\w+\s++)*?(?!experience\b|work\b|working\b)\w+\s++with$", re.I
)
_STRONG_NEXT = re.compile(r"\s++(?:an?\s++)?" + _STRONG_ADJECTIVE, re.I)
# The words of a years phrase before its object: "5 years of demonstrated, relevant experience in …"
_EXPERIENCE_ADJECTIVE = re.compile(
    r"(?i:of|demonstrated|relevant|professional|hands-on|industry|practical|progressive|proven|related|direct"
    r"|directly|prior|recent|combined|full-time|applied|technical|working|work|post-graduate|postgraduate|paid),?"
)
# The word before a bare "and" that makes it join two heads over one object ("experience and proficiency in").
_SHARED_OBJECT_HEAD = re.compile(
    r"\b(?:experience|expertise|knowledge|understanding|familiarity|proficiency|background|skills?|training|education|coursework|work|employment|of|in|with)\s*+$",
    re.I,
)
# A years phrase after a mention that opens the next item of its list, not the mention's own years; nor after a
# field of study the mention ends the list of ("… statistics, or related discipline with 2+ years of experience").
_YEARS_NEXT_ITEM = re.compile(
    r"\b(?:and|or|plus|as\s++well\s++as)\s*+(?:(?:at\s++least|a\s++minimum\s++of|minimum)\s*+)?$"
    r"|\b(?:related|similar|equivalent)\s++(?:\w+\s++)?(?:fields?|disciplines?|majors?)\b",
    re.I,
)
# Where one sentence ends and the next starts: after . ! ? ; and space before a capital, bracket,
# quote or bullet; between two run-together sentences or items ("… is a plus.Experience with …", "… (DABT)
# preferred;Extensive experience with …": a word's end, the stop, a capitalised word; "e.g.Python", "ASP.NET"
# are no such thing); around an inline
# bullet (or a number glued to its item: "… tools. 2.Develops …"); or at a run of 3+ spaces. Written so the engine tries it only at those characters (group
# 1 keeps the punctuation with the sentence before). Every whitespace run is possessive: what
# follows it is never whitespace, so nothing is lost by not backtracking into it (and every regex
# here is written that way, so each stays linear).
_SENTENCE_END = re.compile(
    r"([.!?;])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bU\.S\.)(?:\s++(?=[A-Z(\"'•*\-]|\d{1,2}[.)][A-Z][a-z])|(?<=[a-z][a-z][.!?;]|[A-Za-z]\)[.!?;])(?=[A-Z][a-z]|[AI]\s)|(?<=[A-Za-z]\)[.!?])(?=[A-Z]{2,}\s)"
    # "Managed care experience preferred.- Database management …", "Fluent in Python and SQL.-Experience with …": a
    # dash bullet glued to the item before it (an acronym may end that item; "U.S.-Based" has no two letters before
    # its stop)
    r"|(?<=[A-Za-z0-9][A-Za-z0-9][.!?;]|[A-Za-z]\)[.!?;])[ \t]?+-[ \t]?+(?=[A-Z][a-z])"
    # "… present the findings.5+ years of experience required", "… and machine learning. 3 – 5 years' experience
    # desired.": years glued to the sentence before, or after a space (not after an abbreviation: "min. 3 years")
    r"|(?<=[a-z][a-z][.;])(?<!\bmin\.)(?<!\bapprox\.)(?<!\bincl\.)(?<!\bexp\.)(?<!\bapp\.)\s*+"
    r"(?=" + _YEARS_OPENING + r"))|\s++[•·▪●◦]\s+|\s{3,}"
)
# The same, and between two items of a list whose line breaks were lost: "… data
# pipelinesExperience with …" (a lower-case word running into a capitalised one; "TensorFlow",
# "PyTorch" start with a capital). Only lines long enough to hold such a list pay for the test.
# A level word ending one item of such a list before the next starts ("… SQL required Prior modeling
# experience …", "… preferred Strong analytical skills …", "… is a plus Ability to …") cuts it too.
# The opening words of a qualification item, capitalised: where an item of a flattened list starts
# when nothing else marks it ("… communication skills Knowledge of …", "… insurance company
# Advanced Excel, VBA and SQL required …", "… Work OrdersModerate experience with …", "… field 7+
# years' experience …").
_ITEM_OPENER = (
    r"(?:(?:Experience|Knowledge|Understanding|Familiarity|Proficiency|Expertise|Exposure|Background)\s++"
    r"(?:with|within|in|of|using|working|and|or|on)\b"
    # ("… (e.g. Salesforce, NetSuite) Experience building dashboards is preferred")
    r"|Experience\s++[a-z]{3,}ing\b"
    r"|(?:Strong|Excellent|Proven|Demonstrated|Solid|Outstanding|Exceptional|Moderate|Extensive|Thorough|Hands-on)\s++[A-Za-z]"
    # "Advanced Analytics", "Deep Learning", "Prior Authorization" name things; "Advanced knowledge of" opens an item.
    r"|(?:Advanced|Deep|Previous|Prior)\s++[a-z]|Working\s++(?:knowledge|experience|understanding|familiarity|proficiency)\b"
    r"|Ability\s++to|Able\s++to|Proficient\s++(?:in|with)|Familiar\s++with|Fluent\s++in|Comfortable\s++with"
    r"|Must\s++(?:have|be)\b|(?:Bachelor|Master)(?:'|’)?s?\b|Bonus\s++[Pp]oints?\s++(?:for|if)\b"
    r"|" + _YEARS_OPENING + r")"
)
_OPENS_ITEM = re.compile(_ITEM_OPENER)
# A duty of a flattened list, opening with its verb in capitals after the lower-case word that ended the item
# before: "… in retail domain Collaborate with product teams …", "… the business Provide thought leadership …".
# Read apart, a qualification's cue later in the run ("… minimum 2 years of …") does not reach the duties.
# (Verbs that are as often nouns opening a name, "Model Risk", "Test plans", "Report Builder", are left out; a
# lower-case word must follow, as a verb's object or preposition does: not "Build ML models", not "Design Patterns".)
_DUTY_ITEM_VERBS = sorted(
    DUTY_VERBS
    - frozenset(
        "model test report plan work lead research support document engineer architect act train run use help"
        " share stay keep continue learn bring enable own gain serve exercise drive".split()
    )
)
_DUTY_ITEM_OPENER = r"(?:" + "|".join(v.capitalize() for v in _DUTY_ITEM_VERBS) + r")\s++[a-z]"
_SENTENCE_END_RUN_ON = re.compile(
    # (a space is matched first and then the capital after it, so the rest is tried only there)
    # (after a closing bracket too: "… tools (Tableau, Power BI, etc.) Experience with big data …")
    _SENTENCE_END.pattern + r"|(?P<spaced>\s(?=[A-Z0-9])(?<=[a-z]{2}\s|[a-z.]\)\s)(?=" + _ITEM_OPENER + r"))"
    r"|(?P<duty>\s(?=[A-Z])(?<=[a-z]{2}\s)(?=" + _DUTY_ITEM_OPENER + r"))"
    # A dash bullet glued to the item it opens, after a space: "… or related field -Extensive experience …"
    r"|(?P<spaced_dash>-)(?<=[A-Za-z0-9.,;)] -)(?=[A-Z][a-z])"
    # … and years glued to the item before: "… or Mathematics3+ years of experience", "… science Preferred5 years"
    # (the one-character lookahead comes first: it fails at once inside a word, the lookbehind would not)
    r"|(?=[A-Z0-9])(?<=[a-z]{3})(?=[A-Z][a-z]{2}|" + _YEARS_OPENING + r")"
    # … after a short word too when the opening words of a qualification follow: "… Julia, ElmExperience with …"
    r"|(?=[A-Z])(?<=[a-z]{2})(?<![a-z]{3})(?=" + _ITEM_OPENER + r")"
    # … and an item glued to a closing bracket: "… data warehouse (DW)Solid understanding of …"
    r"|(?=[A-Z])(?<=[A-Za-z]\))(?=[A-Z][a-z]{2})"
    # (the level word's last letter is matched first, so the lookbehinds run only there; the next item may open
    # with a number of years: "… settlement systems is a plus 3-10 years of experience as …")
    r"|(?P<keep>d(?<=\brequired)|d(?<=\bpreferred)|d(?<=\bdesired)|s(?<=\ba plus))"
    r"(?=\s++(?:(?!I\b)[A-Z][a-z]|" + _YEARS_OPENING + r"))"
    # A bullet star glued to the item before it: "… field of study* Two years of …"
    r"|\*(?<=[a-z.;:]\*)\s++(?=[A-Z0-9])"
    # … and a bullet glyph glued to the item before it: "… preferably Python, SAS or R· Familiar with …"
    r"|[•·▪●](?<=[\w.,;:)][•·▪●])[ \t]*+(?=[A-Z0-9])"
    # A dash bullet glued to the item before it: "… data-driven problems-Excellent communication …",
    # "… detail oriented- Proven ability …" (see _sentences and _DASH_PREFIXES for what it leaves alone)
    r"|(?P<dash>-)(?:(?<=[a-z]{4}-)|(?<=[A-Za-z]\)-))\s?+(?=[A-Z][a-z]{2})"
)
# Two clauses of one sentence at two levels: "Experience with X is required and experience with Y
# preferred", "Python required, Scala preferred" — the level word closes its clause ("… not required but very
# helpful" is one clause: a preference the negation only softens).
_LEVEL_CLAUSE_END = re.compile(
    r"(?<!\bnot )\b(?:required|preferred|desired|mandatory|(?:is|are)\s++a\s++plus|(?<!\bnot )a\s++must)\b"
    r"(?=,?\s++(?:and|but|while|whereas)\s++(?!not\b)[a-z])"
    # ("SQL is a must, Spark a plus", "HEK293 a must, insect cells desirable")
    r"|(?<!\bnot )\b(?:required|preferred|desired|mandatory|a\s++must),(?=\s++(?!not\b)[A-Za-z])"
)
_RUN_ON_MIN_LINE = 60


@dataclass(slots=True)
class Segment:
    start: int
    end: int
    level: str
    negated: bool = False
    heading: bool = False
    sentence_start: int = -1  # the whole sentence or line, shown as evidence
    sentence_end: int = -1


@dataclass(slots=True)
class _Line:
    """A line and the section it sits in; its sentences and their levels are worked out on demand."""

    start: int  # offsets into the whole text; ``start`` is where the line's content begins
    end: int
    section: str | None
    heading_level: str | None = None  # set for a heading line (or the label of "Heading: content")
    segments: list[Segment] | None = None
    segment_starts: list[int] | None = None  # for a binary search among many sentences
    field_value: bool = False  # the value of a field such as "Location: …" or "Department / Company: …"
    flattened: bool = False  # a piece of a long line cut at run-in headings: its section may end inside it
    in_ask_list: bool = False  # a bare line between two qualification items: it reads as one of them
    continues: bool = False  # the line goes on with the sentence the line before it broke off
    framing: bool = False  # under a heading that frames the role ("The Team", "The Opportunity", "Our Mission")


class SegmentIndex:
    """The segments of one text, for looking up the level and sentence of a character offset.

    Finding headings and sections is cheap and done up front, line by line; splitting a line into
    sentences and reading its cues happens only when a mention falls inside it.
    """

    def __init__(self, text: str):
        self.text = text
        self._lines = _split(text)
        self._starts = [line.start for line in self._lines]
        self._years: dict[int, tuple[list[tuple[int, int, float]], list[int], list[int]] | None] = {}
        # where each years phrase's reach ends (by the phrase's end): found once, not once per mention after it
        self._years_reach: dict[int, int] = {}

    def line_at(self, offset: int) -> tuple[int, int, str | None, bool] | None:
        """(start, end, section kind, is a field's value) of the line holding ``offset``, or None."""
        i = bisect_right(self._starts, offset) - 1
        if i < 0 or offset >= self._lines[i].end:
            return None
        line = self._lines[i]
        return line.start, line.end, line.section, line.field_value

    def framed_at(self, offset: int) -> bool:
        """Whether ``offset`` lies in a duty section opened by a heading that frames the role ("The Team",
        "About the Opportunity", "Our Mission"): its prose often describes the team or the company instead."""
        i = bisect_right(self._starts, offset) - 1
        if i < 0 or offset >= self._lines[i].end:
            return False
        line = self._lines[i]
        # (a piece of a long line cut at run-in headings may hold the duties that follow without a break)
        return line.framing and line.section == _DUTY and line.heading_level is None and not line.flattened

    def lines(self) -> list[tuple[int, int, str | None, bool]]:
        """(start, end, section kind, is a field's value) of every line, in order (see :meth:`line_at`)."""
        return [(line.start, line.end, line.section, line.field_value) for line in self._lines]

    @property
    def segments(self) -> list[Segment]:
        return [seg for line in self._lines for seg in self._segments_of(line)]

    def segment_at(self, offset: int) -> Segment | None:
        i = bisect_right(self._starts, offset) - 1
        if i < 0 or offset >= self._lines[i].end:
            return None
        line = self._lines[i]
        segments = self._segments_of(line)
        if line.segment_starts is None:
            line.segment_starts = [seg.start for seg in segments]
        j = bisect_right(line.segment_starts, offset) - 1  # segments are in order and never overlap
        if j >= 0 and offset < segments[j].end:
            return segments[j]
        return None

    def line_segments(self, offset: int) -> tuple[list[Segment], list[int]]:
        """The segments of the line holding ``offset`` (in order, never overlapping) and their
        starts, for a caller that walks a whole line: :meth:`segment_at` of any offset in the line
        is the one of these holding it. Empty lists when no line holds ``offset``."""
        i = bisect_right(self._starts, offset) - 1
        if i < 0 or offset >= self._lines[i].end:
            return [], []
        line = self._lines[i]
        segments = self._segments_of(line)
        if line.segment_starts is None:
            line.segment_starts = [seg.start for seg in segments]
        return segments, line.segment_starts

    def section_at(self, offset: int) -> str | None:
        """The kind of section ``offset`` sits in: "required", "preferred", "duty", "other" or None."""
        i = bisect_right(self._starts, offset) - 1
        if i < 0 or offset >= self._lines[i].end:
            return None
        return self._lines[i].section

    def heading_at_end(self) -> tuple[int, int] | None:
        """(start, end) of the heading whose section the text's last line sits in ("Requirements:" over a
        list that runs to the end), or None: what a text read after this one goes on under (a long posting
        read in pieces, :func:`~analyzer.nlp.extraction.read_posting`). A field ("Location: Remote") is
        no such heading, and neither is a line whose section began some other way (a lead-in, the blurb)."""
        if not self._lines or self._lines[-1].section is None:
            return None
        section = self._lines[-1].section
        for line in reversed(self._lines):
            if line.heading_level is not None and line.section != FIELD:
                return (line.start, line.end) if line.section == section else None
        return None

    def years_for(self, start: int, end: int, seg: Segment | None = None) -> float | None:
        """Years stated in the mention's sentence: the nearest phrase before it or around it ("5+ years
        Python experience", "3+ years of Python in production"), else right after it."""
        seg = seg or self.segment_at(start)
        if seg is None:
            return None
        years = self._years_in(seg.sentence_start, seg.sentence_end)
        if not years:
            return None
        # Phrases are in order and never overlap, so their starts and their ends both ascend:
        # a binary search instead of a scan keeps a sentence with many of them linear.
        found, starts, ends = years
        # The last phrase that starts before the mention: it ends before it, or holds it.
        i = bisect_right(starts, start) - 1
        if i >= 0:
            # (its reach is read up to the next phrase: a mention after that is the next phrase's)
            limit = starts[i + 1] if i + 1 < len(starts) else seg.sentence_end
            if ends[i] >= start or not self._years_scope_ends(starts[i], ends[i], start, limit):
                return found[i][2]
            # the phrase's reach ended before the mention, at a new ask; a phrase right after may still hold it
        j = bisect_left(starts, end)  # else the first one starting after it, if close
        # (not one opening the next item of a list: "SQL and 2+ years of Go" asks no years of SQL; nor a clause of its
        # own after a comma: "Proficiency in Excel, 2+ years of experience performing statistical analysis")
        if (
            j < len(found)
            and found[j][0] < end + 40
            and not _YEARS_NEXT_ITEM.search(self.text, end, found[j][0])
            and not (
                "," in self.text[end : found[j][0]]
                and not _CARRIES_ON.search(self.text, end, found[j][0])
                and self._years_have_an_object(found[j], seg.sentence_end)
            )
        ):
            return found[j][2]
        return None

    def _years_have_an_object(self, phrase: tuple[int, int, float], limit: int) -> bool:
        """Whether a years phrase names what the years are of ("2+ years of experience performing …", "3 years of
        Python", "4 years of experience with …"), rather than standing bare after a skill ("3+ years",
        "2 years of experience required", "3 years of experience with both")."""
        unit = _YEARS_UNIT.search(self.text, phrase[0], phrase[1])
        return unit is None or not _BARE_YEARS_TAIL.match(self.text, unit.end(), limit)

    def _years_scope_ends(self, phrase_start: int, start: int, end: int, limit: int) -> bool:
        """Whether a new ask begins between a years phrase ending at ``start`` and a mention at ``end``."""
        # the phrase took its own object and "with" ("5 years of pipeline development with"): a strong adjective
        # right after it opens a new ask ("… with strong Airflow skills")
        if _OWN_OBJECT_WITH.search(self.text, phrase_start, start) and _STRONG_NEXT.match(self.text, start, end):
            return True
        reach = self._years_reach.get(start)
        if reach is None:
            reach = self._years_reach[start] = self._years_reach_end(start, limit)
        return reach <= end

    def _years_reach_end(self, start: int, limit: int) -> int:
        """Where the first new ask after a years phrase ending at ``start`` ends, read up to ``limit`` (past
        it if none): a mention at or after it is out of the phrase's reach. Read once per phrase and only up
        to the next phrase, so a long sentence of mentions and phrases stays linear."""
        for m in _YEARS_SCOPE_END.finditer(self.text, start, limit):
            gap = self.text[start : m.start()]
            # more than a few words are never all adjectives and always a longer object: no need to split them all
            before = gap.split() if len(gap) <= 200 else ["of", "…", "…", "…"]
            # a comma between the phrase's own adjectives: "three years of demonstrated, relevant experience in"
            if before and all(_EXPERIENCE_ADJECTIVE.fullmatch(word) for word in before):
                continue
            if m.group("bare") is None and m.group("with") is None:
                return m.end()
            # a bare "and", "or", "with …" ends the reach only after a longer object of the phrase's own
            if len(before) > (2 if before[:1] == ["of"] else 1) and not (
                m.group("bare") and _SHARED_OBJECT_HEAD.search(self.text, max(start, m.start() - 64), m.start())
            ):
                return m.end()
        return limit + 1

    def _years_in(self, start: int, end: int) -> tuple[list[tuple[int, int, float]], list[int], list[int]] | None:
        if start in self._years:
            return self._years[start]
        chunk = self.text[start:end].lower()
        found = []
        if "year" in chunk or "yr" in chunk:
            found = [(m.start(), m.end(), _years_value(m.group(1))) for m in _candidate_years(self.text, start, end)]
        result = (found, [y[0] for y in found], [y[1] for y in found]) if found else None
        self._years[start] = result
        return result

    def _segments_of(self, line: _Line) -> list[Segment]:
        if line.segments is not None:
            return line.segments
        if line.heading_level is not None:
            line.segments = [
                Segment(
                    line.start,
                    line.end,
                    line.heading_level,
                    heading=True,
                    sentence_start=line.start,
                    sentence_end=line.end,
                )
            ]
            return line.segments
        section = _REQ if line.in_ask_list else line.section
        i = bisect_left(self._starts, line.start)
        first = last = i
        while self._lines[first].continues:
            first -= 1
        while last + 1 < len(self._lines) and self._lines[last + 1].continues:
            last += 1
        if first == last:
            line.segments = self._read(line.start, line.end, section, line.flattened)
            return line.segments
        # A sentence broken over lines ("Shall have experience in supporting cloud database environments,
        # specifically" / "AWS (EC2, S3 or Redshift) to include backup and archiving of" / "data") is read
        # whole: the run of lines as one line, its segments then cut at the line ends.
        run = self._lines[first : last + 1]
        whole = self._read(run[0].start, run[-1].end, _REQ if run[0].in_ask_list else run[0].section, False)
        for part in run:
            part.segments = [
                seg
                if part.start <= seg.start and seg.end <= part.end
                else Segment(
                    max(seg.start, part.start),
                    min(seg.end, part.end),
                    seg.level,
                    seg.negated,
                    sentence_start=seg.sentence_start,
                    sentence_end=seg.sentence_end,
                )
                for seg in whole
                if seg.start < part.end and seg.end > part.start
            ]
        return line.segments or []

    def _read(self, start: int, end: int, section: str | None, flattened: bool) -> list[Segment]:
        """The segments of the text from ``start`` to ``end``: one line, or a run of lines read as one."""
        body = self.text[start:end]
        if "\n" in body:
            body = body.replace("\r", " ").replace("\n", " ")  # (the same length: offsets hold)
        segments: list[Segment] = []
        last_start = 0
        # the section before a lead-in inside the line made what follows required, while it does
        lead_in_from: tuple[str | None] | None = None
        for s, e in _sentences(body, 0, duty_items=section == _DUTY):
            # "… QUALIFICATIONS 5+ years … SKILLS Story telling. … We collaborate as a global team
            # to …": in a flattened posting the last list runs on into the company's prose.
            if flattened and section in (_REQ, _PREF) and _employer_sentence(body[s:e]):
                section = BLURB
            # (… and the numbered items after a lead-in inside the line end where the employer speaks again)
            if lead_in_from is not None and _employer_sentence(body[s:e]):
                section, lead_in_from = lead_in_from[0], None
            own = _sentence_segments(self.text, start + s, start + e, section)
            # "Experience with vector stores is a plus. This includes Qdrant and Milvus.": a sentence that only
            # spells out what a qualification before it named is asked at that one's level (not "We're looking
            # for someone to automate our paperwork. This means OCR …": the work, spelled out).
            if (
                segments
                and own
                and segments[-1].level != UNSPECIFIED
                and _spells_out_the_last(body[s:e])
                and (
                    segments[-1].level == PREFERRED
                    or is_qualification(body[last_start:s])
                    and not _DUTY_LEAD_IN.search(body[last_start:s])
                )
            ):
                level, negated = segments[-1].level, segments[-1].negated
                own = [
                    Segment(
                        seg.start,
                        seg.end,
                        level,
                        negated,
                        sentence_start=seg.sentence_start,
                        sentence_end=seg.sentence_end,
                    )
                    for seg in own
                ]
            segments += own
            last_start = s
            # "… The successful candidate will likely have the following skills Hands-on experience …":
            # a lead-in inside a line marks what follows it on that line, as one on a line of its own does.
            if section != _PREF and e < len(body) and _inline_preferred_lead_in(body[s:e], section):
                section = _PREF
            # "… Additionally, the applicant must have 1 year of experience in: 1. Formulating …; 2.) …": a lead-in
            # that asks, inside a line, heads the items run on after it (as a lead-in line heads the lines below).
            elif section not in (_REQ, _PREF) and e < len(body) and _inline_required_lead_in(body[s:e]):
                section, lead_in_from = _REQ, (section,)
        return segments


# "This includes …", "These would include …", "Examples include …", "E.g. …", "For example, …": a sentence that
# opens by pointing back and goes on to list instances.
_SPELLS_OUT = re.compile(
    r"[\s\W]*+(?:(?:this|these|that|those|such\s++(?:skills|tools|experience))\s++(?:\w+\s++)?(?:includes?|including|covers|means)"
    r"|examples?\s++(?:include|are)|e\.g\.|for\s++example|for\s++instance|i\.e\.|such\s++as)\b",
    re.I,
)


def _spells_out_the_last(sentence: str) -> bool:
    """Whether ``sentence`` only lists instances of what the sentence before it asked for: no cue of its own."""
    return bool(_SPELLS_OUT.match(sentence)) and not _PREF_CUE.search(sentence) and not _REQ_CUES.search(sentence)


class _LastIndex:
    """The text last indexed and its index, as one tuple (read and replaced whole, so threads are safe)."""

    entry: tuple[str, SegmentIndex] | None = None


def segment_index(text: str) -> SegmentIndex:
    """The :class:`SegmentIndex` of ``text``, reused while the very same string is asked for again
    (the matcher, the requirement tagger and the slot detector read the same posting one after the
    other)."""
    entry = _LastIndex.entry
    if entry is not None and entry[0] is text:
        return entry[1]
    index = SegmentIndex(text)
    _LastIndex.entry = (text, index)
    return index


def _split(text: str) -> list[_Line]:
    """Lines of ``text`` (a "Heading: content" line gives two), each with the section it belongs to."""
    out: list[_Line] = []
    section: str | None = None
    value_next = False  # the line after a bare field label ("Location" / "Remote") is its value
    under_level_heading = False  # the line before was a bare required or preferred heading
    labels: list[int] = []  # lines in a required section that read like a label of no kind we know
    framing = False  # the last heading that set the section frames the role (see _FRAMING_HEADING)
    # "PREFERRED QUALIFICATIONS" + "Education:" … "Experience:": the level of a level heading whose
    # sub-headings name only a kind of qualification; its later sub-headings of that kind keep it.
    nested_level: str | None = None
    # The heading line before was a bare level word ("Preferred" / "Qualifications:"): a heading wrapped over two lines.
    bare_level_heading = False
    title_inside = False  # a job title stood between a bare level word and the rest of its heading
    # The line before was the first word or two of a wrapped item ("Excellent", "Hands-on"), no heading.
    item_start: str | None = None
    names = _Names(text)
    # The section before a lead-in that spelled out the sentence before it (see _spelled_out_lead_in): its list is
    # of short items, and a paragraph of prose after them speaks in that section again.
    spelled_from: tuple[str | None, str] | None = None
    pos = 0
    for raw in text.splitlines(keepends=True):
        raw_start, pos = pos, pos + len(raw)
        raw_body = raw.rstrip("\r\n")
        pieces = _unglue(raw_body, raw_start, names) if ":" in raw_body else [(raw_start, raw_body)]
        flattened = False
        if "Company" in raw_body or "About" in raw_body:
            cut = [part for piece in pieces for part in _cut_glued_blurb_heading(*piece)]
            flattened, pieces = len(cut) > len(pieces), cut
        if len(raw_body) >= _RUN_IN_MIN_LINE or _has_glued_section_noun(raw_body):
            cut = [part for piece in pieces for part in _cut_run_in_headings(*piece)]
            flattened, pieces = flattened or len(cut) > len(pieces), cut
        if raw_body[:1] in "PDRpdrSQEKskqek":
            cut = _cut_level_word_heading(*pieces[0]) + pieces[1:]
            flattened, pieces = flattened or len(cut) > len(pieces), cut
        for line_start, body in pieces:
            if not body or body.isspace():
                continue
            kind, rest = _heading(body)
            # "Preferred Qualifications:" … "Experience" / "with text mining tools": in a list wrapped after the first
            # word or two of each line, a bare section word that the next line goes on from starts an item
            # … and "Hands-on" / "Software Development Skills (Python-Preferred)": the line that finishes such an item
            if (
                kind in (_REQ, _PREF)
                and rest is None
                and section in (_REQ, _PREF)
                and (
                    _starts_a_wrapped_item(body, _next_line(text, pos))
                    or (item_start is not None and _finishes_an_item(item_start, body))
                )
            ):
                kind = None
            words = body.split()
            item_start = (
                body.strip() if kind in (None, _UNKNOWN) and 0 < len(words) <= 2 and body[-1:].isalnum() else None
            )
            if kind is None or kind == _UNKNOWN:
                section_before = section
                framing = framing and kind is None  # "The Team" / … / "The Tech Stack": the framing has ended
                # (a label shaped like a heading of no kind we know reads as a lead-in too: "You should demonstrate:")
                lead_in = (
                    body.rstrip().endswith(":")
                    or kind is None
                    and (bool(_OPEN_END.search(body[-40:])) or _points_to_the_list_below(body))
                )
                # "Facebook's mission is …", "Acme is an equal opportunity employer …" after the last item:
                # the qualifications have ended.
                if section in (_REQ, _PREF) and kind is None and _employer_prose(body, names):
                    section = BLURB
                # "- Experience with Spark" / "This position offers a chance to … Join us!": a paragraph of prose
                # after the bulleted items speaks outside their list (the items after it, if any, go on with it).
                after_the_list = (
                    section in (_REQ, _PREF) and kind is None and bool(out) and _closes_a_list(text, out[-1], body)
                )
                # "If you resonate with these values, then please submit your application.", "If this sounds like
                # you, apply today!": the employer's closing invitation ends the list it follows; it asks nothing
                # itself unless it names what the candidate has ("If you have 5+ years of SQL, apply").
                invitation = section in (_REQ, _PREF) and kind is None and _invites_to_apply(body)
                after_the_list = after_the_list or invitation and not _asks_in_prose(body)
                if (
                    spelled_from is not None
                    and section == spelled_from[1]
                    and kind is None
                    and _paragraph_sentences(body) is not None
                ):
                    section, spelled_from = spelled_from[0], None
                # "About us … JOB INFORMATION", "… you will perform tasks like:", "What skills are needed for you
                # to be considered?": the blurb (or the physical demands) has ended.
                if section in _CLOSED_BY_ANY_HEADING and (
                    kind == _UNKNOWN
                    or (lead_in and _ADDRESSES_CANDIDATE.search(body))
                    # (not "Why would you want to work here?", "How, you ask?", questions of the blurb)
                    or (
                        body.rstrip().endswith("?")
                        and _ADDRESSES_CANDIDATE.search(body)
                        and _label_kind(body) in (_REQ, _PREF, _DUTY)
                    )
                ):
                    section = None
                # "Preference will be given to applicants with any of the following:", "You get bonus
                # points for:": a lead-in too long to be a heading that opens a list of nice-to-haves.
                if (
                    lead_in
                    and section not in _CLOSED_BY_ANY_HEADING
                    and _preferred_lead_in(body)
                    and not (under_level_heading and _refines_heading(section, _PREF, body))
                ):
                    section = _PREF
                # "Here are a few things that we look for:", "We are looking for people skilled in the
                # following areas:": a lead-in that opens a list of what the candidate is to have.
                elif lead_in and section != _PREF and _required_lead_in(body):
                    section = _REQ
                # "A successful candidate will have formal training in ML/AI. This may include the following skills
                # and techniques:": a lead-in that only spells out what the sentence before it asked opens its list at
                # that sentence's level.
                elif lead_in and section not in (_REQ, _PREF) and (spelled := _spelled_out_lead_in(body)) is not None:
                    section, spelled_from = spelled, (section, spelled)
                if section != section_before:
                    nested_level = None
                if section == _REQ and not lead_in and _bare_label(body):
                    labels.append(len(out))
                out.append(
                    _Line(
                        line_start,
                        line_start + len(body),
                        # "We are looking to hire an ML engineer. For us this means … You'll be a great fit if:": the
                        # sentences before a lead-in keep the section they stand in.
                        None
                        if after_the_list
                        else section_before
                        if lead_in and section == _REQ != section_before and len(_sentences(body, 0)) > 1
                        else section,
                        field_value=value_next,
                        flattened=flattened,
                        framing=framing,
                    )
                )
                if invitation:  # (what follows it is no longer part of the list it closes)
                    section, nested_level = None, None
                value_next = False
                # "Your qualifications" / "You are a scientist who …" / "You'll likely have:": a sentence of
                # prose between a level heading and a lead-in leaves the lead-in refining that heading.
                under_level_heading = under_level_heading and section == _REQ and not lead_in and _prose_sentence(body)
                # "Preferred" / "Data Scientist" / "Qualifications": a board that prints the job title inside a
                # heading wrapped over lines; one short title-cased line between its two halves keeps it open.
                bare_level_heading = bare_level_heading and not title_inside and _wrapped_title(body)
                title_inside = bare_level_heading
                continue
            label = body if rest is None else body[: rest - 1]
            spelled_from = None
            inline_value = rest is not None and body[rest:].strip() != ""
            # "Location: Remote", "Benefits: Medical, Dental" speak for their own line only: what
            # follows keeps its section.
            own_line = (
                # "Prefer Local Candidates", "Local Preferred: Yes", "Preferred Location:": a wish about where the hire
                # lives or may work names no qualification; what follows keeps its section
                (kind in (_REQ, _PREF) and _WHERE_THE_HIRE_WORKS.search(label) is not None)
                or inline_value
                and (
                    # (not "Physical Requirements: These are the physical demands of the job." over its list)
                    kind in _CLOSED_BY_ANY_HEADING
                    and kind != PHYSICAL
                    # "Strong programming skills. Preferred languages: Python, SQL": a level label after a
                    # sentence of an item in a list of levels speaks for the rest of its line only.
                    # (a bare level word so glued, "… for analysis.Preferred: NLP experience", labels the rest of
                    # its line however long the line is: it names no section that could run on after it)
                    or (
                        not flattened
                        and (
                            len(raw_body) < _RUN_IN_MIN_LINE
                            or _BARE_LEVEL_LABEL.match(label.strip(" \t*•·-")) is not None
                        )
                        and _has_letters(raw_body, line_start - raw_start)
                        and kind in (_REQ, _PREF)
                        and section in (_REQ, _PREF)
                    )
                    # "Understanding of data systems" / "preferred: MS SQL, Oracle" / "Strong math background": a bare
                    # level word labelling one item of a list of qualifications speaks for that item only.
                    or (
                        not flattened
                        and kind in (_REQ, _PREF)
                        and section != kind
                        and section not in _CLOSED_BY_ANY_HEADING
                        and _BARE_LEVEL_LABEL.match(label.strip(" \t*•·-")) is not None
                        and _labels_an_item(text, out, section, body[rest:], _next_line(text, pos))
                    )
                )
            )
            kind_only = not inline_value and kind in (_REQ, _PREF) and _names_only_a_kind(label)
            section_at_heading = section
            # "Preferred" / "Qualifications:": the section nouns finish the level word's heading
            wrapped = (
                bare_level_heading
                and kind in (_REQ, _PREF)
                and _SECTION_NOUNS_ONLY.match(label.strip(_LABEL_STRIP)) is not None
            )
            title_inside = False
            bare_level_heading = (
                not inline_value
                and kind in (_REQ, _PREF)
                and _BARE_LEVEL_LABEL.match(label.strip(_LABEL_STRIP)) is not None
            )
            if (
                not own_line
                and not wrapped
                and not (section == _PREF and kind == _REQ and _is_lead_in(label))
                and not (under_level_heading and _refines_heading(section, kind, label))
                and not (kind_only and nested_level is not None and section == nested_level)
            ):
                section = kind
                framing = kind == _DUTY and _FRAMING_HEADING.fullmatch(label.strip(_LABEL_STRIP)) is not None
            # (a heading that leaves the section as it was, "Experience with Teradata: SQL, UDFs" under "Skills and
            # Knowledge", is one of its items and keeps the nesting)
            if not kind_only and section != section_at_heading:
                nested_level = None
            elif kind_only and under_level_heading and section in (_REQ, _PREF):
                nested_level = section
            # A heading standing alone right under a required or preferred one ("What you need to
            # succeed" / "The ideal candidate will have:") may refine it but keeps its level; not under
            # an item read as a heading ("Software Development Skills (Python-Preferred)").
            under_level_heading = not inline_value and section in (_REQ, _PREF) and _names_a_level(label, section)
            value_next = kind == FIELD and not inline_value
            label_end = len(body) if rest is None else rest
            line_section = kind if kind == FIELD or own_line else section
            level = {_REQ: REQUIRED, _PREF: PREFERRED}.get(line_section or "", UNSPECIFIED)
            out.append(_Line(line_start, line_start + label_end, line_section, heading_level=level))
            if inline_value:
                out.append(
                    _Line(
                        line_start + rest,  # type: ignore[operator]
                        line_start + len(body),
                        line_section,
                        field_value=kind == FIELD,
                        framing=framing and line_section == section,
                    )
                )
    for i in labels:
        _second_list(text, out, i)
    _end_label_values(text, out)
    _mark_main_profile_lists(text, out)
    _mark_ask_list_lines(text, out)
    _mark_cued_lists(text, out)
    _mark_quality_lead_in_lists(text, out)
    _mark_continuations(text, out)
    _mark_unheaded_skill_lists(text, out)
    _mark_ask_list_runs(text, out)
    return out


# Headings that frame the role rather than list its duties: what follows them describes the team, the
# product or the problem first ("The team is composed of …", "AI is rapidly changing the world") and the
# role only in sentences that say so, or where "we" (the team the hire joins) is at work (see
# :func:`frames_the_role`).
_FRAMING_HEADING = re.compile(
    r"(?:about\s++)?(?:the|our|this)\s++(?:team|opportunity|mission|challenge)|(?:our\s++)?mission", re.I
)
_LABEL_STRIP = " \t*_#:-–—•"
# Words by which a sentence speaks of the role, the candidate or the work to be done.
_SPEAKS_OF_THE_ROLE = re.compile(
    r"\b(?:you|your|yourself|we|will|needs?|must|should|he|she|they|includes?|involves?|responsible|scientists?"
    r"|engineers?|analysts?|candidates?|applicants?|hire|individual|person|someone|role|position"
    r"|looking\s++for|seeking|seeks|join"
    # the team the hire joins at work: "The Data Science team builds …", "This team's main focus is …"
    r"|team(?:['’]s)?\s++(?:members|main\s++focus|work|is\s++(?:tasked|focused|responsible)|(?!is\b|was\b|has\b)[a-z]{3,}s))\b",
    re.I,
)
_ITEM_LABEL = re.compile(r"[A-Z][\w&/,]*+(?:[ \t]++[\w&/,]++){0,4}?[ \t]*+[-–—:][ \t]++")
_GLUED_SENTENCES = re.compile(r"[a-z0-9)][.!?;](?=[A-Z][a-z])")
_FRAMING_MIN = 40  # characters: a shorter line under such a heading is a list item, not prose
_FRAMING_MAX = 600  # characters: a longer "sentence" is a run of items, and the stretch read around one
_OTHER_SENTENCE_MIN = 15  # characters the rest of a paragraph line holds besides the sentence


def frames_the_role(text: str, line: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the ``sentence`` span of ``text`` (on the ``line`` span), under a heading that frames the role,
    describes the setting and not the role: a sentence of an unbulleted paragraph, opening with a capital, no
    task or qualification, and no word that speaks of the role or the candidate ("The team is composed of
    veterans who built …" yes; "As a member, you will build …", "Design and validate models", "Proficiency
    with SQL" no). Reads a bounded stretch around the sentence only, so a long line costs no more per mention."""
    line_start, line_end = line
    bullet = _BULLET.match(text[line_start : line_start + 12])
    if bullet and bullet.group().strip():
        return False
    start, end = sentence
    if end - start > _FRAMING_MAX:  # no sentence of prose: a run of items the splitter could not cut
        return False
    body = _BULLET.sub("", text[start:end], count=1).strip()
    # A line of one sentence under such a heading is mostly an item of a list ("Set up our data pipeline, …",
    # "Forecasting - Generate forecasting models …"); the setting is told in paragraphs.
    if (line_end - line_start) - len(body) < _OTHER_SENTENCE_MIN:
        return False
    if len(body) < _FRAMING_MIN or not body[:1].isupper():
        return False
    # "… company policies.Upload all GMP reports …": items run together (looked for around the sentence)
    if _GLUED_SENTENCES.search(text, max(line_start, start - _FRAMING_MAX), min(line_end, end + _FRAMING_MAX)):
        return False
    if _SPEAKS_OF_THE_ROLE.search(body):
        return False
    label = _ITEM_LABEL.match(body)  # "Optimization - Use our workflow data to …" is a task under its label
    task = body[label.end() :] if label else body
    return not (_opens_with_duty_verb(task) or is_qualification(task))


# A label that is nothing but a level: "Preferred:", "Nice to have:", "BONUS:", "Strongly preferred:".
_BARE_LEVEL_LABEL = re.compile(
    r"(?:(?:strongly|highly)\s++)?(?:preferred|required|desired|desirable|bonus|plus|optional|essential|mandatory"
    r"|nice[\s-]to[\s-]have|must[\s-]have)$",
    re.I,
)
# The nouns that finish a heading wrapped after its level word ("Preferred" / "Qualifications:").
_TITLE_INSIDE_MAX = 4  # words of a job title printed between the halves of a wrapped heading


def _wrapped_title(body: str) -> bool:
    """A short title-cased line with no stop, colon or bullet: "Data Scientist", "Senior ML Engineer"."""
    words = body.split()
    return (
        1 < len(words) <= _TITLE_INSIDE_MAX  # (not "Required" / "None" / "Preferred" / "None" / "Skills", a table)
        and not any(mark in body for mark in ".,;:!?()")
        and _BULLET.sub("", body.strip(), count=1) == body.strip()
        and all(w[:1].isupper() for w in words)
    )


_SECTION_NOUN = r"(?:qualifications?|skills?|requirements|experience|education|knowledge|abilities|competencies)"
_SECTION_NOUNS_ONLY = re.compile(_SECTION_NOUN + r"(?:\s++(?:and|&)\s++" + _SECTION_NOUN + r")?$", re.I)


def _labels_an_item(text: str, out: list[_Line], section: str | None, value: str, after: str) -> bool:
    """Whether a level label at a line's start, with ``value`` after it, labels one item inside a list of
    qualifications: the line before is one of its items and the line after (``after``) one more, and the value
    is an item of its own — not a lead-in ("DESIRED: … it would be great if you had:") nor an item broken over
    lines ("Bonus: experience with tools like" / "Looker, Tableau")."""
    value = value.strip()
    if not value or value.endswith(":"):
        return False
    last = value.rsplit(None, 1)[-1].lower().strip(",;")
    if last in _LEADS_ON:
        return False
    if not out:
        return False
    before = out[-1]
    if before.heading_level is not None or before.field_value:
        return False
    if not (section in (_REQ, _PREF) or _asks_by_form(text[before.start : before.end])):
        return False
    # "… / Bonus: Svelte / More about Hugging Face": the list ends with the label's item; what follows is no item
    return _asks_by_form(after) or len(after) <= _ITEM_LENGTH and _explicitly_required(after.lower(), after)


_NEXT_LINE_SCAN = 5  # blank lines skipped at most when looking for the line after a label
_ITEM_LENGTH = 160  # characters: a line longer than this that asks in its own words is prose, not an item


def _next_line(text: str, pos: int) -> str:
    """The first non-blank line starting at or after ``pos`` (within a few lines), or ""."""
    for _ in range(_NEXT_LINE_SCAN):
        if pos >= len(text):
            return ""
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip():
            return line
        pos = end + 1
    return ""


# Words a broken line ends on when its sentence goes on in the next line: "… cloud database environments,
# specifically" / "AWS (EC2, S3 or Redshift) to include backup and archiving of" / "data".
_LEADS_ON = frozenset(
    "a an the and or of with in on at by for from to as via into than including such using like especially"
    " particularly specifically namely your our their its this these those".split()
)


# … and the word that may end a lead-in to a list whose items start in capitals
_OPENS_A_LIST = frozenset({"to"})
_WRAPPED_PROSE = 60  # characters: a line this long that stops mid-sentence was wrapped
_LOWER_START = re.compile(r"[a-z]{2}")
_ENDS_AN_ITEM = frozenset(
    "desirable preferred required desired plus mandatory optional advantageous helpful bonus essential must".split()
)


def _mark_continuations(text: str, lines: list[_Line]) -> None:
    """Mark each line that goes on with the sentence the line before it broke off: no bullet or heading, right
    after a line of the same section that ends on a word leading on ("of", "with", "specifically")."""
    for i in range(1, len(lines)):
        line, before = lines[i], lines[i - 1]
        if line.heading_level is not None or before.heading_level is not None or line.field_value or before.field_value:
            continue
        if line.section != before.section or line.in_ask_list != before.in_ask_list:
            continue
        if before.flattened or line.flattened or text.count("\n", before.end, line.start) != 1:
            continue
        last = text[max(before.start, before.end - 30) : before.end].rstrip()
        if _is_item(text, line):
            continue
        # "Strong analytic," / "inferencing and problem-solving skills.": the list goes on (not into a line with
        # labels of its own: "data mining R (required) Phyton (optional) … desired: …")
        if last.endswith(",") and _LOWER_START.match(text, line.start) and ":" not in text[line.start : line.end]:
            line.continues = True
            continue
        if not last[-1:].isalnum():
            continue
        words = last.rsplit(None, 2)
        word = words[-1].lower()
        if len(words) > 1 and words[-2].endswith(";"):
            continue  # "…; and" / "Last item.": the last item of a list follows, not the rest of a sentence
        if word in _OPENS_A_LIST and text[line.start : line.start + 1].isupper():
            continue  # "Apply machine learning algorithms to" / "Discover patterns in usage" / "Predict …": items follow
        if (
            word not in _LEADS_ON
            and not (
                # "Understanding of systems" / "engineering processes including …": a qualification cut short goes
                # on in lower case
                _LOWER_START.match(text, line.start)
                and word not in _ENDS_AN_ITEM
                and _asks_by_form(text[before.start : before.end])
                and not _asks_by_form(text[line.start : line.end])
            )
            and not (
                # "… an eagerness to dig into large data sets, and a" / "vision for …": a line of wrapped prose
                # goes on in lower case; not an item of a list written in lower case (short, or starting in lower
                # case itself, or ending on a level word), nor one behind an "o" bullet
                before.end - before.start >= _WRAPPED_PROSE
                and _LOWER_START.match(text, line.start)
                and (before.continues or not text[before.start : before.start + 1].islower())
                and word not in _ENDS_AN_ITEM
            )
        ):
            continue
        line.continues = True


def _shape(text: str, line: _Line) -> tuple[bool, str]:
    """How a line is set out: whether it is indented, and its bullet."""
    head = text[line.start : min(line.end, line.start + 40)]
    bullet = _BULLET.match(head)
    return head[:1].isspace(), (bullet.group().strip() if bullet else "")


def _end_label_values(text: str, lines: list[_Line]) -> None:
    """ "* Desirable:" / "  PyTorch, NLP, reinforcement learning" / "* Strong communication skills": a label item of a
    list whose values stand on the next line, set out unlike it, speaks for that line only; the list goes on
    after it, set out as before the label, in the section it had."""
    for i in range(1, len(lines) - 2):
        label, value, after, before = lines[i], lines[i + 1], lines[i + 2], lines[i - 1]
        if label.heading_level not in (REQUIRED, PREFERRED) or label.section == before.section:
            continue
        if value.heading_level is not None or after.heading_level is not None or before.heading_level is not None:
            continue
        if not text[label.start : label.end].rstrip().endswith(":") or "," not in text[value.start : value.end]:
            continue
        shape = _shape(text, label)
        if (
            not shape[1]
            or _shape(text, value) == shape
            or _shape(text, after) != shape
            or _shape(text, before) != shape
        ):
            continue
        if value.section != label.section:
            continue
        for line in lines[i + 2 :]:
            if line.heading_level is not None or line.section != label.section:
                break
            line.section = before.section


def _mark_ask_list_lines(text: str, lines: list[_Line]) -> None:
    """ "0 to 2 years of experience in IT / Languages: R, Python, SQL / Understanding of databases": a line
    with no cue of its own between two qualification items, in a section that says no level, is one of
    the list's items (a task, "Create test data", stays a task)."""
    quals: dict[int, bool] = {}
    for i in range(1, len(lines)):
        line = lines[i]
        if not _may_be_ask_list_item(text, lines, i, quals):
            continue
        if lines[i - 1].section != line.section or not _qual_line(text, lines, i - 1, quals):
            continue
        # … or the list's last line, after two of them, where a heading or the text's end follows (not a
        # field such as "Job Types: Full-time" after the list)
        if i + 1 < len(lines) and lines[i + 1].heading_level is None:
            if lines[i + 1].section != line.section or not _qual_line(text, lines, i + 1, quals):
                continue
        elif i < 2 or lines[i - 2].section != line.section or not _qual_line(text, lines, i - 2, quals):
            continue
        elif ":" in text[line.start : line.end]:
            continue
        line.in_ask_list = True


def _qual_line(text: str, lines: list[_Line], i: int, quals: dict[int, bool]) -> bool:
    """Whether line ``i`` is a qualification item by its form (worked out once per line, kept in ``quals``)."""
    if i not in quals:
        line = lines[i]
        quals[i] = line.heading_level is None and not line.field_value and _asks_by_form(text[line.start : line.end])
    return quals[i]


def _may_be_ask_list_item(text: str, lines: list[_Line], i: int, quals: dict[int, bool]) -> bool:
    """Whether line ``i`` (not the first) could be an item of a list of qualifications around it: a bare line with
    no cue of its own, in a section that says no level."""
    line = lines[i]
    if line.heading_level is not None or line.field_value:
        return False
    if line.section in (_REQ, _PREF) or line.section in _CLOSED_BY_ANY_HEADING:
        return False
    body = text[line.start : line.end].rstrip()
    # (a sentence is either an item already or prose; either way it keeps its level: tested first, as it is cheap;
    # but a short one among items that end on a stop too is an item: "Strong communication skills." / "Desire to
    # work in a team environment." / "Experience with Git.")
    if len(body) > 124 or body.endswith(("!", "?")) or "@" in body:
        return False
    if body.endswith(".") and not (len(body) <= 80 and _stopped_item(text, lines[i - 1])):
        return False
    return not _qual_line(text, lines, i, quals) and (
        _bare_item(body) or body.endswith(".") and _short_stopped_item(body)
    )


_ASK_RUN_MAX = 8  # bare lines at most in a run between two qualification items


def _mark_ask_list_runs(text: str, lines: list[_Line]) -> None:
    """ "3+ years of SQL / Knowledge of statistics / Python, Pandas coding skills / Data visualization with Seaborn /
    Experience with Spark": a run of two or more bare lines that name things, after two qualification items and
    before a third, in a section that says no level, are items of the list too (one such line is read by
    :func:`_mark_ask_list_lines`, a run of names under no heading by :func:`_mark_unheaded_skill_lists`). Each line is
    tested a bounded number of times: linear in the lines."""
    quals: dict[int, bool] = {}

    def run_item(i: int) -> bool:
        # (a line that opens on a lower-case word or on a gerund is a task or wrapped prose as often: "Doing ad-hoc
        # analysis and presenting results", not a name)
        line = lines[i]
        body = _BULLET.sub("", text[line.start : line.end], count=1).lstrip()
        return (
            not line.in_ask_list
            and _NOT_A_NAME_START.match(body) is None
            and _may_be_ask_list_item(text, lines, i, quals)
        )

    i = 1
    while i < len(lines):
        section = lines[i].section
        if (
            i < 2
            or not run_item(i)
            or any(lines[j].section != section or not _qual_line(text, lines, j, quals) for j in (i - 2, i - 1))
        ):
            i += 1
            continue
        k = i
        while k + 1 < len(lines) and k + 1 - i < _ASK_RUN_MAX and lines[k + 1].section == section and run_item(k + 1):
            k += 1
        after = k + 1
        if (
            k > i
            and after < len(lines)
            and lines[after].heading_level is None
            and lines[after].section == section
            and _qual_line(text, lines, after, quals)
        ):
            for j in range(i, k + 1):
                lines[j].in_ask_list = True
        i = k + 1


_SKILL_LIST_MIN = 4  # lines a run must hold to be read as a list


def _mark_unheaded_skill_lists(text: str, lines: list[_Line]) -> None:
    """ "Predictive models in R or Python" / "Detailed knowledge of SQL" / "Data cleaning and preparation" /
    "Azure, AWS, Google Cloud" / "Strong SQL skills": a run of short items under no heading, each a qualification
    by its form or a bare name of what is asked, with at least two qualifications and one name among them, is one
    list of qualifications; its bare names between two qualifications read as they do. A task ("Create test
    data", "Educating staff …", "Proactively refine …"), a line of prose or a label the employer speaks ("Tools
    we use:") ends or voids the run. An item broken over lines (see _mark_continuations) is read whole."""
    i = 0
    while i < len(lines):
        j = i
        items = asks = bare = 0
        first_ask = last_ask_end = -1
        while j < len(lines):
            line = lines[j]
            if line.section is not None or line.heading_level is not None or line.field_value or line.in_ask_list:
                break
            end = j + 1
            while end < len(lines) and lines[end].continues:
                end += 1
            body = text[line.start : lines[end - 1].end].replace("\n", " ").rstrip()
            if len(body) > _ITEM_LENGTH or line.continues:
                break
            if _asks_by_form(body):
                asks += 1
                first_ask = j if first_ask < 0 else first_ask
                last_ask_end = end
            elif _named_item(body):
                if first_ask >= 0:  # (names before the first qualification may end a list of tasks)
                    bare += 1
            elif not (_pref_hint(body.lower()) and _PREF_CUE.search(body)):
                break
            items += 1
            j = end
        if items >= _SKILL_LIST_MIN and asks >= 2 and bare and not (i > 0 and _employer_label(text, lines[i - 1])):
            # only the names between two qualifications: one at the run's end may open what follows it
            for line in lines[first_ask:last_ask_end]:
                line.in_ask_list = True
        i = max(j, i + 1)


# The first word of a task or of wrapped prose, not of a name: "Educating …", "Proactively …", "work …".
_NOT_A_NAME_START = re.compile(r"[a-z]|[A-Za-z]*(?:ing|ly)\b")
_EMPLOYER_WORD = re.compile(r"\b(?:we|our|us)\b", re.I)


def _named_item(body: str) -> bool:
    """A bare item that names what is asked: "Python programming", "Data Cleaning and Preparation"."""
    item = _BULLET.sub("", body, count=1).strip()
    if not item or _NOT_A_NAME_START.match(item):
        return False
    return _bare_item(body) and not body.endswith(".") or _title_cased_names(body)


def _employer_label(text: str, line: _Line) -> bool:
    """A label in the employer's words ("Technologies & Tools We Use:"): what it lists is theirs, not asked."""
    body = text[line.start : line.end].rstrip()
    return body.endswith(":") and _EMPLOYER_WORD.search(body) is not None


# Names joined in a title-cased line: "Data Cleaning and Preparation", "Azure, AWS, Google Cloud" (among
# qualification items a list of names, though a lone line so cased could be a label: "Cherries on Top").
_JOINED_NAMES = re.compile(r",|\s(?:and|&|or)\s|\S/\S")


def _title_cased_names(body: str) -> bool:
    """A short title-cased line of joined names that reads as a heading of no kind we know."""
    return (
        len(body) <= 80
        and _JOINED_NAMES.search(body) is not None
        and not body.endswith((".", ":"))
        and _heading(body)[0] == _UNKNOWN
    )


_CUED_PARAGRAPH_MIN = 40  # characters: a shorter unbulleted line before a list is a label, not a paragraph


def _mark_cued_lists(text: str, lines: list[_Line]) -> None:
    """ "We hire experts in their field. Academic credentials are important, and so is experience." / "* Project
    Management" / "* Computer Science (AI/ML, Databases)": a bulleted list with no heading, right after a paragraph
    whose last sentence asks something of the candidate, lists what it asks — the paragraph stands in for the
    heading the list lacks. Its tasks ("* Design and build models …") stay tasks."""
    i = 0
    while i < len(lines) - 2:
        line = lines[i]
        i += 1
        if line.section is not None or line.heading_level is not None or line.field_value or _is_item(text, line):
            continue
        body = text[line.start : line.end].rstrip()
        if len(body) < _CUED_PARAGRAPH_MIN or not body.endswith("."):
            continue
        # The list is looked for first: most paragraphs have none after them, and reading the paragraph's
        # sentences costs more. (Without a list, or with no ask, the loop goes on at the line after the
        # paragraph; the items it then meets are skipped above, as when it went on after them.)
        j = i
        while (
            j < len(lines)
            and lines[j].section is None
            and lines[j].heading_level is None
            and not lines[j].field_value
            and _is_item(text, lines[j])
        ):
            j += 1
        if j - i < 2:
            continue
        spans = _sentences(body, 0)
        last = body[spans[-1][0] :] if spans else body
        if not (_req_hint(last.lower()) and _asks_by_cue(last)):
            continue
        for item in lines[i:j]:
            if not _opens_with_duty_verb(_BULLET.sub("", text[item.start : item.end], count=1).strip()):
                item.in_ask_list = True
        i = j


_QUALITY_LEAD_IN_MAX = 200  # characters: a longer line ending in ":" is prose that runs into its list
_QUALITY_LIST_MAX = 12  # items read at most after such a lead-in


def _mark_quality_lead_in_lists(text: str, lines: list[_Line]) -> None:
    """ "Proficient in utilizing Excel to perform the following:" / "Creating PivotTables" / "Writing VBA macros":
    under a duties heading (or none), a lead-in that states what the candidate knows or can do asks for the list
    after it, as the lead-in itself does; the list ends at a duty ("Support the reporting team …"), a heading or
    another section."""
    for i, line in enumerate(lines):
        if line.section not in (None, _DUTY) or line.heading_level is not None or line.field_value:
            continue
        body = text[line.start : line.end].rstrip()
        if not body.endswith(":") or len(body) > _QUALITY_LEAD_IN_MAX:
            continue
        spans = _sentences(body, 0)
        last = body[spans[-1][0] :] if spans else body
        ask = last.rstrip(":").strip()
        # (a one-word label, "Background:", "Certifications:", heads prose or a field as often as a list)
        if " " not in ask or not _asks_by_form(ask):
            continue
        for item in lines[i + 1 : i + 1 + _QUALITY_LIST_MAX]:
            if item.heading_level is not None or item.field_value or item.section != line.section:
                break
            entry = _BULLET.sub("", text[item.start : item.end], count=1).strip()
            first = _WORD.match(entry[:30].lower())
            # ("Creating PivotTables" names what the candidate does with the skill; "Support the team …" is a duty)
            if first is None or not first.group().endswith("ing") and _opens_with_duty_verb(entry):
                break
            item.in_ask_list = True


def _stopped_item(text: str, line: _Line) -> bool:
    """Whether a line is a short item ending on a stop: "Strong communication skills."."""
    body = text[line.start : line.end].rstrip()
    return len(body) <= 80 and body.endswith(".") and body.count(". ") == 0


def _short_stopped_item(body: str) -> bool:
    """A short stopped line that names a trait or competency and tells nothing: not a task ("Work with
    engineers."), not the employer or the role speaking ("We move fast.", "You will travel.")."""
    item = _BULLET.sub("", body, count=1).strip()
    if ". " in item or _opens_with_duty_verb(item) or _NEGATION_HINT.search(item.lower()):
        return False
    return not re.match(r"(?:we|our|us|you|your|this|the|it|they|he|she|i)\b", item, re.I)


def _asks_by_form(line: str) -> bool:
    """Whether a line reads as required by its form alone: "3+ years of SQL", "Knowledge of Spark"."""
    item = _BULLET.sub("", line, count=1).strip()
    if _QUALIFICATION.match(item):
        return not _opens_with_duty_verb(item)
    low = item.lower()
    return ("year" in low or "yr" in low) and bool(_candidate_years(item))


def _bare_item(line: str) -> bool:
    """A short line that names things and asks or tells nothing: "Languages: R, Python, SQL", "Tableau"."""
    item = _BULLET.sub("", line, count=1).strip()
    if not item or len(item) > 120 or _opens_with_duty_verb(item) or item[-1] in "?!" or "@" in item:
        return False
    if item.isupper() or _heading(line)[0] == _UNKNOWN:
        return False  # "PHARMACY UNDERWRITING", "Cherries on Top": a label of some kind, no item
    low = item.lower()
    if _NEGATION_HINT.search(low) or _pref_hint(low) and _PREF_CUE.search(item):
        return False
    return not _prose_sentence(item)


def _bare_label(line: str) -> bool:
    """A short capitalised line with no bullet or stop: "How to hit a homerun", "Bonus round"."""
    if len(line) > 80:
        return False
    bullet = _BULLET.match(line)
    if bullet and bullet.group().strip():
        return False
    body = line.strip().strip("*_#").strip()
    return 2 <= len(body.split()) <= 8 and body[:1].isupper() and body[-1] not in ".!?;,"


def _cue_free_label(label: str) -> bool:
    """A label that is no item and says no level itself: not "Strong SQL skills", "Must have", "Nice to have"."""
    low = label.lower()
    return not (
        is_qualification(label) or _req_hint(low) and _asks_by_cue(label) or _pref_hint(low) and _PREF_CUE.search(label)
    )


def _is_item(text: str, line: _Line) -> bool:
    """Whether a line is a bulleted item of a list."""
    bullet = _BULLET.match(text[line.start : min(line.end, line.start + 40)])
    return bool(bullet and bullet.group().strip(" #"))


def _item_can_end(item: str) -> bool:
    """Whether an item ends where a new line may start (not on "to", "and", "with", …)."""
    last = item.rsplit(None, 1)[-1].lower() if item.strip() else ""
    return last.strip(".,;:") not in _CONTINUING_WORDS


def _second_list(text: str, lines: list[_Line], at: int) -> None:
    """ "* required items / How to hit a homerun / * Publications in ML / * Unity is a plus": a second bulleted
    list after the required one, under an unbulleted label of no kind we know, with a preference cue among its
    items and no requirement word, lists extras: it is preferred."""
    if at == 0 or lines[at - 1].section != _REQ or not _is_item(text, lines[at - 1]):
        return
    before = text[lines[at - 1].start : lines[at - 1].end].rstrip()
    if not _item_can_end(before):
        return  # "* Development experience to / Python and R": the item goes on, broken
    if at + 1 >= len(lines) or not _is_item(text, lines[at + 1]):
        return
    if not _cue_free_label(text[lines[at].start : lines[at].end].strip()):
        return
    end = at + 1
    while (
        end < len(lines)
        and lines[end].section == _REQ
        and lines[end].heading_level is None
        and _is_item(text, lines[end])
    ):
        end += 1
    items = [text[line.start : line.end] for line in lines[at + 1 : end]]
    if len(items) < 2 or any(_explicitly_required(item.lower(), item) for item in items):
        return
    if not any(_pref_hint(item.lower()) and _PREF_CUE.search(item) for item in items):
        return
    for line in lines[at:end]:
        line.section = _PREF


_WHERE_THE_HIRE_WORKS = re.compile(
    r"\b(?:local(?:s|ly)?|locations?|relocat\w*|on-?site|commut\w*|citizens?(?:hip)?|w-?2|c2c|visas?|sponsorship)\b",
    re.I,
)
_UNKNOWN = "unknown"  # shaped like a heading, of no kind we know

# A line that stops where a list must follow, though it has no colon: "Added bonus if you have",
# "… experience in any of the following".
_OPEN_END = re.compile(
    r"\b(?=[acity])(?:if\s++you(?:\s++(?:also\s++)?have|(?:'|’)ve(?:\s++got)?)?|the\s++following"
    # "… will likely have the following skills and experience" (only the line's last 40 characters are read)
    r"(?:(?:\s++|,\s*+|\s++(?:and|&)\s++)(?:skills?|experience|qualifications?|requirements|attributes|traits|qualities"
    r"|characteristics|competenc(?:ies|e)|knowledge|abilities|background)){0,3}"
    # "You might also have -": a hedged ask whose list follows (see _PREF_CUE)
    r"|(?:you|candidates?|applicants?)\s++(?:might|may)\s++(?:also\s++)?have\s*+[-–—]?)\s*+$",
    re.I,
)

# "Combinations of the below are nice to have.", "Experience with any of the following tools is a plus.": one
# short sentence that points at the lines below it and names their level is a lead-in, colon or not.
_POINTS_BELOW = re.compile(r"\b(?:the\s++(?:following|below)|(?:listed|shown|mentioned)\s++below)\b", re.I)
_LEAD_IN_MAX = 120  # characters: longer lines are items or prose


def _points_to_the_list_below(body: str) -> bool:
    # (asked of every unheaded line: its length, then the rare words that point below are tested first)
    stripped = body.strip()
    if len(stripped) > _LEAD_IN_MAX or _POINTS_BELOW.search(stripped) is None:
        return False
    return (
        ":" not in stripped  # "… the following a plus: AWS Glue, Athena" is an item with its own list
        and _BULLET.sub("", stripped, count=1) == stripped  # a bulleted line is an item of its own
        and len(_sentences(stripped, 0)) == 1
        and _preferred_lead_in(stripped)
    )


# A paragraph whose subject is the employer: "Facebook's mission is …", "MITRE's workplace reflects our
# values.", "Acme is an equal opportunity employer", "We offer …", "At Acme, we …".
_EMPLOYER_OPENING = re.compile(
    r"(?:At\s++[A-Z][\w&.-]*+(?:\s++[A-Z][\w&.-]*+){0,3},"
    r"|We(?:(?:'|’)re|\s++are)\s++(?:committed|proud|an?\s++equal)|We\s++offer\b"
    r"|Our\s++(?:mission|company|culture|values|vision|benefits)\b|Through\s++our\b"
    r"|As\s++(?:an?|the)\s++[^,]{0,60}?\b(?:company|organi[sz]ation|employer|leader|firm)\b"
    r"|[A-Z][\w&.-]*+(?:\s++[A-Z][\w&.-]*+){0,3}(?:'|’)s\s++(?:mission|workplace|culture|vision|values)\b"
    r"|[A-Z][\w&.-]*+(?:,?\s++[A-Z][\w&.-]*+){0,3}\s++is\s++(?:an?\s++|the\s++)?(?:equal|committed|proud))"
)
_ASKS_CANDIDATE = re.compile(
    r"\b(?:you|your|candidates?|applicants?|looking|seeking|hiring|ideal|must|required)\b", re.I
)
# A paragraph that opens with a name and a verb said of a company: "Novetta delivers …", "Kronos Bio, Inc. is
# dedicated to …", "Engage3 was founded by …". Whether the name is the employer's is told by the posting
# naming it elsewhere too (see _employer_prose); a role ("Data Analysts are …") takes the plural verb.
_NAMED_EMPLOYER_OPENING = re.compile(
    r"(?!(?:A|An|The|This|That|It|There|Each|Every|Any|Our|Your|Their|His|Her|Its)\s)"
    r"([A-Z][\w&.'’-]*+)(?:\s++[A-Z][\w&.'’-]*+){0,3}(?:,?\s++(?:Inc|LLC|Corp|Ltd|Co)\b\.?,?)?"
    r"\s++(?:is|was|has|provides|offers|helps|builds|develops|delivers|serves|specializes|partners|enables"
    r"|empowers|combines|powers|operates|creates|designs|believes|brings|leverages|supports|uses)\s"
)
# "Sentar is currently recruiting for Data Scientists …", "JPI has an immediate opening for …": the name speaks of the role
_SPEAKS_OF_THE_HIRE = re.compile(
    r"\b(?:recruit\w*|search\w*|seeks?|opening|positions?|roles?|join\w*|hires?|team\s++members?)\b", re.I
)


def _employer_prose(line: str, names: _Names | None = None) -> bool:
    """Whether an unbulleted line of some length opens with the employer as its subject, asking nothing.
    ``names``: the posting's own words, to tell the employer's name from another capitalised subject."""
    if len(line) < 40:
        return False
    bullet = _BULLET.match(line)
    if bullet and bullet.group().strip():
        return False
    body = line[bullet.end() if bullet else 0 :].lstrip()
    opening = _EMPLOYER_OPENING.match(body)
    named = None if opening is not None or names is None else _NAMED_EMPLOYER_OPENING.match(body)
    if opening is None and named is None:
        return False
    spans = _sentences(body[:400], 0)
    first = body[: spans[0][1]] if spans else body
    if _ASKS_CANDIDATE.search(first):
        return False
    if named is None or names is None:  # (the opening names the employer in its own words)
        return True
    # "Python is a plus", "Experience with Spark is …": an item that asks in its own words names no employer
    return (
        not _SPEAKS_OF_THE_HIRE.search(first)
        and _level(first, None)[0] == UNSPECIFIED
        and names.used_elsewhere(named.group(1))
    )


_WE_OPENING = re.compile(
    r"(?:We|Our)\s|This\s++is\s++an?\s++(?:full|part|contract|permanent|temporary|remote|hybrid|exciting|great|unique)\b"
)


def _employer_sentence(sentence: str) -> bool:
    """A sentence about the employer that asks nothing: "We collaborate as a global team to …"."""
    body = sentence.lstrip(" \t*•·-")
    if not (_WE_OPENING.match(body) or _EMPLOYER_OPENING.match(body)):
        return False
    return not _ASKS_CANDIDATE.search(body)


# A company's own years, said in its blurb: "a consulting firm with 20+ years' experience in …" (the employer named by
# what it is), "We have more than 25 years of experience in …", "Our team has … for over 30 years in …" (a sentence the
# employer speaks, see _employer_sentence), "Acme has over 15 years of experience in …" (a name as the subject, with
# the span of a history). Such years are no one's asked, and make nothing required. A role or a person "with" the
# years ("We are hiring a Data Analyst with 4+ years …", "an experienced Data Scientist with 4+ years") and a
# sentence that asks ("We require at least 3 years …", "Our ideal candidate has …") stay the candidate's.
_HISTORY_SPAN = r"(?:over|more\s++than|nearly|almost|about|approximately|a\s++combined|the\s++(?:past|last))\s++"
_EMPLOYER_WITH = re.compile(
    r"\b(?:company|firm|organi[sz]ation|business|agency|leader|provider|corporation|consultancy|enterprise|subsidiary"
    r"|employer)\s++with\s++(?:" + _HISTORY_SPAN + r")?$",
    re.I,
)
_WITH_YEARS = re.compile(r"\bwith\s++(?:" + _HISTORY_SPAN + r")?$", re.I)
_HISTORY_YEARS = re.compile(r"\b" + _HISTORY_SPAN + r"$", re.I)
_ASKS_YEARS = re.compile(
    r"\b(?:requir\w*|need\w*|expect\w*|want\w*|prefer\w*|minimum|at\s++least|should|accept\w*|applica\w*|opportunit\w*)\b",
    re.I,
)
_NO_EMPLOYER, _EMPLOYER_SPEAKS, _EMPLOYER_NAMED = 0, 1, 2


def _years_voice(sentence: str) -> int:
    """Who a sentence's years phrases could be said of, read once per sentence: the employer speaking ("We have …",
    "Our team has …"), the employer named or its words inside the sentence ("Acme has …", "Leveraging over 30 years
    of success, our …"), or neither (the candidate's, or a sentence that asks)."""
    body = sentence.lstrip(" \t*•·-")
    if _ASKS_CANDIDATE.search(body) or _SPEAKS_OF_THE_HIRE.search(body) or _ASKS_YEARS.search(body):
        return _NO_EMPLOYER
    if _WE_OPENING.match(body) or _EMPLOYER_OPENING.match(body):
        return _EMPLOYER_SPEAKS
    if _NAMED_EMPLOYER_OPENING.match(body) or _EMPLOYER_WORD.search(body):
        return _EMPLOYER_NAMED
    return _NO_EMPLOYER


def _company_years(text: str, start: int, at: int, voice: int) -> bool | None:
    """Whether the years phrase at ``at`` (its sentence starting at ``start``, read as ``voice``) is the company's;
    None where it is a role's or a person's "with" the years (then so are the sentence's later phrases: "… an FSA
    with 5+ years of actuarial experience, including 2+ years in …")."""
    before = text[max(start, at - 80) : at]
    if _EMPLOYER_WITH.search(before):
        return True
    if _WITH_YEARS.search(before):
        return None
    if voice == _EMPLOYER_SPEAKS:
        return True
    # the employer named, or its words elsewhere in the sentence: only with the span of a history, inside the
    # sentence ("Acme has over 15 years of …"; not an item's "Over 5 years of experience with our stack")
    history = _HISTORY_YEARS.search(before) if voice == _EMPLOYER_NAMED else None
    return history is not None and bool(text[max(start, at - 80) : at - len(history.group())].strip(" \t*•·-"))


def _candidate_years(text: str, start: int = 0, end: int | None = None) -> list[re.Match]:
    """The years phrases of the sentence ``text[start:end]`` that state experience asked of the candidate."""
    end = len(text) if end is None else end
    found = [m for m in _YEARS.finditer(text, start, end) if _mentions_experience(m)]
    if not found:
        return found
    voice = _years_voice(text[start:end])  # (once per sentence, so a sentence of many phrases stays linear)
    kept = []
    for m in found:
        company = _company_years(text, start, m.start(), voice) if voice != _NO_EMPLOYER else False
        if company is None:
            voice = _NO_EMPLOYER
        if not company:
            kept.append(m)
    return kept


def _preferred_lead_in(line: str) -> bool:
    """Whether the last sentence of a line ending in ":" marks what follows as preferred."""
    spans = _sentences(line, 0)
    last = line[spans[-1][0] :] if spans else line
    # "(retail is a plus), including:" marks only the aside (not "Tools (some of the below would be helpful)", an aside
    # that speaks of the list)
    last = _ASIDE.sub(lambda aside: aside.group() if _POINTS_BELOW.search(aside.group()) else " ", last)
    low = last.lower()
    preferred = bool(_pref_hint(low) and _PREF_CUE.search(last)) or bool(_STAND_OUT.search(last))
    return preferred and not _DUTY_LEAD_IN.search(last)


# Words a line wrapped after an item's first word goes on with: "Experience" / "with Spark", "Knowledge" / "of SQL".
_WRAPPED_ITEM_GOES_ON = re.compile(r"(?:with|of|in|on|for|using|within|across|from|at|to|and|or)\s")


def _starts_a_wrapped_item(body: str, next_line: str) -> bool:
    """Whether a line of a word or two with no colon is the start of an item the next line goes on with in lower case
    (not a heading wrapped over two lines, "Experience" / "and Education:", whose second line ends in a colon)."""
    words = body.split()
    goes_on = next_line.strip()
    return (
        0 < len(words) <= 2
        and not body.rstrip().endswith(":")
        and _WRAPPED_ITEM_GOES_ON.match(goes_on) is not None
        and not goes_on.endswith(":")
    )


def _finishes_an_item(start: str, body: str) -> bool:
    """Whether a line finishes the opening words of an item on the line before: "Hands-on" / "Software
    Development Skills (…)" (not the line after a whole short item, "Solid documentation" / "Helpful Qualifications")."""
    opened = _OPENS_ITEM.match(start + " " + body.strip())
    return opened is not None and opened.end() > len(start) + 1


# The opening of a closing invitation: "If you …", "If this sounds like you, …", "Sound like you? …",
# "Interested? …", "Ready to …?", "Think you're a fit? …".
_INVITATION_OPENING = re.compile(
    r"[\s*•·▪●-]*+(?:if\b|(?:does\s++)?(?:this\s++|that\s++)?sounds?\s++like\s++you\b|interested\s*+[?!]"
    r"|is\s++this\s++you\b|ready\s++to\b|think\s++you\b)",
    re.I,
)
# What an invitation asks the reader to do: apply, send an application, get in touch.
_INVITATION = re.compile(
    r"\b(?:apply|applying|submit\s++(?:your|an|a)\s++(?:application|resume|résumé|cv)"
    r"|send\s++(?:us\s++)?(?:your|an|a)\s++(?:application|resume|résumé|cv)|reach\s++out|get\s++in\s++touch"
    r"|(?:we(?:'|’)d|we\s++would)\s++love\s++to\s++(?:hear\s++from|talk\s++to|meet)\s++you"
    r"|(?:we|we(?:'|’)re|we\s++are)\s++(?:want\s++to|eager\s++to|excited\s++to)\s++(?:hear\s++from|talk\s++to|meet)\s++you"
    r"|join\s++us|let(?:'|’)s\s++talk)\b",
    re.I,
)
_INVITATION_MAX = 300  # characters: a longer line is a paragraph with more to say


def _invites_to_apply(line: str) -> bool:
    """Whether a line is the employer's closing invitation to apply: "If you resonate with these values, then
    please submit your application.", "If this sounds like you, apply today!" (not "If you don't meet all of the
    criteria below, apply anyway", which stands before the list it speaks of)."""
    if len(line) > _INVITATION_MAX or _INVITATION_OPENING.match(line) is None:
        return False
    bullet = _BULLET.match(line)
    if bullet and bullet.group().strip():
        return False  # ("* If you've built recommenders, we want to talk to you" is one more item of its list)
    low = line.rstrip().lower()
    return (
        not low.endswith(":") and "below" not in low and "following" not in low and _INVITATION.search(line) is not None
    )


_CLOSING_PROSE_MIN = 150  # characters: a shorter unbulleted line after a list may be its last item


def _closes_a_list(text: str, before: _Line, body: str) -> bool:
    """Whether an unbulleted paragraph of several sentences, right after a bulleted item, ends that item's list:
    it speaks after the list ("This position offers …. Join us …", "Acme builds …. Our GPUs …") unless one of its
    sentences asks ("Experience must include …", "You likely have …") or it labels what follows ("… fit if: …")."""
    if before.heading_level is not None or not _is_item(text, before) or ":" in body[:80]:
        return False
    spans = _paragraph_sentences(body)
    # (not "7 plus years in data management. Experience must include …", "You likely have a background in …",
    # "… by leveraging your expertise in Azure": a paragraph with a sentence that asks)
    return spans is not None and not any(_asks_in_prose(body[start:end]) for start, end in spans)


# "you likely have", "your expertise in …": the candidate's own background, said in prose
_CANDIDATE_BACKGROUND = re.compile(
    r"\byou(?:r)?\b[^.;]{0,40}?\b(?:have|possess|bring|expertise|experience|skills|knowledge|background)\b", re.I
)


def _asks_in_prose(sentence: str) -> bool:
    """Whether a sentence asks something of the candidate by its cue, its form or its words about their background."""
    return (
        _level(sentence, None)[0] != UNSPECIFIED
        or _asks_by_form(sentence)
        or is_qualification(sentence)
        or _CANDIDATE_BACKGROUND.search(sentence) is not None
    )


def _prose_sentence(line: str) -> bool:
    """An unbulleted sentence that is no item of a list: "You are a scientist who wants to …"."""
    bullet = _BULLET.match(line)
    if bullet and bullet.group().strip():
        return False
    body = line.strip()
    return body.endswith((".", "!")) and not is_qualification(body)


def _inline_preferred_lead_in(sentence: str, section: str | None) -> bool:
    """Whether a sentence with more of its line after it is a lead-in marking what follows as preferred
    (under a required heading, "The ideal candidate will have the following:" only restates it)."""
    body = sentence.rstrip()
    if not (body.endswith(":") or _OPEN_END.search(body[-40:])) or not _preferred_lead_in(body):
        return False
    return not (section == _REQ and _refines_heading(_REQ, _PREF, body))


# A colon that ends a lead-in inside a line, and the number or letter of the first item of a run-on list after it, if
# any: "… experience in: 1.", "… the following: (a)", "… teammates who have:* 5+ years …".
_INLINE_LEAD_IN_END = re.compile(r":\s*+(?:\(?(?:1|a)[.)]++)?\s*+$")


def _inline_required_lead_in(sentence: str) -> bool:
    """Whether a sentence with more of its line after it is a lead-in asking for what follows ("Applicants must
    also have experience in the following: 1.")."""
    body = sentence.rstrip()
    return _INLINE_LEAD_IN_END.search(body[-12:]) is not None and _required_lead_in(body)


def _paragraph_sentences(line: str) -> list[tuple[int, int]] | None:
    """The sentences of a line that is an unbulleted paragraph of several sentences (no item of a list), else None."""
    if len(line) < _CLOSING_PROSE_MIN:
        return None
    bullet = _BULLET.match(line)
    if bullet and bullet.group().strip(" #"):
        return None
    spans = _sentences(line, 0)
    return spans if len(spans) > 1 else None


def _spelled_out_lead_in(line: str) -> str | None:
    """The section opened by a lead-in whose last sentence only points at its list as instances of what the sentence
    before it asked the candidate to have ("… will have formal training in ML/AI algorithms. This may include the
    following skills:"): that sentence's level, or None (not "You'll be driving our reporting. This includes:", the
    work spelled out, nor "The analyst must support marketing. This includes:", work that is asked)."""
    spans = _sentences(line, 0)
    if len(spans) < 2 or not _spells_out_the_last(line[spans[-1][0] :]):
        return None
    before = line[spans[-2][0] : spans[-2][1]]
    if not _HAS_A_QUALIFICATION.search(before):
        return None
    level, negated = _level(before, None)
    if negated or level == UNSPECIFIED or _DUTY_LEAD_IN.search(before):
        return None
    return _REQ if level == REQUIRED else _PREF


# What a candidate has, named within a few words of the verb: "will have formal training in …", "must possess a solid
# grounding in …".
_HAS_A_QUALIFICATION = re.compile(
    r"\b(?:ha(?:ve|s)|possess(?:es)?|brings?|holds?)\s++(?:[\w,/-]++\s++){0,4}?(?:training|education|degree|experience"
    r"|knowledge|expertise|background|skills?|understanding|proficiency|familiarity|grounding|abilit(?:y|ies))\b",
    re.I,
)


# A lead-in that names what lifts a candidate above the rest: "Experience in any of the following
# will make you stand out:", "Even better if you have:" ("… would set you apart:", "extra credit" and
# "bonus points" are preference cues already).
_STAND_OUT = re.compile(r"\b(?:stand\s++out|even\s++better|" + _DISTINGUISHES + r")\b", re.I)


def _required_lead_in(line: str) -> bool:
    """Whether the last sentence of a lead-in asks for what follows: "… things that we look for:"."""
    spans = _sentences(line, 0)
    last = line[spans[-1][0] :] if spans else line
    if _ENDS_IN_A_VERB_TO_COME.search(last[-12:]):  # "You will need to:", "… looking for someone who will:" list tasks
        return False
    return bool(_REQUIRED_LEAD_IN.search(last)) and not _DUTY_LEAD_IN.search(last) and not _PREF_CUE.search(last)


_ENDS_IN_A_VERB_TO_COME = re.compile(r"\b(?:to|will|who|can|able)\s*+:?\s*+$", re.I)
_REQUIRED_LEAD_IN = re.compile(
    r"\b(?:look(?:ing)?\s++for|you(?:(?:'|’)ll|\s++will)?\s++need|we\s++require"
    # "To get hired here, you MUST be:", "Candidates must possess:", "Applicants should demonstrate:"
    # (not "Candidates must be able to commit to one of these dates:", "… must be authorized to work …")
    r"|(?:you|candidates?|applicants?)\s++(?:should|must)\s++(?:also\s++)?"
    r"(?:have|be(?!\s++(?:able|authori[sz]ed|willing|available|eligible)\b)|possess|bring|demonstrate|hold|exhibit)"
    # "… the successful candidate will demonstrate the following capabilities:" ("… will be responsible for the
    # following:" lists duties, and "you will have:" as often what the job gives)
    r"|(?:candidates?|applicants?)\s++will\s++(?:also\s++)?(?:have|possess|bring|demonstrate|hold|exhibit)"
    r"|(?:requirements|qualifications)\s++(?:are|include)"
    # "A summary of the skillset requirements from the client call:", "Skill requirements for this role:"
    r"|(?:skill\s*+sets?|skills?)\s++requirements?"
    r"|requirements?\s++(?:for|of)\s++(?:the|this)\s++(?:role|position|job|candidate|opening)"
    # "To succeed in this role, we expect you to be/have:"
    r"|expect(?:s|ed)?\s++(?:you|candidates|applicants)\s++to\s++(?:be|have|know|possess)"
    # "You are well-versed in the following:", "You're proficient with:": the candidate pictured by what they know
    r"|you(?:(?:'|’)re|\s++are)\s++(?:also\s++)?(?:[a-z]+ly\s++)?(?:well[\s-]++versed|proficient|skilled|experienced"
    r"|knowledgeable|fluent|familiar|comfortable|adept|an?\s++expert)\s++(?:in|with|at|on|of|about)\b(?!\s++(?:your|our)\b))\b"
    # "You'll be most successful in this role if you have:", "You will excel in this role if you are:", "We believe
    # you are an excellent fit, if you have:": hedged, but a list of qualifications all the same (as the short
    # headings "You'd be a great fit if:", "You'll thrive in this role if:" are), when the list completes the "if"
    r"|\b(?:fit|thrive|succeed|successful|excel\s++in)\b[^:]{0,40}?\bif(?:\s++you(?:\s++(?:also\s++)?(?:have|are))?)?\s*+:?\s*+$"
    # "If you are a good fit for the Data Scientist position, you will have:", "To be a good fit for this opportunity,
    # you will have:": the fit named first, the list then completes what the fitting candidate has
    r"|\bfit\b[^:]{0,80}?,\s*+you(?:(?:'|’)ll|\s++will)\s++(?:also\s++)?(?:have|possess|bring)\s*+:?\s*+$",
    re.I,
)
# "… the ideal candidate will be responsible for the following duties:" lists duties.
_DUTY_LEAD_IN = re.compile(r"\b(?:responsib\w+|duties|tasks)\b", re.I)
_CLOSED_BY_ANY_HEADING = NON_ASK_SECTIONS | {FIELD}
_ADDRESSES_CANDIDATE = re.compile(r"\b(?:you|your|candidates?|tasks|responsib\w+|duties)\b", re.I)


# A heading glued to the text before it: "…our mission.Qualifications: Python", "…with us. What You'll
# Need: …", "ABOUT THE ROLE:RESPONSIBILITIES:". A label is a bounded run of words before a colon,
# so the scan stays linear; only one right after a sentence end (or another label) is cut off.
_GLUED_LABEL = re.compile(r"[A-Z][A-Za-z'’/& -]{2,50}?:")
# (The capital first, then the lookbehinds over it: a pattern that starts with its lookbehinds is
# tried at every position, this one only at capitals.)
_GLUE_POINT = re.compile(r"[A-Z](?:(?<=[.!?:)].)|(?<=[a-z][a-z].)|(?<=[.!?] .))")


# The first word of a camel-case run: "AI" of "AIExperience", "Real" of "RealRole".
_CAMEL_WORD = re.compile(r"[A-Z](?:[A-Z]+(?![a-z])|[a-z]*)")
_LEFT_LETTERS = re.compile(r"[A-Za-z]+$")
# First words of labels that name no section alone but open headings glued to a title ("Data
# AnalystJob Description:", "…ScientistWhat you will do:", "…OverviewThe Role:").
_LABEL_OPENERS = frozenset(
    "About What Who Why How Job Position Your You Our We The This Key Main Primary Principal Core General Additional "
    "Role".split()
)
# How many glued words one posting may look up in its own text (each look-up reads the text once).
_NAME_LOOKUPS = 16


class _Names:
    """Whether a camel-case word glued before a label is a name the posting uses elsewhere too
    ("PepsiCo", "TechStyle", "QuadReal"): then the capital inside it is no lost line break. A
    bounded number of look-ups per posting, each one ``str.count`` over its text."""

    __slots__ = ("_text", "_left")

    def __init__(self, text: str):
        self._text = text
        self._left = _NAME_LOOKUPS

    def used_elsewhere(self, word: str) -> bool:
        if self._left <= 0:
            return False
        self._left -= 1
        return self._text.count(word) > 1


def _camel_name(body: str, at: int, names: _Names | None) -> bool:
    """Whether the capital at ``at``, right after a lower-case letter, is inside a name, not where a
    line break was lost: the glued word ("GenAI", "PepsiCo", "SageMaker") goes on with no heading
    word ("Data ScientistResponsibilities:", "…teamWhat you'll do:" are cut), and either its second
    part is an acronym after a short capitalised part ("GenAI experience:") or the posting writes
    the word elsewhere too ("PepsiCo is an Equal Opportunity Employer:")."""
    right = _CAMEL_WORD.match(body, at)
    left = _LEFT_LETTERS.search(body, max(0, at - 40), at)
    if right is None or left is None or not left.group()[:1].isupper():
        return False
    word = right.group()
    if word in _LABEL_OPENERS or _label_kind(word) is not None:
        return False
    if (
        word.isupper()
        and len(word) <= 4
        and len(left.group()) <= 5
        and not body[right.end() : right.end() + 1].isalpha()
    ):
        return True
    return names is not None and names.used_elsewhere(left.group() + word)


def _unglue(body: str, start: int, names: _Names | None = None) -> list[tuple[int, str]]:
    """``body`` cut before each heading glued into it; (offset, text) pieces. ``names``: the
    posting's own words, to tell a camel-case name from a lost line break (see :func:`_camel_name`)."""
    cuts: list[int] = []
    # Labels are tried only where one could be glued on, so a longer run before ("… Snowflake is a
    # plusPerks and benefits:") cannot hide one; each try reads at most the label's 52 characters.
    for point in _GLUE_POINT.finditer(body):
        at = point.start()
        m = _GLUED_LABEL.match(body, at)
        if m is None or at == 0 or (cuts and at < cuts[-1]):
            continue
        before = body[at - 1]
        glued = before in ".!?:)" or (before.islower() and body[at - 2 : at - 1].isalpha())
        if not glued and not (before == " " and body[at - 2 : at - 1] in (".", "!", "?")):
            continue
        label = m.group()[:-1]
        words = label.split()
        # Glued straight to a word ("…the data science teamWe are looking for:"), a line break was
        # lost: a sentence-cased label is a heading too.
        lost_break = before.islower() and len(words) <= 5
        if not 1 <= len(words) <= 6 or not (label.isupper() or _titleish(words) or lost_break):
            continue
        if before.islower() and _camel_name(body, at, names):
            continue
        kind = _heading_kind(label)
        if kind is None or kind == FIELD and not label.isupper():
            continue
        cuts.append(at)
    if not cuts:
        return [(start, body)]
    bounds = [0, *cuts, len(body)]
    return [(start + a, body[a:b]) for a, b in zip(bounds, bounds[1:])]


def _has_letters(body: str, end: int) -> bool:
    """Whether ``body[:end]`` holds a letter: words before a label cut from the middle of a line
    (". Skillset Required:" starts its line)."""
    return any(ch.isalpha() for ch in body[:end])


# A heading run into the text of a flattened posting, with no stop or colon around it: "… analytic
# solution Preferred qualifications Experience with SQL …", "Responsibilities Build models …". Only
# in long lines, only labels made of section words ending in a section noun, and only where a new
# capitalised word follows: a line cut in the wrong place would give the rest a wrong section.
_RUN_IN_MIN_LINE = 200
_RUN_IN_NOUNS = ("qualification", "requirements", "responsibilities", "duties", "skills")
_RUN_IN_NOUN_WORDS = frozenset({"qualifications", "requirements", "responsibilities", "duties"})
_RUN_IN_BEFORE = r"(?:^|(?<=[a-z0-9,;)] )|(?<=[.!?:] )|(?<=[a-z.!?:)]))"
# the words before the noun, each read to its end (the first starts the match: see _run_in_headings)
_RUN_IN_WORD = r"[A-Z][A-Za-z&/-]*+ (?:(?:and|&|of|to) )?"
_RUN_IN_NOUN = (
    r"(?:[Qq]ualifications?|[Rr]equirements|[Rr]esponsibilities|[Dd]uties|[Ss]kills"
    # … or in capitals: "… as assigned. REQUIRED QUALIFICATIONS Bachelor's degree …", "QUALIFICATIONS 5+ years"
    r"|Experience|Education|QUALIFICATIONS?|REQUIREMENTS|RESPONSIBILITIES|DUTIES|SKILLS|EXPERIENCE|EDUCATION)"
)
# … or glued to the text it heads (checked in lines of any length): "Required QualificationsBachelor's
# degree …", "…position.Preferred QualificationsHands-on experience …", "ResponsibilitiesResearch …"
_RUN_IN_AFTER = r"(?: ?:)?(?: (?=[A-Z0-9])|\s*+$|\s*+[-•*·▪+]\s*+(?=[A-Z0-9])|(?=[A-Z][a-z]|A\s))"
_RUN_IN_HEADING = re.compile(_RUN_IN_BEFORE + r"((?:" + _RUN_IN_WORD + r"){0,3}" + _RUN_IN_NOUN + r")" + _RUN_IN_AFTER)
# The same, split by its words before the noun: at least one (the first read from where the match starts),
# or none (the noun alone, read from there).
_RUN_IN_HEADING_WORDS = re.compile(
    _RUN_IN_BEFORE + r"((?:" + _RUN_IN_WORD + r"){1,3}" + _RUN_IN_NOUN + r")" + _RUN_IN_AFTER
)
_RUN_IN_HEADING_NOUN = re.compile(_RUN_IN_BEFORE + r"(" + _RUN_IN_NOUN + r")" + _RUN_IN_AFTER)
# The letters a word of _RUN_IN_WORD reads to its end.
_RUN_IN_WORD_CHARS = re.compile(r"[A-Za-z&/-]*+")


# A bare level word opening a line, run into a sentence that it cannot qualify: "Preferred Some of the skills
# needed for our data scientists are …", "Required A Bachelor's degree in …". A determiner or pronoun after it
# starts a new phrase, so the word is no adjective of what follows but a heading that lost its line break
# (not "Preferred experience with Spark", "Preferred Qualifications", an item or a heading as they stand).
_LEVEL_WORD_RUN_IN = re.compile(
    r"(?i:preferred|desired|required)[ \t]++(?=(?:A|An|The|Some|Any|All|These|This|We|You|Our)\s)"
)
# A section noun and a level word after it opening a line, run into what they head with no colon: "Skills required
# Sound understanding of Spark …", "Qualifications Required Bachelor's degree and 3 years …". The capital after
# them starts the first item (not "Skills Required For This Role", a heading, nor "Skills required to …", prose).
_NOUN_LEVEL_RUN_IN = re.compile(
    r"(?i:skills?|skill[ \t]?+sets?|qualifications?|requirements|experience|knowledge|education)[ \t]++"
    r"(?i:required|preferred|desired|needed)[ \t]++(?=[A-Z0-9])(?!(?i:for|to|in|of|by|at|and|or|on|with)\b)"
)
# Shorter lines are headings as they stand ("Skills Required Data Analyst", a label and its role).
_NOUN_LEVEL_RUN_IN_MIN_LINE = 60


def _cut_level_word_heading(start: int, body: str) -> list[tuple[int, str]]:
    """``body`` cut after a level word run into the sentence it heads (see _LEVEL_WORD_RUN_IN, _NOUN_LEVEL_RUN_IN);
    (offset, text) pieces."""
    m = _LEVEL_WORD_RUN_IN.match(body)
    if m is None and len(body) >= _NOUN_LEVEL_RUN_IN_MIN_LINE:
        m = _NOUN_LEVEL_RUN_IN.match(body)
    if m is None:
        return [(start, body)]
    return [(start, body[: m.end()].rstrip()), (start + m.end(), body[m.end() :])]


# The employer's heading glued to the text on both sides, as some exports flatten a posting: "…or similar
# fieldsCompany DescriptionAcme is a leading provider of …": what follows describes the employer, not the
# qualifications the line before listed. (Not at a line's start: "Company OverviewJoin us …" may head more.)
_GLUED_BLURB_HEADING = re.compile(
    r"(?<=[a-z0-9.!?)])(?:Company\s(?:Description|Overview)|About\s(?:Us|the\sCompany))(?=[A-Z][a-z]|[A-Z]{2})"
)


def _cut_glued_blurb_heading(start: int, body: str) -> list[tuple[int, str]]:
    """``body`` cut around each glued employer heading ("…fieldsCompany DescriptionAcme is …"); (offset, text) pieces."""
    cuts = [at for m in _GLUED_BLURB_HEADING.finditer(body) for at in m.span()]
    if not cuts:
        return [(start, body)]
    bounds = [0, *cuts, len(body)]
    return [(start + a, body[a:b]) for a, b in zip(bounds, bounds[1:]) if b > a]


def _has_glued_section_noun(line: str) -> bool:
    """ "Required QualificationsBachelor's …": a substring test first, the regex only on the few lines that pass."""
    return any(map(line.__contains__, _GLUED_NOUN_STEMS)) and bool(_GLUED_SECTION_NOUN.search(line))


_GLUED_NOUN_STEMS = ("ualification", "equirements", "esponsibilities", "uties", "kills", "Experience", "Education")
_GLUED_SECTION_NOUN = re.compile(
    r"(?:ualifications?|equirements|esponsibilities|uties|kills|Experience|Education)(?=[A-Z][a-z]|A\s)"
)


# Where a match of _RUN_IN_HEADING can start: a capital, or the first letter of a section noun, after
# a lower-case letter, a stop, a colon or a closing bracket, or after a space that follows one of those, a digit, a comma,
# ";" or ")" (or at the very start). The pattern has no fixed first character, so the engine tried it
# at every position; this scan passes over the rest in one go.
_RUN_IN_HEADING_AT = re.compile(
    r"(?:[A-Z]|[qrds](?=ualification|equirements|esponsibilities|uties|kills))"
    r"(?:(?<=[a-z.!?:)].)|(?<=[a-z0-9,;).!?:] .))"
)


def _run_in_headings(body: str) -> Iterator[re.Match[str]]:
    """The matches of ``_RUN_IN_HEADING.finditer(body)``: the pattern tried at the line's start and
    where ``_RUN_IN_HEADING_AT`` says it can start.

    Every capital glued inside one word ("…PythonSQLPython…") can start a match, and the first of the
    heading's words, read to the word's end, ends in the same place from each of them: what follows it
    decides the same way for all. So the words are read once a word (_RUN_IN_HEADING_WORDS, at its
    first start); once they fail, the other starts in that word try the noun alone (_RUN_IN_HEADING_NOUN),
    as _RUN_IN_HEADING does after them. A match of the words ends past the word, so no start in it is
    tried again; each character is read a bounded number of times."""
    if not body:
        return
    starts = chain((0,), (candidate.start() for candidate in _RUN_IN_HEADING_AT.finditer(body, 1)))
    pos = 0
    word_start = word_end = 0  # the word last read from a start, up to its end
    words_fail = False  # whether the heading's words fail after that word
    for p in starts:
        if p < pos:
            continue
        m = None
        if "A" <= body[p] <= "Z":
            if not word_start < p < word_end:
                word = _RUN_IN_WORD_CHARS.match(body, p)
                word_start, word_end = p, word.end() if word is not None else p
                words_fail = not body.startswith(" ", word_end)
            if not words_fail:
                m = _RUN_IN_HEADING_WORDS.match(body, p)
                words_fail = m is None
        if m is None:
            m = _RUN_IN_HEADING_NOUN.match(body, p)
        if m is not None:
            # After an empty match finditer looks for a non-empty one at the next position.
            pos = m.end() if m.end() > p else p + 1
            yield m


def _matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int], pos: int) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text, pos)`` yields, the very same ones, when ``starts`` (ascending)
    holds every position where a match can start: the engine then skips the rest of the text in one
    scan instead of trying every branch of ``pattern`` at every position."""
    for p in starts:
        if p < pos:
            continue
        m = pattern.match(text, p)
        if m is not None:
            # After an empty match finditer looks for a non-empty one at the next position.
            pos = m.end() if m.end() > p else p + 1
            yield m


def _cut_run_in_headings(start: int, body: str) -> list[tuple[int, str]]:
    """``body`` cut around each heading run into it; (offset, text) pieces."""
    cuts: list[int] = []
    low = body.lower()
    if not any(map(low.__contains__, _RUN_IN_NOUNS)) and "Experience" not in body and "Education" not in body:
        return [(start, body)]  # most long lines: a substring scan, no regex
    for m in _run_in_headings(body):
        at, label = m.start(), m.group(1)
        # "… strong SQL Preferred qualifications …": the label starts at its first section word.
        while " " in label and not all(w in _RUN_IN_WORDS for w in _WORD.findall(label[: label.find(" ")].lower())):
            skip = label.find(" ") + 1
            at, label = at + skip, label[skip:]
        words = _WORD.findall(label.lower())
        if not label[0].isupper() or not all(w in _RUN_IN_WORDS for w in words):
            continue  # "analytical skills"
        if words[-1] in ("experience", "education") and words[0] not in _LEVEL_ADJECTIVES:
            continue  # "Required Experience", "Preferred Education"; not "… years of Relevant Experience"
        if at and body[at - 1].isalpha() and words[0] not in _LEVEL_ADJECTIVES:
            continue  # glued to the word before: only "…relationshipsPreferred Qualifications"
        capitals = label.isupper()
        # "… the Skills 2 …"; only a heading in capitals, or one inside its line that names its level ("… customers
        # Preferred Qualifications 5 years of …"), runs into "QUALIFICATIONS 5+ years" (at a line's start, "Required
        # Skills 2+ years …" would take the whole of a flattened posting, its employer blurb too, into the section)
        leveled = at > 0 and len(words) > 1 and words[0] in _LEVEL_ADJECTIVES
        if not capitals and not leveled and body[m.end(1) : m.end(1) + 2].strip()[:1].isdigit():
            continue
        if (
            at > 1
            and body[at - 1] == " "
            and body[at - 2].isalpha()
            and words[0] not in _LEVEL_ADJECTIVES
            and not capitals
        ):
            word = at - 2  # the first letter of the word before
            while word > max(0, at - 40) and body[word - 1].isalpha():
                word -= 1
            if body[word].isupper():
                continue  # "(Business Requirements Documents)": the label goes on before
        if _heading_kind(label) not in (_REQ, _PREF, _DUTY):
            continue
        # "… today! Requirements -Data Analysis -SQL", "…ideas.Duties and Responsibilities· Support …": a
        # flattened list's first bullet follows the label; the label ends at its colon, if any.
        label_end = m.end(1)
        if body.startswith(":", label_end) or body.startswith(" :", label_end):
            label_end = body.index(":", label_end) + 1
        cuts += [at, label_end]
    if not cuts:
        return [(start, body)]
    bounds = [0, *cuts, len(body)]
    return [(start + a, body[a:b]) for a, b in zip(bounds, bounds[1:]) if b > a]


# Words that make a heading "preferred" only by describing the candidate sought: "The ideal candidate
# will have:", "Our perfect teammate". Under a required heading they describe its list, no lower tier.
_SECOND_TIER = re.compile(r"\b(?:in\s++addition|additional(?:ly)?|also|beyond|on\s++top\s++of|above)\b", re.I)
# The required heading words that speak of the candidate: "What you need to succeed", "Who you are".
_CANDIDATE_HEADING = next(pattern for kind, pattern in _HEADINGS if kind == _REQ)
_PROFILE_PREF_WORDS = re.compile(r"\b(?:ideal(?!ly)\w*|perfect|likely)\b", re.I)


def _names_a_level(label: str, section: str) -> bool:
    """Whether a heading says its level itself ("Preferred Qualifications", "What You Need To Succeed",
    "Requirements"), unlike a generic one ("Technical Skills") or an item read as a heading ("A/B Testing
    Experience", "Software Development Skills (Python-Preferred)")."""
    if "(" in label:
        return False
    if section == _PREF:
        return True
    return bool(_STRONG_REQ_HEADING.search(label) or _CANDIDATE_HEADING.search(label))


# Words of a sub-heading that names a kind of qualification and no level: "Education", "Licenses/
# Certifications", "Knowledge, Skills and Abilities", "Technical Skills", "Work Experience".
_KIND_ONLY_WORDS = frozenset(
    "education educational experience skills skill knowledge abilities ability licenses license licences licence"
    " certifications certification certificates training technical professional work and background"
    " related relevant prior previous".split()
)
_KIND_ONLY_CORE = frozenset(
    "education experience skills skill knowledge abilities licenses licences certifications".split()
)
_KIND_ONLY_SPLIT = re.compile(r"[\s,/&]+")


def _names_only_a_kind(label: str) -> bool:
    """Whether a heading names only a kind of qualification ("Education", "Knowledge, Skills and Abilities")."""
    words = [w for w in _KIND_ONLY_SPLIT.split(label.strip(_LABEL_STRIP).lower()) if w]
    return bool(words) and all(w in _KIND_ONLY_WORDS for w in words) and any(w in _KIND_ONLY_CORE for w in words)


def _refines_heading(section: str | None, kind: str | None, label: str) -> bool:
    """Whether a heading right under a bare required / preferred heading only refines it.

    "PREFERRED QUALIFICATIONS" + "Skills and Knowledge", "What You Need To Succeed" + "The ideal
    candidate will have the following background:": the second names no level of its own, so the
    first one's level holds. "Qualifications" + "Preferred:" names one, and switches.
    """
    if section not in (_REQ, _PREF) or kind not in (_REQ, _PREF) or kind == section:
        return False
    if kind == _REQ:
        return not _STRONG_REQ_HEADING.search(label)
    # "In addition to the qualifications listed above, the ideal candidate would have …" is a second tier.
    if not _PROFILE_PREF_WORDS.search(label) or _SECOND_TIER.search(label):
        return False
    rest = _PROFILE_PREF_WORDS.sub(" ", label)
    return not (_PREF_HEADING.search(rest) or _PREF_CUE.search(rest))


def _profile_heading(label: str) -> bool:
    """Whether a heading names no level but the candidate sought ("The ideal candidate will have:", "Our
    ideal AI/ML Engineer:"), not a second tier ("In addition, the ideal candidate would have …") nor the
    person the job suits ("This job is ideal for someone who is:")."""
    if not _PROFILE_PREF_WORDS.search(label) or _SECOND_TIER.search(label) or _IDEAL_FOR.search(label):
        return False
    if _DUTY_LEAD_IN.search(label):
        return False  # "The ideal candidate will take on the following tasks:" lists the work, not the candidate
    rest = _PROFILE_PREF_WORDS.sub(" ", label)
    return not (_PREF_HEADING.search(rest) or _PREF_CUE.search(rest))


_IDEAL_FOR = re.compile(r"\b(?:ideal|perfect)\s++(?:\w+\s++)?for\b", re.I)


def _mark_main_profile_lists(text: str, lines: list[_Line]) -> None:
    """ "The Ideal Candidate:" over the posting's only list of qualifications is that list: what the posting asks
    for, not a lower tier (its items marked preferred stay preferred); so is a hedged profile ("You'll likely
    have:") with a nice-to-have section after it. When the posting has a list of its own besides ("Basic
    Qualifications", "Requirements", "Technical Skills"), the ideal candidate is a tier above it: preferred; so is a
    paragraph under the heading that pictures the ideal candidate in prose (see _profile_in_prose). (A profile
    after a preferred section adds wishes of its own: "Preferred Skills:" … "The ideal candidate will possess:".)"""
    profiles: list[int] = []
    preference_follows = False
    for i, line in enumerate(lines):
        if line.heading_level == REQUIRED and line.section == _REQ and _opens_own_required_list(text, lines, i):
            return
        if line.heading_level != PREFERRED or line.section != _PREF or preference_follows:
            continue
        label = text[line.start : line.end]
        if _profile_heading(label):
            profiles.append(i)
        elif "(" not in label and not _IDEAL_FOR.search(label) and not _PAY_BONUS.search(label):
            # (not "The ideal candidate will take on the following tasks:", a list of the work)
            preference_follows = not _names_only_a_kind(label) and not _DUTY_LEAD_IN.search(label)
    for j in profiles:
        if (preference_follows or _IDEAL_PROFILE.search(text, lines[j].start, lines[j].end)) and not _profile_in_prose(
            text, lines, j
        ):
            _raise_profile_list(text, lines, j)


# The profile words of the settled convention: the ideal (or perfect) candidate, not a hedge ("You'll likely have:")
_IDEAL_PROFILE = re.compile(r"\b(?:ideal(?!ly)\w*|perfect)\b", re.I)


def _profile_in_prose(text: str, lines: list[_Line], at: int) -> bool:
    """ "The Ideal Candidate:" / "The ideal candidate will have a degree in … and strong SQL skills.": under the
    heading, a paragraph that pictures the ideal candidate in its own words is a prose sentence of wishes, not a
    list: it stays preferred."""
    for line in lines[at + 1 :]:
        if line.section != _PREF or line.heading_level is not None:
            return False
        if _PROFILE_PREF_WORDS.search(text, line.start, line.end) and _prose_sentence(text[line.start : line.end]):
            return True
    return False


def _opens_own_required_list(text: str, lines: list[_Line], at: int) -> bool:
    """Whether the required heading ``lines[at]`` stands on a line of its own and opens a list: a list of what the
    posting asks besides its ideal candidate ("Basic Qualifications", "Requirements", "Technical Skills",
    "Personal Attributes"; a sub-heading of the ideal candidate's own list, "Education:", sits in its section)."""
    if at + 1 >= len(lines) or lines[at + 1].section != _REQ:
        return False
    if "\n" not in text[lines[at].end : lines[at + 1].start]:
        return False  # "Required: Python": a label of its line's own value
    # (not a board's screening table, "Experience:" / "SQL: 1 year (Preferred)": its rows carry their own levels)
    return _BARE_MARKER.search(text, lines[at + 1].start, lines[at + 1].end) is None


# "Annual Bonuses", "Compensation/Targeted Bonus": pay, not a preference
_PAY_BONUS = re.compile(
    r"\bbonuses\b|\b(?:annual|performance|target(?:ed)?|signing|sign[\s-]on|cash|year[\s-]end|quarterly|incentive"
    r"|compensation)\b[^:]{0,20}\bbonus",
    re.I,
)


def _raise_profile_list(text: str, lines: list[_Line], at: int) -> None:
    """Make the list under the heading ``lines[at]`` (and its sub-headings of a kind only) required."""
    for line in lines[at + 1 :]:
        if line.section != _PREF:
            break
        if line.heading_level is not None:
            if not _names_only_a_kind(text[line.start : line.end]):
                break
            line.heading_level = REQUIRED
        line.section = _REQ
    lines[at].section, lines[at].heading_level = _REQ, REQUIRED


def _is_lead_in(label: str) -> bool:
    """ "Experience with any of the following:" under "Bonus points" continues that section."""
    bullet = _BULLET.match(label)
    # "* Advanced Knowledge of Big Data: Spark, Flink" under "Extra Impressive:" is one of its items.
    item = bool(bullet and bullet.group().strip(" #"))
    label = label[bullet.end() if bullet else 0 :].strip().rstrip(":").strip()
    words = label.split()
    if not words or _STRONG_REQ_HEADING.search(label):
        return False
    # "Strong SQL Scripting Skills", "Excellent Communication Skills": a degree of quality opens an item, however it
    # is cased
    if _QUALITY_OPENER.match(label):
        return True
    # "Experience with: Git, Docker, AWS": a label that ends in a preposition waits for its object
    # after the colon — an item of the list it stands in, not a heading, however it is capitalised.
    if words[-1].lower() in _ITEM_PREPOSITIONS:
        return True
    return item or not label.isupper() and not _titleish(words)


_ITEM_PREPOSITIONS = frozenset({"with", "in", "of", "to", "on", "using", "including", "like", "for"})
_QUALITY_OPENER = re.compile(
    r"(?:strong|excellent|exceptional|outstanding|superior|superb|solid|advanced|proven|demonstrated|effective|expert"
    r"|extensive|thorough|sound)\s++(?!(?:qualifications?|requirements?|skills?|experience|candidates?)\b)",
    re.I,
)


def _sentence_segments(text: str, start: int, end: int, section: str | None) -> list[Segment]:
    """One sentence: its own level, except what a cue scopes to itself.

    A bracketed aside with a cue and words of its own ("(preferably PyTorch)", "(R or Python strongly
    desired)") speaks only for itself, a bare marker ("(Preferred)", "(a plus)") for the whole
    sentence; "preferably X" / "ideally X" inside an item makes X preferred, not what comes before.
    """
    sentence = text[start:end]
    # (a cheap test first: the pair says "preferred" or "desired", in capitals too, as _DEGREE_PAIR reads them)
    if any(word in sentence for word in ("refer", "esire", "REFER", "ESIRE")) and _degree_pair(sentence):
        return [Segment(start, end, REQUIRED, sentence_start=start, sentence_end=end)]
    clauses = _level_clauses(sentence) or _marked_stretches(sentence)
    if clauses:
        return [seg for a, b in clauses for seg in _sentence_segments(text, start + a, start + b, section)]
    asides = [m for m in _ASIDE.finditer(sentence) if _scoped_aside(m.group())]
    outer = _ASIDE.sub(lambda m: " " * len(m.group()), sentence) if asides else sentence
    marked_items = _marked_list_items(outer) if "(" in outer else []
    for a, b in marked_items:  # each is given its own level below; the rest of the list keeps the sentence's
        outer = outer[:a] + " " * (b - a) + outer[b:]
    level, negated = _level(outer, section)
    pieces = [(0, len(sentence), level, negated)]
    if section != _PREF and not negated and _scope_hint(outer):
        pieces = _scoped_pieces(outer, section) or pieces
    elif level == PREFERRED and section != _PREF and not negated:
        pieces = (
            _accepted_alternative_preference(outer, section)
            or _additive_preference(outer, section)
            or _trailing_preference(outer, section)
            or _semicolon_preference(outer, section)
            or _semicolon_head_preference(outer, section)
            or _comma_clause_preference(outer, section)
            or _dashed_preference(outer, section)
            or _narrowing_preference(outer, section)
            or _slashed_preference(outer, section)
            or _concessive_preference(outer, section)
            or pieces
        )
    elif level == REQUIRED and section not in (_REQ, _PREF) and not negated:
        pieces = _purpose_clause(outer, section) or _duty_after_description(outer, section) or pieces
    elif level == UNSPECIFIED and section not in _NOT_THE_HIRES_OWN and not negated:
        pieces = _own_skills_put_to_use(outer) or pieces
    for a, b in marked_items:
        pieces = _overlay(pieces, a, b, PREFERRED, False)
    for m in asides:
        # "(Azure preferred, AWS and GCP experience is acceptable)": the alternative keeps the sentence's level
        accepted = _accepted_alternative(m.group())
        if accepted is not None and not _PREF_CUE.search(m.group(), accepted):
            pieces = _overlay(pieces, m.start(), m.start() + accepted, PREFERRED, False)
            continue
        # "(supervised methods; reinforcement learning is a plus)": a preference after the aside's last semicolon is
        # that clause's; what comes before it goes on with the sentence around it
        semi = m.group().rfind(";")
        if semi > 0 and _semicolon_preference(m.group()[1:-1], section):
            pieces = _overlay(pieces, m.start() + semi + 1, m.end(), PREFERRED, False)
            continue
        # "(HEK293 a must, insect cells desirable)": an aside of two clauses at two levels gives each its own
        for a, b in _level_clauses(m.group()) or [(0, len(m.group()))]:
            aside_level, aside_negated = _level(m.group()[a:b], section)
            pieces = _overlay(pieces, m.start() + a, m.start() + b, aside_level, aside_negated)
    out = [Segment(start + s, start + e, lvl, neg) for s, e, lvl, neg in pieces if e > s]
    for seg in out:
        seg.sentence_start, seg.sentence_end = start, end
    return out


_SCOPE_HINT = re.compile(r"preferabl|ideally|preference", re.I)


def _scope_hint(text: str) -> bool:
    """``_SCOPE_HINT.search(text)``, with a substring test first: the regex, case-blind with no fixed
    first character, is tried at every position. Every character it matches for e, f, r, a, l or y
    lower-cases to that very letter, so a match holds "efer" or "eally" once lower-cased."""
    low = text.lower()
    return ("efer" in low or "eally" in low) and _SCOPE_HINT.search(text) is not None


# "…, preferably PostgreSQL", "… in a related field, with preference given to statistics": the cue
# looks forward to what follows it, up to the end of its clause.
_SCOPE_CUE = re.compile(
    r"\b(?:preferabl[ey]|ideally|(?:with\s++)?(?:a\s++|strong\s++)?preference\s++(?:will\s++be\s++|is\s++|may\s++be\s++)?(?:given\s++)?(?:to|for))\b",
    re.I,
)
# (not the stop of "e.g." or "i.e.": "preferably deep learning (e.g. transformers)" names its examples)
_CLAUSE_END = re.compile(r"[;]|(?<!\be\.g)(?<!\bi\.e)[.!?](?=\s)|\s(?:but|however|and\s+(?:must|should|required))\b")
# Words a bare marker is made of: "(strongly preferred)", "(a big plus)", "(nice to have)".
_MARKER_WORDS = re.compile(
    r"\b(?:a|an|is|are|but|not|very|highly|strongly|big|huge|definite|strong|added|would|be|will|to|have|nice|good"
    r"|required|preferred|preferable|preferably|desired|desirable|plus|bonus|advantage|asset|optional|ideal|ideally"
    r"|helpful|beneficial|welcome|great|must|essential|mandatory|necessary|needed)\b",
    re.I,
)


def _names_more_than_a_marker(text: str) -> bool:
    """Whether ``text`` has a word besides marker words: "Docker preferred" does, "(a strong plus)" does not."""
    return bool(re.search(r"[A-Za-z]", _MARKER_WORDS.sub(" ", text)))


# "BS required, MS preferred in Computer Science or Statistics", "Master's degree required or PhD preferred in a
# quantitative field": the two degrees share the fields named after the second, so the preference is said of the
# higher degree alone and the fields are asked at the lower degree's level (not "Bachelor's degree required,
# preferred degree in mathematics", "…; degree in Statistics preferred": a field named at the preference only).
_DEGREE_NAME = (
    r"(?:an?\s++)?(?:B\.?[AS]c?\.?|M\.?[AS]c?\.?|MBA|Ph\.?\s?D\.?|Bachelor(?:'|’)?s?|Masters?|Master(?:'|’)s|Doctorate"
    r"|(?:under|post-?)?graduate|advanced|(?:four|4)[\s-]year|college|university)(?:\s++degrees?)?"
)
_DEGREE_PAIR = re.compile(
    _DEGREE_NAME
    + r"\s++(?:is\s++)?(?:required|a\s++must|mandatory)\s*+[,;]?\s*+(?:(?:and|or|but|with|while|and/or)\s++)?"
    + _DEGREE_NAME
    + r"\s++(?:is\s++)?(?:strongly\s++|highly\s++)?(?:preferred|desired)(?:\s*+,)?\s++"
    r"(?:in|within|from|with\s++(?:an?\s++)?(?:focus|concentration|major|specialization)\s++(?:in|on))\s",
    re.I,
)


def _degree_pair(sentence: str) -> bool:
    """Whether ``sentence`` opens on a required degree and a preferred one that share the fields after them, and
    prefers nothing else (see _DEGREE_PAIR)."""
    item = _BULLET.match(sentence)
    pair = _DEGREE_PAIR.match(sentence, item.end() if item else 0)
    return pair is not None and not _PREF_CUE.search(sentence, pair.end())


def _level_clauses(sentence: str) -> list[tuple[int, int]] | None:
    """ "Experience with X is required and experience with Y preferred": a clause for each level, or None."""
    low = sentence.lower()
    if "requir" not in low and "mandatory" not in low and "a must" not in low:
        return None
    if not (_pref_hint(low) and _PREF_CUE.search(sentence)):
        return None
    cuts = [m.end() for m in _LEVEL_CLAUSE_END.finditer(sentence)]
    if not cuts:
        return None
    bounds = [0, *cuts, len(sentence)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


# A bare level marker in brackets: "(required)", "(strongly preferred)", "(desirable)", "(optional)".
_BARE_MARKER = re.compile(
    r"\((?:is\s++)?(?:strongly\s++|highly\s++)?(?:required|must|mandatory|essential|preferred|desired|desirable"
    r"|a\s++plus|plus|nice\s++to\s++have|optional|bonus)\)",
    re.I,
)


def _marked_stretches(sentence: str) -> list[tuple[int, int]] | None:
    """ "Experience with R (required) and/or Python (desired)", "Master's (preferred) or Bachelor's (required)":
    bare markers of both levels each speak for the stretch up to them, or None."""
    if sentence.count("(") < 2:
        return None
    markers = list(_BARE_MARKER.finditer(sentence))
    if len({_level(m.group(), None)[0] for m in markers}) < 2:
        return None
    bounds = [0, *(m.end() for m in markers)]
    if bounds[-1] < len(sentence):
        bounds.append(len(sentence))
    return list(zip(bounds, bounds[1:]))


# "We need a self-starter to tackle algorithmic modeling", "… seeking a thought leader to join our lab to advance
# healthcare analytics": the purpose or duty clause after the hire named by what they are good at asks nothing
# of them ("to join …", "to be …" are no such clause).
_PERSON_NOUNS = (
    r"(?:leader|builder|communicator|solver|thinker|player|collaborator|self-starter|storyteller|strategist)s?"
)
_SEEK = re.compile(
    r"(?:seeking|looking\s++for|hiring|need)\s++(?:an?\s++|someone\s++who\s++is\s++an?\s++)(?:[\w-]++,?\s++){0,4}?"
    + _PERSON_NOUNS
    + r"(?:\s++and\s++(?:[\w-]++\s++){0,3}?"
    + _PERSON_NOUNS
    + r")?\b",
    re.I,
)
# "… looking for data scientists with policy research experience to perform analysis tasks, such as …": the hire named
# with what they bring, then what they will do.
_SEEK_WITH = re.compile(
    r"(?:seek(?:s|ing)?|looking\s++for|hiring)\s++(?:[\w,/-]++\s++){1,6}?with\s++(?:[\w'’+/-]++\s++){0,6}?"
    r"(?:experience|expertise|background|knowledge|skills?)\b",
    re.I,
)
# (right after the hire named: "… self-starter to tackle …", "… leader to join our lab to advance …")
_PURPOSE = re.compile(
    r"\s++(?:to\s++join\b[^,.;]{0,80}?\s)?(?:to\s++(?!(?:be|have|bring|work\s++(?:with|in|on|for|as|alongside)|apply|fill|grow)\b)"
    r"(?:help\s++(?:us\s++)?)?[a-z]++"
    r"|(?:who|that)\s++will(?!\s++(?:also\s++)?(?:have|possess|bring|need|be\s++(?:able|comfortable|proficient|familiar|expected))))\b",
    re.I,
)


def _purpose_clause(outer: str, section: str | None) -> list[tuple[int, int, str, bool]] | None:
    """A seek sentence asking for the hire up to its purpose clause: the clause takes its own level."""
    low = outer.lower()
    if not ("seek" in low or "looking" in low or "hiring" in low or "need" in low):
        return None
    seek = _SEEK.search(outer) or _SEEK_WITH.search(outer)
    if seek is None:
        return None
    purpose = _PURPOSE.match(outer, seek.end())
    if purpose is None:
        return None
    cut = purpose.start() + len(purpose.group()) - len(purpose.group().lstrip())
    if _level(outer[:cut], section) != (REQUIRED, False):
        return None  # the ask is in the clause itself
    tail_level, tail_negated = _level(outer[cut:], section)
    return [(0, cut, REQUIRED, False), (cut, len(outer), tail_level, tail_negated)]


# "The Data Scientist has strong presentation skills and will partner with the BI team to …": after the hire described,
# a clause of what they will do is a duty (not "… and will have …", "… and will be able to …": more description).
# ("You will bring strong SQL skills and help us build …": "help" opens such a clause without "will")
_AND_WILL = re.compile(
    r"(?:,\s*+|\s++)and\s++(?=help\s++(?:us|the\s++team|our)\s++[a-z])"
    r"|(?:,\s*+|\s++)and\s++(?:will|shall)\s++(?:also\s++)?"
    r"(?!(?:have|possess|bring|know|understand|be\s++(?:an?|able|comfortable|proficient|familiar|skilled|experienced|fluent|adept"
    r"|knowledgeable|capable|expert|well))\b)[a-z]"
)


def _duty_after_description(outer: str, section: str | None) -> list[tuple[int, int, str, bool]] | None:
    """A sentence describing the hire by the role ("The analyst has strong SQL skills") up to a duty clause joined to
    it ("… and will partner with …"): the clause takes its own level."""
    if " will " not in outer and " shall " not in outer and "ll " not in outer:
        return None
    described = next(
        (
            cue
            for cue in _REQ_CUES.finditer(outer)
            if cue.group("ahead") or cue.group("described") and _said_of_candidate(outer, cue)
        ),
        None,
    )
    if described is None:
        return None
    clause = _AND_WILL.search(outer, described.end())
    if clause is None or _level(outer[: clause.start()], section) != (REQUIRED, False):
        return None
    tail_level, tail_negated = _level(outer[clause.start() :], section)
    return [(0, clause.start(), REQUIRED, False), (clause.start(), len(outer), tail_level, tail_negated)]


# "You will apply your expertise in NLP and search to …", "Leverage your knowledge of SQL and Spark to …", "This person
# will utilize their experience in analytics and IoT to …": a duty that puts the hire's own skills to use names what
# the hire is to have, up to the purpose it serves (not "expand your knowledge of …", what the job teaches; not "apply
# your skills in the creation of …", "… in ways you never thought possible": no skill named after the preposition).
_OWN_SKILLS_PUT_TO_USE = re.compile(
    r"\b(?:use|uses|using|apply|applies|applying|leverag(?:e|es|ing)|utili[sz](?:e|es|ing)|employ(?:s|ing)?"
    r"|harness(?:es|ing)?|engag(?:e|es|ing)|draw(?:s|ing)?\s++(?:up)?on|(?:rel(?:y|ies|ying)|count(?:s|ing)?|depend(?:s|ing)?)\s++on)"
    r"\s++(?:and\s++[a-z]++\s++)?"
    r"(?:(?P<owner>your|their|his\s++or\s++her|his/her)\s++(?:[\w-]++,?\s++(?:and\s++)?){0,4}?"
    # … and with no owner named: "Apply broad knowledge of technology platforms …", "Use knowledge of SQL and
    # Informatica …", "Leverage a deep understanding of optimization …" (not "use our understanding of …")
    r"|(?P<bare>(?:an?\s++)?(?:(?!(?:our|the|this|these|its|my|we|us|any|no)\b)[\w-]++,?\s++(?:and\s++)?){0,3}?))"
    r"(?:experience|knowledge|expertise|understanding|background|skills?|talents?|proficiency|know-how)"
    r"\s++(?:in|of|with|on)\s++(?!(?:the|an?|our|this|these|its|their|your|support|ways?|service|order)\b)",
    re.I,
)
# Where what is put to use ends: its purpose ("… to drive growth", "… toward solving …"), the employer's own things
# ("… and refining our infrastructure"), another clause ("…, you will …"), a semicolon.
_PUT_TO_USE_END = re.compile(
    r"\s(?:to|towards?|our|in\s++order\s++to|so\s++that|while|as\s++you)\s|,\s*+(?:(?:and|but)\s++)?(?:you|we|they)\s|;",
    re.I,
)
# "Our team applies their knowledge of energy systems …": their own, not the hire's.
_EMPLOYER_STAFF = re.compile(
    r"\b(?:our|we|us)\s++(?:[\w&-]++\s++){0,4}?(?:team|people|staff|employees|engineers|scientists|consultants|experts"
    r"|analysts|members|colleagues)\b|\bwe\s++(?:[\w-]++\s++)?$",
    re.I,
)
# "… the Data & Analytics practice employs deep expertise in …", "The company applies knowledge of …": a body of the
# employer's right before the verb puts its own skills to use, not the hire's.
_EMPLOYER_BODY_BEFORE = re.compile(
    r"\b(?:practice|company|firm|organi[sz]ation|group|team|department|division|lab|laboratory|business|unit|center"
    r"|centre|agency|institute)\s++(?:also\s++|now\s++)?$",
    re.I,
)
# "This role provides the opportunity to leverage experience in …", "… a chance to use and grow skills in …": what
# the job lets the hire do, not what it asks of them.
_OFFERED_BEFORE = re.compile(r"\b(?:opportunit(?:y|ies)|chance)\s++to\s++$", re.I)
# (a cheap test first: the words the skills put to use are named by)
_PUT_TO_USE_NOUNS = (
    "experience",
    "knowledge",
    "expertise",
    "understanding",
    "background",
    "skill",
    "talent",
    "proficiency",
    "know-how",
)
# Sections whose prose says nothing of the hire's skills.
_NOT_THE_HIRES_OWN = frozenset({_REQ, _PREF, BENEFITS, EEO, PHYSICAL, WORK_ENVIRONMENT, FIELD})


def _own_skills_put_to_use(outer: str) -> list[tuple[int, int, str, bool]] | None:
    """A sentence with no level of its own that puts the hire's own skills to use (see _OWN_SKILLS_PUT_TO_USE): those
    skills, up to where the clause naming them ends, are required; the rest keeps no level."""
    low = outer.lower()
    if not any(noun in low for noun in _PUT_TO_USE_NOUNS):
        return None
    used = _OWN_SKILLS_PUT_TO_USE.search(outer)
    if used is None:
        return None
    owner = used.group("owner")
    # ("Applies knowledge of Power BI to monthly reporting": an item in the third person is a task, as it reads elsewhere)
    verb = used.group().split(None, 1)[0].lower()
    if owner is None and verb.endswith("s") and not verb.endswith("ss"):
        return None
    if (owner is None or owner.lower() != "your") and _EMPLOYER_STAFF.search(outer, 0, used.start()):
        return None
    if owner is None and (
        _EMPLOYER_BODY_BEFORE.search(outer, max(0, used.start() - 40), used.start())
        or _OFFERED_BEFORE.search(outer, max(0, used.start() - 40), used.start())
    ):
        return None
    end = _PUT_TO_USE_END.search(outer, used.end())
    cut = end.start() if end is not None else len(outer)
    start = used.start("owner" if owner is not None else "bare")
    return [(0, start, UNSPECIFIED, False), (start, cut, REQUIRED, False), (cut, len(outer), UNSPECIFIED, False)]


def _scoped_aside(aside: str) -> bool:
    """An aside with a cue of its own that names something besides the cue: "(Postgres preferred)"."""
    if not (_PREF_CUE.search(aside) or _NEGATION.search(aside)):
        return False
    return len(aside.split()) > 3 or _names_more_than_a_marker(aside[1:-1])


# "1+ years of ERP functional experience, SAP preferred": a short tail after a finished qualification.
_FINISHED_QUALIFICATION = re.compile(
    r"\b(?:experience|knowledge|skills?|background|understanding|proficiency|expertise|degree|field)\s*+$", re.I
)


_QUALIFICATION_NOUN = re.compile(
    r"\b(?:experience|knowledge|skills?|background|understanding|proficiency|expertise|ability)\b", re.I
)


def _preferred_tail(outer: str, section: str | None, cut: int) -> list[tuple[int, int, str, bool]]:
    """``outer`` cut at ``cut``: the qualification before keeps its own level, the tail is preferred."""
    head_level, head_negated = _level(outer[:cut], section)
    return [(0, cut, head_level, head_negated), (cut, len(outer), PREFERRED, False)]


# "Experience with data visualization tools, Tableau preferred", "Degree in a related field, PhD preferred": a name
# and a bare marker after the last comma of a qualification that ends on a common noun narrow it down ("… one or more
# programming languages, C# and Python are preferred": names joined by "and" / "or" too; not "… in R, Python is a
# plus", "… such as Spark, Hive, Kafka a plus": the marker is said of a list of names).
_NAMED_TAIL = re.compile(
    r",\s++(?:[A-Z][\w+#.'’/-]*+\s++(?:(?:and|or|&)\s++)?){1,3}(?P<noun>(?:experience|knowledge|skills|exposure|familiarity)\s++)?"
    r"(?:is\s++|are\s++)?(?:strongly\s++|highly\s++)?(?:preferred|desired|a\s++plus)\s*+[.;]?$"
)


_BARE_NAME_TAIL = re.compile(
    r",\s++[A-Z][\w+#.'’/-]*+(?:\s++[A-Z][\w+#.'’/-]*+)?\s++(?:strongly\s++|highly\s++)?(?:preferred|desired)\s*+[.;]?$"
)
_ENDS_ON_A_NAME = re.compile(r"(?<![\w.'’/+#-])[A-Z][\w+#.'’/-]*+\s*+$")
_ENDS_ON_A_COMMON_NOUN = re.compile(r"(?<![\w.'’/+#-])[a-z][a-z-]++s?\s*+$")
_NAMES_A_LIST = re.compile(r",|\b(?:e\.g|i\.e|such\s++as|like|including|especially)\b", re.I)


# "Working knowledge of Excel and Prism, proficiency strongly preferred": a tail that prefers only a higher degree of
# what the item asks names nothing new; the item keeps its own level.
_DEGREE_TAIL = re.compile(
    r",\s*+(?:(?:and\s++|but\s++)?(?:an?\s++)?(?:high(?:er)?|advanced|expert|full|strong)\s++(?:level\s++of\s++)?)?"
    r"(?:proficiency|expertise|mastery|fluency)\s++(?:is\s++)?(?:strongly\s++|highly\s++)?(?:preferred|desired|a\s++plus)\s*+[.;]?$",
    re.I,
)


def _trailing_preference(outer: str, section: str | None) -> list[tuple[int, int, str, bool]] | None:
    """A preferred cue in a short tail after the last comma speaks for that tail only."""
    comma = outer.rfind(",")
    if comma < 0 or len(outer) - comma > 60:
        return None
    if _DEGREE_TAIL.match(outer, comma) and not _PREF_CUE.search(outer, 0, comma):
        return _preferred_tail(outer, section, comma)
    # "Strong working knowledge of SQL, Teradata preferred", "Super strong in SQL, SSIS preferred": one named thing
    # asked, then a name with a bare participle narrows it down (not "… in R, Python is a plus", "… with Spark, Hive,
    # Kafka preferred": one cue over a list of names)
    if (
        _BARE_NAME_TAIL.match(outer, comma)
        and "," not in outer[:comma]
        and _ENDS_ON_A_NAME.search(outer, max(0, comma - 40), comma)
        and not _PREF_CUE.search(outer, 0, comma)
        and is_qualification(outer[:comma])
    ):
        return _preferred_tail(outer, section, comma)
    named = _NAMED_TAIL.match(outer, comma)
    # "…, dashboard experience with visualization tools, Tableau experience preferred": a name with its own
    # qualification noun after a list of qualifications is a tail of its own
    named_with_noun = named is not None and named.group("noun") is not None
    if not (
        _FINISHED_QUALIFICATION.search(outer, max(0, comma - 40), comma)
        or named
        and _ENDS_ON_A_COMMON_NOUN.search(outer, max(0, comma - 40), comma)
        and (named_with_noun or not _NAMES_A_LIST.search(outer, 0, comma))
        and is_qualification(outer[:comma])
    ):
        return None
    if _INCLUDING_TAIL.match(outer, comma):
        return None
    head = outer[:comma]
    # "Excellent communication skills, strong presentation skills a plus" lists two qualifications under one cue.
    if _PREF_CUE.search(head) or not named_with_noun and _QUALIFICATION_NOUN.search(outer, comma):
        return None
    return _preferred_tail(outer, section, comma)


# "Strong coding skills, with proficiency in Python and Scala preferred", "Experience with SQL, especially
# Postgres preferred": a tail after the last comma that narrows the qualification down.
_NARROWING_TAIL = re.compile(
    r",\s++(?:and\s++)?(?:with|especially|particularly|specifically|ideally\s++with)\s[^,;]{1,80}$", re.I
)
# "Experience with web programming, including React and Django is a plus", "Advanced Excel skills, including VBA
# is a plus": "including …" is no clause of its own (a preposition cannot be a subject), so the cue after it is
# said of the whole item, the qualification with what it includes.
_INCLUDING_TAIL = re.compile(r",\s*+(?:and\s++)?including\b", re.I)


def _narrowing_preference(outer: str, section: str | None) -> list[tuple[int, int, str, bool]] | None:
    """A preferred cue in a tail narrowing a qualification ("…, with X preferred") speaks for the tail only."""
    tail = _NARROWING_TAIL.search(outer, max(0, len(outer) - 110))
    if tail is None:
        return None
    head = outer[: tail.start()]
    if _PREF_CUE.search(head) or not _PREF_CUE.search(tail.group()) or not is_qualification(head):
        return None
    return _preferred_tail(outer, section, tail.start())


_CLAUSE_WORDS = re.compile(r"[A-Za-z][\w'’-]*+\s++[A-Za-z]")


def _clause(text: str) -> bool:
    """Whether ``text`` says more than one word besides level markers: "leading project teams", not "SQL"."""
    return _CLAUSE_WORDS.search(_MARKER_WORDS.sub(" ", text)) is not None


def _semicolon_preference(outer: str, section: str | None) -> list[tuple[int, int, str, bool]] | None:
    """ "Proficiency using cloud environments; preferred experience in GCP", "3+ years in insurance; knowledge
    of ISO reporting is a plus": a preference after an item's last semicolon is a second item's, the
    qualification before it keeps its own level (a capital after the semicolon already starts a sentence)."""
    # (a semicolon that closes the item, as in a list whose items each end in one, cuts nothing)
    semi = outer.rstrip().removesuffix(";").rfind(";")
    if semi < 0:
        return None
    head, tail = outer[:semi], outer[semi + 1 :]
    # (the head need not read as a qualification by its form: "Past work includes leading teams; knowledge of
    # Scrum a plus" holds two clauses all the same)
    if _PREF_CUE.search(head) or not _PREF_CUE.search(tail) or not _asks_by_form(head) and not _clause(head):
        return None
    if not _names_more_than_a_marker(tail):
        return None  # "Strong SQL skills; preferred": a bare marker speaks for the whole item
    return _preferred_tail(outer, section, semi + 1)


def _semicolon_head_preference(outer: str, section: str | None) -> list[tuple[int, int, str, bool]] | None:
    """ "Retail banking experience is highly desired; a solid understanding of credit risk", "Experience with Tableau a
    plus; strong SQL skills": a preference said after a qualification speaks up to the semicolon that ends its clause; the
    qualification after it, with no cue of its own, keeps its own level (not "Preferred: Spark; Kafka", a marker
    before what it marks)."""
    cue = _PREF_CUE.search(outer)
    if cue is None or not (_asks_by_form(outer[: cue.start()]) or _clause(outer[: cue.start()])):
        return None
    semi = outer.find(";", cue.end())
    if semi < 0:
        return None
    tail = outer[semi + 1 :]
    if _PREF_CUE.search(tail) or not _asks_by_form(tail.strip()):
        return None
    tail_level, tail_negated = _level(tail, section)
    return [(0, semi + 1, PREFERRED, False), (semi + 1, len(outer), tail_level, tail_negated)]


# ", experience with web analytics is a plus": after an item's last comma, a second qualification of its
# own (a qualification noun and its preposition), also after "and" ("Expertise in SQL, and familiarity with NoSQL
# stores preferred": the comma before "and" closes the first qualification, the readers of the read sets took the
# cue as the second's); or ", retail experience is preferred": a noun with its singular verb, the subject of a
# clause of its own (the nouns before it would take "are").
_COMMA_QUALIFICATION = re.compile(
    r",\s*+(?:(?:and\s++(?:an?\s++)?)?(?:(?:some|basic|hands-on|prior|previous|working|strong|solid|good)\s++)?"
    r"(?:experience|knowledge|familiarity|exposure|background|understanding|proficiency|expertise)\s++(?:with|in|of|using)\b"
    r"|(?!(?:and|or|including|especially|e\.g|i\.e|such)\b)(?:[a-z][\w/&'’-]*+\s++){0,3}"
    r"(?:experience|knowledge|familiarity|exposure|background|expertise)\s++is\s"
    # "Proficient with SQL, bonus if familiar with Hive", "…, plus if you have used Airflow", "…, extra points for
    # Kubernetes": the cue opens a second qualification of its own
    r"|(?:and\s++)?(?:an?\s++)?(?:(?:big|huge|added|extra)\s++)?(?:bonus|plus|extra\s++(?:points|credit))(?:\s++points?)?"
    r"\s++(?:if|for|when)\s)",
    re.I,
)


def _comma_clause_preference(outer: str, section: str | None) -> list[tuple[int, int, str, bool]] | None:
    """ "Strong SQL skills, experience with analytical databases is a plus", "Knowledge of ML algorithms (deep
    learning, clustering), experience with computer vision is a plus": a preference in a second qualification
    after the item's last comma is that qualification's; the one before keeps its own level."""
    comma = outer.rfind(",")
    if comma < 0:
        return None
    if _COMMA_QUALIFICATION.match(outer, comma) is None:
        return None
    head, tail = outer[:comma], outer[comma + 1 :]
    if _PREF_CUE.search(head) or not _PREF_CUE.search(tail) or not _asks_by_form(head):
        return None
    return _preferred_tail(outer, section, comma + 1)


# "Proficiency with containerization - Docker preferred": the last dash of an item, with a short tail after it.
_LAST_DASH = re.compile(r"\s[-–—]\s++(?=[^-–—]{1,60}$)")


def _dashed_preference(outer: str, section: str | None) -> list[tuple[int, int, str, bool]] | None:
    """A preferred cue after an item's last dash names what it prefers ("… - Docker preferred", "… – Power BI
    a plus"): the tail is preferred, the qualification before it keeps its own level. A bare marker ("… -
    Preferred", "… - a strong plus") speaks for the whole item."""
    dash = _LAST_DASH.search(outer, max(0, len(outer) - 64))
    if dash is None:
        return None
    head, tail = outer[: dash.start()], outer[dash.end() :]
    if _PREF_CUE.search(head) or not _PREF_CUE.search(tail) or not is_qualification(head):
        return None
    if not _names_more_than_a_marker(tail):
        return None
    return _preferred_tail(outer, section, dash.start())


# "Visualization skills / Viz skills in R / Kibana would be a bonus": qualifications of their own joined by spaced
# slashes, each holding its own qualification noun (not "Experience with Machine Learning / Deep Learning is a plus",
# "AWS / Azure / GCP is a plus": one cue over a list of names).
_SPACED_SLASH = re.compile(r"\s/\s")


def _slashed_preference(outer: str, section: str | None) -> list[tuple[int, int, str, bool]] | None:
    """A preferred cue after the last spaced slash of a run of slashed qualifications speaks for that piece only;
    the qualifications before it keep their own level."""
    if " / " not in outer:
        return None
    cuts = [m.start() for m in _SPACED_SLASH.finditer(outer)]
    tail = outer[cuts[-1] + 3 :]
    if len(tail) > 60 or not _PREF_CUE.search(tail) or not _names_more_than_a_marker(tail):
        return None
    bounds = [0, *cuts]
    heads = [outer[a:b] for a, b in zip(bounds, bounds[1:])]
    if _PREF_CUE.search(outer, 0, cuts[-1]):
        return None
    # every piece a qualification of its own, and more than one of them, or a tail with a noun of its own
    if not all(_QUALIFICATION_NOUN.search(head) for head in heads):
        return None
    if len(heads) < 2 and not _QUALIFICATION_NOUN.search(tail):
        return None
    return _preferred_tail(outer, section, cuts[-1])


# "In addition to core regression and classification skills, experience with A/B testing is preferred", "Beyond solid
# SQL, familiarity with dbt is a plus": the opening clause names what the sentence takes for granted, so the cue is
# the main clause's only.
# (Capitalised, it may follow a label whose line break a flattened posting lost: "Analytic Skills In addition to …")
_ADDITIVE_OPENING = re.compile(
    r"(?:(?i:in)\s++addition\s++to|(?i:b)esides|(?i:b)eyond|(?i:o)n\s++top\s++of|(?i:a)side\s++from|(?i:a)part\s++from)\s"
)
_CAPITAL_ADDITIVE_OPENING = re.compile(
    r"(?<=[a-z] )(?:In\s++addition\s++to|Besides|Beyond|On\s++top\s++of|Aside\s++from|Apart\s++from)\s"
)


def _additive_preference(outer: str, section: str | None) -> list[tuple[int, int, str, bool]] | None:
    """A preferred cue after an additive opening clause ("In addition to X, experience with Y is preferred") speaks
    for the main clause only, from the first comma that opens a qualification of its own; X keeps its own level."""
    item = _BULLET.match(outer)
    opening = item.end() if item else 0
    first_comma = outer.find(",", opening)
    if first_comma < 0:
        return None
    if _ADDITIVE_OPENING.match(outer, opening) is None and not _CAPITAL_ADDITIVE_OPENING.search(
        outer, opening, first_comma
    ):
        return None
    main = _COMMA_QUALIFICATION.search(outer, opening)
    if main is None or _PREF_CUE.search(outer, 0, main.start()) or not _PREF_CUE.search(outer, main.start()):
        return None
    return _preferred_tail(outer, section, main.start())


# "While financial industry experience is a plus, we are looking for critical thinkers …", "Open to all
# backgrounds, though a deep learning background is strongly preferred": a concessive clause scopes its cue.
_CONCESSIVE = re.compile(r"\b(?:while|whilst|although|though)\s", re.I)
# "Although it is obviously helpful, we do not expect you to know …": a pronoun points at the main clause, which the
# cue then speaks for.
_POINTS_ON = re.compile(r"\s*+(?:it|this|that|these|those|such)\b", re.I)


def _concessive_preference(outer: str, section: str | None) -> list[tuple[int, int, str, bool]] | None:
    """A preferred cue inside a concessive clause ("While X is a plus, …", "…, though X preferred") speaks for
    that clause only; the main clause keeps its own level."""
    low = outer.lower()
    if "while" not in low and "though" not in low and "whilst" not in low:
        return None
    item = _BULLET.match(outer)
    opening = item.end() if item else 0
    cue = _CONCESSIVE.match(outer, opening)
    if cue is not None:
        comma = outer.find(",", cue.end())
        if _POINTS_ON.match(outer, cue.end()):
            return None
        if comma < 0 or not _PREF_CUE.search(outer, cue.end(), comma) or _PREF_CUE.search(outer, comma):
            return None
        rest_level, rest_negated = _level(outer[comma:], section)
        return [(0, comma, PREFERRED, False), (comma, len(outer), rest_level, rest_negated)]
    for cue in _CONCESSIVE.finditer(outer, opening):
        before = cue.start()
        while before > opening and outer[before - 1] in " \t":
            before -= 1
        if before > opening and outer[before - 1] == ",":
            if _PREF_CUE.search(outer, 0, cue.start()) or not _PREF_CUE.search(outer, cue.end()):
                return None
            return _preferred_tail(outer, section, cue.start())
    return None


# "(Azure preferred, AWS and GCP experience is acceptable)", "Postgres is preferred, but MySQL will be considered": a
# clause after the preference that names what is accepted instead is not preferred itself; it is what the item asks.
# (A stop inside a word is no clause's end: "React preferred, Vue.js is acceptable".)
_ACCEPTED_ALTERNATIVE = re.compile(
    r"\b(?:preferred|desired|a\s++plus)\s*+[,;]\s*+(?:(?:but|however|though)\s*+,?\s*+)?"
    r"(?=(?:[^.;()]|\.(?=\w)){1,80}?\s(?:is|are|will\s++be|would\s++be)\s++(?:also\s++)?(?:acceptable|accepted|considered)\b)",
    re.I,
)


def _accepted_alternative(text: str) -> int | None:
    """Where the clause naming an accepted alternative after a preference starts (see _ACCEPTED_ALTERNATIVE), if any."""
    if not any(word in text for word in ("accept", "consider", "ACCEPT", "CONSIDER")):  # (in capitals too, as re.I)
        return None
    found = _ACCEPTED_ALTERNATIVE.search(text)
    return found.end() if found is not None else None


def _accepted_alternative_preference(outer: str, section: str | None) -> list[tuple[int, int, str, bool]] | None:
    """A preference followed by the alternative it accepts: the preference up to its clause's end, the alternative at
    the level the sentence asks without it."""
    cut = _accepted_alternative(outer)
    if cut is None or _PREF_CUE.search(outer, cut):
        return None
    rest_level, rest_negated = _level(outer[cut:], section)
    return [(0, cut, PREFERRED, False), (cut, len(outer), rest_level, rest_negated)]


# The comma closing an aside set off by commas, before a preposition that goes on with the item around it, or
# before a second qualification ("…, preferably Python, and familiarity with NumPy").
_ASIDE_CLOSED = re.compile(
    r",(?=\s*+(?:in|from|with|at|on|for|of)\s"
    r"|\s*+(?:and|as\s++well\s++as)\s++(?:(?:some|basic|hands-on|working|strong|solid|good)\s++)?"
    r"(?:experience|knowledge|familiarity|exposure|background|understanding|proficiency|expertise)\s++(?:with|in|of|using)\s)",
    re.I,
)


def _scoped_pieces(outer: str, section: str | None) -> list[tuple[int, int, str, bool]] | None:
    cue = _SCOPE_CUE.search(outer)
    if cue is None:
        return None
    item_start = _BULLET.match(outer)
    lead = outer[item_start.end() if item_start else 0 : cue.start()]
    if not re.search(r"[A-Za-z0-9]", lead):  # "Ideally, you have …": the cue speaks for the whole item
        return None
    before_level, before_negated = _level(outer[: cue.start()], section)
    stop = _CLAUSE_END.search(outer, cue.end())
    clause_end = stop.start() if stop else len(outer)
    # "Skill, ideally expertise, in one ML framework", "Programming ability, preferably in Python, with experience
    # in …": a cue set off by commas is an aside; what follows its closing comma goes on with the item around it.
    if outer[: cue.start()].rstrip().endswith(","):
        aside_end = _ASIDE_CLOSED.search(outer, cue.end(), clause_end)
        if aside_end is not None:
            clause_end = aside_end.start()
    if cue.group().lower() == "preferable" and not re.search(r"[A-Za-z0-9]", outer[cue.end() :]):
        # "Snowflake experience is preferable.", "…, preferable": the adjective looks back, over the whole item
        # ("…, preferably" at a line's end looks forward to what the line lost).
        return None
    pieces = [(0, cue.start(), before_level, before_negated), (cue.start(), clause_end, PREFERRED, False)]
    if clause_end < len(outer):
        rest_level, rest_negated = _level(outer[: cue.start()] + outer[clause_end:], section)
        pieces.append((clause_end, len(outer), rest_level, rest_negated))
    return pieces


# "Basic knowledge of R, SQL, Python (Optional), and MS Excel": an item of a list, a bare marker after it,
# and the list going on after the marker; the first item too, after the word that opens the list ("Knowledge of
# Python (preferred) or R", "databases such as SQL Server (preferred), Oracle or Access"), the item then holding no
# such word itself.
_LISTED_MARKER = re.compile(
    r"(?:,|/|\bor\b|\band\b|\b(?:of|with|in|including|as|like|using)\b)\s*+"
    r"(?P<item>(?:(?!\b(?:or|and|of|with|in|including|as|like|using)\s)[^,;/()\n]){1,40}?)\s*+(?P<marker>\([^()\n]{1,40}\))"
    r"(?=\s*+(?:,|/|\bor\b|\band\b)\s*+\w)",
    re.I,
)

_SHORT_ASIDE = re.compile(r"\([^()\n]{1,40}\)")  # what _LISTED_MARKER's marker matches


def _marked_list_items(sentence: str) -> list[tuple[int, int]]:
    """The (start, end) of each list item marked preferred by a bare marker in brackets with more items after
    it ("R, SQL, Python (Optional), and MS Excel" marks "Python (Optional)" alone); a marker after the last item
    ("Spark and Hive (preferred)") speaks for the whole sentence, as before."""
    # (a marker is one of the sentence's bracketed asides of up to 40 characters: with no cue in any, nothing to find)
    if not any(_PREF_CUE.search(aside.group()) for aside in _SHORT_ASIDE.finditer(sentence)):
        return []
    out = []
    for m in _LISTED_MARKER.finditer(sentence):
        marker = m.group("marker")
        if _PREF_CUE.search(marker) and not _names_more_than_a_marker(marker[1:-1]):
            out.append((m.start("item"), m.end("marker")))
    return out


def _overlay(
    pieces: list[tuple[int, int, str, bool]], start: int, end: int, level: str, negated: bool
) -> list[tuple[int, int, str, bool]]:
    """``pieces`` with [start, end) given its own level."""
    out = []
    for s, e, lvl, neg in pieces:
        if e <= start or s >= end:
            out.append((s, e, lvl, neg))
            continue
        if s < start:
            out.append((s, start, lvl, neg))
        if e > end:
            out.append((end, e, lvl, neg))
    out.append((start, end, level, negated))
    return sorted(out)


_ASIDE = re.compile(r"\([^()]{3,300}\)")


# Where a match of _SENTENCE_END or _SENTENCE_END_RUN_ON can start: each of their branches starts at
# one of these characters in this context (a stop or bullet star; a bullet glyph glued to a word; whitespace before more whitespace,
# a bullet, a capital or a digit; a capital or digit after three lower-case letters; the last letter
# of "required", "preferred", "desired", "a plus"). Neither pattern has a fixed first character, so the
# engine would try each of its branches at every position of a line; this scan, with its one
# character class first, passes over the rest in one go.
_SHORT_END_AT = re.compile(r"[.!?;\s](?:(?<=[.!?;])|(?=[\s•·▪●◦]))")
# (each context is tried only after a one-character look-behind on the character itself: a space, the
# commonest candidate, then skips the look-behinds that read back three or four letters before failing)
_RUN_ON_END_AT_CONTEXTS = (
    r"(?<=[.!?;*])|(?<=[•·▪●])(?<=[\w.,;:)][•·▪●])|(?<=\s)(?=[\s•·▪●◦A-Z0-9])"
    r"|(?<=[A-Z0-9])(?:(?<=[a-z]{2}[A-Z0-9])|(?<=[A-Za-z]\)[A-Z]))"
    r"|(?<=-)(?:(?<=[a-z]{4}-)|(?<=[A-Za-z]\)-)|(?<=[A-Za-z0-9.,;)] -))"
)
_RUN_ON_END_AT = re.compile(r"[.!?;*\s0-9A-Z•·▪●-](?:" + _RUN_ON_END_AT_CONTEXTS + ")")
_RUN_ON_END_AT_LEVEL = re.compile(
    r"[.!?;*\s0-9A-Zds•·▪●-](?:" + _RUN_ON_END_AT_CONTEXTS + r"|(?<=d)(?<=red)|(?<=s)(?<=plus))"
)


def _sentence_ends(body: str, offset: int) -> Iterator[re.Match[str]]:
    """The matches of ``finditer`` of the sentence-end pattern for ``body`` from ``offset``, the very
    same ones, found by trying the pattern only where one of its branches can start."""
    if len(body) - offset >= _RUN_ON_MIN_LINE:
        ends = _SENTENCE_END_RUN_ON
        at = _RUN_ON_END_AT_LEVEL if "red" in body or "plus" in body else _RUN_ON_END_AT
    else:
        ends, at = _SENTENCE_END, _SHORT_END_AT
    # Only the branch that starts at a capital or digit matches empty, and no other starts there.
    return _matches_at(ends, body, (candidate.start() for candidate in at.finditer(body, offset)), offset)


def _sentences(body: str, offset: int, duty_items: bool = False) -> list[tuple[int, int]]:
    """Sentence spans of a line, never cutting inside brackets ("(R. Python or Java preferred)"); with
    ``duty_items`` (a line in a section of duties) also where a duty of a flattened list starts."""
    out = []
    start = offset
    # Brackets are counted once each, as the scan moves on (recounting from ``start`` at every
    # candidate would be quadratic after an unclosed "(").
    counted = offset
    opened = closed = 0  # brackets in body[start:counted]
    for m in _sentence_ends(body, offset):
        if m.lastgroup == "duty":
            # (not after a verb: "… able to design Implement …" coordinates two verbs of one item)
            if (
                not duty_items
                or not _item_can_start_after(body, m.start())
                or _word_before(body, m.start()) in DUTY_VERBS
            ):
                continue
        elif m.lastgroup == "spaced":
            # (a closing bracket ends an item as a lower-case word does: "… (Tableau, Power BI, etc.) Experience with …")
            # (not after a bracketed marker that opens the item: "(Preferred) Master's degree in …")
            if (
                body[m.start() - 1] != ")" or body[start : m.start()].lstrip(" *-" + BULLET_CLASS).startswith("(")
            ) and not _item_can_start_after(body, m.start()):
                continue
        elif m.lastgroup == "dash":
            after_bracket = body[m.start() - 1] == ")"  # "… BI tools (Looker / Tableau)-Experience with …"
            if not after_bracket and (
                not _item_can_start_after(body, m.start()) or _word_before(body, m.start()) in _DASH_PREFIXES
            ):
                continue
            # "… visualization suites- Power BI, Tableau …" introduces examples; a spaced dash cuts only
            # before the opening words of a qualification ("… salary- Proven experience …").
            if m.end() > m.start() + 1 and not _OPENS_ITEM.match(body, m.end()):
                continue
        elif (
            m.end() == m.start()
            and not _lower_word_before(body, m.start())
            and not _OPENS_ITEM.match(body, m.start())  # "… Work OrdersModerate experience …"
        ):
            continue
        end = m.start() + (1 if m.group(1) else 0)
        if m.re is _SENTENCE_END_RUN_ON and m.group("keep"):
            end = m.end()  # "… SQL required| Prior modeling …": the level word stays with its item
        opened += body.count("(", counted, end)
        closed += body.count(")", counted, end)
        counted = end
        if opened > closed:
            continue
        if end > start:
            out.append((start, end))
        start = counted = m.end()
        opened = closed = 0
    if start < len(body):
        out.append((start, len(body)))
    return out


# Words after which a capitalised qualification word goes on the same phrase: "experience with
# Advanced Excel", "at least 5 years", "a Master's degree", "have Strong …".
_CONTINUING_WORDS = frozenset(
    "a an the and or of with in on at by for from to as via into than plus including include includes using use like"
    " such e.g i.e etc have has had be is are was were our your their its this that these those any some all least"
    " minimum maximum over under last next past about around approximately nearly almost typically within between"
    " strong very highly especially particularly preferably ideally also both either not year years yrs months"
    # a level word may end a lead-in as well as an item ("Below skills are desirable Strong communication …")
    " desirable preferred required desired plus mandatory optional advantageous helpful bonus essential must".split()
)


def _item_can_start_after(body: str, at: int) -> bool:
    """Whether a new item may start after the word ending at ``at``: a lower-case word that does not lead on."""
    word = at
    while word > max(0, at - 40) and (body[word - 1].isalpha() or body[word - 1] in ".'’"):
        word -= 1
    before = body[word:at].strip(".'’")
    return bool(before) and before[0].islower() and before.lower() not in _CONTINUING_WORDS


# Lower-case words that make a compound with a capitalised word after a hyphen ("post-Masters",
# "self-Service", "multi-Cloud"): such a hyphen is no glued dash bullet.
_DASH_PREFIXES = frozenset(
    # (shorter prefixes, "non-", "mid-", never reach it: the dash must follow four lower-case letters)
    "post self semi anti multi inter intra extra cross pseudo quasi ultra trans super hyper micro macro mega mini".split()
)


def _word_before(body: str, at: int) -> str:
    """The lower-cased word ending at ``at`` (at most 40 letters back)."""
    word = at
    while word > max(0, at - 40) and body[word - 1].isalpha():
        word -= 1
    return body[word:at].lower()


def _lower_word_before(body: str, at: int) -> bool:
    """Whether the word ending at ``at`` starts with a lower-case letter ("pipelines", not "Tensor")."""
    word = at - 1
    while word > max(0, at - 40) and body[word - 1].isalpha():
        word -= 1
    return body[word].islower()


# Postings repeat their headings and boilerplate lines; only short lines are cached, so the cache
# holds at most _HEADING_CACHE_LINES * _HEADING_CACHE_CHARS characters whatever the input.
_HEADING_CACHE_LINES = 8192
_HEADING_CACHE_CHARS = 200


def _heading(line: str) -> tuple[str | None, int | None]:
    """(section kind, offset where the line's own content starts, or None) if the line is a heading."""
    if len(line) > _HEADING_CACHE_CHARS:
        return _read_heading(line)
    return _cached_heading(line)


def _read_heading(line: str) -> tuple[str | None, int | None]:
    """(section kind, offset where the line's own content starts, or None) if the line is a heading.

    A heading is a short label ending in a colon ("Preferred:", "Requirements: Python, SQL"), or a
    short title-cased or upper-case line without a bullet ("Minimum Qualifications", "WHAT YOU'LL DO").
    """
    if len(line) > 90 and line.find(":", 0, 70) < 0:
        return None, None  # a long line with no early colon is never a heading
    bullet = _BULLET.match(line)
    # "**Qualifications**" is bold Markdown, not a bullet; so is "*Qualifications**", a bold label that lost a star.
    bold = line.lstrip().startswith(("**", "__")) or line.rstrip().endswith(("**", "__"))
    # ("\tPreferred or Desired": a line indented by whitespace alone has no bullet)
    has_bullet = bool(bullet and bullet.group().strip().strip("#")) and not bold
    stripped = line[bullet.end() if bullet else 0 :].strip().strip("*_#").strip()
    if not stripped:
        return None, None
    if not has_bullet and stripped[-1] in _LABEL_END_MARKS:
        stripped = _mark_as_colon(stripped)
    colon = stripped.find(":")
    if 0 < colon <= 60 and colon < len(stripped) - 1:
        label = stripped[:colon]
        if len(label.split()) <= 7:
            kind = _heading_kind(label)
            # "Promote data knowledge and insights: manage …", "Provide expertise in the following areas: …": a
            # task in sentence case with a colon is an item of a duty list, not a heading of qualifications
            # ("Work Experience:", "LEAD QUALIFICATIONS:" are headings).
            if (
                kind in (_REQ, _PREF)
                and _opens_with_duty_verb(label)
                and not label.isupper()
                and not _titleish(label.split())
            ):
                return None, None
            if kind is not None:
                return kind, line.find(":") + 1
        return None, None
    label = stripped.rstrip(":").strip()
    words = label.split()
    if not words or len(words) > 9 or len(label) > 80:
        return None, None
    if not stripped.endswith(":") and _ITEM_NOT_HEADING.match(label):
        return None, None  # "Experience with Kafka", "Knowledge of SQL": a title-cased item
    label = label.rstrip("!").strip() or label  # "What you'll do!"
    # "must-haves" / "nice-to-haves": a posting written in lower case heads its lists with one hyphenated compound
    compound = not has_bullet and len(words) == 1 and label.count("-") >= 1 and label.islower() and len(label) > 6
    # "Great to have", "Good to have.": a line that is nothing but a preference heads what follows, however it is cased
    # (not a lone word, "preferred", a value in a table of levels, nor an answer: "Not required.")
    if (
        not has_bullet
        and (len(words) > 1 and label[:1].isupper() or compound)
        and words[0].lower() not in _NOT_FIRST
        and _PREF_HEADING.fullmatch(label.rstrip("."))
    ):
        return _PREF, None
    # "Kudos if you have (Preferred Experience)", "Bring these along (Required Skills)": a label whose bracketed
    # tail names a section and its level heads that section, however the words before it are cased.
    tail = _BRACKETED_LEVEL_TAIL.search(label)
    if (
        tail is not None
        and not has_bullet
        and _heading_words_only(tail.group(1))
        and len(label[: tail.start()].split()) <= 6
    ):
        return _heading_kind(tail.group(1)), None
    # "Scripting Experience - Bash, Perl, Python": a title-cased label with its list of values after a dash is
    # an item, not a heading.
    if not stripped.endswith(":") and _DASHED_LIST.search(label):
        return None, None
    words = label.split()
    if len(words) >= 3 and words[0].lower() in _RUN_IN_NOUN_WORDS and words[1][:1].isupper() and not has_bullet:
        return _heading_kind(label) or _UNKNOWN, None  # two labels on one line: "Qualifications What you bring"
    if not stripped.endswith(":") and not (not has_bullet and _heading_words_only(label)):
        # "JOB DUTIES." is an upper-case heading with a stop.
        stop = label[-1] in ".,;" and not (
            label[-1] == "." and 2 <= len(words) <= 6 and label.isupper() and "NOT" not in words
        )
        # "Hands-on Data Query Experience, Preferred.(Toad, Oracle)": an item's stop before the aside it ends with
        stop = stop or _STOP_BEFORE_ASIDE.search(label) is not None
        if has_bullet or stop or not (label.isupper() or _titleish(words) or _noun_heading(words)):
            # (a lower-case compound of no level's kind, "full-time", "e-commerce", is a value or a word of prose)
            if not (compound and _heading_kind(label) in (_REQ, _PREF)):
                return None, None
    return _heading_kind(label) or _UNKNOWN, None


_LABEL_END_MARKS = "-–—…."
_STOP_BEFORE_ASIDE = re.compile(r"[a-z][.,;]\s*+\([^()]{1,60}\)$")
_BRACKETED_LEVEL_TAIL = re.compile(r"\S\s*+\(([^()]{3,50})\)$")
_DASHED_LIST = re.compile(r"\s[-–—]\s[^,]*+,")
_TRAILING_MARK = re.compile(r"(?<=[A-Za-z)’'])\s*+(?::?[-–—]++|…|\.\.\.)$")


def _mark_as_colon(label: str) -> str:
    """ "You have -", "Who You Are-", "You’d be a great fit if…", "Minimum Qualifications...": a short
    label whose dash or ellipsis stands for a colon."""
    mark = _TRAILING_MARK.search(label)
    if mark is None:
        return label
    head = label[: mark.start()]
    # "Strong skills in SQL, R, etc..." is an item that trails off, not a label.
    if len(head.split()) > 8 or any(stop in head for stop in ".,;!?…") or _ITEM_NOT_HEADING.match(head):
        return label
    return head + ":"


# An item that names what it asks for ("Experience with Kafka", "Proficiency in Python"), unlike a heading
# made of section nouns ("Skills and Experience", "Experience & Education").
# ("Basic Understanding of statistics", "Deep Familiarity with Spark": one word of degree before the noun; not a
# level word, which heads a section: "Preferred Experience in:", "Minimum Knowledge of …")
_ITEM_NOT_HEADING = re.compile(
    r"(?:(?!(?:required|preferred|desired|desirable|minimum|mandatory|essential|additional|other|bonus|nice|your|our)\b)"
    r"[a-z][a-z-]*+\s++)?"
    r"(?:experience|knowledge|proficiency|familiarity|expertise|exposure|fluency|understanding|grasp|command)"
    r"\s++(?:with|in|of|using)\s++(?!the\s++following)",
    re.I,
)
# The nouns a short sentence-cased heading ends in: "Position summary", "Required skills", "Job details".
_HEADING_NOUNS = re.compile(
    r"(?:summary|description|overview|qualifications?|requirements?|responsibilities|duties|skills|benefits|perks"
    r"|details|information|expectations|profile|background|education|competencies|role|position|opportunity|us|company)$",
    re.I,
)


# A line made only of these words names a section whatever its case and trailing dots: "Preferred
# knowledge, skills, and abilities", "Nice to have but not required", "MINIMUM QUALIFICATIONS.".
_HEADING_VOCABULARY = frozenset(
    "preferred required requirements desired desirable minimum basic additional nice to have haves bonus plus points"
    " optional mandatory essential must recommended key core technical qualifications skills skill experience"
    " knowledge abilities competencies education expertise certifications and or but not the".split()
)
_LEVEL_WORDS = frozenset(
    "preferred required requirements desired desirable minimum basic nice bonus mandatory must recommended".split()
)
_WORD = re.compile(r"[a-z]+")
_RUN_IN_WORDS = _HEADING_VOCABULARY | {
    "job",
    "key",
    "main",
    "primary",
    "highly",
    "responsibilities",
    "duties",
    "of",
    "to",
}
_LEVEL_ADJECTIVES = _LEVEL_WORDS - {"requirements"}  # "Preferred …", not "(Business Requirements …)"
_NOT_FIRST = frozenset({"not", "and", "or", "but"})  # "Not required." is an answer, not a heading


def _heading_words_only(label: str) -> bool:
    """ "Preferred knowledge, skills, and abilities": a capitalised label of section words, one a level word."""
    if not label[:1].isupper():
        return False
    words = _WORD.findall(label.lower())
    return (
        2 <= len(words) <= 8
        and words[0] not in _NOT_FIRST
        and all(w in _HEADING_VOCABULARY for w in words)
        and any(w in _LEVEL_WORDS for w in words)
    )


def _noun_heading(words: list[str]) -> bool:
    return len(words) <= 3 and words[0][:1].isupper() and bool(_HEADING_NOUNS.match(words[-1]))


_cached_heading = lru_cache(maxsize=_HEADING_CACHE_LINES)(_read_heading)

_SMALL_WORDS = {
    "and",
    "or",
    "of",
    "to",
    "the",
    "a",
    "an",
    "for",
    "in",
    "with",
    "on",
    "at",
    "you",
    "we",
    "our",
    "your",
    "will",
    "be",
    "is",
    "are",
}


def _titleish(words: list[str]) -> bool:
    """ "Minimum Qualifications", "What You'll Need", "Skills and Experience", "What you'll do"."""
    first = words[0]
    if not first[:1].isupper():
        return False
    rest = [
        w for w in words[1:] if w.lower().strip("'’") not in _SMALL_WORDS and not w.lower().startswith(("you", "we"))
    ]
    return (
        all(w[:1].isupper() or not w[:1].isalpha() for w in rest)
        # A sentence-cased label that opens like a heading and names a section: "Nice to have", or a
        # question-shaped one: "What you will need to succeed", "What would you be doing?".
        or len(words) <= (8 if words[0].lower() in _QUESTION_WORDS else 4)
        and words[0].lower() in _HEADING_OPENERS
        and _heading_kind(" ".join(words)) is not None
    )


_QUESTION_WORDS = {"what", "who", "why", "how", "where"}
_HEADING_OPENERS = {
    "what",
    "who",
    "about",
    "your",
    "our",
    "why",
    "how",
    "preferred",
    "required",
    "minimum",
    "basic",
    "nice",
    "bonus",
    "key",
    "job",
    "the",
}


def is_field_label(line: str) -> bool:
    """Whether ``line`` is only the label of a field ("FLSA Classification:", "Employees Supervised",
    "Job Family/Subfamily"): short, and a field's name."""
    label = line.strip(_LABEL_STRIP + ":")
    return 0 < len(label) <= _MAX_FIELD_LABEL and _heading_kind(label) == FIELD


_MAX_FIELD_LABEL = 40


def _heading_kind(label: str) -> str | None:
    if "\ufb01" in label or "\ufb02" in label:  # "Key Qualiﬁcations" with a typographic ligature
        label = label.replace("\ufb01", "fi").replace("\ufb02", "fl")
    if _GLUED.search(label):
        # Headings run together where a page lost its line breaks: "About UsThe RoleResponsibilities".
        # The last one opens what follows when it names a section; a skills heading under a preference
        # stays a preference ("Desired SkillsTechnical Skills"). Unless both the last part and an earlier
        # one name a section, the label is read as a whole ("Red Hat OpenShift, TensorFlow").
        parts = _GLUED.split(label)
        kind = _label_kind(parts[-1])
        earlier = [_label_kind(part) for part in parts[:-1]]
        if kind is not None and any(earlier):  # two headings, not a name such as "OpenShift"
            return _PREF if kind == _REQ and _PREF in earlier else kind
    return _label_kind(label)


# A lower-case letter right before a capital that starts a word of two or more letters: where two
# headings were glued ("UsThe", "RoleResponsibilities"), not "PhD", "iOS" or "MLOps", nor after a
# small joining word ("Education,andExperience").
_GLUED = re.compile(r"(?<=[a-z]{2})(?<![^a-z]and)(?<![^a-z]or)(?<![^a-z]of)(?=[A-Z][a-z])")


# "Required or Preferred Experience/Education", "Qualifications (Required and Preferred)", "Required/Desired Skills":
# a heading naming both levels lists what is asked, each item at its own word's level; the stronger level holds for
# the rest.
_BOTH_LEVELS = re.compile(
    r"\brequired\s*+(?:or|and|/|&)\s*+(?:preferred|desired|desirable)\b"
    r"|\b(?:preferred|desired|desirable)\s*+(?:or|and|/|&)\s*+required\b",
    re.I,
)


# (each heading pattern tried only where the label holds one of its words: most labels are of no kind)
_HEADING_KINDS = FirstSearch(_HEADINGS)


# "We're looking for a Research Scientist to:", "We are seeking an engineer who will:": the hire named, then what
# they are to do — a list of duties, however "looking for" reads as a heading of qualifications elsewhere (not "…
# seeking a data scientist able to:", "… with the ability to:", "… with the skills to:", "… qualified to:", which
# list what the hire can do).
_SEEK_TO_DO = re.compile(
    r"\b(?:looking\s++for|seeking|hiring)\s++(?:an?|someone|somebody)\s[^:]{0,60}?"
    r"(?:(?<!\bable)(?<!\bability)(?<!\babilities)(?<!\bskills)(?<!\bskill)(?<!\bexpertise)(?<!\bknowledge)"
    r"(?<!\bexperience)(?<!\bbackground)(?<!\bcapacity)(?<!\bqualified)(?<!\bequipped)\s++to"
    r"|\s(?:who|that)\s++will)\s*+$",
    re.I,
)


def _label_kind(label: str) -> str | None:
    if "red" in label and _BOTH_LEVELS.search(label):
        return _REQ
    kind = _HEADING_KINDS.first(label)
    if kind == _REQ and _SEEK_TO_DO.search(label):
        return _DUTY
    return kind


# Words one of which every match of the cue patterns contains: a cheap test before the full regex.
_NEGATION_HINT = re.compile(r"no |not |n't|n’t|no need")
# (Substring tests, not one regex of alternatives: that one starts at nearly every letter, so the engine
# tried it at nearly every position.)
_PREF_HINT_WORDS = (
    "plus pref nice bonus ideal desir advantag helpful benefi optional great welcome asset useful valued recommended"
    " perfect extra love apart appreciated regarded differentiator likely atout souhait appréci idéal préf excited thrilled delighted".split()
    + ["would be", "help you", "will help", "would help", "of interest", "if you also"]
)
_PREF_HINT_PHRASES = re.compile(r"good.to|(?:might|may) (?:also )?(?:have|bring|possess)")
_REQ_HINT_WORDS = (
    "must shall requir mandatory essential need necessary minimum important critical crucial key vital should candidate"
    " applicant seek looking hiring you successful qualified right possess expect combines brings demonstrates"
    " requis exig obligatoire indispensable nécessaire devra doit devez".split()
    + [
        "at least",
        "has to",
        "have to",
        "want some",
        "qualifications include",
        "bring your",
        "will have",
        "will also have",
        "will also be",
        *(
            f"will be {word}"
            for word in "knowledgeable proficient skilled versed experienced fluent adept familiar competent highly very well".split()
        ),
        "has ",
        "ideal for",
        "ideal role for",
        "ideal job for",
        "ideal position for",
        "ideal opportunity for",
        "on your",
    ]
)


def substring_test(words: Iterable[str]) -> Callable[[str], bool]:
    """A test of whether a string holds any of ``words`` (as ``any(w in s for w in words)``) in one
    Aho-Corasick pass: 2-3 times faster than a substring scan per word for twenty words or more."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, None)
    if not len(automaton):
        return lambda s: False
    automaton.make_automaton()
    scan = automaton.iter

    def holds_any(s: str) -> bool:
        return next(scan(s), None) is not None

    return holds_any


def substring_starts(words: Iterable[str]) -> Callable[[str], list[int]]:
    """Where ``words`` occur in a string: the start of every occurrence of each (overlapping ones
    included), sorted, found in one Aho-Corasick pass."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    if not len(automaton):
        return lambda s: []
    automaton.make_automaton()
    scan = automaton.iter

    def starts(s: str) -> list[int]:
        return sorted([end - length + 1 for end, length in scan(s)])

    return starts


_holds_pref_word = substring_test(_PREF_HINT_WORDS)
_holds_req_word = substring_test(_REQ_HINT_WORDS)


def _pref_hint(low: str) -> bool:
    """Whether the lower-cased ``low`` holds a word every preference cue contains."""
    return _holds_pref_word(low) or (
        ("good" in low or "may " in low or "might " in low) and _PREF_HINT_PHRASES.search(low) is not None
    )


def _req_hint(low: str) -> bool:
    """Whether the lower-cased ``low`` holds a word every requirement cue contains."""
    return _holds_req_word(low)


def _level(sentence: str, section: str | None) -> tuple[str, bool]:
    low = sentence.lower()
    if _NEGATION_HINT.search(low):
        negation = _NEGATION.search(sentence)
        if negation is not None:
            return _negated_level(sentence, negation)
    own_preference = bool(_pref_hint(low) and _PREF_CUE.search(sentence))
    if own_preference:
        return PREFERRED, False
    if section == _PREF:
        # "Desired qualifications: … Strong SQL skills are required": the item's own word outranks its heading.
        return (REQUIRED if _explicitly_required(low, sentence) else PREFERRED), False
    if section == _REQ or (_req_hint(low) and _asks_by_cue(sentence)):
        return REQUIRED, False
    # A qualification reads as required wherever it stands, even among duties (not in what the employer offers:
    # "Expand your skills with free courses", "The ability to influence major initiatives"; a blurb keeps it, as a
    # flattened list of qualifications often runs on after one).
    item = _BULLET.sub("", sentence, count=1).strip()
    if section != BENEFITS and (
        (_QUALIFICATION.match(item) and not _opens_with_duty_verb(item))
        or (("year" in low or "yr" in low) and bool(_candidate_years(sentence)))
    ):
        return REQUIRED, False
    # (not in what the employer offers: "Perks: mentorship, hackathons, deep learning knowledge")
    if section not in (BENEFITS, BLURB) and _named_qualification(item):
        return REQUIRED, False
    return UNSPECIFIED, False


# "Must" and "need(s) to" ask of the candidate only where they are said of the candidate: "You must …",
# "Must have …", "The successful analyst must …", "…, need to know …", "Candidates will also need to …" — not
# "the model needs to scale", "the team must deliver weekly", "we must stay compliant", "it must run …".
# Its subject is a determiner and a lower-case noun just before the cue, or "we" or "it" (a capitalised noun
# names a role more often than a thing: "the HDA I must understand …"); a modal or an adverb may stand between.
_OTHER_SUBJECT = re.compile(
    r"(?:\b(?i:the|our|this|these|those|that|each|every|its|their)\s++(?:[\w-]++\s++)??([a-z][\w-]*+)|\b(?i:we|it))"
    # (a modal or an adverb between: "the developer will need to", "this candidate primarily needs to")
    r"\s++(?:(?i:will|would|shall|also|always|still|then|\w+ly)\s++){0,2}$"
)
_SUBJECT_REACH = 40
# Subjects that are the candidate or the role: "the candidate must …", "the Data Scientist needs to …".
_CANDIDATE_NOUN = re.compile(
    r"(?:candidate|applicant|individual|person|hire|incumbent|employee|engineer|scientist|analyst|developer|manager"
    r"|lead|director|specialist|architect|intern|associate|consultant|researcher|administrator|officer|coordinator"
    r"|programmer|designer|member|professional|statistician|expert|role|position|job|you|self)s?$",
    re.I,
)
# "Need" is a noun as well ("address business needs to drive …", "the insights they need to …", "tools which need
# to be maintained"), so "need(s) to" asks of the candidate only after no word at all ("Needs to have …", "…, need
# to know …") or after one of these: a pronoun for the candidate, an auxiliary or adverb before the verb, or a noun
# for the candidate or the role.
_NEEDS_TO_AFTER = frozenset(
    (
        "you will ll also may might would could should actually really still just only primarily first often usually"
        " typically definitely absolutely and but who i he she one"
        " candidate candidates applicant applicants person individual individuals incumbent incumbents hire hires"
        " employee employees member members associate associates scientist scientists analyst analysts engineer"
        " engineers developer developers role position"
    ).split()
)
# The word just before "need(s) to", if any ("you'll" gives "ll"); a letter right before it gives no word.
_WORD_BEFORE = re.compile(r"(?:([A-Za-z]++) |[A-Za-z’'])$")


# The subject _REQ_CUE's "described" branch ("The Data Scientist has strong presentation skills") needs: one hire,
# named by the role or as the candidate, right before the verb (not "Our consultants bring …", "Each team has …").
_HIRE_SUBJECT = re.compile(
    r"\b(?i:the|an?)\s++(?:[\w/-]++\s++){0,3}?(?i:scientist|analyst|engineer|developer|statistician|candidate|applicant"
    r"|hire|incumbent|individual|person|researcher|specialist|consultant|architect|associate)\s++$"
)
_HIRE_SUBJECT_REACH = 60


# "Build the infrastructure required for loading data", "the code base required to acquire …", "reports required by
# the customer", "the data necessary to report on …": "required" (or "necessary", "essential") right after a noun and
# before its purpose or agent says what a thing needs, not what the candidate must have ("Python required for this
# role", "Experience is required to …", "Degree required in …", "interpersonal skills necessary to …" ask).
_REQUIRED_OF_A_THING = re.compile(r"\s++(?:to|for|by)\s")
_REQUIRED_OF_THE_ROLE = re.compile(
    r"\s++(?:(?:to|for)\s++(?:this|the|these|our|all)\s++(?:[\w-]++\s++)?(?:roles?|positions?|jobs?|opportunit\w*)"
    r"|to\s++(?:be\s++(?:considered|successful|eligible)|apply|qualify|succeed))\b",
    re.I,
)
_BEFORE_AN_ASKING_REQUIRED = frozenset(
    "is are be been was were also not strongly absolutely definitely generally typically usually often all".split()
    # what the candidate brings: "the skills required to …", "the flexibility necessary to …"
    + "skill skills ability abilities experience knowledge expertise proficiency background qualification"
    " qualifications competency competencies aptitude acumen understanding familiarity credentials degree degrees"
    " certification certifications education training clearance attributes qualities traits flexibility adaptability"
    " mindset judgment judgement discretion sense curiosity creativity maturity".split()
)


def _required_of_a_thing(sentence: str, cue: re.Match[str]) -> bool:
    """Whether the cue "required" ("necessary", "essential") qualifies the noun before it by its purpose (see
    _REQUIRED_OF_A_THING)."""
    end = cue.end()
    if not _REQUIRED_OF_A_THING.match(sentence, end) or _REQUIRED_OF_THE_ROLE.match(sentence, end):
        return False
    before = _WORD_BEFORE.search(sentence, max(0, cue.start() - _SUBJECT_REACH), cue.start())
    word = before.group(1) if before is not None else None
    return word is not None and word.islower() and word not in _BEFORE_AN_ASKING_REQUIRED


def _said_of_candidate(sentence: str, cue: re.Match[str]) -> bool:
    """Whether the requirement ``cue`` of ``sentence`` is said of the candidate: "must" and "need(s) to" are not
    when said of a thing or of others (see _OTHER_SUBJECT, _NEEDS_TO_AFTER), nor "required" when said of a thing
    (see _REQUIRED_OF_A_THING)."""
    word = cue.group().lower()
    if cue.group("described") is not None:
        return _HIRE_SUBJECT.search(sentence, max(0, cue.start() - _HIRE_SUBJECT_REACH), cue.start()) is not None
    if word in ("required", "necessary", "essential"):
        return not _required_of_a_thing(sentence, cue)
    if not (word == "must" or word.startswith("need")):
        return True
    reach = max(0, cue.start() - _SUBJECT_REACH)
    if word.startswith("need"):
        previous = _WORD_BEFORE.search(sentence, reach, cue.start())
        if previous is not None and (previous.group(1) or "").lower() not in _NEEDS_TO_AFTER:
            return False
    subject = _OTHER_SUBJECT.search(sentence, reach, cue.start())
    return subject is None or (subject.group(1) is not None and _CANDIDATE_NOUN.search(subject.group(1)) is not None)


def _asks_by_cue(sentence: str) -> bool:
    """Whether a requirement cue of ``sentence`` asks something of the candidate."""
    return any(_said_of_candidate(sentence, cue) for cue in _REQ_CUES.finditer(sentence))


# An item that names what the candidate is to have and ends on it: "Information architecture and strategy
# experience", "Python, Pandas and NumPy coding skills" (a heading such as "Education and/or Experience" has the
# noun in capitals; "Salary commensurate with experience", "Reimagine the customer experience" are no such item).
_NAMED_QUALIFICATION = re.compile(
    r"(?:[\w/&+#.-]++,?\s++){2,6}?(?:experience|skills|knowledge|expertise|proficiency)\s*+[.;]?$"
)
_NOT_A_NAMED_QUALIFICATION = re.compile(
    r"\b(?:the|an?|our|your|their|its|this|and/or|may|might|will|can|within|for|to|commensurate|based|depending|upon)\b",
    re.I,
)


def _named_qualification(item: str) -> bool:
    """Whether a short item is a noun phrase ending on a qualification noun (see _NAMED_QUALIFICATION)."""
    if len(item) > 100 or not item.endswith(
        ("experience", "skills", "knowledge", "expertise", "proficiency", ".", ";")
    ):
        return False
    if _NAMED_QUALIFICATION.match(item) is None or _NOT_A_NAMED_QUALIFICATION.search(item):
        return False
    return not _opens_with_duty_verb(item)


# "… is required", "… required.", "Must be proficient in …", "… is mandatory" (not "as required", "if required").
_EXPLICIT_REQ = re.compile(
    # "Excellent analytical skills are essential", "… is critical" (not "critical thinking", "essential functions")
    r"\b(?:(?:is|are)\s++(?:absolutely\s++|also\s++)?(?:essential|critical|crucial|vital)\b(?!\s++(?:thinking|functions?)\b)"
    r"|must(?!\s++(?:also\s++)?(?:have\s++)?(?:complete|be\s++(?:legally\s++)?authori[sz]ed|read|pass|submit)\b)|mandatory"
    # "Shall have experience in …", "The analyst shall possess …" (not "The contractor shall provide …")
    r"|shall\s++(?:also\s++)?(?:have|possess|demonstrate|hold|be\s++(?:able|proficient|familiar|experienced|skilled|knowledgeable|fluent)\b)"
    # ("… in addition to those required above", "any other required documentation" point at other asks)
    r"|(?<!\bas )(?<!\bif )(?<!when )(?<!where )(?<!\bnot )(?<!\bwith )(?<!\bthose )(?<!\bthe )(?<!\bother )(?<!\bany )"
    r"(?<!\ball )required(?!\s++(?:by|for\s++(?:employment|all)|fields?|documents?|travel)\b)"
    r"(?!\s++to\s++(?!(?:be|have|possess|demonstrate|hold|know)\b)[a-z]))\b",
    re.I,
)


def _explicitly_required(low: str, sentence: str) -> bool:
    """Whether an item says in its own words that it is required, whatever its heading says."""
    return (
        "must" in low
        or "requir" in low
        or "mandatory" in low
        or "shall" in low
        or "essential" in low
        or "critical" in low
        or "crucial" in low
        or "vital" in low
    ) and bool(_EXPLICIT_REQ.search(sentence))


def _negated_level(sentence: str, negation: re.Match) -> tuple[str, bool]:
    """ "No prior NLP experience needed" asks nothing; "Healthcare experience a plus, but not required" and
    "SAS preferred, not required" ask it as preferred (the preference stands, the negation only softens it)."""
    rest = sentence[: negation.start()] + " " * (negation.end() - negation.start()) + sentence[negation.end() :]
    if _pref_hint(rest.lower()) and _PREF_CUE.search(rest):
        return PREFERRED, False
    return UNSPECIFIED, True


def _opens_with_duty_verb(item: str) -> bool:
    """ "Execute advanced analytics …", "Exercises judgment …", "Developing strong …": a task, not a qualification."""
    first = _WORD.match(item[:30].lower())
    if first is None:
        return False
    word = first.group()
    if word == "working":  # "Working knowledge of …" ("Working in Hive …" is no qualification anyway)
        return False
    if word in DUTY_VERBS:
        return True
    # "Builds", "Analyzes", "Developing", "Creating" (not "Communication", "Trained expertise in …").
    if word.endswith("ing"):
        stems: tuple[str, ...] = (word[:-3], word[:-3] + "e")
    elif word.endswith("ies"):  # "Applies", "Identifies"
        stems = (word[:-3] + "y",)
    elif word.endswith("es"):
        stems = (word[:-2], word[:-1])
    elif word.endswith("s"):
        stems = (word[:-1],)
    else:
        return False
    return any(stem in DUTY_VERBS for stem in stems)


def is_qualification(item: str) -> bool:
    """Whether a line reads as a qualification: "3+ years of …", "Knowledge of SQL", "In-depth …"."""
    return bool(_QUALIFICATION.match(_BULLET.sub("", item, count=1).strip()))


def _years_value(word: str) -> float:
    word = word.lower()
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word])
    value = float(word)
    return value


def _mentions_experience(m: re.Match) -> bool:
    """ "5+ years of Python", "Python (3+ years)" yes; "founded 20 years ago" no."""
    phrase = m.group(0).lower()
    if re.search(
        r"experience|exp\b|with|in\b|using|of\b|hands-on|professional|industry|relevant|related|practical",
        phrase[len(m.group(1)) :],
    ):
        return True
    before = m.string[max(0, m.start() - 2) : m.start()].strip()
    tail = m.string[m.end() : m.end() + 30].lower()
    # "Excel: 5 years (Required)": a job board's experience field, the years of the skill that labels it
    return before.endswith("(") or bool(
        re.match(r"\s*(?:(?:of|in|with|using|experience|working)\b|\((?:required|preferred)\))", tail)
    )
