"""The console's task form, checked as a whole before anything is written."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.console.care_edits import read_task_form
from tests.conftest import ZONE

GOOD = {"title": "Walk 10 minutes", "kind": "exercise", "due": "2026-11-24T09:30", "recurrence": "weekly:mon,thu",
        "instructions": "Use the walker.", "location": "", "provider": "", "status": "pending"}


def test_a_good_form_becomes_task_fields_in_clinic_time():
    form = read_task_form(GOOD, ZONE, editing=True)
    assert form.errors == {}
    assert form.fields["due_at"] == dt.datetime(2026, 11, 24, 9, 30, tzinfo=ZONE)
    assert (form.fields["recurrence"], form.fields["location"], form.fields["status"]) == ("weekly:mon,thu", None, "pending")


@pytest.mark.parametrize("change, field", [
    ({"title": "  "}, "title"),
    ({"title": "x" * 201}, "title"),
    ({"kind": "surgery"}, "kind"),
    ({"due": "next tuesday"}, "due"),
    ({"recurrence": "every other day"}, "recurrence"),
    ({"due": "", "recurrence": "daily"}, "due"),
    ({"status": "finished"}, "status"),
    ({"instructions": "y" * 2001}, "instructions"),
])
def test_each_bad_field_is_named(change, field):
    form = read_task_form({**GOOD, **change}, ZONE, editing=True)
    assert list(form.errors) == [field]


def test_adding_ignores_status_new_tasks_start_pending():
    form = read_task_form({**GOOD, "status": "nonsense"}, ZONE, editing=False)
    assert form.errors == {} and "status" not in form.fields
