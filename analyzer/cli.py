"""The ``skillgap`` command. It only translates: the library does the work and raises
:class:`~analyzer.errors.SkillgapError`, which becomes one line on stderr and exit code 1."""

from __future__ import annotations

import json
import sys
from contextlib import closing, contextmanager
from pathlib import Path

import click

from .errors import (
    ColumnNotFoundError,
    MissingDependencyError,
    OutputError,
    ResumeWithoutTextError,
    SkillgapError,
)

EXIT_INTERRUPTED = 130


def how_to_fix(error: SkillgapError) -> str:
    """What to type to get past ``error``, in this command's terms (appended to its message)."""
    if isinstance(error, ColumnNotFoundError):
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


_postings_arg = click.argument("postings", metavar="POSTINGS")
_id_opt = click.option(
    "--id-column",
    default=None,
    metavar="NAME",
    help="Column with the posting id (default: id; rows are numbered when absent).",
)
_text_opt = click.option(
    "--text-column", default=None, metavar="NAME", help="Column with the posting text (default: description)."
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


def _batch_options(f):
    return _jobs_opt(_engine_opt(_scheduler_opt(f)))


def _check_engine(engine: str, scheduler: str | None) -> None:
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")


@contextmanager
def _stop_on_ctrl_c():
    """Ctrl-C sets a flag instead of raising mid-write; the loop checks ``stop()`` after each row.

    The output then ends at a whole row. A second Ctrl-C stops at once.
    """
    import signal
    import threading

    pressed = []
    if threading.current_thread() is not threading.main_thread():
        yield lambda: False
        return

    def handler(signum, frame):
        if pressed:
            raise KeyboardInterrupt
        pressed.append(signum)

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield lambda: bool(pressed)
    finally:
        signal.signal(signal.SIGINT, previous)


@main.command()
@_postings_arg
@_id_opt
@_text_opt
@click.option(
    "--output", "-o", default="-", metavar="OUT.jsonl", help="Where to write JSON Lines (default: standard output)."
)
@_batch_options
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def extract(
    postings: str,
    id_column: str | None,
    text_column: str | None,
    output: str,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """Skills asked for in each posting, as JSON Lines (one object per input row, in order).

    POSTINGS is a CSV file (.csv or .csv.gz; columns id and description by default), a JSON
    Lines or Parquet file, a .txt file holding one posting, or - for standard input. The file is
    read and written as a stream, on all cores (--jobs); a row that fails keeps its error and the
    run goes on; Ctrl-C leaves OUT valid up to the last row written.
    """
    from .io.postings import ReadReport, open_postings
    from .progress import Progress
    from .run.local import extract_jsonl

    _check_engine(engine, scheduler)
    report = ReadReport()
    rows = open_postings(postings, id_column, text_column, report)
    written = errors = 0
    progress = Progress("postings", fraction=report.fraction_read, enabled=not quiet)
    stopped = False
    with closing(rows), _output(output) as out, _stop_on_ctrl_c() as stop:
        try:
            for line, error in extract_jsonl(rows, jobs=jobs, engine=engine, scheduler=scheduler):
                out.write(line + "\n")
                written += 1
                errors += error is not None
                progress.update()
                if stop():
                    stopped = True
                    break
        except KeyboardInterrupt:
            stopped = True
        finally:
            progress.close()
        out.flush()
    if stopped:
        where = "standard output" if output == "-" else output
        click.echo(f"interrupted after {written} rows; {where} holds rows 1..{written}", err=True)
        sys.exit(EXIT_INTERRUPTED)
    if not quiet:
        for warning in report.warnings:
            click.echo(f"warning: {warning}", err=True)
        if output != "-" or errors:
            click.echo(
                f"{written} postings, {errors} with errors" + (f" → {output}" if output != "-" else ""), err=True
            )


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
@_batch_options
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def mine(
    postings: str,
    id_column: str | None,
    text_column: str | None,
    output: str,
    min_postings: int,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """Phrases postings ask for that the taxonomy does not know, counted over POSTINGS (CSV).

    Reads the phrases in skill slots ("experience with …", "knowledge of …", "such as …" lists,
    short lines under requirement headings) that no taxonomy skill covers, and writes one row per
    normalised phrase: postings, mentions, postings requiring it, a suggested category (the most
    common among the known skills in the same sentences), surface forms and three example
    contexts, most widespread first. The input is read as a stream; review the output before
    adding a phrase to data/taxonomy/skills/.
    """
    from .io.postings import ReadReport, open_postings
    from .progress import Progress
    from .run.local import extract_batch
    from .run.mining import mine_results, write_mined_csv

    _check_engine(engine, scheduler)
    report = ReadReport()
    rows = open_postings(postings, id_column, text_column, report)
    progress = Progress("postings", fraction=report.fraction_read, enabled=not quiet)
    seen = 0

    def results():
        nonlocal seen
        for result in extract_batch(rows, jobs=jobs, engine=engine, scheduler=scheduler, keep_text=True):
            seen += 1
            progress.update()
            yield result

    with closing(rows):
        try:
            phrases = mine_results(results(), min_postings=min_postings)
        finally:
            progress.close()
    with _output(output) as out:
        written = write_mined_csv(phrases, out)
    if not quiet:
        for warning in report.warnings:
            click.echo(f"warning: {warning}", err=True)
        where = f" → {output}" if output != "-" else ""
        click.echo(f"{seen} postings, {written} phrases in at least {min_postings} postings{where}", err=True)


@main.command()
@click.option(
    "--output", "-o", default="-", metavar="OUT.csv", help="Where to write the CSV (default: standard output)."
)
def skills(output: str) -> None:
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


@main.command()
@click.option(
    "--postings", required=True, metavar="CSV", help="Postings file with the gold ids (columns id, description)."
)
@click.option("--gold", required=True, metavar="GOLD.jsonl", help="Gold annotations (format: see the dev-gold README).")
@click.option(
    "--predictions", default=None, metavar="PRED.jsonl", help="Score these predictions instead of running extract."
)
@_id_opt
@_text_opt
@click.option("--verbose", "-v", is_flag=True, help="List every miss, false positive and wrong requirement level.")
def evaluate(postings: str, gold: str, predictions: str | None, id_column, text_column, verbose: bool) -> None:
    """Precision, recall, F1 and requirement accuracy of extraction against gold spans."""
    from .evaluation import load_gold, score
    from .io.postings import read_postings
    from .nlp.extraction import extract_many

    rows, _ = read_postings(postings, id_column, text_column)
    texts = {r.id: r.text or "" for r in rows}
    gold_records = load_gold(gold)
    if predictions:
        from .evaluation import load_gold as load_jsonl

        preds = load_jsonl(predictions)
    else:
        wanted = [(r.id, r.text) for r in rows if r.id in gold_records]
        preds = {res.id: res.to_dict() for res in extract_many(wanted)}
    result = score(texts, gold_records, preds)
    if verbose:
        for pid, skill, text in result.misses:
            click.echo(f"MISS   {pid}  {skill}  {text!r}")
        for pid, skill, text in result.false_positives:
            click.echo(f"FP     {pid}  {skill}  {text!r}")
        for pid, skill, want, got in result.wrong_level:
            click.echo(f"LEVEL  {pid}  {skill}  gold={want} predicted={got}")
    click.echo(json.dumps(result.summary()))


@main.command()
@_postings_arg
@click.option(
    "--skills",
    "-s",
    default=None,
    metavar='"A, B, ..."',
    help='Your skills, comma separated, in any common spelling ("python, sklearn, k8s, postgres, stats").',
)
@click.option(
    "--profile",
    "profile_file",
    default=None,
    metavar="FILE",
    help="A saved profile (.json from --save-profile, or a .txt list of skills).",
)
@click.option(
    "--resume", default=None, metavar="FILE", help="Read your skills from a résumé (.txt, .md, .pdf or .docx)."
)
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
@_id_opt
@_text_opt
@_batch_options
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, warnings or summary.")
def analyze(
    postings: str,
    skills: str | None,
    profile_file: str | None,
    resume: str | None,
    output: str,
    fmt: str | None,
    save_profile: str | None,
    id_column: str | None,
    text_column: str | None,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """Your skills against the postings: matched and missing skills per posting, the gaps that
    matter most across them, coverage per interview category, as a report.

    POSTINGS is as for `extract`. Give your skills with --skills, --profile and/or --resume
    (they are combined); with none, every skill the postings ask for is a gap. The postings are
    analysed on all cores (--jobs) and the report is written as they come, so memory stays flat
    however many there are; Ctrl-C ends the report with the postings analysed so far.
    """
    from .gap.profile import Profile, describe_unresolved
    from .io.postings import ReadReport
    from .io.profiles import load_profile
    from .io.profiles import save_profile as write_profile
    from .io.reports import format_for
    from .io.resumes import profile_from_resume
    from .nlp.pipeline import default_pipeline, pipeline_taxonomy

    if output != "-":
        format_for(output)  # refuse an unknown extension before any work
        if fmt is not None:
            raise click.UsageError("--format is for standard output; the --output file's extension picks its format")
    nlp = default_pipeline()
    taxonomy = pipeline_taxonomy(nlp)
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
        if profile.unresolved:
            click.echo("warning: not recognised, not counted: " + describe_unresolved(profile.unresolved), err=True)
        if profile.is_empty:
            click.echo(
                "warning: "
                + ("no skills found in what you gave" if given else "no skills given (--skills, --profile or --resume)")
                + "; every skill the postings ask for is a gap",
                err=True,
            )
    if save_profile:
        write_profile(profile, save_profile)

    report = ReadReport()
    summary = _write_analysis(
        postings, id_column, text_column, report, profile, taxonomy, output, fmt, jobs, engine, scheduler, quiet
    )
    if not quiet:
        for warning in report.warnings:
            click.echo(f"warning: {warning}", err=True)
        coverage = "–" if summary.mean_coverage is None else f"{summary.mean_coverage:.0%}"
        click.echo(
            f"{summary.postings} postings, {summary.errors} with errors, mean coverage {coverage}, "
            f"{len(summary.gaps)} gaps" + (f" → {output}" if output != "-" else ""),
            err=True,
        )
    if summary.postings and not summary.analysed:
        raise click.ClickException(
            f"no posting could be analysed ({summary.errors} with errors); the report lists each error"
        )


def _write_analysis(
    postings: str,
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
):
    """Analyse every row through the batch engine (all cores) and write the report as the gaps
    arrive: one posting in memory at a time, the summary accumulated on the way. Returns it.

    The first Ctrl-C stops after the current row and ends the report there (whole and valid, over
    the postings analysed); a second one stops at once and leaves no report file.
    """
    from .io.postings import open_postings
    from .io.reports import open_report
    from .progress import Progress
    from .run.local import analyze_batch

    _check_engine(engine, scheduler)
    to_stdout = output == "-"
    where = "standard output" if to_stdout else output
    progress = Progress("postings", fraction=read_report.fraction_read, enabled=not quiet)
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
            ) as report,
        ):
            # The report opens first: an unwritable REPORT fails before the input file is opened.
            rows = open_postings(postings, id_column, text_column, read_report)
            try:
                for gap in analyze_batch(rows, profile, jobs=jobs, engine=engine, scheduler=scheduler):
                    report.add(gap)
                    written += 1
                    progress.update()
                    if stop():
                        stopped = True
                        break
            finally:
                progress.close()
            summary = report.finish()
    except KeyboardInterrupt:
        if not to_stdout:
            what = f"no report written ({output} untouched)"
        else:  # JSON and CSV went out as they came; Markdown and HTML wait for the summary
            what = (
                "standard output holds an incomplete report"
                if (fmt or "md") in ("json", "csv")
                else "no report written"
            )
        click.echo(f"interrupted after {written} rows: {what}", err=True)
        sys.exit(EXIT_INTERRUPTED)
    if to_stdout:
        sys.stdout.flush()
    if stopped:
        click.echo(f"interrupted after {written} rows; {where} holds the report on postings 1..{written}", err=True)
        sys.exit(EXIT_INTERRUPTED)
    return summary


@contextmanager
def _output(path: str):
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    try:
        handle = target.open("w", encoding="utf-8", newline="\n")
    except OSError as e:
        raise OutputError(f"cannot write {target}: {e.strerror or e}") from None
    with handle:
        yield handle
