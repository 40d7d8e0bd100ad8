"""The taxonomy files are checked like code."""

import json
import shutil

import pytest

from analyzer.errors import TaxonomyError
from analyzer.taxonomy import Taxonomy, default_taxonomy_dir, normalize_form

INTERVIEW_CATEGORIES = {
    "mathematics",
    "computer_science",
    "probability_statistics",
    "ml_modelling",
    "software_development",
    "data_management",
    "devops_cloud",
    "mlops_deployment",
    "nlp_transformers",
    "business_communication",
}


def test_size_meets_coverage_targets(taxonomy):
    assert len(taxonomy) >= 600
    assert taxonomy.surface_count() >= 2000


def test_interview_categories_all_present_and_populated(taxonomy):
    assert INTERVIEW_CATEGORIES <= set(taxonomy.categories)
    per_category = taxonomy.by_category()
    for category in taxonomy.categories:
        assert len(per_category[category]) >= 5, category


def test_every_category_names_known_rounds(taxonomy):
    for category in taxonomy.categories.values():
        assert category.rounds and set(category.rounds) <= set(taxonomy.rounds)


def test_surface_forms_unique_across_skills(taxonomy):
    owner = {}
    for skill in taxonomy.skills.values():
        for form, _ in skill.surface_forms():
            key = normalize_form(form)
            assert owner.setdefault(key, skill.id) == skill.id, f"{form!r}: {owner[key]} and {skill.id}"


def test_implies_targets_exist_and_have_no_cycles_to_self(taxonomy):
    for skill in taxonomy.skills.values():
        for target in skill.implies:
            assert target in taxonomy.skills
        assert skill.id not in taxonomy.implied_by(skill.id)


def test_ambiguous_short_names_are_case_sensitive(taxonomy):
    by_name = {s.name: s for s in taxonomy.skills.values()}
    for name in ("R", "Go", "C"):
        skill = by_name[name]
        assert name in skill.cased and skill.needs_context
        assert name.lower() not in {a.lower() for a in skill.aliases}


def test_postgresql_implies_sql(taxonomy):
    assert "sql" in taxonomy.implied_by("postgresql")


def _copy(tmp_path):
    target = tmp_path / "taxonomy"
    shutil.copytree(default_taxonomy_dir(), target)
    return target


def _append(path, record):
    with path.open("a", encoding="utf-8") as f:
        f.write((record if isinstance(record, str) else json.dumps(record)) + "\n")
    return len(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize(
    "record, message",
    [
        ("{not json", "not valid JSON"),
        ({"id": "python", "name": "Python again", "category": "software_development"}, "duplicate skill id"),
        ({"id": "new_skill", "name": "New", "category": "astrology"}, "unknown category"),
        ({"id": "new_skill", "name": "sklearn", "category": "ml_modelling"}, "already claimed"),
        ({"id": "new_skill", "name": "New", "category": "ml_modelling", "implies": ["nope"]}, "implies unknown skill"),
        ({"id": "New Skill", "name": "New", "category": "ml_modelling"}, "must be lower-case"),
        ({"id": "new_skill", "name": "New", "category": "ml_modelling", "colour": "red"}, "unknown field"),
    ],
)
def test_corrupt_taxonomy_names_file_and_line(tmp_path, record, message):
    root = _copy(tmp_path)
    target = sorted((root / "skills").glob("*.jsonl"))[-1]
    line = _append(target, record)
    with pytest.raises(TaxonomyError) as err:
        Taxonomy.load(root)
    assert message in str(err.value)
    assert f"{target.name}:{line}" in str(err.value)


def test_missing_taxonomy_folder(tmp_path):
    with pytest.raises(TaxonomyError, match="not found"):
        Taxonomy.load(tmp_path / "nowhere")
