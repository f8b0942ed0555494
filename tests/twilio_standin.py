"""A local HTTP server that plays Twilio's REST API for sending messages, so the real twilio
client can be tested with no network: it records what it was asked to send and can be told
to fail (HTTP 500, or any HTTP status with a Twilio error code) or to hang (a timeout) for
the next requests."""
from __future__ import annotations

import json
import threading
import time
import urllib.parse
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ERRORS = {21610: "Attempt to send to unsubscribed recipient", 21211: "The 'To' number is not a valid phone number.",
          21614: "'To' number is not a valid mobile number", 20429: "Too Many Requests", 20003: "Authenticate"}


class TwilioStandIn:
    def __init__(self, keep_alive: bool = False):
        # keep_alive: HTTP/1.1 connections kept open between requests, as Twilio's API does (bench/run.py);
        # the tests keep Python's default, one connection per request
        self.keep_alive = keep_alive
        self.sent: list[dict] = []
        self._count_to: dict[str, int] = {}  # per number, so polling stays cheap in long benchmarks
        self.requests = 0
        # called as on_arrival(to_number, index, arrived) from the server's thread when a message is recorded, so a
        # benchmark can await a reply instead of polling for it (bench/run.py SmsClient)
        self.on_arrival: Callable[[str, int, float], None] | None = None
        # for the next requests, then success: "500"; "STATUS:CODE", an error with a Twilio code
        # (e.g. "400:21610", unsubscribed recipient); "hang:SECONDS", then a 500
        self.script: list[str] = []
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> "TwilioStandIn":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def count_to(self, number: str) -> int:
        with self._lock:
            return self._count_to.get(number, 0)

    def texts_to(self, number: str) -> list[str]:
        """The bodies of the messages sent to `number`, oldest first."""
        with self._lock:
            return [m["Body"] for m in self.sent if m["To"] == number]

    def arrived_at(self, number: str, index: int) -> float | None:
        """When (time.perf_counter) the `index`-th message to `number` reached the stand-in."""
        with self._lock:
            to_number = [m for m in self.sent if m["To"] == number]
            return to_number[index]["arrived"] if index < len(to_number) else None

    def wait_for_new(self, number: str, seen: int, timeout: float = 30.0) -> list[str]:
        """Messages to `number` beyond the first `seen`, waiting up to `timeout` for one."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.texts_to(number)) > seen:
                time.sleep(0.3)  # a reply can come as more than one message
                return self.texts_to(number)[seen:]
            time.sleep(0.05)
        return []

    def _next_behaviour(self) -> str:
        with self._lock:
            self.requests += 1
            return self.script.pop(0) if self.script else "ok"

    def _handler(self):
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1" if standin.keep_alive else "HTTP/1.0"
            # The reply goes out as two writes (headers, then body). On a kept-alive connection Nagle's
            # algorithm holds the body until the client ACKs the headers, which Linux delays by up to
            # 40 ms: every send took 48 ms instead of 2 (measured; Twilio's API answers at once).
            disable_nagle_algorithm = True

            def log_message(self, *args) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:
                arrived = time.perf_counter()
                length = int(self.headers.get("Content-Length") or 0)
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
                behaviour = standin._next_behaviour()
                if behaviour.startswith("hang:"):
                    time.sleep(float(behaviour.split(":", 1)[1]))
                if behaviour == "500" or behaviour.startswith("hang:"):
                    self._reply(500, {"code": 20500, "message": "Internal Server Error", "status": 500})
                    return
                if behaviour != "ok":
                    status, code = (int(part) for part in behaviour.split(":"))
                    self._reply(status, {"code": code, "message": ERRORS.get(code, "Error"), "status": status,
                                         "more_info": f"https://www.twilio.com/docs/errors/{code}"})
                    return
                account = self.path.split("/")[3] if self.path.count("/") >= 4 else "AC"
                with standin._lock:
                    sid = f"SM{len(standin.sent) + 1:032d}"
                    standin.sent.append({**form, "sid": sid, "received_at": time.time(), "arrived": arrived})
                    to = form.get("To", "")
                    standin._count_to[to] = index = standin._count_to.get(to, 0) + 1
                if standin.on_arrival is not None:
                    standin.on_arrival(to, index - 1, arrived)
                self._reply(201, {"sid": sid, "account_sid": account, "to": form.get("To"), "from": form.get("From"),
                                  "body": form.get("Body"), "status": "queued", "num_segments": "1",
                                  "direction": "outbound-api", "api_version": "2010-04-01",
                                  "date_created": "Mon, 23 Nov 2026 06:00:00 +0000", "uri": self.path})

            def _reply(self, status: int, payload: dict) -> None:
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler
