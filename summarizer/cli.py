"""Command line: `summarizer brief`, `extract`, `schema`, `prompts`. Errors become one line on
stderr and a non-zero exit, in one place (`main`)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from . import api, backends, modelfile, schemas
from .cache import ExtractionCache
from .errors import InputError, SummarizerError
from .extract import Extractor
from .generation import Backend
from .load import find_articles
from .pipeline import ProgressCallbacks, check_out_dir, extract_one, extract_output
from .pipeline import brief as brief_pipeline
from .prompting import load_template, shipped_templates, usable_template
from .readers import find_inputs
from .resources import write_atomic
from .settings import (
    VARIABLES,
    LlamaSettings,
    OpenAISettings,
    ReplaySettings,
    RunSettings,
    from_environment,
)
from .types import Failure

INTERRUPTED = 130  # the exit code of Ctrl-C

app = typer.Typer(
    help="Turn several news articles about one event into a grounded cross-source briefing, "
    "with a local open-weight model.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
prompts_app = typer.Typer(help="List, show and check prompt templates.", no_args_is_help=True)
app.add_typer(prompts_app, name="prompts")
cache_app = typer.Typer(help="The cache of extractions on disk.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")

# Paths, article ids, errors and events are text, never markup: a line escape()s what it shows
# of them, or is printed with markup=False (a folder named "m[/x]" prints as it is).
err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)


@dataclass(frozen=True)
class Invocation:
    """The global options with the environment applied, for the commands (typer's ctx.obj)."""

    run: RunSettings
    # Every backend option by settings field name; the chosen backend's settings take theirs.
    backend_options: Mapping[str, Any]

    def open_backend(self) -> Backend:
        """The chosen backend, behind a spinner while it loads (none with --quiet)."""
        name = self.run.backend
        settings = backends.settings_for(name, self.backend_options)
        if self.run.quiet:
            return backends.create(name, settings)
        with err.status("loading the model…"):
            return backends.create(name, settings)

    def extraction_cache(self) -> ExtractionCache | None:
        if not self.run.cache:
            return None
        return (
            ExtractionCache(self.run.cache_dir) if self.run.cache_dir else ExtractionCache.default()
        )


def _invocation(ctx: typer.Context) -> Invocation:
    invocation = ctx.obj
    assert isinstance(invocation, Invocation), "set by global_options, typer's callback"
    return invocation


def _env_help(field: str) -> str:
    """How typer's --help shows an option's environment variable (read by settings.py)."""
    return escape(f" [env var: {VARIABLES[field]}]")


@app.callback()
def global_options(
    ctx: typer.Context,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            help="Path of a GGUF model file. Default: the embedded Qwen2.5-Coder-1.5B-Instruct."
            + _env_help("model"),
        ),
    ] = None,
    prompt: Annotated[
        str | None,
        typer.Option(
            "--prompt", help="A shipped prompt template's name, or a template file's path."
        ),
    ] = RunSettings.prompt,
    backend: Annotated[
        str,
        typer.Option(
            "--backend",
            help="llama (in-process model), openai (an OpenAI-compatible server, see "
            "--base-url), replay (recorded outputs) or rules (no model: only what the rules "
            "find).",
        ),
    ] = RunSettings.backend,
    replay: Annotated[
        Path | None, typer.Option("--replay", help="Recordings file for --backend replay.")
    ] = ReplaySettings.path,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="The server's OpenAI API root for --backend openai, e.g. "
            "http://127.0.0.1:8000/v1" + _env_help("base_url"),
        ),
    ] = None,
    served_model: Annotated[
        str | None,
        typer.Option(
            "--served-model", help="Model name to ask the server for (default: its first)."
        ),
    ] = OpenAISettings.served_model,
    api_key: Annotated[
        str | None,
        typer.Option("--api-key", help="Bearer token for the server." + _env_help("api_key")),
    ] = None,
    concurrency: Annotated[
        int,
        typer.Option(
            "--concurrency", min=1, help="Articles sent to the server at once (--backend openai)."
        ),
    ] = OpenAISettings.concurrency,
    constraint: Annotated[
        str,
        typer.Option(
            "--constraint",
            help="How the schema reaches the server: auto, json_schema (vLLM, Ollama, "
            "llama-server) or grammar (llama-cpp-python's server).",
        ),
    ] = OpenAISettings.constraint,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout", min=1, help="Seconds to wait for one server answer (--backend openai)."
        ),
    ] = OpenAISettings.timeout,
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", help="Neither read nor write the cache of extractions."),
    ] = not RunSettings.cache,
    cache_dir: Annotated[
        Path | None,
        typer.Option(
            "--cache-dir",
            help="Folder of cached extractions (default: the user cache, see `cache info`)."
            + _env_help("extractions"),
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress output.")
    ] = RunSettings.quiet,
) -> None:
    # The environment is read here, once: an option given wins over its variable.
    env = from_environment()
    ctx.obj = Invocation(
        run=RunSettings(
            backend=backend,
            prompt=prompt,
            quiet=quiet,
            cache=not no_cache,
            cache_dir=cache_dir or env.extractions,
        ),
        backend_options={
            "model": LlamaSettings.given(model, env).model,
            "base_url": base_url or env.base_url,
            "served_model": served_model,
            "api_key": api_key or env.api_key,
            "concurrency": concurrency,
            "constraint": constraint,
            "timeout": timeout,
            "path": replay,
        },
    )


