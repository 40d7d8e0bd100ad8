"""The user's profile: typed skills, picked ids, résumés, saved files."""

import json
import zipfile
from datetime import date

import pytest
from gap_fixtures import blank_pdf, docx_bytes, text_pdf

from analyzer.errors import OutputError, ProfileError, ResumeWithoutTextError
from analyzer.gap.history import dated_years
from analyzer.gap.profile import Profile, split_entries
from analyzer.io.profiles import load_profile, save_profile
from analyzer.io.resumes import MAX_RESUME_BYTES, profile_from_resume, read_resume
from analyzer.records import ResolvedSkill, Unresolved


def ids(profile, how=None):
    return {s.skill_id for s in profile.skills if how is None or s.how == how}


# --- typed text ---------------------------------------------------------------------------------
def test_other_forms_than_the_postings_resolve_as_aliases(tax):
    p = Profile.from_text("python, sklearn, k8s, postgres, ML, GCP, NLP, stats, A/B tests, deep-learning", tax)
    # A skill's own name is "typed"; any other name it is known by is an "alias".
    assert ids(p, "typed") == {"python", "gcp"}
    assert ids(p, "alias") == {
        "scikit_learn",
        "ab_testing",
        "deep_learning",
        "kubernetes",
        "postgresql",
        "machine_learning",
        "natural_language_processing",
        "statistics",
    }
    assert p.unresolved == []
    by_input = {s.input: s for s in p.skills if s.how == "alias"}
    assert by_input["k8s"].skill == "Kubernetes" and by_input["k8s"].confidence == 1.0


def test_separators_and_bullets(tax):
    assert split_entries("python; sql\n- docker\n• k8s | aws,, ,") == ["python", "sql", "docker", "k8s", "aws"]
    assert ids(Profile.from_text("python; sql\n- docker", tax), "typed") == {"python", "sql", "docker"}


def test_spacing_and_case_slips(tax):
    p = Profile.from_text("Scikit Learn, scikit_learn, Py Torch, TENSORFLOW, Deep  Learning", tax)
    assert ids(p) == {"scikit_learn", "pytorch", "tensorflow", "deep_learning"}
    assert p.unresolved == []


@pytest.mark.parametrize(
    "typo, skill_id",
    [
        ("pytorh", "pytorch"),
        ("pytohn", "python"),
        ("tensorflw", "tensorflow"),
        ("kubernets", "kubernetes"),
        ("tablaeu", "tableau"),
    ],
)
def test_typos_resolve_fuzzily_with_a_confidence(tax, typo, skill_id):
    p = Profile.from_text(typo, tax)
    assert [(s.skill_id, s.how) for s in p.skills] == [(skill_id, "fuzzy")]
    assert 0.5 < p.skills[0].confidence < 1.0


def test_short_or_distant_words_are_not_guessed(tax):
    p = Profile.from_text("js, qwerty, dockerization", tax)
    assert p.skills == []
    assert [u.input for u in p.unresolved] == ["js", "qwerty", "dockerization"]
    suggestions = {u.input: u.suggestions for u in p.unresolved}
    assert "Docker" in suggestions["dockerization"]
    assert suggestions["qwerty"] == []


@pytest.mark.parametrize(
    ("typo", "skill_id"),
    [("sqll", "sql"), ("nlpp", "natural_language_processing"), ("etll", "etl"), ("jvaa", "java"), ("kera", "keras")],
)
def test_a_slip_of_the_fingers_in_an_abbreviation_resolves(taxonomy, typo, skill_id):
    # a letter typed twice or two neighbours swapped keeps the abbreviation's letters in order
    p = Profile.from_text(typo, taxonomy)
    assert [(s.skill_id, s.how) for s in p.skills if s.how != "implied"] == [(skill_id, "fuzzy")]


def test_a_word_one_letter_from_an_abbreviation_is_not_recognised(taxonomy):
    # "asdf" is ADF with an added letter, "pipe" pip, "rusty" Rust: another word, not a typo. They are
    # reported back as not recognised, with the near name only as a question.
    p = Profile.from_text("asdf, pipe, rusty, Python", taxonomy)
    assert [s.skill_id for s in p.skills if s.how != "implied"] == ["python"]
    suggestions = {u.input: u.suggestions for u in p.unresolved}
    assert list(suggestions) == ["asdf", "pipe", "rusty"]
    assert suggestions["asdf"] == ["Azure Data Factory"] and suggestions["rusty"] == ["Rust"]


def test_a_typo_as_close_to_two_skills_is_not_guessed(taxonomy):
    # "test" is one letter from t-test, Jest and REST: no single best candidate
    p = Profile.from_text("test, dokcer", taxonomy)
    assert [s.skill_id for s in p.skills if s.how != "implied"] == ["docker"]
    assert [u.input for u in p.unresolved] == ["test"]


def test_a_short_acronym_is_no_suggestion_for_a_longer_name(taxonomy):
    # "pk-sim" (a tool the taxonomy lacks) shares letters with PKI, a security acronym: no guess
    p = Profile.from_text("pk-sim, tensorflw", taxonomy)
    assert [s.skill for s in p.skills if s.how == "fuzzy"] == ["TensorFlow"]
    assert [u.suggestions for u in p.unresolved] == [[]]


def test_nothing_typed_is_silently_dropped(tax):
    entries = ["python", "sklearn", "blockchain wizardry", "pytohn", "k8s", "zzz", "Python"]
    p = Profile.from_text(", ".join(entries), tax)
    accounted = {s.input.lower() for s in p.skills} | {u.input.lower() for u in p.unresolved}
    assert {e.lower() for e in entries} <= accounted | {"python"}  # "Python" twice is one entry
    assert [u.input for u in p.unresolved] == ["blockchain wizardry", "zzz"]


def test_implied_skills_are_credited_and_say_so(tax):
    p = Profile.from_text("postgres", tax)
    implied = {s.skill_id: s for s in p.skills if s.how == "implied"}
    assert set(implied) == {"sql", "databases"}
    assert implied["sql"].via == "postgresql" and implied["sql"].input == "postgres"
    assert p.known_ids() == {"postgresql", "sql", "databases"}


def test_typed_skill_beats_implied(tax):
    p = Profile.from_text("postgres, sql", tax)
    assert p.by_id()["sql"].how == "typed"
    assert sum(s.skill_id == "sql" for s in p.skills) == 1


def test_empty_text_is_a_valid_empty_profile(tax):
    for text in ("", "  ,, \n", None):
        p = Profile.from_text(text, tax)
        assert p.skills == [] and p.unresolved == [] and p.is_empty
        p.ensure_usable()  # no error: everything will simply be a gap


def test_only_unknown_words_is_an_error_with_did_you_mean(tax):
    p = Profile.from_text("qwerty, dockerization", tax)
    with pytest.raises(ProfileError, match=r'"dockerization" \(did you mean Docker'):
        p.ensure_usable()


def test_a_long_phrase_is_scanned_like_posting_text(tax):
    p = Profile.from_text("I use Python and Docker every day", tax)
    assert ids(p) == {"python", "docker"}


# --- picked ids, merge, files -------------------------------------------------------------------
def test_from_skill_ids(tax):
    p = Profile.from_skill_ids(["python", "postgresql"], tax)
    assert [(s.skill_id, s.how) for s in p.skills][:2] == [("python", "picked"), ("postgresql", "picked")]
    assert "sql" in p.known_ids()
    with pytest.raises(ProfileError, match="unknown skill id 'cobol'"):
        Profile.from_skill_ids(["cobol"], tax)


def test_merge_keeps_both_and_prefers_direct(tax):
    a = Profile.from_text("postgres, qwerty", tax)
    b = Profile.from_text("sql, docker, qwerty", tax)
    m = a.merge(b)
    assert m.known_ids() == {"postgresql", "sql", "databases", "docker"}
    assert m.by_id()["sql"].how == "typed"
    assert [u.input for u in m.unresolved] == ["qwerty"]


