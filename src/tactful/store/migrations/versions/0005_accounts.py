"""Accounts for hosted mode: users, sessions, one-time links, login attempts, sharing with a
coach, coach notes, per-user settings, data versions and reminders; every row of data belongs to
one user (`owner_id`), and on PostgreSQL row-level security holds the same scope.

SQLite (one person) gets the same tables and columns; every row belongs to the implicit local
owner (user 1), and nothing else changes. PostgreSQL also gets:
- `owner_id` defaulting to the transaction's user (`SET LOCAL tactful.user_id`), a foreign key
  to its user (deleting an account deletes its data), and composite foreign keys so that a row
  can only hang under a parent of the same owner;
- row-level security on every table: an owner reads and writes their rows; a coach reads the
  rows of a member who shares with them (and only while looking at that member); the worker's
  role reads everything to find due steps; the accounts role alone touches sessions and links;
- the group roles `tactful_app`, `tactful_accounts` and `tactful_worker` (NOLOGIN) with their
  grants, when the migrating role may create roles (see docs/hosting.md).

Tables that earlier migrations made (this one or another branch's) all get `owner_id`: the list
is read from the database, so a table added before this revision is never left unscoped.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

LOCAL_OWNER = 1
ACCOUNT_TABLES = ("users", "sessions", "one_time_tokens", "login_attempts")
"""Tables of the accounts service: no owner column, reached by the accounts role only."""
INFRASTRUCTURE = frozenset(
    {"alembic_version", "data_versions", "shares", "coach_notes", *ACCOUNT_TABLES}
)
NEW_OWNED = ("user_settings", "reminders", "mail_accounts")
ROLES = ("tactful_app", "tactful_accounts", "tactful_worker")


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="seconds")


def _users_and_friends(postgres: bool) -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("email", sa.Text, nullable=False),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("password_hash", sa.Text),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("last_login_at", sa.String(40)),
        sa.UniqueConstraint("email", name="uq_user_email"),
        sa.CheckConstraint("role IN ('local', 'member', 'coach', 'admin')", name="ck_user_role"),
    )
    # The implicit owner of a single-user database: no password, never listed, cannot log in.
    op.execute(
        sa.text(
            "INSERT INTO users (id, email, role, created_at) VALUES (:id, 'local', 'local', :at)"
        ).bindparams(id=LOCAL_OWNER, at=_now())
    )
    if postgres:
        op.execute("SELECT setval(pg_get_serial_sequence('users', 'id'), 1, true)")

    def user_fk() -> sa.ForeignKey:
        return sa.ForeignKey("users.id", ondelete="CASCADE")

    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, user_fk(), nullable=False, index=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("expires_at", sa.Float, nullable=False),
        sa.Column("last_seen_at", sa.Float, nullable=False),
        sa.Column("revoked_at", sa.Float),
        sa.Column("address", sa.Text, nullable=False, server_default=""),
        sa.Column("user_agent", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "one_time_tokens",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("purpose", sa.String(10), nullable=False),
        sa.Column("email", sa.Text, nullable=False),
        sa.Column("role", sa.String(10), nullable=False, server_default="member"),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE")),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("expires_at", sa.Float, nullable=False),
        sa.Column("used_at", sa.Float),
        sa.CheckConstraint("purpose IN ('invite', 'reset')", name="ck_token_purpose"),
    )
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("account", sa.Text, nullable=False),
        sa.Column("address", sa.Text, nullable=False),
        sa.Column("at", sa.Float, nullable=False),
    )
    op.create_index("ix_login_attempts_account", "login_attempts", ["account", "at"])
    op.create_index("ix_login_attempts_address", "login_attempts", ["address", "at"])
    op.create_table(
        "shares",
        sa.Column("member_id", sa.Integer, user_fk(), primary_key=True),
        sa.Column(
            "coach_id",
            sa.Integer,
            user_fk(),
            primary_key=True,
            index=True,
        ),
        sa.Column("created_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "data_versions",
        sa.Column("owner_id", sa.Integer, primary_key=True),
        sa.Column("version", sa.BigInteger, nullable=False, server_default="0"),
    )


def _owner_column(postgres: bool) -> sa.Column:  # type: ignore[type-arg]
    default = sa.text("COALESCE(tactful_user(), 1)") if postgres else sa.text(str(LOCAL_OWNER))
    return sa.Column("owner_id", sa.Integer, nullable=False, server_default=default)


def _new_owned_tables(postgres: bool) -> None:
    op.create_table(
        "user_settings",
        _owner_column(postgres),
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("owner_id", "name", name="pk_user_settings"),
    )
    # A coach's note on a member's round: the coach writes it, the member reads it.
    op.create_table(
        "coach_notes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "coach_id",
            sa.Integer,
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "member_id",
            sa.Integer,
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "interview_id",
            sa.Integer,
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )
    # One reminder per step, ever: the row is written before the mail is sent (the outbox
    # rule), and its unique key stops a second worker.
    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer, primary_key=True),
        _owner_column(postgres),
        sa.Column(
            "interview_id",
            sa.Integer,
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("message_id", sa.Text, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("error", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.UniqueConstraint("interview_id", "kind", name="uq_reminder_step"),
        sa.CheckConstraint(
            "state IN ('prepared', 'sending', 'sent', 'unknown')", name="ck_reminder_state"
        ),
    )


POSTGRES_FUNCTIONS = [
    # The transaction's user and, for a coach, the member being looked at. STABLE and plain
    # SQL: the planner folds them once per query and uses the owner_id indexes.
    """
    CREATE OR REPLACE FUNCTION tactful_user() RETURNS integer LANGUAGE sql STABLE AS
    $$ SELECT NULLIF(current_setting('tactful.user_id', true), '')::integer $$
    """,
    """
    CREATE OR REPLACE FUNCTION tactful_member() RETURNS integer LANGUAGE sql STABLE AS
    $$ SELECT NULLIF(current_setting('tactful.member_id', true), '')::integer $$
    """,
    # Bumped by every change of a user's data, whoever writes it: web workers key their plan
    # caches on it (nothing one process needs is held only in another's memory). SECURITY
    # DEFINER: a cascade from an account's deletion or the worker's role may bump it too.
    """
    CREATE OR REPLACE FUNCTION tactful_bump_version() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
    DECLARE owner integer;
    BEGIN
        IF TG_OP = 'DELETE' THEN owner := OLD.owner_id; ELSE owner := NEW.owner_id; END IF;
        INSERT INTO data_versions (owner_id, version) VALUES (owner, 1)
        ON CONFLICT (owner_id) DO UPDATE SET version = data_versions.version + 1;
        RETURN NULL;
    END;
    $$
    """,
]


def _owned_tables(bind: sa.Connection) -> list[str]:
    names = sa.inspect(bind).get_table_names()
    return sorted(
        n
        for n in names
        if n not in INFRASTRUCTURE and n not in NEW_OWNED and not n.startswith("procrastinate")
    )


def _add_owner_to_existing(bind: sa.Connection, postgres: bool) -> list[str]:
    tables = _owned_tables(bind)
    for name in tables:
        # A plain ADD COLUMN (never a batch copy): tables keep their constraints and triggers.
        op.add_column(name, _owner_column(postgres))
        op.create_index(f"ix_{name}_owner_id", name, ["owner_id"])
    return tables


def _mail_accounts(postgres: bool) -> None:
    # Multi-user mode's mail accounts: the password encrypted by the server's key
    # (tactful.hosting.vault); single-user mode keeps mail.json and the keyring.
    op.create_table(
        "mail_accounts",
        _owner_column(postgres),
        sa.Column("account", sa.Text, nullable=False),
        sa.Column("secret", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("owner_id", name="pk_mail_accounts"),
    )


def _postgres_scope(bind: sa.Connection, owned: list[str]) -> None:
    columns = {t: {c["name"] for c in sa.inspect(bind).get_columns(t)} for t in owned}
    for name in owned:
        op.create_foreign_key(
            f"fk_{name}_owner", name, "users", ["owner_id"], ["id"], ondelete="CASCADE"
        )
    # A child row must belong to its parent's owner: (parent_id, owner_id) references
    # (id, owner_id), so no write, even a buggy one, can hang a row under another user's round.
    for parent in ("applications", "interviews"):
        op.create_unique_constraint(f"uq_{parent}_owner", parent, ["id", "owner_id"])
    for name in owned:
        for column, parent in (("application_id", "applications"), ("interview_id", "interviews")):
            if column in columns[name] and name != parent:
                op.create_foreign_key(
                    f"fk_{name}_{parent}_owner",
                    name,
                    parent,
                    [column, "owner_id"],
                    ["id", "owner_id"],
                    ondelete="CASCADE",
                )
    for name in owned:
        if name == "reminders":
            continue
        op.execute(
            f"CREATE TRIGGER tr_{name}_version AFTER INSERT OR UPDATE OR DELETE ON {name} "
            "FOR EACH ROW EXECUTE FUNCTION tactful_bump_version()"
        )
    for name in owned:
        op.execute(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY owner_rows ON {name} USING (owner_id = tactful_user()) "
            "WITH CHECK (owner_id = tactful_user())"
        )
        op.execute(
            f"CREATE POLICY worker_reads ON {name} FOR SELECT "
            "USING (current_user = 'tactful_worker')"
        )
        if name not in ("user_settings", "reminders", "mail_accounts"):
            op.execute(
                f"CREATE POLICY coach_reads ON {name} FOR SELECT USING ("
                "owner_id = tactful_member() AND EXISTS (SELECT 1 FROM shares s "
                "WHERE s.member_id = owner_id AND s.coach_id = tactful_user()))"
            )
    op.create_foreign_key(
        "fk_coach_notes_interview_member", "coach_notes", "interviews",
        ["interview_id", "member_id"], ["id", "owner_id"], ondelete="CASCADE",
    )  # fmt: skip
    op.execute("ALTER TABLE coach_notes ENABLE ROW LEVEL SECURITY")
    op.execute(
        "CREATE POLICY coach_notes_rows ON coach_notes USING (coach_id = tactful_user()) "
        "WITH CHECK (coach_id = tactful_user() AND EXISTS (SELECT 1 FROM shares s "
        "WHERE s.member_id = coach_notes.member_id AND s.coach_id = tactful_user()))"
    )
    op.execute(
        "CREATE POLICY member_reads ON coach_notes FOR SELECT USING (member_id = tactful_user())"
    )
    _account_policies()
    op.execute(SESSION_LOOKUP)
    # Two members may read the same mail address's folders (a shared inbox): the mailbox's
    # unique keys hold per owner.
    for table, name, keys in (
        ("mail_folders", "uq_mail_folder", ["account", "folder"]),
        ("mail_proposals", "uq_mail_proposal", ["account", "folder", "message_key"]),
    ):
        if table in owned:
            op.drop_constraint(name, table, type_="unique")
            op.create_unique_constraint(name, table, ["owner_id", *keys])


SESSION_LOOKUP = """
CREATE OR REPLACE FUNCTION tactful_session(token text, at double precision, idle double precision)
RETURNS TABLE (session_id integer, user_id integer, email text, role varchar,
               last_seen_at double precision, version bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT s.id, u.id, u.email, u.role, s.last_seen_at, coalesce(v.version, 0)
    FROM sessions s JOIN users u ON u.id = s.user_id
    LEFT JOIN data_versions v ON v.owner_id = u.id
    WHERE s.token_hash = token AND s.revoked_at IS NULL AND s.expires_at > at
      AND s.last_seen_at > at - idle
$$
"""
"""Who holds a session token (by its SHA-256), in one round trip per request: the web reads it
for every request, before it knows whose scope to take; it tells nothing without the token."""


def _account_policies() -> None:
    for name in (*ACCOUNT_TABLES, "shares", "data_versions"):
        op.execute(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY accounts_rows ON {name} USING (current_user = 'tactful_accounts')"
        )
    op.execute(
        "CREATE POLICY worker_reads ON users FOR SELECT USING (current_user = 'tactful_worker')"
    )
    op.execute("CREATE POLICY own_row ON users FOR SELECT USING (id = tactful_user())")
    # Members pick a coach by email; a coach sees who shares with them.
    op.execute("CREATE POLICY coach_listed ON users FOR SELECT USING (role = 'coach')")
    op.execute(
        "CREATE POLICY member_listed ON users FOR SELECT USING (EXISTS (SELECT 1 FROM shares s "
        "WHERE s.member_id = users.id AND s.coach_id = tactful_user()))"
    )
    op.execute(
        "CREATE POLICY own_shares ON shares USING (member_id = tactful_user()) "
        "WITH CHECK (member_id = tactful_user())"
    )
    op.execute("CREATE POLICY coach_shares ON shares FOR SELECT USING (coach_id = tactful_user())")
    op.execute(
        "CREATE POLICY own_version ON data_versions FOR SELECT USING (owner_id = tactful_user())"
    )


def _roles_and_grants(owned: list[str]) -> None:
    """Create the group roles when allowed, and grant them what each needs (no more)."""
    creates = " ".join(
        f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
        f"CREATE ROLE {role} NOLOGIN; END IF;"
        for role in ROLES
    )
    op.execute(
        f"DO $$ BEGIN {creates} EXCEPTION WHEN insufficient_privilege OR duplicate_object "
        "OR unique_violation THEN RAISE NOTICE 'tactful: cannot create the tactful roles'; END $$"
    )
    data = ", ".join([*owned, *NEW_OWNED])
    data_no_mail = ", ".join(t for t in [*owned, *NEW_OWNED] if t != "mail_accounts")
    grants = [
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {data}, shares, coach_notes TO tactful_app",
        "GRANT SELECT ON data_versions TO tactful_app",
        "GRANT SELECT (id, email, role, created_at) ON users TO tactful_app",
        "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO tactful_app",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON users, sessions, one_time_tokens, "
        "login_attempts, shares, data_versions TO tactful_accounts",
        "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO tactful_accounts",
        # shares: the coaches' policies name it, and a policy's tables are checked for all.
        # The worker sees who has a mail account, never the account or its password.
        f"GRANT SELECT ON {data_no_mail}, shares TO tactful_worker",
        "GRANT SELECT (owner_id) ON mail_accounts TO tactful_worker",
        "GRANT SELECT (id, email, role) ON users TO tactful_worker",
        "GRANT USAGE ON SCHEMA public TO tactful_app, tactful_accounts, tactful_worker",
        "REVOKE ALL ON FUNCTION tactful_session(text, double precision, double precision) "
        "FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION tactful_session(text, double precision, double precision) "
        "TO tactful_app",
        # The servers check the schema is current before they start (they never migrate).
        "GRANT SELECT ON alembic_version TO tactful_app, tactful_accounts, tactful_worker",
    ]
    body = " ".join(f"EXECUTE '{g}';" for g in grants)
    op.execute(
        "DO $$ BEGIN IF (SELECT count(*) FROM pg_roles WHERE rolname IN "
        "('tactful_app', 'tactful_accounts', 'tactful_worker')) = 3 THEN "
        f"{body} END IF; END $$"
    )


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    if postgres:
        for statement in POSTGRES_FUNCTIONS:
            op.execute(statement)
    owned = _add_owner_to_existing(bind, postgres)
    _users_and_friends(postgres)
    _new_owned_tables(postgres)
    _mail_accounts(postgres)
    if postgres:
        _postgres_scope(bind, [*owned, *NEW_OWNED])
        _roles_and_grants(owned)


def downgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    for name in (
        *NEW_OWNED,
        "coach_notes",
        "data_versions",
        "shares",
        "login_attempts",
        "one_time_tokens",
    ):
        op.drop_table(name)
    op.drop_table("sessions")
    owned = _owned_tables(bind)
    for name in owned:
        if postgres:
            op.execute(f"ALTER TABLE {name} DISABLE ROW LEVEL SECURITY")
            for policy in ("owner_rows", "worker_reads", "coach_reads"):
                op.execute(f"DROP POLICY IF EXISTS {policy} ON {name}")
            op.execute(f"DROP TRIGGER IF EXISTS tr_{name}_version ON {name}")
            op.execute(f"ALTER TABLE {name} DROP CONSTRAINT IF EXISTS fk_{name}_owner")
            for parent in ("applications", "interviews"):
                op.execute(f"ALTER TABLE {name} DROP CONSTRAINT IF EXISTS fk_{name}_{parent}_owner")
    if postgres:
        for parent in ("applications", "interviews"):
            op.execute(f"ALTER TABLE {parent} DROP CONSTRAINT IF EXISTS uq_{parent}_owner")
    op.drop_table("users")
    for name in owned:
        op.drop_index(f"ix_{name}_owner_id", name)
        with op.batch_alter_table(name, recreate="never") as batch:
            batch.drop_column("owner_id")
    if postgres:
        for fn in (
            "tactful_bump_version()",
            "tactful_user()",
            "tactful_member()",
            "tactful_session(text, double precision, double precision)",
        ):
            op.execute(f"DROP FUNCTION IF EXISTS {fn}")
