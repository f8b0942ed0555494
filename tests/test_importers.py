"""The importers against real databases: good data, idempotence, and bad files that write nothing."""
from __future__ import annotations

import datetime as dt
import textwrap

import pytest
import yaml
from sqlalchemy import func, select

from bot.care_import import load_care_file, parse_due
from bot.db import session_scope
from bot.importing import InvalidData
from bot.models import AuthorizedContact, CarePlan, CareTask, CaseManager, Patient, Resource
from bot.passwords import verify_password
from bot.resource_import import import_resources
from tests.conftest import DEMO_CARE, DEMO_RESOURCES, ZONE

MINIMAL = {
    "case_managers": [{"email": "cm@clinic.example", "name": "Casey M", "phone": "(312) 555-0199",
                       "on_call": True, "password": "secret-pass"}],
    "patients": [{
        "mrn": "T-1", "name": "Test Patient", "date_of_birth": "1950-02-03", "phone": "(312) 555-0188",
        "zip": "60614", "case_manager": "cm@clinic.example",
        "contacts": [{"phone": "773 555 0177", "name": "Kid", "relationship": "son", "may_see": ["appointments"],
                      "consent_recorded_at": "2026-01-05T09:00:00-06:00"}],
        "care_plans": [{"key": "plan", "condition": "Heart failure", "goals": ["Weigh daily"], "tasks": [
            {"key": "weigh", "kind": "other", "title": "Weigh yourself", "due": "today 07:00", "recurrence": "daily"},
            {"key": "visit", "kind": "appointment", "title": "Cardiology visit", "due": "+2d 10:30",
             "location": "Heart Center", "provider": "Dr. Lee"},
        ]}],
    }],
}


def write_yaml(tmp_path, data, name="care.yml"):
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def counts(engine) -> dict[str, int]:
    with session_scope(engine) as session:
        return {model.__tablename__: session.execute(select(func.count()).select_from(model)).scalar_one()
                for model in (CaseManager, Patient, AuthorizedContact, CarePlan, CareTask, Resource)}


def test_demo_data_loads_with_the_promised_variety(demo_engine):
    loaded = counts(demo_engine)
    assert loaded["case_managers"] >= 3 and loaded["patients"] >= 8 and loaded["resources"] >= 40
    with session_scope(demo_engine) as session:
        categories = set(session.execute(select(Resource.category)).scalars())
        nationwide = session.execute(select(func.count()).where(Resource.service_area == "nationwide")).scalar_one()
        on_call = session.execute(select(func.count()).where(CaseManager.on_call.is_(True))).scalar_one()
        phones = list(session.execute(select(Patient.phone)).scalars())
    assert len(categories) == 10 and nationwide >= 3 and on_call == 1
    assert all(p.startswith("+1") and len(p) == 12 for p in phones)


def test_loading_the_same_files_twice_changes_nothing(demo_engine):
    before = counts(demo_engine)
    with session_scope(demo_engine) as session:
        care = load_care_file(session, DEMO_CARE, ZONE)
        directory = import_resources(session, DEMO_RESOURCES)
    assert not care.changed and not directory.changed
    assert counts(demo_engine) == before


def test_phone_formats_normalise_to_one_person(engine, tmp_path):
    data = yaml.safe_load(yaml.safe_dump(MINIMAL))
    with session_scope(engine) as session:
        load_care_file(session, write_yaml(tmp_path, data), ZONE)
    data["patients"][0]["phone"] = "+13125550188"  # the same number, written differently
    with session_scope(engine) as session:
        report = load_care_file(session, write_yaml(tmp_path, data), ZONE)
        patient = session.execute(select(Patient)).scalar_one()
    assert not report.changed and patient.phone == "+13125550188"


def test_loader_keeps_progress_opt_outs_and_hashes_passwords(engine, tmp_path):
    path = write_yaml(tmp_path, MINIMAL)
    with session_scope(engine) as session:
        load_care_file(session, path, ZONE)
    with session_scope(engine) as session:
        visit = session.execute(select(CareTask).where(CareTask.key == "visit")).scalar_one()
        visit.status = "done"  # the patient reported it
        session.execute(select(Patient)).scalar_one().sms_opt_out = True  # the patient texted STOP
    with session_scope(engine) as session:
        load_care_file(session, path, ZONE)
        assert session.execute(select(CareTask).where(CareTask.key == "visit")).scalar_one().status == "done"
        assert session.execute(select(Patient)).scalar_one().sms_opt_out is True
        manager = session.execute(select(CaseManager)).scalar_one()
        assert manager.password_hash != "secret-pass" and verify_password(manager.password_hash, "secret-pass")


def test_dropping_a_contact_from_the_file_revokes_their_access(engine, tmp_path):
    with session_scope(engine) as session:
        load_care_file(session, write_yaml(tmp_path, MINIMAL), ZONE)
    data = yaml.safe_load(yaml.safe_dump(MINIMAL))
    data["patients"][0]["contacts"] = []
    with session_scope(engine) as session:
        load_care_file(session, write_yaml(tmp_path, data), ZONE)
    assert counts(engine)["authorized_contacts"] == 0