def test_merge_keeps_the_years_of_either_side(taxonomy):
    typed = Profile.from_text("Python, SQL 2 years, Docker", taxonomy)
    resume = Profile.from_resume_text(DATED_RESUME, taxonomy=taxonomy, today=TODAY)
    years = {s.skill_id: s.years for s in typed.merge(resume).skills}
    assert years["python"] == 6.8  # typed without years: the résumé's dated roles give them
    assert years["sql"] == 2  # typed with years: the user's own figure stands
    assert years["docker"] == 6.8 and years["kubernetes"] is None
    assert years["databases"] == 2  # implied by typed SQL, which gave years


def test_save_and_load_round_trip(tax, tmp_path):
    p = Profile.from_text("postgres, pytohn, k8s, qwerty", tax)
    path = tmp_path / "me.json"
    save_profile(p, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["unresolved"] == ["qwerty"] and data["did_you_mean"] == {"qwerty": []}
    assert {s["input"] for s in data["skills"]} == {"postgres", "pytohn", "k8s"}
    back = load_profile(path, tax)
    assert back.known_ids() == p.known_ids()
    assert {(s.skill_id, s.how) for s in back.skills} == {(s.skill_id, s.how) for s in p.skills}
    assert [u.input for u in back.unresolved] == ["qwerty"]


def test_load_short_forms_and_renamed_ids(tax, tmp_path):
    short = tmp_path / "short.json"
    short.write_text('{"skills": ["python", "k8s"]}', encoding="utf-8")
    assert load_profile(short, tax).known_ids() == {"python", "kubernetes"}
    txt = tmp_path / "skills.txt"
    txt.write_text("python\nsklearn\n", encoding="utf-8")
    assert load_profile(txt, tax).known_ids() == {"python", "scikit_learn"}
    # An id the taxonomy no longer has is resolved again from what the user typed.
    old = tmp_path / "old.json"
    old.write_text(
        json.dumps(
            {
                "skills": [
                    {"input": "k8s", "skill_id": "k8s_old", "how": "alias"},
                    {"input": "zzz", "skill_id": "gone", "how": "alias"},
                ]
            }
        ),
        encoding="utf-8",
    )
    loaded = load_profile(old, tax)
    assert loaded.known_ids() == {"kubernetes"} and [u.input for u in loaded.unresolved] == ["zzz"]


@pytest.mark.parametrize(
    "content, message",
    [("{not json", "not valid JSON"), ('{"skills": 3}', '"skills" list'), ("[1, 2]", "strings or objects")],
)
def test_bad_profile_files(tax, tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProfileError, match=message):
        load_profile(path, tax)


def test_missing_profile_file_and_unwritable_save(tax, tmp_path):
    with pytest.raises(ProfileError, match="no such profile file"):
        load_profile(tmp_path / "nope.json", tax)
    with pytest.raises(OutputError, match="cannot write"):
        save_profile(Profile.from_text("python", tax), tmp_path / "no" / "such" / "dir.json")


def test_dataclasses_are_the_contract():
    s = ResolvedSkill("k8s", "kubernetes", "Kubernetes", "alias", 1.0, None)
    assert (s.input, s.skill_id, s.skill, s.how, s.confidence, s.via) == (
        "k8s",
        "kubernetes",
        "Kubernetes",
        "alias",
        1.0,
        None,
    )
    assert Unresolved("zzz").suggestions == []


# --- résumés --------------------------------------------------------------------------------------
def test_resume_txt_and_md(tax, tmp_path):
    cv = tmp_path / "cv.md"
    cv.write_text("# Jo\n## Skills\n- Python, PostgreSQL\n- Built Docker images\n", encoding="utf-8")
    p = profile_from_resume(cv, taxonomy=tax)
    assert ids(p, "resume") == {"python", "postgresql", "docker"}
    assert "sql" in ids(p, "implied")
    assert p.source == "resume:cv.md"
    txt = profile_from_resume(b"Experience with Kubernetes and R programming.", "cv.txt", taxonomy=tax)
    assert ids(txt) == {"kubernetes", "r_language"}


def test_resume_pdf_with_text(tax, tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(text_pdf("Skills: Python, Kubernetes and PostgreSQL"))
    assert ids(profile_from_resume(path, taxonomy=tax), "resume") == {"python", "kubernetes", "postgresql"}


def test_resume_docx_paragraphs_and_tables(tax):
    data = docx_bytes("Jo Bloggs", "Skills: Python and PyTorch", table=[["Cloud", "GCP, Docker"]])
    assert ids(profile_from_resume(data, "cv.docx", taxonomy=tax)) == {"python", "pytorch", "gcp", "docker"}


def test_scanned_pdf_has_no_text(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(blank_pdf())
    with pytest.raises(ResumeWithoutTextError, match="no text layer") as err:
        read_resume(path)
    assert "--" not in str(err.value)  # the CLI and the dashboard say how to give skills instead


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("cv.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "not a readable PDF|no text layer"),
        ("cv.pdf", b"hello, I am not a PDF", "not a PDF file"),
        ("cv.docx", b"PK\x03\x04 this is not really a zip", "not a readable .docx"),
        ("cv.docx", b"just text renamed to docx", "not a readable .docx"),
        ("cv.doc", b"\xd0\xcf\x11\xe0 old word", "unsupported résumé type '.doc'"),
        ("cv", b"Python", "unsupported résumé type '\\(no extension\\)'"),
        ("cv.txt", b"   \n  ", "empty"),
        ("cv.txt", b"caf\xe9 latin-1", "not UTF-8"),
    ],
)
def test_bad_resumes_raise_profile_errors(name, data, message):
    with pytest.raises(ProfileError, match=message):
        read_resume(data, name)


# A document saved under another résumé name is named for what it is (qa41, item 1).
@pytest.mark.parametrize(
    "name, data, message",
    [
        ("cv.txt", "docx", "cv.txt: is a Word document (.docx), not text; name it cv.docx, which is read as a résumé"),
        ("cv.md", "docx", "cv.md: is a Word document (.docx), not text; name it cv.docx, which is read as a résumé"),
        ("cv.txt", "pdf", "cv.txt: is a PDF, not text; name it cv.pdf, which is read as a résumé"),
        ("cv.pdf", "docx", "cv.pdf: is a Word document (.docx), not a PDF; name it cv.docx, which is read as a résumé"),
        ("cv.docx", "pdf", "cv.docx: is a PDF, not a Word document; name it cv.pdf, which is read as a résumé"),
        (
            "cv.txt",
            "xlsx",
            "cv.txt: is an Excel workbook (.xlsx), not a résumé; give the résumé as .txt, .md, .pdf or .docx",
        ),
        (
            "cv.txt",
            "odt",
            "cv.txt: is an OpenDocument text (.odt), not text; save it as .docx or PDF and use that file",
        ),
        (
            "cv.txt",
            "ole",
            "cv.txt: is a Word 97-2003 document (.doc) or another old Office file, not text; "
            "save it as .docx or PDF and use that file",
        ),
    ],
)
def test_a_resume_under_another_name_is_named_for_what_it_is(name, data, message, tmp_path):
    import io

    body = {
        "docx": lambda: docx_bytes("Jo Bloggs", "4 years building data pipelines in Python"),
        "pdf": lambda: text_pdf("Skills: Python and SQL"),
        "odt": lambda: _zip([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>")]),
        "ole": lambda: bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16) + bytes.fromhex("3e000300feff0900") + bytes(488),
        "xlsx": lambda: _xlsx(io),
    }[data]()
    with pytest.raises(ProfileError) as err:
        read_resume(body, name)
    assert str(err.value) == message
    path = tmp_path / name  # a path on disk says the same
    path.write_bytes(body)
    with pytest.raises(ProfileError) as err:
        read_resume(path)
    assert str(err.value) == message


def _zip(entries):
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for entry, text in entries:
            z.writestr(entry, text, compress_type=zipfile.ZIP_STORED if entry == "mimetype" else zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _xlsx(io):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Skills", "Python"])
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def test_docx_that_is_a_zip_but_not_word():
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "not a word document")
    with pytest.raises(ProfileError, match="not a readable .docx"):
        read_resume(buf.getvalue(), "cv.docx")


def test_docx_zip_bomb_is_refused():
    import io

    # Highly compressible member: refused on ratio without being unpacked.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"\0" * (5 * 1024 * 1024))
    with pytest.raises(ProfileError, match="zip bomb"):
        read_resume(buf.getvalue(), "cv.docx")


def test_docx_unpacked_size_limit(monkeypatch):
    import io

    import analyzer.io.resumes as profile_mod

    monkeypatch.setattr(profile_mod, "MAX_DOCX_UNCOMPRESSED", 1000)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("word/document.xml", b"x" * 2000)
    with pytest.raises(ProfileError, match="unpacks to more than"):
        read_resume(buf.getvalue(), "cv.docx")


def test_resume_over_10_mb_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as f:
        f.truncate(MAX_RESUME_BYTES + 1)
    with pytest.raises(ProfileError, match="the limit is 10 MB"):
        read_resume(path)
    with pytest.raises(ProfileError, match="the limit is 10 MB"):
        read_resume(b"x" * (MAX_RESUME_BYTES + 1), "cv.txt")
    # just over the limit, the size said must be over it too (it read "10.0 MB; the limit is 10 MB")
    with pytest.raises(ProfileError) as over:
        read_resume(b"x" * 10_500_000, "cv.txt")
    assert str(over.value) == "cv.txt: the résumé is 10,500,000 bytes; the limit is 10 MB (10,485,760 bytes)"


def test_missing_resume_and_folder(tmp_path):
    with pytest.raises(ProfileError, match="no such résumé file"):
        read_resume(tmp_path / "none.pdf")
    with pytest.raises(ProfileError, match="is a folder"):
        read_resume(tmp_path)


def test_resume_counts_skills_named_in_job_titles(tmp_path):
    cv = tmp_path / "cv.txt"
    cv.write_text("Senior Python Developer, Acme (2019-2023)\nBuilt dashboards in Tableau.\n", encoding="utf-8")
    got = {s.skill_id for s in profile_from_resume(cv).skills if s.how != "implied"}
    assert {"python", "tableau"} <= got


# --- years in a résumé ---------------------------------------------------------------------------
RESUME_WITH_YEARS = """Jane Doe - Data Scientist
Skills: Python (5 years), SQL, scikit-learn, Docker (2 yrs)
Languages: R (3 years); 4+ years of Spark
Data Scientist, Acme: churn models with Python and AWS, 3 years of experience
5 years of experience with TensorFlow and Keras
"""


def test_resume_years_read_as_in_a_typed_list(taxonomy):
    p = Profile.from_resume_text(RESUME_WITH_YEARS, taxonomy=taxonomy)
    years = {s.skill_id: s.years for s in p.skills if s.how == "resume"}
    assert years["python"] == 5 and years["docker"] == 2 and years["r_language"] == 3
    assert years["apache_spark"] == 4
    assert years["sql"] is None and years["scikit_learn"] is None
    assert years["aws"] is None  # "3 years of experience" names no skill of its own
    assert years["tensorflow"] is None and years["keras"] is None  # years shared by two skills: whose?
    # implied skills inherit them, as from a typed list
    assert {s.skill_id: s.years for s in p.skills if s.via == "docker"}.get("containerization") == 2


# "N years <doing> X": the years go to what the doing names, up to its first preposition or
# clause end; the tools after "in"/"with" are not given them (qa41, item 2). Written for the test.
GERUND_YEARS_RESUME = """Maria Lopez
Data engineer. 4 years building data pipelines in Python and SQL.
Analytics lead with 3 years developing ML models and dashboards in Tableau
6 years of experience designing A/B tests and forecasting demand for retail
2 years' experience working with Docker and Kubernetes, 7 years teaching statistics
Hobbies: 10 years playing chess; Spark user for 2 years during a 5 years stay at Acme
"""


def test_resume_years_of_a_gerund_phrase_go_to_what_it_names(taxonomy):
    p = Profile.from_resume_text(GERUND_YEARS_RESUME, taxonomy=taxonomy)
    years = {s.skill_id: s.years for s in p.skills if s.how == "resume"}
    assert years["data_pipelines"] == 4
    assert years["machine_learning"] == 3 and years["dashboards"] == 3
    assert years["a_b_testing"] == 6 and years["forecasting"] == 6
    assert years["docker"] == 2 and years["kubernetes"] == 2  # the one preposition the verb takes
    assert years["statistics"] == 7
    # what follows the doing's object is not given its years, nor is anything outside the shape
    assert years["python"] is None and years["sql"] is None and years["tableau"] is None
    assert years["apache_spark"] is None


def test_resume_gerund_years_stay_with_their_own_phrase(taxonomy):
    text = "3 years building dashboards, 5 years managing budgets with Excel and Python"
    years = {s.skill_id: s.years for s in Profile.from_resume_text(text, taxonomy=taxonomy).skills}
    assert years["dashboards"] == 3 and years["excel"] is None and years["python"] is None


# A résumé in the usual shape: roles with dates, then education and a skills list (written for the test).
DATED_RESUME = """Jane Doe — Data Scientist

Summary
Data scientist with a background in statistics.

Professional Experience
Senior Data Scientist
Acme Analytics | Mar 2020 – Present
• Built churn and demand models in Python (pandas) served with Docker
• Wrote SQL pipelines in Airflow

Data Analyst, Beta Retail                      06/2017 - 02/2020
- Dashboards in Tableau and SQL, 4 years of Excel

Education
MSc Statistics, University of Somewhere        2015 - 2017

Skills
Python, R, SQL, Tableau, Docker, Kubernetes
"""
TODAY = date(2026, 12, 5)


def test_resume_years_from_dated_roles(taxonomy):
    p = Profile.from_resume_text(DATED_RESUME, taxonomy=taxonomy, today=TODAY)
    years = {s.skill_id: s.years for s in p.skills if s.how == "resume"}
    # Mar 2020 to Dec 2026 is 82 months; Jun 2017 to Feb 2020 is 33
    assert years["python"] == years["docker"] == years["airflow"] == 6.8
    assert years["tableau"] == 2.8
    assert years["sql"] == 9.6  # named in both roles: their periods add up
    assert years["excel"] == 4  # stated years beat a shorter role
    # a degree's dates and a bare skills list give no years
    assert years["statistics"] is None and years["kubernetes"] is None and years["r_language"] is None
    # an implied skill takes the most years of the skills that imply it (SQL's, not Tableau's)
    assert {s.skill_id: s.years for s in p.skills if s.how == "implied"}["databases"] == 9.6


# A résumé that states years for some skills and dates the roles that name others (written for the test).
STATED_AND_DATED_RESUME = """Sam Roe

Summary
Analytics engineer; 3 years of Python, most of it in notebooks.

Experience
Analytics Engineer, Northwind Foods                 Jan 2016 - Dec 2023
- Rebuilt the reporting warehouse in SQL and Python
- Containerised the jobs; 2 years of Docker
Tools: Airflow, Looker

Skills
Kubernetes (4 years), Spark
"""


def test_a_stated_figure_wins_for_its_skill_and_role_dates_give_the_rest(taxonomy):
    # The job seeker's reading: what the résumé states about a skill is their claim, more or less than
    # the role's eight years; the role's dates count for every other skill named inside it, none outside.
    p = Profile.from_resume_text(STATED_AND_DATED_RESUME, taxonomy=taxonomy, today=TODAY)
    got = {s.skill_id: (s.years, s.years_from) for s in p.skills if s.how == "resume"}
    assert got["python"] == (3, "resume")  # stated in the summary: fewer than the role that names it
    assert got["docker"] == (2, "resume")  # stated inside the role
    assert got["kubernetes"] == (4, "resume")  # stated in the skills list, in no role
    assert got["sql"] == got["airflow"] == got["looker"] == (8, "resume_roles")  # named in the role
    assert got["apache_spark"] == (None, None)  # a bare skills list names no role


def test_a_stated_figure_makes_the_experience_gap_a_job_seeker_expects(taxonomy):
    from analyzer.gap.experience import experience_gaps
    from analyzer.records import GapItem, MatchedSkill, PostingGap

    p = Profile.from_resume_text(STATED_AND_DATED_RESUME, taxonomy=taxonomy, today=TODAY)
    asked = [GapItem(n, sid, "x", "required", 5.0, []) for n, sid in (("Python", "python"), ("SQL", "sql"))]
    posting = PostingGap(
        "1", 1.0, [MatchedSkill(a.skill, a.skill_id, "resume") for a in asked], [], matched_details=asked
    )
    assert [g.describe() for g in experience_gaps(posting, p)] == ["asks 5+ years of Python; you have 3"]


def test_a_title_line_above_the_dates_belongs_to_that_role(taxonomy):
    text = (
        "Experience\nJava Developer\nBeta Corp, 2010 - 2012\n- billing services\nPython Engineer\nAcme, 2012 - 2018\n"
    )
    years = {s.skill_id: s.years for s in Profile.from_resume_text(text, taxonomy=taxonomy, today=TODAY).skills}
    assert years["java"] == 2 and years["python"] == 6


def test_the_last_line_of_a_role_is_no_title_of_the_next(taxonomy):
    text = (
        "Experience\nData Scientist, Acme   Jan 2019 - Dec 2023\nBuilt churn models in Python.\n"
        "Analyst, Beta   Jan 2016 - Dec 2018\nReporting in SQL and\nforecasting in R\n"
        "Engineer\nGamma Holdings Ltd.\nJan 2014 - Dec 2015\n- Java\n"
    )
    years = {s.skill_id: s.years for s in Profile.from_resume_text(text, taxonomy=taxonomy, today=TODAY).skills}
    # a sentence's stop, or a line in lower case, ends the role above; "Ltd." is a name's
    assert years["python"] == 5 and years["r_language"] == 3
    assert dated_years(text, [(text.index("Gamma"), "gamma")], today=TODAY) == {"gamma": 2}


def test_a_line_of_prose_above_the_dates_is_no_title():
    # a Word table's rows: "Built models in Python" has words in lower case, so it ends Acme's role
    text = "EXPERIENCE\nAcme | Data Scientist | Jan 2019 – Dec 2023\nBuilt models in Python\nBeta | Analyst | 2016 – 2019\n"
    assert dated_years(text, [(text.index("Python"), "python")], today=TODAY) == {"python": 5}


def test_headings_with_marks_end_the_work_history():
    text = "## Experience\nAcme, 2020 - 2024\n- Python\n**Skills & Tools:**\nSQL\n## Education\nMSc 2016 - 2018: SQL\n"
    mentions = [(text.index("Python"), "python"), (text.index("SQL"), "sql"), (text.rindex("SQL"), "sql")]
    assert dated_years(text, mentions, today=TODAY) == {"python": 4}


def test_roles_in_lines_run_together():
    # a PDF's text with no line breaks: each range starts a role, a heading inside the line its section
    text = (
        "WORK EXPERIENCE Data Scientist, Acme Jan 2019 – Dec 2023 Built churn models in Python. Analyst, "
        "Beta Corp 2016 - 2018 Reporting in SQL and Excel. EDUCATION BSc Statistics, Uni 2012 - 2016 Skills: Python"
    )
    mentions = [(text.index(w), w.lower()) for w in ("Python", "SQL", "Statistics")]
    assert dated_years(text, mentions, today=TODAY) == {"python": 5, "sql": 2}
    # "Experience with …" in a role's prose is no heading
    text = "WORK EXPERIENCE Acme Jan 2019 – Dec 2023 Experience with Spark. " + "Led a team. " * 9 + "Beta 2016 - 2018"
    assert dated_years(text, [(text.index("Spark"), "spark")], today=TODAY) == {"spark": 5}


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ("Jan 2019 – Mar 2023", 4.2),
        ("Sept. 2018 to Dec 2019", 1.3),
        ("01/2020-06/2021", 1.5),
        ("2016 - 2019", 3),
        ("2019 – 2019", 1),
        ("2024 - present", 3),
        ("March 2026 – Current", 0.8),
        ("2019-01 – 2021-06", 2.5),  # ISO year-month
        ("Jan '19 – Mar '21", 2.2),
        ("Sep 2019 - 2020-02", 0.5),
        ("Marketing 2016 - 2019", 3),  # a word that starts like a month names none
        ("Junior, Sep2019 - Jun 2020", 0.8),
    ],
)
def test_date_range_shapes(dates, expected):
    text = f"Work Experience\nAnalyst, Acme, {dates}\n- Python\n"
    assert dated_years(text, [(text.index("Python"), "python")], today=TODAY) == {"python": expected}


@pytest.mark.parametrize(
    "dates",
    [
        "2023 - 2019",  # ends before it starts
        "2025 - 2029",  # ends in the future
        "1950 - 2020",  # a career, not a role
        "13/2019 - 02/2020",  # no 13th month
        "ISO 9001-2015",  # a standard's year
    ],
)
def test_implausible_ranges_give_no_years(dates):
    text = f"Analyst, Acme, {dates}\n- Python\n"
    assert dated_years(text, [(text.index("Python"), "python")], today=TODAY) == {}


def test_overlapping_roles_are_not_counted_twice():
    text = "Consultant, A, 2018 - 2022\n- Python\nLecturer, B, 2020 - 2024\n- Python\n"
    starts = [i for i in range(len(text)) if text.startswith("Python", i)]
    assert dated_years(text, [(i, "python") for i in starts], today=TODAY) == {"python": 6}


def test_resume_years_reach_the_verdicts(taxonomy):
    from analyzer import analyze_postings

    p = profile_from_resume(text_pdf("Skills: Python 2 years, SQL"), "cv.pdf", taxonomy=taxonomy)
    gap = analyze_postings([("p", "Requirements: 5+ years of Python and SQL.")], p).postings[0]
    assert gap.reasons["python"] == "your résumé names Python; this posting asks 5+ years, you have 2"
    assert gap.reasons["sql"] == "your résumé names SQL"


def test_dated_roles_reach_the_verdicts(taxonomy):
    from analyzer import analyze_postings

    p = Profile.from_resume_text(DATED_RESUME, taxonomy=taxonomy, today=TODAY)
    gap = analyze_postings([("p", "Requirements: 8+ years of Python. 2+ years of Tableau.")], p).postings[0]
    assert gap.reasons["python"] == (
        "your résumé names Python; this posting asks 8+ years, you have 6.8 from your résumé's dated roles"
    )
    assert gap.reasons["tableau"] == "your résumé names Tableau"  # 2.8 years meet 2+


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ("01/19 – 03/21", 2.2),  # mm/yy at both ends: Jan 2019 to Mar 2021
        ("11/98 - 06/02", 3.7),  # a two-digit year past this year's is last century's
        ("09/22 - present", 4.3),
        ("06/21-12/22", 1.6),
    ],
)
def test_month_and_two_digit_year_ranges(dates, expected):
    text = f"Work Experience\nAnalyst, Acme   {dates}\n- Python\n"
    assert dated_years(text, [(text.index("Python"), "python")], today=TODAY) == {"python": expected}


