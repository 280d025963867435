"""The command line: files, folders, stdin, records, formats, jobs, progress, errors per file."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialcite import _parallel
from socialcite._cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kardashian-trump.txt"
HELLO = '"Hello," Ann tweeted on Monday.'
HELLO_PAGE = (
    "<html><head><meta property='article:published_time' content='2020-01-08'></head>"
    f"<body><article><p>{HELLO}</p></article></body></html>"
)


def rows(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """The installed entry point in a child process (``python -m socialcite``)."""
    return subprocess.run(
        [sys.executable, "-m", "socialcite", *args],
        input=None if stdin is None else stdin.decode("utf-8", errors="surrogateescape"),
        capture_output=True, text=True, errors="surrogateescape", check=False,
    )  # fmt: skip


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of articles, nested, with one broken file and files that are not articles."""
    (tmp_path / "a-example.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b-sub").mkdir()
    (tmp_path / "b-sub" / "hello.txt").write_text(HELLO, encoding="utf-8")
    (tmp_path / "b-sub" / "page.html").write_text(HELLO_PAGE, encoding="utf-8")
    (tmp_path / "c-latin1.txt").write_bytes(b'"Caf\xe9 open," Bo tweeted on Monday.')
    (tmp_path / "d-broken.html").symlink_to(tmp_path / "no-such-target.html")
    (tmp_path / "e-notes.pdf").write_text(HELLO, encoding="utf-8")
    (tmp_path / "f-loop").symlink_to(tmp_path)  # a link back up must not loop
    return tmp_path


# --- end to end over a folder -------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_folder_with_a_broken_file_reports_it_and_goes_on(
    corpus: Path, jobs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main([str(corpus), "--published", "2020-01-08", "--jobs", jobs])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.splitlines() == [
        f"socialcite: {corpus / 'd-broken.html'}: [Errno 2] No such file or directory: "
        f"'{corpus / 'd-broken.html'}'"
    ]
    files = [r["file"] for r in rows(out)]
    assert set(files) == {
        str(corpus / "a-example.txt"),
        str(corpus / "b-sub" / "hello.txt"),
        str(corpus / "b-sub" / "page.html"),
        str(corpus / "c-latin1.txt"),
    }
    assert files == sorted(files), "documents come out in input order"


def test_jobs_give_the_same_output_in_the_same_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(40):  # more than one chunk of work per process
        (tmp_path / f"{i:02d}.txt").write_text(f'"Note {i}," Ann tweeted on Monday.')
    outputs = []
    for jobs in ("1", "3"):
        assert main([str(tmp_path), "--published", "2020-01-08", "--jobs", jobs]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    assert [r["text"] for r in rows(outputs[0])] == [f"Note {i}," for i in range(40)]


def test_an_exception_escaping_extract_is_reported_not_raised(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Exploding:
        def extract(self, source: str, **kwargs: Any) -> Any:
            if "Kardashian" in source:
                raise RuntimeError("boom")
            return []

    monkeypatch.setattr(_parallel, "_EXTRACTOR", Exploding())
    assert main([str(corpus / "a-example.txt"), str(corpus / "b-sub")]) == 1
    assert capsys.readouterr().err == (
        f"socialcite: {corpus / 'a-example.txt'}: RuntimeError: boom\n"
    )


def test_undecodable_bytes_are_replaced_not_fatal(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(corpus / "c-latin1.txt"), "--published", "2020-01-08"]) == 0
    [row] = rows(capsys.readouterr().out)
    assert row["speaker"] == "Bo"
    assert row["text"] == "Caf\N{REPLACEMENT CHARACTER} open,"


def test_jsonl_carries_the_file_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EXAMPLE), "--published", "2018-05-31"]) == 0
    found = rows(capsys.readouterr().out)
    assert found, "the bundled example has citations"
    assert {r["file"] for r in found} == {str(EXAMPLE)}
    assert all({"kind", "platform", "span"} <= r.keys() for r in found)


def test_missing_file_fails_with_its_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["/no/such/article.txt", str(EXAMPLE)]) == 1
    out, err = capsys.readouterr()
    assert "socialcite: /no/such/article.txt: " in err
    assert out  # the good file was still processed


def test_html_pages_use_their_own_date_unless_told(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = str(corpus / "b-sub" / "page.html")
    assert main([page]) == 0
    assert [r["posted"]["value"] for r in rows(capsys.readouterr().out)] == ["2020-01-06"]
    assert main([page, "--published", "2020-01-16"]) == 0
    assert [r["posted"]["value"] for r in rows(capsys.readouterr().out)] == ["2020-01-13"]


# --- bad arguments: exit status 2 -----------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--published", "last Tuesday"], "--published", id="unreadable-published"),
        pytest.param(["--jobs", "-1"], "--jobs", id="negative-jobs"),
        pytest.param(["--jobs", "many"], "--jobs", id="jobs-not-a-number"),
        pytest.param(["--format", "xml"], "--format", id="unknown-format"),
        pytest.param(["--input-format", "pdf"], "--input-format", id="unknown-input-format"),
        pytest.param(["--colour"], "--colour", id="unknown-option"),
    ],
)
def test_bad_arguments_exit_2_with_a_clear_message(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(EXAMPLE), *args]) == 2
    out, err = capsys.readouterr()
    assert message in err
    assert out == ""


