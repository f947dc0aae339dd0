/**
 * PostgreSQL migration 2: the team server's accounts (src/team). Users with a role and an admin flag,
 * sessions and invites; a session or invite is stored as the SHA-256 digest of its token only, so
 * the database (or a dump of it) signs nobody in. Timestamps are ISO 8601 text like every other
 * table here (migration 1's note), which compare as strings.
 */
import type { Queryable } from '../types';

const T = 'text COLLATE "C"';
const ROLES = `'editor', 'fact-checker', 'chief'`;

const SCHEMA = `
CREATE TABLE users (
  id ${T} PRIMARY KEY,
  login ${T} NOT NULL CHECK (login <> ''),
  display_name ${T} NOT NULL CHECK (display_name <> ''),
  role ${T} NOT NULL CHECK (role IN (${ROLES})),
  is_admin boolean NOT NULL DEFAULT false,
  password_hash ${T} NOT NULL,
  disabled_at ${T},
  created_at ${T} NOT NULL,
  updated_at ${T} NOT NULL
);
CREATE UNIQUE INDEX users_login ON users (lower(login));

CREATE TABLE sessions (
  token_digest ${T} PRIMARY KEY,
  user_id ${T} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at ${T} NOT NULL,
  last_seen_at ${T} NOT NULL,
  expires_at ${T} NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE invites (
  token_digest ${T} PRIMARY KEY,
  login ${T} NOT NULL,
  display_name ${T} NOT NULL,
  role ${T} NOT NULL CHECK (role IN (${ROLES})),
  is_admin boolean NOT NULL DEFAULT false,
  invited_by ${T} REFERENCES users(id) ON DELETE SET NULL,
  created_at ${T} NOT NULL,
  expires_at ${T} NOT NULL,
  used_at ${T}
);
`;

/** Creates the users, sessions and invites tables. */
export async function up(q: Queryable): Promise<void> {
  await q.query(SCHEMA);
}
