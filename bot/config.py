"""One settings object, read from the environment (and `.env` through python-dotenv).

Everything has a default that runs locally with no `.env`: SQLite in `var/`, no Twilio
account (outbound SMS is simulated), the in-memory lock store. `.env.example` documents
every variable.
"""
from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger(__name__)

# SHA-256 of secrets this repository once published as development defaults (the old
# SECRET_KEY and development Twilio token). They are not accepted as real secrets.
PUBLISHED_SECRET_DIGESTS = frozenset({
    "c42e48f0f9f8551884638e98c67214597f771698def4576e6d65d5cb6e39b6ad",
    "f297fc10fe70f0dc1c57438ba608e14a9be47ef397ff61c92bff255a5d0fa975",
})


def is_published(value: str) -> bool:
    return hashlib.sha256(value.encode()).hexdigest() in PUBLISHED_SECRET_DIGESTS


@dataclass(frozen=True)
class Limits:
    """Rate limits (bot/rate_limits.py). Counts are kept in the database, so they hold across
    several Rasa servers. A limit of 0 turns that limit off."""
    sms_messages: int = 20  # per phone number ...
    sms_window_minutes: float = 10  # ... in this many minutes
    webchat_messages: int = 20  # per web chat conversation ...
    webchat_window_minutes: float = 10
    webchat_opens: int = 20  # new anonymous chats per client address ...
    webchat_open_window_minutes: float = 60
    staff_pages: int = 3  # staff SMS pages from escalations one sender opened ...
    staff_page_window_minutes: float = 60
    trusted_proxies: int = 0  # proxies in front of the Rasa server that append to X-Forwarded-For

    @classmethod
    def from_env(cls, get) -> "Limits":
        return cls(
            sms_messages=int(get("SMS_LIMIT_MESSAGES") or cls.sms_messages),
            sms_window_minutes=float(get("SMS_LIMIT_WINDOW_MINUTES") or cls.sms_window_minutes),
            webchat_messages=int(get("WEBCHAT_LIMIT_MESSAGES") or cls.webchat_messages),
            webchat_window_minutes=float(get("WEBCHAT_LIMIT_WINDOW_MINUTES") or cls.webchat_window_minutes),
            webchat_opens=int(get("WEBCHAT_OPEN_LIMIT") or cls.webchat_opens),
            webchat_open_window_minutes=float(get("WEBCHAT_OPEN_WINDOW_MINUTES") or cls.webchat_open_window_minutes),
            staff_pages=int(get("STAFF_PAGE_LIMIT") or cls.staff_pages),
            staff_page_window_minutes=float(get("STAFF_PAGE_WINDOW_MINUTES") or cls.staff_page_window_minutes),
            trusted_proxies=int(get("WEBCHAT_TRUSTED_PROXIES") or cls.trusted_proxies),
        )