@pytest.mark.parametrize(
    "line",
    [
        "Analyst, Acme - raised the hit rate from 1/10 - 3/10",  # ratios: one-digit months, no padding
        "Analyst, Acme - peer review 10/10 - 2 years running",  # a score, then no second date
        "Analyst, Acme - GPA 3.8/4.0 - Dean's list",
        "Analyst, Acme - an F1 of 0.91 (09/10 to date)",  # "to date" ends a score's range, not a role's
        "Analyst, Acme - rated 4/5 - 5/5",
        "Analyst, Acme - Python 3.10 - 3.12",  # versions
        "Analyst, Acme - 01/19 - 2021",  # one end mm/yy, the other not: no range of one kind
        "Analyst, Acme - 13/19 - 03/21",  # no 13th month
        "Analyst, Acme - 12/03/2019 - 01/05/2020",  # full dates are not mm/yy
    ],
)
def test_other_numbers_are_no_month_year_ranges(line):
    text = f"Work Experience\n{line}\n- Python\n"
    assert dated_years(text, [(text.index("Python"), "python")], today=TODAY) == {}


def test_a_range_in_a_bullets_prose_starts_no_role():
    text = (
        "Experience\nData Scientist, Acme   Jan 2018 – Dec 2023\n"
        "• Led a warehouse migration (2019–2020) to Spark\n- Churn models in Python\n"
        "Analyst, Beta   2014 - 2017\n- Reporting in SQL\n"
    )
    mentions = [(text.index(w), w.lower()) for w in ("Spark", "Python", "SQL")]
    # Spark and Python belong to Acme's six years; the migration's dates are a detail of that role
    assert dated_years(text, mentions, today=TODAY) == {"spark": 6, "python": 6, "sql": 3}


