"""The README's two set-up commands stay true: CI runs the test command verbatim."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)[:2]


def test_ci_runs_the_readme_test_command() -> None:
    _run, test = _commands()
    assert "pytest" in test
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_main_command_uses_a_fixture() -> None:
    run, _ = _commands()
    fixture = re.search(r"(fixtures/\S+)", run)
    assert fixture and (ROOT / fixture.group(1)).is_file()
    assert "articleclean" in run
