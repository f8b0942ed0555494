"""One settings object, read from the environment (and `.env` through python-dotenv).

Everything has a default that runs locally with no `.env`: SQLite in `var/`, no Twilio
account (outbound SMS is simulated), the in-memory lock store. `.env.example` documents
every variable.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parent.parent


DEV_SECRET_KEY = "dev-only-secret-change-me-before-any-real-use"


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
    action_port: int
    console_port: int
    rasa_auth_token: str
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
    handoff_ack_quiet_minutes: float

    @property
    def is_production(self) -> bool:
        return self.profile == "production"

    def production_problems(self) -> list[str]:
        """Settings production must not run without (development has safe local defaults)."""
        if not self.is_production:
            return []
        problems = []
        if self.secret_key == DEV_SECRET_KEY or len(self.secret_key) < 32:
            problems.append("SECRET_KEY must be set to a long random value (32+ characters)")
        if not self.twilio_auth_token:
            problems.append("TWILIO_AUTH_TOKEN must be set (webhook signatures are checked against it)")
        if self.database_url.startswith("sqlite"):
            problems.append("DATABASE_URL must point at PostgreSQL")
        return problems

    @property
    def twilio_configured(self) -> bool:
        return bool(self.twilio_account_sid and self.twilio_auth_token and self.twilio_from_number)


def default_database_url(state_dir: Path = PROJECT_ROOT / "var") -> str:
    return f"sqlite:///{state_dir / 'patient_support.db'}"


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Build settings from `env` (default: the process environment after loading `.env`)."""
    if env is None:
        load_dotenv(PROJECT_ROOT / ".env", override=False)
        env = dict(os.environ)
    get = env.get
    state_dir = Path(get("PATIENT_SUPPORT_STATE_DIR") or PROJECT_ROOT / "var")
    return Settings(
        profile=get("PATIENT_SUPPORT_PROFILE", "development"),
        database_url=get("DATABASE_URL") or default_database_url(state_dir),
        timezone=get("CLINIC_TIMEZONE", "America/Chicago"),
        clinic_hours=get("CLINIC_HOURS", "mon-fri 08:00-17:00"),
        response_target_urgent_minutes=int(get("RESPONSE_TARGET_URGENT_MINUTES", "15")),
        response_target_high_minutes=int(get("RESPONSE_TARGET_HIGH_MINUTES", "120")),
        on_call_after_minutes=int(get("ON_CALL_AFTER_MINUTES", "15")),
        escalation_check_seconds=float(get("ESCALATION_CHECK_SECONDS", "30")),
        secret_key=get("SECRET_KEY", DEV_SECRET_KEY),
        verification_ttl_days=int(get("VERIFICATION_TTL_DAYS", "30")),
        verification_max_attempts=int(get("VERIFICATION_MAX_ATTEMPTS", "3")),
        verification_lock_hours=int(get("VERIFICATION_LOCK_HOURS", "24")),
        rasa_port=int(get("RASA_PORT", "5005")),
        action_port=int(get("ACTION_SERVER_PORT", "5055")),
        console_port=int(get("CONSOLE_PORT", "8080")),
        rasa_auth_token=get("RASA_AUTH_TOKEN", ""),
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
        handoff_ack_quiet_minutes=float(get("HANDOFF_ACK_QUIET_MINUTES", "10")),
    )
