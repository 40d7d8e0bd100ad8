"""How typed profile entries resolve: right skill, wrong skill, or "not recognised".

    python benchmarks/bench_typed_skills.py [-v]

Each case is an entry a person might type into ``--skills`` (or the dashboard's box): typos of
common skills, abbreviations and their slips, multi-word skills, and nonsense or ordinary words
that are no skill. The expected outcome is a skill name, or None where the entry should come back
as not recognised (listed with a "did you mean", never credited). Each entry is resolved alone.
Run it on two checkouts (``PYTHONPATH=...``) to compare before and after a change to the resolver.
"""

import argparse

from analyzer.gap.profile import Profile
from analyzer.taxonomy import load_default_taxonomy

CASES = [
    # real typos of common skills
    ("pytohn", "Python"),
    ("pyhton", "Python"),
    ("pythn", "Python"),
    ("pytorh", "PyTorch"),
    ("tensorflwo", "TensorFlow"),
    ("tensorlfow", "TensorFlow"),
    ("kuberntes", "Kubernetes"),
    ("kubernets", "Kubernetes"),
    ("dokcer", "Docker"),
    ("dcoker", "Docker"),
    ("postgress", "PostgreSQL"),
    ("postgrsql", "PostgreSQL"),
    ("scikit lern", "scikit-learn"),
    ("sklearnn", "scikit-learn"),
    ("pandsa", "pandas"),
    ("numpyy", "NumPy"),
    ("matplotlb", "Matplotlib"),
    ("javascrpt", "JavaScript"),
    ("typescirpt", "TypeScript"),
    ("tablaeu", "Tableau"),
    ("snowflak", "Snowflake"),
    ("databricks", "Databricks"),
    ("mongdb", "MongoDB"),
    ("elasticsearh", "Elasticsearch"),
    ("terrafrom", "Terraform"),
    ("airflwo", "Apache Airflow"),
    ("kafak", "Apache Kafka"),
    ("sqll", "SQL"),
    ("slq", "SQL"),
    ("awss", "AWS"),
    ("gitt", "Git"),
    ("linx", "Linux"),
    ("jav", None),
    ("statistcs", "statistics"),
    ("regresion", "regression"),
    # typos of abbreviations and short names, and words one letter away from one
    ("nlpp", "natural language processing"),
    ("etll", "ETL"),
    ("jvaa", "Java"),
    ("dockr", "Docker"),
    ("kera", "Keras"),
    ("sparkk", "Apache Spark"),
    ("mlopss", "MLOps"),
    ("pipe", None),
    ("pile", None),
    ("rusty", None),
    ("seam", None),
    # abbreviations and spacing
    ("k8s", "Kubernetes"),
    ("ML", "machine learning"),
    ("NLP", "natural language processing"),
    ("GCP", "Google Cloud Platform"),
    ("ADF", "Azure Data Factory"),
    ("Py Torch", "PyTorch"),
    ("scikit_learn", "scikit-learn"),
    ("CI/CD", "CI/CD"),
    ("A/B testing", "A/B testing"),
    # multi-word skills
    ("machine learnng", "machine learning"),
    ("deep lerning", "deep learning"),
    ("natural language procesing", "natural language processing"),
    ("computer vison", "computer vision"),
    ("data visualisation", "data visualization"),
    ("time series analysis", "time series analysis"),
    # nonsense strings and non-skills
    ("asdf", None),
    ("qwerty", None),
    ("zxcv", None),
    ("hjkl", None),
    ("foo", None),
    ("aaaa", None),
    ("lorem ipsum", None),
    ("xyz123", None),
    ("blah", None),
    ("test", None),
    ("good communicator", "communication"),
    ("wxyz", None),
    ("abcd", None),
    ("sdfg", None),
    ("nmnm", None),
    ("qwer", None),
    ("erty", None),
    ("asdfgh", None),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="Print every case.")
    args = parser.parse_args()
    taxonomy = load_default_taxonomy()
    counts = dict.fromkeys(("right", "wrong", "not recognised, rightly", "not recognised, should resolve"), 0)
    for entry, want in CASES:
        profile = Profile.from_text(entry, taxonomy)
        names = [s.skill for s in profile.skills if s.how != "implied"]
        if names:
            outcome = "right" if want is not None and want.lower() in {n.lower() for n in names} else "wrong"
            said = ", ".join(names)
        else:
            outcome = "not recognised, rightly" if want is None else "not recognised, should resolve"
            hints = profile.unresolved[0].suggestions if profile.unresolved else []
            said = "not recognised" + (f" (did you mean {' or '.join(hints)}?)" if hints else "")
        counts[outcome] += 1
        if args.verbose or outcome in ("wrong", "not recognised, should resolve"):
            print(f"{outcome:31} {entry!r:30} -> {said}  (expected {want or 'not recognised'})")
    print(f"{len(CASES)} entries: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
