"""`patient-support resources import FILE.csv`: a community resource directory.

Columns follow Open Referral HSDS loosely (one row = one service with its service area):
id,name,category,description,phone,url,eligibility,languages,cost,service_area
and optionally description_es (the description in Spanish; without it a Spanish reply
shows the English line). Every row is validated before anything is written; rows are upserted by `id`.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import phones, resource_search
from bot.importing import ImportReport, InvalidData, Problem, apply_fields
from bot.models import Resource, ResourceCategory, values

COLUMNS = ["id", "name", "category", "description", "phone", "url", "eligibility", "languages", "cost", "service_area",
           "description_es"]
REQUIRED = ["id", "name", "category", "description", "service_area"]
KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")
URL = re.compile(r"^https?://[^\s]+$")
LANGUAGE = re.compile(r"^[a-z]{2}$")
STATES = {
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
    "ND", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
}
ZIP_PREFIX = re.compile(r"^\d{3,5}$")
# Short service numbers (988, 211, 911) are real numbers but not E.164-shaped.
SHORT_CODE = re.compile(r"^\d{3}$")


def normalize_service_area(raw: str) -> str:
    """'nationwide', or ';'-joined state codes and zip prefixes. Raises ValueError."""
    text = raw.strip()
    if text.lower() == "nationwide":
        return "nationwide"
    tokens = [token.strip().upper() for token in text.split(";") if token.strip()]
    if not tokens:
        raise ValueError("is empty (use 'nationwide', state codes like IL, or zip prefixes like 606)")
    for token in tokens:
        if token not in STATES and not ZIP_PREFIX.match(token):
            raise ValueError(f"{token!r} is neither a US state code nor a zip prefix of 3-5 digits")
    return ";".join(tokens)


def _normalize_phone(raw: str) -> str:
    text = raw.strip()
    return text if SHORT_CODE.match(text) else phones.normalize(text)


def _row_record(row: dict, line: int, file: str, problems: list[Problem]) -> dict:
    where = f"row {line}"

    def fail(field: str, message: str) -> None:
        problems.append(Problem(file, where, field, message))

    values_ = {name: (row.get(name) or "").strip() for name in COLUMNS}
    for name in REQUIRED:
        if not values_[name]:
            fail(name, "is required")
    if values_["id"] and not KEY.match(values_["id"]):
        fail("id", f"{values_['id']!r} must be letters, digits, '-', '_' or '.'")
    if values_["category"] and values_["category"] not in values(ResourceCategory):
        fail("category", f"{values_['category']!r} is not one of {', '.join(values(ResourceCategory))}")
    if not values_["phone"] and not values_["url"]:
        fail("phone", "a phone number or a url is required")
    if values_["phone"]:
        try:
            values_["phone"] = _normalize_phone(values_["phone"])
        except phones.InvalidPhone as exc:
            fail("phone", str(exc))
    if values_["url"] and not URL.match(values_["url"]):
        fail("url", f"{values_['url']!r} is not an http(s) url")
    languages = [code.strip().lower() for code in (values_["languages"] or "en").split(";") if code.strip()]
    for code in languages:
        if not LANGUAGE.match(code):
            fail("languages", f"{code!r} is not a two-letter language code")
    values_["languages"] = ";".join(languages)
    if values_["service_area"]:
        try:
            values_["service_area"] = normalize_service_area(values_["service_area"])
        except ValueError as exc:
            fail("service_area", str(exc))
    values_["phone"] = values_["phone"] or None
    values_["url"] = values_["url"] or None
    values_["description_es"] = values_["description_es"] or None
    return values_


def parse_resources_csv(text: str, file: str) -> list[dict]:
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise InvalidData([Problem(file, "header", ",".join(missing), "required column(s) missing")])
    problems: list[Problem] = []
    records: list[dict] = []
    seen: set[str] = set()
    for row in reader:
        line = reader.line_num
        if None in row:  # more cells than columns: a stray comma
            problems.append(Problem(file, f"row {line}", "-", "has more cells than the header has columns"))
            continue
        record = _row_record(row, line, file, problems)
        if record["id"] in seen:
            problems.append(Problem(file, f"row {line}", "id", f"{record['id']!r} appears twice"))
        seen.add(record["id"])
        records.append(record)
    if problems:
        raise InvalidData(problems)
    if not records:
        raise InvalidData([Problem(file, "-", "-", "has no rows")])
    return records


def import_resources(session: Session, path: Path) -> ImportReport:
    """Validate the CSV at `path` and upsert it in the caller's transaction."""
    file = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InvalidData([Problem(file, "-", "-", f"cannot read file: {exc.strerror}")]) from exc
    except UnicodeDecodeError as exc:
        raise InvalidData([Problem(file, "-", "-", "is not UTF-8 text")]) from exc
    try:
        records = parse_resources_csv(text, file)
    except csv.Error as exc:
        raise InvalidData([Problem(file, "-", "-", f"is not valid CSV: {exc}")]) from exc
    report = ImportReport()
    existing = {r.key: r for r in session.execute(select(Resource)).scalars()}
    for record in records:
        fields = {name: record[name] for name in COLUMNS if name != "id"}
        resource = existing.get(record["id"])
        if resource is None:
            session.add(Resource(key=record["id"], **fields))
            report.record("resources", "created")
        else:
            report.record("resources", "updated" if apply_fields(resource, fields) else "unchanged")
    session.flush()
    # Always, not only on changes: the category terms come from the NLU vocabulary, which
    # may have grown since the last import.
    resource_search.rebuild_index(session)
    return report
