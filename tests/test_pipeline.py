"""The spaCy pipeline: components by registered name, exact spans, ambiguous names, save/load."""

import gc
import json
import shutil

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from analyzer.nlp.components import span_offsets
from analyzer.nlp.extraction import mentions_from_doc
from analyzer.nlp.pipeline import build_pipeline, pipeline_taxonomy, skill_matcher
from analyzer.taxonomy import Taxonomy, default_taxonomy_dir, load_default_taxonomy

POSTING = """Senior Machine Learning Engineer

About the role
You will build recommendation models with our Data Science team and deploy them on Kubernetes.

Minimum qualifications:
- 3+ years of experience with Python/R and SQL (PostgreSQL or MySQL)
- Experience with AWS, GCP or Azure
- Strong knowledge of neural networks and scikit-learn

Nice to have:
- Go or Java
- Experience with Excel and Tableau is a plus
"""


def found(extract, text):
    return [(m.text, m.skill_id) for m in extract(text)]


def ids(extract, text):
    return {m.skill_id for m in extract(text)}


def test_components_are_registered_by_name():
    nlp = spacy.blank("en")
    nlp.add_pipe("skillgap_skill_matcher_v1")
    nlp.add_pipe("skillgap_requirement_tagger_v1")
    doc = nlp("Requirements: experience with Python and Kubernetes.")
    spans = doc.spans["skills"]
    assert [s.id_ for s in spans] == ["python", "kubernetes"]
    assert all(s._.skillgap_requirement == "required" for s in spans)
    assert spans[0].label_ == load_default_taxonomy().skills["python"].category


def test_spans_are_exact_character_offsets(extract):
    for m in extract(POSTING):
        assert POSTING[m.start : m.end] == m.text
        assert m.text.strip() == m.text and m.text


def test_lists_and_slashes(extract):
    got = ids(extract, POSTING)
    assert {"python", "r_language", "sql", "postgresql", "mysql", "aws", "gcp", "azure"} <= got
    assert {"go_language", "java", "scikit_learn", "neural_networks"} <= got


def test_r_only_in_skill_context(extract):
    assert "r_language" in ids(extract, "Proficiency in Python or R is required.")
    assert "r_language" in ids(extract, "Statistical software (R, SAS, Stata).")
    assert "r_language" not in ids(extract, "You will partner with our R&D group.")
    assert "r_language" not in ids(extract, "Plan A, plan B and plan R were discussed.")


def test_r_with_a_level_note_or_quotes_or_a_lost_slash(extract):
    # A bracketed level note on the previous item does not break the list.
    assert "r_language" in ids(extract, "Skilled in: Java (preferred) or R")
    assert "r_language" in ids(extract, "Write code in Scala (primary) and R (secondary).")
    # How much it is wanted, right after it.
    assert "r_language" in ids(extract, "Scala and SQL are required; R is a plus.")
    assert "r_language" in ids(extract, "Statistics tools experience (R preferred)")
    # Quoted, or joined by an "and/or" whose slash the source dropped.
    assert "r_language" in ids(extract, 'Experience with Java or "R" for analysis.')
    assert "r_language" in ids(extract, "Fluency in Scala andor R andor SQL.")
    # Named as what one works with.
    assert "r_language" in ids(extract, "You will utilize R to fit survival models.")
    # A level word on the next line is the next block's heading, not a note on the name.
    text = "Trainer / Atlanta, GA / USC/GC\nRequired Skills:\nClear presentation skills"
    assert not any(m.text == "GC" for m in extract(text))
    assert "r_language" not in ids(extract, "Sales in Plan R\nRequired: a driver's licence")


def test_wordprocessor_sub_bullets_are_list_items(extract):
    text = "Tools you will use:\no Visual Studio\no R\no Tableau\n"
    assert "r_language" in ids(extract, text)


def test_cased_names_with_a_lower_case_initial_vouch_for_each_other(extract):
    got = ids(extract, "Shipped consumer apps on iOS or Android.")
    assert {"ios_development", "android_development"} <= got


def test_spoken_languages_asked_for_by_what_one_does_in_them(extract):
    got = ids(extract, "You can read, speak and write Portuguese and Italian with ease.")
    assert {"portuguese", "italian"} <= got
    assert "english" in ids(extract, "We want a confident English speaker.")
    assert "english" in ids(extract, "Written and spoken fluency in English.")
    # Customers who speak it are served in it; speakers in the plural are people one meets.
    assert "spanish" in ids(extract, "You will support our Spanish speaking customers.")
    assert "english" not in ids(extract, "Work alongside native and non-native English speakers.")


