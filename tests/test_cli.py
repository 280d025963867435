"""The command line: files, folders, stdin, formats, errors per file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from socialcite._cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kardashian-trump.txt"


def test_jsonl_carries_the_file_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EXAMPLE), "--published", "2018-05-31"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows, "the bundled example has citations"
    assert {r["file"] for r in rows} == {str(EXAMPLE)}
    assert all({"kind", "platform", "span"} <= r.keys() for r in rows)


def test_folder_with_a_broken_file_reports_it_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.txt").write_text(EXAMPLE.read_text())
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "also.txt").write_text('"Hello," Ann tweeted on Monday.')
    broken = tmp_path / "broken.html"
    broken.write_text("x")
    broken.chmod(0o000)
    (tmp_path / "ignored.pdf").write_text("not an article")
    try:
        code = main([str(tmp_path), "--published", "2018-05-31"])
    finally:
        broken.chmod(0o644)
    out, err = capsys.readouterr()
    files = {json.loads(line)["file"] for line in out.splitlines()}
    assert files == {str(tmp_path / "good.txt"), str(tmp_path / "sub" / "also.txt")}
    if "Permission denied" in err:  # root can read mode-000 files
        assert code == 1
        assert "broken.html" in err


def test_missing_file_fails_with_its_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["/no/such/article.txt", str(EXAMPLE)]) == 1
    out, err = capsys.readouterr()
    assert "/no/such/article.txt" in err
    assert out  # the good file was still processed


def test_bad_published_is_one_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EXAMPLE), "--published", "last Tuesday"]) == 2
    assert "--published" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_other_formats(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EXAMPLE), "--published", "2018-05-31", "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        assert isinstance(json.loads(out), list)
    elif fmt == "csv":
        assert out.splitlines()[0].startswith("file,kind,platform")
    else:
        assert "tweeted" in out or "twitter" in out


def test_stdin_and_module_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "socialcite", "-", "--published", "2018-05-31"],
        input='"The system has failed," Kardashian tweeted in November.',
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    row = json.loads(proc.stdout.splitlines()[0])
    assert row["file"] == "-"
    assert row["speaker"] == "Kardashian"
