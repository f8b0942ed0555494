"""console sessions: a server-side row per login, so logging out ends the session

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Cookies issued before this revision carry no session id: they stop working and the
    # case manager logs in again.
    op.create_table('console_sessions',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('case_manager_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_manager_id'], ['case_managers.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    # batch mode: SQLite cannot alter tables in place
    with op.batch_alter_table('console_sessions') as batch:
        batch.create_index('ix_console_sessions_case_manager_id', ['case_manager_id'])


def downgrade() -> None:
    with op.batch_alter_table('console_sessions') as batch:
        batch.drop_index('ix_console_sessions_case_manager_id')
    op.drop_table('console_sessions')
