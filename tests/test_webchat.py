"""The web chat in a real browser (Debian's headless Chromium through chromedriver) against
the running servers: send and receive, out-of-band messages, chat links, the widget."""
from __future__ import annotations

import datetime as dt
import http.server
import re
import threading
import urllib.parse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from sqlalchemy import select

from bot import catalogue, chat_tokens
from bot.db import session_scope
from bot.models import Patient
from tests.browser import chromium, page_wait
from tests.servers import AUTH_TOKEN, SECRET_KEY, start_assistant, stop_assistant

pytestmark = pytest.mark.rasa


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    assistant = start_assistant(tmp_path_factory.mktemp("webchat"))
    yield assistant
    stop_assistant(assistant)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = chromium(tmp_path_factory.mktemp("chromium"), "390,844")
    yield driver
    driver.quit()


def wait(driver, timeout=60):
    return page_wait(driver, timeout)


def open_chat(driver, url: str) -> None:
    driver.get(url)
    wait(driver).until(EC.element_to_be_clickable((By.ID, "send")))


def say(driver, text: str, expect: str) -> str:
    before = len(driver.find_elements(By.CSS_SELECTOR, ".msg.bot"))
    box = driver.find_element(By.ID, "text")
    box.send_keys(text)
    box.send_keys(Keys.ENTER)
    wait(driver).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".msg.bot")) > before
                       and expect in d.find_elements(By.CSS_SELECTOR, ".msg.bot")[-1].text)
    return driver.find_elements(By.CSS_SELECTOR, ".msg.bot")[-1].text


def test_anonymous_chat_answers_and_receives_out_of_band_messages(running, browser):
    open_chat(browser, running.rasa_url + "/webhooks/webchat/")
    # accessible: a labelled input and a live conversation log
    assert browser.find_element(By.CSS_SELECTOR, "label[for=text]").get_attribute("textContent")
    assert browser.find_element(By.ID, "log").get_attribute("role") == "log"
    say(browser, "I need a ride to chemo", expect="zip code")
    assert browser.find_elements(By.CSS_SELECTOR, ".state")[-1].text == "Delivered"
    answer = say(browser, "60614", expect="Help with rides")
    # at most three resources; a ride to care also offers to move the appointment
    assert 1 <= len(re.findall(r"^\d\) ", answer, re.M)) <= 3 and "RESCHEDULE" in answer
    # A message the server sends later (as a case manager's reply would be) shows up
    # without a reload.
    conversation = browser.find_element(By.TAG_NAME, "body").get_attribute("data-conversation")
    status, _ = running.post_json(
        f"/conversations/{urllib.parse.quote(conversation)}/trigger_intent?output_channel=webchat&token={AUTH_TOKEN}",
        {"name": "greet"})
    assert status == 200
    wait(browser).until(lambda d: "care team's assistant" in d.find_elements(By.CSS_SELECTOR, ".msg.bot")[-1].text)


