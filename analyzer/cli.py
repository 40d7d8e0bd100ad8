"""The ``skillgap`` command. It only translates: the library does the work and raises
:class:`~analyzer.errors.SkillgapError`, which becomes one line on stderr and exit code 1."""

from __future__ import annotations

import json
import sys
from contextlib import closing, contextmanager
from typing import TYPE_CHECKING

import click

from .deadline import DEFAULT_TIME_LIMIT
from .errors import (
    ColumnNotFoundError,
    InputError,
    MissingDependencyError,
    OutputError,
    ResumeWithoutTextError,
    SkillgapError,
)
from .plural import counted

if TYPE_CHECKING:
    from .io.views import ReportViews

EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143  # 128 + SIGTERM


def how_to_fix(error: SkillgapError) -> str:
    """What to type to get past ``error``, in this command's terms (appended to its message)."""
    if isinstance(error, ColumnNotFoundError):
        if error.role == "extra":
            return "; name one of the columns found"
        return f"; choose one with --{error.role}-column"
    if isinstance(error, MissingDependencyError):
        if error.extra == "dask":
            return "; install them with pip install 'skillgap[dask]' (here and on every worker)"
        return f"; install it with pip install {error.extra and f'skillgap[{error.extra}]' or error.package}"
    if isinstance(error, ResumeWithoutTextError):
        return ", or give your skills with --skills"
    return ""


class _Command(click.Command):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except SkillgapError as e:
            raise click.ClickException(str(e) + how_to_fix(e)) from None
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(0)


class _Group(click.Group):
    command_class = _Command


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="skillgap")
def main() -> None:
    """Find the skills ML job postings ask for, and the gaps between them and yours."""


# One file or several, read one after another as one stream (see analyzer.io.postings.open_many).
_postings_arg = click.argument("postings", metavar="POSTINGS...", nargs=-1, required=True)
_id_opt = click.option(
    "--id-column",
    default=None,
    metavar="NAME",
    help="Column with the posting id (default: id, else job_id or posting_id; rows are numbered when absent).",
)
_text_opt = click.option(
    "--text-column",
    default=None,
    metavar="NAME",
    help="Column with the posting text (default: description, else the one column called "
    "job_description, text, body, posting …).",
)
_title_opt = click.option(
    "--title-column",
    default=None,
    metavar="NAME",
    help='Column with the job title, which names postings in reports and is each extract record\'s "title" '
    "(default: a column called title, job_title, position, role …).",
)
_company_opt = click.option(
    "--company-column",
    default=None,
    metavar="NAME",
    help="Column with the company, as --title-column (default: company, company_name, employer …).",
)
_jobs_opt = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=None,
    metavar="N",
    help="Worker processes (default: all cores; 1 = this process only).",
)
_engine_opt = click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: processes on this machine; dask: a Dask cluster (pip install 'skillgap[dask]').",
)
_scheduler_opt = click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="With --engine dask: the scheduler of an existing cluster, e.g. tcp://10.0.0.5:8786 "
    "(default: a local cluster of --jobs workers).",
)


def _a_number(ctx, param, value: float) -> float:
    if value != value:  # NaN passes FloatRange (no comparison is true) and would switch the limit off
        raise click.BadParameter("not a number; give seconds, or 0 for no limit")
    return value


_time_limit_opt = click.option(
    "--time-limit",
    type=click.FloatRange(min=0),
    callback=_a_number,
    default=DEFAULT_TIME_LIMIT,
    show_default=True,
    metavar="SECONDS",
    help="Seconds one posting may take; a slower row gets an error and the rest go on (0: no limit).",
)


def _batch_options(f):
    return _jobs_opt(_engine_opt(_scheduler_opt(_time_limit_opt(f))))


def _check_engine(engine: str, scheduler: str | None) -> None:
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")


class _Terminated(KeyboardInterrupt):
    """SIGTERM: stop at once, like a second Ctrl-C (workers stopped, no half-written file)."""


@contextmanager
def _stop_on_ctrl_c():
    """Ctrl-C sets a flag instead of raising mid-write; the loop checks ``stop()`` after each row.

    The output then ends at a whole row. A second Ctrl-C, or SIGTERM, stops at once
    (KeyboardInterrupt; :class:`_Terminated` for SIGTERM). The previous handlers are restored.
    """
    import signal
    import threading

    pressed = []
    if threading.current_thread() is not threading.main_thread():
        yield lambda: False
        return

    def on_int(signum, frame):
        if pressed:
            raise KeyboardInterrupt
        pressed.append(signum)

    def on_term(signum, frame):
        raise _Terminated

    previous_int = signal.signal(signal.SIGINT, on_int)
    previous_term = signal.signal(signal.SIGTERM, on_term)
    try:
        yield lambda: bool(pressed)
    finally:
        # Once Ctrl-C was pressed the command is ending: a further press must not interrupt its
        # last message with a traceback, so SIGINT stays ignored for the little that is left.
        signal.signal(signal.SIGINT, signal.SIG_IGN if pressed else previous_int)
        signal.signal(signal.SIGTERM, previous_term)


