"""Where a skill word is not an ask: the context rules applied to a posting's matches.

The matcher finds every surface form; these rules drop the ones whose context says the posting is
not asking for the skill:

- the section says so: company blurb ("About us"), benefits ("What we offer"), EEO statements and
  "Physical demands" / working conditions ask nothing of the candidate (sections are the
  requirement tagger's, :mod:`.requirements`); an EEO sentence asks nothing wherever it stands, nor does
  a job description's disclaimer ("the general nature and level of work performed by employees within this
  classification") or a notice of what the employer does with the applicant's personal data ("Rivian may use
  your Candidate Personal Data for … (ii) analyzing and improving our recruitment process") and its heading;
- the sentence is about the employer, headed or not: its subject is the company ("Acme is a leading
  provider of …", "We help grocers …", "Our platform …", "At Acme, we …", "Acme is all about teamwork",
  a name the posting surely gives its employer with any verb: "Agios has two approved medicines …", or
  the employer as a common noun: "The company specializes in …", "The platform gives businesses …", or a
  name's product or mission: "Acme's analytics platform combines …", "Acme's mission is to …"),
  or it opens by describing the company between commas (that part only: "Acme, a leader in IoT, is
  seeking …"), or it continues such a paragraph and refers back to it; a sentence that turns to the
  candidate or the role, names the team's tools, or has the team the hire joins at work as its subject
  ("Our engineers work on …", "We are a small team building …") is kept (:class:`_Employer`);
- the words are a name: the value of a field such as "Department: Customer Service" or
  "Company: …" (also each value listed under a bare "Industries" label), part of an organisation's
  name ("the Google Cloud Support team", "RL Solutions", "the School of Leadership and Public
  Affairs") or of the employer's own name ("Here at Zest AI, we …"), even a product's brand when the
  posting surely names its employer so ("New Relic is an equal opportunity employer": "you need to run
  New Relic" is the company's pitch) unless a qualification asks for it like any tool;
- a sense test: "leadership" naming the people who lead ("present to senior leadership", "work with
  analytics and product leadership", "stakeholders and leadership"), "regressions" a software fault
  ("prevent regressions", "regression tests"), "decision making" the role serves, not does ("dashboards
  to support business decision-making"), the bare verb "deploy" whose object is no model ("deploy SSIS
  packages", "deploy dashboards"), mentoring the hire receives ("mentorship opportunities", "under the
  mentorship of");
- the words are part of the job title the posting opens with ("Senior Software Engineer, AI/ML",
  "Decision Science Data Analyst"): a title names the role, and a skill it asks for is named again below;
- the words are part of a web or e-mail address ("https://app.smartsheet.com/b/form/…", "www.h2o.ai", "jobs@acme.net",
  "…/about.html", "javascript:void(0)", "href=…" in pasted HTML): a link to an application form or a privacy
  notice asks for nothing, and a URL scheme names a protocol, not a skill; the same holds for a job board's poster headline
  ("Posted by:", the poster's name twice, "Recruiter | Data Science & AI"), which describes the recruiter;
- a two-letter abbreviation listed only among things that are not skills ("Need VISA, DL and
  LinkedIn": a driving licence, not deep learning);
- a compound whose head changes the meaning ("thought leadership" is not leadership);
- what the workplace fosters ("a work environment that fosters creativity, innovation and growth");
- a generic modelling task that a specific method covers ("applying machine learning techniques to
  build models": machine learning is the ask, "build models" adds nothing);
- a head's remit, its later fields included ("reporting to the Director of Analytics and Data Science");
- a job title or team (:func:`names_a_role`, used by the matcher itself: "Machine Learning Engineer",
  "Director of Business Analytics", "the product, data science and engineering teams", "collaborating
  with Marketing, Sales, Data Science and Engineering", "an artificial intelligence company") — but not
  a real ask that
  merely looks like one ("experience working in agile teams", "a strong statistical foundation",
  "expert in AWS").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, ClassVar, Protocol, TypeVar

from .lines import BULLET_CHARS, BULLET_CLASS
from .requirements import (
    ASKING_SECTIONS,
    BENEFITS,
    BLURB,
    DUTY_VERBS,
    EEO,
    FIELD,
    NON_ASK_SECTIONS,
    PHYSICAL,
    PREFERRED,
    REQUIRED,
    UNSPECIFIED,
    WORK_ENVIRONMENT,
    Segment,
    SegmentIndex,
    frames_the_role,
    is_field_label,
    is_qualification,
    substring_starts,
)

__all__ = [
    "DOMAIN_CATEGORIES",
    "REASONS",
    "department_names",
    "department_pair",
    "department_series",
    "drop_departments",
    "in_context",
    "names_a_role",
    "names_no_skill_here",
    "out_of_context",
]


class _Span(Protocol):
    start: int
    end: int


M = TypeVar("M", bound=_Span)

# Phrases of an equal-opportunity, accommodation or how-to-apply statement, which asks nothing wherever
# it stands.
_EEO_PHRASES = (
    "equal opportunit",
    "equal employment opportunit",
    "affirmative action",
    "without regard to",
    "regardless of race",
    "regardless of age",
    "regardless of gender",
    "regardless of sex",
    "reasonable accommodation",
    "protected veteran",
    "protected characteristic",
    "protected status",
    "sexual orientation",
    "gender identity",
    "e-verify",
    "drug-free workplace",
    "drug free workplace",
    "protected classification",
    "veteran status",
    "national origin",
    "genetic information",
    "marital status",
    "self-identify",  # "Candidates are invited to voluntarily self-identify under federal compliance regulations"
    # How to apply and what happens to the applicant's data: "apply through our applicant tracking
    # system", "personal information or documentation you provide", "attach any examples of your work".
    "apply through",
    "apply via",
    "apply online",
    "submitting your application",
    "personal information",
    "privacy policy",
    "privacy notice",
    "attach your",
    "attach any",
    # What a recruiting agency may not do: "No fee will be paid to third parties who submit unsolicited
    # candidates …; all candidates must be submitted via our Applicant Tracking System".
    "unsolicited",
    "placement fee",
    "agency fees",
    "candidates must be submitted",
    # Who may be hired under export-control law: "Due to ITAR regulations, this role is only open to U.S.
    # citizens, lawful permanent residents (green card holders) …".
    "lawful permanent resident",
    "green card holder",
    "protected individual",
    # Legal notices on what the employer must report of its applicants: "response data is used for periodic
    # government reporting and will remain confidential", "please visit our Transparency Reporting site".
    "remain confidential",
    # The job description's disclaimer: "designed to indicate the general nature and level of work performed by
    # employees within this classification", "not … a comprehensive inventory of all duties", "duties … may vary
    # by department, reporting structure and other business needs" (a pay grade and an org chart, no skills).
    "general nature and level of work",
    "comprehensive inventory of",
    "may vary by department",
    "transparency reporting",
    "transparency requirements",
    "discriminate against",
    "discriminatory practice",
    # Conditions of employment: "must pass a background check", "must be legally authorized to work in the
    # United States", "the Microsoft Cloud background check upon hire".
    "background check",
    "authorized to work in",
    # What the body must do at work, wherever the posting puts it: "manual dexterity and coordination are
    # required while operating office equipment", "standing … with good hand-eye coordination", "extensive use
    # of telephone and face-to-face communication requiring accurate perception of speech" ("for extended
    # periods" is no such phrase: "Ability to work on computers for extended periods, robust data analysis
    # skills and proficiency with … R, Python" asks).
    "manual dexterity",
    "hand-eye coordination",
    "repetitive motion",
    "perception of speech",
    "lift up to",
    # What the employer offers: "a comprehensive benefits package: … Microsoft certification …", "benefits
    # include … mentorship", "health, dental, 401k match, … casual dress code".
    "benefits package",
    "benefits include",
    "dress code",
    "tuition reimbursement",
)
_eeo_starts = substring_starts(_EEO_PHRASES)
_EEO_REACH = 200  # characters around a mention an EEO phrase must be within, inside the same sentence
# A sentence that addresses the candidate or names what the role needs: kept even in a blurb or
# benefits section ("Who we are … We are looking for someone with Python experience").
# "Experience" the product gives its users is no ask: "a seamless customer experience", "our
# experience design practice".
_ASKS = re.compile(
    r"\b(?:you|your|candidates?|applicants?|looking for|seeking"
    r"|(?<!customer )(?<!user )(?<!client )(?<!patient )(?<!member )(?<!guest )(?<!shopping )(?<!digital )experience"
    r"(?!\s++design)|knowledge|skills?|abilit\w*|proficien\w*"
    r"|familiar\w*|degree|must|should|required|preferred|qualifications?)\b",
    re.I,
)
# A sentence that names the tools the work is done with: "Major technologies involved include AWS, Python 3,
# Spark", "Our data stack runs on Python, Snowflake and Airflow", "Our infrastructure is written in Go". The
# hire uses them, so they count even in a blurb (the guideline's "says the candidate will use in the role").
# Narrower than _ADDRESSES' tool words: "advanced technologies for analytics" or "our tools make …" are prose.
_BUILT_WITH = r"(?:is|are)\s++(?:written|built|implemented|developed)\s++(?:(?:primarily|mostly|mainly|largely|entirely)\s++)?(?:in|with|using)\s++(?:[\w-]++\s++){0,3}?(?=(?-i:[A-Z]))"
_NAMES_THE_STACK = re.compile(
    r"\b(?:(?:tech(?:nology)?|data|software|engineering|development|our)\s++stacks?\s*+"
    r"(?::|includes?\b|including\b|consists?\s++of\b|(?:is|are)\b|runs?\s++on\b|built\s++(?:on|with)\b)"
    r"|technologies\s++(?:involved|used|we\s++use)\b"
    r"|" + _BUILT_WITH + ")",
    re.I,
)
# Words that ask for a skill in so many words (no "required" or "must": the employee "must sit for long periods").
_SKILL_ASK = re.compile(
    r"\b(?:experience|knowledge|skills?|abilit\w*|proficien\w*|familiar\w*|degree|background|understanding|qualifications?)\b",
    re.I,
)
# Capitalised words ending in the noun of an organisation: "Google Cloud Support team", "RL Solutions" (or of a
# law: "the Fair Credit Reporting Act"; or of an event or a prize: "the Virtual AI Career Expo", "AWS Summit",
# "Gartner Data Analytics Summit", "the Data Stewardship Forum", "Leadership Awards").
_ORG_AFTER = re.compile(
    r"(?:(?:[ \t]+[A-Z][\w&.'’-]*){1,3}[ \t]+(?:[Tt]eams?|[Dd]epartment|[Dd]ivision|[Oo]rgani[sz]ation|[Uu]nit)\b"
    r"|(?:[ \t]+[A-Z][\w&.'’-]*){0,3}[ \t]+(?:Solutions|Inc|LLC|Ltd|Corp|Corporation|Consulting|Partners|Ventures|Capital"
    r"|Holdings|Agency|Group|Labs?|Institute|University|College|Foundation|Act"
    r"|Expos?|Conferences?|Summits?|Hackathons?|Symposium|Forums?|Meetups?|Awards?|Fairs?)\b)"
)
# A skill cue before the words makes them a kind of thing, not a name: "expertise in Graph DB Solutions".
_CUE_BEFORE = re.compile(
    r"\b(?:experience|expertise|knowledge|proficien\w*|familiar\w*|skills?|skilled|using|use|with|in|of|such as|like|e\.g\.)\s*$",
    re.I,
)
# Modifiers that make a compound mean something other than its head: "thought leadership" is
# publishing ideas, "market leadership" a company's position; neither asks the candidate to lead.
_NOT_THE_HEAD = {
    "leadership": re.compile(r"\b(?:thought|market|industry|category|cost|price|technology\s+thought)[\s-]+$", re.I),
    "leader": re.compile(r"\b(?:thought|market|industry|category)[\s-]+$", re.I),
    # "career path planning", "succession planning paths": a person's career, no robot's path.
    "path planning": re.compile(r"\b(?:career|succession|professional|growth|development|learning)[\s-]+$", re.I),
    # "strategic objectives and business unit operations": a business unit's running, no process engineering.
    "unit operations": re.compile(r"\bbusiness[\s-]+$", re.I),
    # "optimizing client websites for search engines", "readability by search engines": the engines
    # rank the content (search marketing), no search technology is built.
    **dict.fromkeys(("search engine", "search engines"), re.compile(r"\b(?:for|by|through|on|across)\s+$", re.I)),
}
# "Leadership" naming the people who lead, not the skill: "present results to senior leadership",
# "work with CBP leadership", "liaise with Enterprise leadership". The words after it may still make
# it the skill ("candidates with leadership experience").
_PEOPLE_BEFORE = re.compile(
    r"(?:\b(?i:with|to|for|from|by|across|among|between|brief|briefs|briefing|inform|informs|advise|advises|update|updates|engage"
    r"|engages|assist|assists|assisting|support|supports|supporting)"
    r"(?:\s++(?:the|our|its|their|your)\b)?"
    r"(?:\s++(?:senior|executive|company|business|client|customer|agency|department|enterprise|site|organi[sz]ational|product"
    r"|engineering|program|practice|division|corporate|firm|school|district|local|regional|global|national|state|federal|county"
    r"|city|hospital|clinical|plant|store|field|sales|marketing|operations|finance|it|hr|c-level|c-suite|upper|top|key|other"
    r"|[A-Z][A-Za-z&-]*+)\b)*+"
    r"|\b[A-Z]{2,}+)\s++$"
)
# The same people named with their group around them: "with analytics and product leadership",
# "to the Analytics team leadership", "an organization's leadership structure", "stakeholders and
# leadership". Bounded: a few modifier words, no backtracking.
_GROUP_WORD = (
    r"(?:senior|executive|company|business|client|customer|agency|department|enterprise|site|organi[sz]ational|product"
    r"|engineering|program|practice|division|corporate|firm|direct|team|analytics|functional|local|regional|global|clinical|sales"
    r"|marketing|operations|finance|[A-Z][A-Za-z&-]*+)"
)
_GROUP_BEFORE = re.compile(
    r"(?:\b(?i:with|to|for|from|across|among|between)(?:\s++(?:the|our|its|their|your)\b)?"
    r"(?:\s++" + _GROUP_WORD + r"\b){0,2}+\s*+(?:,|and|&)(?:\s++" + _GROUP_WORD + r"\b){1,3}+"
    r"|\b(?i:with|to|for|from|across|among|between)(?:\s++(?:the|our|its|their|your)\b)?\s++"
    + _GROUP_WORD
    + r"\s++team"
    r"|\b(?i:organi[sz]ation|company|firm|agency|department|team|client|customer)['’]s"
    r"|\b(?i:stakeholders|partners|experts|managers|executives|teams|customers|clients|peers|colleagues|users|staff"
    r"|organi[sz]ations?|departments?|owners|leads|members|leaders|teammates|researchers|scientists|engineers|analysts"
    r"|developers|designers|directors|officers|faculty|employees|,\s*+management)"
    # (a serial comma before the last item: "business team members, technical leads, and company leadership")
    r"\s*+(?:,(?:\s++(?:and|&)\b)?+|and|&)"
    r"(?:\s++(?:the|other|our|key|" + _GROUP_WORD + r")\b)*+)\s++$"
)
# (the people may be named by their trade: "clients, SMEs, leadership, and data scientists")
_GROUP_AFTER = re.compile(
    r"\s*+(?:,(?:[ \t]++(?:and|&))?+|and|&)\s++(?:(?:the|other|key|internal|external|business|cross-functional)\s++)*+"
    r"(?:stakeholders|partners|managers|executives|teams|peers|colleagues|customers|clients|staff"
    r"|(?:[\w-]++\s++)?(?:scientists|engineers|analysts|developers|researchers))\b",
    re.I,
)
# A field or function named as a body of people: "with data science colleagues", "the project management office",
# "Product Management leadership", "the Advanced AI organization", "head of data science". The words
# name a group the role works with or reports to, not a skill asked of the candidate; "experience in a
# data analytics org" and "experience on machine learning teams" still ask (see _names_a_group).
_GROUP_NOUN_AFTER = re.compile(
    r"[ \t]++(?:teams|leadership|office|organi[sz]ations?|departments?|divisions?|groups|org|partners|counterparts"
    r"|colleagues|personnel|staff)\b",
    re.I,
)
_FIELD_END = re.compile(
    r"(?:science|management|analytics|engineering|intelligence|research|governance|operations|informatics|learning"
    r"|marketing|finance|security|strategy|\b[A-Z]{2,4})$"
)
# The words name a leader's remit or an institution: "head of data science", "the School of Leadership
# and Public Affairs", "Laboratory of Genetics", "Department of Statistics" (capitalised: a name).
_HEAD_OF = re.compile(
    r"\b(?:(?i:head|director|vp|svp|evp|avp|vice\s++president|chief)"
    r"|School|Laboratory|Department|Institute|College|Faculty|Bureau|Ministry|Centers?|Centre)\s++of\s++(?:the\s++)?$"
)
# The same remit's later fields, capitalised as a name's: "reporting to the Director of Analytics and Data
# Science", "the SVP of Bioinformatics & Data Science", "the Manager of Pricing and Merchandising Analysis".
_HEAD_OF_FIELDS = re.compile(
    r"\b(?:(?i:head|director|manager|vp|svp|evp|avp|vice\s++president|chief)"
    r"|School|Laboratory|Department|Institute|College|Faculty|Bureau|Ministry|Centers?|Centre)\s++of\s++(?:the\s++)?"
    r"(?:[A-Z][\w&'’-]*+,?[ \t]++){1,4}?(?:and|&)[ \t]++$"
)
_HEAD_OF_FIELDS_REACH = 80
_MEMBER_OF_BEFORE = re.compile(
    r"\b(?i:experience|experienced|worked|working|work|years|part)\b[^.;:]{0,30}?\b(?i:in|on|within|of)\b[^.;:]{0,30}$"
)


# "Decision making" served, not done: "dashboards to support business unit decision-making",
# "insights that drive strategic decision making", "data for executive decision-making". The decisions
# are other people's and the role feeds them; asked of the candidate the words stay ("sound
# decision-making skills", "experience in decision making", "ability to exercise independent decision making").
_DECIDERS = (
    r"(?:the|our|their|its|your|business|strategic|executive|management|leadership|organi[sz]ational|operational|clinical"
    r"|senior|key|critical|better|faster|fast|informed|more|company|client|customer|product|investment|policy|unit"
    r"|[a-z]++-(?:based|driven|informed|led))"
)
_DECISIONS_SERVED = re.compile(
    r"(?<![\w-])(?i:(?:(?:support|drive|inform|improve|help|guide|facilitate|promote|enable|enhance|aid|influence|empower|fuel|power"
    r"|accelerate|streamline|assist|underpin)(?:s|es|ed|d|ing)?+"
    # the -ing forms that drop the final e: "improving", "driving", "enabling"
    r"|(?:driv|improv|guid|facilitat|promot|enabl|enhanc|influenc|accelerat|streamlin)ing"
    r")(?:\s++(?:in|with))?+(?:\s++(?!(?:with|you|your)\b)[\w'’-]++){0,3}+"
    r"|(?:for|to|into|in\s++support\s++of)(?:\s++" + _DECIDERS + r"){0,2}+)\s++$"
)
_DECISION_WORDS = ("decision making", "decision-making", "data-driven decision making", "data-driven decision-making")
# (within the line, or across a line wrapped mid-phrase: "senior leadership\nAbility to …" ends an item, "leadership\n\n
# Training - …" a section; "leadership\nskills" is one phrase broken in two)
_SKILL_AFTER = re.compile(
    r"(?:[ \t]*+\n[ \t]*+(?=(?-i:[a-z]))|[ \t]*+)(?:skills?|experience|abilit|qualit|capabilit|style|roles?\b|positions?\b|potential|competenc|development|training"
    r"|mindset|principles|traits|presence|track|attributes|acumen|behaviou?rs|and\s++(?:communication|management|mentor))",
    re.I,
)
# A skill's words as the modifier of a noun that names something else: "maximizing customer service levels",
# "customer-service standards" (a measure of the business), "a production decision-making system", "the
# decision-making engine" (software that decides), "a decision-making culture". The skill's own nouns stay
# ("customer service skills", "decision-making abilities"); so does "decision-making support" (the dev
# gold leaves it open).
_MODIFIER_OF = {
    form: re.compile(r"[ \t-]++(?i:" + nouns + r")\b")
    for forms, nouns in (
        (
            ("customer service", "customer-service"),
            r"levels?|standards?|metrics?|kpis?|scores?|ratings?|representatives?|reps?|agents?|associates?|operations"
            r"|cent(?:er|re)s?|departments?|calls?|tickets?|data|analysts?",
        ),
        (
            ("decision making", "decision-making", "data-driven decision making", "data-driven decision-making"),
            r"systems?|engines?|culture|tools?|platforms?|modules?|stack|software|agents?",
        ),
    )
    for form in forms
}
# Requirements met, not gathered: "build dashboards to meet business requirements", "ensure systems
# meet user requirements", "in accordance with business requirements" ("models to support data
# requirements" may be working them out: left to the skill). The skill is finding out what they are
# ("gather business requirements", "translate business requirements", "experience with business
# requirements"), which these phrases do not ask.
_REQUIREMENT_FORMS = frozenset(
    (
        "business requirements",
        "technical requirements",
        "data requirements",
        "user requirements",
        "end-user requirements",
        "functional requirements",
        "analytical requirements",
        "analytics requirements",
        "output requirements",
    )
)
_CONFORMS_BEFORE = re.compile(
    r"\b(?i:meets?|meeting|met|satisf(?:y|ies|ying)|fulfill?s?|fulfilling|compl(?:y|ies|ying)\s++with|adher(?:e|es|ing)\s++to"
    r"|conform(?:s|ing)?\s++to|in\s++accordance\s++with|according\s++to|(?:align(?:s|ed|ing)?|consistent)\s++with)"
    r"(?:\s++(?i:the|all|our|their|its|both|these|those|your|any|stated|defined|specific|key|changing|evolving|current"
    r"|future|and|client|customer|and/or|,))*+\s++$"
)


# "Reporting" as the role's place in the organisation: "Reporting to the Director of Analytics, you will …",
# "a senior position reporting to the Head of Data", "reporting into the Operations organization". The
# skill stays where reports go to people served ("reporting to regulatory agencies", "reporting to
# stakeholders"): "to" needs a person's title within a few words, "into" an organisation or a person.
_TITLE_WORDS = (
    r"(?:directors?|managers?|head|vp|svp|evp|avp|vice\s++president|president|chief|officer|ceo|cto|cfo|coo|cio|cdo|cso"
    r"|supervisor|lead|leader|dr\.?|architect|principal)"
)
# Within the line (a line break may follow "to": "Reporting to\nthe Director, Analytics").
_REPORTS_TO = re.compile(
    r"(?i:[ \t]++(?:directly[ \t]++)?+(?:to|into)[ \t]*+\n?[ \t]*+(?:(?:the|an?|our|their)[ \t]++)?+"
    r"(?:[\w.&/'’-]++[ \t]++){0,4}?" + _TITLE_WORDS + r"\b"
    r"|[ \t]++(?:directly[ \t]++)?+into\b)"
)
# "Regression" in the software-testing sense: "prevent regressions", "performance regressions",
# "debugging regressions", "regression tests" are no statistical method.
_TESTING_BEFORE = re.compile(
    r"\b(?:prevent\w*|minimi[sz]\w*|avoid\w*|catch\w*|detect\w*|introduc\w*|reduc\w*|fix\w*|debug\w*|troubleshoot\w*|triag\w*"
    r"|performance|no|zero|against|without)"
    r"\s++(?:(?:any|new|the|all|potential|performance|code|functional)\s++)?$",
    re.I,
)
_TESTING_AFTER = re.compile(r"[\s-]++(?:tests?|testing|suites?|bugs?|defects?|issues?)\b", re.I)
_HEAD_LENGTHS = {len(head) for head in _NOT_THE_HEAD} | {len("regression"), len("regressions")}
_RULE_LENGTHS = _HEAD_LENGTHS | {2}  # compounds and two-letter short forms
# The bare verb "deploy" is model deployment unless its object is something else: "deploy SSIS
# packages", "select and deploy the right technologies", "create and deploy reporting", "deploy
# scalable web applications". The first telling word of the object decides; a model word first keeps it
# ("deploy scalable machine learning applications", "deploy them in production").
# A capitalised word inside a sentence (a word, comma, bracket, slash or "&" before it, so no line or item opens
# with it) right before "Cloud": the product's name ("Adobe Document Cloud", "AFS/Marketing Cloud", "Creative &
# Document Cloud"), not cloud computing. An acronym stays ("AWS Cloud"), as does a list item ("Big Data, Cloud").
_PRODUCT_BEFORE = re.compile(r"[\w,&)/][ \t]*+[A-Z][a-z][\w'’-]*+[ \t]++$")
_DEPLOY_FORMS = frozenset({"deploy", "deploys", "deploying"})
_OBJECT_WORDS = re.compile(r"[\w'’-]++|[.;:!?()\[\]|•\n]")
_MODEL_WORDS = frozenset(
    "model models modeling modelling ml ai machine learning algorithm algorithms llm llms nlp predictive statistical"
    " classifier classifiers neural deep them it recommender forecasting genai generative inference mlops agent agents chatbot"
    " chatbots rag".split()
)
_NOT_A_MODEL = frozenset(
    "application applications app apps software dashboard dashboards report reports reporting package packages"
    " technology technologies infrastructure code tools websites website server servers clusters workflows automation"
    " patches updates releases pipelines pipeline etl ssis database databases hardware devices"
    " equipment sensors campaigns surveys staff personnel resources strategies policies configurations builds"
    " microservices apis api containers"
    # People sent somewhere: "Signature annually deploys thousands of consultants", "deploy field engineers".
    " consultants employees workers people engineers technicians teams troops contractors volunteers".split()
)
_OBJECT_REACH = 6  # words after the verb
# Mentoring the hire receives, not gives: "rapid growth and mentorship opportunities", "under the
# mentorship of senior leaders", "mentored by principal scientists", "access to coaching". Given, it
# stays: "mentor junior analysts", "provide technical mentorship", "experience mentoring".
_MENTORING_FORMS = frozenset({"mentor", "mentors", "mentored", "mentoring", "mentorship", "mentorships", "coaching"})
_RECEIVED_AFTER = re.compile(r"\s*+(?:opportunit|programs?\b|offerings?\b|from\b|by\b)", re.I)
_RECEIVED_BEFORE = re.compile(
    r"\b(?i:receive|receives|receiving|get|gets|gain|access\s++to|benefit\s++from|under|learn\s++from|paired\s++with"
    r"|supported\s++by|opportunities\s++for|chances?\s++for|plenty\s++of)"
    r"(?:\s++(?i:the|a|an|your|dedicated|ongoing|personal|personali[sz]ed|one-on-one|1:1|career|professional|technical"
    r"|direct|hands-on|regular|formal|structured|continuous|world-class|expert|minimal|limited|close|general)\b){0,3}+"
    r"(?:\s++[\w-]++\s++(?:and|&))?+\s++$"
)
# "react" the verb, lower-cased before "to" or an adverb of speed or manner: "react to market changes",
# "react quickly to incidents"; the library is "React" or "React.js" in a list.
_REACT_VERB_AFTER = re.compile(
    r"\s++(?:to|quickly|faster|fast|swiftly|promptly|rapidly|immediately|appropriately|accordingly|effectively"
    r"|intelligently|dynamically|in\s++real[\s-]time)\b"
)
# "Collaborative" describing the employer's workplace ("join a collaborative, collegial group",
# "fostering a collaborative and dynamic work environment", "you'll work in a collaborative and
# inclusive environment") is no ask; asked of the candidate it stays ("ability to work in a collaborative
# team environment", "thrives in a collaborative culture", an item under the requirements or the duties).
_WORKPLACE_AFTER = re.compile(
    r"(?:\s*+(?:,|and|&)?\s*+(?!(?:team|work)\b)[a-z][\w-]*+){0,2}?\s++(?:(?:team|work)\s++)?"
    r"(?:environments?|culture|group|workplace|atmosphere|setting|company|organi[sz]ation|community|workspace|office"
    r"|team(?!\s++(?:player|member)|work))\b",
    re.I,
)
_CANDIDATE_CUE = re.compile(
    r"\b(?:abilit\w*|able|desire|enjoy\w*|thrive\w*|comfortable|experience\w*|succeed\w*|excel\w*|effectively|well"
    r"|skills?|must|should|proven|demonstrated|capable|willing\w*|prefer\w*|passion\w*|track\s++record|contribut\w*"
    r"|requirements?|qualifications?|ideal)\b",
    re.I,
)
_CUE_REACH = 100  # characters before the word, within its sentence, where a cue makes it an ask
# Words a sense test below looks at: they leave in_context's fast path by their lower-cased text.
# "Full-stack" before a data or machine-learning noun is end to end, not web development: "a full-stack data
# scientist", "the full stack of data science", "full-stack machine learning", "a “full-stack” ML team".
_FULL_STACK_FORMS = frozenset({"full-stack", "full stack"})
_END_TO_END_AFTER = re.compile(
    r"[\s\"'”’-]*+(?:of\s++(?:the\s++)?)?+(?:(?:data|machine|ml|ai|analytics|model|models|modeling|modelling|robotics|computer|deep|nlp"
    r"|ranking|recommendation|recommender|research|science|statistical|quant|quantitative|experimentation|llms?|genai"
    r"|mlops|data-science)\b)",
    re.I,
)
# "build tools" / "build systems" as the verb and its object: "Ability to build tools that automate …",
# "you will help build systems and optimizations", "- Build tools to detect data shifts". The skill is
# the software that compiles and packages code ("software build tools (sbt, Gradle)", "source code
# management, build systems and related processes", "Maven build systems").
_BUILD_FORMS = frozenset({"build tools", "build tool", "build systems", "build system"})
# A verb's place: after "to", a modal or a subject, or opening a line or a sentence (an imperative duty).
_BUILD_VERB_BEFORE = re.compile(
    r"(?:\b(?i:to|will|can|could|should|must|help|helps|you|we|they|engineers|scientists|analysts)|['’]ll)[ \t]++$"
)
_LINE_OPENING = re.compile(r"(?:^|[\n.!?:;])[ \t" + BULLET_CLASS + r"*-]*+$")
# What a verb's object goes on with: "build tools that …", "build systems to handle …", "build tools/workflows".
_BUILD_OBJECT_AFTER = re.compile(r"[ \t]*+(?:/|(?i:that|which|to|for|designed)\b)")
# A tool list after a line's opening words: "Build tools: Maven, Gradle", "Build systems (Bazel)".
_NOUN_LIST_AFTER = re.compile(r"[ \t]*+(?:[(:,]|(?i:such[ \t]++as|e\.g\.|including)\b)")


# The bare verb "build" before another verb and their shared object: "ability to build and maintain tools for process
# automation", "Build and deploy systems comprising …", "solution, build and test tools and applications". The words
# "build tools" only stand apart so when "build" is the verb ("build and deployment tools" is the noun: a noun, not a
# verb, follows "and").
_BUILD_AND_VERBS = re.compile(
    r"(?:[ \t]*+(?:,|&|/|\band\b|\bor\b)(?:[ \t]++and\b)?+[ \t]*+"
    r"(?i:maintain|deploy|automate|manage|test|run|operate|scale|support|improve|develop|design|implement|own|evolve"
    r"|enhance|optimi[sz]e|launch|ship|monitor|refine|integrate|deliver|create|validate|document|share)\b){1,3}+"
    r"[ \t]++(?:[\w-]++[ \t]++){0,3}?(?i:tools?|systems?)\b"
)


def _builds_something(text: str, start: int, end: int) -> bool:
    """Whether "build tools" / "build systems" at [start, end) is the verb "build" and its object."""
    before = text[max(0, start - 30) : start]
    if _BUILD_VERB_BEFORE.search(before) or _BUILD_OBJECT_AFTER.match(text, end):
        return True
    return _LINE_OPENING.search(before) is not None and _NOUN_LIST_AFTER.match(text, end) is None


_SENSE_FORMS = (
    _DEPLOY_FORMS
    | _MENTORING_FORMS
    | _FULL_STACK_FORMS
    | set(_DECISION_WORDS)
    | {"react", "collaborative", "team leadership", "reporting", "build", "cloud"}
    | _BUILD_FORMS
    | _REQUIREMENT_FORMS
    | set(_MODIFIER_OF)
)
# A preposition ends the object: "deploy on public cloud infrastructure" names where, not what.
_OBJECT_ENDS = frozenset("on in into onto to across within using with at for via from through".split())
_LIST_SEP = re.compile(r"\s*(?:,|/|;|&|\band/or\b|\band\b|\bor\b)\s*$")
_LIST_SEP_AFTER = re.compile(r"\s*(?:,|/|;|&|\band/or\b|\band\b|\bor\b)\s*([A-Z][\w.-]*)")
_WORD_BEFORE = re.compile(r"([A-Z][\w.-]*)\s*(?:,|/|;|&|\band/or\b|\band\b|\bor\b)\s*$")


# A field's value is a name, a place or a date: short. A paragraph after "Company Details:" is a blurb.
_MAX_FIELD_VALUE = 60
# A longer field value that is still only names: capitalised words joined by commas, slashes, hyphens or
# "and" ("Job Family/Subfamily" / "Academic and Program Management-Research and Program Management", "Job
# Segment: Biotech, Database, Genetics, Scientific, Engineering"), never a sentence that asks something.
_NAMES_ONLY = re.compile(
    r"[ \t]*+[A-Z][\w&'’]*+(?:(?:[ \t]*+[,/&–-][ \t]*+|[ \t]++)(?:(?:and|of|the|for|&)[ \t]++)?+[A-Z][\w&'’]*+)*+[ \t.]*+"
)
# One more value under a field label: capitalised words, no sentence punctuation, no bullet.
_LISTED_VALUE = re.compile(r"[A-Z][\w&,/'’-]*+(?:[ \t]++[\w&,/'’-]++)*+[ \t]*+$")


# A web address: a scheme or "www." and everything up to the next space. Product names written like
# domains ("Salesforce.com", "H2O.ai", "ASP.NET/MVC") have neither and stay skills. A scheme is any
# "name://" ("https://", "s3://", "postgresql://"), or one of the schemes written without slashes
# directly followed by its value ("javascript:void(0)", "mailto:jobs@…", "tel:+1…", "data:image/png;…"):
# a scheme names a protocol, not a skill. With a space after its colon the word is a label
# ("JavaScript: 3+ years") and stays. The value of a link attribute in pasted HTML ("href=…", "src='…'")
# is an address whatever it holds.
_WEB_ADDRESS = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]{0,30}+://|\bwww\.|\b(?:href|src|action|formaction)[ \t]*+=[ \t]*+[\"']*+(?=[^\s<>\"'])"
    # Each scheme with the value it takes, so that a label glued to its value in flattened text
    # ("JavaScript:React, Vue", "Data:SQL") stays words: a call or a statement, an address, a number,
    # a media type.
    r"|\b(?:java|vb)script:(?=[\w.$]{0,60}+[(;\"'])|\bmailto:(?=[^\s@<>\"']{1,64}+@)|\btel:(?=\+?[\d(])"
    r"|\bdata:(?=(?-i:[a-z]{2,20}+/[a-z0-9.+-]{1,60}+[;,])))[^\s<>\"']*+",
    re.I,
)
# What each branch of _WEB_ADDRESS must hold: scanning a posting with it costs the engine a try at every
# word (about 0.4 ms), so it is scanned only where one of these occurs. A link attribute's name also
# needs its "=": "action" alone is in most postings ("take action", "transactions").
_ADDRESS_HINTS = ("://", "www.", "script:", "mailto:", "tel:", "data:")
_ATTRIBUTE_HINTS = ("href", "src", "action")


def _web_address_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each web or e-mail address in ``text``, in order."""
    lowered = text.lower()
    hinted = any(h in lowered for h in _ADDRESS_HINTS) or ("=" in text and any(h in lowered for h in _ATTRIBUTE_HINTS))
    spans = [m.span() for m in _WEB_ADDRESS.finditer(text)] if hinted else []
    if "@" in text:
        # merged where one holds the other ("https://…/form?ref=jobs@acme.com&team=…"): _inside reads
        # only the last span that starts before a mention
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans + _email_spans(text)):
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        spans = merged
    return spans