def test_a_bullet_that_is_a_role_still_starts_one():
    # a résumé that lists each role as a bullet: no prose before the dates, or a period of its own
    text = (
        "Experience\n• Data Scientist, Acme — Mar 2021 – Dec 2023\n  ◦ Python\n"
        "• Analyst, Beta — Jan 2019 – Mar 2021\n  ◦ SQL\n"
        "• Worked as a research assistant at Gamma, 2015 - 2018\n  ◦ Excel\n"
    )
    mentions = [(text.index(w), w.lower()) for w in ("Python", "SQL", "Excel")]
    assert dated_years(text, mentions, today=TODAY) == {"python": 2.8, "sql": 2.2, "excel": 3}


def test_a_range_in_prose_within_run_together_lines_starts_no_role():
    text = (
        "WORK EXPERIENCE Data Scientist, Acme Jan 2018 – Dec 2023 • Led a warehouse migration (2019–2020) "
        "to Spark • Churn models in Python • Mentored two analysts. Analyst, Beta 2014 - 2017 • Reporting in SQL"
    )
    mentions = [(text.index(w), w.lower()) for w in ("Spark", "Python", "SQL")]
    assert dated_years(text, mentions, today=TODAY) == {"spark": 6, "python": 6, "sql": 3}


def test_years_say_where_they_came_from(taxonomy):
    """A skill typed without years takes the résumé's dated roles' years, and says so wherever shown."""
    import dashboard  # no script context: its helpers, no drawing
    from analyzer import analyze_postings

    typed = Profile.from_text("Python, Docker 2 years, SQL", taxonomy)
    resume = Profile.from_resume_text(DATED_RESUME + "\nExcel (4 years)\n", taxonomy=taxonomy, today=TODAY)
    p = typed.merge(resume)
    have = p.by_id()
    assert (have["python"].how, have["python"].years, have["python"].years_from) == ("typed", 6.8, "resume_roles")
    assert (have["docker"].years, have["docker"].years_from) == (2, "typed")  # typed years are kept
    assert have["excel"].years_from == "resume"  # the résumé states them
    assert have["databases"].years_from == "resume_roles"  # an implied skill's years come with their source
    words = dashboard.describe_resolution(have["python"])
    assert "as typed" not in words and "years from your résumé's dated roles" in words
    assert "years" not in dashboard.describe_resolution(have["docker"])  # typed with the skill: nothing to add
    gap = analyze_postings([("p", "Requirements: 8+ years of Python.")], p).postings[0]
    assert gap.reasons["python"] == (
        "you listed Python; this posting asks 8+ years, you have 6.8 from your résumé's dated roles"
    )
    # kept in a saved profile
    again = Profile.from_dict(json.loads(json.dumps(p.to_dict())), taxonomy)
    assert again.by_id()["python"].years_from == "resume_roles"