def test_chat_link_binds_the_chat_to_the_patient_and_still_verifies(running, browser):
    with session_scope(running.engine) as session:
        dorothy = session.execute(select(Patient.id).where(Patient.mrn == "SM-10003")).scalar_one()
    token = chat_tokens.issue(SECRET_KEY, f"web:patient:{dorothy}", dt.timedelta(hours=1))
    open_chat(browser, running.rasa_url + "/webhooks/webchat/?t=" + token)
    assert browser.find_element(By.ID, "status").text == "Connected securely"
    assert "?t=" not in browser.current_url  # the link is spent: this tab keeps its own session token
    say(browser, "what do i need to do today", expect="date of birth")
    assert "Your care plan today" in say(browser, "11/20/1948", expect="Your care plan")
    conversation = browser.find_element(By.TAG_NAME, "body").get_attribute("data-conversation")

    # A reload resumes this tab's session: same conversation, still verified.
    browser.refresh()
    wait(browser).until(EC.element_to_be_clickable((By.ID, "send")))
    assert browser.find_element(By.ID, "status").text == "Connected securely"
    assert browser.find_element(By.TAG_NAME, "body").get_attribute("data-conversation") == conversation
    assert say(browser, "when is my next appointment", expect="Next appointment").startswith("Next appointment")

    # The same link in another tab (its own sessionStorage, as another browser): anonymous,
    # and the first tab is told.
    first_tab = browser.current_window_handle
    browser.switch_to.new_window("tab")
    try:
        open_chat(browser, running.rasa_url + "/webhooks/webchat/?t=" + token)
        assert browser.find_element(By.ID, "status").text == "Connected"
        assert browser.find_element(By.TAG_NAME, "body").get_attribute("data-conversation") != conversation
        wait(browser).until(lambda d: "already opened in another browser" in d.find_element(By.ID, "log").text)
        reply = say(browser, "when is my next appointment", expect="")
        assert "Next appointment" not in reply and "date of birth" not in reply
    finally:
        browser.close()
        browser.switch_to.window(first_tab)
    wait(browser).until(lambda d: "opened in another browser" in d.find_elements(By.CSS_SELECTOR, ".msg.bot")[-1].text)


def test_forged_or_expired_links_get_an_anonymous_chat(running, browser):
    expired = chat_tokens.issue(SECRET_KEY, "web:patient:1", dt.timedelta(hours=-1))
    forged = chat_tokens.issue("not-the-secret-but-long-enough-for-hs256", "web:patient:1", dt.timedelta(hours=1))
    for token in (expired, forged):
        open_chat(browser, running.rasa_url + "/webhooks/webchat/?t=" + token)
        assert browser.find_element(By.ID, "status").text == "Connected"
        assert "authorized family member" in say(browser, "what do i need to do today", expect="authorized")


def test_widget_adds_the_chat_to_another_site(running, browser, tmp_path):
    (tmp_path / "index.html").write_text(
        f'<!doctype html><title>Clinic</title><h1>Clinic site</h1>'
        f'<script src="{running.rasa_url}/webhooks/webchat/widget.js"></script>')
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path), **k)  # noqa: E731
    site = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    try:
        browser.get(f"http://127.0.0.1:{site.server_address[1]}/index.html")
        button = wait(browser).until(EC.element_to_be_clickable((By.XPATH, "//button[contains(., 'care team')]")))
        assert button.get_attribute("aria-expanded") == "false"
        button.click()
        assert button.get_attribute("aria-expanded") == "true"
        browser.switch_to.frame(browser.find_element(By.ID, "care-team-chat"))
        wait(browser).until(EC.element_to_be_clickable((By.ID, "send")))
        say(browser, "hello", expect="care team's assistant")
    finally:
        browser.switch_to.default_content()
        site.shutdown()


def test_a_spanish_conversation_in_the_browser(running, browser):
    """Maria's chat link (Spanish on file): asked for her date of birth in Spanish, verified
    with a Spanish date, her plan and her next appointment in Spanish; ENGLISH switches."""
    with session_scope(running.engine) as session:
        maria = session.execute(select(Patient.id).where(Patient.mrn == "SM-10001")).scalar_one()
    token = chat_tokens.issue(SECRET_KEY, f"web:patient:{maria}", dt.timedelta(hours=1))
    open_chat(browser, running.rasa_url + "/webhooks/webchat/?t=" + token)
    assert say(browser, "hola, qué tengo que hacer hoy", expect="fecha de nacimiento") == catalogue.say("ask_dob", "es")
    plan = say(browser, "14 de marzo de 1952", expect="plan de cuidado")
    assert plan.startswith(catalogue.say("plan_heading_own", "es", when=catalogue.say("timeframe_today", "es")))
    appointment = say(browser, "y mi próxima cita?", expect="Próxima cita")
    assert " a las " in appointment and ("p. m." in appointment or "a. m." in appointment)
    assert say(browser, "ENGLISH", expect="English") == catalogue.say("language_set", "en")
    assert say(browser, "when is my next appointment", expect="Next appointment").startswith("Next appointment")
