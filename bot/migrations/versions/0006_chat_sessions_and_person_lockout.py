"""web chat sessions (a chat link is exchanged once for one browser's session) and the
date-of-birth lockout on the person (patient or contact) instead of on each identity

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 12:00:00
"""
import datetime as dt

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('chat_sessions',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('identity', sa.String(length=100), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('conversation_id', sa.String(length=200), nullable=False),
    sa.Column('link_jti', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['authorized_contacts.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('token_hash'),
    sa.UniqueConstraint('conversation_id'),
    sa.UniqueConstraint('link_jti')
    )
    # batch mode: SQLite cannot alter tables in place
    with op.batch_alter_table('chat_sessions') as batch:
        batch.create_index('ix_chat_sessions_patient_id', ['patient_id'])
    for table in ('patients', 'authorized_contacts'):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column('dob_failed_attempts', sa.Integer(), nullable=False, server_default='0'))
            batch.add_column(sa.Column('dob_locked_until', sa.DateTime(), nullable=True))
    _carry_over_locks()
    # Web verifications were remembered per person ("web:patient:3") for everyone holding the
    # link; they are per browser session now, so those go.
    op.execute("DELETE FROM verifications WHERE identity LIKE 'web:%'")


def _carry_over_locks() -> None:
    """A lock in force on an identity becomes a lock on its person, so nobody gets fresh
    tries from the upgrade."""
    bind = op.get_bind()
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)  # stored as naive UTC
    rows = bind.execute(sa.text("SELECT identity, patient_id, locked_until FROM verifications "
                                "WHERE locked_until IS NOT NULL AND locked_until > :now"), {"now": now}).fetchall()
    for identity, patient_id, locked_until in rows:
        kind, _, value = identity.partition(":")
        who, _, raw_id = value.partition(":")
        table, person_id = None, None
        if kind == "phone":
            person_id = bind.execute(sa.text("SELECT id FROM patients WHERE phone = :p AND id = :pid"),
                                     {"p": value, "pid": patient_id}).scalar()
            table = "patients"
            if person_id is None:
                table = "authorized_contacts"
                person_id = bind.execute(sa.text("SELECT id FROM authorized_contacts WHERE phone = :p "
                                                 "AND patient_id = :pid"), {"p": value, "pid": patient_id}).scalar()
        elif kind == "web" and raw_id.isdigit():
            table = {"patient": "patients", "contact": "authorized_contacts"}.get(who)
            person_id = int(raw_id)
        if table and person_id is not None:
            bind.execute(sa.text(f"UPDATE {table} SET dob_locked_until = :until WHERE id = :id"),
                         {"until": locked_until, "id": person_id})


def downgrade() -> None:
    for table in ('authorized_contacts', 'patients'):
        with op.batch_alter_table(table) as batch:
            batch.drop_column('dob_locked_until')
            batch.drop_column('dob_failed_attempts')
    with op.batch_alter_table('chat_sessions') as batch:
        batch.drop_index('ix_chat_sessions_patient_id')
    op.drop_table('chat_sessions')