# A job board's "Posted by:" block: the poster's name twice, then the poster's own headline ("Talent
# Acquisition (Software Engineering, Machine Learning & AI) at Acme", "Recruiter | Data Science & AI"). The
# headline describes the recruiter, it asks nothing; a heading ("Job Title:") or a paragraph of the posting
# there (a poster with no headline) stays.
_POSTED_BY = re.compile(r"Posted by:[ \t]*+\n([^\n]{1,80}+)\n([^\n]{1,80}+)\n([^\n]{1,150}+)(?=\n|$)")


def _poster_headline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each poster's headline (:data:`_POSTED_BY`), in order."""
    if "Posted by:" not in text:
        return []
    return [
        found.span(3)
        for found in _POSTED_BY.finditer(text)
        if found.group(1).strip() == found.group(2).strip() and not found.group(3).rstrip().endswith(":")
    ]


_LOCAL_PART = frozenset("._%+-")
_MAX_LOCAL_PART, _MAX_DOMAIN = 64, 255


def _email_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each e-mail address ("accommodations@acme.com"): the employer's domain in it names
    no product. Read outwards from each "@" within the bounds an address has, so the scan stays linear."""
    spans = []
    at = text.find("@")
    while at >= 0:
        start = at
        while (
            start > 0 and at - start < _MAX_LOCAL_PART and (text[start - 1].isalnum() or text[start - 1] in _LOCAL_PART)
        ):
            start -= 1
        end = at + 1
        while end < len(text) and end - at < _MAX_DOMAIN and (text[end].isalnum() or text[end] in ".-"):
            end += 1
        while end > at + 1 and text[end - 1] in ".-":  # the sentence's full stop after the address
            end -= 1
        if start < at and "." in text[at + 1 : end]:
            spans.append((start, end))
        at = text.find("@", max(end, at + 1))
    return spans


# A posting that opens with its job title: "Senior Software Engineer, AI/ML", "Decision Science Data Analyst",
# "Title: Data Scientist - NLP (Remote)". Skills named there are the title's words (the guideline lists
# no mention that stands only in a title); a skill the posting asks for is named again below it.
_TITLE_LABEL = re.compile(r"[ \t]*+(?:(?:Job|Position|Posting)[ \t]++)?(?:Title|Position|Role)[ \t]*+[:\-–][ \t]*+")
_ROLE_NOUN = re.compile(
    r"\b(?:Engineer|Scientist|Analyst|Developer|Architect|Researcher|Manager|Specialist|Consultant|Intern|Director"
    r"|Statistician|Modeler|Modeller|Programmer|Administrator|Technician)s?\b",
    re.I,
)
_BRACKETED = re.compile(r"\([^()\n]{0,80}\)")
_TITLE_WORD = re.compile(r"[^\W\d_][\w.'’&+#-]*+")
# Lower-case words a title holds; any other (a verb, "our", "is") makes the line a sentence.
_TITLE_GLUE = frozenset("and of with for in the or a an to on at".split())
# Words of an upper-case sentence ("ACME IS SEEKING A MANAGER OF DATA SCIENCE").
_SENTENCE_WORDS = frozenset("is are seeking hiring looking wanted needed join we our you".split())
_MAX_TITLE = 100


def opening_title_end(text: str) -> int:
    """The end of the text's first line when that line is a job title, else 0: short, a role noun,
    every word capitalised but the glue of a title (what stands in brackets aside)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0:
        end = len(text)
    if end - start > _MAX_TITLE:
        return 0
    line = text[start:end]
    label = _TITLE_LABEL.match(line)
    body = line[label.end() :] if label else line
    if text[start : start + 1] in BULLET_CHARS or not _ROLE_NOUN.search(body):
        return 0
    for word in _TITLE_WORD.findall(_BRACKETED.sub(" ", body)):
        low = word.lower()
        if low in _SENTENCE_WORDS or (word[0].islower() and low not in _TITLE_GLUE):
            return 0
    return end


# A privacy notice: what the employer does with the applicant's personal data ("Rivian may use your Candidate
# Personal Data for the purposes of … (ii) carrying out, analyzing and improving our application and recruitment
# process …; (vi) ensuring network and information security"), and the sentences after it that go on about that
# data ("This data includes contact, demographic, communications, educational … information"). Its nouns and
# verbs name what is done to the data, no skill asked of the candidate. The data must be the applicant's ("your",
# "candidate", "applicant"): "protect customers' personal data under GDPR" may well ask for GDPR.
_APPLICANTS_DATA = re.compile(
    r"\b(?:your|candidate|candidates['’]?|applicant|applicants['’]?|candidate['’]s|applicant['’]s|job[ \t]++applicant)"
    r"(?:[ \t]++(?:candidate|applicant))?+[ \t]++personal[ \t]++(?:data|information)\b"
    r"|\bpersonal[ \t]++(?:data|information)[ \t]++(?:you[ \t]++(?:provide|submit|share)|of[ \t]++(?:applicants|candidates))\b",
    re.I,
)
# A sentence that refers back to the data the sentence before named.
_REFERS_TO_THE_DATA = re.compile(r"[ \t]*+(?:this|these|such|that|the)[ \t]++(?:data|information)\b", re.I)
# What every hit of _APPLICANTS_DATA holds: searched first (one of 20 postings with "personal" has it), as
# the full pattern opens with a dozen branches tried at every word.
_PERSONAL_DATA = re.compile(r"personal[ \t]++(?:data|information)", re.I)
_PRIVACY_SENTENCE_CHARS = 1500  # longer "sentences" are postings flattened to one line: only the hit's own stretch
_PRIVACY_REACH = 200


def _privacy_spans(text: str, segments: SegmentIndex) -> list[tuple[int, int]]:
    """The sentences of ``text`` that state what the employer does with the applicant's personal data
    (:data:`_APPLICANTS_DATA`), each with the sentences after it that refer back to that data."""
    if "ersonal" not in text and "ERSONAL" not in text or _PERSONAL_DATA.search(text) is None:
        return []
    spans: list[tuple[int, int]] = []
    for hit in _APPLICANTS_DATA.finditer(text):
        seg = segments.segment_at(hit.start())
        if seg is None:
            continue
        start, end = seg.sentence_start, seg.sentence_end
        if spans and end <= spans[-1][1] and end - start <= _PRIVACY_SENTENCE_CHARS:
            # An earlier hit's walk went through this sentence and on from its end as this one would:
            # walking again would make a paragraph of n hits cost n² sentences.
            continue
        if end - start > _PRIVACY_SENTENCE_CHARS:
            start, end = max(start, hit.start() - _PRIVACY_REACH), min(end, hit.end() + _PRIVACY_REACH)
        else:
            while True:  # the sentences of the same paragraph line that go on about the data
                at = end
                while at < len(text) and text[at] in " \t":
                    at += 1
                after = segments.segment_at(at)
                if (
                    after is None
                    or after.sentence_start < end
                    or after.sentence_end - after.sentence_start > _PRIVACY_SENTENCE_CHARS
                    # (a list of purposes goes on after a semicolon: "(i) …; (ii) …")
                    or (text[end - 1] not in ";:" and _REFERS_TO_THE_DATA.match(text, after.sentence_start) is None)
                ):
                    break
                end = after.sentence_end
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


# A name with a web address right after it, in the same sentence, names the site or what it describes, not a skill
# asked for: "check out this GitHub Repo: https://github.com/…", "For more information on AWS, please visit
# http://aws.amazon.com", "the platform that powers Microsoft Azure (http://portal.azure.com)".
# A name in a list of names is asked for when words between it and the address point there themselves: "Tools:
# Python, SQL, Tableau - see www.acme.com for our stack" names a site of its own, and asks for all three. Glued to
# the address a list still names it ("Certified MBE, SDB, DBE www.acme.com" in a recruiter's signature), and a
# name after a list of sites is one more site ("(https://…), and CNN ( https://www.cnn.com/… )").
_POINTER_REACH = 25  # characters between the name and the address
_POINTER_GAP_ENDS = re.compile(r"\n|[.;!?][ \t]")
_POINTER_WORDS = re.compile(r"\b(?i:see|visit|at|check|go|learn|find|here|via|on)\b")
_LIST_GAP = re.compile(r"[ \t]*+(?:[,/&][ \t]*+(?:(?i:and|or)[ \t]++)?+|(?i:and|or)[ \t]++)")
_LIST_GAP_REACH = 6  # characters between two names of a list: ", and "


def _points_to_an_address(text: str, starts: list[int], near: tuple[int, int, int, int]) -> bool:
    """Whether the name at ``start:end`` points to a web address right after it (``near``: the end of the name
    before, its start and end, and the start of the name after)."""
    prev_end, start, end, next_start = near
    i = bisect_left(starts, end)
    if i == len(starts) or starts[i] - end > _POINTER_REACH:
        return False
    at = starts[i]
    if "://" not in text[at : at + 16] and text[at : at + 4].lower() != "www.":  # (an e-mail address is no site)
        return False
    if _POINTER_GAP_ENDS.search(text, end, at) is not None:
        return False
    listed = (0 <= start - prev_end <= _LIST_GAP_REACH and _LIST_GAP.fullmatch(text, prev_end, start) is not None) or (
        0 <= next_start - end <= _LIST_GAP_REACH and _LIST_GAP.fullmatch(text, end, next_start) is not None
    )
    return not (listed and _POINTER_WORDS.search(text, end, at) is not None)


