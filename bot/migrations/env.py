"""Alembic environment: the URL comes from bot.migrate (settings), never from an ini file."""
from alembic import context
from sqlalchemy import engine_from_config, pool

from bot.migrate import is_modelled
from bot.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is None:
        connectable = engine_from_config(
            config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.",
            poolclass=pool.NullPool, future=True,
        )
    with connectable.connect() if hasattr(connectable, "connect") else connectable as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite can only ALTER through table copies
            compare_type=True,
            include_object=is_modelled,  # autogenerate must not drop the search index
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
