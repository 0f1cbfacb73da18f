"""What a scripting user (cron jobs, pipelines) relies on: one ``error:`` line on stderr and a
non-zero exit for every failure, never a traceback; Ctrl-C leaves the database whole."""

from __future__ import annotations

import io
import json
import os
import signal
import sys
import time
from pathlib import Path

import pytest

from mapdata.cli import main
from mapdata.store import Store, history

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ACLED = FIXTURES / "acled_current_synthetic.csv"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``main(argv)``; a KeyboardInterrupt or other exception escaping it fails the test (a traceback)."""
    try:
        code = main(list(argv))
    except (KeyboardInterrupt, Exception) as exc:
        pytest.fail(f"main let {type(exc).__name__} escape: {exc}")
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_error_line(err: str, *words: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0]


def test_ctrl_c_in_the_middle_of_an_import_writes_nothing_and_says_so(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = Store(db_path).count(include_retracted=True)

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # the user presses Ctrl-C while the rows are being written

    monkeypatch.setattr(history, "record_many", interrupted)
    code, _out, err = run(capsys, "import", str(ACLED), "--db", str(db_path), "--no-prepare")
    assert code == 130
    assert_one_error_line(err, "interrupted", "one transaction")
    monkeypatch.undo()
    assert Store(db_path).count(include_retracted=True) == before  # nothing half-written
    assert len(Store(db_path).batches()) == 1  # only the bundled examples' batch


def test_closed_standard_input_is_an_error_line(capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)  # `python -m mapdata extract - <&-`
    code, out, err = run(capsys, "extract", "-")
    assert code == 1 and out == ""
    assert_one_error_line(err, "standard input is closed")
    code, out, err = run(capsys, "geocode")  # names from stdin
    assert code == 1 and out == ""
    assert_one_error_line(err, "standard input")


def test_closed_standard_output_is_an_error_line_and_nothing_is_done(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """walk6: `python -m mapdata info >&-` exited 0 with nothing written (Python makes print() to a
    closed stdout a no-op); an import would have written the database with no one told."""
    before = Store(db_path).count(include_retracted=True)
    monkeypatch.setattr(sys, "stdout", None)  # what Python sets when fd 1 is closed at start
    for argv in (["info"], ["batches"], ["export", "--format", "csv"], ["import", str(ACLED), "--no-prepare"]):
        code, _out, err = run(capsys, *argv, "--db", str(db_path))
        assert code == 1, argv
        assert_one_error_line(err, "standard output is closed", "nothing was done")
    monkeypatch.undo()
    assert Store(db_path).count(include_retracted=True) == before  # the import did not run


def test_closed_standard_output_of_the_real_command_exits_non_zero(db_path: Path) -> None:
    import subprocess

    Store(db_path)
    done = subprocess.run(
        [sys.executable, "-m", "mapdata", "info", "--db", str(db_path)],
        preexec_fn=lambda: os.close(1),  # `>&-`
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert_one_error_line(done.stderr, "standard output is closed")


def test_output_that_cannot_be_written_is_an_error_line(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Full(io.BytesIO):
        def write(self, data: bytes) -> int:  # type: ignore[override]
            raise OSError(28, "No space left on device")

    class FullStdout(io.StringIO):
        buffer = Full()

    Store(db_path)
    monkeypatch.setattr(sys, "stdout", FullStdout())  # `... export --format csv > /dev/full`
    code = main(["export", "--format", "csv", "--db", str(db_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert_one_error_line(err, "No space left on device")


def test_a_failed_import_says_why_on_stderr_too(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A cron job mails stderr: the reason must be there, not only inside the JSON on stdout."""
    code, out, err = run(capsys, "import", str(FIXTURES / "binary.bin"), "--db", str(db_path))
    assert code == 1 and '"imported": false' in out
    assert_one_error_line(err, "binary")
    code, out, err = run(capsys, "import", str(FIXTURES / "no such file.csv"), "--db", str(db_path))
    assert code == 1
    assert_one_error_line(err, "no such file.csv")
    code, out, err = run(capsys, "import", str(FIXTURES / "empty.csv"), "--db", str(db_path), "--dry-run")
    assert code == 1
    assert_one_error_line(err)


def test_a_folder_given_to_extract_is_named_as_a_folder(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "extract", str(FIXTURES / "reports"))
    assert code == 1
    assert_one_error_line(err, "is a folder")


def every_command() -> list[tuple[str, ...]]:
    """Each command, and each action of a command that has actions (``batch retract``)."""
    from mapdata.cli import build_parser

    commands: list[tuple[str, ...]] = []
    for action in build_parser()._subparsers._group_actions:  # type: ignore[union-attr]
        for name, parser in action.choices.items():  # type: ignore[union-attr]
            commands.append((name,))
            for sub in parser._subparsers._group_actions if parser._subparsers else ():
                commands.extend((name, inner) for inner in sub.choices)  # type: ignore[union-attr]
    return commands


