"""The case managers' console in headless Chromium against the running assistant: log in,
see an escalation a patient opened over SMS, reply on the patient's channel, resolve."""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from sqlalchemy import select

from bot.console.auth import LOGIN_FAILED
from bot.db import session_scope
from bot.models import AuditLog, Escalation
from tests.browser import chromium, page_wait
from tests.servers import start_assistant, stop_assistant

pytestmark = pytest.mark.rasa
DOROTHY = "+13125550112"          # assigned to Grace Okafor
GRACE = ("grace.okafor@stmarys.example", "demo-grace-2026")


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    assistant = start_assistant(tmp_path_factory.mktemp("console"))
    yield assistant
    stop_assistant(assistant)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = chromium(tmp_path_factory.mktemp("chromium-console"), "1280,900")
    yield driver
    driver.quit()


def log_in(browser, running, email: str, password: str) -> None:
    """Submit the login form and wait for the next page: the inbox, or the form with an error."""
    browser.get(running.console_url + "/login")
    page_wait(browser, 30).until(EC.element_to_be_clickable((By.ID, "email"))).send_keys(email)
    browser.find_element(By.ID, "password").send_keys(password)
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    page_wait(browser, 30).until(lambda d: "Open requests" in d.page_source
                                     or d.find_elements(By.CSS_SELECTOR, "[role=alert]"))


def test_nothing_is_visible_without_logging_in(running):
    with urllib.request.urlopen(running.console_url + "/", timeout=30) as page:
        assert page.url.endswith("/login")
    request = urllib.request.Request(running.console_url + "/escalations/1/resolve", data=b"note=x")
    with urllib.request.urlopen(request, timeout=30) as page:  # not logged in: back to the login page
        assert page.url.endswith("/login")


def test_main_path_log_in_see_reply_resolve(running, browser):
    log_in(browser, running, GRACE[0], "wrong password")
    assert "Wrong email or password" in browser.find_element(By.CSS_SELECTOR, "[role=alert]").text
    log_in(browser, running, *GRACE)
    page_wait(browser, 30).until(lambda d: "No open requests" in d.page_source)

    # The request appears in the open inbox without a reload.
    status, replies = running.sms(DOROTHY, "can my nurse call me")
    assert status == 200 and "Grace Okafor" in replies[0]
    page_wait(browser, 30).until(lambda d: "Dorothy Williams" in d.find_element(By.ID, "inbox").text)
    assert "0 urgent" in browser.page_source

    page_wait(browser, 30).until(EC.element_to_be_clickable((By.PARTIAL_LINK_TEXT, "#"))).click()
    page_wait(browser, 30).until(lambda d: "Conversation" in d.page_source)
    assert "can my nurse call me" in browser.page_source          # the transcript
    assert "Weigh yourself" in browser.page_source                 # the care plan
    assert browser.find_element(By.ID, "verified").text == "not verified"  # she never gave her date of birth

    before = running.last_outbound_id()
    browser.find_element(By.ID, "reply").send_keys("Hi Dorothy, I'll call you at 3 today.")
    browser.find_element(By.XPATH, "//button[text()='Send reply']").click()
    sms = running.wait_for_sms(DOROTHY, after_id=before)
    assert sms == ["Grace Okafor (case manager): Hi Dorothy, I'll call you at 3 today."]

    # While the case manager has it, the patient's messages reach the thread, not the bot
    # (the only reply: that she will see it too).
    assert running.sms(DOROTHY, "ok thank you, 3 is fine") == (
        200, ["Got it: Grace Okafor will see this message too. If this is an emergency, call 911."])
    # ... and show up on the open page without a reload
    page_wait(browser, 30).until(lambda d: "3 is fine" in d.find_element(By.ID, "conversation").text)

    before = running.last_outbound_id()
    browser.find_element(By.ID, "note").send_keys("Called; moved cardiology visit.")
    browser.find_element(By.XPATH, "//button[text()='Resolve']").click()
    page_wait(browser, 30).until(lambda d: "No open requests" in d.page_source)
    assert "closed this request" in running.wait_for_sms(DOROTHY, after_id=before)[0]
    # resolved: the assistant answers again
    assert running.sms(DOROTHY, "what do i need to do today")[1]

    with session_scope(running.engine) as session:
        escalation = session.execute(select(Escalation)).scalars().one()
        views = session.execute(select(AuditLog).where(AuditLog.action == "view_escalation")).scalars().all()
    assert (escalation.status, escalation.outcome_note) == ("resolved", "Called; moved cardiology visit.")
    assert escalation.first_reply_at is not None and views and views[0].patient_id == escalation.patient_id