# What `brief` and `stories` read (summarizer.readers).
INPUTS_HELP = (
    "Articles: text (.txt, .md), web pages (.html), feeds (.xml, .rss, .atom), JSON Lines "
    "(.jsonl), WARC archives (.warc, .warc.gz), or folders of them."
)
Inputs = Annotated[list[Path], typer.Argument(help=INPUTS_HELP)]


def _finish(failures: list[Failure], files: Mapping[str, Path], *, made_any: bool) -> None:
    """The end of a command that reads many articles: each article that failed on stderr, each
    file written on stdout; exit code 5 when some failed, 4 when all did (nothing `made_any`)."""
    for failure in failures:
        err.print(f"[red]failed:[/] {escape(failure.file)}: {escape(failure.error)}")
    for path in files.values():
        out.print(str(path), markup=False, highlight=False)
    if failures:
        raise typer.Exit(code=5 if made_any else 4)


@app.command()
def brief(
    ctx: typer.Context,
    paths: Inputs,
    out_dir: Annotated[
        Path,
        typer.Option("--out", help="Folder for briefing.md, briefing.html and briefing.json."),
    ] = Path("briefing"),
) -> None:
    """Write a cross-source briefing of the articles: briefing.md, .html and .json."""
    invocation = _invocation(ctx)
    # Bad paths, an unusable --out and bad templates fail before the model loads.
    find_inputs(paths)
    check_out_dir(out_dir)
    template = usable_template(invocation.run.prompt)
    backend = invocation.open_backend()
    with show_progress(quiet=invocation.run.quiet) as callbacks:
        result = brief_pipeline(
            paths,
            Extractor(backend=backend, template=template),
            out_dir,
            callbacks,
            invocation.extraction_cache(),
        )
    briefing = result.briefing
    err.print(
        f"[bold]{len(briefing.sources)}[/] articles, {len(briefing.actors)} actors, "
        f"{len(briefing.quotes)} quotes in {briefing.provenance.timings['total_seconds']:.0f}s"
    )
    if briefing.rejected:
        dropped = ", ".join(f"{n} {kind}" for kind, n in briefing.rejected.items())
        err.print(f"[yellow]warning:[/] left out: {dropped} (reasons: summarizer extract FILE)")
    _finish(briefing.failures, result.files, made_any=bool(briefing.sources))


@app.command()
def extract(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="One article file.")],
) -> None:
    """Print one article's extraction and its provenance as JSON
    (schemas/extract-output.schema.json)."""
    from .load import read_article

    invocation = _invocation(ctx)
    article = read_article(file)
    extractor = api.extractor(prompt=invocation.run.prompt, backend=invocation.open_backend())
    extraction, cached = extract_one(article, extractor, invocation.extraction_cache())
    output = extract_output(extraction, cached, extractor)
    sys.stdout.write(output.model_dump_json(indent=2) + "\n")