def _exit_interrupted(error: BaseException | None = None) -> None:
    sys.exit(EXIT_TERMINATED if isinstance(error, _Terminated) else EXIT_INTERRUPTED)


def _say_columns(report, quiet: bool = False) -> None:
    """Say which columns were taken for the posting text and id when they were found by another name
    than the defaults (``job_description``, ``Text`` …): the user can see it is the right one. With
    several files, each file's choice is said, naming it."""
    from .io.postings import separator_note

    if quiet:
        return
    for part in report.parts or [report]:
        if note := separator_note(part.delimiter):  # a European Excel export (";"), a tab- or pipe-separated file
            click.echo(f"reading {part.source} as {note}", err=True)
        chosen = part.chosen_columns
        if not chosen:
            continue
        said = [f"posting text from column {chosen['text']!r}"] if "text" in chosen else []
        said += [f"ids from column {chosen['id']!r}"] if "id" in chosen else []
        options = " / ".join(f"--{role}-column" for role in ("text", "id") if role in chosen)
        where = f"{part.source}: " if report.parts else ""
        click.echo(f"{where}reading {' and '.join(said)} (choose another with {options})", err=True)


def _say_sources(report, quiet: bool = False) -> None:
    """With several input files, how many rows came from each (after the warnings, before the summary)."""
    if quiet or len(report.rows_by_source) < 2:
        return
    each = ", ".join(f"{source} {counted(n, 'row')}" for source, n in report.rows_by_source.items())
    click.echo(f"read {len(report.rows_by_source)} files: {each}", err=True)


def _file_identity(path: str) -> tuple[int, int, int] | None:
    """What tells whether ``path`` was replaced meanwhile (None when it does not exist)."""
    import os

    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_mtime_ns)


@main.command()
@_postings_arg
@_id_opt
@_text_opt
@click.option(
    "--output", "-o", default="-", metavar="OUT.jsonl", help="Where to write JSON Lines (default: standard output)."
)
@_title_opt
@_company_opt
@_batch_options
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, warnings or summary.")
def extract(
    postings: tuple[str, ...],
    id_column: str | None,
    text_column: str | None,
    title_column: str | None,
    company_column: str | None,
    output: str,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    time_limit: float,
    quiet: bool,
) -> None:
    """Skills asked for in each posting, as JSON Lines (one object per input row, in order).

    POSTINGS is a CSV file (.csv or .csv.gz; columns id and description by default), a JSON
    Lines or Parquet file, an .xlsx workbook (its first sheet; pip install -e ".[xlsx]"), a .txt
    file holding one posting, or - for standard input; several files
    are read one after another as one stream, each with its own columns. The file is
    read and written as a stream, on all cores (--jobs); a row that fails keeps its error and the
    run goes on; Ctrl-C leaves OUT valid up to the last row written. A row's job title and company
    (--title-column, --company-column, or columns with the usual names) are in its "title" and
    "company".
    """
    from .io.atomic import refuse_same_file
    from .io.postings import NameColumns, ReadReport, open_many
    from .progress import Progress
    from .run.local import extract_jsonl

    _check_engine(engine, scheduler)
    refuse_same_file(output, *postings)  # (first: writing over the input is the worse mistake)
    _refuse_report_name(output)
    report = ReadReport()
    rows = open_many(postings, id_column, text_column, report, names=NameColumns(title_column, company_column))
    _say_columns(report, quiet)
    written = errors = 0
    progress = Progress("posting", fraction=report.fraction_read, enabled=not quiet)
    stopped = False
    where = "standard output" if output == "-" else output
    before = None if output == "-" else _file_identity(output)
    try:
        with closing(rows), _stop_on_ctrl_c() as stop, _output(output) as out:
            results = extract_jsonl(rows, jobs=jobs, engine=engine, scheduler=scheduler, time_limit=time_limit or None)
            try:
                for line, error in results:
                    out.write(line + "\n")
                    written += 1
                    errors += error is not None
                    progress.update()
                    if stop():
                        stopped = True
                        break
            finally:
                results.close()  # stops the workers now (not when the generator is collected)
                progress.close()
    except KeyboardInterrupt as e:
        # A second Ctrl-C or SIGTERM: a file is left as it was; standard output has whole lines so far.
        if output == "-" or _file_identity(output) != before:  # the signal came after the file took its name
            what = f"{where} holds rows 1..{written}"
        else:
            what = "no output written (" + (f"{output} untouched)" if before else f"no {output} created)")
        click.echo(f"interrupted after {counted(written, 'row')}: {what}", err=True)
        _exit_interrupted(e)
    if stopped:
        click.echo(f"interrupted after {counted(written, 'row')}; {where} holds rows 1..{written}", err=True)
        sys.exit(EXIT_INTERRUPTED)
    if not quiet:
        for warning in report.warnings:
            click.echo(f"warning: {warning}", err=True)
        _say_sources(report)
        if output != "-" or errors:
            click.echo(
                f"{counted(written, 'posting')}, {errors} with errors" + (f" → {output}" if output != "-" else ""),
                err=True,
            )
    _refuse_nothing_analysed(written, errors, "the output lists each error")


