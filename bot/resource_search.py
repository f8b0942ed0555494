"""Finding the kind of help a message describes by searching the directory itself.

People describe situations ("my car died and chemo is tuesday"), not categories. When
neither the classifier nor the category vocabulary names one, the words of the message
are searched, full text, over every resource's name, description and its category's
terms (SQLite FTS5 with Porter stemming; PostgreSQL text search with a GIN index), and
the category whose resources match best is the answer. Only a message with no content
words left, or none the directory knows, is asked "what kind of help?".
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from bot.config import PROJECT_ROOT
from bot.models import Resource
from bot import catalogue
from bot.dialogue import fold_accents
from bot.resources import category_label, category_synonyms

TABLE = "resource_search"
PG_CONFIG = "resource_search"  # PostgreSQL: English stemming without stop words (migration 0008)
TERMS_FILES = (PROJECT_ROOT / "data" / "resource_terms.yml", PROJECT_ROOT / "data" / "resource_terms_es.yml")
HITS_CONSIDERED = 8
MAX_QUERY_WORDS = 24
# Words that say someone wants help but not what help: searching for them would match
# every resource. (Stemming is the database's job; these are the surface forms people type.)
GENERIC_WORDS = frozenset("""
a about after again all also am an and any anyone anything are around as ask at be been being but by can cant
could did didnt do does doesnt dont for from get gets getting go going got had has have having he her here him
his how i id if im in into is it its ive just know like looking me more my need needed needs no not now of off
on one or our out over please pls plz really she so some someone something still than that thats the their them
then there these they this those to too u up us very want wants was we were what whats when where which who
with would ya yall you your youre help helps helping find finding anybody somebody thing things stuff able
mom moms mother dad dads father husband wife son daughter grandma grandpa sister brother family hes shes theyre
today tomorrow tonight week month day days time ok okay hi hello hey thanks thank yes yeah also really lot lots
que ke para por con una uno unos unas los las del mis tus sus esta este esto eso esa ese estoy tengo tiene tienen
necesito necesita ocupo quiero quiere ayuda ayudar ayudenme alguien algo donde como cuando puedo puede pueden hay
mama papa esposo esposa hijo hija abuela abuelo abuelita hermana hermano familia hoy manana semana gracias hola
favor porfa usted nos les muy mas pero porque tambien ahora aqui ella ellos buenas buenos dias tardes saber
""".split())


# "will" the verb is everywhere; "a will" / "my will" / "living will" is a legal need.
MODAL_WILL = re.compile(r"(?<!\ba )(?<!\bmy )(?<!\bthe )(?<!\bher )(?<!\bhis )(?<!\bliving )\bwill\b")


@dataclass(frozen=True)
class Hit:
    resource_id: int
    category: str
    score: float  # higher is better, comparable within one search only


def _fold(text_in: str) -> str:
    return fold_accents(text_in.lower())


def query_words(message: str) -> list[str]:
    """The content words of a message, in order, without repeats: only [a-z] words, so
    nothing a person types can become search syntax."""
    words: list[str] = []
    folded = MODAL_WILL.sub(" ", _fold(message).replace("'", ""))
    for word in re.findall(r"[a-z]+", folded):
        if len(word) >= 3 and word not in GENERIC_WORDS and word not in words:
            words.append(word)
    return words[:MAX_QUERY_WORDS]


def _category_terms(paths: tuple[Path, ...] = TERMS_FILES) -> dict[str, list[str]]:
    """Per category: the words people use for the need (in every language), the phrases
    that name it, its label."""
    terms: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
        for category, words in (document or {}).items():
            terms[category].append(str(words))
    for phrase, category in category_synonyms().items():
        terms[category].append(phrase)
    for category in list(terms):
        terms[category] += [category_label(category, code) for code in catalogue.languages()]
    return terms


def document_for(resource: Resource, terms: dict[str, list[str]]) -> str:
    """What a resource is found by: its name, its descriptions (the Spanish one folded, as queries are) and its category's terms."""
    return " \n".join([resource.name, resource.description, _fold(resource.description_es or ""),
                        "; ".join(terms.get(resource.category, []))])


def rebuild_index(session: Session) -> int:
    """Replace the index with one document per resource (called after every import)."""
    terms = _category_terms()
    rows = [{"rid": r.id, "doc": document_for(r, terms)} for r in session.execute(select(Resource)).scalars()]
    session.execute(text(f"DELETE FROM {TABLE}"))
    if rows:
        session.execute(text(f"INSERT INTO {TABLE} (resource_id, document) VALUES (:rid, :doc)"), rows)
    return len(rows)


def _index_missing(session: Session) -> bool:
    """A database migrated after its resources were imported has an empty index."""
    indexed = session.execute(text(f"SELECT 1 FROM {TABLE} LIMIT 1")).first()
    return indexed is None and session.execute(select(Resource.id).limit(1)).first() is not None


def _ranked_ids(session: Session, words: list[str]) -> list[tuple[int, float]]:
    if session.get_bind().dialect.name == "sqlite":
        query = " OR ".join(f'"{word}"' for word in words)
        rows = session.execute(text(
            f"SELECT resource_id, -bm25({TABLE}) AS score FROM {TABLE} WHERE {TABLE} MATCH :q "
            "ORDER BY score DESC LIMIT :n"), {"q": query, "n": HITS_CONSIDERED})
    else:
        query = " | ".join(words)
        rows = session.execute(text(
            f"SELECT resource_id, ts_rank(to_tsvector('{PG_CONFIG}', document), q) AS score "
            f"FROM {TABLE}, to_tsquery('{PG_CONFIG}', :q) AS q WHERE to_tsvector('{PG_CONFIG}', document) @@ q "
            "ORDER BY score DESC LIMIT :n"), {"q": query, "n": HITS_CONSIDERED})
    return [(int(rid), float(score)) for rid, score in rows]


def search(session: Session, message: str) -> list[Hit]:
    """The best-matching resources for what the message says, best first."""
    words = query_words(message)
    if not words:
        return []
    ranked = _ranked_ids(session, words)
    if not ranked and _index_missing(session):  # checked only on a miss: not on every search
        rebuild_index(session)
        ranked = _ranked_ids(session, words)
    if not ranked:
        return []
    categories = dict(session.execute(
        select(Resource.id, Resource.category).where(Resource.id.in_([rid for rid, _ in ranked]))).all())
    return [Hit(rid, categories[rid], score) for rid, score in ranked if rid in categories]


def relevance(hits: list[Hit]) -> dict[int, float]:
    """How well each matching resource fits the message (resource id -> score): a list of one kind of help puts these
    first ("hay ayuda con el gas en invierno": the energy-bill program before the other money help)."""
    return {hit.resource_id: hit.score for hit in hits}


def category_of(hits: list[Hit]) -> str | None:
    """The category whose resources match best (summed over the top hits,
    so one lucky word in one description does not outvote several good matches)."""
    totals: dict[str, float] = defaultdict(float)
    for hit in hits:
        totals[hit.category] += hit.score
    return max(totals, key=totals.get) if totals else None


def best_category(session: Session, message: str) -> str | None:
    """The category whose directory entries match the message best."""
    return category_of(search(session, message))