@app.command()
def schema(
    name: Annotated[
        str | None,
        typer.Argument(help=f"One of: {', '.join(schemas.MODELS)}. Default: all of them."),
    ] = None,
) -> None:
    """Print the JSON Schemas of the outputs (and of what the model writes)."""
    if name is None:
        sys.stdout.write(
            json.dumps({n: schemas.shipped(n) for n in schemas.MODELS}, indent=2) + "\n"
        )
        return
    if name not in schemas.MODELS:
        raise SummarizerError(f"unknown schema {name!r}: use one of {', '.join(schemas.MODELS)}")
    sys.stdout.write(schemas.dump(schemas.shipped(name)))


@app.command("eval")
def eval_command(
    ctx: typer.Context,
    gold: Annotated[
        Path,
        typer.Argument(
            help="Gold annotations: JSON Lines of articles, or event gold (a folder of event "
            "files such as tests/gold/basil, or one; their texts from --texts). See README."
        ),
    ],
    per_article: Annotated[
        bool,
        typer.Option(
            "--per-article",
            help="Also print a line per article and its misses (with --json: in the JSON).",
        ),
    ] = False,
    all_quotes: Annotated[
        bool,
        typer.Option(
            "--all-quotes", help="Score mixed (partly paraphrased) quotes too, not only direct."
        ),
    ] = False,
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N articles.")] = None,
    stride: Annotated[
        int, typer.Option("--stride", min=1, help="Every K-th article (a spread-out sample).")
    ] = 1,
    offset: Annotated[
        int,
        typer.Option(
            "--offset",
            min=0,
            help="Start at the N-th article (0-based): with --stride, the "
            "halves of a set are --stride 2 and --stride 2 --offset 1.",
        ),
    ] = 0,
    positions: Annotated[
        bool, typer.Option("--positions/--no-positions", help="Also ask for positions.")
    ] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    attributions: Annotated[
        bool,
        typer.Option(
            "--attributions",
            help="Score every attribution (source, cue, content; the gold's `attributions`) "
            "found by the attribution model instead of the extraction's quotes.",
        ),
    ] = False,
    texts: Annotated[
        Path | None,
        typer.Option(
            "--texts",
            help="With event gold: the JSON Lines file of events holding the articles' texts "
            "(BASIL's format), e.g. ../shared/eval/basil-dev.jsonl.",
        ),
    ] = None,
) -> None:
    """Score extraction against hand-annotated gold: quote precision/recall/F1, speaker
    accuracy, actor F1 (with --attributions: content P/R/F1 and source accuracy of every
    attribution, by kind). Against event gold also stances per issue, junk and split actors,
    the speakers of all quotes and, with --positions, the disagreements of each event's
    briefing."""
    from .evaluate import eval_json, evaluate
    from .event_gold import is_event_gold

    if attributions:
        _eval_attributions(gold, per_article, limit, stride, offset, json_out)
        return
    if is_event_gold(gold):
        _eval_events(ctx, gold, texts, per_article, all_quotes, limit, stride, offset, positions,
                     json_out)  # fmt: skip
        return
    if texts is not None:
        raise InputError("--texts goes with event gold (a folder of event files, or one)")
    invocation = _invocation(ctx)
    extractor = api.extractor(prompt=invocation.run.prompt, backend=invocation.open_backend())
    extractor.with_positions = positions

    show = _article_printer(per_article and not json_out)
    total, articles = evaluate(
        gold,
        extractor,
        quote_types={"direct", "mixed"} if all_quotes else {"direct"},
        limit=limit,
        stride=stride,
        offset=offset,
        on_article=show,
    )
    if json_out:
        sys.stdout.write(json.dumps(eval_json(total, articles, per_article), indent=2) + "\n")
        return
    _print_figures(total.figures(), articles)