@main.command()
@_postings_arg
@_id_opt
@_text_opt
@click.option(
    "--output", "-o", default="-", metavar="OUT.csv", help="Where to write the CSV (default: standard output)."
)
@click.option(
    "--min-postings",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    metavar="N",
    help="Keep phrases found in at least N postings.",
)
@click.option(
    "--min-distinct",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    metavar="N",
    help="Keep phrases used in at least N distinct contexts (a repost of one ad counts once).",
)
@_batch_options
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, warnings or summary.")
def mine(
    postings: tuple[str, ...],
    id_column: str | None,
    text_column: str | None,
    output: str,
    min_postings: int,
    min_distinct: int,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    time_limit: float,
    quiet: bool,
) -> None:
    """Phrases postings ask for that the taxonomy does not know, counted over POSTINGS.

    POSTINGS is as for `extract` (CSV, JSON Lines, Parquet, .xlsx with pip install -e ".[xlsx]", a .txt
    posting or - for standard input).

    Reads the phrases in skill slots ("experience with …", "knowledge of …", "such as …" lists,
    short lines under requirement headings) that no taxonomy skill covers, and writes one row per
    normalised phrase: postings, distinct uses (postings whose words around it differ: a reposted ad
    counts once), mentions, postings requiring it, a suggested category (the most common among the
    known skills in the same sentences), surface forms and three example contexts of distinct uses,
    most distinct uses first. The input is read as a stream; review the output before
    adding a phrase to data/taxonomy/skills/.
    """
    from .io.atomic import refuse_same_file
    from .io.postings import ReadReport, open_many
    from .progress import Progress
    from .run.local import extract_batch
    from .run.mining import mine_results, write_mined_csv

    _check_engine(engine, scheduler)
    refuse_same_file(output, *postings)
    report = ReadReport()
    rows = open_many(postings, id_column, text_column, report)
    _say_columns(report, quiet)
    progress = Progress("posting", fraction=report.fraction_read, enabled=not quiet)
    seen = 0
    failed: list[str] = []  # the first few rows that could not be analysed, "id (error)"
    errors = 0

    def results():
        nonlocal seen, errors
        for result in extract_batch(
            rows, jobs=jobs, engine=engine, scheduler=scheduler, keep_text=True, time_limit=time_limit or None
        ):
            seen += 1
            if result.error is not None:
                errors += 1
                if len(failed) < 3:
                    failed.append(f"{result.id} ({result.error})"[:200])
            progress.update()
            yield result

    with closing(rows):
        try:
            phrases = mine_results(results(), min_postings=min_postings, min_distinct=min_distinct)
        finally:
            progress.close()
    with _output(output) as out:
        written = write_mined_csv(phrases, out)
    if not quiet:
        for warning in report.warnings:
            click.echo(f"warning: {warning}", err=True)
        _say_sources(report)
        if errors:
            more = f" and {errors - len(failed):,} more" if errors > len(failed) else ""
            they = "is" if errors == 1 else "are"
            click.echo(
                f"warning: {counted(errors, 'posting')} could not be analysed and {they} not mined: "
                + "; ".join(failed)
                + more,
                err=True,
            )
        where = f" → {output}" if output != "-" else ""
        click.echo(
            f"{counted(seen, 'posting')}, {errors} with errors, {counted(written, 'phrase')} in at least "
            f"{counted(min_postings, 'posting')}" + where,
            err=True,
        )
    _refuse_nothing_analysed(seen, errors, "nothing to mine")


@main.command()
@click.option(
    "--output", "-o", default="-", metavar="OUT.csv", help="Where to write the CSV (default: standard output)."
)
@click.option("--quiet", "-q", is_flag=True, help="No summary.")
def skills(output: str, quiet: bool) -> None:
    """The taxonomy as a table: id, name, category, ESCO and O*NET references.

    Every export names skills by ``skill_id``; join on it to bring the ESCO v1.1.1 preferred label
    and the O*NET technology name (where the skill has an equivalent) into market or analyze tables.
    """
    import csv

    from .io.reports import csv_safe
    from .taxonomy import Taxonomy

    taxonomy = Taxonomy.load()
    with _output(output) as out:
        writer = csv.writer(out)
        writer.writerow(["skill_id", "skill", "category", "esco", "onet"])
        for skill in taxonomy.skills.values():
            writer.writerow(
                [csv_safe(c) for c in (skill.id, skill.name, skill.category, skill.esco or "", skill.onet or "")]
            )
    if output != "-" and not quiet:  # as every other command says what it wrote
        click.echo(f"{counted(len(taxonomy.skills), 'skill')} → {output}", err=True)