def test_experience_gaps_across_postings_say_where_the_years_came_from(taxonomy):
    from analyzer import analyze_postings
    from analyzer.gap.experience import experience_summary

    p = Profile.from_text("Python, Docker 2 years", taxonomy).merge(
        Profile.from_resume_text(DATED_RESUME, taxonomy=taxonomy, today=TODAY)
    )
    analysis = analyze_postings([("p", "Requirements: 8+ years of Python, 3+ years of Docker.")], p)
    assert [d.describe() for d in experience_summary(analysis.postings, p)] == [
        "1 posting asks more years of Python than your 6.8 (up to 8+; yours from your résumé's dated roles)",
        "1 posting asks more years of Docker than your 2 (up to 3+)",  # typed years: nothing to add
    ]


def test_run_together_text_before_the_work_history_belongs_to_no_role():
    # a PDF's text in one line: the summary above EXPERIENCE is not part of the first role
    text = (
        "Dana Whitfield SUMMARY Analyst with a background in statistics and Excel. EXPERIENCE "
        "Data Scientist, Acme Jan 2019 – Dec 2023 * Churn models in Python * Led a migration of reports "
        "2020 - 2021 to Spark * Mentored two analysts. Analyst, Beta 2014 - 2017 * Reporting in SQL"
    )
    mentions = [(text.index(w), w.lower()) for w in ("statistics", "Excel", "Python", "Spark", "SQL")]
    assert dated_years(text, mentions, today=TODAY) == {"python": 5, "spark": 5, "sql": 3}


def test_a_skill_credited_through_a_resumes_skill_says_the_resume_named_it(taxonomy):
    # "you listed SQL, which covers databases" was wrong: nobody listed SQL, the résumé named it
    from analyzer import analyze_postings

    p = Profile.from_resume_text(DATED_RESUME, taxonomy=taxonomy, today=TODAY).merge(
        Profile.from_text("postgres", taxonomy)
    )
    gap = analyze_postings([("p", "Requirements: experience with databases and relational databases.")], p)
    reasons = gap.postings[0].reasons
    assert reasons["databases"] == "your résumé names SQL, which covers databases"
    assert reasons["relational_databases"] == "you listed PostgreSQL, which covers relational databases"


def test_a_resume_roles_profession_names_its_discipline(taxonomy):
    # Four years as a "Data Scientist" and the report's first gap was "data science"
    from analyzer import analyze_postings

    text = (
        "Experience\nSenior Data Scientist, Acme   01/19 – 12/22\n- Churn models in Python; partnered with "
        "software engineers and data analysts\nData Analyst, Beta   2015 - 2018\n- Weekly reports\n"
        "Statistician, Gamma   2012 - 2015\n- Surveys\n"
    )
    p = Profile.from_resume_text(text, taxonomy=taxonomy, today=TODAY)
    have = p.by_id()
    assert (have["data_science"].input, have["data_science"].years) == ("Data Scientist", 4)
    assert have["data_analysis"].years == 3 and have["statistics"].years == 3
    assert "software_engineering" not in have  # a colleague's title in prose, in lower case, is not yours
    gap = analyze_postings([("p", "Requirements: data science and data analysis.")], p).postings[0]
    assert gap.reasons["data_science"] == "your résumé names data science as “Data Scientist”"
    assert [g.skill_id for g in gap.missing] == []


