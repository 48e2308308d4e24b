"""The SQL behind actor links: their definition, and the triggers that keep them current.

EXPECTED is the definition: every link recomputed from the visible rows. The triggers apply
the same definition to each change. Claims and relations count row by row, so row triggers
are exact. Shared events count pairs of rows of one event, so the participants' trigger is
per statement: it compares each touched event's pairs before and after the statement (from
its transition tables), which stays exact when one UPDATE hides many rows at once.

Migration analysis.0002 installs these; a change here needs a new migration that runs
FUNCTIONS (they are CREATE OR REPLACE) and REBUILD again.
"""

VISIBLE = (
    "({t}.review_status <> 'rejected' AND NOT ({t}.is_stale AND {t}.review_status <> 'confirmed'))"
)

STANCE_COUNTS = ", ".join(
    f"COUNT(*) FILTER (WHERE stance = '{stance}') AS {stance}"
    for stance in ("asserts", "denies", "disputes", "uncertain")
)

EXPECTED = f"""
SELECT 'claim' AS kind, subject_id AS source_id, predicate, object_id AS target_id,
       COUNT(*) AS weight, {STANCE_COUNTS}
FROM claims_claim c WHERE {VISIBLE.format(t="c")} AND object_id IS NOT NULL
GROUP BY subject_id, predicate, object_id
UNION ALL
SELECT 'claimant', claimant_id, 'about', party, COUNT(*), {STANCE_COUNTS}
FROM claims_claim c
CROSS JOIN LATERAL (SELECT DISTINCT x FROM unnest(ARRAY[c.subject_id, c.object_id]) x) p(party)
WHERE {VISIBLE.format(t="c")} AND claimant_id IS NOT NULL
  AND party IS NOT NULL AND party <> claimant_id
GROUP BY claimant_id, party
UNION ALL
SELECT 'relation', subject_id, predicate, object_id, COUNT(*), 0, 0, 0, 0
FROM actors_actorrelation r WHERE {VISIBLE.format(t="r")}
GROUP BY subject_id, predicate, object_id
UNION ALL
SELECT 'event', low, '', high, COUNT(*), 0, 0, 0, 0 FROM (
    SELECT DISTINCT p1.event_id, p1.actor_id AS low, p2.actor_id AS high
    FROM events_eventparticipant p1
    JOIN events_eventparticipant p2 ON p2.event_id = p1.event_id AND p1.actor_id < p2.actor_id
    WHERE {VISIBLE.format(t="p1")} AND {VISIBLE.format(t="p2")}
) pairs
GROUP BY low, high
"""

COLUMNS = "kind, source_id, predicate, target_id, weight, asserts, denies, disputes, uncertain"

REBUILD = f"DELETE FROM analysis_actorlink; INSERT INTO analysis_actorlink ({COLUMNS}) {EXPECTED}"

