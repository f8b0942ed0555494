"""inbound rate limits: count a sender's recent messages by index, not by scanning

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 03:30:00
"""
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('inbound_messages') as batch:
        batch.create_index('ix_inbound_messages_sender_time', ['channel', 'from_number', 'received_at'])


def downgrade() -> None:
    with op.batch_alter_table('inbound_messages') as batch:
        batch.drop_index('ix_inbound_messages_sender_time')