def _inside(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    i = bisect_right(starts, start) - 1
    return i >= 0 and end <= spans[i][1]


# A person noun that names the skill ("problem solvers", "critical thinkers") describes the people the
# hire joins, not the hire, after "a team of" or "we are": "join a group of creative problem solvers",
# "We're energetic, forward-thinking problem solvers". ("We are looking for problem solvers" asks.)
_AGENT_ENDINGS = ("solver", "solvers", "thinker", "thinkers", "communicator", "communicators", "player", "players")
_COLLEAGUES_BEFORE = re.compile(
    r"\b(?:(?:team|group|community|network|family|collective|crew)\s++of|we(?:['’]re|\s++are))\s++(?:(?:a|an)\s++)?"
    r"(?:(?!(?:looking|seeking|hiring|searching|for)\b)[\w-]++,?\s++(?:and\s++)?){0,4}+$",
    re.I,
)
_COLLEAGUES_REACH = 80


def _describes_colleagues(text: str, start: int, end: int) -> bool:
    if not text[start:end].lower().endswith(_AGENT_ENDINGS):
        return False
    return _COLLEAGUES_BEFORE.search(text, max(0, start - _COLLEAGUES_REACH), start) is not None


# "not" right before the words denies them: "for the purposes of analyzing and using data; not software
# development", "this is not a data cleansing or data structuring position", "most of being a programmer is
# not programming". ("cannot", "not only", "not limited to" keep a word between and do not count.)
_NEGATED_BEFORE = re.compile(r"(?:^|[^\w'’-])(?i:not)[ \t]++(?:(?i:an?)[ \t]++)?+$")
_NEGATION_REACH = 12  # characters before the words: "not an " and the one before it


def _negated(text: str, start: int) -> bool:
    before = text[max(0, start - _NEGATION_REACH) : start]
    return ("ot " in before or "OT " in before) and _NEGATED_BEFORE.search(before) is not None


def in_context(
    text: str, matches: Sequence[M], segments: SegmentIndex, judge: Callable[[M], bool] | None = None
) -> list[M]:
    """``matches`` (in text order) without those whose context says they are no ask.

    ``judge``: which matches to judge; the result then holds only those of them that stand (the
    others still count as their list neighbours, and cost no rule)."""
    if not matches:
        return list(matches)
    facts = _text_facts(text, segments)
    addresses = facts.addresses()
    if addresses:
        address_starts = [a for a, _ in addresses]
        ends = [-len(text), *(m.end for m in matches[:-1])]  # (the first name has none before it)
        nexts = [*(m.start for m in matches[1:]), len(text)]
        matches = [
            m
            for m, prev_end, next_start in zip(matches, ends, nexts, strict=True)
            if not _inside(addresses, address_starts, m.start, m.end)
            and not _points_to_an_address(text, address_starts, (prev_end, m.start, m.end, next_start))
        ]
        if not matches:
            return []
    title_end = facts.title_end()
    if title_end:
        matches = [m for m in matches if m.start >= title_end]
        if not matches:
            return []
    skill_spans = [(m.start, m.end) for m in matches]
    # (most postings name no money at all: the per-mention currency test below is then skipped)
    money = _names_money(text)
    covered = _covered_generic_tasks(text, matches, segments)
    resume_sent = _resume_sent_ends(text)
    eeo = facts.eeo_hits()
    employer = _Employer(text, segments, skill_spans, facts=facts, matches=matches)
    values = employer.workplace_values()
    lines = segments.lines()
    kept = []
    i = 0
    # What the common case below asks of the mention's line, worked out once per line (for line ``read``),
    # not once per mention: a line of prose may hold dozens.
    read = -1
    line_may_ask = False
    health: bool | None = None  # whether the posting is about health care (:data:`_HEALTH_EVIDENCE`), once asked
    for n, m in enumerate(matches):  # in text order: walk the lines alongside (this runs for every mention)
        if covered and n in covered or judge is not None and not judge(m):
            continue
        skill_id = getattr(getattr(m, "skill", None), "id", None)
        if skill_id in _SKILLS_WITH_OWN_RULES and _own_rule_says_no(text, m, skill_id, segments):
            continue
        if skill_id == _RWE_ID and _data_from_anywhere(text, m):
            if health is None:  # (searched once a posting, at its first such mention)
                health = _HEALTH_EVIDENCE.search(text) is not None
            if not health:
                continue
        start, end = m.start, m.end
        if _describes_colleagues(text, start, end) or (resume_sent and start in resume_sent) or _negated(text, start):
            continue
        while i + 1 < len(lines) and lines[i + 1][0] <= start:
            i += 1
        line_start, line_end, section, field_value = lines[i] if lines else (0, 0, None, False)
        if (
            lines
            and line_end - line_start <= _POLICY_HEADING_CHARS
            and _policy_heading(text, line_start, line_end, start)
        ):
            continue
        if start < line_end and i != read:
            read = i
            # (framed_at of any offset in the line is the line's own)
            line_may_ask = (
                not field_value
                and section != FIELD
                and not (section is None and employer.listed_value(line_start))
                and section not in NON_ASK_SECTIONS
                and not segments.framed_at(line_start)
            )
        # The common case, decided without a call: nothing in the line, the words or the length asks for a rule.
        if (
            start < line_end
            and line_may_ask
            and not (eeo and bisect_left(eeo, start - _EEO_REACH) < bisect_left(eeo, end + _EEO_REACH))
            and (
                text[end : end + 1] not in (" ", "\t")
                or not text[max(text.rfind(" ", start, end) + 1, start)].isupper()
            )
            and end - start not in _RULE_LENGTHS
            and text[start:end].lower() not in _SENSE_FORMS
            and _GROUP_NOUN_AFTER.match(text, end) is None
            # (a capitalised mention before a comma may open a list of departments: "Data Analytics, Pricing and
            # Product Management leadership")
            and not (
                text[end : end + 1] in (",", "&")
                and text[start : start + 1].isupper()
                and _DEPARTMENTS_AFTER.match(text, end) is not None
            )
            and not (
                text[start - 2 : start] in (", ", "d ", "& ", " (")
                and (_after_a_title(text, start, end) or _after_head_of_fields(text, start))
            )
            and not (text.endswith("of ", 0, start) and _HEAD_OF.search(text, max(0, start - 40), start))
            and not _names_the_joined_team(text, start, end)
            and _NONE_AFTER.match(text, end) is None
            and not (money and _has_currency(text, max(0, start - _AMOUNT_REACH), start))
            and not (text[start : start + 1].isupper() and _names_an_organisation(text, start, end))
            and employer.says_nothing_at(start, end, lines[i]) is None
            and not (values and employer.in_workplace_values(start, end))
        ):
            if not (_is_domain(m) and _domain_not_asked(text, start, end, segments)):
                kept.append(m)
        elif out_of_context(text, start, end, segments, skill_spans, eeo, employer, domain=_is_domain(m)) is None:
            kept.append(m)
    return kept


# A heading that names the policy its section states ("HIPAA Compliance", "Data Privacy Policy", "GDPR
# Notice" over a paragraph of the employer's rules) is no ask: the guideline lists what the posting asks
# of the candidate, and a heading alone asks nothing. A skill list's item ("- HIPAA compliance", or a
# line of such items) has no paragraph of prose under it.
_POLICY_END = re.compile(r"\b(?:compliance|polic(?:y|ies)|notice|statement|disclosure|privacy)[ \t:*_]*+$", re.I)
# What may stand before the mention in such a heading: its marks and a word or two of whose policy it is
# ("Candidate Data Privacy", "Applicant Privacy Notice").
_HEADING_OPENING = re.compile(r"[ \t#*_]*+(?:[A-Z][\w-]*+[ \t]++){0,2}+")
_POLICY_HEADING_CHARS = 80
_PROSE_WORDS = 8  # the first line under the heading: a sentence of at least this many words


def _policy_heading(text: str, line_start: int, line_end: int, start: int) -> bool:
    """Whether the mention at ``start`` opens a heading line that names a policy (:data:`_POLICY_END`)
    and a paragraph of prose follows it."""
    if line_end - line_start > _POLICY_HEADING_CHARS or not _HEADING_OPENING.fullmatch(text, line_start, start):
        return False
    if _POLICY_END.search(text, start, line_end) is None:
        return False
    following = text[line_end : line_end + 400].lstrip()
    first = following.split("\n", 1)[0].strip()
    # (a long paragraph is cut at 400 characters: a sentence ends somewhere in it)
    return len(first.split()) >= _PROSE_WORDS and (first.endswith(".") or ". " in first)


# A generic modelling task named by its verb and the bare noun "models" ("build models", "developing models"):
# when a more specific method of the same kind is what the models are built with ("applying machine
# learning techniques to build models", "building models using Deep Learning, Machine Learning and
# Simulation") or for, the specific skill is the ask and the generic task adds nothing of its own.
_GENERIC_TASK = re.compile(r"(?:build|building|develop|developing|create|creating|design|designing)\s++models?", re.I)
_GENERIC_CATEGORY = "ml_modelling"
# Between the specific skill and the task after it: "machine learning techniques to build models",
# "data mining to build models", "the power of machine learning to build models".
_INSTRUMENT_BEFORE = re.compile(
    r"(?:[\s-]++(?:techniques?|methods?|methodolog(?:y|ies)|approach(?:es)?|algorithms?|expertise|skills?|tools?"
    r"|knowledge|concepts?|principles|frameworks?)\b)?+[\s,]++(?:(?:in\s++order\s++)?to|in)\s++$",
    re.I,
)
# Between the task and the specific skill after it: "building models using Deep Learning", "build models with
# deep learning frameworks".
_INSTRUMENT_AFTER = re.compile(
    r"\s++(?:using|with|via|through|based\s++on|leveraging|applying|by\s++(?:applying|using|leveraging))\s++"
    r"(?:(?:the|a|an|various|advanced|modern|appropriate|different|both)\s++)*+$",
    re.I,
)
_INSTRUMENT_REACH = 40  # characters between the two mentions


def _covered_generic_tasks(text: str, matches: Sequence[M], segments: SegmentIndex | None = None) -> set[int]:
    """Indices of the generic modelling tasks in ``matches`` that a specific skill of their kind covers
    ("applying machine learning techniques to [build models]", "[build] & validate models" after "select
    appropriate machine learning techniques" in the same sentence)."""
    out: set[int] = set()
    for n, m in enumerate(matches):
        skill = getattr(m, "skill", None)
        if getattr(skill, "category", None) != _GENERIC_CATEGORY:
            continue
        task = _GENERIC_TASK.fullmatch(text, m.start, m.end)
        if not task and not (
            getattr(skill, "id", None) == _GENERIC_ID and _GENERIC_VERB.fullmatch(text, m.start, m.end)
        ):
            continue
        if n > 0 and _instrument(text, matches[n - 1], skill) and m.start - matches[n - 1].end <= _INSTRUMENT_REACH:
            if _INSTRUMENT_BEFORE.search(text, matches[n - 1].end, m.start):
                out.add(n)
                continue
        if n + 1 < len(matches) and _instrument(text, matches[n + 1], skill):
            after = matches[n + 1]
            if after.start - m.end <= _INSTRUMENT_REACH and _INSTRUMENT_AFTER.match(text, m.end, after.start):
                out.add(n)
                continue
        if segments is not None and _method_in_sentence(text, matches, n, segments):
            out.add(n)
    return out


# "Build models" beside a named method in the same sentence ("developing models and ensembles in the AI/ML
# space", "select appropriate statistical and machine learning techniques, build & validate models"): the
# method is the skill asked for; the models are what it makes. Only the task itself (model development,
# named by a verb) gives way, not a life-cycle skill (model_*: evaluation, deployment) nor a named "model
# development". Looked for within the sentence and _METHOD_REACH characters either side (postings flattened
# to one line have very long sentences).
_GENERIC_ID = "model_development"
_GENERIC_VERB = re.compile(r"build|building|develop|developing|create|creating|design|designing", re.I)
_METHOD_REACH = 160


def _method_in_sentence(text: str, matches: Sequence[M], n: int, segments: SegmentIndex) -> bool:
    m = matches[n]
    seg = segments.segment_at(m.start)
    lo, hi = (seg.sentence_start, seg.sentence_end) if seg is not None else (m.start, m.end)
    lo, hi = max(lo, m.start - _METHOD_REACH), min(hi, m.end + _METHOD_REACH)
    generic = getattr(m, "skill", None)
    k = n - 1
    while k >= 0 and matches[k].start >= lo:
        if _specific_method(matches[k], generic):
            return True
        k -= 1
    k = n + 1
    while k < len(matches) and matches[k].start < hi:
        if _specific_method(matches[k], generic):
            return True
        k += 1
    return False


def _specific_method(m: _Span, generic: object) -> bool:
    skill = getattr(m, "skill", None)
    return _instrument("", m, generic) and not str(getattr(skill, "id", "")).startswith("model_")


# "Transform data into actionable insights", "transforming raw data into knowledge": what the data becomes is
# an insight, not another shape of the data; the phrase asks for analysis, which the posting names on its
# own where it asks for it, not for the transformation step (ETL, reshaping).
_TRANSFORM_ID = "data_transformation"
_FIGURATIVE_RESULT = re.compile(
    r"[ \t]++into[ \t]++(?:[\w'’-]++[ \t]++){0,3}?(?:insights?|information|knowledge|stor(?:y|ies)|value|actions?"
    r"|intelligence|decisions?|recommendations?|wisdom|answers)\b",
    re.I,
)


# Relationships in the data, not with people: "establish causal relationships", "maintain complex relationships
# among parent and child records", "define relationships between datasets". Looked for from the mention's
# start (or two words before it) to a few words past it (the mention may be the verb alone: "[establish] causal
# relationships", or the head alone).
_RELATIONSHIP_ID = "relationship_building"


def _words_back(text: str, pos: int, words: int) -> int:
    """Where the ``words`` words before ``pos`` on its line start (at most 40 characters back): the
    mention may be the head alone ("establish causal [relationships]")."""
    start = pos
    floor = max(text.rfind("\n", 0, pos) + 1, pos - 40)
    for _ in range(words):
        space = text.rfind(" ", floor, max(floor, start - 1))
        if space < 0:
            return floor if start > floor else start
        start = space + 1
    return start


_DATA_RELATION = re.compile(
    r"(?:[\w-]++[ \t]++){0,4}?(?:(?:causal|quantitative|statistical|mathematical|linear|non-?linear"
    r"|hidden|underlying|complex)[ \t]++relation(?:ship)?s?\b|relation(?:ship)?s?[ \t]++(?:between|among|amongst)"
    r"[ \t]++(?:[\w-]++[ \t]++){0,3}?(?:datasets?|data[ \t]+sets?|data[ \t]+sources?|variables?|records?|tables?"
    r"|entities|features|fields|levels|metrics|factors|attributes|inputs|parameters)\b)",
    re.I,
)


# "insights that will drive business decisions", "reports to help drive product decisions": the insight or the
# report drives the decision, or the candidate helps others make it; decision making is no skill asked of the
# candidate there. "You will drive decisions", "a track record of driving decisions" stay.
_DECISION_ID = "decision_making"
_DRIVE = re.compile(r"driv", re.I)
_HELPS_OR_THAT = re.compile(
    r"\b(?:help(?:s|ed|ing)?+(?:[ \t]++to)?+|(?:that|which)(?:[ \t]++(?:will|can|could|would|should|may|might|help|helps))*+)"
    r"[ \t]++$",
    re.I,
)


# Mentorship the employer gives the hire, not one the hire gives: "we provide strong mentorship, daily
# lunches …", "you will have mentors and exposure to leaders", "professional development through training,
# coaching and regular feedback". The noun stands with no one to mentor after it ("mentoring junior
# analysts" is the hire's work), after a word of offering or receiving in its sentence, with no word of
# ability or experience before it there ("ability to give and receive mentorship" asks for it).
_MENTORING_ID = "mentoring"
_MENTORSHIP_NOUNS = frozenset("mentorship mentorships mentoring coaching mentors mentor".split())
_OFFERED = re.compile(
    r"\b(?:we[ \t]++(?:also[ \t]++)?(?:offer|provide|support|give|invest[ \t]++in)"
    r"|you(?:'ll|’ll|[ \t]++will)[ \t]++(?:also[ \t]++)?(?:receive|get|have|enjoy|gain)"
    r"|receiv\w*+|access[ \t]++to|benefit[ \t]++from|assign\w*+[ \t]++you"
    r"|(?:development|growth|learning)(?:[ \t]++opportunit(?:y|ies))?[ \t]++(?:through|with|via))\b",
    re.I,
)
# What may follow a received mentorship: a mark, a conjunction, a preposition, a program's noun.
_AFTER_OFFERED = re.compile(
    r"[ \t]*+(?:[,.;:!)\n]|$|(?:and|or|from|with|by|who|that|in|on|programs?|opportunit(?:y|ies)|resources)\b"
    r"|to[ \t]++(?:help|develop|grow|support|learn|succeed|advance|accelerate)\b)",
    re.I,
)
# A verb of giving between the offer and the noun makes the hire the giver: "receive requests and provide
# mentoring to junior analysts".
_GIVEN_BY_HIRE = re.compile(r"\b(?:provid\w*+|giv(?:e|es|ing)|offer\w*+|deliver\w*+|lead\w*+)\b", re.I)
_OFFER_REACH = 120  # characters before the noun, within its sentence, that hold the offer


def _mentorship_offered(text: str, start: int, end: int, segments: SegmentIndex) -> bool:
    """Whether the mentoring noun at [start, end) is one the employer offers the hire (:data:`_OFFERED`)."""
    if text[start:end].lower() not in _MENTORSHIP_NOUNS or _AFTER_OFFERED.match(text, end) is None:
        return False
    seg = segments.segment_at(start)
    floor = max(start - _OFFER_REACH, seg.sentence_start if seg is not None else 0, text.rfind("\n", 0, start) + 1)
    offer = None
    for found in _OFFERED.finditer(text, floor, start):
        offer = found  # the last offer before the noun
    return (
        offer is not None
        and _CANDIDATE_CUE.search(text, floor, start) is None
        and _GIVEN_BY_HIRE.search(text, offer.end(), start) is None
    )


# The team the hire will join, described, not teamwork asked of the candidate: "you will work on a small team and
# can switch projects", "the Data Analyst will work within the Commercial Operations team", "you'll enjoy working on
# this team if …". The team is a particular one (a determiner that points at it: "the", "this", "our") or one said
# by its size ("a small team", "a lean team"); with a word of ability or manner before it ("ability to work as
# part of a small, agile team", "must be able to work independently in a small team", "work well on a small team")
# it is asked for. "work in a team", "as part of a global team" name no particular team and stay.
_TEAMWORK_ID = "teamwork"
_TEAM_NOUN = re.compile(r"\bteams?\b", re.I)
_PARTICULAR_TEAM = re.compile(
    r"\b(?:the|this|that|our|their|its|your|small|smaller|lean|tight[- ]knit|close[- ]knit)\b", re.I
)
_TEAMWORK_ASKED = re.compile(
    r"\b(?:abilit\w*|able|capable|skills?|experience\w*|proven|demonstrated|must|should|comfortable|willing\w*"
    r"|track\s++record|excel\w*|thrive\w*|succeed\w*|well|effectively|successfully|productively|requirements?"
    r"|qualifications?)\b",
    re.I,
)
# Words between a mention cut short and its team noun: "work in a small| data science team".
_TEAM_AFTER = re.compile(r"(?:,?+[ \t]++[\w-]++){0,3}?[ \t]++teams?\b", re.I)


def _joins_a_team(text: str, start: int, end: int, segments: SegmentIndex) -> bool:
    """Whether the teamwork mention at [start, end) describes the particular team the hire joins
    (:data:`_PARTICULAR_TEAM`) with no word that asks for it (:data:`_TEAMWORK_ASKED`) in its sentence before."""
    team = _TEAM_NOUN.search(text, start, end)
    if team is None:
        after = _TEAM_AFTER.match(text, end)
        if after is None:
            return False
        team = _TEAM_NOUN.search(text, after.end() - 5, after.end())
        if team is None:
            return False
    seg = segments.segment_at(start)
    sentence_start = seg.sentence_start if seg is not None else text.rfind("\n", 0, start) + 1
    # "the team works on …": the determiner stands just before the mention
    if _PARTICULAR_TEAM.search(text, start, min(end, team.start())) is None and (
        team.start() != start or _PARTICULAR_TEAM.search(text, max(sentence_start, start - 6), start) is None
    ):
        return False
    floor = max(start - _CUE_REACH, sentence_start)
    return _TEAMWORK_ASKED.search(text, floor, team.start()) is None


def _drives_others_decisions(text: str, start: int, end: int) -> bool:
    return bool(_DRIVE.match(text, start, end)) and _HELPS_OR_THAT.search(text, max(0, start - 32), start) is not None


def _instrument(text: str, m: _Span, generic: object) -> bool:
    """Whether ``m`` names a specific skill of the generic task's kind (not the task itself)."""
    skill = getattr(m, "skill", None)
    return skill is not None and skill is not generic and getattr(skill, "category", None) == _GENERIC_CATEGORY


def _is_domain(m: _Span) -> bool:
    skill = getattr(m, "skill", None)
    return getattr(skill, "category", None) in DOMAIN_CATEGORIES


# "Real-world data" is health care's evidence (claims, medical records, registries) only in a posting about
# patients and treatment: "Knowledge of Healthcare Real World Data", "the patient journey in real world data".
# Elsewhere it is any data from outside the lab ("dealing with a considerable amount of complex, real-world data",
# "Assess algorithm performance on real-world data"). The abbreviations and "real-world evidence" name it anywhere.
_RWE_ID = "real_world_evidence"
_HEALTH_EVIDENCE = re.compile(
    r"\b(?:RWE|RWD|real[ -]world[ \t]evidence|claims|EHRs?|EMRs?|electronic[ \t](?:health|medical)[ \t]records?"
    r"|observational|epidemiolog\w*+|HEOR|outcomes[ \t]research|patients?|clinical\w*+|pharma\w*+|biopharma\w*+"
    r"|registr(?:y|ies)|oncology|medicare|medicaid|payers?)\b",
    re.I,
)


def _data_from_anywhere(text: str, m: _Span) -> bool:
    """Whether ``m`` is the words "real-world data", which name no health care evidence here."""
    return text[m.start : m.end].lower().replace("-", " ") == "real world data"


_SKILLS_WITH_OWN_RULES = frozenset({_TRANSFORM_ID, _RELATIONSHIP_ID, _DECISION_ID, _MENTORING_ID, _TEAMWORK_ID})


def _own_rule_says_no(text: str, m: _Span, skill_id: str, segments: SegmentIndex) -> bool:
    """Whether the rule of one of :data:`_SKILLS_WITH_OWN_RULES` finds the mention no ask."""
    if skill_id == _TRANSFORM_ID:
        return _FIGURATIVE_RESULT.match(text, m.end) is not None
    if skill_id == _RELATIONSHIP_ID:
        return any(
            _DATA_RELATION.match(text, at, min(len(text), m.end + 80))
            for at in {m.start, _words_back(text, m.start, 2)}
        )
    if skill_id == _DECISION_ID:
        return _drives_others_decisions(text, m.start, m.end)
    if skill_id == _TEAMWORK_ID:
        return _joins_a_team(text, m.start, m.end, segments)
    return _mentorship_offered(text, m.start, m.end, segments)


#: The reasons :func:`out_of_context` gives.
REASONS = (
    "section:<kind>",
    "framing",
    "field",
    "eeo",
    "employer",
    "employer_name",
    "name",
    "compound",
    "workplace",
    "short_form",
    "domain",
    "pay",
    "apply",
)


def out_of_context(
    text: str,
    start: int,
    end: int,
    segments: SegmentIndex,
    skill_spans: Sequence[tuple[int, int]] = (),
    eeo_hits: list[int] | None = None,
    employer: _Employer | None = None,
    domain: bool = False,
) -> str | None:
    """Why the mention at [start, end) is no ask ("section:blurb", "name", …), or None when it may be one.

    ``skill_spans`` are all the skill matches of the text (a short form's list neighbours are looked up
    there); ``eeo_hits`` the offsets of EEO phrases in it (found here when not given). ``domain``: the
    words name an industry or field of knowledge (:data:`DOMAIN_CATEGORIES`), which a posting names
    far more often than it asks for it (:func:`_domain_not_asked`).
    """
    m = _At(start, end)
    section = _section_says_no(text, m, segments, _eeo_hits(text) if eeo_hits is None else eeo_hits)
    if section:
        return section
    if _frames_the_role(text, m, segments):
        return "framing"
    employer = employer or _Employer(text, segments, skill_spans, facts=_text_facts(text, segments))
    line = segments.line_at(start)
    if line is not None and line[2] is None and employer.listed_value(line[0]):
        return "field"
    about_employer = employer.says_nothing_at(start, end)
    if about_employer:
        return about_employer
    if (
        _is_name(text, m)
        or _names_a_group(text, m)
        or _in_unit_name(text, m)
        or _names_the_joined_team(text, start, end)
        # (capitalised words only, as in_context's common case: "customers such as report building" is work)
        or (text[start : start + 1].isupper() and _names_an_organisation(text, start, end))
    ):
        return "name"
    if _after_a_title(text, start, end):
        return "name"
    if _not_the_head(text, m):
        return "compound"
    if _describes_the_workplace(text, m, segments) or (
        employer.in_workplace_values(start, end) and not _asked_here(m, segments)
    ):
        return "workplace"
    if _short_form_among_non_skills(text, m, skill_spans):
        return "short_form"
    if domain and _domain_not_asked(text, start, end, segments):
        return "domain"
    if _after_an_amount(text, start):
        return "pay"
    if _valued_none(text, start, end):
        return "field"
    if _how_to_apply(text, start):
        return "apply"
    return None


# A money amount right before the words makes them its currency or a term of the pay: "$122,471 - $279,565 CAD"
# (Canadian dollars, no computer-aided design), "$279,000 – $361,000/year (CAD)", "Rate: $85,000 - $100,000 DOE"
# (depending on experience, no design of experiments).
_AMOUNT_BEFORE = re.compile(
    r"[$€£][ \t]?+\d[\d,.]*+[kKmM]?+(?:[ \t]*+(?:-|–|to)[ \t]*+[$€£]?+\d[\d,.]*+[kKmM]?+)?+"
    r"(?:[ \t]*+/[ \t]*+(?:yr|year|annum|hour|hr|month|mo))?+[ \t]*+\(?+$"
)
_AMOUNT_REACH = 40


# How the résumé is sent is no ask: the file format or language it is sent in and where it goes ("Email your
# resume in Word to …", "Please submit your CV in English", "Please do not forward resumes to our applicant
# tracking system"): the posting's instructions for applying, not a skill of the candidate's. The words stand
# right after the résumé and its "in", "as" or "to"; the match ends where the mention starts.
_RESUME_SENT = re.compile(
    r"(?:\b(?i:your|an?|the)[ \t]++(?i:updated[ \t]++)?|\b(?i:forward|send|submit|e-?mail)(?i:s|ed|ing)?+[ \t]++)"
    r"(?:(?i:resumes?|résumés?|cover[ \t]++letters?)|CVs?)[ \t]*+(?:\([ \t]*+)?(?i:in|as|to)[ \t]++"
    r"(?:(?i:a|an|our|the)[ \t]++)?"
)
_RESUME_REACH = 60  # characters before a mention that hold the whole of such a phrase


# A word every :data:`_RESUME_SENT` holds, as it is written (a cheap test before it: substring tests, ten times
# faster than a case-blind search). It must find all the pattern finds: out_of_context asks the pattern itself, and
# the two must agree on "your cover letter in English".
_RESUME_HINTS = ("esume", "ESUME", "ésumé", "ÉSUMÉ", "CV", "letter", "Letter", "LETTER")


def _resume_sent_ends(text: str) -> frozenset[int]:
    """Where the words after each "send your résumé in …" of the text start (one pass; most texts have none)."""
    if not any(hint in text for hint in _RESUME_HINTS):
        return frozenset()
    return frozenset(m.end() for m in _RESUME_SENT.finditer(text))


def _how_to_apply(text: str, start: int) -> bool:
    """Whether the words at ``start`` say how the résumé is sent (:data:`_RESUME_SENT`)."""
    return any(m.end() == start for m in _RESUME_SENT.finditer(text, max(0, start - _RESUME_REACH), start))


# A label whose value says nothing is asked: "Leadership" / "NONE" (a competency form's line left empty),
# "DIRECT REPORTS: None", "Supervisory Responsibilities: N/A". The words open their line (past a bullet and at
# most a few words of the label) and the value right after them, on the same line or the next, is "none".
_NONE_AFTER = re.compile(
    r"(?:[ \t]++[\w/&-]++){0,3}?[ \t]*+(?::[ \t]*+\n?+|\n)[ \t]*+(?i:none|n/a|not[ \t]++applicable)[ \t.]*+(?:\n|$)"
)
_LABEL_OPENING = re.compile(r"[ \t" + BULLET_CLASS + r"*-]*+(?:[\w/&-]++[ \t]++){0,3}")


def _valued_none(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) label a value that is "none" (:data:`_NONE_AFTER`)."""
    return (
        _NONE_AFTER.match(text, end) is not None
        and _LABEL_OPENING.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None
    )


def _after_an_amount(text: str, start: int) -> bool:
    """Whether a money amount (:data:`_AMOUNT_BEFORE`) stands right before ``start``."""
    window = max(0, start - _AMOUNT_REACH)
    return _has_currency(text, window, start) and _AMOUNT_BEFORE.search(text, window, start) is not None


def _has_currency(text: str, start: int, end: int) -> bool:
    return text.find("$", start, end) >= 0 or text.find("€", start, end) >= 0 or text.find("£", start, end) >= 0


def _names_money(text: str) -> bool:
    """Whether a currency sign stands anywhere in ``text`` (when not, no window of it has one)."""
    return _has_currency(text, 0, len(text))


class _At:
    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def _eeo_hits(text: str) -> list[int]:
    """Offsets of the EEO phrases in ``text`` (every occurrence of each), sorted: one Aho-Corasick
    pass per posting, looked up per mention by bisection."""
    return _eeo_starts(text.lower())


# What the employer offers the hire in a benefits section: a chance, an opportunity, access.
_PERK_FRAME = re.compile(
    r"\b(?:chance|chances|opportunit(?:y|ies)|access)\s++(?:to|for)\b|\byou(?:['’]ll|\s++will)?\s++(?:get|receive|enjoy)\b",
    re.I,
)


# What _section_says_no reads of a mention's sentence, for the last sentence asked about: (text, start, end, facts).
# One entry, replaced whole: a blurb's sentence of dozens of mentions is read once, not once per mention (reading it
# per mention made a long one quadratic).
_SENTENCE_FACTS: tuple[str, int, int, dict[str, Any]] = ("", 0, 0, {})


def _sentence_fact(text: str, start: int, end: int, name: str, read: Callable[[str], object]) -> Any:
    """``read(text[start:end])``, worked out once per sentence (cached for the last sentence asked about)."""
    global _SENTENCE_FACTS
    cached = _SENTENCE_FACTS
    if not (cached[0] is text and cached[1] == start and cached[2] == end):
        cached = _SENTENCE_FACTS = (text, start, end, {})
    facts = cached[3]
    if name not in facts:
        facts[name] = read(text[start:end])
    return facts[name]


def _section_says_no(text: str, m: _Span, segments: SegmentIndex, eeo_hits: list[int]) -> str | None:
    line = segments.line_at(m.start)
    if line is None:
        return None
    line_start, line_end, section, field_value = line
    if field_value and (  # "Department / Company: Customer Service"
        line_end - line_start <= _MAX_FIELD_VALUE or _NAMES_ONLY.fullmatch(text, line_start, line_end) is not None
    ):
        return "field"
    if section == FIELD and not field_value and is_field_label(text[line_start:line_end]):
        return "field"  # the label itself: "FLSA Classification:", "Employees Supervised:"
    # the EEO phrases within reach of the mention: eeo_hits[first:last] (read alone, not all of them per mention)
    first, last = bisect_left(eeo_hits, m.start - _EEO_REACH), bisect_left(eeo_hits, m.end + _EEO_REACH)
    near = first < last
    if not near and section not in NON_ASK_SECTIONS:
        return None
    seg = segments.segment_at(m.start)
    sentence_start, sentence_end = (seg.sentence_start, seg.sentence_end) if seg else (line_start, line_end)

    def fact(name: str, read: Callable[[str], object]) -> Any:
        return _sentence_fact(text, sentence_start, sentence_end, name, read)

    # An EEO statement near the mention in its sentence (postings flattened to one line have huge "sentences").
    if near and any(sentence_start <= eeo_hits[i] < sentence_end for i in range(first, last)):
        return "eeo"
    if section not in NON_ASK_SECTIONS:
        return None
    says_no = f"section:{section}"
    if section in (PHYSICAL, EEO):  # "Manual dexterity and coordination are required" asks for no skill
        return says_no
    if section == WORK_ENVIRONMENT:  # only a qualification stands out there: "Statistics background a plus"
        asked = fact("qualification", is_qualification) or fact("skill ask", lambda s: bool(_SKILL_ASK.search(s)))
        return None if asked else says_no
    asks = (
        (seg is not None and seg.level in (REQUIRED, PREFERRED))
        or fact("asks", lambda s: bool(_ASKS.search(s)))
        or (
            section == BLURB
            and (
                fact("stack", lambda s: _NAMES_THE_STACK.search(s) is not None)
                or 0 < fact("team opening", _team_opening) <= m.start - sentence_start
            )
        )
    )
    if section == BENEFITS:
        # "You get a chance to optimize …", "you'll have the opportunity to access training in …": a
        # perk offered to "you" asks nothing
        perk = (seg is None or seg.level == UNSPECIFIED) and fact("perk", lambda s: _PERK_FRAME.search(s) is not None)
        return None if asks and not perk else says_no
    # A blurb's bullet list is usually the role itself under a heading that was not recognised.
    bulleted = text[line_start : line_start + 2].lstrip()[:1] in ("-", "*", "•", "·", "▪", "●", "◦", "○", "■")
    return says_no if section == BLURB and not asks and not bulleted else None


def _frames_the_role(text: str, m: _Span, segments: SegmentIndex) -> bool:
    """A sentence under "The Team", "The Opportunity" or "Our Mission" that describes the team, product or
    problem and not the role: "The team has built deep learning infrastructure, autonomous drones, …"."""
    if not segments.framed_at(m.start):
        return False
    line = segments.line_at(m.start)
    seg = segments.segment_at(m.start)
    if line is None or seg is None:
        return False
    return frames_the_role(text, (line[0], line[1]), (seg.sentence_start, seg.sentence_end))


# --- what the posting says about its employer --------------------------------------------------------

# A sentence whose subject is the employer: "We are …", "Our platform …", "At Acme, we …", "Acme (acme.com)
# is a biotech company …", "The Payments Group has …". It describes the company, its products and
# clients, and asks nothing of the candidate, wherever it stands (postings often open with such a
# paragraph without any "About us" heading).
# An opening phrase before the subject: "At Acme, we …", "For partners, we provide …", and the participles and
# infinitives that open a company's sentence ("Using 3D deep learning and decades of data, we empower …",
# "Guided by our shared values, we thrive …", "To achieve this objective, our practice areas …").
_FRONTED = (
    # a run-in label: "Employee Focus: We value our employees …"
    r"(?-i:[A-Z][\w&-]*+(?:[ \t]++[A-Z&][\w&-]*+){0,3}+:[ \t]++(?=[WOwo]))?"
    r"(?:(?:here\s+)?at\s+[^,.;:]{1,40},\s*"
    r"|(?:for|since|founded|today|together|as|with|in|from|through|over|across|after|by|to|using|guided|driven|powered"
    r"|backed|inspired)\b[^,.;:]{0,90},\s*)?"
)
# "We" describing the company ("We are …", "We help …"), not the team at work ("We partner with sales to …").
_WE_SUBJECT = re.compile(
    # "At Acme, we …" / "At Acme, everything we do …": the company named before "we" makes it the company's.
    r"(?:here\s+)?at\s+[A-Z][^,.;:]{0,39},\s*+(?:(?:everything|all|what)\s++we\s++do\b|we\s++\w)|"
    + _FRONTED
    + r"(?:we['’](?:re|ve)\b|we\s++(?:(?:also|now|proudly|truly|are\s++proud\s++to)\s++)?"
    r"(?:are|have|help|provide|offer|serve|believe|value|empower|enable|invest|thrive|pride|strive|exist|were|started"
    r"|support|power|make|specialize|specialise|operate|sell|combine|bring|reach|connect|love|care|celebrate|champion"
    r"|aim|exist|deliver|transform|partner\s++with\s++(?:over|more|hundreds|thousands|leading|some|many|\d))\b)"
    # "Our data team builds …" is the team at work, which the new hire joins.
    r"|"
    + _FRONTED
    + r"our\s++(?!(?:ideal|next|new|future)\b|(?:[\w&-]+\s++){0,3}(?:team|engineers|scientists|analysts|group|squad)\b)",
    re.I,
)
# "We" with a verb of what the company values: its creed, even among the duties ("We thrive on problem-solving,
# breaking new ground …", "Employee Focus: We value our employees … by providing clear communications").
_WE_VALUE = re.compile(
    _FRONTED
    + r"(?:we\s++(?:(?:also|truly|deeply|strongly)\s++)?(?:believe|value|thrive|pride|celebrate|care|champion|cherish"
    r"|embrace|love|are\s++proud)\b"
    # the company's mission or vision: "Our mission is to inspire creativity and bring joy."
    r"|our\s++(?:mission|vision|purpose)\s++is\b)",
    re.I,
)
# The team the hire joins at work as the sentence's subject: "Our data scientists apply machine learning and NLP
# to …", "The team tackles problems in forecasting, causal inference and optimization", "We are a small team
# building data pipelines on …". What it builds, applies and works on is what the role works with, even in an
# "About us" paragraph; the company, its products and clients stay prose ("Our platform …", "We help
# retailers …", "The team is composed of veterans who built …"). The match is the subject alone (the verb is
# looked ahead for): a word that starts there is the team's name, not its work ("Our team works from …" is no
# teamwork, "We are a small team building …" no team building), one that starts at the verb may be
# ("Our team works closely with finance").
_TEAM_AT_WORK = re.compile(
    _FRONTED
    + r"(?:(?:our|the|this)\s++(?:[\w&/-]++\s++){0,4}?(?:team|squad|(?-i:group)|department|engineers|scientists|analysts"
    r"|researchers|developers)(?=\s++(?:(?:also|currently|primarily|mainly|actively|constantly)\s++)?"
    r"(?:(?:builds?|develops?|designs?|appl(?:y|ies)|uses?|leverages?|tackles?|creates?|maintains?|owns?|trains?|deploys?"
    r"|solves?|analy[sz]es?|employs?|speciali[sz]es?|focus(?:es)?|works?)\b"
    r"|(?:is|are)\s++(?:(?:currently|primarily|actively)\s++)?(?:building|developing|designing|applying|using|leveraging"
    r"|working|researching|creating|solving|focused|tasked|charged)\b))"
    # "We are a small team building …": the team named with what it is doing
    r"|we(?:['’]re|\s++are)\s++(?:a|an)\s++(?:[\w,&-]++\s++){0,4}?(?:team|squad|(?-i:group))"
    r"(?=\s++(?:building|developing|designing|applying|using|leveraging|working|solving)\b))",
    re.I,
)
_NAME_WORD = r"[A-Z][\w&.'’-]*+"
# A word of a name that is a sentence's subject, at most 64 characters: it is read from every sentence
# opening, and a stop glued inside a word opens one ("A.B.C.…", "customers.Acme is …"), so a word read to
# its end from each stop of a long dotted run took time quadratic in it. A longer word is no name (the
# corpus's longest in a subject is 36 characters, "INTEGRITYEXCELLENCEINNOVATIONValiant").
_SUBJECT_WORD = r"[A-Z][\w&.'’-]{0,63}+"
# (after an opening phrase too: "Founded in 2003, Acme provides …", "For over two decades, Acme has …")
_NAMED_SUBJECT = re.compile(
    r"(?i:"
    + _FRONTED
    + r")(?:The\s++)?("
    + _SUBJECT_WORD
    + r"(?:\s++(?:(?:of|and|&|for|de)\s++)?"
    + _SUBJECT_WORD
    + r"){0,4}+)"
    r"(?:\s*+\([^()]{1,40}\)|,\s*+(?:Inc|LLC|Ltd|Corp)\.?,?)?\s++"
    r"(is|are|was|has|have|helps|provides|offers|builds|creates|develops|delivers|enables|empowers|serves|maintains"
    r"|specializes|specialises|powers|operates|partners|combines|brings|transforms|designs|manufactures|sells|was founded|has been)\b"
)
# After "is a …", what makes the subject an organisation: "Acme is a leading provider of …".
_ORG_NOUN = re.compile(
    r"\b(?=[abcefhilmnoprsu])(?:company|companies|firm|provider|leader|organi[sz]ation|startup|start-up|employer|business|agency|corporation"
    r"|enterprise|institution|pioneer|manufacturer|marketplace|bank|insurer|retailer|consultancy|non-?profit|laborator\w+"
    r"|university|brand|innovator|maker|supplier|operator|subsidiary|affiliate|contractor|integrator|headquartered|founded"
    r"|customers|clients|partners|products|solutions|services|portfolio|employees|industries|culture)\b",
    re.I,
)
_SELF_AFTER = re.compile(r"\b(?:our|we|us)\b", re.I)
# "Arize is the leading machine learning observability platform …", "Ibotta (NYSE: IBTA) is a leading performance
# marketing platform": a name said to be a platform is the company that sells it (after "is", close by).
_IS_A_PLATFORM = re.compile(r"\s++(?:a|an|the)\s++(?:[\w-]++\s++){0,5}?platforms?\b")
# What marks a tool a plus after it: "Citrix products and offerings is a plus".
_A_PLUS_AFTER = re.compile(r"[^.;:\n]*?\b(?:a\s++plus|preferred|desired|required|desirable)\b", re.I)
_PLUS_REACH = 50
# The employer named as a place to be, whatever asked before: "a background check is required to join Acme".
_EMPLOYER_BEFORE = re.compile(r"\b(?i:join|joining|at|about|within|inside)\s++$")
# Mastery asked for before a product: "Become an expert in the Snorkel Flow platform".
_EXPERT_IN = re.compile(r"\b(?i:expert|expertise|master|mastery|fluent|fluency)[ \t]++(?i:in|with|on|of)\b")
# What opens a list item before its first word, and what may follow a tool that opens one as its ask.
_ITEM_OPENING = re.compile(r"[ \t" + BULLET_CLASS + r"*-]*+")
_NAMED_ITEM_AFTER = re.compile(
    r"[ \t]*+(?:$|[,/(;]|(?:or|and|and/or)[ \t]++(?:other|similar|equivalent|comparable|related)\b)", re.M
)
_LIST_GAP = re.compile(r"\s*+(?:,|/|;|\bor\b|\band\b)\s*+")
_ALL_ABOUT = re.compile(r"\s++all\s++about\b")
# A job title as the subject describes the role: "The Senior Data Scientist develops …".
_TITLE_END = re.compile(
    r"(?:scientist|engineer|analyst|manager|developer|lead|director|specialist|architect|intern|associate|consultant"
    r"|researcher|administrator|officer|coordinator|programmer|designer|member|incumbent|individual|employee|candidate"
    r"|person|hire|role|position|team)s?$",
    re.I,
)
# Subjects that are no organisation even when capitalised at the start of a sentence.
_NOT_AN_ORG = {
    "this",
    "that",
    "these",
    "those",
    "it",
    "there",
    "each",
    "every",
    "all",
    "any",
    "he",
    "she",
    "they",
    "you",
    "your",
    "candidates",
    "experience",
    "knowledge",
    "the",
}
# A sentence that turns to the candidate or the role is no blurb, and ends one.
_ADDRESSES = re.compile(
    r"\b(?:you|your|candidates?|applicants?|looking\s+(?:for|to)|in\s+search\s+of|searching|seeking|openings?|hiring|hire|recruit\w*|join|expand|grow\s+our\s+team|must|should|required|requires?|preferred"
    r"|ideal|expert\w*|role|position|responsib\w*|duties|qualifications?|will\s+be\s+(?:expected|responsible)"
    # The tools the team works with are what the role uses: "Our stack includes Spark", "We use dbt" ("a
    # full-stack platform" is what the company sells).
    r"|(?<!-)stack|tool\w*|technologies|languages|frameworks|libraries"
    r"|(?:we|team|that|which|who|and)\s++(?:use|uses|work\s++with|works\s++with|run\s++on|runs\s++on|rely\s++on|relies\s++on|leverage|leverages|build\s++(?:with|on))"
    # "Our infrastructure is written in Go, Python": what the code the hire works on is made with
    r"|" + _BUILT_WITH + r")\b",
    re.I,
)
# Matches the stop itself, its end is the cut: a pattern that starts with a character set is skipped
# along at C speed to the next stop (one that starts with a look-behind is tried at every position).
# Searched from one character before a range, it cuts where a zero-width look-behind version would.
_GLUED_SENTENCE = re.compile(r"[.!?](?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
_NAME_WINDOW = 200
_ASK_SECTIONS = frozenset({"required", "preferred", "duty"})
# Whether a sentence speaks to the candidate or asks something: _ADDRESSES or _ASKS in one pass. The
# look-ahead (the first letters of every word of both) lets the engine skip most words at once.
_ADDRESSES_OR_ASKS = re.compile(
    r"\b(?=[acdefghijklmopqrstwy])(?:"
    + _ADDRESSES.pattern.removeprefix(r"\b")
    + "|"
    + _ASKS.pattern.removeprefix(r"\b")
    + ")",
    re.I,
)
# The employer's own capacities, not the candidate's: "Navigant's deep expertise in energy", "our
# collaborative problem-solving ability", "the body's ability to regulate growth". "Our", "its" or a
# name's "'s" a few words before the word makes it so ("your" and "their" may be the candidate's: "someone
# who takes pride in their ability"; the tools a team uses still address the hire: "our tools include dbt").
_CAPACITY_WORDS = re.compile(r"(?i:experience|expertise|experts?|expert|knowledge|skills?|abilit(?:y|ies)|role)")
_POSSESSED = re.compile(r"(?:\b(?i:our|its)|\w['’]s)(?:[ \t]++[\w-]++){0,2}?[ \t]++$")
_POSSESSOR_REACH = 40
# What makes a capacity word an ask: the field it is in or with ("experience with Spark", "skills in SQL",
# "knowledge of statistics", "expertise building pipelines") or years of it before ("5+ years of
# experience"). Without either, the word is the company's prose about people or itself ("expert witness
# services", "gives grocers the skills, expertise and data behind …", "a player experience that …").
_CAPACITY_OF = re.compile(
    r"(?:\s*+\([^()]{0,40}\))?\s*+(?:,\s*+)?(?i:in|with|of|on|using|across|at|to|for|as|like|such|includ\w*|/|:|[a-z]+ing)\b"
)
# A capacity someone holds or is sought for, before it in its clause: "5+ years of experience", "a group of
# analysts with strong programming skills", "We value problem-solving skills".
_CAPACITY_HELD = re.compile(
    r"\b(?i:years?|yrs|with|value[sd]?|seek\w*|need\w*|wants?|look\w*[ \t]++for|bring\w*|possess\w*|demonstrat\w*"
    r"|ha(?:ve|s|ving)[ \t]++(?:strong|excellent|solid|proven|good|great|deep))\b[^.;:]*+$"
)
_HELD_REACH = 80


def _addresses_or_asks(sentence: str) -> bool:
    """Whether ``sentence`` speaks to the candidate or asks something (:data:`_ADDRESSES_OR_ASKS`), not
    counting the employer's own capacities (:data:`_POSSESSED`) nor a capacity that names no field of its
    own (:data:`_CAPACITY_OF`)."""
    for hit in _ADDRESSES_OR_ASKS.finditer(sentence):
        if not (
            _CAPACITY_WORDS.fullmatch(hit.group())
            and (
                _POSSESSED.search(sentence, max(0, hit.start() - _POSSESSOR_REACH), hit.start())
                or (
                    hit.group().lower() != "role"
                    and _CAPACITY_OF.match(sentence, hit.end()) is None
                    and _CAPACITY_HELD.search(sentence, max(0, hit.start() - _HELD_REACH), hit.start()) is None
                )
            )
        ):
            return True
    return False


# A sentence continues the company's paragraph when it still speaks of the company or refers back.
_REFERS_BACK = re.compile(r"\b(?=[iotuw])(?:we|our|us|its|their)\b|^[\s*•·-]*+(?:The|This|These|It|They)\b", re.I)
_CONTINUES = 3  # sentences after a company sentence, in its paragraph, that still describe the company
# Names the posting gives its employer: "Here at Acme Labs, we …", "At Acme, we …", "About Acme Labs:".
# (Both open with their first letter and test the word boundary before it by a look-behind: a pattern that
# starts with a letter lets the engine skip to that letter at C speed, one that starts with \b is tried at
# every position.)
_AT_NAME_WE = re.compile(
    r"[Aa](?<!\w[Aa])t\s++(" + _NAME_WORD + r"(?:\s++" + _NAME_WORD + r"){0,3}+)[ \t]*+,\s*+(?:we|our)\b"
)
_ABOUT_NAME = re.compile(
    r"A(?<!\wA)(?:bout|BOUT)\s++(" + _NAME_WORD + r"(?:[ \t]++" + _NAME_WORD + r"){0,3}+)[ \t]*+(?=[:\n]|$)"
)
# Where a sentence may open with its subject: the start of the text or a line, or after a stop,
# past any bullet. Found as a break character and what follows it, so that the engine scans for the
# break characters at C speed instead of trying a look-behind at every position.
_OPENING = r"[ \t*•·\-–]*+(?=(?:The\s++)?[A-Z])"
_FIRST_OPENING = re.compile(_OPENING)
_SENTENCE_OPENING = re.compile(r"[\n.!?]" + _OPENING)
# Frames that speak of a name as the employer's, not as a tool: "Tecton's founders", "Within Cerner's
# Post-Acute Care organization", "working at The Trade Desk", "join KNIME". They say so of a tool's brand too
# (_Employer._find_names takes their names only where they are a brand skill's words), so its mentions there
# are the company ("Reinforce Tecton's core value") unless asked for (:meth:`_Employer._asked_at`).
_FRAMED_WORD = r"[A-Z][\w&.-]*+"  # (no apostrophe: the possessive's "'s" follows)
_FRAMED_NAME = r"(?:The[ \t]++)?(" + _FRAMED_WORD + r"(?:[ \t]++" + _FRAMED_WORD + r"){0,3}+)"
_EMPLOYER_FRAME = re.compile(
    # where the hire works: "working at The Trade Desk", "As an engineer at Voxel51", "grow at Cohere", "join KNIME"
    r"(?:(?i:working|work|careers?|jobs|life|best|grow|teams?|engineers?|scientists?|analysts?|developers?|researchers?)"
    r"[ \t]++(?i:at)[ \t]++|\b(?i:join|joining)[ \t]++)"
    + _FRAMED_NAME
    # "At Cleanlab you will", "At Tecton , we"
    + r"|\b(?i:at)[ \t]++"
    + _FRAMED_NAME
    + r"[ \t]*+,?[ \t]*+(?:you|we|our)\b"
    # its people, mission or units: "Tecton's founders", "Within Cerner's Post-Acute Care organization"
    + r"|"
    + _FRAMED_NAME
    + r"['’]s[ \t]++(?:[\w,-]++[ \t]++){0,4}?(?i:founders?|employees|mission|vision|culture|core[ \t]++values?"
    r"|organi[sz]ation|headquarters)\b"
    # what only an employer does: "Qualtrics is seeking a Data Scientist", "Qualtrics was recently acquired by SAP"
    + r"|"
    + _FRAMED_NAME
    + r"[ \t]++(?:(?:is|are)[ \t]++(?:seeking|looking[ \t]++for|hiring|searching[ \t]++for|recruiting)"
    r"|(?:was|has[ \t]++been)[ \t]++(?:recently[ \t]++)?(?:acquired|founded)"
    r"|is[ \t]++a[ \t]++(?:great[ \t]++)?place[ \t]++(?:where|to))\b"
    # a heading that sells it: "Why Qualtrics?"
     + r"|\bWhy[ \t]++" + _FRAMED_NAME + r"\?"
)
# Where an _EMPLOYER_FRAME match may start (one character each): "at" or "join" at a word's start, "Why", or the
# "T" of a "The " before a name followed by what the frame's possessive or "is seeking" branches need ("The Acme Co
# is"). It opens with a class of six letters, so the engine skips to them at C speed instead of trying the frame's
# five branches at every position. The frame's "work at" branch may also start at the space before an "at " or a
# frame's word before it ("work", …, "researchers"): that space comes right before an "at" this finds, and is
# stepped back to from it (a class with the space and tab in it stopped at every word of the text).
_FRAME_HINT = re.compile(
    r"[AaJjWT](?:(?<=[Aa])(?<!\w[Aa])(?=[tT])|(?<=[jJ])(?<!\w[jJ])|(?<=W)(?=hy)"
    r"|(?<=T)(?=he[ \t]++[A-Z][\w&.-]*+(?:[ \t]++[A-Z][\w&.-]*+){0,3}+(?:['’]s[ \t]|[ \t]++(?:is|are|was|has)[ \t])))"
)
# The other capital that may open a name (_FRAMED_WORD) before those branches' words ("Acme's", "Acme Co is"):
# the first capital of a run of a name's characters, one that follows no capital. A later capital of the run
# reads the same rest of the run and the same words after it, so it cannot start a match the first one misses
# (but "XThe Acme …", the hint's "T" above); trying each capital read the rest of its run again, a quadratic scan
# of one long run of capitals. One scan reads every run whole: group 1 is set (empty) where the words a name
# needs after it follow the run, and the scan goes on after the run.
_NAME_RUN_AHEAD = re.compile(
    r"[A-Z](?<![A-Z].)[\w&.-]*+((?=(?:[ \t]++[A-Z][\w&.-]*+){0,3}+(?:['’]s[ \t]|[ \t]++(?:is|are|was|has)[ \t])))?"
)
# the lengths of the frame's words before "at" ("work" … "researchers")
_FRAME_WORD_LENGTHS = range(4, 12)


def _employer_frames(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_EMPLOYER_FRAME` in ``text``, as ``finditer`` gives them, tried only where
    :data:`_FRAME_HINT` or a run's first capital (:data:`_NAME_RUN_AHEAD`) says one may start."""
    starts = {run.start() for run in _NAME_RUN_AHEAD.finditer(text) if run.group(1) is not None}
    for hint in _FRAME_HINT.finditer(text):
        at = hint.start()
        starts.add(at)
        if at and text[at - 1] in " \t" and text[at] in "Aa" and text[at + 2 : at + 3] in ("\t", " "):
            # "work at", "Careers  at": the frame's word before the spaces before "at "
            run = at - 1
            while run > 0 and text[run - 1] in " \t":
                run -= 1
            starts.update(run - length for length in _FRAME_WORD_LENGTHS if run >= length)
    frames = []
    done = 0
    for at in sorted(starts):
        if at < done:
            continue
        frame = _EMPLOYER_FRAME.match(text, at)
        if frame is not None:
            frames.append(frame)
            done = frame.end()
    return frames


# Every match of _AT_NAME_WE holds this: a text without it names no employer that way (one fast scan).
_AT_NAME_HINT = re.compile(r",\s*+(?:we|our)\b")


_TEAM_WORD = re.compile(r"\b(?:teams?|group|squad|lab)\b", re.I)
_PARAGRAPH_CHARS = 150  # a line at least this long, of two sentences or more, is a paragraph of prose
# What stands before a sentence's subject: spaces and bullets.
_SUBJECT_LEAD = " \t*•·▪●◦-–—>#"
# A name opening its sentence with a description of itself between commas: "Acme Robotics, a global leader
# in warehouse automation, is seeking …". The description is the employer's even when the rest of the
# sentence turns to the role. Tried only at a sentence's start; the description is at most 250 characters.
_APPOSITIVE = re.compile(
    r"(?:The\s++)?(" + _NAME_WORD + r"(?:\s++(?:(?:of|and|&|for|de)\s++)?" + _NAME_WORD + r"){0,4}+)"
    r",\s++(?:a|an|the|one\s++of)\s++[^.;:\n]{3,250}?(?=,\s++(?:is|are|was|has|have|helps|provides|offers|seeks|serves"
    r"|delivers|enables|empowers|partners|powers|operates|builds|creates|develops|combines|brings|transforms)\b)"
)


# What a company does for others as a sentence's subject ("Acme empowers people …", "Acme serves
# clients …"): the verbs after which a name is surely the company, whatever section it stands in.
_COMPANY_VERB = (
    r"(?:helps|provides|offers|empowers|enables|serves|specializes|specialises|partners|powers|operates"
    r"|manufactures|sells)\b"
)


# The employer named by a common noun: "The company specializes in …", "The platform gives businesses …"
# (what it will be is what the hire builds: "The platform will combine …").
_ORG_SUBJECT = re.compile(
    r"(?:The|This)\s++(?=[cfops])(?:company|firm|organi[sz]ation|corporation|startup|start-up|platform)(?:['’]s)?\s++(?!will\b|is\s++being\b)[a-z]"
)
# The employer's product or purpose, named with its possessive, as the sentence's subject: "Acme's analytics
# platform combines machine learning with natural language generation …", "Acme's mission is to improve …",
# "Acme's autonomous checkout technology requires no …". What it does is the company's pitch, not the role's
# work (the team at work is "Acme's data team builds …", no product; the stack it is made with addresses the
# hire: "Acme's platform is written in Go"). Any capitalised name will do: a possessive before a product
# names its maker, which a posting rarely means for anyone but its employer.
_PRODUCT_WORDS = (
    r"platforms?|products?|technolog(?:y|ies)|solutions?|services|software|hardware|mission|vision|offerings?|suite"
    r"|engine|portfolio|founders"
)
_PRODUCT_VERBS = (
    r"is|are|was|were|has|have|helps?|provides?|offers?|enables?|empowers?|serves?|powers?|solves?|combines?"
    r"|delivers?|leverages?|allows?|transforms?|brings?|gives?|connects?|makes?|lets?|supports?|automates?|aims?"
    r"|drives?|fuels?|requires?|includes?|targets?"
)
_PRODUCT_MAKERS = (
    r"teams?|squads?|groups?|departments?|engineers|scientists|analysts|researchers|developers|architects|designers"
    r"|specialists|experts|staff|leaders"
)
_PRODUCT_SUBJECT = re.compile(
    r"(?i:" + _FRONTED + r")(?:The\s++)?(?:[A-Z][\w&.™®-]{0,63}+\s++){0,3}?[A-Z][\w&.™®-]{0,63}+['’]s\s++"
    r"(?:[\w-]++\s++){0,5}?(?i:" + _PRODUCT_WORDS + r")"
    # (the people who make it are the team at work: "Acme's software engineers are building pipelines in Spark")
    r"(?!\s++(?i:" + _PRODUCT_MAKERS + r")\b)"
    r"(?:,?+\s++[\w-]++)?,?+\s++(?i:(?:also|now|currently)\s++)?(?i:" + _PRODUCT_VERBS + r")\b"
)
# What follows the employer's own name when it is the sentence's subject: a verb ("Agios has …", "Domo
# has a culture …"), a possessive ("Acme's leadership in …") or a second subject ("Acme and its …"); its
# people or teams at work ("Acme engineers solve hard problems") describe the role.
_AFTER_OWN_NAME = re.compile(
    r"(?:['’]s)?+\s++(?!(?:(?!" + _COMPANY_VERB + r")[\w-]+\s+){0,2}(?:teams?|groups?|engineers|scientists|analysts"
    r"|researchers|employees|people|staff|members|statisticians|developers)\b)[a-z]"
)
# The employer's own name with what only a company does to others: "Acme empowers people to …", "Acme helps
# teams …". Its sentence is the company's even among the duties (the name's people at work are
# "Acme engineers build …", not "Acme empowers engineers to …").
_OWN_NAME_VERB = re.compile(r"\s++(?:" + _COMPANY_VERB + r")")
# The last word of an organisation's name: "Vanna Labs", "Acme Technologies", "Northwind Inc". Not
# "Systems": it ends as many skills' names ("Distributed Systems is what the team builds …").
_ORG_SUFFIX = re.compile(
    r"\s(?:Labs?|Inc|LLC|Ltd|Corp|Corporation|Company|Technologies|Solutions|Consulting|Partners|Ventures"
    r"|Capital|Holdings|Agency|Therapeutics|Pharmaceuticals|Biosciences|Health)\.?$"
)
# What a name ending in such a word is said to be when it is no organisation: "Digital Health is a
# growing field", "Population Health is an area where …" ("Health" also ends the names of fields).
_IS_A_FIELD = re.compile(
    r"\s*+(?:a|an|the)\s++(?:[\w-]++\s++){0,3}?(?:field|area|discipline|domain|industry|sector|specialty"
    r"|speciality|subject|topic|science)s?\b",
    re.I,
)
# "Acme is a … company", "Acme maintains … and is an equal opportunity employer": how far (characters)
# after the name the organisation noun says so.
_IS_A_REACH = 80
# Names found that are no employer's: "About Us", "What we do", "Who we are".
_NO_EMPLOYER_NAME = frozenset({"we", "us", "our", "what", "who", "why", "how", "where", "when", "job", "the"})


def _team_opening(sentence: str) -> int:
    """The length of ``sentence``'s opening up to its subject's end (past any bullet) when the subject is
    the team at work (:data:`_TEAM_AT_WORK`: "Our engineers| work on …"), else 0."""
    lead = len(sentence) - len(sentence.lstrip(_SUBJECT_LEAD))
    opening = _TEAM_AT_WORK.match(sentence, lead)
    return opening.end() if opening is not None else 0


def _has_subject(sentence: str) -> bool:
    """Whether ``sentence`` opens with a subject that :meth:`_Employer._about_employer` may take for the
    employer ("We …", "Our …", "Acme Labs is …"): without one it is no company sentence, whatever else
    it says, so the search for words that address the candidate is not needed there."""
    body = sentence.lstrip(_SUBJECT_LEAD)
    return (
        _WE_SUBJECT.match(body) is not None
        or _NAMED_SUBJECT.match(body) is not None
        or _ORG_SUBJECT.match(body) is not None
        or _PRODUCT_SUBJECT.match(body) is not None
    )


class _TextFacts:
    """What the context rules read of a text whatever its mentions, each found once per text on first
    use: the skill matcher, the unlisted skills and the open-vocabulary asks judge the same posting one
    after the other (see :func:`_text_facts`)."""

    __slots__ = ("text", "segments", "_addresses", "_title_end", "_eeo", "_values", "_names", "_framed", "_common")

    def __init__(self, text: str, segments: SegmentIndex):
        self.text = text
        self.segments = segments
        self._addresses: list[tuple[int, int]] | None = None
        self._title_end: int | None = None
        self._eeo: list[int] | None = None
        self._values: list[tuple[int, int]] | None = None  # what the workplace fosters, in order
        self._names: list[tuple[str, list[tuple[int, int]], bool]] | None = None
        self._framed: list[tuple[str, list[tuple[int, int]]]] | None = None
        self._common: dict[str, bool] = {}  # bounded by the names found in the text

    def addresses(self) -> list[tuple[int, int]]:
        """Web and e-mail addresses, a poster's headline and what the employer does with the applicant's
        personal data (:func:`_privacy_spans`): spans that name no ask whatever they hold."""
        if self._addresses is None:
            spans = _web_address_spans(self.text)
            more = _poster_headline_spans(self.text) + _privacy_spans(self.text, self.segments)
            if more:
                merged: list[tuple[int, int]] = []  # _inside reads only the last span that starts before a mention
                for start, end in sorted(spans + more):
                    if merged and start < merged[-1][1]:
                        merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
                    else:
                        merged.append((start, end))
                spans = merged
            self._addresses = spans
        return self._addresses

    def title_end(self) -> int:
        if self._title_end is None:
            self._title_end = opening_title_end(self.text)
        return self._title_end

    def eeo_hits(self) -> list[int]:
        if self._eeo is None:
            self._eeo = _eeo_hits(self.text)
        return self._eeo

    def workplace_values(self) -> list[tuple[int, int]]:
        if self._values is None:
            self._values = _workplace_values(self.text)
        return self._values

    def employer_names(self) -> list[tuple[str, list[tuple[int, int]], bool]]:
        """Each name the text gives an organisation as it speaks of it (stripped of trailing punctuation),
        with where it stands as a whole word and whether it is surely the employer's."""
        if self._names is None:
            text = self.text
            found = {m.group(1) for m in _AT_NAME_WE.finditer(text)} if _AT_NAME_HINT.search(text) else set()
            # The names surely the employer's ("At Acme, we …", "Acme is a leading provider of …"): only these
            # make a sentence the employer's by standing as its subject (an "About Sales Operations" heading
            # or "Technology is key and we believe in it" name no organisation).
            own = {name.strip(" .,'’") for name in found}
            if "About" in text or "ABOUT" in text:
                found.update(m.group(1) for m in _ABOUT_NAME.finditer(text))
            for opening in _sentence_openings(text):
                named = _NAMED_SUBJECT.match(text, opening)
                if named is None:
                    continue
                seg = self.segments.segment_at(opening)
                # The organisation noun follows the subject closely; a bounded window keeps this linear in
                # a posting that is one endless "sentence".
                sentence_end = seg.sentence_end if seg is not None else named.end()
                window_end = max(min(sentence_end, named.end() + _NAME_WINDOW), named.end())
                if _Employer._about_employer(text[opening:window_end]):
                    found.add(named.group(1))
                    if (
                        _ORG_NOUN.search(text, named.end(), min(window_end, named.end() + _IS_A_REACH))
                        or (
                            named.group(2) == "is"
                            and _IS_A_PLATFORM.match(text, named.end(), window_end)
                            # (a tool the hire runs is a platform too: "Kafka is the platform you will run")
                            and not _addresses_or_asks(text[opening:window_end])
                        )
                    ):
                        own.add(named.group(1).strip(" .,'’"))
            names = []
            for name in {n.strip(" .,'’") for n in found}:
                if not name or name.split()[0].lower() in _NOT_AN_ORG:
                    continue
                names.append((name, _whole_word_spans(text, name), name in own))
            self._names = names
        return self._names

    def framed_names(self) -> list[tuple[str, list[tuple[int, int]]]]:
        """Each name the text speaks of as an employer (:data:`_EMPLOYER_FRAME`), with where it stands as a
        whole word, a leading "The" included ("The Trade Desk")."""
        if self._framed is None:
            text = self.text
            found: set[str] = set()
            for frame in _employer_frames(text):
                words = next(name for name in frame.groups() if name).rstrip(".").split()
                # each tail and head of the capitalised words: "Within Cerner's …" speaks of Cerner, "Best At
                # Snorkel Snorkel AI is …" of Snorkel
                found.update(" ".join(words[i:]) for i in range(len(words)))
                found.update(" ".join(words[:i]) for i in range(1, len(words)))
            framed = []
            for name in found:
                if not name or name.split()[0].lower() in _NOT_AN_ORG:
                    continue
                occurrences = []
                for at, after in _whole_word_spans(text, name):
                    occurrences.append((at - 4, after) if text.endswith("The ", 0, at) else (at, after))
                framed.append((name, occurrences))
            self._framed = framed
        return self._framed

    def common_word(self, name: str) -> bool:
        """:func:`_a_common_word` of ``name`` in the text (asked once per name)."""
        found = self._common.get(name)
        if found is None:
            found = self._common[name] = _a_common_word(self.text, name)
        return found


def _whole_word_spans(text: str, name: str) -> list[tuple[int, int]]:
    """Where ``name`` stands in ``text`` as a whole word (not inside a longer one), in order."""
    spans = []
    at = text.find(name)
    while at >= 0:
        after = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (after == len(text) or not text[after].isalnum()):
            spans.append((at, after))
        at = text.find(name, after)
    return spans


class _LastFacts:
    """The text last judged and its facts (read and replaced whole, so threads are safe)."""

    entry: ClassVar[_TextFacts | None] = None


def _text_facts(text: str, segments: SegmentIndex) -> _TextFacts:
    """The :class:`_TextFacts` of ``text``, reused while the very same string and segment index are asked for again."""
    entry = _LastFacts.entry
    if entry is not None and entry.text is text and entry.segments is segments:
        return entry
    facts = _TextFacts(text, segments)
    _LastFacts.entry = facts
    return facts


class _Employer:
    """The sentences of one posting that describe its employer, and the employer's names, worked out
    on demand (per line, cached) so that each costs one pass over the text."""

    __slots__ = (
        "text",
        "segments",
        "skill_spans",
        "_brand_spans",
        "_matches",
        "_blurbs",
        "_names",
        "_brand_names",
        "_own_names",
        "_listed_values",
        "_facts",
    )

    def __init__(
        self,
        text: str,
        segments: SegmentIndex,
        skill_spans: Sequence[tuple[int, int]],
        brand_spans: frozenset[tuple[int, int]] | None = None,
        facts: _TextFacts | None = None,
        matches: Sequence[_Span] = (),
    ):
        self.text = text
        self.segments = segments
        self.skill_spans = skill_spans
        # the skill spans that name a product by its brand ("Figma", "New Relic"): a company may sell it.
        # Given, or found among ``matches`` on first use (only a name the text gives its employer that is also
        # a skill's words asks; most postings have none).
        self._brand_spans = brand_spans
        self._matches = matches
        self._blurbs: dict[int, list[tuple[int, int]]] = {}  # line start -> company sentences in it
        self._names: list[tuple[int, int]] | None = None  # occurrences of the employer's names, in order
        self._brand_names: set[tuple[int, int]] = set()  # those that are a skill's brand name too
        # the employer's names themselves by their first run of letters, longest first: a sentence is
        # checked against the few that can open it, not against every name
        self._own_names: dict[str, list[str]] = {}
        self._listed_values: set[int] | None = None  # starts of lines that continue a field's list of values
        # what the text says whatever its mentions (shared by the calls that judge the same text)
        self._facts = facts if facts is not None else _TextFacts(text, segments)

    @property
    def brand_spans(self) -> frozenset[tuple[int, int]]:
        if self._brand_spans is None:
            self._brand_spans = _brand_spans(self._matches)
        return self._brand_spans

    def workplace_values(self) -> list[tuple[int, int]]:
        """The spans of what the workplace is said to foster, in order (found once per text)."""
        return self._facts.workplace_values()

    def in_workplace_values(self, start: int, end: int) -> bool:
        """Whether [start, end) is one of the things the workplace is said to foster or value ("a work
        environment that fosters creativity, innovation and career growth", "a culture that rewards
        problem-solving and client relationship building")."""
        values = self.workplace_values()
        if not values:
            return False
        i = bisect_left(values, (start + 1,)) - 1
        return i >= 0 and end <= values[i][1]

    def says_nothing_at(
        self, start: int, end: int, line: tuple[int, int, str | None, bool] | None = None
    ) -> str | None:
        """ "employer" when [start, end) stands in a sentence about the employer, "employer_name" when it is
        part of the employer's name, else None. ``line``: :meth:`SegmentIndex.line_at` of ``start``, when the
        caller has it already."""
        if self._in_name(start, end):
            # the employer's product asked for as a tool (not its owner: "connect … to Acme’s platform")
            product = (start, end) in self._brand_names and self.text[end : end + 2] not in _POSSESSIVES
            return None if product and self._asked_at(start, end) else "employer_name"
        if self._after_own_name(start) and not self._asked_at(start, end):
            return "employer_name"
        if line is None:
            line = self.segments.line_at(start)
            if line is None:
                return None
        blurbs = self._blurbs.get(line[0])
        if blurbs is None:
            blurbs = self._blurbs[line[0]] = self._company_sentences(line[0], line[1], line[2])
        i = bisect_left(blurbs, (start + 1,)) - 1
        return "employer" if i >= 0 and start < blurbs[i][1] else None

    def _after_own_name(self, start: int) -> bool:
        """Whether capitalised words at ``start`` follow the employer's own name, which makes them its unit's or
        product's name: "an ambassador for Novartis Data Science", "Intuit AI Engineering is …"."""
        text = self.text
        if not (start >= 2 and text[start].isupper() and text[start - 1] == " " and text[start - 2].isalnum()):
            return False
        if self._names is None:
            self._names = self._find_names()
        for names in self._own_names.values():
            for name in names:
                at = start - 1 - len(name)
                if at >= 0 and text.startswith(name, at) and (at == 0 or not text[at - 1].isalnum()):
                    return True
        return False

    def _asked_at(self, start: int, end: int) -> bool:
        """Whether the employer's own product at [start, end) is asked for like any other tool: a
        qualification that asks in so many words before it or marks it a plus after it ("experience with
        MPP databases such as Snowflake or Redshift", "Citrix products and offerings is a plus")."""
        seg = self.segments.segment_at(start)
        if seg is None or seg.level not in (REQUIRED, PREFERRED):
            return False
        text = self.text
        if _EMPLOYER_BEFORE.search(text, max(seg.sentence_start, start - 20), start):
            return False  # "required to join New Relic"
        if (
            _SKILL_ASK.search(text, max(seg.sentence_start, start - _CUE_REACH), start) is not None
            or _EXPERT_IN.search(text, max(seg.sentence_start, start - _CUE_REACH), start) is not None
            or _A_PLUS_AFTER.match(text, end, min(seg.sentence_end, end + _PLUS_REACH)) is not None
        ):
            return True
        # an item of the list that names it first, alone or among its kind: "Cleanlab or other data-centric AI
        # tools", "Snowflake, BigQuery" (not "Snowflake is a place where …")
        if _ITEM_OPENING.fullmatch(text, text.rfind("\n", 0, start) + 1, start) and _NAMED_ITEM_AFTER.match(text, end):
            return True
        # listed with other tools: "(SAS, R, Python, etc.)"
        spans = self.skill_spans
        i = bisect_left(spans, (start, end))
        before = spans[i - 1] if i > 0 else None
        after = spans[i + 1] if i + 1 < len(spans) else None
        return (before is not None and _LIST_GAP.fullmatch(text, before[1], start) is not None) or (
            after is not None and _LIST_GAP.fullmatch(text, end, after[0]) is not None
        )

    def listed_value(self, line_start: int) -> bool:
        """Whether the line at ``line_start`` is one more value of a field whose label stands alone on its
        line ("Industries" / "Computer & Network Security" / "Human Resources"): short, no sentence, no bullet."""
        if self._listed_values is None:
            self._listed_values = set()
            in_list = False
            label = False  # the line before was a field's label standing alone
            for start, end, section, field_value in self.segments.lines():
                if field_value:
                    in_list = label and end - start <= _MAX_FIELD_VALUE
                    label = False
                    continue
                label = section == FIELD
                if label:
                    in_list = False
                elif (
                    in_list
                    and section is None
                    and end - start <= _MAX_FIELD_VALUE
                    and _LISTED_VALUE.match(self.text, start, end)
                ):
                    self._listed_values.add(start)
                else:
                    in_list = False
        return line_start in self._listed_values

    def _company_sentences(self, line_start: int, line_end: int, line_section: str | None) -> list[tuple[int, int]]:
        out = []
        left = 0  # sentences that may still continue the last company sentence
        pos = line_start
        text = self.text
        # The line's segments, walked in order (what segment_at gives at each position, without a
        # lookup per position): between two segments, the walk jumps to the start of the next one.
        segments, starts = self.segments.line_segments(line_start)
        opens_blurb = self._opens_a_blurb(line_start, line_end, segments)
        while pos < line_end:
            j = bisect_right(starts, pos) - 1
            if j < 0 or pos >= segments[j].end:
                if j + 1 >= len(starts):
                    break
                pos = max(pos + 1, starts[j + 1])
                continue
            seg = segments[j]
            sentence_end = max(seg.sentence_end, pos + 1)
            section_asks = seg.level != UNSPECIFIED or line_section in _ASK_SECTIONS
            # Sentences glued without a space ("…breakthrough products.We are seeking …") are read one by one.
            cuts = [seg.sentence_start] + [
                g.end() for g in _GLUED_SENTENCE.finditer(text, max(seg.sentence_start - 1, 0), sentence_end)
            ]
            for start, end in zip(cuts, [*cuts[1:], sentence_end]):
                sentence = text[start:end]
                if opens_blurb and _TEAM_WORD.search(sentence):
                    opens_blurb = False  # the paragraph turns to the team the hire joins ("Our team helps …")
                    left = 0
                in_ask_section = section_asks and not opens_blurb
                described = self._describes_itself(sentence, start)
                if described:
                    out.append((start, start + described))
                team = 0 if described else _team_opening(sentence)
                if team:  # the team at work ends any blurb; only its name is no ask
                    out.append((start, start + team))
                    left = 0
                    continue
                own_name = self._own_name_subject(sentence, in_ask_section)
                if not left and not own_name and not _has_subject(sentence):
                    continue  # no company sentence to continue and no subject to make one: left stays 0
                if _addresses_or_asks(sentence):
                    left = 0
                elif own_name or self._about_employer(sentence, in_ask_section):
                    out.append((start, end))
                    left = _CONTINUES
                elif left and _REFERS_BACK.search(sentence):
                    out.append((start, end))
                    left -= 1
                else:
                    left = 0
            pos = sentence_end
        return out

    def _opens_a_blurb(self, line_start: int, line_end: int, segments: Sequence[Segment]) -> bool:
        """Whether the line is a paragraph of prose (two sentences or more, no list item) under a
        qualifications heading that opens with a sentence about the employer: postings often end with their
        "About us" paragraph right after the last list, with no heading of its own ("Preferred
        qualifications" / … / "Acme was founded in 2009 by …"), and its sentences are read as the
        employer's there as anywhere else, not as requirements."""
        if not segments or segments[-1].sentence_start <= segments[0].sentence_start:
            return False  # one sentence: a list item or a line of the section
        if segments[0].level not in (REQUIRED, PREFERRED):
            return False  # among the duties or the opening prose, "We …" is as often the team the hire joins
        text = self.text
        lead = text[line_start : line_start + 2].lstrip()[:1]
        if (lead and lead in BULLET_CHARS) or line_end - line_start < _PARAGRAPH_CHARS:
            return False
        first = text[segments[0].sentence_start : segments[0].sentence_end]
        if _addresses_or_asks(first) or _TEAM_WORD.search(first) or self._under_team_heading(line_start):
            return False
        if self._own_name_subject(first, False):
            return True
        body = first.lstrip(_SUBJECT_LEAD)
        named = _NAMED_SUBJECT.match(body)
        if (
            named is not None
            and _WE_SUBJECT.match(body) is None
            and _ORG_SUBJECT.match(body) is None
            and self._facts.common_word(named.group(1).strip(" .,'’"))
        ):
            return False  # "Technology is key to what we do": a common word, no employer's name
        return self._about_employer(first, False)

    def _under_team_heading(self, line_start: int) -> bool:
        """Whether the line before ``line_start`` (past blank ones) opens about a team: a heading ("More
        about our team") or a paragraph the line goes on from ("The Analytics team blazes new trails …")."""
        text = self.text
        end = line_start
        while end and text[end - 1].isspace():
            end -= 1
        start = text.rfind("\n", 0, end) + 1
        return _TEAM_WORD.search(text, start, min(end, start + _PARAGRAPH_CHARS)) is not None

    def _describes_itself(self, sentence: str, start: int) -> int:
        """The length of ``sentence``'s opening "Name, a … ," when it names the employer and describes it
        (:data:`_APPOSITIVE`), else 0: a job title ("The Data Scientist, a key member of …, is") or a skill
        ("Python, a must, is …") is no employer, and a description that speaks of the candidate is kept."""
        lead = len(sentence) - len(sentence.lstrip(_SUBJECT_LEAD))
        opening = _APPOSITIVE.match(sentence, lead)
        if opening is None:
            return 0
        name = opening.group(1)
        if name.split()[0].lower() in _NOT_AN_ORG or _TITLE_END.search(name):
            return 0
        if (start + opening.start(1), start + opening.end(1)) in self.skill_spans:
            return 0
        if _ADDRESSES_OR_ASKS.search(sentence, opening.end(1), opening.end()):
            return 0
        return opening.end()

    def _own_name_subject(self, sentence: str, in_ask_section: bool) -> bool:
        """Whether ``sentence`` is the employer's by its own name as subject (:meth:`_opens_with_own_name`);
        among the duties or requirements ("Amazon operational business understanding") only with what
        kind of organisation it is, as for "We …" (:meth:`_about_employer`), or with what a company does
        for others ("Acme empowers people to …", :data:`_OWN_NAME_VERB`)."""
        name = self._opens_with_own_name(sentence)
        if not name:
            return False
        if not in_ask_section or _ORG_NOUN.search(sentence) is not None:
            return True
        return _OWN_NAME_VERB.match(sentence.lstrip(_SUBJECT_LEAD), name) is not None

    def _opens_with_own_name(self, sentence: str) -> int:
        """The length of the name when ``sentence``'s subject is a name the posting gives its employer
        elsewhere ("Agios is a biopharmaceutical company …" makes "Agios has two approved medicines …" the
        employer's too), else 0."""
        if self._names is None:
            self._names = self._find_names()
        if not self._own_names:
            return 0
        body = sentence.lstrip(_SUBJECT_LEAD)
        for name in self._own_names.get(_first_word(body), ()):
            if body.startswith(name):
                return len(name) if _AFTER_OWN_NAME.match(body, len(name)) is not None else 0
        return 0

    @staticmethod
    def _about_employer(sentence: str, in_ask_section: bool = False) -> bool:
        """Whether ``sentence`` has the employer as its subject. Among the duties or requirements (an
        unrecognised "About our organisation" heading leaves a blurb there) it must also say what kind of
        organisation it is or what it sells ("… is a leading provider of …", "Our solutions …").
        Only a sentence :func:`_has_subject` accepts can be one (keep the two in step)."""
        body = sentence.lstrip(_SUBJECT_LEAD)
        subject = _WE_SUBJECT.match(body)
        if subject is not None:
            return not in_ask_section or bool(_ORG_NOUN.search(body)) or _WE_VALUE.match(body) is not None
        if _ORG_SUBJECT.match(body) is not None or _PRODUCT_SUBJECT.match(body) is not None:
            return not in_ask_section or bool(_ORG_NOUN.search(body))
        named = _NAMED_SUBJECT.match(body)
        if named is None or named.group(1).split()[0].lower() in _NOT_AN_ORG or _TITLE_END.search(named.group(1)):
            return False
        if (
            named.group(2)
            in (
                "helps",
                "provides",
                "offers",
                "empowers",
                "enables",
                "serves",
                "specializes",
                "specialises",
                "partners",
                "powers",
                "operates",
                "manufactures",
                "sells",
            )
            and not in_ask_section
        ):
            return True
        # "Acme is all about teamwork, respect and diversity": what the organisation stands for.
        if named.group(2) == "is" and _ALL_ABOUT.match(body, named.end()):
            return True
        # "Proto Labs maintains … in all of our facilities": the named subject speaks of itself as "our";
        # "Vanna Labs is building …": its name says it is an organisation.
        if named.group(2) == "is" and _IS_A_PLATFORM.match(body, named.end()) and not _addresses_or_asks(body):
            return True
        return bool(_ORG_NOUN.search(body, named.end())) or (
            not in_ask_section
            and (
                _SELF_AFTER.search(body, named.end()) is not None
                # (a name on one line: "R Studio" / "Connect Talent Solutions is …" are a list item and a name)
                or (
                    "\n" not in named.group(1)
                    and _ORG_SUFFIX.search(named.group(1)) is not None
                    and not (named.group(2) in ("is", "are", "was") and _IS_A_FIELD.match(body, named.end()))
                )
            )
        )

    def _in_name(self, start: int, end: int) -> bool:
        if self._names is None:
            self._names = self._find_names()
        names = self._names
        if not names:
            return False
        # A skill inside the name: "Zest AI", "Teaching Strategies" (the longest of the names starting
        # last at or before the skill).
        i = bisect_left(names, (start + 1,)) - 1
        return i >= 0 and end <= names[i][1]

    def _find_names(self) -> list[tuple[int, int]]:
        spans = []
        skills = set(self.skill_spans)
        for name, occurrences, own in self._facts.employer_names():
            # A skill's own name is no employer's name ("Machine Learning is a company-wide effort"),
            # unless it is a brand the posting surely names its employer by ("New Relic is an equal
            # opportunity employer", "At Anyscale, we …"): then "run New Relic" is the company's product.
            named_skill = [span for span in occurrences if span in skills]
            if not named_skill or (own and all(span in self.brand_spans for span in named_skill)):
                spans.extend(occurrences)
                self._brand_names.update(named_skill)
                if own and name.split()[0].lower() not in _NO_EMPLOYER_NAME:
                    if not self._facts.common_word(name):
                        self._own_names.setdefault(_first_word(name), []).append(name)
        # A brand the text speaks of as its employer ("Tecton's founders", "working at The Trade Desk"): its
        # mentions are the company where they are not asked for.
        for name, occurrences in self._facts.framed_names():
            named_skill = [span for span in occurrences if span in skills]
            if named_skill and all(span in self.brand_spans for span in named_skill):
                spans.extend(occurrences)
                self._brand_names.update(named_skill)
                if not self._facts.common_word(name):
                    self._own_names.setdefault(_first_word(name), []).append(name)
        for names in self._own_names.values():
            names.sort(key=len, reverse=True)
        return sorted(set(spans))


_POSSESSIVES = ("'s", "’s")


def _brand_spans(matches: Sequence[_Span]) -> frozenset[tuple[int, int]]:
    """The spans of the matches whose skill is a product named by its brand (a capitalised canonical
    name: "Figma", "New Relic"; not "machine learning")."""
    return frozenset(
        (m.start, m.end) for m in matches if str(getattr(getattr(m, "skill", None), "name", ""))[:1].isupper()
    )


def _a_common_word(text: str, name: str) -> bool:
    """Whether the name's first word also stands in ``text`` in lower case ("Work alongside …" / "work
    with"): a common word capitalised at a sentence's start, no company's name ("Agios", "Noblis")."""
    word = name.split()[0].lower()
    if _WORD_CHARS.fullmatch(word):
        return _stands_alone(text, word)
    # A word with other characters ("at&t", "coca-cola"): rare, looked up in the text itself.
    return word in text and re.search(r"(?<![\w./@-])" + re.escape(word) + r"(?![\w-]|\.\w)", text) is not None


_WORD_CHARS = re.compile(r"\w+")
_FIRST_WORD = re.compile(r"\w++")


def _first_word(text: str) -> str:
    """The run of word characters ``text`` opens with ("Acme" of "Acme's"), or ""."""
    found = _FIRST_WORD.match(text)
    return found.group() if found else ""


def _stands_alone(text: str, word: str) -> bool:
    """Whether ``word`` (word characters only) is a whole run of word characters of ``text`` that stands
    alone: not inside a path, address or hyphenated word ("acme.com", "acme-wide"). Found by a substring
    search (the few places the word occurs), not by reading every word of the text."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end : end + 2]
        if (
            not (before.isalnum() or before in "_./@-")
            and not (after[:1].isalnum() or after[:1] in ("_", "-"))
            and not (after[:1] == "." and (after[1:].isalnum() or after[1:] == "_"))
        ):
            return True
        at = text.find(word, at + 1)
    return False


def _sentence_openings(text: str) -> Iterator[int]:
    """Where each sentence of ``text`` may open with its subject (past any bullet), in order: the
    start of the text or of a line, or just after a stop, when a capital follows."""
    first = _FIRST_OPENING.match(text)
    if first is not None:
        yield first.end()
    for m in _SENTENCE_OPENING.finditer(text):
        yield m.end()


# A job title written "<role>, <field>": "reporting to the Director, Predictive Analytics", "As a Data
# Scientist, Product Analytics you will …", "Sr. Data Scientist, Oncology" (a line of its own). The role is
# one person's (singular), opened by an article or "As a", or by the line; the field is capitalised.
_TITLE_ROLES = (
    r"(?:Scientist|Engineer|Analyst|Manager|Developer|Director|Specialist|Architect|Consultant|Associate|Lead|Researcher"
    r"|Officer|Coordinator|Programmer|President|VP|SVP|AVP|Head)"
)
# (a no-break space counts as a space: "as a\xa0 Analyst, Decision Sciences")
_TITLE_BEFORE_COMMA = re.compile(
    r"(?:(?:^|[\n:])[ \t\xa0]*+|\b(?:the|a|an|our|The|A|An|Our|As[ \t\xa0]++an?)[ \t\xa0]++)"
    r"(?:[A-Z][\w.&-]*+[ \t\xa0]++){0,3}?" + _TITLE_ROLES + r",[ \t\xa0]$"
)
# The second of two fields after the comma: "Director, Consumer Analytics and Data Science".
_FIRST_FIELD_BEFORE = re.compile(r", (?:[A-Z][\w.-]*+[ \t]++){1,3}?(?:and|&)[ \t]++$")
# A title's field in brackets: "The Data Analyst (Healthcare Analytics) will …".
_TITLE_BEFORE_BRACKET = re.compile(r"\b" + _TITLE_ROLES + r"[ \t]*+\($")
# The field goes on as a list ("Architect, DBA, or Engineer", "Data Scientist, SAS, R, Python"): no title.
_LIST_GOES_ON = re.compile(
    r"[ \t]*+(?:,[ \t]*+(?:or|and)\b|,[ \t]*+[A-Z][\w+#.&-]*+(?:[ \t]++[A-Z][\w+#.&-]*+){0,2}+[ \t]*+,|/|[ \t]++or\b)"
)
_TITLE_REACH = 60


def _after_a_title(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words at [start, end) complete a job title: after its comma
    (:data:`_TITLE_BEFORE_COMMA`), as the second field after it ("Director, Consumer Analytics and Data
    Science") or in brackets after it ("Data Analyst (Healthcare Analytics)")."""
    if not text[start : start + 1].isupper():
        return False
    if text.startswith(")", end) and _TITLE_BEFORE_BRACKET.search(text, max(0, start - _TITLE_REACH), start):
        return True
    at = start
    if not text.startswith(", ", start - 2):
        first = _FIRST_FIELD_BEFORE.search(text, max(0, start - _TITLE_REACH), start)
        if first is None:
            return False
        at = first.start() + 2
    if _TITLE_BEFORE_COMMA.search(text, max(0, at - _TITLE_REACH), at) is None:
        return False
    return _LIST_GOES_ON.match(text, end) is None


def _is_name(text: str, m: _Span) -> bool:
    """Part of an organisation's name: "the Google Cloud Support team", "RL Solutions"."""
    if text[m.end : m.end + 1] not in (" ", "\t"):
        return False
    # A name is capitalised: "work closely with Product Team" is no name.
    if not text[max(text.rfind(" ", m.start, m.end) + 1, m.start)].isupper():
        return False
    after = text[m.end : m.end + 60]
    if not _ORG_AFTER.match(after):
        return False
    return not _CUE_BEFORE.search(text[max(0, m.start - 30) : m.start])


# The rest of a unit's name after Title Case skill words: "Data Science & Analytics team", "Data Science
# Resource Center", "Data Management Unit" (no "program" or "services": "Systems Engineering and
# Technical Program Management support" asks for the work).
_NAME_UNIT_AFTER = re.compile(
    r"(?:[ \t]++(?:&|and)[ \t]++[A-Z][\w'’.-]*+)?(?:[ \t]++[A-Z][\w'’.-]*+){0,2}?[ \t]++(?i:teams?|unit|division|department|group|cent(?:er|re)"
    r"|office|organi[sz]ation|practice|labs?|institute)\b"
)
# An ask before the words makes them a kind of work the candidate did: "experience working with Data
# Science teams", "8+ years of experience in … Data Integration".
_ASK_BEFORE = re.compile(
    r"\b(?i:experience|experienced|expertise|background|years|knowledge|degree|skills?)\b[^.;:!?\n]*+$"
)


# Organisations given as examples: "some of the most iconic businesses in the world, including Shell,
# Walmart, Coca-Cola", "leading AI organizations such as Google, Elastic, Salesforce". Their names are
# the employer's clients or users, not asks ("customers such as report building" lists work, in lower case).
_ORGS_CUE = re.compile(
    r"\b(?i:companies|businesses|brands|clients|customers|organi[sz]ations|retailers|firms|employers|enterprises"
    r"|corporations|institutions)\b(?:[ \t]++[\w-]++){0,4}?,?[ \t]++(?:including|such[ \t]++as|like)[ \t]++"
)
# The names listed before the mention: capitalised words ("Procter & Gamble"), separated by commas or "and".
_NAMES_BEFORE = re.compile(
    r"(?:[A-Z][\w&.'’-]*+(?:[ \t]++(?:&[ \t]++)?[A-Z][\w&.'’-]*+)*+(?:[ \t]*+,)?[ \t]++(?:(?:and|&)[ \t]++)?)*+"
)
_ORGS_REACH = 250  # characters back from the mention, within its line, where the list may open


def _among_organisations(text: str, start: int) -> bool:
    """Whether the capitalised words at ``start`` are an item of a list of organisations' names
    (:data:`_ORGS_CUE`): every item between the cue and the mention is a capitalised name too."""
    low = max(text.rfind("\n", 0, start) + 1, start - _ORGS_REACH)
    window = text[low:start]
    if "includ" not in window and "such" not in window and "like" not in window:
        return False
    last = None
    for cue in _ORGS_CUE.finditer(window):
        last = cue
    return last is not None and _NAMES_BEFORE.fullmatch(window, last.end()) is not None


# Units given as examples: "teams from Engineering, Product Management, Advertising Sales and Marketing",
# "stakeholders in Partner Programs, Product Management, Engineering, Sales and Marketing", "product groups in
# APAC, including Search, Hardware, Cloud, YouTube", "teams (DevOps, Database, QA Testers, Analysts)". Their
# names are the people the role works with, not asks.
_UNITS_CUE = re.compile(
    r"\b(?i:teams?|groups?|departments?|stakeholders|partners|business[ \t]++units?|functional[ \t]++areas"
    # (where the units are: "groups in APAC,", "teams at Peloton", "teams within the firm,"; not what a team
    # uses or works on: "teams using tools such as", "this team focused on technologies like")
    r"|product[ \t]++areas)\b(?:[ \t]++(?:in|at|within|across|inside)(?:[ \t]++[\w-]++){1,2}?)?,?[ \t]*+"
    r"(?:(?i:including|such[ \t]++as|like|from|in|e\.g\.,?)[ \t]++|[(:][ \t]*+)"
)
_UNIT_HINTS = ("team", "group", "department", "stakeholder", "partner", "unit", "area")
# Another name after the mention: the list goes on ("Cloud, YouTube", "Engineering and Finance").
_NAME_FOLLOWS = re.compile(r"[ \t]*+(?:,|/|&)?[ \t]*+(?:(?:and|or|&)[ \t]++)?[A-Z]")


def _among_units(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words at [start, end) are an item of a list of two or more units' names
    (:data:`_UNITS_CUE`): every item between the cue and the mention is a capitalised name too."""
    low = max(text.rfind("\n", 0, start) + 1, start - _ORGS_REACH)
    window = text[low:start]
    lowered = window.lower()
    if not any(hint in lowered for hint in _UNIT_HINTS):
        return False
    last = None
    for cue in _UNITS_CUE.finditer(window):
        last = cue
    if last is None or _NAMES_BEFORE.fullmatch(window, last.end()) is None:
        return False
    if _ASK_BEFORE.search(window, 0, last.start()):
        return False  # "Experience with one or more functional areas: Treasury, Procure to Pay, …" asks
    # one name alone after the cue may be a field ("partners in Machine Learning research"): a list of them is units
    return last.end() < len(window) or _NAME_FOLLOWS.match(text, end) is not None


def _names_an_organisation(text: str, start: int, end: int) -> bool:
    """Capitalised words at [start, end) that name an organisation, not a skill: a client among others
    (:func:`_among_organisations`) or a department the role works with (:func:`_partner_list_before`)."""
    return _among_organisations(text, start) or _among_units(text, start, end) or _partner_department(text, start, end)


# The team the hire joins, named whatever its case: "to join our Data Science product team", "join our new AI Ops
# platform team", "a founding member of our ML engineering team", "part of the Demand & Supply Planning Data
# Science team". Joining or belonging to "our" or "the" team makes the words before the group noun its name
# (GUIDELINE: team names are no skills); "part of a collaborative research team" describes one.
_UNIT_NOUN = r"(?i:teams?|group|organi[sz]ation|org|department|division|practice|unit|function)\b"
_JOINS_BEFORE = re.compile(
    r"\b(?i:join|joins|joining|joined|member[ \t]++of|members[ \t]++of|part[ \t]++of)[ \t]++(?i:our|the)[ \t]++"
    r"(?:(?!" + _UNIT_NOUN + r")[\w&-]++[ \t]++){0,3}$"
)
_JOINS_REACH = 60  # characters before the words
# (the words between are more of the name, no clause: "part of the team building ML models for the org")
_JOINED_UNIT_AFTER = re.compile(
    r"(?:[ \t]++(?:&|and)[ \t]++[\w-]++)?(?:[ \t]++(?!(?i:for|the|a|an|of|to|in|on|at|by|with|and|or|that|which|who"
    r"|where|is|are|will)\b)[\w/-]++){0,3}?[ \t]++" + _UNIT_NOUN
)


def _names_the_joined_team(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are part of the name of the team the hire joins (:data:`_JOINS_BEFORE`)."""
    return (
        _JOINED_UNIT_AFTER.match(text, end) is not None
        and _JOINS_BEFORE.search(text, max(0, start - _JOINS_REACH), start) is not None
    )


def _in_unit_name(text: str, m: _Span) -> bool:
    """Title Case skill words that open a unit's name: "the Data Science & Analytics team", "the Insurance
    Data Management Unit", "the Data Science Resource Center". Team and unit names are no skills
    (GUIDELINE); after an ask ("experience working with Data Science teams") the words stay a skill."""
    form = text[m.start : m.end]
    words = form.split()
    if len(words) < 2 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    return bool(_NAME_UNIT_AFTER.match(text, m.end) and not _ASK_BEFORE.search(text, max(0, m.start - 80), m.start))


def names_no_skill_here(text: str, m: _Span) -> bool:
    """Whether the one-word mention ``m`` is a verb whose object says it names no skill of its own
    here ("deploy [software components]" deploys no model): the reading :func:`in_context` drops as
    a compound, for a task phrase to claim the verb before."""
    return _not_the_head(text, m)


def _not_the_head(text: str, m: _Span) -> bool:
    form = text[m.start : m.end].lower()
    after = _MODIFIER_OF.get(form)
    if after is not None and after.match(text, m.end):  # "customer service levels": a measure, no service given
        return True
    if form in _DEPLOY_FORMS:
        return _deploys_no_model(text, m.end)
    if form in _FULL_STACK_FORMS:
        return _END_TO_END_AFTER.match(text, m.end) is not None
    if form in _BUILD_FORMS:
        return _builds_something(text, m.start, m.end)
    if form == "build":  # "build and maintain tools": the verb "build" and its object, no build tools
        return _BUILD_AND_VERBS.match(text, m.end) is not None
    if form == "react":
        return text[m.start] == "r" and _REACT_VERB_AFTER.match(text, m.end) is not None
    if form in _MENTORING_FORMS:
        return bool(_RECEIVED_AFTER.match(text, m.end) or _RECEIVED_BEFORE.search(text, max(0, m.start - 60), m.start))
    if form in _DECISION_WORDS:
        return (
            not _SKILL_AFTER.match(text, m.end)
            and _DECISIONS_SERVED.search(text, max(0, m.start - 60), m.start) is not None
        )
    if form in _REQUIREMENT_FORMS:  # "dashboards that meet business requirements": conformance, no gathering
        return _CONFORMS_BEFORE.search(text, max(0, m.start - 50), m.start) is not None
    if form == "reporting":  # "Reporting to the Director of Analytics, you will …": the line of report
        return _REPORTS_TO.match(text, m.end) is not None
    if form == "cloud":  # "used in Creative Cloud, Document Cloud", "Salesforce CRM, Marketing Cloud": a product's name
        return text[m.start] == "C" and _PRODUCT_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
    if form == "team leadership":  # "to the Analytics team leadership": the leaders of a team
        return _names_the_leaders(text, m.start + 5, m.end, text[max(0, m.start - 55) : m.start + 5])
    if m.end - m.start not in _HEAD_LENGTHS:
        return False
    word = form
    pattern = _NOT_THE_HEAD.get(word)
    before = text[max(0, m.start - 60) : m.start]
    if pattern and pattern.search(before[-30:]):
        return True
    if word in ("regression", "regressions"):
        return bool(_TESTING_AFTER.match(text, m.end) or _TESTING_BEFORE.search(before[-40:]))
    return word == "leadership" and _names_the_leaders(text, m.start, m.end, before)


# A workplace and what it fosters: "a work environment that fosters creativity, innovation and career growth",
# "a culture that thrives on innovation, collaboration and inclusion", "a team that values collaboration".
# The values are the employer's, not skills asked of the candidate.
_FOSTERS = re.compile(
    # Found from the space before "that": a fixed first character lets the engine pass over the rest.
    r"[ \t](?i:that|which|where)"
    r"(?:[ \t]++(?i:truly|actively|strongly|also|deeply|aggressively|genuinely|continually|constantly))?+[ \t]++"
    r"(?i:fosters?|encourages?|promotes?|values?|rewards?|celebrates?|embraces?|nurtures?|cultivates?|prizes?|champions?"
    r"|emphasi[sz]es?|prioriti[sz]es?|thrives?[ \t]++on|is[ \t]++built[ \t]++on|is[ \t]++driven[ \t]++by)\b"
    # … or a participle after a comma: "NCSOFT is a great place to work, fostering creativity and collaboration"
    r"|,[ \t]++(?i:fostering|nurturing|cultivating|celebrating|championing|valuing|rewarding)\b"
)
# The values named before the verb that values them: "a corporate culture, where creativity and productivity are
# valued over a suit and tie", "a place where innovation and teamwork come together", "an environment where bold and
# creative thinking are the norm". The words between "where" and the verb, within a bounded reach of the sentence.
_WHERE_VALUED = re.compile(
    r"[ \t](?i:where)[ \t]++([^.;:!?\n]{1,80}?)[ \t]++"
    r"(?i:(?:is|are)[ \t]++(?:(?:truly|highly|always|deeply|greatly|strongly)[ \t]++)?+"
    r"(?:valued|expected|encouraged|rewarded|celebrated|prized|embraced|fostered|nurtured|the[ \t]++norm)"
    r"|come[ \t]++together|reigns?[ \t]++supreme)\b"
)
_ADDRESSED = re.compile(r"\b(?i:you|your)\b")
# The nouns of a workplace whose values a blurb names ("a culture where …", "a place that fosters …").
_WORKPLACE_WORDS = r"environments?|cultures?|workplaces?|atmosphere|company|organi[sz]ation|team|place"
_VALUED_PLACE = re.compile(r"\b(?i:" + _WORKPLACE_WORDS + r")[ \t]*+,?+$")
# The employer's values named as such: "in alignment with our core values of collaboration, innovation, caring",
# "Our core values are openness, honesty, and transparency", "our values: growth, relationships, integrity".
_VALUES_OF = re.compile(
    r"[ \t](?i:our|its)(?:[ \t]++(?i:core|company|shared|guiding))?+[ \t]++(?i:values)"
    r"(?:[ \t]*+:|[ \t]++(?i:are|of|include|including)\b[ \t]*+:?+)"
)
# Values the candidate is to show are asked of them: "we assess whether a candidate demonstrates our values: …".
_HOLDS_VALUES = re.compile(r"\b(?i:demonstrat\w*|embod\w*|exemplif\w*|shares?|sharing|candidates?|you)\b[^.;:!?\n]*+$")
_WORKPLACE_NOUN = re.compile(r"\b(?i:" + _WORKPLACE_WORDS + r"|place[ \t]++to[ \t]++work)$")
_NOUN_REACH = 14  # characters before "that" that hold the workplace noun
# The things fostered: a list of items of a word or four, up to the end of the list.
_VALUE_ITEM = re.compile(
    r"[ \t]*+(?:,[ \t]*+)?(?:(?:and|&)[ \t]++)?([\w'’-]++(?:[ \t]++[\w'’-]++){0,3}?)"
    r"(?=[ \t]*+(?:,|&|[.;:!?)\n]|$)|[ \t]++(?:and|as|within|across|in|for|to|while|where|that|which|with|at|by|of|on|from)\b)"
)
_VALUE_MORE = re.compile(r"[ \t]*+(?:,|&|and\b)")
_VALUE_STOPS = frozenset(
    "within across in for to while where that which who with through at by of on from you we our your".split()
)
_MAX_VALUES = 8


def _workplace_values(text: str) -> list[tuple[int, int]]:
    """The spans of the lists of what a workplace is said to foster (:data:`_FOSTERS`) or the employer
    names its values (:data:`_VALUES_OF`), in order."""
    spans = []
    openings = [
        opening
        for opening in _FOSTERS.finditer(text)
        if _WORKPLACE_NOUN.search(text, max(0, opening.start() - _NOUN_REACH), opening.start()) is not None
    ]
    if "alues" in text:
        named = [
            opening
            for opening in _VALUES_OF.finditer(text)
            if _HOLDS_VALUES.search(text, max(0, opening.start() - _NOUN_REACH * 3), opening.start()) is None
        ]
        openings = sorted([*openings, *named], key=lambda opening: opening.start())
    for opening in openings:
        pos = end = opening.end()
        for _ in range(_MAX_VALUES):
            item = _VALUE_ITEM.match(text, pos)
            if item is None or not _VALUE_STOPS.isdisjoint(item.group(1).lower().split()):
                break
            pos = end = item.end()
            if not _VALUE_MORE.match(text, pos):
                break  # the list ends: "… and collaboration as well as …"
        if end > opening.end():
            spans.append((opening.end(), end))
    if "here " in text:
        valued = [
            (found.start(1), found.end(1))
            for found in _WHERE_VALUED.finditer(text)
            if _VALUED_PLACE.search(text, max(0, found.start() - _NOUN_REACH), found.start()) is not None
            # (the hire's own skills put to use there stay: "where you can apply your critical thinking skills")
            and _ADDRESSED.search(found.group(1)) is None
        ]
        if valued:
            spans = sorted([*spans, *valued])
    return spans


def _asked_here(m: _Span, segments: SegmentIndex) -> bool:
    """Whether [start, end) stands among the requirements or the duties, where even the workplace's
    words may be an ask ("Thrive in a culture that values ownership")."""
    seg = segments.segment_at(m.start)
    if seg is not None and seg.level in (REQUIRED, PREFERRED):
        return True
    line = segments.line_at(m.start)
    return line is not None and line[2] in _ASK_SECTIONS


def _describes_the_workplace(text: str, m: _Span, segments: SegmentIndex) -> bool:
    """ "join a collaborative, collegial group": the employer's workplace, not the candidate's skill."""
    if m.end - m.start != len("collaborative") or text[m.start : m.end].lower() != "collaborative":
        return False
    if not _WORKPLACE_AFTER.match(text, m.end, min(len(text), m.end + 60)):
        return False
    seg = segments.segment_at(m.start)
    if seg is not None and seg.level in (REQUIRED, PREFERRED):
        return False
    line = segments.line_at(m.start)
    if line is not None and line[2] in _ASK_SECTIONS:  # a duty: "Work in a collaborative environment with …"
        return False
    start = max(m.start - _CUE_REACH, seg.sentence_start if seg is not None else 0)
    return _CANDIDATE_CUE.search(text, start, m.start) is None


def _deploys_no_model(text: str, end: int) -> bool:
    """ "deploy SSIS packages", "deploy the right technologies": the object is no model."""
    for n, word in enumerate(_OBJECT_WORDS.finditer(text, end, min(len(text), end + 80))):
        w = word.group().lower()
        if n >= _OBJECT_REACH or w in _OBJECT_ENDS or not w[0].isalnum():
            return False
        if w in _MODEL_WORDS or ("-" in w and not _MODEL_WORDS.isdisjoint(w.split("-"))):  # "AI-powered"
            return False
        if w in _NOT_A_MODEL:
            return True
    return False


def _after_head_of(text: str, start: int) -> bool:
    """Whether the 40 characters before ``start`` end with a head of a group (:data:`_HEAD_OF`). Every
    match ends with "of" or "the" and spaces: tested first, as the search tries every position."""
    window = max(0, start - 40)
    tail = text[window:start].rstrip()
    return (tail.endswith("of") or tail.endswith("the")) and _HEAD_OF.search(text, window, start) is not None


def _after_head_of_fields(text: str, start: int) -> bool:
    """Whether the capitalised words at ``start`` are a later field of a head's remit (:data:`_HEAD_OF_FIELDS`):
    "the Director of Analytics and [Data Science]". Every match ends with "and " or "& ": tested first."""
    return (
        text[start : start + 1].isupper()
        and text[start - 2 : start] in ("d ", "& ")
        and _HEAD_OF_FIELDS.search(text, max(0, start - _HEAD_OF_FIELDS_REACH), start) is not None
    )


def _names_a_group(text: str, m: _Span) -> bool:
    """ "work with the project management office", "data science colleagues", "head of data science",
    "the Director of Analytics and Data Science"."""
    if _after_head_of(text, m.start) or _after_head_of_fields(text, m.start):
        return True
    # (after an ask the words stay one, as below: "experience working with Engineering and Product Management teams")
    if (
        _in_department_list(text, m)
        and _MEMBER_OF_BEFORE.search(text, max(0, m.start - 70), m.start) is None
        and _ASK_BEFORE.search(text, max(0, m.start - 80), m.start) is None
    ):
        return True
    if _GROUP_NOUN_AFTER.match(text, m.end) is None:
        return False
    form = text[m.start : m.end]
    first = form.split(None, 1)[0].lower()
    if first in DUTY_VERBS:  # "present to management teams" is presenting
        return False
    if not _FIELD_END.search(form):
        # a department in Title Case: "Product Management leadership" (after an ask the words stay one:
        # "experience working with Engineering and Product Management teams")
        if not _FIELD_END.search(form.lower()) or _ASK_BEFORE.search(text, max(0, m.start - 80), m.start):
            return False
    return _MEMBER_OF_BEFORE.search(text, max(0, m.start - 70), m.start) is None


def _names_the_leaders(text: str, start: int, end: int, before: str) -> bool:
    """ "present to senior leadership", "CBP leadership", "across business areas and leadership levels":
    the people who lead, or their rank, not the skill."""
    if _SKILL_AFTER.match(text, end):
        return False
    return (
        _RANK_AFTER.match(text, end) is not None
        or (text[start] == "l" and _led_by_a_name(before))
        or _PEOPLE_BEFORE.search(before) is not None
        or _GROUP_BEFORE.search(before) is not None
        or _RANK_BEFORE.search(before) is not None
        or _GROUP_AFTER.match(text, end) is not None
    )


# A name right before a lower-case "leadership", inside a sentence: "Customer Success leadership", "DoD
# leadership", "Amazon's leadership principles", "Samsung's leadership in …". The leaders of that body
# or its standing, not the skill: a skill's quality or a verb before it is capitalised only where it
# opens a line or a sentence ("Demonstrated leadership", "Provide leadership"), which the word or
# bracket required before the name excludes.
_NAME_BEFORE = re.compile(r"[\w,&)][ \t]++([A-Z][\w&'’/-]*+)[ \t]++$")
_RUN_ON = re.compile(r"[a-z][A-Z][a-z]{2}")
_QUALITY_END = re.compile(r"(?:ed|en|ing|(?<!m)ent|ive|ful|ong|ic|al|ous|ble|ant|ary|ory|ship|(?:at|iz|is)es|ifies)$")


def _led_by_a_name(before: str) -> bool:
    """Whether ``before`` (the text before a lower-case "leadership") ends in a capitalised name that
    stands inside its sentence (:data:`_NAME_BEFORE`): a possessive ("Acme's"), or a word that is no
    verb a duty opens with and has no adjective's ending ("Proven", "Excellent", "Technical")."""
    found = _NAME_BEFORE.search(before)
    if found is None:
        return False
    name = found.group(1)
    if _RUN_ON.search(name):
        return False  # two words run together by a lost line break: "ExpertiseThought leadership"
    if name.endswith(("'s", "’s")):
        return True
    word = name.lower().rsplit("/", 1)[-1]
    return word not in DUTY_VERBS and word.rstrip("s") not in DUTY_VERBS and not _QUALITY_END.search(word)


# The leaders named by their rank or body, whatever comes before: "help senior leadership make informed
# decisions", "stakeholders at all levels, including senior leadership", "present to all levels of
# organizational leadership", "report findings to various levels of government leadership". "Organizational
# leadership" alone stays the skill ("outstanding organizational leadership").
# A rank named after the word: "stakeholders across business areas and leadership levels", "various leadership
# levels", "driving leadership-level product decisions" (the people at that rank, as "levels of leadership").
_RANK_AFTER = re.compile(r"[ \t-]++levels?\b", re.I)
_RANK_BEFORE = re.compile(
    r"(?:\b(?i:senior|government|agency|upper|top|c-suite|c-level)"
    r"|\b(?i:levels?)\s++of(?:\s++(?i:the|our|its|their|your))?(?:\s++[\w-]++)?)\s++$"
)


def _short_form_among_non_skills(text: str, m: _Span, skill_spans: Sequence[tuple[int, int]]) -> bool:
    """ "Need VISA, DL and LinkedIn": a two-letter abbreviation listed only with words that are no skill."""
    form = text[m.start : m.end]
    if len(form) != 2 or not form.isupper():
        return False
    before = text[max(0, m.start - 30) : m.start]
    after = text[m.end : m.end + 30]
    left = _WORD_BEFORE.search(before)
    right = _LIST_SEP_AFTER.match(after)
    if not (left and right):
        return False  # not inside a list of three or more: the matcher's own context rules decide
    # A list neighbour that is a skill vouches for it ("ML, Python and SQL").
    if _is_skill_at(m.start - len(before) + left.start(1), m.start - len(before) + left.end(1), skill_spans):
        return False
    if _is_skill_at(m.end + right.start(1), m.end + right.end(1), skill_spans):
        return False
    return True


def _is_skill_at(start: int, end: int, skill_spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a skill match overlaps the word at [start, end)."""
    return any(s < end and start < e for s, e in skill_spans)


# --- job titles and teams -------------------------------------------------------------------------

# Words after a skill that make the phrase a job title, team or role, not an ask for the skill.
_ROLE_AFTER = re.compile(
    r"\s*(?:\(\w{1,6}\)\s*)?(?:/\s*\w+\s+)?(?:engineers?|scientists?|developers?|analysts?|architects?|managers?|leads?|interns?|internships?"
    r"|researchers?|specialists?|consultants?|directors?|practitioners?|experts?|professionals?|team|teams|group|department|"
    r"roles?|positions?|officers?|associates?|programmers?|administrators?|technicians?|evangelists?|advocates?|leader|leadership team"
    r"|labs?|laboratory|communit(?:y|ies)"
    r"|(institute|university|college|society|association|foundation|council|conference|journal|magazine|award))\b",
)
# A job title in Title Case with one more word before the role noun: "As the Data Quality Business Analyst",
# "The Remote Sensing Data Scientist will …" (the words of a title name the role, not a skill asked for).
_TITLE_CASE_ROLE = re.compile(
    r"[ \t]++[A-Z][a-z]++[ \t]++(?:[Ee]ngineers?|[Ss]cientists?|[Dd]evelopers?|[Aa]nalysts?|[Aa]rchitects?"
    r"|[Ss]pecialists?|[Cc]onsultants?)\b"
)
# A member of a team after an adjective: "Collaborative team player", "as a collaborative team member".
_TEAMMATE_AFTER = re.compile(r"[ \t]++team[ \t-]++(?:player|member)s?\b")
# Certifications are named like titles: "Azure certifications (e.g., Azure AI Engineer, Azure Data Scientist)".
_CERTIFICATION_BEFORE = re.compile(r"(?i:certifi)")
_CERTIFICATION_REACH = 80


def _in_a_title(cased: str, start: int) -> bool:
    """Whether the Title Case words at ``start``, before a role (:data:`_TITLE_CASE_ROLE`), are a job
    title's: not a duty's verb ("Mentor Data Scientists") nor a certification's name."""
    first = cased[start : cased.find(" ", start, start + 40) if " " in cased[start : start + 40] else start + 40]
    if first.lower() in DUTY_VERBS:
        return False
    return _CERTIFICATION_BEFORE.search(cased, max(0, start - _CERTIFICATION_REACH), start) is None


# "expert in AWS", "professional experience", "lead cross-functional projects": the word is not a role here.
_NOT_A_ROLE = re.compile(
    r"experts?\s+(?:in|at|with|on|level|proficiency|knowledge|user)\b"
    r"|professional\s+(?:level|proficiency|knowledge|experience|skills?|certification|development)\b"
    r"|leads?\s+(?:the|a|an|our|cross|multiple|complex|teams?|projects?|efforts?|initiatives?|development|discussions?|and\s+\w+ing)\b"
)
# A role that the hire plays, takes on or grows into names the work asked of them: "assume a leadership
# role", "play a key leadership role in …", "grow into a mentoring role" (a posting's own "in a data
# science role" or "leadership roles" elsewhere stay the job).
_PART_TAKEN = re.compile(
    r"\b(?:play(?:s|ing|ed)?|assum(?:e|es|ed|ing)|tak(?:e|es|ing)(?:\s+on)?|took(?:\s+on)?|act(?:s|ing)?\s+in"
    r"|serv(?:e|es|ing)\s+in|step(?:s|ping)?\s+into|grow(?:s|ing)?\s+into)"
    r"\s+(?:an?\s+|the\s+)?(?:(?:key|formal|informal|strong|active|important|central|critical|technical)\s+)?\Z"
)
# "Must be Data Mining expert", "You are a SQL expert": the candidate is to be the expert, an ask.
_BE_AN_EXPERT = re.compile(r"\b(?:(?:must|should|shall|will)\s+be|you\s+are|you(?:'|’)re)\s+(?:an?\s+|the\s+)?$")
# "experience working in agile teams", "3 years in a data science role": where the skill is done, an ask.
_EXPERIENCE_IN = re.compile(
    r"\b(?:experience|background|years?)\s+(?:(?:working|collaborating|operating)\s+)?(?:in|within|on|with)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$"
)
# A capitalised title before "of" names a post: "reports to the Director of Business Analytics".
_TITLE_OF = re.compile(
    r"\b(?:Director|Head|VP|Vice\s++President|Chief|Dean|Professor|Officer|Manager|Lead)\s++of\s++(?:the\s++)?$"
)
_WHERE_NOUN = re.compile(r"\s*(?:teams?|roles?|positions?|environments?)\b")
# A skill listed with other groups before their shared noun names a team as well: "with the product,
# data science and engineering teams", "the data science and analytics community"; before a shared role
# noun, a job title: "an AI/Machine Learning Engineer", "Artificial Intelligence and Machine Learning
# (AIML) Engineer". Read within a bounded window after the skill.
# An item is a name of one or two words, no preposition, article or auxiliary ("have led a team or been
# Team Lead"); the last is no verb taking "teams" as its object ("communicate, and train teams", "collaborate
# across teams", "managing/supervising a team").
_ITEM = (
    r"(?!(?:to|across|with|for|in|on|of|at|by|from|into|within|the|our|their|your|a|an"
    r"|be|been|being|is|are|was|were|has|have|had)\b)[\w-]++"
)
_GROUPS_AFTER_LIST = re.compile(
    r"(?:\s*+[,/]\s*+" + _ITEM + r"(?:\s++" + _ITEM + r")?)*\s*+,?\s*+(?:(?:and|&|or)\s++|/\s*+)"
    r"(?!(?:influenc(?:e|ing)|lead(?:ing)?|manag(?:e|ing)|train(?:ing)?|build(?:ing)?|motivat(?:e|ing)|support(?:ing)?"
    r"|help(?:ing)?|coach(?:ing)?|mentor(?:ing)?|guid(?:e|ing)|develop(?:ing)?|join(?:ing)?|grow(?:ing)?|scal(?:e|ing)"
    r"|empower(?:ing)?|enabl(?:e|ing)|inspir(?:e|ing)|align(?:ing)?|work(?:ing)?|assist(?:ing)?|serv(?:e|ing)|partner(?:ing)?"
    r"|engag(?:e|ing)|advis(?:e|ing)|educat(?:e|ing)|collaborat(?:e|ing)|coordinat(?:e|ing)|direct(?:ing)?|oversee(?:ing)?"
    r"|supervis(?:e|ing)|hir(?:e|ing)|recruit(?:ing)?)\b)"
    + _ITEM
    + r"(?:\s++"
    + _ITEM
    + r")?(?:\s*+\(\w{1,6}\))?\s++(?P<noun>(?P<many>teams|groups|departments|units|organi[sz]ations|communities)"
    r"|team|group|department|organi[sz]ation|community|(?P<post>engineer|scientist|developer|architect|analyst|researcher)"
    r"|(?P<people>engineers|scientists|developers|architects|analysts|researchers))\b"
    # (the noun is no head where a noun follows: "experience", "a collaborative and dynamic team environment")
    r"(?![ \t-]*+(?:experience|background|skills?|environments?|cultures?|settings?|atmosphere|players?|spirit|oriented)\b)"
)
# One team or one post is named with its article or owner before the list ("the data science and analytics
# team", "CircleCI's data science and analytics team", "an AI/Machine Learning Engineer") or in Title Case
# ("Machine Learning / Artificial Intelligence Architect"): "building algorithms and business analytics team to
# …" is no team's name.
_ONE_GROUP_BEFORE = re.compile(r"(?:\b(?:the|our|its|their|your|an?|as|new)|['’]s)(?:[ \t]++[\w-]++){0,2}?[ \t]++$")
_LIST_REACH = 100
# Taking part in a community of practice: "active in the data science or technology community", "involved in
# the generative AI community", "engage in the Data Science community" ("members of the … community" names it).
_TAKES_PART = re.compile(
    r"\b(?:active|actively|involved|involvement|engag(?:e|ed|es|ing)|participat\w*+|contribut\w*+)"
    r"(?:\s++[\w-]++){0,2}?\s++(?:in|with|to|within)\s++(?:the\s++|our\s++)?(?:[\w-]++\s++){0,3}?$"
)
# The kind of business or practice a skill names on the same line: "an artificial intelligence
# company", "our analytics consulting firm", "the Pricing and Predictive Modeling actuaries".
_BUSINESS_AFTER = re.compile(
    r"[ \t]++(?:firms?|compan(?:y|ies)|studios?|agenc(?:y|ies)|consultanc(?:y|ies)|actuar(?:y|ies))(?![\w-])"
    # "communicate company goals", "coordinate with company leaders", a "Company Description" heading:
    # the noun modifies another and names no business.
    r"(?![ \t]++(?:leaders?|leadership|goals?|objectives?|data|metrics|polic(?:y|ies)|culture|values|mission|strategy"
    r"|strategies|growth|performance|standards|events|resources|information|info|needs|priorities|initiatives|products"
    r"|systems|website|name|records?|description|overview|profile|details?|summary|benefits|wide)\b|[ \t]*+[:|])"
)
# Asked as a background, the kind of business is domain experience: "experience at a digital marketing
# company", "5 years in a strategy consulting firm".
_EXPERIENCE_BEFORE = re.compile(r"\b(?:experience|years?|background)\b[^.;!?]{0,80}$")


# A list of the groups the role works with: "collaborating with Marketing, Product, Sales, Data Science,
# and Engineering to …", "work in a team environment with Actuarial, Underwriting, IT and Digital",
# "collaborate across product, engineering, data science and sales". Each item is a department, not a
# skill. The list opens after a verb of working together and a preposition (a few words between:
# "work in a team environment with"); the listed items are a word or three each.
# (Its verbs' stems also find, by _groups_verb_starts, where the pattern may start.)
_GROUPS_VERB_STEMS = (
    "collaborat partner liais communicat coordinat interfac interact engag work cooperat consult align".split()
)
_GROUPS_INTRO = re.compile(
    r"\b(?:"
    + "|".join(stem + r"\w*" for stem in _GROUPS_VERB_STEMS)
    + r")(?:\s++(?!(?:experience|skills?|expertise|knowledge|proficiency|tools?)\b)[\w-]++){0,4}?"
    r"\s++(?:with|across|between|among|alongside)(?:\s++(?:the|our|your|its|their|other|various|multiple|internal|external|key"
    r"|senior|business|cross-functional|partners?\s++(?:in|from|across)"
    # "with highly energetic cross-functional teams including product management, …"
    r"|(?:[\w-]++\s++){0,3}?teams?,?\s++(?:in|from|across|such\s++as|like|including))\b)*+,?+\s++"
)
_LIST_CUT = re.compile(r"\s*+(?:,|&|/|\band\b|\bor\b)\s*+")
_LIST_ITEM = re.compile(
    r"(?:(?:the|our|other|internal|external)\s++)?([a-z][\w&.+'’-]*+(?:\s++[a-z][\w&.+'’-]*+){0,2}+)"
)
# What ends an item on the right: the list stops at a preposition, a verb's "to", a clause.
_ITEM_STOPS = frozenset("to for on in of with across who that which as at by from into through via".split())
_PEOPLE_END = re.compile(
    r"(?:engineers|developers|architects|analysts|scientists|designers|owners|managers|stakeholders|executives|leaders"
    r"|leadership|partners|teams?|researchers|clinicians|specialists|users|customers|clients|testers|colleagues|peers"
    r"|groups|departments|functions|staff|experts|counterparts|vendors)$"
)
_LIST_BACK = 160  # characters before the skill where the list may open
_GROUPS_NEEDED = 2  # items beside the skill that plainly name a group
_LIST_ENDS = (_ITEM_STOPS - {"with", "across", "by", "as"}) | {
    "and",
    "or",
}  # words after the last group: "… and Engineering to coordinate"
_NEXT_WORD = re.compile(r"[ \t]++([a-z][\w&+'’-]*+)")


_LIST_MARKS = frozenset(",&/")
# The openings of lists of groups in the last text asked about: (text, [(start, end), …]). One entry,
# replaced whole, so that each posting is scanned once however many of its skills are listed.
_INTRO_CACHE: tuple[str, list[tuple[int, int]]] = ("", [])


def _group_intros(lower: str) -> list[tuple[int, int]]:
    """Spans of :data:`_GROUPS_INTRO` in ``lower``, in order (cached for the last text)."""
    global _INTRO_CACHE
    cached = _INTRO_CACHE
    if cached[0] is lower:
        return cached[1]
    # What _GROUPS_INTRO.finditer(lower) finds, tried only where one of its verbs starts (the pattern,
    # which opens with a word boundary, would be tried at every position of the text).
    spans = []
    last = 0
    for start in _groups_verb_starts(lower):
        if start >= last:
            m = _GROUPS_INTRO.match(lower, start)
            if m is not None:
                spans.append((start, m.end()))
                last = m.end()
    _INTRO_CACHE = (lower, spans)
    return spans


_groups_verb_starts = substring_starts(_GROUPS_VERB_STEMS)


def _may_be_listed(lower: str, start: int, end: int) -> bool:
    """The cheap test each caller makes before :func:`_listed_with_groups`: a list separator right before or
    after the skill."""
    if lower[end : end + 1] in _LIST_MARKS or lower[start - 2 : start].strip()[-1:] in _LIST_MARKS:
        return True
    after = lower[end : end + 5]
    before = lower[max(0, start - 5) : start]
    return after.startswith((" and ", " or ", " & ", " / ")) or before.endswith((" and ", " or ", " & ", ", ", " / "))


def _listed_with_groups(lower: str, start: int, end: int, departments: frozenset[str]) -> bool:
    """Whether [start, end) is one item of a list of the groups the role works with, beside at least one
    item that plainly names a group (one of ``departments``, the business functions' names in lower case:
    "marketing"; or people: "Product Owners"): "collaborating with Marketing, Product, Sales, Data Science,
    and Engineering"."""
    lo = max(0, start - _LIST_BACK)
    intros = _group_intros(lower)
    i = bisect_right(intros, (start, start)) - 1  # the last opening ending at or before the skill
    while i >= 0 and intros[i][1] > start:
        i -= 1
    if i < 0 or intros[i][0] < lo:
        return False
    clause = max(lower.rfind(stop, lo, start) for stop in (".", ";", ":", "\n", "("))
    intro_start, intro_end = intros[i]
    if intro_start <= clause or _SKILL_ASK.search(lower, max(0, intro_start - 40), intro_start):
        return False  # "experience working with Python, SQL and …" asks for what it lists
    if _PEOPLE_END.search(lower, start, end):
        return False  # "work with analysts, [stakeholders] and …": the task rules read the people
    follows = _NEXT_WORD.match(lower, end)
    if follows is not None and not (follows.group(1) in _LIST_ENDS or _PEOPLE_END.search(follows.group(1))):
        return False  # a verb and its object, no group: "… and [communicate] tax implications", "[collaborate] with"
    pieces = _LIST_CUT.split(lower[intro_end:start])
    if pieces[-1]:  # the skill does not start an item
        return False
    items = []
    for piece in pieces[:-1]:
        if not piece:
            continue  # ", and": two separators in a row
        item = _LIST_ITEM.fullmatch(piece)
        if item is None or not _ITEM_STOPS.isdisjoint(item.group(1).split()):
            return False  # not a list of names: "with the help of product, …"
        items.append(item.group(1))
    stop = len(lower)
    for ch in ".;:\n(":
        at = lower.find(ch, end, end + 120)
        if 0 <= at < stop:
            stop = at
    pieces = _LIST_CUT.split(lower[end : min(stop, end + 120)])
    if not pieces[0]:  # the skill is followed by more items
        for piece in pieces[1:]:
            if not piece:
                continue  # ", and": two separators in a row
            item = _LIST_ITEM.match(piece)
            if item is None:
                break
            words = []
            for word in item.group(1).split():
                if word in _ITEM_STOPS:
                    break
                words.append(word)
            if words:
                items.append(" ".join(words))
            if len(words) < len(piece.split()):
                break  # the list ends inside this piece ("engineering to coordinate solutions")
    return sum(item in departments or _PEOPLE_END.search(item) is not None for item in items) >= _GROUPS_NEEDED


def names_a_role(
    cased: str,
    lower: str,
    start: int,
    end: int,
    line_ends: bool = False,
    written: str | None = None,
    departments: frozenset[str] = frozenset(),
) -> bool:
    """ "Machine Learning Engineer", "Python developer", "data science team": a role, not an ask.

    A name-only noun (institute, foundation, lab …) counts only capitalised, as part of a name
    ("Deep Learning Institute", not "a strong statistical foundation").
    ``line_ends``: a line break of the text as written follows the skill (``cased`` and ``lower``
    have it folded into a space): the next line's first word ("causal inference" / "Expert SQL
    ability") is no role noun of it. ``written``: the text as written, whose line breaks end a list.
    ``departments``: the business functions' names in lower case (:func:`department_names`), which make
    a list after a verb of working together one of groups.
    """
    # Cheap tests first: _TITLE_OF needs "of" or "the" right before (spaces aside), _ROLE_AFTER
    # a space, a bracket, a slash or a letter right after.
    if (
        cased[start : start + 1].isupper()
        and cased[max(0, start - 40) : start].rstrip().endswith(("of", "the"))
        and _TITLE_OF.search(cased, max(0, start - 40), start)
    ):
        return True  # "Director of Business Analytics", "Head of Data Science"
    if line_ends:
        return False
    after = lower[end : end + 1]
    if after == ")" and lower[start - 1 : start] == "(":
        # the short form of a title's words: "Machine Learning (ML) Engineer"
        role = _ROLE_AFTER.match(lower, end + 1)
        return (
            role is not None
            and (written is None or "\n" not in written[end : role.end()])
            and (role.group(1) is None or cased[role.start(1)].isupper())
            and not _takes_part_in_a_community(lower, start, role)
        )
    if not (after.isspace() or after.isalpha() or after in ("(", "/", ",")):
        return _may_be_listed(lower, start, end) and _listed_with_groups(lower, start, end, departments)
    if lower.endswith("ive", start, end) and _TEAMMATE_AFTER.match(lower, end):
        return False  # "a collaborative team player": the person's trait, no team's name
    role = _ROLE_AFTER.match(lower, end)
    if role is None:
        if cased[start : start + 1].isupper() and _TITLE_CASE_ROLE.match(cased, end) and _in_a_title(cased, start):
            return True  # "Data Quality Business Analyst", "Machine Learning Software Engineer"
        if _BUSINESS_AFTER.match(lower, end):
            return _EXPERIENCE_BEFORE.search(lower, max(0, start - 100), start) is None
        return _group_after_list(cased, lower, start, end, written) or (
            _may_be_listed(lower, start, end) and _listed_with_groups(lower, start, end, departments)
        )
    if role.group(1) is not None and not cased[role.start(1) : role.start(1) + 1].isupper():
        return False
    if _NOT_A_ROLE.match(lower, _role_word_start(role)) or _takes_part_in_a_community(lower, start, role):
        return False
    if lower.startswith("role", _role_word_start(role)) and _PART_TAKEN.search(lower, max(0, start - 40), start):
        return False  # "take on a leadership role": the part the hire is to play, an ask for it
    if lower.startswith("expert", _role_word_start(role)) and not lower.startswith("experts", _role_word_start(role)):
        if _BE_AN_EXPERT.search(lower, max(0, start - 30), start):
            return False
    if _WHERE_NOUN.match(lower, end) and _EXPERIENCE_IN.search(lower, max(0, start - 60), start):
        return False
    return True


def _takes_part_in_a_community(lower: str, start: int, found: re.Match) -> bool:
    """Whether the group after the skill is a community the candidate is to take part in, which asks for
    the field: "active in the data science community", "contribute to the generative AI community"."""
    return "communit" in lower[max(0, found.end() - len("communities")) : found.end()] and (
        _TAKES_PART.search(lower, max(0, start - 60), start) is not None
    )


def _group_after_list(cased: str, lower: str, start: int, end: int, written: str | None) -> bool:
    """Whether [start, end) is an item of a list before a shared group or role noun (:data:`_GROUPS_AFTER_LIST`)
    that names a team or a post, not an ask: all on one line of ``written`` (the text as written), and no
    "experience in …" before it (the candidate's experience in such a team or post is asked)."""
    found = _GROUPS_AFTER_LIST.match(lower, end, min(len(lower), end + _LIST_REACH))
    if found is None or (written is not None and "\n" in written[end : found.end()]):
        return False
    if _takes_part_in_a_community(lower, start, found):
        return False
    if found.group("many") is not None:
        return True  # the teams the role works with: "the product, data science and engineering teams"
    if _EXPERIENCE_IN.search(lower, max(0, start - 60), start):
        return False
    if found.group("people") is not None:
        return True  # "seasoned machine learning, full-stack and cybersecurity engineers"
    if not cased[start : start + 1].isupper():
        # one post's title is capitalised or an abbreviation ("a detail-oriented and resourceful Data Analyst"
        # describes the person); one team needs no capital
        return found.group("post") is None and _ONE_GROUP_BEFORE.search(lower, max(0, start - 40), start) is not None
    if cased[found.start("noun")].isupper():
        return True  # a title: "Machine Learning / Artificial Intelligence Architect"
    return _ONE_GROUP_BEFORE.search(lower, max(0, start - 40), start) is not None


def _role_word_start(role: re.Match) -> int:
    """Where the role noun itself starts in ``lower`` (after any bracket or slash part)."""
    word = re.search(r"[a-z]+(?:\s+team)?$", role.group())
    return role.end() - (len(word.group()) if word else 0)


# --- an industry or field named, not asked for ----------------------------------------------------------

#: Categories whose skills are an industry or a field of knowledge ("capital markets", "gene therapy",
#: "digital advertising"): a posting names them for its employer, its clients and its teams far more
#: often than it asks the candidate to know them.
DOMAIN_CATEGORIES = frozenset({"domain_knowledge", "life_sciences"})
# The words of a unit's name after the field: "Gene Therapy Accelerator Unit", "the Supply Chain
# Analytics team", "Centers for Medicare & Medicaid Services", "(Medicaid Enterprise Users Provisioning
# Subsystem)". Capitalised words (or "of", "for", "and", "&") up to an organisation noun.
_UNIT_AFTER = re.compile(
    r"(?:[ \t]++(?:[A-Z][\w'’.-]*+|&|of|for|and)){0,4}?[ \t]++(?i:teams?|unit|division|department|group|services"
    r"|cent(?:er|re)s?|office|institute|program(?:me)?|practice|labs?|accelerator|subsystem|council|committee"
    r"|association|alliance|network|foundation|business\s++unit|organi[sz]ation|agency|administration|bureau)\b"
)
# A unit's name led by the name of the organisation: "Centers for Medicare", "Department of Health Care".
_UNIT_BEFORE = re.compile(
    r"\b(?:Cent(?:er|re)s?|Department|Office|Institute|Division|Bureau|Administration|Agency|School|College|Society)"
    r"[ \t]++(?:of|for)[ \t]++(?:(?:the|[A-Z][\w'’.-]*+|&|and)[ \t]++){0,3}$"
)
# Who the field belongs to when the sentence asks nothing: the employer's clients, brands and partners
# ("Clients in the banking and capital markets sectors", "brands including …", "we serve hospitals").
_THIRD_PARTIES = re.compile(
    r"\b(?:clients?|customers?|brands?|partners?|industries|industry|sectors?|verticals?|markets?|companies|organi[sz]ations"
    r"|institutions|advertisers|publishers|retailers|insurers|payers|hospitals|health\s++systems|banks|members|patients"
    r"|we|our|us)\b",
    re.I,
)
_FIRST_WORD = re.compile(r"[\s#" + BULLET_CLASS + r"]*+([A-Za-z]++)")
_DOMAIN_REACH = 200  # characters either side of the mention, within its sentence, read for the rules above


def _domain_not_asked(text: str, start: int, end: int, segments: SegmentIndex) -> bool:
    """Whether an industry or field at [start, end) is named, not asked for: part of a team's or unit's
    name ("the Gene Therapy Accelerator Unit", "Centers for Medicare & Medicaid Services") unless a
    skill cue stands before it ("experience in Supply Chain Management Systems"); or, outside the
    requirements and duties, in a sentence that asks nothing of the candidate and speaks of the
    employer's clients, brands, partners or industries ("Clients in the banking and capital markets
    sectors", "Brands like … use our technology to optimise their manufacturing processes")."""
    before = text[max(0, start - 40) : start]
    cue = _CUE_BEFORE.search(before) is not None
    if text[start : start + 1].isupper() and not cue:
        line_end = text.find("\n", end, end + 80)
        stop = line_end if line_end >= 0 else min(len(text), end + 80)
        if _UNIT_AFTER.match(text, end, stop) or _UNIT_BEFORE.search(before):
            return True
    if cue:
        return False
    seg = segments.segment_at(start)
    line = segments.line_at(start)
    if seg is None or line is None or seg.level != UNSPECIFIED or line[2] in ASKING_SECTIONS:
        return False
    lo = max(seg.sentence_start, start - _DOMAIN_REACH)
    hi = min(max(seg.sentence_end, end), end + _DOMAIN_REACH)
    sentence = text[lo:hi]
    if _ADDRESSES_OR_ASKS.search(sentence) or _SKILL_ASK.search(sentence) or is_qualification(sentence):
        return False
    # A duty under a heading that was not recognised ("Design a framework to develop marketing attribution
    # models", "Implementing assays such as ChIP-seq") is the role's work: its field stays.
    opening = max(seg.sentence_start, line[0])
    first = _FIRST_WORD.match(text, opening, min(start, opening + 40))
    if first is not None and _is_duty_verb(first.group(1).lower()):
        return False
    # The field's own words do not count ("capital markets", "the payments industry").
    return _THIRD_PARTIES.search(text, lo, start) is not None or _THIRD_PARTIES.search(text, end, hi) is not None


def _is_duty_verb(word: str) -> bool:
    """ "design", "designs", "designing", "designed": a verb a duty opens with (:data:`DUTY_VERBS`)."""
    if word in DUTY_VERBS:
        return True
    for suffix, restore in (("ing", ""), ("ing", "e"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", "")):
        if word.endswith(suffix) and word[: -len(suffix)] + restore in DUTY_VERBS:
            return True
    return word.endswith("ing") and len(word) > 5  # "Configuring", "Transferring": a gerund opens a task


# ---------------------------------------------------------------------------------------------------
# Departments the role works with. A department's name is the people a role works with, never a skill
# it asks for: "partner with Product Management and Finance", "feedback to Sales, Legal and Operations",
# "between Data, Teaching and Research teams". Four rules read it, each where the others do not reach
# (each decides pairs of the corpus no other one does), all of them silent after an ask ("experience
# working with Engineering and Product Management teams"):
# - a series of two or more business functions' names from the taxonomy (``functions.jsonl``) after
#   with/to/across/… (:func:`department_series`, :func:`drop_departments`; the matcher applies it);
# - a list of any Title Case names before the group noun they share (:func:`_in_department_list`);
# - one Title Case department after a work-with verb (:func:`_partner_department`);
# - a lower-case list of groups after a verb of working together, two of whose items are departments
#   (:func:`_listed_with_groups`, in lower case: :func:`department_names`).
# The names of departments are the taxonomy's ``functions``, one list for all four (the fourth read them
# from its own list until round 31, which gave the same output on the corpus, tuning and dev sets).
# Beside them, not departments' own: a unit's name (:func:`_in_unit_name`: "the Data Science & Analytics
# team"), units after a cue (:func:`_among_units`: "stakeholders in Sales, Legal and …") and a list before a
# shared role noun (:func:`_group_after_list`: "data science and analytics teams"), which reads short items.
# ---------------------------------------------------------------------------------------------------

# A series of two or more business functions' names, as written, as the people a role works with or
# for: "partner with Engineering and Product Management", "requests from Sales, Business Development,
# Marketing and other teams", "areas of the business such as Engineering, Product Management, Sales".
# Never in a sentence that asks for experience ("experience working with Engineering and Product
# Management teams", "familiarity with Accounting and Finance"), and only where the series ends there (a stop, a clause word or the people's noun), not before a noun of its own ("Risk and
# Security Assessment", "Accounting and Finance principles").
_DEPARTMENT_LEAD = (
    r"\b(?:with|across|alongside|to|from|throughout|among"
    # (or a verb of serving them: "reporting to empower Sales, Marketing, Product Management and other …")
    r"|empower|empowers|empowering|support|supports|supporting|advise|advises|advising|serve|serves|serving"
    r"|enable|enables|enabling|assist|assists|assisting)[ \t]+(?:the[ \t]+|our[ \t]+|your[ \t]+)?"
    r"|\b(?:teams|functions|departments|groups|organi[sz]ations|areas)\b[^.\n]{0,40}?\b(?:such[ \t]+as|like)[ \t]+"
)
_DEPARTMENT_SEPARATOR = r"(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+|&[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+|[ \t]*/[ \t]*)"
_SERIES_END = (
    r"(?=[ \t]*(?:[.,;:!?)]|\r?\n|\Z)|[ \t]+(?:teams?|functions?|departments?|groups?|organi[sz]ations?|leaders"
    r"|partners|stakeholders|colleagues|personnel|to|for|on|in|as|if|when|so|and[ \t]+other|or[ \t]+other"
    # (a preposition: "partner with Product, Engineering, Design and Account Management across the …")
    r"|across|throughout|within|through|during|at|with|by|via|around|regarding|about|from|into|under|over)\b)"
)


_ASKS_EXPERIENCE = re.compile(
    r"\b(?:experience[ds]?|familiar(?:ity)?|knowledge|proficien(?:cy|t)|expertise|background|comfortable|skills?)\b",
    re.IGNORECASE,
)


def _department_name(names: Iterable[str]) -> str | None:
    """The pattern of one business function's name, as written (None where there are none)."""
    listed = sorted(names, key=len, reverse=True)
    if not listed:
        return None
    return r"(?:" + "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in listed) + r")(?![\w&'’-])"


def department_pair(names: Iterable[str]) -> re.Pattern[str] | None:
    """Two functions' names in a row, as every series of them (:func:`department_series`) holds: a
    text without such a pair has no series. Searched first because it is cheap: the engine skips
    to where a name's first letter stands, while the series' leading words ("with", "to") are
    tried at every position (about 70 µs a posting, for a series in one posting of forty)."""
    name = _department_name(names)
    return None if name is None else re.compile(name + _DEPARTMENT_SEPARATOR + name)


def department_series(names: Iterable[str]) -> re.Pattern[str] | None:
    """The pattern of a series of business functions' ``names`` as the people worked with (the group
    ``names``), matched on the text as written."""
    name = _department_name(names)
    if name is None:
        return None
    return re.compile(
        r"(?:"
        + _DEPARTMENT_LEAD
        + r")(?P<names>"
        + name
        + r"(?:"
        + _DEPARTMENT_SEPARATOR
        + name
        + r"){1,9})"
        + _SERIES_END
    )


def drop_departments(text: str, matches: list[M], series: re.Pattern[str]) -> list[M]:
    """``matches`` without the skills named by a department in a series of departments worked with
    ("Product Management" in "feedback to Product Management and Engineering"): the people, not a
    skill the role asks for."""
    spans: list[tuple[int, int]] = []
    # Whether the sentence so far asks for experience, read forward once (a series starts at a word's
    # start, so no word is cut where one read ends and the next begins): linear in a long sentence.
    read_to, asks = 0, False
    for found in series.finditer(text):
        start = found.start()
        stop = max(text.rfind(".", read_to, start), text.rfind("\n", read_to, start))
        if stop >= 0:  # a new sentence since the last series
            read_to, asks = stop, False
        asks = asks or _ASKS_EXPERIENCE.search(text, read_to, start) is not None
        read_to = start
        if not asks:
            spans.append((found.start("names"), found.end("names")))
    if not spans:
        return matches
    starts = [start for start, _ in spans]

    def in_series(m: M) -> bool:
        i = bisect_right(starts, m.start) - 1  # series never overlap: only the last one starting before can hold m
        return i >= 0 and m.end <= spans[i][1]

    return [m for m in matches if not in_series(m)]


# A list of departments in Title Case before the group noun they share: "between Data, Teaching and
# Learning, Technology, School Ops and Leadership teams", "Interact Data Analytics, Ratemaking, and Product
# Management leadership". Each item, not only the last, names a body of people. Items are at most four
# capitalised words; the scan is bounded (possessive, at most eight items). The group noun may run into
# the next line's first word where a line break was lost ("Leadership teamsLead coordination …").
_DEPARTMENT = r"[A-Z][\w&/.'’-]*+(?:[ \t]++(?:(?:of|for|&)[ \t]++)?+[A-Z][\w&/.'’-]*+){0,3}+"
_LIST_JOIN = r"(?:[ \t]*+[,&][ \t]*+(?:and[ \t]++)?+|[ \t]++and[ \t]++)"
_DEPARTMENT_GROUP = r"[ \t]++(?:teams|leadership|departments|organi[sz]ations|divisions|groups)(?![a-z0-9_])"
_DEPARTMENTS_AFTER = re.compile(r"(?:" + _LIST_JOIN + _DEPARTMENT + r"){0,8}+" + _DEPARTMENT_GROUP)
_DEPARTMENTS_BEFORE = re.compile(_DEPARTMENT + _LIST_JOIN + r"$")


def _in_department_list(text: str, m: _Span) -> bool:
    """Whether the Title Case words at ``m`` are an item of a list of departments (:data:`_DEPARTMENTS_AFTER`):
    another item next to them, the shared group noun after the last."""
    form = text[m.start : m.end]
    if not all(word[:1].isupper() for word in form.replace("-", " ").split() if word not in ("and", "of", "&")):
        return False
    after = _DEPARTMENTS_AFTER.match(text, m.end)
    if after is None:
        return False
    listed_after = after.group().lstrip()[:1] in (",", "&", "a")
    return listed_after or _DEPARTMENTS_BEFORE.search(text, max(0, m.start - 60), m.start) is not None


# A department the role works with, named by its function in Title Case: "Work with Product Management
# to generate ideas", "work with Data Engineering to build micro services", "Work with Data Governance
# and Enterprise Architecture to design …". After an ask ("experience working with Data Engineering")
# the words stay a skill.
_PARTNERS_WITH = re.compile(
    r"\b(?i:work|works|working|partner|partners|partnering|collaborate|collaborates|collaborating|interact|interacts"
    r"|interacting|liaise|liaises|liaising|coordinate|coordinates|coordinating)[ \t]++(?i:(?:closely|directly)[ \t]++)?"
    r"(?:with|between)[ \t]++(?:(?:the|our)[ \t]++)?"
)
# Working with tools is a skill: "highly skilled in working with SQL, Google Analytics, …".
_SKILLED_BEFORE = re.compile(
    r"\b(?i:skilled|proficien\w*|familiar\w*|comfortable|able|abilit(?:y|ies)|hands-on|expert\w*)\b[^.;:!?\n]*+$"
)
_PARTNERS_REACH = 120  # characters back from the department, within its line, where the verb may stand
_DEPARTMENT_WORD_END = re.compile(
    r"(?:Science|Sciences|Management|Analytics|Engineering|Research|Governance|Operations|Informatics|Marketing"
    r"|Finance|Security|Strategy|Intelligence|Architecture|Development)$"
)
# What follows a department named as a partner: the purpose or another partner, not a kind of thing
# ("work with Data Science tools").
_AFTER_PARTNER = re.compile(r"[ \t]*+(?:[,;.)\n]|\Z)|[ \t]++(?:to|on|and|&|in|for|as)\b")


def _partner_department(text: str, start: int, end: int) -> bool:
    """Whether the Title Case words at [start, end) name one department after a work-with verb, as a
    partner (:func:`_partner_list_before`), not after an ask."""
    form = text[start:end]
    if _DEPARTMENT_WORD_END.search(form) is None:  # (the cheapest test first: most forms end otherwise)
        return False
    words = form.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and _AFTER_PARTNER.match(text, end) is not None
        and _ASK_BEFORE.search(text, max(0, start - 80), start) is None
        and _SKILLED_BEFORE.search(text, max(0, start - 80), start) is None
        and _partner_list_before(text, start)
    )


def _partner_list_before(text: str, start: int) -> bool:
    """Whether a work-with verb (:data:`_PARTNERS_WITH`) stands before ``start`` with nothing between but
    capitalised names ("works closely with Program Management, New Business Development and …")."""
    low = max(text.rfind("\n", 0, start) + 1, start - _PARTNERS_REACH)
    window = text[low:start]
    last = None
    for cue in _PARTNERS_WITH.finditer(window):
        last = cue
    return last is not None and _NAMES_BEFORE.fullmatch(window, last.end()) is not None


def department_names(names: Iterable[str]) -> frozenset[str]:
    """The business functions' ``names`` in lower case, as a list of groups in lower case writes them
    ("collaborate with marketing, finance and product management")."""
    return frozenset(name.lower() for name in names)