# analysis_link_add(kind, source, predicate, target, delta, stance): add delta to one link.
FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION analysis_link_add(
    k text, s bigint, p text, t bigint, delta integer, stance text
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO analysis_actorlink ({COLUMNS})
    VALUES (k, s, p, t, delta,
            CASE WHEN stance = 'asserts' THEN delta ELSE 0 END,
            CASE WHEN stance = 'denies' THEN delta ELSE 0 END,
            CASE WHEN stance = 'disputes' THEN delta ELSE 0 END,
            CASE WHEN stance = 'uncertain' THEN delta ELSE 0 END)
    ON CONFLICT (kind, source_id, predicate, target_id) DO UPDATE SET
        weight = analysis_actorlink.weight + EXCLUDED.weight,
        asserts = analysis_actorlink.asserts + EXCLUDED.asserts,
        denies = analysis_actorlink.denies + EXCLUDED.denies,
        disputes = analysis_actorlink.disputes + EXCLUDED.disputes,
        uncertain = analysis_actorlink.uncertain + EXCLUDED.uncertain;
    IF delta < 0 THEN
        DELETE FROM analysis_actorlink
        WHERE kind = k AND source_id = s AND predicate = p AND target_id = t AND weight <= 0;
    END IF;
END $$;

CREATE OR REPLACE FUNCTION analysis_claim_links(c claims_claim, delta integer)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE party bigint;
BEGIN
    IF NOT {VISIBLE.format(t="c")} THEN RETURN; END IF;
    IF c.object_id IS NOT NULL THEN
        PERFORM analysis_link_add('claim', c.subject_id, c.predicate, c.object_id, delta, c.stance);
    END IF;
    IF c.claimant_id IS NULL THEN RETURN; END IF;
    FOR party IN SELECT DISTINCT x FROM unnest(ARRAY[c.subject_id, c.object_id]) x
                 WHERE x IS NOT NULL AND x <> c.claimant_id LOOP
        PERFORM analysis_link_add('claimant', c.claimant_id, 'about', party, delta, c.stance);
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION analysis_claim_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM analysis_claim_links(OLD, -1); END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM analysis_claim_links(NEW, 1); END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION analysis_relation_links(r actors_actorrelation, delta integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF {VISIBLE.format(t="r")} THEN
        PERFORM analysis_link_add('relation', r.subject_id, r.predicate, r.object_id, delta, NULL);
    END IF;
END $$;

CREATE OR REPLACE FUNCTION analysis_relation_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM analysis_relation_links(OLD, -1); END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM analysis_relation_links(NEW, 1); END IF;
    RETURN NULL;
END $$;

-- The pairs of the touched events now, minus their pairs before the statement: the events'
-- current rows less the statement's new rows, plus its old rows.
CREATE OR REPLACE FUNCTION analysis_event_links(
    new_ids bigint[], old_events bigint[], old_actors bigint[], old_visible boolean[]
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE change record;
BEGIN
    FOR change IN
        WITH touched AS (
            SELECT event_id FROM events_eventparticipant WHERE id = ANY(new_ids)
            UNION SELECT unnest(old_events)
        ),
        now AS (
            SELECT p.id, p.event_id, p.actor_id FROM events_eventparticipant p
            WHERE p.event_id IN (SELECT event_id FROM touched) AND {VISIBLE.format(t="p")}
        ),
        before AS (
            SELECT event_id, actor_id FROM now WHERE id <> ALL(new_ids)
            UNION ALL
            SELECT e, a FROM unnest(old_events, old_actors, old_visible) o(e, a, v) WHERE v
        ),
        pairs AS (
            SELECT DISTINCT 1 AS sign, x.event_id, x.actor_id AS low, y.actor_id AS high
            FROM now x JOIN now y ON y.event_id = x.event_id AND x.actor_id < y.actor_id
            UNION ALL
            SELECT DISTINCT -1, x.event_id, x.actor_id, y.actor_id
            FROM before x JOIN before y ON y.event_id = x.event_id AND x.actor_id < y.actor_id
        )
        SELECT low, high, SUM(sign)::integer AS delta FROM pairs
        GROUP BY low, high HAVING SUM(sign) <> 0
    LOOP
        PERFORM analysis_link_add('event', change.low, '', change.high, change.delta, NULL);
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION analysis_participant_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM analysis_event_links(ARRAY(SELECT id FROM new_rows), '{{}}', '{{}}', '{{}}');
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION analysis_participant_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM analysis_event_links(
        ARRAY(SELECT id FROM new_rows),
        ARRAY(SELECT event_id FROM old_rows ORDER BY id),
        ARRAY(SELECT actor_id FROM old_rows ORDER BY id),
        ARRAY(SELECT {VISIBLE.format(t="old_rows")} FROM old_rows ORDER BY id));
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION analysis_participant_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM analysis_event_links(
        '{{}}',
        ARRAY(SELECT event_id FROM old_rows ORDER BY id),
        ARRAY(SELECT actor_id FROM old_rows ORDER BY id),
        ARRAY(SELECT {VISIBLE.format(t="old_rows")} FROM old_rows ORDER BY id));
    RETURN NULL;
END $$;
"""

CLAIM_COLUMNS = "claimant_id, subject_id, predicate, object_id, stance, review_status, is_stale"
RELATION_COLUMNS = "subject_id, predicate, object_id, review_status, is_stale"


def _changed(columns: str) -> str:
    old = ", ".join(f"OLD.{column.strip()}" for column in columns.split(","))
    new = ", ".join(f"NEW.{column.strip()}" for column in columns.split(","))
    return f"(({old}) IS DISTINCT FROM ({new}))"


TRIGGERS = f"""
CREATE TRIGGER analysis_claim_links_write AFTER INSERT OR DELETE ON claims_claim
    FOR EACH ROW EXECUTE FUNCTION analysis_claim_trigger();
CREATE TRIGGER analysis_claim_links_update AFTER UPDATE ON claims_claim
    FOR EACH ROW WHEN {_changed(CLAIM_COLUMNS)} EXECUTE FUNCTION analysis_claim_trigger();
CREATE TRIGGER analysis_relation_links_write AFTER INSERT OR DELETE ON actors_actorrelation
    FOR EACH ROW EXECUTE FUNCTION analysis_relation_trigger();
CREATE TRIGGER analysis_relation_links_update AFTER UPDATE ON actors_actorrelation
    FOR EACH ROW WHEN {_changed(RELATION_COLUMNS)} EXECUTE FUNCTION analysis_relation_trigger();
CREATE TRIGGER analysis_participant_links_insert AFTER INSERT ON events_eventparticipant
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analysis_participant_inserted();
CREATE TRIGGER analysis_participant_links_update AFTER UPDATE ON events_eventparticipant
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analysis_participant_updated();
CREATE TRIGGER analysis_participant_links_delete AFTER DELETE ON events_eventparticipant
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analysis_participant_deleted();
"""

TRIGGER_NAMES = [
    ("claims_claim", "analysis_claim_links_write"),
    ("claims_claim", "analysis_claim_links_update"),
    ("actors_actorrelation", "analysis_relation_links_write"),
    ("actors_actorrelation", "analysis_relation_links_update"),
    ("events_eventparticipant", "analysis_participant_links_insert"),
    ("events_eventparticipant", "analysis_participant_links_update"),
    ("events_eventparticipant", "analysis_participant_links_delete"),
]

DROP = "\n".join(
    [f"DROP TRIGGER IF EXISTS {name} ON {table};" for table, name in TRIGGER_NAMES]
    + [
        f"DROP FUNCTION IF EXISTS {function} CASCADE;"
        for function in (
            "analysis_link_add",
            "analysis_claim_links",
            "analysis_claim_trigger",
            "analysis_relation_links",
            "analysis_relation_trigger",
            "analysis_event_links",
            "analysis_participant_inserted",
            "analysis_participant_updated",
            "analysis_participant_deleted",
        )
    ]
)