def test_go_the_language_not_the_verb(extract):
    assert "go_language" in ids(extract, "Backend services are written in Go and Python.")
    assert "go_language" not in ids(extract, "Go above and beyond for our customers.")
    assert "go_language" not in ids(extract, "We will go to market next year.")


def test_excel_the_tool_not_the_verb(extract, taxonomy):
    excel = next(s.id for s in taxonomy.skills.values() if s.name.lower() in ("excel", "microsoft excel"))
    assert excel in ids(extract, "Advanced Excel skills (pivot tables, VLOOKUP).")
    assert excel in ids(extract, "Proficient with SQL, Excel and Tableau.")
    assert excel not in ids(extract, "You will excel at communicating with stakeholders.")
    assert excel not in ids(extract, "Candidates who excel in fast-paced teams.")


def test_a_tool_named_as_what_its_user_is_good_at(extract):
    # the person as its user or its expert, or how well they handle it
    for text in (
        "Qualifications:\nSkilled spreadsheet work; a confirmed Excel power user\nSome SQL",
        "You are an Excel wizard who enjoys tidy workbooks.",
        "Must bring an Excel background from a finance team.",
        "Comfortable using Excel and basic statistics.",
        "Strong skills with Microsoft Office products (Excel – pivot tables).",
        "Daily use of MS Office – Excel in particular.",
    ):
        assert "excel" in ids(extract, text), text
    # a verb, and a gerund that heads a compound, stay out
    assert "excel" not in ids(extract, "Help our users excel at reporting.")
    assert "software_testing" not in ids(extract, "Testing user onboarding flows and growth levers with marketing.")
    assert "performance_management" not in ids(extract, "Answer questions on HR items (performance management, pay).")


def test_an_ambiguous_word_before_the_way_it_is_done_is_that_practice(extract):
    # a practice named by how it is carried out: its procedures, techniques, processes
    for text, skill in (
        ("Responsibilities:\nDraft clear testing procedures for each release of the billing app.", "software_testing"),
        ("Responsibilities:\nOwn the testing protocols for each release of the billing app.", "software_testing"),
        ("You will run standard microbiology procedures on incoming samples.", "microbiology"),
        ("Requirements:\nA sound grasp of basic accounting processes at a mid-sized firm.", "accounting"),
        ("Responsibilities:\nRefine underwriting techniques for small commercial loans.", "insurance_underwriting"),
    ):
        assert skill in ids(extract, text), text
    # a data set is no practice, and a word after the line's end is no part of the phrase
    assert "software_testing" not in ids(extract, "Split the records into training and testing datasets.")
    assert "software_testing" not in ids(extract, "Review the testing\nProcedures are in the handbook.")


def test_the_development_lifecycle_bare_is_the_software_one(extract):
    for text in (
        "Requirements:\nWork through every phase of the development life cycle, from design to testing.",
        "You will own services across the full development lifecycle.",
        "Experience with an end-to-end development life-cycle.",
    ):
        assert "software_engineering" in ids(extract, text), text
    # another thing's development lifecycle is not software's
    assert "software_engineering" not in ids(extract, "Support the product development lifecycle of our drinks brands.")
    assert "software_engineering" not in ids(extract, "Lead drug development lifecycle reviews.")


def test_c_is_not_found_inside_cpp(extract):
    got = found(extract, "Experience in C++ and C# required; C is a plus.")
    assert ("C++", "cpp") in got
    assert not any(sid == "c_language" and text != "C" for text, sid in got)


def test_inflections_and_spelling_variants(extract):
    assert "neural_networks" in ids(extract, "Design deep neural networks.")
    assert "scikit_learn" in ids(extract, "Experience with scikit learn")
    assert "scikit_learn" in ids(extract, "Experience with sklearn")
    assert "kubernetes" in ids(extract, "Run workloads on k8s")


def test_job_titles_do_not_ask_for_the_skill(extract):
    title_only = "Machine Learning Engineer\nJoin the Data Science team at Acme."
    assert "machine_learning" not in ids(extract, title_only)
    assert "machine_learning" in ids(extract, "Machine Learning Engineer\nYou know machine learning well.")


def test_unicode_dashes_and_spaces_keep_offsets(extract):
    text = "Experience with scikit\u2011learn and\u00a0PyTorch \u2014 İstanbul office."
    for m in extract(text):
        assert text[m.start : m.end] == m.text
    assert {"scikit_learn", "pytorch"} <= ids(extract, text)