@pytest.mark.parametrize("mutate, row, field, words", [
    (lambda d: d["patients"][0]["care_plans"][0]["tasks"][0].update(kind="pills"),
     "patients[0] (mrn T-1).care_plans[0].tasks[0]", "kind", "'pills' is not one of"),
    (lambda d: d["patients"][0].update(phone="12"), "patients[0] (mrn T-1)", "phone", "not a possible phone"),
    (lambda d: d["patients"][0].pop("name"), "patients[0] (mrn T-1)", "name", "is required"),
    (lambda d: d["patients"][0].update(date_of_birth="14/31/1950"), "patients[0] (mrn T-1)", "date_of_birth",
     "is not a date"),
    (lambda d: d["patients"][0]["care_plans"][0]["tasks"][1].update(due="next tuesday"),
     "patients[0] (mrn T-1).care_plans[0].tasks[1]", "due", "is not 'today HH:MM'"),
    (lambda d: d["patients"][0]["contacts"][0].update(may_see=["everything"]),
     "patients[0] (mrn T-1).contacts[0]", "may_see", "'everything' is not one of"),
    (lambda d: d["patients"][0]["contacts"][0].pop("consent_recorded_at"),
     "patients[0] (mrn T-1).contacts[0]", "consent_recorded_at", "is required"),
    (lambda d: d["patients"][0].update(case_manager="nobody@clinic.example"),
     "patient T-1", "case_manager", "no case manager"),
])
def test_bad_care_file_names_file_row_and_field_and_writes_nothing(engine, tmp_path, mutate, row, field, words):
    data = yaml.safe_load(yaml.safe_dump(MINIMAL))
    mutate(data)
    path = write_yaml(tmp_path, data)
    with pytest.raises(InvalidData) as raised:
        with session_scope(engine) as session:
            load_care_file(session, path, ZONE)
    problem = raised.value.problems[0]
    assert (problem.file, problem.row, problem.field) == (str(path), row, field)
    assert words in problem.message
    assert set(counts(engine).values()) == {0}


def test_malformed_yaml_reports_the_line(engine, tmp_path):
    path = tmp_path / "broken.yml"
    path.write_text("patients:\n  - mrn: X\n    name: [unclosed\n")
    with pytest.raises(InvalidData) as raised:
        with session_scope(engine) as session:
            load_care_file(session, path, ZONE)
    assert "line" in raised.value.problems[0].row and "not valid YAML" in raised.value.problems[0].message


def test_relative_due_times_resolve_in_the_clinic_zone():
    today = dt.date(2026, 11, 23)
    assert parse_due("today 08:00", ZONE, today) == dt.datetime(2026, 11, 23, 8, 0, tzinfo=ZONE)
    assert parse_due("+3d 14:30", ZONE, today) == dt.datetime(2026, 11, 26, 14, 30, tzinfo=ZONE)
    assert parse_due("-2d 09:15", ZONE, today) == dt.datetime(2026, 11, 21, 9, 15, tzinfo=ZONE)
    with pytest.raises(ValueError):
        parse_due("someday", ZONE, today)


RESOURCE_HEADER = "id,name,category,description,phone,url,eligibility,languages,cost,service_area\n"


def test_bad_resource_row_names_row_and_field_and_writes_nothing(engine, tmp_path):
    path = tmp_path / "resources.csv"
    path.write_text(RESOURCE_HEADER + textwrap.dedent("""\
        res-a,Ride Co,transportation,Rides to treatment,312-555-0100,,,en,Free,IL
        res-b,Bad Co,spaceships,Not a category,312-555-0101,,,en,Free,nationwide
        res-c,No Contact,food,Food help,,,,en,Free,606
        res-d,Bad Area,food,Food help,312-555-0103,,,en,Free,Illinois
    """))
    with pytest.raises(InvalidData) as raised:
        with session_scope(engine) as session:
            import_resources(session, path)
    found = {(p.row, p.field) for p in raised.value.problems}
    assert found == {("row 3", "category"), ("row 4", "phone"), ("row 5", "service_area")}
    assert counts(engine)["resources"] == 0


def test_resource_import_accepts_short_codes_and_normalises_areas(engine, tmp_path):
    path = tmp_path / "resources.csv"
    path.write_text(RESOURCE_HEADER + "res-988,988 Lifeline,mental_health,Call or text,988,https://988lifeline.org,,en;es,Free,Nationwide\n"
                    "res-il,Local,food,Pantry,(312) 555-0100,,,EN,Free,il; 606\n")
    with session_scope(engine) as session:
        import_resources(session, path)
        stored = {r.key: r for r in session.execute(select(Resource)).scalars()}
    assert stored["res-988"].phone == "988" and stored["res-988"].service_area == "nationwide"
    assert stored["res-il"].phone == "+13125550100" and stored["res-il"].service_area == "IL;606"
    assert stored["res-il"].languages == "en"
