"""Debian's Chromium, headless, through chromedriver (never a downloaded browser)."""
from __future__ import annotations

import shutil
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait


def chromium(user_data_dir: Path, window_size: str) -> webdriver.Chrome:
    assert shutil.which("chromium") and shutil.which("chromedriver"), \
        "install Debian's chromium and chromium-driver (.ci/run does)"
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    # The background-networking flags keep Chromium from calling out of this closed network.
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--window-size={window_size}", f"--user-data-dir={user_data_dir}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def page_wait(driver: webdriver.Chrome, timeout: float = 30) -> WebDriverWait:
    """A wait that tries again when the page is replaced under it.

    A form post or a live update re-renders the page between finding an element and reading it; that is the
    page still loading, not a failure, so a missing or stale element counts as "not yet".
    """
    return WebDriverWait(driver, timeout, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException))
