"""What the importers share: precise error reports and counts of what changed."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    file: str
    row: str  # "patients[2] (mrn SM-10003)" for YAML, "row 14" for CSV
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.row}: {self.field}: {self.message}"


class InvalidData(Exception):
    """The file was rejected; nothing from it was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class ImportReport:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)

    def record(self, kind: str, outcome: str) -> None:
        getattr(self, outcome)[kind] += 1

    @property
    def changed(self) -> bool:
        return bool(sum(self.created.values()) or sum(self.updated.values()))

    def summary(self) -> str:
        kinds = sorted(set(self.created) | set(self.updated) | set(self.unchanged))
        return "; ".join(
            f"{kind}: {self.created[kind]} created, {self.updated[kind]} updated, "
            f"{self.unchanged[kind]} unchanged"
            for kind in kinds
        ) or "nothing to load"


def apply_fields(obj, values: dict) -> bool:
    """Set attributes that differ; True if anything changed (so reloads are no-ops)."""
    changed = False
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed
