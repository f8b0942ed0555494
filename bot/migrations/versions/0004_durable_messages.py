"""durable messages: inbound stored before it is acknowledged, outbound retried with
backoff, hand-off acknowledgements

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 02:45:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # batch mode: SQLite cannot alter tables in place. Rows stored before this revision were
    # processed when they arrived, so they are 'done'.
    with op.batch_alter_table('inbound_messages') as batch:
        batch.add_column(sa.Column('body', sa.Text(), nullable=True))
        batch.add_column(sa.Column('channel', sa.String(16), nullable=False, server_default='sms'))
        batch.add_column(sa.Column('status', sa.String(16), nullable=False, server_default='done'))
        batch.add_column(sa.Column('attempts', sa.Integer(), nullable=False, server_default='0'))
        batch.add_column(sa.Column('claimed_at', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('processed_at', sa.DateTime(), nullable=True))
        batch.create_index('ix_inbound_messages_status', ['status'])
    with op.batch_alter_table('outbound_messages') as batch:
        batch.add_column(sa.Column('priority', sa.Integer(), nullable=False, server_default='1'))
        batch.add_column(sa.Column('next_attempt_at', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('inbound_id', sa.Integer(), nullable=True))
        batch.create_foreign_key('fk_outbound_inbound', 'inbound_messages', ['inbound_id'], ['id'],
                                 ondelete='SET NULL')
        batch.create_index('ix_outbound_messages_status', ['status'])
    with op.batch_alter_table('escalations') as batch:
        batch.add_column(sa.Column('last_ack_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('escalations') as batch:
        batch.drop_column('last_ack_at')
    with op.batch_alter_table('outbound_messages') as batch:
        batch.drop_index('ix_outbound_messages_status')
        batch.drop_constraint('fk_outbound_inbound', type_='foreignkey')
        for column in ('inbound_id', 'next_attempt_at', 'priority'):
            batch.drop_column(column)
    with op.batch_alter_table('inbound_messages') as batch:
        batch.drop_index('ix_inbound_messages_status')
        for column in ('processed_at', 'claimed_at', 'attempts', 'status', 'channel', 'body'):
            batch.drop_column(column)