@dataclass(frozen=True)
class Settings:
    profile: str
    database_url: str
    timezone: str
    clinic_hours: str
    response_target_urgent_minutes: int
    response_target_high_minutes: int
    on_call_after_minutes: int
    escalation_check_seconds: float
    secret_key: str
    verification_ttl_days: int
    verification_max_attempts: int
    verification_lock_hours: int
    rasa_port: int
    rasa_servers: int  # more than 1: that many Rasa servers behind bot/proxy.py (production profile only)
    action_port: int
    console_port: int
    rasa_host: str
    action_host: str
    console_host: str
    rasa_auth_token: str
    action_server_token: str
    twilio_account_sid: str
    twilio_auth_token: str
    twilio_from_number: str
    twilio_api_base_url: str
    twilio_timeout_seconds: float
    outbound_retry_seconds: float
    outbound_give_up_hours: float
    public_base_url: str
    console_url: str
    program_name: str
    help_phone: str
    state_dir: Path
    inbound_recovery_seconds: float
    inbound_stale_seconds: float
    sms_turns_at_once: int  # dialogue turns one Rasa server runs at once over SMS (0: no bound)
    handoff_ack_quiet_minutes: float
    reminders_enabled: bool  # False: the scheduler sends nothing (REMINDERS_ENABLED=false)
    reminders_file: Path  # when the assistant texts first (bot/reminder_policy.py)
    reminder_check_seconds: float
    metrics_token: str  # GET /metrics on the console needs "Authorization: Bearer <it>" when set
    # (fields with defaults last)
    dev_twilio_auth_token: str = ""  # development only, from the state dir's secrets.env
    console_behind_tls_proxy: bool = False  # CONSOLE_URL may be http: a TLS proxy serves it as https
    limits: Limits = field(default_factory=Limits)

    @property
    def is_production(self) -> bool:
        return self.profile == "production"

    def production_problems(self) -> list[str]:
        """Settings production must not run without (development has safe local defaults)."""
        if not self.is_production:
            return []
        problems = []
        if len(self.secret_key) < 32 or is_published(self.secret_key):
            problems.append("SECRET_KEY must be set to a long random value (32+ characters)")
        if not self.twilio_auth_token or is_published(self.twilio_auth_token):
            problems.append("TWILIO_AUTH_TOKEN must be set (webhook signatures are checked against it)")
        twilio_missing = [name for name, value in (("TWILIO_ACCOUNT_SID", self.twilio_account_sid),
                                                   ("TWILIO_FROM_NUMBER", self.twilio_from_number)) if not value]
        if twilio_missing:  # with a token but no account nothing is sent: replies only recorded `simulated`
            problems.append(f"Twilio is incomplete: {' and '.join(twilio_missing)} must be set too "
                            "(without them no SMS is sent)")
        if not self.console_url.startswith("https://") and not self.console_behind_tls_proxy:
            problems.append("CONSOLE_URL must be an https:// address (staff open it from the links they are "
                            "texted), or set CONSOLE_BEHIND_TLS_PROXY=1 when a TLS-terminating proxy serves it")
        if self.database_url.startswith("sqlite"):
            problems.append("DATABASE_URL must point at PostgreSQL")
        return problems

    def refuse_unready_production(self) -> None:
        """For a process started on its own (e.g. by systemd, not `patient-support run`):
        never serve production with what production_problems() lists, e.g. an empty
        SECRET_KEY, which would sign identities with a key anyone knows."""
        problems = self.production_problems()
        if problems:
            raise RuntimeError("Refusing to start in production:\n  " + "\n  ".join(problems))

    @property
    def twilio_configured(self) -> bool:
        return bool(self.twilio_account_sid and self.twilio_auth_token and self.twilio_from_number)

    @property
    def twilio_webhook_token(self) -> str:
        """What Twilio-style webhooks are signed with: the account's auth token, or in
        development without one the token generated into the state dir's secrets.env."""
        return self.twilio_auth_token or self.dev_twilio_auth_token


def default_database_url(state_dir: Path = PROJECT_ROOT / "var") -> str:
    return f"sqlite:///{state_dir / 'patient_support.db'}"


@lru_cache(maxsize=1)
def _load_dotenv_once() -> None:
    """`.env` read once a process for the database URL: it never overrides the environment,
    so reading it again adds nothing, and reading it on every session cost a file open each."""
    load_dotenv(PROJECT_ROOT / ".env", override=False)


def database_url(env: dict[str, str] | os._Environ | None = None) -> str:
    """The app database's URL alone, as `load_settings` reads it: every database session
    asks for it, and building the whole Settings (secrets file included) costs six times as much."""
    if env is None:
        _load_dotenv_once()
        env = os.environ
    state_dir = Path(env.get("PATIENT_SUPPORT_STATE_DIR") or PROJECT_ROOT / "var")
    return env.get("DATABASE_URL") or default_database_url(state_dir)