def _article_printer(verbose: bool) -> Any:
    def show(score: Any) -> None:
        if verbose:
            figures = score.figures()
            err.print(
                f"{escape(score.article)}: quotes {score.matched_gold}/{score.gold_quotes} "
                f"found, {score.predicted_quotes - score.matched_predicted} extra; speakers "
                f"{score.speakers_right}/{score.speakers_scored}; actors "
                f"{score.matched_actors}/{score.gold_actors}; {figures['seconds']}s"
                + (f" [red]error: {escape(score.error)}[/]" if score.error else "")
            )
            for miss in score.misses:
                err.print(f"    {miss}", highlight=False, markup=False)

    return show


def _print_figures(figures: dict[str, Any], articles: list[Any]) -> None:
    out.print(f"articles: {len(articles)} ({sum(1 for a in articles if a.error)} failed)")
    for name, value in figures.items():
        out.print(f"{name}: {value if value is not None else 'n/a'}", highlight=False)


def _eval_events(
    ctx: typer.Context,
    gold: Path,
    texts: Path | None,
    per_article: bool,
    all_quotes: bool,
    limit: int | None,
    stride: int,
    offset: int,
    positions: bool,
    json_out: bool,
) -> None:
    """`eval` against event gold: the articles of each event, and with --positions the
    briefing of each event's articles against the event's disagreements."""
    from .evaluate import eval_json, evaluate_events
    from .event_gold import read_events
    from .pipeline import build_briefing

    if texts is None:
        raise InputError(
            f"{gold} is event gold, which holds offsets only: name the file of the articles' "
            "texts with --texts (e.g. ../shared/eval/basil-dev.jsonl)"
        )
    events = read_events(gold, texts)[offset::stride][:limit]
    invocation = _invocation(ctx)
    extractor = api.extractor(prompt=invocation.run.prompt, backend=invocation.open_backend())
    extractor.with_positions = positions

    def make_briefing(extractions: list[Any]) -> Any:
        return build_briefing(extractions, [], extractor.backend, extractor.template, {})

    def show_event(event: Any) -> None:
        if per_article and not json_out:
            figures = event.figures()
            err.print(
                f"{escape(event.event)} briefing: disagreements shown "
                f"{figures['disagreements_shown']} ({figures['disagreements_false']} false), "
                f"gold {figures['disagreements_gold']} ({figures['disagreements_missed']} "
                f"missed); topics {event.topics} for {event.issues} issue(s); people split "
                f"{event.split}/{event.people}; positions right on their issue "
                f"{event.shown_on_issue}/{event.positions_shown}"
                + (f" [red]error: {escape(event.error)}[/]" if event.error else "")
            )
            for kind, lines in (("false", event.false), ("missed", event.missed),
                                ("split", event.splits)):  # fmt: skip
                for line in lines:
                    err.print(f"    {kind} {line}", highlight=False, markup=False)

    total, articles, events_total, per_event = evaluate_events(
        events,
        extractor,
        quote_types={"direct", "mixed"} if all_quotes else {"direct"},
        make_briefing=make_briefing if positions else None,
        on_article=_article_printer(per_article and not json_out),
        on_event=show_event,
    )
    briefing = events_total.report() if positions else None
    if json_out:
        result = eval_json(total, articles, per_article)
        result["events"] = [e.id for e in events]
        if briefing is not None:
            result["briefing"] = briefing
            if per_article:
                result["briefings"] = {e.event: {**e.report(), "error": e.error} for e in per_event}
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
        return
    out.print(f"events: {len(events)}")
    _print_figures(total.figures(), articles)
    if briefing is None:
        return
    for name, value in events_total.figures().items():
        out.print(f"briefing {name}: {value if value is not None else 'n/a'}", highlight=False)
    for kind in ("false", "missed"):
        for line in briefing[kind]:
            out.print(f"  {kind} disagreement: {line}", highlight=False, markup=False)