def test_forms_without_the_session_token_are_refused(running, browser):
    log_in(browser, running, *GRACE)
    page_wait(browser, 30).until(lambda d: "Open requests" in d.page_source)
    cookie = browser.get_cookie("console_session")["value"]
    request = urllib.request.Request(running.console_url + "/escalations/1/resolve",
                                     data=urllib.parse.urlencode({"note": "forged"}).encode(),
                                     headers={"Cookie": f"console_session={cookie}"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 403


def test_repeated_failures_lock_the_account(running, browser):
    email = "marcus.bell@stmarys.example"
    for _ in range(5):
        log_in(browser, running, email, "not-the-password")
    log_in(browser, running, email, "demo-marcus-2026")
    # the same words as a wrong password or an unknown email: a lockout tells no one the email is real
    assert browser.find_element(By.CSS_SELECTOR, "[role=alert]").text == LOGIN_FAILED
    assert "Open requests" not in browser.page_source


def test_patient_record_add_edit_and_complete_a_task_in_the_browser(running, browser):
    log_in(browser, running, *GRACE)
    page_wait(browser, 30).until(lambda d: "Open requests" in d.page_source)
    browser.find_element(By.LINK_TEXT, "Patients").click()
    page_wait(browser, 30).until(EC.element_to_be_clickable((By.LINK_TEXT, "Dorothy Williams"))).click()
    page_wait(browser, 30).until(lambda d: "Authorized contacts" in d.page_source)
    assert "Angela Williams" in browser.page_source and "Requests and outcomes" in browser.page_source

    plan = browser.find_element(By.CSS_SELECTOR, "[id^=plan-]")
    plan.find_element(By.TAG_NAME, "summary").click()
    plan.find_element(By.CSS_SELECTOR, "input[name=title]").send_keys("Bring the weight log to clinic")
    plan.find_element(By.XPATH, ".//button[text()='Add task']").click()
    page_wait(browser, 30).until(lambda d: "Bring the weight log to clinic" in d.page_source)

    row = browser.find_element(By.XPATH, "//tr[td[contains(., 'Bring the weight log to clinic')]]")
    row.find_element(By.LINK_TEXT, "Edit").click()
    title = page_wait(browser, 30).until(EC.element_to_be_clickable((By.ID, "title")))
    title.clear()
    title.send_keys("Bring the weight log and pill bottles")
    browser.find_element(By.XPATH, "//button[text()='Save']").click()
    page_wait(browser, 30).until(lambda d: "Bring the weight log and pill bottles" in d.page_source)

    row = browser.find_element(By.XPATH, "//tr[td[contains(., 'Bring the weight log and pill bottles')]]")
    row.find_element(By.XPATH, ".//button[text()='Mark done']").click()
    page_wait(browser, 30).until(lambda d: "(staff, console)" in d.find_element(
        By.XPATH, "//tr[td[contains(., 'Bring the weight log and pill bottles')]]").text)
    with session_scope(running.engine) as session:
        actions = session.execute(select(AuditLog.action).where(AuditLog.action.in_(
            ["view_patient", "add_task", "edit_task", "task_done"]))).scalars().all()
    assert {"view_patient", "add_task", "edit_task", "task_done"} <= set(actions)