def _secrets(profile: str, state_dir: Path, secret_key: str, twilio_auth_token: str) -> tuple[str, str]:
    """(SECRET_KEY, development webhook token). Production uses only what it is given (and
    refuses to start without it). Development generates what is not set, once per state
    directory (bot/local_secrets.py), so no secret is ever a constant in the repository."""
    if profile == "production":
        return secret_key, ""
    if secret_key and is_published(secret_key):
        log.warning("ignoring SECRET_KEY: it is a value this repository once published; using the generated one")
        secret_key = ""
    if secret_key and twilio_auth_token:
        return secret_key, ""
    from bot import local_secrets

    generated = local_secrets.load(state_dir)
    return secret_key or generated["SECRET_KEY"], "" if twilio_auth_token else generated["TWILIO_DEV_AUTH_TOKEN"]


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Build settings from `env` (default: the process environment after loading `.env`)."""
    if env is None:
        load_dotenv(PROJECT_ROOT / ".env", override=False)
        env = dict(os.environ)
    get = env.get
    state_dir = Path(get("PATIENT_SUPPORT_STATE_DIR") or PROJECT_ROOT / "var")
    profile = get("PATIENT_SUPPORT_PROFILE", "development")
    secret_key, dev_twilio_token = _secrets(profile, state_dir, get("SECRET_KEY") or "", get("TWILIO_AUTH_TOKEN") or "")
    return Settings(
        profile=profile,
        database_url=database_url(env),
        timezone=get("CLINIC_TIMEZONE", "America/Chicago"),
        clinic_hours=get("CLINIC_HOURS", "mon-fri 08:00-17:00"),
        response_target_urgent_minutes=int(get("RESPONSE_TARGET_URGENT_MINUTES", "15")),
        response_target_high_minutes=int(get("RESPONSE_TARGET_HIGH_MINUTES", "120")),
        on_call_after_minutes=int(get("ON_CALL_AFTER_MINUTES", "15")),
        escalation_check_seconds=float(get("ESCALATION_CHECK_SECONDS", "30")),
        secret_key=secret_key,
        verification_ttl_days=int(get("VERIFICATION_TTL_DAYS", "30")),
        verification_max_attempts=int(get("VERIFICATION_MAX_ATTEMPTS", "3")),
        verification_lock_hours=int(get("VERIFICATION_LOCK_HOURS", "24")),
        rasa_port=int(get("RASA_PORT", "5005")),
        rasa_servers=max(1, int(get("RASA_SERVERS") or "1")),
        action_port=int(get("ACTION_SERVER_PORT", "5055")),
        console_port=int(get("CONSOLE_PORT", "8080")),
        # Interfaces to listen on: this machine only unless set (e.g. 0.0.0.0 behind a proxy,
        # or the action server on its own host).
        rasa_host=get("RASA_HOST") or "127.0.0.1",
        action_host=get("ACTION_SERVER_HOST") or "127.0.0.1",
        console_host=get("CONSOLE_HOST") or "127.0.0.1",
        rasa_auth_token=get("RASA_AUTH_TOKEN", ""),
        action_server_token=get("ACTION_SERVER_TOKEN", ""),
        twilio_account_sid=get("TWILIO_ACCOUNT_SID", ""),
        twilio_auth_token=get("TWILIO_AUTH_TOKEN", ""),
        twilio_from_number=get("TWILIO_FROM_NUMBER", ""),
        twilio_api_base_url=get("TWILIO_API_BASE_URL", ""),
        twilio_timeout_seconds=float(get("TWILIO_TIMEOUT_SECONDS", "10")),
        outbound_retry_seconds=float(get("OUTBOUND_RETRY_SECONDS", "5")),
        outbound_give_up_hours=float(get("OUTBOUND_GIVE_UP_HOURS", "24")),
        public_base_url=get("PUBLIC_BASE_URL", "http://localhost:5005"),
        console_url=get("CONSOLE_URL") or f"http://localhost:{get('CONSOLE_PORT', '8080')}",
        program_name=get("PROGRAM_NAME", "St. Mary's Care Team assistant"),
        help_phone=get("CARE_TEAM_PHONE", "(312) 555-0100"),
        state_dir=state_dir,
        inbound_recovery_seconds=float(get("INBOUND_RECOVERY_SECONDS", "5")),
        inbound_stale_seconds=float(get("INBOUND_STALE_SECONDS", "60")),
        sms_turns_at_once=int(get("SMS_TURNS_AT_ONCE", "4")),
        handoff_ack_quiet_minutes=float(get("HANDOFF_ACK_QUIET_MINUTES", "10")),
        reminders_enabled=get("REMINDERS_ENABLED", "true").strip().lower() not in ("0", "false", "no", "off"),
        reminders_file=Path(get("REMINDERS_FILE") or PROJECT_ROOT / "reminders.yml"),
        reminder_check_seconds=float(get("REMINDER_CHECK_SECONDS", "30")),
        metrics_token=get("METRICS_TOKEN", ""),
        dev_twilio_auth_token=dev_twilio_token,
        console_behind_tls_proxy=get("CONSOLE_BEHIND_TLS_PROXY", "").strip().lower() in ("1", "true", "yes"),
        limits=Limits.from_env(get),
    )