def test_no_input_is_a_bad_argument(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "FILE" in capsys.readouterr().err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "--jobs" in capsys.readouterr().out


# --- output formats -------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_every_format_lists_the_same_citations(
    fmt: str, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = [str(corpus / "a-example.txt"), str(corpus / "b-sub")]
    main([*inputs, "--published", "2020-01-08"])
    expected = rows(capsys.readouterr().out)
    assert main([*inputs, "--published", "2020-01-08", "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        assert json.loads(out) == expected
    elif fmt == "csv":
        table = list(csv.DictReader(io.StringIO(out)))
        assert [(r["file"], r["kind"], int(r["start"])) for r in table] == [
            (r["file"], r["kind"], r["span"][0]) for r in expected
        ]
        assert list(table[0])[:3] == ["file", "kind", "platform"]
    elif fmt == "table":
        lines = out.splitlines()
        assert lines[0].split()[:3] == ["file", "kind", "platform"]
        assert len(lines) == 1 + len(expected)
    else:
        assert out.count("\n") == len(expected)


@pytest.mark.parametrize(("fmt", "empty"), [("json", "[]\n"), ("jsonl", ""), ("table", None)])
def test_no_citations_is_still_valid_output(
    fmt: str, empty: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quiet = tmp_path / "quiet.txt"
    quiet.write_text("The council approved the budget.")
    assert main([str(quiet), "--format", fmt]) == 0
    out = capsys.readouterr().out
    if empty is not None:
        assert out == empty
    else:
        assert len(out.splitlines()) == 1  # the header alone


# --- stdin and records ----------------------------------------------------------------


def stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_and_module_entry_point() -> None:
    proc = run("-", "--published", "2018-05-31", stdin=HELLO.encode())
    assert proc.returncode == 0, proc.stderr
    [row] = rows(proc.stdout)
    assert row["file"] == "-"
    assert row["speaker"] == "Ann"


def test_records_on_stdin_each_with_its_own_date(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        {"id": "a", "text": HELLO, "published": "2020-01-08"},
        {"id": "b", "html": HELLO_PAGE},
        {"id": "c", "text": HELLO},  # takes --published
        {"id": "d", "text": "The council approved the budget."},
    ]
    data = "\n".join(json.dumps(line) for line in lines) + "\n\n"
    stdin(monkeypatch, data.encode())
    assert main(["--records", "-", "--published", "2020-01-16", "--jobs", "2"]) == 0
    found = rows(capsys.readouterr().out)
    assert [(r["file"], r["id"], r["posted"]["value"]) for r in found] == [
        ("-", "a", "2020-01-06"),
        ("-", "b", "2020-01-13"),
        ("-", "c", "2020-01-13"),
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        pytest.param("not json", "not a JSON object", id="not-json"),
        pytest.param('["a list"]', "not a JSON object", id="json-but-not-an-object"),
        pytest.param('{"id": 1, "title": "x"}', '"text" or "html"', id="no-text"),
        pytest.param('{"id": 1, "text": 5}', '"text" or "html"', id="text-not-a-string"),
        pytest.param('{"text": "x", "published": 2020}', '"published"', id="published-not-a-string"),
        pytest.param('{"text": "x", "published": "soon"}', "published", id="published-unreadable"),
    ],
)  # fmt: skip
def test_a_bad_record_is_reported_with_its_line_and_the_rest_go_on(
    line: str, message: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    good = json.dumps({"id": "ok", "text": HELLO})
    stdin(monkeypatch, f"{good}\n{line}\n{good}\n".encode())
    assert main(["--records", "-"]) == 1
    out, err = capsys.readouterr()
    assert err.startswith("socialcite: -:2: ")
    assert message in err
    assert [r["id"] for r in rows(out)] == ["ok", "ok"]


def test_records_files_in_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "part-1.jsonl").write_text(json.dumps({"id": 1, "text": HELLO}) + "\n")
    (tmp_path / "part-2.jsonl").write_text(json.dumps({"id": 2, "text": HELLO}) + "\n")
    (tmp_path / "ignored.txt").write_text(HELLO)
    assert main(["--records", str(tmp_path), "--format", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(Path(r["file"]).name, r["id"]) for r in table] == [
        ("part-1.jsonl", "1"),
        ("part-2.jsonl", "2"),
    ]


def test_a_large_document_on_stdin_with_invalid_bytes() -> None:
    article = (HELLO + " ").encode() + b"\xff\xfe filler. " * 20_000
    proc = run("-", "--published", "2020-01-08", stdin=article)
    assert proc.returncode == 0, proc.stderr
    assert [r["speaker"] for r in rows(proc.stdout)] == ["Ann"]


# --- progress bar ---------------------------------------------------------------------


def test_progress_bar_when_asked(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    main([str(corpus / "b-sub"), "--progress"])
    err = capsys.readouterr().err
    assert "2/2" in err
    assert "doc" in err


def test_no_progress_bar_and_no_tqdm_import_by_default() -> None:
    code = (
        "import sys; from socialcite._cli import main; "
        f"main([{str(EXAMPLE)!r}, '--published', '2018-05-31', '--format', 'csv']); "
        "print('tqdm' in sys.modules, file=sys.stderr)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stderr == "False\n"  # stderr is a pipe here: no bar


def test_broken_pipe_stops_quietly(corpus: Path) -> None:
    # `socialcite ... | head -1`: the reader goes away early.
    many = [str(corpus / "a-example.txt")] * 2000
    proc = subprocess.Popen(
        [sys.executable, "-m", "socialcite", *many, "--published", "2018-05-31"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    assert proc.stdout is not None
    assert proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 1
    assert "Traceback" not in err


# --- the commands shown in the docs ---------------------------------------------------

DOCS = ROOT / "docs"
CONSOLE_BLOCK_RE = re.compile(r"^```console\n(.*?)^```", re.MULTILINE | re.DOTALL)


def documented_commands() -> list[Any]:
    """Each ``$ ...`` line of the docs' console blocks that runs here, with its shown output."""
    cases = []
    for page in ("cli.md", "tutorial.md", "cookbook.md"):
        text = (DOCS / page).read_text(encoding="utf-8")
        for block in CONSOLE_BLOCK_RE.findall(text):
            lines = block.splitlines()
            starts = [i for i, line in enumerate(lines) if line.startswith("$ ")]
            for n, start in enumerate(starts):
                end = starts[n + 1] if n + 1 < len(starts) else len(lines)
                command = lines[start][2:]
                if "socialcite" not in command or "pip install" in command:
                    continue
                cases.append(
                    pytest.param(command, lines[start + 1 : end], id=f"{page}:{command[:50]}")
                )
    return cases


def _paths_exist(command: str) -> bool:
    # Commands on the reader's own folders ("saved-pages/") are illustrations only.
    words = [w for w in shlex.split(command) if not w.startswith("-") and "/" in w]
    return all((ROOT / w).exists() for w in words if not w.startswith(("{", "<", '"')))


@pytest.mark.parametrize(("command", "shown"), documented_commands())
def test_documented_commands_run(command: str, shown: list[str], tmp_path: Path) -> None:
    """Every documented command exits 0; its output is as shown (or starts so, when cut with ...)."""
    if not _paths_exist(command):
        pytest.skip("works on the reader's own files")
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    here = f"{shlex.quote(sys.executable)} -m socialcite"
    runnable = re.sub(r"(^|\| )socialcite\b", lambda m: m.group(1) + here, command)
    proc = subprocess.run(
        runnable, shell=True, cwd=tmp_path, capture_output=True, text=True, check=False,
        executable="/bin/bash",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    if shown and shown[-1] in ("...", "…"):
        assert out[:1] == shown[:1]
    elif shown:
        assert out == shown


# --- properties: any input, no crash ---------------------------------------------------


def run_in_process(args: list[str], data: bytes) -> tuple[int, str, str]:
    """``main(args)`` with *data* on stdin; (status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(args)
    finally:
        sys.stdin = saved
    return code, out.getvalue(), err.getvalue()


@given(st.binary(max_size=3000) | st.text(max_size=3000).map(str.encode))
def test_any_bytes_on_stdin_give_valid_json_lines(data: bytes) -> None:
    code, out, err = run_in_process(["-", "--published", "2020-01-08"], data)
    assert (code, err) == (0, "")
    for row in rows(out):
        assert row["file"] == "-"
        assert 0 <= row["span"][0] <= row["span"][1]


@given(st.lists(st.text(max_size=200) | st.binary(max_size=200).map(repr), max_size=8))
def test_any_records_stream_reports_bad_lines_and_never_crashes(lines: list[str]) -> None:
    data = "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines).encode(
        "utf-8", errors="surrogatepass"
    )
    code, out, err = run_in_process(["--records", "-"], data)
    reported = err.splitlines()
    assert code == (1 if reported else 0)
    assert all(line.startswith("socialcite: -:") for line in reported)
    assert len(reported) <= len(lines)
    rows(out)  # every output line is JSON


def test_progress_bar_by_default_when_stderr_is_a_terminal() -> None:
    pytest.importorskip("tqdm")
    pty = pytest.importorskip("pty")
    import fcntl
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.run(
        [sys.executable, "-m", "socialcite", str(EXAMPLE), "--published", "2018-05-31"],
        stdout=subprocess.DEVNULL, stderr=follower, check=False,
    )  # fmt: skip
    os.close(follower)
    drawn = b""
    with contextlib.suppress(OSError):  # EIO once everything written is read
        while chunk := os.read(leader, 65536):
            drawn += chunk
    os.close(leader)
    assert proc.returncode == 0
    assert "1/1" in drawn.decode(errors="replace")
