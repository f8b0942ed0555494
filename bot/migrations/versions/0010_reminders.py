"""reminders: what the assistant sends first (one row per task occurrence, step and
person: the unique key is the claim), missed occurrences, and the switches for them

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 14:00:00
"""
import sqlalchemy as sa
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('patients') as batch:
        batch.add_column(sa.Column('reminders', sa.Boolean(), nullable=False, server_default=sa.true()))
    with op.batch_alter_table('authorized_contacts') as batch:
        batch.add_column(sa.Column('gets_reminders', sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table('care_tasks') as batch:
        batch.add_column(sa.Column('important', sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table('escalations') as batch:
        batch.add_column(sa.Column('task_id', sa.Integer(), nullable=True))
        batch.create_foreign_key('fk_escalations_task', 'care_tasks', ['task_id'], ['id'], ondelete='SET NULL')
    op.create_table(
        'reminders',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('task_id', sa.Integer(), sa.ForeignKey('care_tasks.id', ondelete='CASCADE'), nullable=False),
        sa.Column('patient_id', sa.Integer(), sa.ForeignKey('patients.id', ondelete='CASCADE'), nullable=False),
        sa.Column('occurrence_at', sa.DateTime(), nullable=False),
        sa.Column('step', sa.String(16), nullable=False),
        sa.Column('person', sa.String(40), nullable=False),
        sa.Column('recipient', sa.String(100), nullable=False),
        sa.Column('channel', sa.String(16), nullable=False),
        sa.Column('conversation_id', sa.String(200), nullable=False),
        sa.Column('status', sa.String(16), nullable=False),
        sa.Column('send_at', sa.DateTime(), nullable=False),
        sa.Column('claimed_at', sa.DateTime(), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('sent_at', sa.DateTime(), nullable=True),
        sa.Column('answer', sa.String(16), nullable=True),
        sa.Column('answered_at', sa.DateTime(), nullable=True),
        sa.Column('note', sa.String(200), nullable=True),
        sa.UniqueConstraint('task_id', 'occurrence_at', 'step', 'person', name='uq_reminder_claim'),
    )
    op.create_index('ix_reminders_patient_id', 'reminders', ['patient_id'])
    op.create_index('ix_reminders_status', 'reminders', ['status'])
    op.create_index('ix_reminders_recipient_sent', 'reminders', ['recipient', 'sent_at'])
    op.create_table(
        'missed_tasks',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('task_id', sa.Integer(), sa.ForeignKey('care_tasks.id', ondelete='CASCADE'), nullable=False),
        sa.Column('patient_id', sa.Integer(), sa.ForeignKey('patients.id', ondelete='CASCADE'), nullable=False),
        sa.Column('occurrence_at', sa.DateTime(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.Column('escalation_id', sa.Integer(), sa.ForeignKey('escalations.id', ondelete='SET NULL'), nullable=True),
        sa.UniqueConstraint('task_id', 'occurrence_at', name='uq_missed_task_occurrence'),
    )
    op.create_index('ix_missed_tasks_patient_id', 'missed_tasks', ['patient_id'])


def downgrade() -> None:
    op.drop_table('missed_tasks')
    op.drop_table('reminders')
    with op.batch_alter_table('escalations') as batch:
        batch.drop_constraint('fk_escalations_task', type_='foreignkey')
        batch.drop_column('task_id')
    for table, column in (('care_tasks', 'important'), ('authorized_contacts', 'gets_reminders'),
                          ('patients', 'reminders')):
        with op.batch_alter_table(table) as batch:
            batch.drop_column(column)
