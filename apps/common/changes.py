"""The change log behind /api/v1/changes/: triggers that record every change of an API row.

Each insert, update and delete of an API row (documents, comments, actors, weapons, places,
events, claims) writes a Change row in the same transaction, from a trigger, so no code path
(the loader, the admin, merges, bulk updates, raw SQL) can change a row without it. A change
to a row shown nested in another (an alias, an event's participant, weapon or report, an
actor's relation) is an update of that other row.

Commit order without gaps. A number taken during a transaction (a sequence, a time) is no
commit order: a transaction that takes 5 can commit after one that took 6, so a reader who
saw 6 and moved past it would never see 5. Here every Change of a transaction belongs to one
ChangeSet whose `seq` is taken at commit: a deferred constraint trigger, the last thing the
transaction runs, takes a transaction-scoped advisory lock, then numbers the set. PostgreSQL
makes a commit visible before it releases the transaction's locks, so the next transaction
can number its set only once the previous set is visible: whoever sees set n also sees every
set before it. Readers page by (seq, change id), so they never miss nor repeat a change.
Transactions serialise only from that trigger to their commit (a few milliseconds); they
write their rows concurrently as before.

Last, not merely deferred: foreign keys are checked at commit too, and a check can wait for
another transaction's lock on the row it names. Were the lock taken before that check, every
writer would wait with it (and the other transaction, committing, would deadlock with it).
So the first deferred trigger only registers the set (seq still null); the insert queues the
numbering trigger, which PostgreSQL runs after every deferred event already queued.

Merges: merging.py names the row being merged away in the transaction-local setting
`evidence.merged` ("table:id:survivor id") just before deleting it; the delete trigger then
records a merge instead of a deletion.

Migration common.0006 installs this; a change here needs a migration that runs the SQL again
(the functions are CREATE OR REPLACE; triggers are dropped and created).
"""

# Endpoint noun -> table; and nested tables -> (noun, columns naming the row they belong to).
TRACKED = {
    "document": "documents_document",
    "comment": "comments_comment",
    "actor": "actors_actor",
    "weapon": "weapons_weapon",
    "place": "places_place",
    "event": "events_event",
    "claim": "claims_claim",
}
NESTED = {
    "actors_actoralias": ("actor", ["actor_id"]),
    "actors_actorrelation": ("actor", ["subject_id", "object_id"]),
    "weapons_weaponalias": ("weapon", ["weapon_id"]),
    "places_placealias": ("place", ["place_id"]),
    "events_eventparticipant": ("event", ["event_id"]),
    "events_eventweapon": ("event", ["event_id"]),
    "events_eventreport": ("event", ["event_id"]),
}
# Any constant: the one lock that orders change sets.
COMMIT_LOCK = 1_303_052_013
# The deferred triggers that run at commit, in this order (name, table, function).
COMMIT_TRIGGERS = [
    ("common_change_register", "common_change", "common_changeset_register"),
    ("common_changeset_number", "common_changeset", "common_changeset_number"),
]