def _eval_attributions(
    gold: Path, per_article: bool, limit: int | None, stride: int, offset: int, json_out: bool
) -> None:
    from .evaluate import KINDS, evaluate_attributions, read_gold, resolved_attributions

    records = read_gold(gold)[offset::stride][:limit]
    unmarked = [r["id"] for r in records if "attributions" not in r]
    if unmarked:
        raise InputError(
            f"{gold}: {len(unmarked)} article(s) without `attributions` (first: {unmarked[0]})"
        )
    total, articles = evaluate_attributions(records, resolve=resolved_attributions)
    figures = total.figures()
    if json_out:
        result: dict[str, Any] = {"total": figures}
        if per_article:
            result["articles"] = {a.article: {**a.figures(), "misses": a.misses} for a in articles}
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
        return
    if per_article:
        for article in articles:
            counts = article.total()
            err.print(
                f"{escape(article.article)}: contents {counts['matched_gold']}/{counts['gold']}"
                f" found, {counts['predicted'] - counts['matched_predicted']} extra; sources "
                f"{counts['sources_right']}/{counts['sources_scored']}"
            )
            for miss in article.misses:
                err.print(f"    {miss}", highlight=False, markup=False)
    out.print(f"articles: {len(articles)}")
    out.print(
        f"{'':9} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}"
        f" {'exactP':>6} {'exactR':>6} {'exactF1':>7} {'source':>6}",
        highlight=False,
    )
    for name, row in [("all", figures), *((k, figures["by_kind"][k]) for k in KINDS)]:
        cells = [
            row[key]
            for key in (
                "content_precision",
                "content_recall",
                "content_f1",
                "exact_precision",
                "exact_recall",
                "exact_f1",
                "source_accuracy",
            )
        ]
        widths = (6, 6, 6, 6, 6, 7, 6)
        out.print(
            f"{name:9} {row['gold']:>5} {row['predicted']:>5} "
            + " ".join(f"{_cell(c):>{w}}" for c, w in zip(cells, widths, strict=True)),
            highlight=False,
        )
    out.print(
        f"pronoun sources (right when resolved to the gold's nearest named source before them):"
        f" {_cell(figures['pronoun_accuracy'])} of {figures['pronouns_scored']}",
        highlight=False,
    )
    out.print(
        'description sources ("the senator"; right when resolved to the gold\'s nearest named'
        f" source before them): {_cell(figures['description_accuracy'])} of"
        f" {figures['descriptions_scored']}",
        highlight=False,
    )
    out.print(
        "statements a briefing shows (a speaker, the cue's confidence at the bar): "
        f"{figures['shown']}, right (content found, source right) "
        f"{_cell(figures['shown_precision'])}",
        highlight=False,
    )


def _cell(value: float | None) -> str:
    return f"{value:.3f}" if value is not None else "n/a"


@app.command()
def check(
    ctx: typer.Context,
    golden_dir: Annotated[
        Path, typer.Argument(help="Folder of expected extractions, one <article id>.json each.")
    ],
    paths: Annotated[list[Path], typer.Argument(help="The articles (files or folders).")],
    update: Annotated[
        bool, typer.Option("--update", help="Record this run as the new expected results.")
    ] = False,
) -> None:
    """Run extraction and compare it with golden (expected) results: missing (-), extra (+) and
    changed (~) actors, quotes and positions. Exit 1 when anything differs."""
    from . import golden
    from .load import read_article

    invocation = _invocation(ctx)
    files = find_articles(paths)
    expected = {} if update else golden.load_expected(golden_dir)
    extractor = api.extractor(prompt=invocation.run.prompt, backend=invocation.open_backend())
    differences = 0
    cache = None if update else invocation.extraction_cache()
    for path in files:
        extraction, _ = extract_one(read_article(path), extractor, cache)
        article_id = extraction.article.id
        if update:
            golden_dir.mkdir(parents=True, exist_ok=True)
            write_atomic(
                golden_dir / f"{article_id}.json",
                json.dumps(golden.stable(extraction), indent=2, ensure_ascii=False) + "\n",
            )
            out.print(f"recorded {article_id}", markup=False)
            continue
        if article_id not in expected:
            out.print(f"[yellow]{escape(article_id)}: no golden file[/]")
            differences += 1
            continue
        diff = golden.compare(expected[article_id], extraction)
        differences += bool(diff)
        out.print(f"{escape(article_id)}: {'[red]differs[/]' if diff else '[green]matches[/]'}")
        for line in diff:
            out.print(f"  {line}", highlight=False, markup=False)
    if differences:
        raise typer.Exit(code=1)


