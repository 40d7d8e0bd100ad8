"""The ``skillgap`` command. It only translates: the library does the work and raises
:class:`~analyzer.errors.SkillgapError`, which becomes one line on stderr and exit code 1."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
import click

from .errors import OutputError, SkillgapError

EXIT_INPUT = 1
EXIT_INTERRUPTED = 130


class _Command(click.Command):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except SkillgapError as e:
            raise click.ClickException(str(e)) from None
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
_id_opt = click.option("--id-column", default=None, metavar="NAME", help="Column with the posting id (default: id; rows are numbered when absent).")
_text_opt = click.option("--text-column", default=None, metavar="NAME", help="Column with the posting text (default: description).")


@main.command()
@_postings_arg
@_id_opt
@_text_opt
@click.option("--output", "-o", default="-", metavar="OUT.jsonl", help="Where to write JSON Lines (default: standard output).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def extract(postings: str, id_column: str | None, text_column: str | None, output: str, quiet: bool) -> None:
    """Skills asked for in each posting, as JSON Lines (one object per input row, in order).

    POSTINGS is a CSV file (.csv or .csv.gz; columns id and description by default), a JSON
    Lines or Parquet file, a .txt file holding one posting, or - for standard input.
    """
    from .extraction import extract_rows
    from .postings_io import ReadReport, open_postings

    report = ReadReport()
    rows = open_postings(postings, id_column, text_column, report)
    written = errors = 0
    with _output(output) as out:
        try:
            for result in extract_rows(rows):
                out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
                written += 1
                errors += result.error is not None
        except KeyboardInterrupt:
            out.flush()
            click.echo(f"interrupted: {written} rows written to {output}; the file is complete up to that row", err=True)
            sys.exit(EXIT_INTERRUPTED)
    if not quiet:
        for warning in report.warnings:
            click.echo(f"warning: {warning}", err=True)
        if output != "-" or errors:
            click.echo(f"{written} postings, {errors} with errors" + (f" → {output}" if output != "-" else ""), err=True)


@main.command()
@click.option("--postings", required=True, metavar="CSV", help="Postings file with the gold ids (columns id, description).")
@click.option("--gold", required=True, metavar="GOLD.jsonl", help="Gold annotations (format: see the dev-gold README).")
@click.option("--predictions", default=None, metavar="PRED.jsonl", help="Score these predictions instead of running extract.")
@_id_opt
@_text_opt
@click.option("--verbose", "-v", is_flag=True, help="List every miss, false positive and wrong requirement level.")
def evaluate(postings: str, gold: str, predictions: str | None, id_column, text_column, verbose: bool) -> None:
    """Precision, recall, F1 and requirement accuracy of extraction against gold spans."""
    from .evaluation import load_gold, score
    from .extraction import extract_many
    from .postings_io import read_postings

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