def test_degrees_in_run_together_pdf_text():
    from analyzer.gap.profile import resume_degrees

    # a PDF whose lines came out as one: the education section is found inside the line
    text = (
        "Dana Whitfield SUMMARY Analyst with an MSc mindset. EXPERIENCE Data Scientist, Acme 01/17 - 02/21 * Churn "
        "models in Python EDUCATION MSc Statistics, University of Washington 2014 - 2016 BSc Mathematics, "
        "Oregon State University 2010 - 2014 SKILLS Python, R, SQL"
    )
    assert [(d.level, d.field) for d in resume_degrees(text)] == [("master", "Statistics"), ("bachelor", "Mathematics")]
    # a short line with no education heading still gives none
    assert resume_degrees("Took an MSc Statistics course online") == []


def test_a_profession_named_as_a_wish_is_not_a_job_held(taxonomy):
    # "Aspiring Data Scientist" in an objective credited data science, as a job held would
    text = (
        "Aspiring Data Scientist\n"
        "Summary\nSelf-taught; looking for a first Data Analyst position.\n"
        "Experience\nStatistician, Gamma   2012 - 2015\n- Surveys in R\n"
    )
    have = Profile.from_resume_text(text, taxonomy=taxonomy, today=TODAY).by_id()
    assert have["statistics"].years == 3  # a title in a dated role still counts
    for sid in ("data_science", "data_analysis"):
        assert sid not in have, sid


def test_a_title_two_lines_above_its_dates_belongs_to_that_role(taxonomy):
    # Title / employer / dates on three lines: only the employer line was read as the role's, so the
    # first title stood outside every role (no data science) and the second one inside the role above
    # (data analysis for 2019–present, 8 years, not 2.6)
    text = (
        "Experience\nSenior Data Scientist\nAcme Corp\nJan 2019 – Present\n- Churn models in Python\n\n"
        "Data Analyst\nBeta Inc\nJun 2016 – Dec 2018\n- Weekly SQL reports\n"
    )
    have = Profile.from_resume_text(text, taxonomy=taxonomy, today=TODAY).by_id()
    assert have["data_science"].years == 8
    assert have["data_analysis"].years == 2.6
    assert dated_years(text, [(text.index("Beta"), "x")], today=TODAY) == {"x": 2.6}


@pytest.mark.parametrize("years_from", [["typed"], {"a": 1}, 3, "guessed", None])
def test_a_saved_profiles_odd_years_from_is_dropped_not_an_error(taxonomy, years_from):
    # Profile.from_dict ignores what it cannot read; a list here raised TypeError (unhashable) instead
    data = {"skills": [{"skill_id": "python", "how": "typed", "years": 3, "years_from": years_from}]}
    python = Profile.from_dict(data, taxonomy).by_id()["python"]
    assert (python.years, python.years_from) == (3, None)


def test_a_role_title_in_upper_case_names_its_discipline(taxonomy):
    # "SENIOR DATA SCIENTIST" over a dated role credited nothing: only "Scientist" was read as a role noun
    text = (
        "EXPERIENCE\nSENIOR DATA SCIENTIST, ACME   Jan 2019 – Dec 2022\n- Churn models in Python\n"
        "STATISTICIAN, GAMMA   2012 - 2015\n- Surveys\n"
    )
    have = Profile.from_resume_text(text, taxonomy=taxonomy, today=TODAY).by_id()
    assert have["data_science"].years == 4 and have["statistics"].years == 3


# A hand-edited saved profile: years as words, below zero, absurdly large, NaN (Python's json.dumps
# writes it) or in YAML. The skill is kept; its years are ignored and the user is told which and why.
HAND_EDITED = """{"skills": [
  {"input": "python", "skill_id": "python", "how": "alias", "years": "five"},
  {"input": "sql", "skill_id": "sql", "how": "alias", "years": -2},
  {"input": "docker", "skill_id": "docker", "how": "alias", "years": 1e300},
  {"input": "pandas", "skill_id": "pandas", "how": "alias", "years": NaN},
  {"input": "tableau", "skill_id": "tableau", "how": "alias", "years": 4},
  {"input": "spark", "skill_id": "apache_spark", "how": "alias", "years": "3"}
]}"""


def test_invalid_years_in_a_saved_profile_are_named(taxonomy, tmp_path):
    path = tmp_path / "me.json"
    path.write_text(HAND_EDITED, encoding="utf-8")
    profile = load_profile(path, taxonomy)
    years = {s.skill_id: s.years for s in profile.skills if s.how != "implied"}
    assert years == {"python": None, "sql": None, "docker": None, "pandas": None, "tableau": 4.0, "apache_spark": 3.0}
    assert len(profile.warnings) == 1
    warning = profile.warnings[0]
    assert warning.startswith(f"{path}: years ignored for 4 skills (kept without years): ")
    assert "python ('five' is not a number)" in warning and "sql (-2 is not above 0)" in warning
    assert "docker (1e+300 is more than 60)" in warning and "pandas (NaN is not a number)" in warning
    assert "tableau" not in warning and "spark" not in warning
    # the warnings survive a merge with typed skills, and are not saved with the profile
    merged = Profile.from_text("git", taxonomy).merge(profile)
    assert merged.warnings == profile.warnings and "warnings" not in merged.to_dict()


def test_a_profile_with_valid_years_has_no_warning(tax, tmp_path):
    path = tmp_path / "ok.json"
    save_profile(Profile.from_text("python 5y, sql", tax), path)
    assert load_profile(path, tax).warnings == []


# --- speed of the fuzzy passes (QA ux29) ---------------------------------------------------------
# A pasted skill list as people write them: known names, aliases, typos, years, and many entries no
# taxonomy knows (project names, in-house tools, soft phrases, made-up words).
MIXED_SKILLS = """Python (5 years), pytohn, Py Torch, tensorflwo, kuberntes, postgress, sqll, jvaa, dokcer
scikit_learn, machine learnng, deep lerning, computer vison, data visualisation, 3 years of SQL
Quarkbridge, Helioscope internal tooling, Fernwick pipeline, Zorblax, mentoring interns, coffee
stakeholder wrangling, Brindlemark dashboards, Ostrava ETL jobs, Kelvintrack, pallet logistics
spreadsheeting, Trellisgate, slq, nlpp, etll, kera, asdf, qwerty, test, pipe, rusty, seam, dockerization
Snowflak, mongdb, elasticsearh, terrafrom, airflwo, kafak, statistcs, regresion, tablaeu, matplotlb
Vantorix modelling suite, Glimmerdb, Parrowind, ML, NLP, GCP, k8s, postgres, A/B tests, CI/CD
weekly reporting to the board, quarterly forecasting in Lumenbook, Hexapod control loops, Yarrowfield"""


def _full_scan(resolver, compact, scorer, cutoff, distance=False):
    from rapidfuzz import process

    return [
        tuple(r) for r in process.extract(compact, resolver.choices, scorer=scorer, score_cutoff=cutoff, limit=None)
    ]


