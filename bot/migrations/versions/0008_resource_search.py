"""resource search: a full-text index over the directory (SQLite FTS5, PostgreSQL GIN)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 06:00:00
"""
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # One row per resource: its name, description and its category's terms as one document.
    # bot/resource_search.py fills it on every directory import (and when it finds it empty).
    if op.get_bind().dialect.name == 'sqlite':
        # Porter stemming so "rides" finds "ride"; diacritics folded so "medicina" = "medicína".
        op.execute("CREATE VIRTUAL TABLE resource_search USING fts5("
                   "document, resource_id UNINDEXED, tokenize='porter unicode61 remove_diacritics 2')")
    else:
        # English stemming without PostgreSQL's stop-word list: "a will" is a legal need, and
        # bot/resource_search.py already drops the words that name no need.
        op.execute("CREATE TEXT SEARCH DICTIONARY resource_stem (TEMPLATE = snowball, Language = english)")
        op.execute("CREATE TEXT SEARCH CONFIGURATION resource_search (COPY = english)")
        op.execute("ALTER TEXT SEARCH CONFIGURATION resource_search ALTER MAPPING FOR "
                   "asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH resource_stem")
        op.execute("CREATE TABLE resource_search ("
                   "resource_id INTEGER PRIMARY KEY REFERENCES resources(id) ON DELETE CASCADE, "
                   "document TEXT NOT NULL)")
        op.execute("CREATE INDEX ix_resource_search_document ON resource_search "
                   "USING gin (to_tsvector('resource_search', document))")


def downgrade() -> None:
    op.execute("DROP TABLE resource_search")
    if op.get_bind().dialect.name != 'sqlite':
        op.execute("DROP TEXT SEARCH CONFIGURATION resource_search")
        op.execute("DROP TEXT SEARCH DICTIONARY resource_stem")
