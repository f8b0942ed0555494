"""languages: a contact's own language, a resource's Spanish description, and the language
each phone number or web chat is answered in

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 10:00:00
"""
import sqlalchemy as sa
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('authorized_contacts') as batch:
        batch.add_column(sa.Column('language', sa.String(8), nullable=True))
    with op.batch_alter_table('resources') as batch:
        batch.add_column(sa.Column('description_es', sa.Text(), nullable=True))
    op.create_table(
        'conversation_languages',
        sa.Column('identity', sa.String(120), primary_key=True),
        sa.Column('language', sa.String(8), nullable=False),
        sa.Column('chosen', sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table('conversation_languages')
    with op.batch_alter_table('resources') as batch:
        batch.drop_column('description_es')
    with op.batch_alter_table('authorized_contacts') as batch:
        batch.drop_column('language')