def test_save_and_load_give_the_same_result(tmp_path, nlp):
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    doc_before, doc_after = nlp(POSTING), loaded(POSTING)
    before = [
        (s.start_char, s.end_char, s.id_, s._.skillgap_requirement, s._.skillgap_years)
        for s in doc_before.spans["skills"]
    ]
    after = [
        (s.start_char, s.end_char, s.id_, s._.skillgap_requirement, s._.skillgap_years)
        for s in doc_after.spans["skills"]
    ]
    assert before == after and len(before) > 10


def test_empty_and_whitespace_text(nlp):
    for text in ("", "   \n\t "):
        doc = nlp(text)
        assert doc.text == text and list(doc.spans["skills"]) == []


def test_abbreviation_defined_in_the_posting(extract):
    text = "Use Design of Experiments (DOE) to plan trials; DOE results feed the model. The Department of Energy (DOE) funds it."
    got = [(m.text, m.start) for m in extract(text) if m.skill_id == "experimental_design"]
    assert ("Design of Experiments", 4) in got and ("DOE", 27) in got and ("DOE", 48) in got
    assert not any(start > 100 for _, start in got)  # the other "(DOE)" names an agency


def test_a_short_form_defined_for_another_name_is_that_name_throughout(extract):
    # RDS spelt out as a job, not Amazon's Relational Database Service: every RDS of the posting is the job
    text = (
        "The Clinical Data Analyst (CDA) works beside the Research Data Specialist (RDS). The RDS builds "
        "reports in SQL; the RDS also trains staff."
    )
    assert "aws_rds" not in ids(extract, text) and "sql" in ids(extract, text)
    # the skill's own name, or a long form that shares a word with it, keeps the skill
    assert "aws_rds" in ids(extract, "Experience with Relational Database Service (RDS); RDS backups a plus.")
    assert "gis" in ids(extract, "Background in Geospatial Information Systems (GIS) and GIS tools.")
    # a skill that spells nothing out cannot tell: kept
    assert "gdpr" in ids(extract, "Follow the General Data Protection Regulation (GDPR); GDPR audits yearly.")
    # another name's short form does not hide the skill's longer name
    assert "aws_rds" in ids(extract, "The Research Data Specialist (RDS) will tune AWS RDS instances.")


def test_adjective_compounds_do_not_open_a_skill_name(extract):
    for text in (
        "Build cutting-edge ML models for fraud.",
        "Stay current on cutting edge AI techniques.",
        "Experience with large-scale AI systems.",
        "Work on leading-edge AI/ML projects.",
    ):
        got = ids(extract, text)
        assert "edge_deployment" not in got and "scale_ai" not in got, text
        assert {"machine_learning", "artificial_intelligence"} & got, text  # the name inside still counts
    assert "edge_deployment" in ids(extract, "Deploy models for edge AI on low-power devices.")
    assert "scale_ai" in ids(extract, "Label images with Scale AI or Labelbox.")


def test_teams_and_audiences_are_not_skills(extract):
    assert "leadership" not in ids(extract, "Present complex analyses to all levels of leadership.")
    assert "product_management" not in ids(extract, "Collaborate with product management and engineering.")
    assert "software_engineering" not in ids(extract, "Appraised by the Software Engineering Institute (SEI).")
    assert "leadership" in ids(extract, "Strong leadership and mentoring skills.")


def test_generic_head_after_a_skill_is_part_of_that_skill(extract):
    got = ids(extract, "Excellent knowledge of computer vision algorithms and Spark APIs.")
    assert {"computer_vision", "apache_spark"} <= got
    assert "algorithms" not in got
    assert "algorithms" in ids(extract, "Strong grasp of algorithms and data structures.")


def test_phrasings_with_free_words(extract):
    assert "model_monitoring" in ids(extract, "Monitor the performance of deployed models.")
    assert "model_evaluation" in ids(extract, "Evaluate alternate models against baselines.")


# --- serialisation with a taxonomy of one's own, and the span-offset cache ---------------------------
CUSTOM_POSTING = "Requirements: 3+ years of Zorblang and Python. Nice to have: Kubernetes."