@prompts_app.command("list")
def prompts_list() -> None:
    """The shipped templates."""
    for name, path in shipped_templates().items():
        template = load_template(str(path))
        out.print(
            f"[bold]{escape(name)}[/] (v{escape(template.version)}): {escape(template.description)}"
        )


@prompts_app.command("show")
def prompts_show(name: Annotated[str, typer.Argument(help="Template name or path.")]) -> None:
    """A template's header and source."""
    template = load_template(name)
    sys.stdout.write(
        f"# {template.name} v{template.version} sha256:{template.sha256[:12]}\n"
        f"# variables: {', '.join(template.variables)}\n{template.source}"
    )


@prompts_app.command("check")
def prompts_check(
    template_name: Annotated[str, typer.Argument(help="Template name or path.")],
) -> None:
    """Render a template on a sample article and report missing or unknown variables (no
    model is run)."""
    from .prompting import check

    template = load_template(template_name)
    problems = check(template)
    if problems:
        for problem in problems:
            sys.stderr.write(f"{template.path}: {problem}\n")
        raise typer.Exit(code=2)
    out.print(
        f"{template.name} v{template.version}: ok (sha256:{template.sha256[:12]})", markup=False
    )


@cache_app.command("info")
def cache_info(ctx: typer.Context) -> None:
    """Where the cache is and what it holds."""
    cache = _invocation(ctx).extraction_cache() or ExtractionCache.default()
    entries = cache.entries()
    size = sum(p.stat().st_size for p in entries)
    out.print(
        f"{cache.root}: {len(entries)} cached extractions, {size / 1024:.0f} KiB", markup=False
    )


@cache_app.command("clear")
def cache_clear(ctx: typer.Context) -> None:
    """Remove every cached extraction (the assembled model stays), and the unfinished model
    files a killed assembly left."""
    cache = _invocation(ctx).extraction_cache() or ExtractionCache.default()
    out.print(f"removed {cache.clear()} cached extractions from {cache.root}", markup=False)
    partials = modelfile.remove_stale_partials()
    if partials:
        out.print(
            f"removed {len(partials)} unfinished model files ({sum(partials.values()) / 2**20:.0f}"
            f" MiB) from {modelfile.models_dir()}",
            markup=False,
        )


def _progress_bar(description: str) -> Progress:
    """A started bar with counts, elapsed time and an ETA, on stderr."""
    bar = Progress(
        TextColumn(description),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err,
    )
    bar.start()
    return bar


@contextmanager
def show_progress(*, quiet: bool) -> Iterator[ProgressCallbacks]:
    """A per-article progress bar with an ETA while the block runs, or nothing with --quiet."""
    if quiet:
        yield ProgressCallbacks()
        return
    bar = _progress_bar("{task.description}")
    task = bar.add_task("articles", total=None)

    def start(total: int) -> None:
        bar.update(task, total=total)

    def done(article_id: str, status: str) -> None:
        bar.console.print(f"  {article_id}: {status}", markup=False, highlight=False)
        bar.advance(task)

    def event(message: str) -> None:
        bar.console.print(f"  [dim]{escape(message)}[/]", highlight=False)

    try:
        yield ProgressCallbacks(start=start, article_done=done, event=event)
    finally:
        bar.stop()


