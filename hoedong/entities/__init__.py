"""Stage 4, entities: the people, organisations, places and products a body names.

Mentions come from several recognisers (mentions.py), are grouped into entities with
coreference and knowledge-base linking (resolve.py), and carry roles as of the article.
"""

from __future__ import annotations

from hoedong.entities.affiliated_names import affiliated_names
from hoedong.entities.chinese_names import chinese_family_mentions, chinese_family_names
from hoedong.entities.double_surnames import called_by, called_by_mentions
from hoedong.entities.clipped import clipped_orgs
from hoedong.entities.employers import employers_before_titles, organisations_named_with_titles
from hoedong.entities.foreign_names import (
    arabic_given_names_of,
    arabic_tail_mentions,
    first_word_mentions,
    first_words_told_again,
    foreign_name_mentions,
    shaped_names_over_titles,
)
from hoedong.entities.gazetteer import english_mentions, gazetteer_mentions
from hoedong.entities.glossed import glossed_names
from hoedong.entities.lexicon import unnamed_forms
from hoedong.entities.local_heads import acting_local_bodies, local_body_references, local_head_mentions
from hoedong.entities.premises import premises_orgs
from hoedong.entities.mentions import names_found_elsewhere, names_without_known_orgs, orgs_found_elsewhere, settle
from hoedong.entities.name_spans import anchored_foreign_names
from hoedong.entities.particle_names import particle_name_mentions
from hoedong.entities.org_titles import org_title_mentions
from hoedong.entities.introduced import introduced_orgs
from hoedong.entities.orgs import (
    affixed_orgs,
    chained_orgs,
    deal_counterparts,
    family_orgs,
    local_governments,
    shaped_mentions,
)
from hoedong.entities.short_forms import (
    family_name_mentions,
    former_title,
    sole_title_mentions,
    surname_title_mentions,
)
from hoedong.entities.titled import listed_people, titled_people
from hoedong.entities.quoted import quoted_orgs
from hoedong.entities.relatives import relatives
from hoedong.entities.resolve import Cluster, cluster
from hoedong.entities.words import words_of
from hoedong.knowledge import family_name_of, KnowledgeBase, load_kb
from hoedong.model import Entity, Role
from hoedong.nlp import Analysis


def find_entities(body: str, analysis: Analysis, published: str | None) -> tuple[Entity, ...]:
    """Every entity the body names, in order of first mention."""
    kb = load_kb()
    words = words_of(body, analysis)
    mentions = (gazetteer_mentions(body, kb) + titled_people(words, kb) + listed_people(words, kb)
                + english_mentions(body, kb)
                + surname_title_mentions(body) + shaped_mentions(words, kb) + introduced_orgs(words, kb)
                + affixed_orgs(words, kb) + premises_orgs(words, kb) + quoted_orgs(body)
                + anchored_foreign_names(words, kb) + foreign_name_mentions(words, kb) + glossed_names(body, kb)
                + particle_name_mentions(body, words, kb) + affiliated_names(words, kb))
    mentions = shaped_names_over_titles(body, mentions)
    mentions += organisations_named_with_titles(body, mentions)
    mentions = employers_before_titles(words, mentions, kb)
    settled = settle(list(mentions))
    chained = chained_orgs(words, list(mentions), kb, settled)  # (its first round reads these settled)
    if chained:
        mentions += chained
        settled = settle(list(mentions))
    count = len(mentions)
    mentions += local_governments(words, settled, kb)
    mentions += local_head_mentions(words, mentions, kb)  # each settles what it is given only when it needs to
    mentions += acting_local_bodies(words, mentions, kb)
    if len(mentions) != count:  # settled again only when some were added (most texts add none here)
        settled, count = settle(list(mentions)), len(mentions)
    mentions += family_orgs(words, settled, kb)
    if len(mentions) != count:
        settled = settle(list(mentions))
    mentions += deal_counterparts(words, settled, kb)
    mentions += names_found_elsewhere(body, mentions)
    mentions = settle(names_without_known_orgs(body, mentions))
    people = sorted({(m.name, m.kb_key) for m in mentions
                     if m.type == "PERSON" and not m.partial and m.name and " " in m.name}, key=str)
    # `올트먼, 카카오 제휴…`: an organisation guessed from its company loses to the family name of
    # someone the text names
    families = {family_name_of(name) for name, _ in people} | arabic_given_names_of(people) \
        | first_words_told_again(body, people) | chinese_family_names(mentions) | set(called_by(people))
    mentions = [m for m in mentions if not (m.how in ("shape", "context") and m.type == "ORG" and m.kb_key is None
                                            and m.text in families)]
    # `기시다 총리` after `기시다 후미오`: a one-word name read with its title is that person's family name
    mentions = [m for m in mentions if not (m.type == "PERSON" and m.kb_key is None and m.name
                                            and " " not in m.name and m.name in families)]
    mentions = settle(mentions + family_name_mentions(body, people) + arabic_tail_mentions(body, people)
                      + first_word_mentions(body, people) + relatives(words, people, kb)
                      + chinese_family_mentions(body, mentions) + called_by_mentions(body, people))
    mentions = settle(mentions + sole_title_mentions(body, mentions))
    mentions = settle(mentions + org_title_mentions(body, mentions))
    mentions = settle(mentions + orgs_found_elsewhere(body, mentions))
    clipped = clipped_orgs(body, mentions)
    mentions = mentions if clipped is mentions else settle(clipped)  # most texts clip no name: no settle pass
    mentions = settle(mentions + local_body_references(body, words, mentions))
    mentions = [m for m in mentions if not former_title(m, mentions, body)]
    clusters = cluster(mentions, kb, published)
    return _entities(clusters, kb, published, body)


