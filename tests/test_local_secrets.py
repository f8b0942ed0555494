"""Development secrets are generated per state directory (var/secrets.env), never constants
in the repository; production uses only its own."""
from __future__ import annotations

import ast
import hashlib
import re
import stat
import subprocess
import sys
from pathlib import Path

from bot import local_secrets
from bot.config import PUBLISHED_SECRET_DIGESTS, load_settings

ROOT = Path(__file__).resolve().parent.parent
PRINT_SECRETS = ("from bot.config import load_settings; s = load_settings({'PATIENT_SUPPORT_STATE_DIR': %r}); "
                 "print(s.secret_key, s.twilio_webhook_token)")


def settings_in(state_dir: Path, **env: str):
    return load_settings({"PATIENT_SUPPORT_STATE_DIR": str(state_dir), **env})


def in_new_process(state_dir: Path) -> tuple[str, str]:
    """The secrets a freshly started process reads (what each server does at start)."""
    out = subprocess.run([sys.executable, "-c", PRINT_SECRETS % str(state_dir)], cwd=ROOT, capture_output=True,
                         text=True, timeout=60, check=True).stdout.split()
    return out[0], out[1]


def test_each_state_dir_gets_its_own_secrets_stable_across_restarts(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    a, b = in_new_process(first), in_new_process(second)
    assert a[0] != b[0] and a[1] != b[1] and a[0] != a[1]
    assert all(len(value) >= 40 for value in (*a, *b))
    assert in_new_process(first) == a and in_new_process(second) == b  # restarted: the same
    assert (settings_in(first).secret_key, settings_in(first).twilio_webhook_token) == a
    path = local_secrets.path_for(first)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not [p for p in first.iterdir() if p.name.endswith(".tmp")]  # no temp file left behind


def test_processes_starting_at_once_agree_on_one_secret(tmp_path):
    starters = [subprocess.Popen([sys.executable, "-c", PRINT_SECRETS % str(tmp_path)], cwd=ROOT,
                                 stdout=subprocess.PIPE, text=True) for _ in range(8)]
    seen = {process.communicate(timeout=60)[0] for process in starters}
    assert len(seen) == 1 and all(process.returncode == 0 for process in starters)


def test_a_lost_race_rereads_the_winners_file(tmp_path, monkeypatch):
    winner = {"SECRET_KEY": "w" * 43, "TWILIO_DEV_AUTH_TOKEN": "t" * 43}
    real_link = local_secrets.os.link

    def someone_else_first(source, target):  # another process links its file just before us
        Path(target).write_text(local_secrets._format(winner))
        return real_link(source, target)

    monkeypatch.setattr(local_secrets.os, "link", someone_else_first)
    assert local_secrets.load(tmp_path) == winner


def test_a_file_missing_a_key_keeps_what_it_has_and_gets_the_rest(tmp_path):
    local_secrets.path_for(tmp_path).write_text("SECRET_KEY=kept-" + "k" * 40 + "\n")
    values = local_secrets.load(tmp_path)
    assert values["SECRET_KEY"] == "kept-" + "k" * 40 and len(values["TWILIO_DEV_AUTH_TOKEN"]) >= 40
    assert local_secrets.load(tmp_path) == values


def test_set_secrets_win_and_production_never_generates(tmp_path):
    given = settings_in(tmp_path, SECRET_KEY="s" * 48, TWILIO_AUTH_TOKEN="twilio-token")
    assert (given.secret_key, given.twilio_webhook_token) == ("s" * 48, "twilio-token")
    assert not local_secrets.path_for(tmp_path).exists()
    production = settings_in(tmp_path, PATIENT_SUPPORT_PROFILE="production")
    assert production.secret_key == "" and production.twilio_webhook_token == ""
    assert not local_secrets.path_for(tmp_path).exists()
    assert any("SECRET_KEY" in problem for problem in production.production_problems())


def test_the_once_published_development_values_are_refused(tmp_path):
    old_key = "dev-only-secret-" + "change-me-before-any-real-use"  # split: the grep test below stays meaningful
    old_token = "local-development-" + "twilio-token"
    assert settings_in(tmp_path, SECRET_KEY=old_key).secret_key != old_key  # development: generated instead
    production = settings_in(tmp_path, PATIENT_SUPPORT_PROFILE="production", SECRET_KEY=old_key,
                             TWILIO_AUTH_TOKEN=old_token)
    problems = " ".join(production.production_problems())
    assert "SECRET_KEY" in problems and "TWILIO_AUTH_TOKEN" in problems


# --- no constant secret in the code -------------------------------------------------------------

SECRET_NAME = re.compile(r"(SECRET|SECRET_KEY|TOKEN|PASSWORD|PASSWD|API_KEY)$", re.IGNORECASE)
SECRET_SETTINGS = {"SECRET_KEY", "TWILIO_AUTH_TOKEN", "RASA_AUTH_TOKEN", "ACTION_SERVER_TOKEN"}


def _python_files() -> list[Path]:
    return sorted([*ROOT.joinpath("bot").rglob("*.py"), *ROOT.joinpath("actions").rglob("*.py")])


def test_no_constant_secret_remains_in_the_code():
    found = []
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            # NAME = "literal" for a secret-sounding name
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Constant) \
                    and isinstance(node.value.value, str) and len(node.value.value) >= 8:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = [t.id for t in targets if isinstance(t, ast.Name)]
                if any(SECRET_NAME.search(name) for name in names):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {names}")
            # env.get("SECRET_KEY", "literal") / getenv(...) with a non-empty default
            if isinstance(node, ast.Call) and len(node.args) >= 2 and isinstance(node.args[0], ast.Constant) \
                    and node.args[0].value in SECRET_SETTINGS and isinstance(node.args[1], ast.Constant) \
                    and node.args[1].value:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} default for {node.args[0].value}")
            # any literal that is a value this repository once published as a secret
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and hashlib.sha256(node.value.encode()).hexdigest() in PUBLISHED_SECRET_DIGESTS:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} a published secret")
    assert found == []


def test_the_example_settings_publish_no_secret():
    for line in (ROOT / ".env.example").read_text().splitlines():
        name, sep, value = line.partition("=")
        if sep and not name.startswith("#") and name.strip() in SECRET_SETTINGS:
            assert value.strip() == "", line