@main.command()
@click.argument("more_postings", metavar="[POSTINGS...]", nargs=-1)
@click.option(
    "--postings",
    multiple=True,
    metavar="CSV",
    help="Postings file with the gold ids (columns id, description); several are read as one, named "
    "after it, repeated, or without it as every other command names them.",
)
@click.option(
    "--gold",
    required=True,
    multiple=True,
    metavar="GOLD.jsonl",
    help="Gold annotations, one JSON object per posting (format: docs/evaluation.md); repeat it for several files.",
)
@click.option(
    "--predictions", default=None, metavar="PRED.jsonl", help="Score these predictions instead of running extract."
)
@_id_opt
@_text_opt
@click.option("--verbose", "-v", is_flag=True, help="List every miss, false positive and wrong requirement level.")
def evaluate(
    more_postings: tuple[str, ...],
    postings: tuple[str, ...],
    gold: tuple[str, ...],
    predictions: str | None,
    id_column,
    text_column,
    verbose: bool,
) -> None:
    """Precision, recall, F1 and requirement accuracy of extraction against gold spans.

    The gold file is JSON Lines: {"id": ..., "skills": [{"skill", "mentions", "requirement", "edge"}]}
    per posting; docs/evaluation.md describes every field and how each score is computed. Several
    annotated sets are scored as one by repeating --postings and --gold.
    """
    from .evaluation import gold_texts, load_gold_files, looks_like_gold, score
    from .io.postings import ReadReport, open_many
    from .nlp.extraction import extract_many

    postings = (*postings, *more_postings)
    if not postings:
        raise click.UsageError("no postings file: name the postings the gold describes (--postings my-postings.csv)")
    for named in more_postings:  # "--gold a.jsonl b.jsonl" leaves b.jsonl here
        if looks_like_gold(named):
            raise click.UsageError(f"{named} is a gold file, not postings: repeat --gold for each gold file")
    read_report = ReadReport()
    with closing(open_many(postings, id_column, text_column, read_report)) as stream:
        rows = list(stream)
    _say_columns(read_report)
    gold_records = load_gold_files(gold)
    source = ", ".join(postings)
    sources = [name for name, n in read_report.rows_by_source.items() for _ in range(n)]  # each row's file
    texts = gold_texts(rows, gold_records, source, sources)
    for warning in read_report.warnings:
        click.echo(f"warning: {warning}", err=True)
    _say_sources(read_report)
    if predictions:
        from .evaluation import load_gold as load_jsonl

        preds = load_jsonl(predictions)
        # the extract output of other postings would score 0.0 as if the extractor had found nothing
        if absent := [pid for pid in gold_records if pid not in preds]:
            if len(absent) == len(gold_records):
                raise InputError(
                    f"{predictions} has no record for any gold posting; is it the extract output of {source}?"
                )
            shown = ", ".join(repr(pid) for pid in absent[:5]) + (" …" if len(absent) > 5 else "")
            click.echo(
                f"warning: {predictions} has no record for {len(absent):,} of {len(gold_records):,} gold postings "
                f"({shown}); they count as finding nothing",
                err=True,
            )
    else:
        wanted = [(r.id, r.text) for r in rows if r.id in gold_records]
        preds = {res.id: res.to_dict() for res in extract_many(wanted)}
    result = score(texts, gold_records, preds, source)
    if unseen := result.unfindable():  # a typo in the gold, or the wrong postings file: such a skill can never be found
        click.echo(
            f"warning: gold skills with no mention in their posting's text, counted as missed whatever is "
            f"extracted: {unseen:,}; check the gold's mentions (--verbose lists them)",
            err=True,
        )
    if result.requirement_accuracy is None:
        click.echo(
            "note: requirement accuracy is not measured (null): no core skill found has a required or "
            "preferred level in the gold",
            err=True,
        )
    if verbose:
        for pid, skill, text in result.misses:
            click.echo(
                f"MISS   {pid}  {skill}  {text!r}" if text else f"MISS   {pid}  {skill}  (no mention in the text)"
            )
        for pid, skill, text in result.false_positives:
            click.echo(f"FP     {pid}  {skill}  {text!r}")
        for pid, skill, want, got in result.wrong_level:
            click.echo(f"LEVEL  {pid}  {skill}  gold={want} predicted={got}")
    click.echo(json.dumps(result.summary()))