FUNCTIONS = f"""
CREATE SEQUENCE IF NOT EXISTS common_changeset_seq;

-- The change set of the current transaction: allocated at its first change.
CREATE OR REPLACE FUNCTION common_changeset_current() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE current text := current_setting('evidence.changeset', true);
BEGIN
    IF current IS NULL OR current = '' THEN
        current := nextval(pg_get_serial_sequence('common_changeset', 'id'))::text;
        PERFORM set_config('evidence.changeset', current, true);
    END IF;
    RETURN current::bigint;
END $$;

-- An update of a row the transaction already reported is not repeated: a client fetches the
-- row's state at the end of the transaction anyway.
CREATE OR REPLACE FUNCTION common_change_add(k text, object bigint, act text, survivor bigint)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE changeset bigint := common_changeset_current();
BEGIN
    IF act = 'updated' AND EXISTS (
        SELECT 1 FROM common_change
        WHERE kind = k AND object_id = object AND changeset_id = changeset
    ) THEN
        RETURN;
    END IF;
    INSERT INTO common_change (changeset_id, kind, object_id, action, merged_into)
    VALUES (changeset, k, object, act, survivor);
END $$;

-- At commit, first: register the transaction's change set, unnumbered. Its insert queues the
-- numbering behind every deferred check already queued (foreign keys), so the lock below is
-- never held while such a check waits for another transaction.
CREATE OR REPLACE FUNCTION common_changeset_register() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('evidence.changeset_registered', true) = NEW.changeset_id::text THEN
        RETURN NULL;
    END IF;
    INSERT INTO common_changeset (id, seq, committed_at)
    VALUES (NEW.changeset_id, NULL, NULL)
    ON CONFLICT (id) DO NOTHING;
    PERFORM set_config('evidence.changeset_registered', NEW.changeset_id::text, true);
    RETURN NULL;
END $$;

-- At commit, last: number the set under the lock (see the module docstring).
CREATE OR REPLACE FUNCTION common_changeset_number() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock({COMMIT_LOCK});
    UPDATE common_changeset
    SET seq = nextval('common_changeset_seq'), committed_at = clock_timestamp()
    WHERE id = NEW.id;
    RETURN NULL;
END $$;

-- A row of an endpoint (TG_ARGV[0] is its noun).
CREATE OR REPLACE FUNCTION common_change_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE merged text[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM common_change_add(TG_ARGV[0], NEW.id, 'created', NULL);
    ELSIF TG_OP = 'DELETE' THEN
        merged := string_to_array(current_setting('evidence.merged', true), ':');
        IF merged[1] = TG_TABLE_NAME AND merged[2] = OLD.id::text THEN
            PERFORM common_change_add(TG_ARGV[0], OLD.id, 'merged', merged[3]::bigint);
        ELSE
            PERFORM common_change_add(TG_ARGV[0], OLD.id, 'deleted', NULL);
        END IF;
    ELSIF NEW IS DISTINCT FROM OLD THEN
        PERFORM common_change_add(TG_ARGV[0], NEW.id, CASE
            WHEN NEW.review_status IS DISTINCT FROM OLD.review_status THEN 'reviewed'
            WHEN NEW.is_stale AND NOT OLD.is_stale THEN 'stale'
            WHEN OLD.is_stale AND NOT NEW.is_stale THEN 'current'
            ELSE 'updated' END, NULL);
    END IF;
    RETURN NULL;
END $$;

-- A row shown inside others: TG_ARGV[0] is their noun, the rest the columns naming them.
CREATE OR REPLACE FUNCTION common_change_nested() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    owners bigint[] := '{{}}';
    owner bigint;
BEGIN
    IF TG_OP = 'UPDATE' AND new_row = old_row THEN
        RETURN NULL;
    END IF;
    FOR i IN 1 .. TG_NARGS - 1 LOOP
        owners := owners || (old_row ->> TG_ARGV[i])::bigint || (new_row ->> TG_ARGV[i])::bigint;
    END LOOP;
    FOR owner IN SELECT DISTINCT o FROM unnest(owners) o WHERE o IS NOT NULL ORDER BY o LOOP
        PERFORM common_change_add(TG_ARGV[0], owner, 'updated', NULL);
    END LOOP;
    RETURN NULL;
END $$;
"""


def _trigger(table: str, function: str, arguments: list[str]) -> str:
    quoted = ", ".join(f"'{argument}'" for argument in arguments)
    return (
        f"DROP TRIGGER IF EXISTS common_change ON {table};\n"
        f"CREATE TRIGGER common_change AFTER INSERT OR UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {function}({quoted});\n"
    )


TRIGGERS = (
    "".join(_trigger(table, "common_change_row", [noun]) for noun, table in TRACKED.items())
    + "".join(
        _trigger(table, "common_change_nested", [noun, *columns])
        for table, (noun, columns) in NESTED.items()
    )
    + "".join(
        f"DROP TRIGGER IF EXISTS {name} ON {table};\n"
        f"CREATE CONSTRAINT TRIGGER {name} AFTER INSERT ON {table} "
        f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {function}();\n"
        for name, table, function in COMMIT_TRIGGERS
    )
)

DROP = (
    "".join(
        f"DROP TRIGGER IF EXISTS common_change ON {table};\n"
        for table in [*TRACKED.values(), *NESTED]
    )
    + "".join(f"DROP TRIGGER IF EXISTS {name} ON {table};\n" for name, table, _ in COMMIT_TRIGGERS)
    + "DROP FUNCTION IF EXISTS common_change_nested(), common_change_row(), "
    "common_changeset_register(), common_changeset_number(), "
    "common_change_add(text, bigint, text, bigint), common_changeset_current();\n"
    "DROP SEQUENCE IF EXISTS common_changeset_seq;\n"
)

# Rows stored before the log existed: one "created" change each, so that the feed read from
# its start lists every row.
BACKFILL = "".join(
    f"SELECT common_change_add('{noun}', id, 'created', NULL) FROM {table} ORDER BY id;\n"
    for noun, table in TRACKED.items()
)

MERGED_SETTING = "evidence.merged"


def merged_marker(table: str, pk: int, survivor_pk: int) -> str:
    """Return the `evidence.merged` value naming a row about to be merged away."""
    return f"{table}:{pk}:{survivor_pk}"