@pytest.mark.parametrize("command", every_command(), ids=" ".join)
def test_every_commands_help_says_what_it_does_with_an_example(
    command: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    _usage, _, rest = text.partition("\n\n")
    assert not rest.startswith(("positional arguments", "options")), "no description before the options"
    examples = text.split("examples:\n", 1)[-1] if "examples:\n" in text else ""
    assert f"python -m mapdata {command[0]}" in examples, text


@pytest.mark.parametrize(
    "argv",
    [
        ("export", "--format", "csv"),
        ("info",),
        ("history", "some-id"),
        ("batches",),
        ("edit", "some-id", "killed=2"),
        ("retract", "some-id", "--reason", "x"),
        ("review", "some-id", "--status", "verified"),
        ("batch", "retract", "some-batch", "--reason", "x"),
    ],
    ids=lambda argv: argv[0] if isinstance(argv, tuple) else None,
)
def test_a_mistyped_db_is_an_error_not_a_new_database_of_examples(
    argv: tuple[str, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "incidnets.db"
    code, out, err = run(capsys, *argv, "--db", str(typo))
    assert code == 1 and out == ""
    assert_one_error_line(err, "no database at", str(typo))
    assert not typo.exists()


def test_a_usage_error_is_one_line_with_where_to_look(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["export", "--format", "csv", "--from", "yesterday"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert_one_error_line(err, "--from", "yesterday", "export --help")


def test_batches_prints_counts_as_whole_numbers(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "import", str(ACLED), "--db", str(db_path), "--no-prepare")[0] == 0
    code, out, _err = run(capsys, "batches", "--db", str(db_path))
    newest = json.loads(out.splitlines()[0])
    assert code == 0 and newest["rows"] == 5 and isinstance(newest["rows"], int)
    assert isinstance(newest["rejected"], int) and isinstance(newest["data_version"], int)


def test_import_reads_a_file_piped_in(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``export ... | import - --db other.db``: no temporary file needed."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ACLED.read_bytes())))
    code, out, err = run(capsys, "import", "-", "--db", str(db_path), "--no-prepare")
    assert code == 0, err
    summary = json.loads(out)
    assert (summary["format"], summary["new"], summary["rejected"]) == ("acled", 5, 0)
    assert Store(db_path).batches().iloc[0]["label"].startswith("standard input")


def test_edit_refuses_a_day_that_has_not_come_and_changes_nothing(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """As Add report does for what a person types: 2099 would stretch every view's dates."""
    claim = store.frame()["id"].iloc[0]
    before = store.history(claim)
    code, out, err = run(capsys, "edit", claim, "date=2099-01-01", "--db", str(store.path))
    assert code == 1 and out == ""
    assert_one_error_line(err, "2099-01-01", "not yet happened")
    assert len(store.history(claim)) == len(before)


def test_sigterm_in_the_middle_of_an_import_writes_nothing_and_says_so(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`timeout 60 python -m mapdata import ...` in a cron job: the limit sends SIGTERM."""
    before = Store(db_path).count(include_retracted=True)
    seen: list[int] = []

    def caller(signum: int, frame: object) -> None:  # code that left SIGTERM alone lands here
        seen.append(signum)

    def killed(*args: object, **kwargs: object) -> None:
        os.kill(os.getpid(), signal.SIGTERM)  # arrives while the rows are being written
        time.sleep(1)

    original = signal.signal(signal.SIGTERM, caller)
    try:
        monkeypatch.setattr(history, "record_many", killed)
        code, _out, err = run(capsys, "import", str(ACLED), "--db", str(db_path), "--no-prepare")
        assert not seen and code == 143
        assert_one_error_line(err, "SIGTERM", "one transaction")
        assert signal.getsignal(signal.SIGTERM) is caller  # main put back its caller's handler
    finally:
        signal.signal(signal.SIGTERM, original)
        monkeypatch.undo()
    assert Store(db_path).count(include_retracted=True) == before


def test_db_before_the_command_is_read_as_after_it(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """walk24: `python -m mapdata --db FILE import export.csv` (the way a brief and a user first typed
    it) stopped with "argument COMMAND: invalid choice: 'FILE'"; --db before the command now means
    what it means after it."""
    code, out, err = run(capsys, "--db", str(db_path), "import", str(ACLED), "--no-prepare")
    assert code == 0, err
    assert json.loads(out)["new"] == 5
    code, out, err = run(capsys, "--db", str(db_path), "info")
    assert code == 0 and json.loads(out)["db"] == str(db_path)
    assert Store(db_path).count() == json.loads(out)["incidents"]


def test_db_before_a_command_that_uses_none_or_twice_is_a_usage_error(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--db", str(db_path), "profiles"])
    assert done.value.code == 2
    assert_one_error_line(capsys.readouterr().err, "--db", "profiles")
    with pytest.raises(SystemExit) as done:
        main(["--db", str(db_path), "info", "--db", str(tmp_path / "other.db")])
    assert done.value.code == 2
    assert_one_error_line(capsys.readouterr().err, "--db", "twice")