def test_the_fuzzy_passes_give_what_scoring_every_form_gives(taxonomy):
    """The length prefilter is exact: each pass returns the full scan's list, in its order."""
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import OSA

    from analyzer.gap.profile import _compact, _resolver, split_years
    from analyzer.nlp.matching import fold_text
    from analyzer.taxonomy import normalize_form

    resolver = _resolver(taxonomy)
    entries = split_entries(MIXED_SKILLS)
    words = [w for e in entries for w in e.split()]  # single words too: short and long lengths
    hits = 0
    for entry in entries + words:
        compact = _compact(normalize_form(fold_text(split_years(entry)[0], lower=True)))
        if not compact:
            continue
        for scorer, cutoff, distance in (
            (OSA.distance, 1, True),
            (OSA.distance, 2, True),
            (fuzz.ratio, 85, False),
            (fuzz.ratio, 70, False),
        ):
            got = [tuple(r) for r in resolver._extract(compact, scorer, cutoff, distance=distance)]
            assert got == _full_scan(resolver, compact, scorer, cutoff), (entry, cutoff)
            hits += bool(got)
        # One ratio pass serves the typo match (85 and up) and "did you mean" (its first 12).
        accepted = [tuple(r) for r in resolver._ratios(compact) if r[1] >= 85]
        assert accepted == _full_scan(resolver, compact, fuzz.ratio, 85)
        suggested = process.extract(compact, resolver.choices, scorer=fuzz.ratio, score_cutoff=70, limit=12)
        assert [tuple(r) for r in resolver._ratios(compact)[:12]] == [tuple(r) for r in suggested]
        assert [tuple(r) for r in resolver._extract(compact, fuzz.ratio, 70)[:12]] == [tuple(r) for r in suggested]
    assert hits > 50


def test_a_mixed_skill_list_resolves_as_with_a_full_scan(taxonomy, monkeypatch):
    from analyzer.gap.profile import _resolver

    fast = Profile.from_text(MIXED_SKILLS, taxonomy)
    resolver = _resolver(taxonomy)
    monkeypatch.setattr(type(resolver), "_extract", _full_scan)
    monkeypatch.setattr(resolver, "_last_ratios", None)
    slow = Profile.from_text(MIXED_SKILLS, taxonomy)
    assert fast == slow
    assert len([s for s in fast.skills if s.how == "fuzzy"]) > 20 and len(fast.unresolved) > 20


def test_an_unknown_entry_is_not_scored_against_every_surface_form(taxonomy, monkeypatch):
    """A 40,000-character pasted list took ~7 s: every unknown entry was scored against all ~33,000
    surface forms three times (two typo passes and "did you mean"), ~10 ms an entry. A form whose
    length alone puts it beyond the cutoff is no longer scored."""
    import rapidfuzz.process

    from analyzer.gap.profile import _resolver

    resolver = _resolver(taxonomy)
    scored = []
    extract = rapidfuzz.process.extract

    def counting(query, choices, **kwargs):
        scored.append(len(choices))
        return extract(query, choices, **kwargs)

    monkeypatch.setattr(rapidfuzz.process, "extract", counting)
    unknown = "Quarkbridge, Helioscope internal, Fernwick pipeline, Zorblax, Brindlemark boards, Kelvintrack"
    profile = Profile.from_text(unknown, taxonomy)
    assert len(profile.unresolved) == 6 and scored
    assert sum(scored) < 0.6 * 3 * 6 * len(resolver.choices)  # was every form, three times an entry


def test_a_saved_skill_whose_id_left_the_taxonomy_keeps_its_years_or_is_named(tax, tmp_path):
    # A profile saved before a taxonomy change: "kube_old" was Kubernetes' id, "oldtool" is gone for good.
    old = tmp_path / "me.json"
    old.write_text(
        json.dumps(
            {
                "skills": [
                    {"input": "Kubernetes", "skill_id": "kube_old", "how": "typed", "years": 4, "years_from": "typed"},
                    {"input": "PostgreSQL", "skill_id": "postgresql", "how": "typed", "years": 6},
                    {"input": "Quuxlang tooling", "skill_id": "quuxlang", "how": "typed", "years": 3},
                ]
            }
        ),
        encoding="utf-8",
    )
    loaded = load_profile(old, tax)
    years = {s.skill_id: s.years for s in loaded.skills if s.how != "implied"}
    assert years == {"kubernetes": 4.0, "postgresql": 6.0}
    assert [u.input for u in loaded.unresolved] == ["Quuxlang tooling"]
    [warning] = loaded.warnings
    assert "me.json" in warning and "'Quuxlang tooling' (skill id 'quuxlang', 3 years)" in warning
    assert "no longer in the taxonomy" in warning
    # An entry that resolves again loses nothing, so it is not warned about.
    assert "Kubernetes" not in warning


@pytest.mark.parametrize(
    "dates",
    ["Sep 2019 – Present", "Sep 2019 - Present", "03/2021 to Present", "2019 – Current"],
)
def test_the_words_of_a_date_range_are_no_skill(taxonomy, dates):
    # "Sep 2019 – Present" on a role line credited presentation, with the role's seven years
    text = f"Experience\nNLP Engineer, Lexicon — {dates}\nBuilt data pipelines in Spark.\n"
    have = Profile.from_resume_text(text, taxonomy=taxonomy, today=TODAY).by_id()
    assert "presentation" not in have
    assert {"natural_language_processing", "apache_spark", "data_pipelines"} <= set(have)
    assert have["apache_spark"].years is not None  # the range still dates the role


def test_presenting_is_still_read_outside_a_date_range(taxonomy):
    text = "Experience\nAnalyst, Acme — Sep 2019 – Present\n- Present findings to leadership every month\n"
    have = Profile.from_resume_text(text, taxonomy=taxonomy, today=TODAY).by_id()
    assert "presentation" in have


# --- what a résumé's layout says: employers' names and section labels are no skills ---------------
RESUME_NAMES_AND_LABELS = """Priya Raman

EXPERIENCE
Senior Python Developer, Lexicon AI — Berlin        Mar 2021 – Present
- Built churn models with scikit-learn and served them with FastAPI.
Data Analyst | Spark Labs | Munich                   2018 – 2021
- Weekly SQL reports for the sales team.
Tableau Consultant
Snowflake Ventures
Jan 2016 – Dec 2017
- Dashboards for the board.
Summer intern at Quantum AI Partners, 2015; before that a volunteer at Databricks.

SKILLS
Cloud: AWS, GCP
Visualization: Looker
Machine Learning: XGBoost, PyTorch
NLP: spaCy, Hugging Face
Databases: PostgreSQL
"""


def test_an_employers_name_credits_no_skill(taxonomy):
    # "Lexicon AI" credited artificial intelligence with the role's years, "Spark Labs" Apache Spark
    have = Profile.from_resume_text(RESUME_NAMES_AND_LABELS, taxonomy=taxonomy, today=TODAY).by_id()
    for sid in ("artificial_intelligence", "apache_spark", "snowflake"):  # (AI is implied by churn models)
        assert sid not in have or have[sid].how == "implied", (sid, have.get(sid))
    # the job titles still name what the person did, with the role's years
    assert have["python"].years == 5.8 and have["tableau"].years == 2
    assert have["data_analysis"].input == "Data Analyst"
    # a name that is a skill's whole name stays: it cannot be told from the tool
    assert "databricks" in have
    for sid in ("sql", "scikit_learn", "fastapi", "aws", "gcp", "looker", "xgboost", "pytorch", "spacy"):
        assert sid in have, sid


