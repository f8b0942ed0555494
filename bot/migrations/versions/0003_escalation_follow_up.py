"""escalation follow-up: sender verified, thread activity, reminder and on-call hand-over

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 09:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

COLUMNS = ('sender_verified', 'last_patient_message_at', 'last_staff_reply_at', 'reminded_at', 'passed_to_on_call_at')


def upgrade() -> None:
    # batch mode: SQLite cannot alter tables in place
    with op.batch_alter_table('escalations') as batch:
        batch.add_column(sa.Column('sender_verified', sa.Boolean(), nullable=True))
        batch.add_column(sa.Column('last_patient_message_at', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('last_staff_reply_at', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('reminded_at', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('passed_to_on_call_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('escalations') as batch:
        for column in reversed(COLUMNS):
            batch.drop_column(column)
