"""A logged-in case manager over plain HTTP (no browser): cookies kept, the CSRF token
read from each page, as a browser form would send it."""
from __future__ import annotations

import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request


class ConsoleClient:
    """A logged-in case manager over plain HTTP: cookies kept, CSRF token read from pages."""

    def __init__(self, base: str):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.csrf = ""

    def request(self, path: str, form: dict | None = None, accept: str = "text/html") -> tuple[int, str]:
        body = urllib.parse.urlencode(form).encode() if form is not None else None
        request = urllib.request.Request(self.base + path, data=body, headers={"Accept": accept})
        try:
            with self.opener.open(request, timeout=30) as page:
                status, text = page.status, page.read().decode()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read().decode()
        found = re.search(r'name="csrf" value="([^"]+)"', text)
        self.csrf = found.group(1) if found else self.csrf
        return status, text

    def post(self, path: str, form: dict) -> tuple[int, str]:
        return self.request(path, {"csrf": self.csrf, **form})

    def session_cookie(self) -> str | None:
        """The session cookie's value, as the browser holds it now."""
        return next((cookie.value for cookie in self.jar if cookie.name == "console_session"), None)

    def log_in(self, email: str, password: str) -> None:
        status, page = self.request("/login", {"email": email, "password": password})
        assert status == 200 and "Open requests" in page
