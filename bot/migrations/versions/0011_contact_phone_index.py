"""who is texting: find a number's authorized contacts by index, not by scanning

Every SMS turn and action call looks the sender's number up among the authorized
contacts (bot/language.py, bot/identity.py). The only index on the table led with
patient_id (the unique patient/phone pair), so SQLite scanned every contact: with
100,000 patients a turn took twice as long (bench/growth.py patients).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 18:40:00
"""
from alembic import op


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('authorized_contacts') as batch:
        batch.create_index('ix_authorized_contacts_phone', ['phone'])


def downgrade() -> None:
    with op.batch_alter_table('authorized_contacts') as batch:
        batch.drop_index('ix_authorized_contacts_phone')
