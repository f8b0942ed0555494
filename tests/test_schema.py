"""Migrations and the model's constraints, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from bot import migrate
from bot.db import make_engine, session_scope
from bot.models import Base, CarePlan, CareTask, CaseManager, Patient, Resource

TABLES = {"case_managers", "patients", "authorized_contacts", "care_plans", "care_tasks", "task_completions",
          "inbound_messages", "sms_opt_outs", "console_sessions",
          "resources", "escalations", "outbound_messages", "audit_log", "verifications"}


def test_migrations_build_the_schema_from_empty_and_match_the_models(database_url):
    migrate.upgrade(database_url)
    engine = make_engine(database_url)
    try:
        assert TABLES <= set(inspect(engine).get_table_names())
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"include_object": migrate.is_modelled})
            diff = compare_metadata(context, Base.metadata)
        assert diff == [], f"models and migrations disagree: {diff}"
    finally:
        engine.dispose()
    assert migrate.current_revision(database_url) is not None


def test_migrations_go_down_and_up_again(database_url):
    migrate.upgrade(database_url)
    migrate.downgrade(database_url, "base")
    engine = make_engine(database_url)
    try:
        assert not TABLES & set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    migrate.upgrade(database_url)
    assert migrate.current_revision(database_url) is not None


def _patient(**overrides) -> Patient:
    fields = dict(mrn="M-1", name="P", date_of_birth=dt.date(1950, 1, 1), phone="+13125550100")
    fields.update(overrides)
    return Patient(**fields)


@pytest.mark.parametrize("make_rows", [
    lambda: [_patient(), _patient(mrn="M-2")],                    # one phone, two patients
    lambda: [_patient(), _patient(phone="+13125550101")],         # one MRN twice
    lambda: [Resource(key="r", name="R", category="spaceships", description="d", service_area="nationwide")],
    lambda: [CarePlan(patient=_patient(), key="p", condition="c", status="paused")],
    lambda: [CareTask(care_plan=CarePlan(patient=_patient(), key="p", condition="c"), key="t", kind="chore", title="t")],
    lambda: [CaseManager(email="a@x.example", name="A", phone="+13125550100"),
             CaseManager(email="a@x.example", name="B", phone="+13125550101")],
])
def test_constraints_reject_bad_rows(engine, make_rows):
    with pytest.raises(IntegrityError):
        with session_scope(engine) as session:
            session.add_all(make_rows())


def test_datetimes_come_back_aware_utc_and_naive_ones_are_refused(engine):
    local = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=-6)))
    with session_scope(engine) as session:
        plan = CarePlan(patient=_patient(), key="p", condition="c")
        session.add(CareTask(care_plan=plan, key="t", kind="other", title="t", due_at=local))
    with session_scope(engine) as session:
        task = session.query(CareTask).one()
        assert task.due_at == local and task.due_at.tzinfo == dt.timezone.utc
    with pytest.raises(Exception, match="naive"):
        with session_scope(engine) as session:
            session.add(CareTask(care_plan_id=task.care_plan_id, key="n", kind="other", title="n",
                                 due_at=dt.datetime(2026, 1, 1)))


@pytest.mark.parametrize("module, statement", [("language", "BY_PHONE"), ("identity", "_PERSON_BY_PHONE")])
def test_who_is_texting_is_found_by_index_not_by_scanning(tmp_path, module, statement):
    """Every turn looks the sender's number up among patients and contacts; a scan makes
    each turn slower as the hospital's list grows (bench/growth.py patients)."""
    import importlib

    from sqlalchemy.dialects import sqlite

    url = f"sqlite:///{tmp_path / 'app.db'}"
    migrate.upgrade(url)
    compiled = getattr(importlib.import_module(f"bot.{module}"), statement).compile(dialect=sqlite.dialect())
    values = {"phone": "+13125550112", "identity": "phone:+13125550112"}
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            cursor = connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + str(compiled),
                tuple(values.get(name, compiled.params.get(name)) for name in compiled.positiontup))
            plan = [row[-1] for row in cursor]
    finally:
        engine.dispose()
    assert any("authorized_contacts" in step for step in plan), plan
    scans = [step for step in plan if step.startswith("SCAN") and "CONSTANT ROW" not in step]
    assert scans == [], plan