def main() -> None:
    """Entry point: the one place where the project's errors become a message and an exit code."""
    try:
        # Without standalone mode click returns typer.Exit's code instead of exiting. Typer turns
        # Ctrl-C into Exit(130) itself, silently; no command of this project exits with 130.
        code = app(standalone_mode=False)
        if code == INTERRUPTED:
            raise KeyboardInterrupt
    except SummarizerError as exc:
        sys.stderr.write(f"error: {exc}\n")  # one line, never wrapped
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        err.print(
            "interrupted: finished articles are cached (unless --no-cache); run again to resume"
        )
        sys.exit(INTERRUPTED)
    except Exception as exc:
        # Usage errors (unknown option, missing argument) come from click, which typer may
        # vendor: recognise them by what they can do rather than by class.
        show, exit_code = getattr(exc, "show", None), getattr(exc, "exit_code", None)
        if callable(show) and isinstance(exit_code, int):
            show()
            sys.exit(exit_code)
        raise
    sys.exit(code if isinstance(code, int) else 0)


# --- `summarizer stories` ------------------------------------------------------------------------


@app.command()
def stories(
    ctx: typer.Context,
    paths: Inputs,
    out_dir: Annotated[
        Path,
        typer.Option("--out", help="Folder for index.md/.html/.json and a folder per story."),
    ] = Path("stories"),
    engine: Annotated[
        str, typer.Option("--engine", help="Where extraction runs: local or ray.")
    ] = "local",
    address: Annotated[
        str | None,
        typer.Option(
            "--address",
            help="The Ray cluster to join, e.g. ray://head:10001 or auto (--engine "
            "ray; default: the Ray instance of this machine, started if none runs).",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="Ray workers (default: the cluster's CPUs)."),
    ] = None,
    worker_cpus: Annotated[
        float,
        typer.Option("--worker-cpus", min=0.1, help="CPUs each Ray worker reserves."),
    ] = 1.0,
) -> None:
    """Group a pile of articles into stories and write a briefing per story, with an index
    (index.md, index.html, index.json)."""
    from . import engines
    from .pipeline import make_stories
    from .readers import find_inputs

    invocation = _invocation(ctx)
    find_inputs(paths)  # bad paths fail before anything loads
    template = usable_template(invocation.run.prompt)
    spec = engines.ExtractorSpec(
        backend=invocation.run.backend,
        settings=backends.settings_for(invocation.run.backend, invocation.backend_options),
        prompt=invocation.run.prompt,
    )
    runner = engines.create(
        engine, spec, engines.RaySettings(address=address, workers=workers, worker_cpus=worker_cpus)
    )
    backend = invocation.open_backend()
    with _stories_progress(quiet=invocation.run.quiet) as callbacks:
        result = make_stories(
            paths,
            Extractor(backend=backend, template=template),
            out_dir,
            engine=runner,
            progress=callbacks,
            cache=invocation.extraction_cache(),
        )
    index = result.index
    err.print(
        f"[bold]{len(index.stories)}[/] stories, {len(index.unassigned)} articles in no story, "
        f"{len(index.duplicates)} folded copies in "
        f"{index.provenance.timings['total_seconds']:.0f}s"
    )
    _finish(index.failures, result.files, made_any=bool(index.stories or index.unassigned))


@contextmanager
def _stories_progress(*, quiet: bool) -> Iterator[Any]:
    """Bars for the whole job: articles read, extracted (with an ETA), stories written."""
    from .pipeline import StoryProgress

    if quiet:
        yield StoryProgress()
        return
    bar = _progress_bar("{task.description:>10}")
    tasks = {step: bar.add_task(step, total=None) for step in ("read", "extracted", "stories")}

    def total(step: str, count: int) -> None:
        bar.update(tasks[step], total=count)
        if step == "extracted":
            bar.update(tasks["read"], total=bar.tasks[tasks["read"]].completed)

    def done(step: str, label: str, status: str) -> None:
        if status.startswith("failed") or step != "read":
            bar.console.print(f"  {escape(label)}: {escape(status)}", highlight=False)
        bar.advance(tasks[step])

    def event(message: str) -> None:
        bar.console.print(f"  [dim]{escape(message)}[/]")

    try:
        yield StoryProgress(total=total, done=done, event=event)
    finally:
        bar.stop()