def _entities(clusters: list[Cluster], kb: KnowledgeBase, published: str | None, body: str) -> tuple[Entity, ...]:
    ids = {c.key: f"e{n}" for n, c in enumerate(clusters, 1)}
    org_at = [(m.start, m.end, ids[c.key]) for c in clusters if c.type in ("ORG", "PLACE") for m in c.mentions]
    org_of: dict[tuple[int, int], str | None] = {}  # each organisation span's id, looked for once a text
    # the organisations linked to the knowledge base, by their key there (in the order of the clusters)
    linked_orgs = [(c.kb_key.split(":", 1)[1], ids[c.key]) for c in clusters if c.type == "ORG" and c.kb_key]
    entities = []
    for entry in clusters:
        person = kb.person_by_key.get(entry.kb_key or "") if entry.type == "PERSON" else None
        org = kb.org(entry.kb_key.split(":", 1)[1]) if entry.type == "ORG" and entry.kb_key else None
        if person is not None:
            name = person.name
        elif org is not None:
            name = org.name
        else:
            full = sorted(entry.full_names(), key=lambda n: (-len(n.replace(" ", "")), n))
            name = full[0] if full else entry.mentions[0].name or entry.mentions[0].text
        name_en = (person.name_en if person else org.name_en if org else None) or next(
            (m.name_en for m in entry.mentions if m.name_en), None)
        qid = person.qid if person else org.qid if org else None
        entities.append(Entity(
            id=ids[entry.key], type=entry.type, name=name, name_en=name_en, kb_id=qid, kb_key=entry.kb_key,
            aliases=_aliases(entry, body), roles=_roles(entry, org_at, org_of, person, linked_orgs, published),
            mentions=tuple(sorted({(m.start, m.end) for m in entry.mentions})),
        ))
    return tuple(entities)


_TITLE_GAPS = ("", " ")  # what stands between a name and the title its alias is told with


def _aliases(entry: Cluster, body: str) -> tuple[str, ...]:
    aliases: list[str] = []
    unnamed = unnamed_forms()
    for mention in sorted(entry.mentions, key=lambda m: m.start):
        if mention.text in unnamed:
            continue  # `국왕`, `수장`: a title told for the person is no name of theirs; `도는`: no name of the province
        forms = [mention.text]
        if mention.title_span and body[mention.end: mention.title_span[0]] in _TITLE_GAPS:
            forms.append(f"{mention.text} {mention.titles[0]}")
        for form in forms:
            if form not in aliases:
                aliases.append(form)
    return tuple(aliases)


def _roles(entry: Cluster, org_at, org_of, person, linked_orgs, published) -> tuple[Role, ...]:
    roles: list[Role] = []
    day = (published or "")[:10] or None
    for mention in entry.mentions:
        told_org = _org_id(mention.org, org_at, org_of) if mention.titles and mention.org is not None else None
        for title in mention.titles:
            org_id = told_org
            if org_id is None and person is not None:
                held = [r.org for r in person.roles if r.title == title and r.held_on(day)]
                org_id = next((i for org, i in linked_orgs if org in held), None)
            role = Role(title, org_id)
            if role in roles or (org_id is None and any(r.title.endswith(title) for r in roles)):
                continue
            roles = [r for r in roles if not (title.endswith(r.title) and r.org is None)] + [role]
    return tuple(roles)


def _org_id(span: tuple[int, int], org_at, org_of: dict[tuple[int, int], str | None]) -> str | None:
    """The id of the first organisation or place (`org_at`) a mention of which overlaps the span; kept in
    `org_of`: several people are told with one organisation."""
    if span not in org_of:
        org_of[span] = next((i for s, e, i in org_at if s < span[1] and span[0] < e), None)
    return org_of[span]