@pytest.fixture(scope="module")
def custom_nlp(tmp_path_factory):
    """A pipeline over the bundled taxonomy plus a skill only it knows ("Zorblang")."""
    root = tmp_path_factory.mktemp("taxonomy")
    shutil.copytree(default_taxonomy_dir(), root, dirs_exist_ok=True)
    with open(root / "skills" / "zz_custom.jsonl", "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "zorblang", "name": "Zorblang", "category": "software_development"}) + "\n")
    nlp = build_pipeline(Taxonomy.load(root))
    assert "zorblang" in span_facts(nlp(CUSTOM_POSTING))[1]  # the custom skill is found
    return nlp


def span_facts(doc):
    spans = doc.spans["skills"]
    facts = [(s.start_char, s.end_char, s.id_, s._.skillgap_requirement, s._.skillgap_years) for s in spans]
    return facts, {s.id_ for s in spans}


def test_to_bytes_and_from_bytes_keep_a_custom_taxonomy(custom_nlp):
    data = custom_nlp.to_bytes()
    restored = build_pipeline().from_bytes(data)  # starts from the bundled taxonomy
    assert span_facts(restored(CUSTOM_POSTING)) == span_facts(custom_nlp(CUSTOM_POSTING))
    assert "zorblang" in pipeline_taxonomy(restored).skills
    # and again: bytes of a restored pipeline carry the taxonomy on
    again = build_pipeline().from_bytes(restored.to_bytes())
    assert span_facts(again(CUSTOM_POSTING)) == span_facts(custom_nlp(CUSTOM_POSTING))


def test_to_disk_and_spacy_load_keep_a_custom_taxonomy(custom_nlp, tmp_path):
    custom_nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == custom_nlp.pipe_names
    assert span_facts(loaded(CUSTOM_POSTING)) == span_facts(custom_nlp(CUSTOM_POSTING))


def test_matcher_from_bytes_refuses_paths_outside_its_folder(custom_nlp):
    import srsly

    with pytest.raises(ValueError, match="outside the taxonomy folder"):
        skill_matcher(build_pipeline()).from_bytes(srsly.msgpack_dumps({"../evil.jsonl": b"{}"}))


def test_span_offsets_follow_changes_to_the_span_group(nlp):
    doc = nlp("Requirements: Python and Kubernetes.")
    assert [o[2] for o in span_offsets(doc)] == ["python", "kubernetes"]
    group = doc.spans["skills"]
    replacement = Span(doc, group[0].start, group[0].end, label=group[0].label_, span_id="sql")
    group[0] = replacement  # same count, another skill id
    assert [o[2] for o in span_offsets(doc)] == ["sql", "kubernetes"]
    doc.spans["skills"] = [group[1], group[0]]  # a new group, same count
    assert [o[2] for o in span_offsets(doc)] == ["kubernetes", "sql"]
    doc.spans["skills"] = []
    assert span_offsets(doc) == []


# (not "del group[i]": spaCy 3.8's SpanGroup.__delitem__ corrupts memory on its own, plain groups too)
@pytest.mark.parametrize("change", ["setitem", "extend", "iadd", "from_bytes"])
def test_span_offsets_never_stale_after_an_in_place_change(nlp, change):
    doc = nlp("Requirements: Python and Kubernetes.")
    group = doc.spans["skills"]
    sql = Span(doc, group[0].start, group[0].end, label=group[0].label_, span_id="sql")
    if change == "setitem":
        group[0] = sql
    elif change == "extend":
        group.extend([sql])
    elif change == "iadd":
        group += [sql]
    else:
        other = nlp("Requirements: SQL and Docker.").spans["skills"]
        group.from_bytes(other.to_bytes())
    assert span_offsets(doc) == [(s.start_char, s.end_char, s.id_) for s in doc.spans["skills"]]


def test_extraction_reads_an_edited_span_group(nlp):
    doc = nlp("Requirements: Python and Kubernetes.")
    group = doc.spans["skills"]
    group[0] = Span(doc, group[0].start, group[0].end, label=group[0].label_, span_id="sql")
    assert [m.skill_id for m in mentions_from_doc(doc, nlp)] == ["sql", "kubernetes"]


def test_versioned_names_are_registered():
    assert {"skillgap_skill_matcher_v1", "skillgap_requirement_tagger_v1"} <= set(spacy.registry.factories.get_all())
    assert "skillgap.boundary_tokenizer.v1" in spacy.registry.tokenizers.get_all()
    for name in ("skillgap_requirement", "skillgap_years", "skillgap_segment"):
        assert Span.has_extension(name)
    meta = Language.get_factory_meta("skillgap_requirement_tagger_v1")
    assert meta.assigns == ["span._.skillgap_requirement", "span._.skillgap_years", "span._.skillgap_segment"]


@pytest.mark.parametrize("enabled", [True, False])
def test_building_the_index_leaves_the_garbage_collector_as_it_was(enabled, taxonomy):
    """The collector is paused while the skill index is built (it would walk the growing index again
    and again) and then put back as the caller had it."""
    was = gc.isenabled()
    try:
        if not enabled:
            gc.disable()
        nlp = build_pipeline(taxonomy)
        assert gc.isenabled() is enabled
        doc = nlp("Must know Python or R.")
        assert [s.id_ for s in doc.spans["skills"]] == ["python", "r_language"]
    finally:
        if was:
            gc.enable()