_skills_opt = click.option(
    "--skills",
    "-s",
    default=None,
    metavar='"A, B, ..."',
    help='Your skills, comma separated, in any common spelling ("python, sklearn, k8s, postgres, stats").',
)
_profile_opt = click.option(
    "--profile",
    "profile_file",
    default=None,
    metavar="FILE",
    help="A saved profile (.json from --save-profile, or a .txt list of skills).",
)
_resume_opt = click.option(
    "--resume", default=None, metavar="FILE", help="Read your skills from a résumé (.txt, .md, .pdf or .docx)."
)


def _profile_options(f):
    return _skills_opt(_profile_opt(_resume_opt(f)))


_steps_opt = click.option(
    "--steps",
    "-k",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    metavar="K",
    help="Steps in the learn-next plan.",
)
_group_opt = click.option(
    "--group-by", default=None, metavar="COLUMN", help="Group the postings by this column of the postings file."
)
_date_opt = click.option(
    "--date-column", default=None, metavar="COLUMN", help="Column with each posting's date, for shares per period."
)
_period_opt = click.option(
    "--period",
    type=click.Choice(["year", "quarter", "month"]),
    default=None,
    help="Period of --date-column (default: year).",
)


def _read_profile(skills, profile_file, resume, taxonomy, quiet: bool):
    """The profile from --profile, --skills and --resume combined, with the warnings about it."""
    from .gap.profile import Profile, describe_unresolved, years_alone_messages
    from .io.profiles import load_profile
    from .io.resumes import profile_from_resume

    profile = Profile([], [], "")
    given = False
    if profile_file:
        profile, given = profile.merge(load_profile(profile_file, taxonomy)), True
    if skills is not None:
        profile, given = profile.merge(Profile.from_text(skills, taxonomy)), True
    if resume:
        profile, given = profile.merge(profile_from_resume(resume, taxonomy=taxonomy)), True
    profile.ensure_usable()
    if not profile.source:
        profile.source = "none"
    if not quiet:
        for warning in profile.warnings:  # years of a saved profile that were ignored
            click.echo(f"warning: {warning}", err=True)
        for said in years_alone_messages(profile.years_alone):  # "Python, 5 years": as the dashboard says
            click.echo(f"warning: {said}", err=True)
        unknown = profile.unknown_entries
        if unknown:
            click.echo(
                "warning: not in the taxonomy (counted only where a posting lists the same name): "
                + describe_unresolved(unknown),
                err=True,
            )
        if profile.is_empty:
            click.echo(
                "warning: "
                + ("no skills found in what you gave" if given else "no skills given (--skills, --profile or --resume)")
                + "; every skill the postings ask for is a gap",
                err=True,
            )
    return profile


def _market_columns(group_by: str | None, date_column: str | None, period: str | None) -> list[str]:
    if period is not None and date_column is None:
        raise click.UsageError("--period needs --date-column")
    return [c for c in (group_by, date_column) if c]


def _parse_compare(values) -> list[tuple[list[str], list[str]]]:
    """``A:B`` (a side may join groups with ``+``) -> pairs of group lists."""
    pairs = []
    for value in values:
        a, sep, b = value.partition(":")
        if not sep or not a.strip() or not b.strip():
            raise click.BadParameter(f"{value!r}: write two groups as A:B", param_hint="--compare")
        pairs.append(([x.strip() for x in a.split("+")], [x.strip() for x in b.split("+")]))
    return pairs


