"""Training the Rasa model only when its training data changed.

The fingerprint is a hash of every file Rasa trains from. It is stored beside the model;
a matching fingerprint and an existing model mean there is nothing to do.
"""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from bot.config import PROJECT_ROOT

MODEL_NAME = "patient-support"
TRAINING_INPUTS = ("config.yml", "domain.yml", "data/nlu", "data/stories", "data/rules")


def training_files(root: Path = PROJECT_ROOT) -> list[Path]:
    files: list[Path] = []
    for name in TRAINING_INPUTS:
        path = root / name
        files.extend(sorted(path.rglob("*.yml")) if path.is_dir() else [path])
    return files


def fingerprint(root: Path = PROJECT_ROOT) -> str:
    digest = hashlib.sha256()
    for path in training_files(root):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def model_path(models_dir: Path) -> Path:
    return models_dir / f"{MODEL_NAME}.tar.gz"


def is_current(root: Path, models_dir: Path) -> bool:
    stamp = models_dir / f"{MODEL_NAME}.fingerprint"
    return model_path(models_dir).exists() and stamp.exists() and stamp.read_text().strip() == fingerprint(root)


def rasa_executable() -> str:
    return str(Path(sys.executable).with_name("rasa"))


def train(root: Path = PROJECT_ROOT, models_dir: Path | None = None, force: bool = False) -> bool:
    """Train into `models_dir` unless the model is current. Returns True if it trained."""
    models_dir = models_dir or root / "models"
    if not force and is_current(root, models_dir):
        return False
    stamp_value = fingerprint(root)
    models_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [rasa_executable(), "train", "--config", "config.yml", "--domain", "domain.yml", "--data", "data/nlu",
         "data/stories", "data/rules", "--out", str(models_dir), "--fixed-model-name", MODEL_NAME],
        cwd=root, check=True,
    )
    (models_dir / f"{MODEL_NAME}.fingerprint").write_text(stamp_value + "\n")
    return True