def test_a_section_label_credits_its_skill_only_when_it_names_one(taxonomy):
    # "Cloud: AWS, GCP" credited cloud computing from the label "Cloud"; AWS covers it anyway,
    # and the reason now says so. A label that is a skill's name or a name-like form still counts.
    have = Profile.from_resume_text(RESUME_NAMES_AND_LABELS, taxonomy=taxonomy, today=TODAY).by_id()
    assert (have["cloud_computing"].how, have["cloud_computing"].via) == ("implied", "aws")
    assert have.get("data_visualization") is None or have["data_visualization"].how == "implied"
    assert have["machine_learning"].how == "resume"  # "Machine Learning:" is the skill's name
    assert have["natural_language_processing"].input == "NLP"
    assert have["databases"].how == "resume"
    typed = Profile.from_text("Cloud: AWS, GCP; Visualization: Looker; ML: PyTorch; Python: 5 years", taxonomy)
    direct = {s.skill_id: s for s in typed.skills if s.how != "implied"}
    assert "cloud_computing" not in direct and "data_visualization" not in direct
    assert {"aws", "gcp", "looker", "pytorch", "machine_learning", "python"} <= set(direct)
    assert direct["python"].years == 5 and typed.unresolved == []
    assert Profile.from_text("cloud", taxonomy).by_id()["cloud_computing"].how == "alias"  # typed alone: a skill


def test_labels_in_run_together_pdf_text(taxonomy):
    text = "SKILLS Cloud: AWS, GCP Visualization: Looker Statistics: regression, A/B testing"
    have = Profile.from_resume_text(text, taxonomy=taxonomy, today=TODAY).by_id()
    assert have["cloud_computing"].how == "implied" and have["statistics"].how == "resume"
    assert have.get("data_visualization") is None or have["data_visualization"].how == "implied"


@pytest.mark.parametrize(
    "heading, kept, dropped",
    [
        ("NLP Engineer – Computer Vision & Speech, Acme Robotics   Jan 2020 – Present", "computer_vision", "robotics"),
        ("Software Engineer II, Deep Learning Platform Team, Nvidia  2020 – 2023", "deep_learning", None),
        ("Senior Data Engineer (Spark, Kafka), Northwind Inc  2018 – 2022", "kafka", None),
        ("BI Developer, Tableau Software, 2017 - 2019", "business_intelligence", "tableau"),
    ],
)
def test_a_role_headings_title_and_lists_stay_its_employer_goes(taxonomy, heading, kept, dropped):
    have = Profile.from_resume_text(f"EXPERIENCE\n{heading}\n- Shipped models.\n", taxonomy=taxonomy, today=TODAY)
    direct = {s.skill_id for s in have.skills if s.how != "implied"}
    assert kept in direct and dropped not in direct, direct


def test_an_employers_name_in_run_together_pdf_text(taxonomy):
    # a PDF's lines came out as one: the second role's title and employer stand before its range
    text = (
        "EXPERIENCE Vision Engineer, Railsight AI - Gdansk Feb 2022 - Present - Trained detectors in PyTorch; "
        "deployed them with TensorRT. - Wrote the inference service in C++ and the training pipelines in Python. "
        "Junior Data Scientist | Spark Labs | Warsaw 2020 - 2022 - Churn models with XGBoost; SQL reports. "
        "SKILLS Cloud: AWS, GCP"
    )
    have = Profile.from_resume_text(text, taxonomy=taxonomy, today=TODAY).by_id()
    for sid in ("artificial_intelligence", "apache_spark"):
        assert sid not in have or have[sid].how == "implied", (sid, have.get(sid))
    assert {"pytorch", "xgboost", "sql", "aws", "data_science"} <= set(have)


@pytest.mark.parametrize("name", ["cv.pdf", "CV.DOCX"])
def test_a_resume_given_as_a_profile_says_to_read_it_as_a_resume(tax, tmp_path, name):
    # `--profile cv.pdf` said "a profile must be UTF-8 text", which does not tell what to do.
    path = tmp_path / name
    path.write_bytes(text_pdf("Skills: Python, SQL") if name.endswith(".pdf") else docx_bytes("Skills: Python"))
    with pytest.raises(ProfileError, match=r"a résumé, not a saved profile.*--resume"):
        load_profile(path, tax)


@pytest.mark.parametrize(
    "typed, skill, years",
    [("Python 6 months", "Python", 0.5), ("18 months of SQL", "SQL", 1.5), ("Docker (9 mos)", "Docker", 0.75)],
)
def test_months_typed_for_a_skill_are_its_years(typed, skill, years):
    # "Python 6 months" resolved to Python without years, and without a word: a junior's
    # experience, typed as they would say it, was dropped.
    [got] = [s for s in Profile.from_text(typed).skills if s.how != "implied"]
    assert (got.skill, got.years) == (skill, years)


@pytest.mark.parametrize(
    "name, kind, message",
    [
        (
            "cv.txt",
            "docx",
            "cv.txt: is a Word document (.docx), not a saved profile (.json, or .txt of skills); "
            "a résumé is given with --resume",
        ),
        (
            "me.json",
            "pdf",
            "me.json: is a PDF, not a saved profile (.json, or .txt of skills); a résumé is given with --resume",
        ),
        (
            "skills.txt",
            "xlsx",
            "skills.txt: is an Excel workbook (.xlsx), not a saved profile (.json, or .txt of skills)",
        ),
    ],
)
def test_a_document_under_a_profiles_name_is_named_for_what_it_is(tax, tmp_path, name, kind, message):
    # `--profile cv.txt` holding a .docx said "a profile must be UTF-8 text"; a PDF named .json was
    # read as text (qa41, new-user pass).
    import io

    path = tmp_path / name
    body = {"docx": lambda: docx_bytes("Skills: Python"), "pdf": lambda: text_pdf("Python"), "xlsx": lambda: _xlsx(io)}
    path.write_bytes(body[kind]())
    with pytest.raises(ProfileError) as err:
        load_profile(path, tax)
    assert str(err.value).replace(str(tmp_path) + "/", "") == message


def test_years_alone_are_not_counted_as_unknown_skills(tax):
    # "5 years" typed as its own entry was refused as 'none of the skills given is known: "5 years";
    # check the spelling': it is no skill at all, and its own message says what to do.
    from analyzer.gap.profile import years_alone_message

    with pytest.raises(ProfileError) as alone:
        Profile.from_text("5 years", tax).ensure_usable()
    assert str(alone.value) == years_alone_message("5 years")
    with pytest.raises(ProfileError) as mixed:
        Profile.from_text("dockerization, 3+ yrs", tax).ensure_usable()
    said = str(mixed.value)
    assert said.startswith('none of the skills given is known: "dockerization"') and '"3+ yrs"' not in said
    assert years_alone_message("3+ yrs") in said
    Profile.from_text("docker, 5 years", tax).ensure_usable()  # a skill is given: no error


def test_a_profile_of_years_alone_says_how_many_past_the_twenty_it_names(tax):
    # A skills-and-years table pasted with the skills lost (only the years column copied): the
    # error named twenty entries and dropped the rest without a word.
    from analyzer.gap.profile import years_alone_message

    with pytest.raises(ProfileError) as err:
        Profile.from_text("\n".join(f"{n + 1} years" for n in range(23)), tax).ensure_usable()
    said = str(err.value)
    assert said.count("has no skill") == 20 and said.startswith(years_alone_message("1 years"))
    assert said.endswith(
        "; …and 3 more entries of years with no skill, each to be written in the same entry as its skill."
    )


def test_picked_skills_keep_the_years_given_with_them(tax):
    # The dashboard's list of skills gave no years; now a picked skill keeps the years given with it,
    # as "python 5 years" typed does, through the saved profile and to what it implies.
    picked = Profile.from_skill_ids(["python", "postgresql"], tax, years={"python": 5.0, "postgresql": 0})
    typed = Profile.from_text("python 5 years, postgresql", tax)
    assert {s.skill_id: s.years for s in picked.skills} == {s.skill_id: s.years for s in typed.skills}
    assert picked.by_id()["python"].years_from == "typed"
    again = Profile.from_dict(picked.to_dict(), tax)
    assert again.by_id()["python"].years == 5.0
    with pytest.raises(ProfileError, match="years"):
        Profile.from_skill_ids(["python"], tax, years={"python": 61})