@main.command()
@_postings_arg
@_profile_options
@click.option(
    "--output",
    "-o",
    default="-",
    metavar="REPORT",
    help="Report file; its extension picks the format: .json, .csv, .md or .html (default: Markdown on standard output).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "csv", "md", "html"]),
    default=None,
    help="Format when writing to standard output (default: md).",
)
@click.option(
    "--save-profile", default=None, metavar="FILE.json", help="Also save the resolved profile, to reuse with --profile."
)
@_steps_opt
@_group_opt
@_date_opt
@_period_opt
@_id_opt
@_text_opt
@_title_opt
@_company_opt
@_batch_options
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, warnings or summary.")
def analyze(
    postings: tuple[str, ...],
    skills: str | None,
    profile_file: str | None,
    resume: str | None,
    output: str,
    fmt: str | None,
    save_profile: str | None,
    steps: int,
    group_by: str | None,
    date_column: str | None,
    period: str | None,
    id_column: str | None,
    text_column: str | None,
    title_column: str | None,
    company_column: str | None,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    time_limit: float,
    quiet: bool,
) -> None:
    """Your skills against the postings: matched and missing skills per posting, the gaps that
    matter most across them, coverage per interview category, as a report.

    POSTINGS is as for `extract`. Give your skills with --skills, --profile and/or --resume
    (they are combined); with none, every skill the postings ask for is a gap. The postings are
    analysed on all cores (--jobs) and the report is written as they come, so memory stays flat
    however many there are; Ctrl-C ends the report with the postings analysed so far.

    With --group-by (and/or --date-column) the report also holds the market view of the postings
    (as for `market`); every report but CSV holds the learn-next plan (--steps) and the interview
    prep per round (JSON: top-level "plan" and "rounds").
    """
    from .io.atomic import refuse_same_file
    from .io.postings import NameColumns, ReadReport
    from .io.profiles import save_profile as write_profile
    from .io.reports import format_for
    from .io.views import ReportViews
    from .taxonomy import load_default_taxonomy

    refuse_same_file(output, *postings, profile_file, resume)
    refuse_same_file(save_profile, *postings, profile_file, resume, output)
    if output != "-":
        format_for(output)  # refuse an unknown extension before any work
        if fmt is not None:
            raise click.UsageError("--format is for standard output; the --output file's extension picks its format")
    extra = _market_columns(group_by, date_column, period)
    if extra and not quiet and (format_for(output) if output != "-" else fmt) == "csv":
        # said before the work: the CSV report has no place for the market view (nor the plan)
        asked = " ".join(f"--{o} {c}" for o, c in (("group-by", group_by), ("date-column", date_column)) if c)
        click.echo(
            f"warning: the CSV report holds the gaps only, not the market view {asked} asks for; "
            f"write the report as .json, .md or .html, or the market view with skillgap market … {asked} -o market.csv",
            err=True,
        )
    taxonomy = load_default_taxonomy()
    profile = _read_profile(skills, profile_file, resume, taxonomy, quiet)
    if save_profile:
        write_profile(profile, save_profile)

    report = ReadReport()
    views = ReportViews(taxonomy, profile, steps, group_by, date_column, period if date_column else None)
    summary = _write_analysis(
        postings,
        id_column,
        text_column,
        report,
        profile,
        taxonomy,
        output,
        fmt,
        jobs,
        engine,
        scheduler,
        quiet,
        views,
        extra,
        time_limit,
        NameColumns(title_column, company_column),
    )
    if not quiet:
        for warning in report.warnings + views.warnings:
            click.echo(f"warning: {warning}", err=True)
        _say_sources(report)
        coverage = "–" if summary.mean_coverage is None else f"{summary.mean_coverage:.0%}"
        click.echo(
            f"{counted(summary.postings, 'posting')}, {summary.errors} with errors, mean coverage {coverage}, "
            f"{counted(len(summary.gaps), 'gap')}" + (f" → {output}" if output != "-" else ""),
            err=True,
        )
    if summary.postings and not summary.analysed:
        raise click.ClickException(
            f"no posting could be analysed ({summary.errors} with errors); the report lists each error"
        )


def _refuse_nothing_analysed(rows: int, errors: int, what: str) -> None:
    """Exit 1 (after the output is written) when there were rows and none could be analysed: a
    script must not go on as if it had a result (the wrong --text-column, empty descriptions)."""
    if rows and errors >= rows:
        raise click.ClickException(f"no posting could be analysed ({errors} with errors); {what}")


def _write_analysis(
    postings: tuple[str, ...],
    id_column,
    text_column,
    read_report,
    profile,
    taxonomy,
    output: str,
    fmt: str | None,
    jobs,
    engine,
    scheduler,
    quiet: bool,
    views: ReportViews,
    extra_columns: list[str],
    time_limit: float = DEFAULT_TIME_LIMIT,
    names=None,
):
    """Analyse every row through the batch engine (all cores) and write the report as the gaps
    arrive: one posting in memory at a time, the summary accumulated on the way. Returns it.

    The first Ctrl-C stops after the current row and ends the report there (whole and valid, over
    the postings analysed); a second one stops at once and leaves no report file.
    """
    from .io.postings import open_many
    from .io.reports import open_report
    from .progress import Progress
    from .run.local import analyze_rows

    _check_engine(engine, scheduler)
    to_stdout = output == "-"
    where = "standard output" if to_stdout else output
    before = None if to_stdout else _file_identity(output)
    progress = Progress("posting", fraction=read_report.fraction_read, enabled=not quiet)
    stopped = False
    written = 0
    try:
        with (
            _stop_on_ctrl_c() as stop,
            open_report(
                sys.stdout if to_stdout else output,
                profile,
                fmt=(fmt or "md") if to_stdout else None,
                taxonomy=taxonomy,
                sources=len(postings) > 1,
            ) as report,
        ):
            # The report opens first: an unwritable REPORT fails before the input file is opened.
            rows = open_many(postings, id_column, text_column, read_report, extra_columns, names)
            _say_columns(read_report, quiet)
            gaps = analyze_rows(
                rows, profile, jobs=jobs, engine=engine, scheduler=scheduler, time_limit=time_limit or None
            )
            try:
                for row, result, gap in gaps:
                    report.add(gap)
                    views.add(gap, row=row, result=result)
                    written += 1
                    progress.update()
                    if stop():
                        stopped = True
                        break
            finally:
                gaps.close()  # stops the workers now (not when the generator is collected)
                rows.close()
                progress.close()
            summary = report.finish(**views.finish_options(report.fmt))
    except KeyboardInterrupt as e:
        if not to_stdout:
            if _file_identity(output) == before:
                what = "no report written (" + (f"{output} untouched)" if before else f"no {output} created)")
            else:  # the signal came after the report took its name: it is whole
                what = f"{output} holds the report on postings 1..{written}"
        else:  # JSON and CSV went out as they came; Markdown and HTML wait for the summary
            what = (
                "standard output holds an incomplete report"
                if (fmt or "md") in ("json", "csv")
                else "no report written"
            )
        click.echo(f"interrupted after {counted(written, 'row')}: {what}", err=True)
        _exit_interrupted(e)
    if to_stdout:
        sys.stdout.flush()
    if stopped:
        click.echo(
            f"interrupted after {counted(written, 'row')}; {where} holds the report on postings 1..{written}", err=True
        )
        sys.exit(EXIT_INTERRUPTED)
    return summary


@main.command()
@_postings_arg
@_profile_options
@_steps_opt
@click.option(
    "--output",
    "-o",
    default="-",
    metavar="PLAN",
    help="Plan file; its extension picks the format: .md, .html or .json (default: Markdown on standard output).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["json", "md", "html"]), default=None, help="Format on standard output."
)
@_id_opt
@_text_opt
@_batch_options
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, warnings or summary.")
def plan(
    postings: tuple[str, ...],
    skills: str | None,
    profile_file: str | None,
    resume: str | None,
    steps: int,
    output: str,
    fmt: str | None,
    id_column: str | None,
    text_column: str | None,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    time_limit: float,
    quiet: bool,
) -> None:
    """What to learn next, in order, over your postings, and how to prepare for each interview round.

    Each step is the skill that brings the most of the postings within reach (none of their
    required skills missing), then raises coverage most; prerequisites come first, marked "needed
    for …". POSTINGS and the skills are as for `analyze`; the postings are analysed on all cores.
    """
    from .gap.asks import AskCollector, plan_with_rounds
    from .io.atomic import refuse_same_file
    from .io.plan_report import plan_format_for, render_plan, write_plan
    from .io.postings import ReadReport, open_many
    from .io.views import skill_namer
    from .progress import Progress
    from .run.local import analyze_batch
    from .taxonomy import load_default_taxonomy

    _check_engine(engine, scheduler)
    refuse_same_file(output, *postings, profile_file, resume)
    if output != "-":
        plan_format_for(output)
        if fmt is not None:
            raise click.UsageError("--format is for standard output; the --output file's extension picks its format")
    taxonomy = load_default_taxonomy()
    profile = _read_profile(skills, profile_file, resume, taxonomy, quiet)
    read_report = ReadReport()
    collector = AskCollector()
    failed = 0  # postings that could not be analysed
    progress = Progress("posting", fraction=read_report.fraction_read, enabled=not quiet)
    with _stop_on_ctrl_c() as stop:
        rows = open_many(postings, id_column, text_column, read_report)
        _say_columns(read_report, quiet)
        try:
            for gap in analyze_batch(
                rows, profile, jobs=jobs, engine=engine, scheduler=scheduler, time_limit=time_limit or None
            ):
                collector.add(gap)
                failed += gap.error is not None
                progress.update()
                if stop():
                    raise KeyboardInterrupt
        except KeyboardInterrupt:
            click.echo(f"interrupted after {counted(len(collector.postings), 'row')}: no plan written", err=True)
            sys.exit(EXIT_INTERRUPTED)
        finally:
            progress.close()
    the_plan, rounds = plan_with_rounds(
        collector.postings, collector.known(profile.known_ids()), taxonomy, steps, collector.unlisted_names
    )
    name_of = skill_namer(taxonomy, collector.unlisted_names)
    named = [s.skill for s in profile.skills if s.how != "implied"]
    if output == "-":
        sys.stdout.write(render_plan(the_plan, rounds, fmt or "md", name_of=name_of, profile=named))
        sys.stdout.flush()
    else:
        write_plan(the_plan, rounds, output, name_of=name_of, profile=named)
    if not quiet:
        for warning in read_report.warnings:
            click.echo(f"warning: {warning}", err=True)
        _say_sources(read_report)
        click.echo(
            f"{counted(len(collector.postings), 'posting')} ({the_plan.skipped} without skills, "
            f"{the_plan.failed} with errors), "
            f"{counted(len(the_plan.steps), 'step')}, within reach now {the_plan.within_reach_now:.0%}"
            + (f", after the plan {the_plan.within_reach_after(steps):.0%}" if the_plan.steps else "")
            + (f" → {output}" if output != "-" else ""),
            err=True,
        )
    _refuse_nothing_analysed(len(collector.postings), failed, "nothing to plan for")


@main.command()
@_postings_arg
@_group_opt
@_date_opt
@_period_opt
@click.option(
    "--compare",
    multiple=True,
    metavar="A:B",
    help="Compare group A with group B (repeatable; join groups on a side with +). "
    "Default: the two groups, or each group against the rest.",
)
@click.option(
    "--min-postings",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Groups and periods with fewer postings are flagged, not compared (default: 30).",
)
@click.option(
    "--output",
    "-o",
    default="-",
    metavar="REPORT",
    help="Report file; its extension picks the format: .json, .csv, .md or .html (default: Markdown on standard output).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["json", "csv", "md", "html"]), default=None, help="Format on standard output."
)
@_id_opt
@_text_opt
@_jobs_opt
@_engine_opt
@_scheduler_opt
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, warnings or summary.")
def market(
    postings: tuple[str, ...],
    group_by: str | None,
    date_column: str | None,
    period: str | None,
    compare: tuple[str, ...],
    min_postings: int | None,
    output: str,
    fmt: str | None,
    id_column: str | None,
    text_column: str | None,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """What a set of postings asks for: per group and period, the differences between groups with
    intervals, rising and falling skills, skills that travel together, clusters, a coverage curve.

    POSTINGS is as for `extract`; --group-by and --date-column name its other columns. Each chunk of
    postings is counted where it is analysed (worker processes, or a Dask cluster's workers), so
    memory stays flat however many there are.
    """
    from .gap.market import MIN_POSTINGS
    from .io.atomic import refuse_same_file
    from .io.market_report import render_market, write_market
    from .io.postings import ReadReport, open_many
    from .io.reports import format_for
    from .progress import Progress
    from .run.local import count_market
    from .taxonomy import load_default_taxonomy

    _check_engine(engine, scheduler)
    refuse_same_file(output, *postings)
    if output != "-":
        format_for(output)
        if fmt is not None:
            raise click.UsageError("--format is for standard output; the --output file's extension picks its format")
    extra = _market_columns(group_by, date_column, period)
    pairs = _parse_compare(compare)
    if pairs and group_by is None:
        raise click.UsageError("--compare needs --group-by")
    taxonomy = load_default_taxonomy()
    read_report = ReadReport()
    progress = Progress("posting", fraction=read_report.fraction_read, enabled=not quiet)
    with _stop_on_ctrl_c() as stop:
        rows = open_many(postings, id_column, text_column, read_report, extra)
        _say_columns(read_report, quiet)

        def rows_counted(n: int) -> None:
            progress.update(n)
            if stop():
                raise KeyboardInterrupt

        try:
            counter = count_market(
                rows,
                group_column=group_by,
                date_column=date_column,
                period=period or ("year" if date_column else None),
                jobs=jobs,
                engine=engine,
                scheduler=scheduler,
                on_rows=rows_counted,
            )
        except KeyboardInterrupt:
            click.echo("interrupted: no market report written", err=True)
            sys.exit(EXIT_INTERRUPTED)
        finally:
            progress.close()
    result = counter.result(
        taxonomy, compare=pairs or None, min_postings=min_postings if min_postings is not None else MIN_POSTINGS
    )
    if output == "-":
        sys.stdout.write(render_market(result, fmt or "md"))
        sys.stdout.flush()
    else:
        write_market(result, output)
    if not quiet:
        for warning in read_report.warnings + result.warnings:
            click.echo(f"warning: {warning}", err=True)
        _say_sources(read_report)
        click.echo(
            f"{counted(result.postings + result.errors, 'posting')}, {result.errors} with errors, "
            f"{counted(len(result.groups), 'group')}"
            + (f", {counted(len(result.periods), 'period')}" if result.periods else "")
            + (f" → {output}" if output != "-" else ""),
            err=True,
        )
    _refuse_nothing_analysed(result.postings + result.errors, result.errors, "the report says why")


#: Output names that say another format than the JSON Lines ``extract`` writes.
_NOT_JSON_LINES = {".csv", ".tsv", ".md", ".html", ".htm", ".xlsx", ".xls", ".ods", ".parquet", ".pdf", ".docx"}


def _refuse_report_name(output: str) -> None:
    """OutputError when ``extract`` is asked to write JSON Lines under a table's or a report's name
    ("-o skills.csv" would be JSON in a file Excel opens as a broken table)."""
    from pathlib import Path

    path = Path(output)
    if output != "-" and path.suffix.lower() in _NOT_JSON_LINES:
        raise OutputError(
            f"{output}: extract writes JSON Lines; name the output {path.stem}.jsonl "
            "(for a report table, use skillgap analyze … -o report.csv)"
        )


@contextmanager
def _output(path: str):
    """Standard output, or a file written whole or not at all (see :mod:`analyzer.io.atomic`)."""
    from .io.atomic import atomic_text

    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_text(path) as handle:
        yield handle
