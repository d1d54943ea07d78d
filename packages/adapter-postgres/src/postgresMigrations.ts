/**
 * One versioned migration: applied once, in order, in its own transaction, and
 * recorded in `stadig.schema_version`.
 *
 * @example
 * ```ts
 * const m: Migration = { version: 1, name: 'cases', sql: 'create table …' };
 * ```
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const roles = `
-- Roles belong to the whole cluster: another database may be creating them right now.
do $$
begin
  if not exists (select from pg_roles where rolname = 'stadig_app') then
    begin
      create role stadig_app nologin;
    exception when duplicate_object or unique_violation then null;
    end;
  end if;
  if not exists (select from pg_roles where rolname = 'stadig_partner') then
    begin
      create role stadig_partner nologin;
    exception when duplicate_object or unique_violation then null;
    end;
  end if;
end
$$;
grant usage on schema stadig to stadig_app, stadig_partner;
grant select on stadig.schema_version to stadig_app, stadig_partner;
`;

const helpers = `
create or replace function stadig.acting_municipalities() returns text[]
language sql stable as $$
  select coalesce(string_to_array(nullif(current_setting('stadig.municipalities', true), ''), ','), '{}')
$$;

create or replace function stadig.refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception 'stadig: % is append-only', tg_table_name using errcode = '42501';
end
$$;
`;

const tables = `
create table stadig.cases (
  id text collate "C" primary key,
  municipality text not null check (municipality ~ '^[0-9]{4}$'),
  external_id text collate "C",
  version integer not null check (version >= 1),
  state text not null,
  body jsonb not null,
  updated_at timestamptz not null default now(),
  unique (municipality, external_id)
);
-- A page of one municipality's cases in id order walks this index and stops at the limit.
create index cases_municipality_id on stadig.cases (municipality, id);

create table stadig.case_events (
  case_id text collate "C" not null references stadig.cases (id),
  seq integer not null check (seq >= 1),
  municipality text not null,
  event jsonb not null,
  primary key (case_id, seq)
);

create table stadig.case_protected (
  case_id text collate "C" primary key references stadig.cases (id),
  municipality text not null,
  data jsonb not null
);

create table stadig.audit_log (
  seq bigint generated always as identity primary key,
  id text not null unique,
  at timestamptz not null,
  actor text not null,
  action text not null,
  case_id text collate "C" not null,
  municipality text not null,
  purpose text,
  legal_ground text,
  db_role text not null default session_user
);
create index audit_log_case on stadig.audit_log (case_id, seq);
create index audit_log_municipality on stadig.audit_log (municipality, seq);

create table stadig.import_checkpoints (
  import_id text collate "C" primary key,
  position bigint not null,
  updated_at timestamptz not null default now()
);
`;

const audit = `
create trigger audit_log_append_only before update or delete on stadig.audit_log
  for each row execute function stadig.refuse_change();
create trigger audit_log_no_truncate before truncate on stadig.audit_log
  for each statement execute function stadig.refuse_change();
create trigger case_events_append_only before update or delete on stadig.case_events
  for each row execute function stadig.refuse_change();

-- Every write to a case is audited by the database itself: with the entry the adapter
-- set for this statement, or else with a generic entry naming the database role.
create or replace function stadig.audit_case_write() returns trigger
language plpgsql security definer set search_path = pg_catalog, stadig as $$
declare
  a jsonb := nullif(current_setting('stadig.audit', true), '')::jsonb;
begin
  if a is null or a->>'caseId' is distinct from new.id or exists (select from stadig.audit_log where id = a->>'id') then
    a := jsonb_build_object(
      'id', gen_random_uuid()::text,
      'at', now(),
      'actor', coalesce(nullif(current_setting('stadig.actor', true), ''), session_user),
      'action', case tg_op when 'INSERT' then 'case-created' else 'case-updated' end);
  end if;
  insert into stadig.audit_log (id, at, actor, action, case_id, municipality, purpose, legal_ground)
  values (a->>'id', (a->>'at')::timestamptz, a->>'actor', a->>'action', new.id, new.municipality, null, null);
  return null;
end
$$;
create trigger cases_audit after insert or update on stadig.cases
  for each row execute function stadig.audit_case_write();

-- The only way to read protected data: checks the acting municipalities, requires a
-- purpose and a legal ground, and writes the audit entry before returning the data.
create or replace function stadig.read_protected(p_case_id text, p_audit jsonb) returns jsonb
language plpgsql security definer set search_path = pg_catalog, stadig as $$
declare
  result jsonb;
  m text;
begin
  if coalesce(p_audit->>'purpose', '') = '' or coalesce(p_audit->>'legalGround', '') = '' then
    raise exception 'stadig: a purpose and a legal ground are required' using errcode = '42501';
  end if;
  select p.data, p.municipality into result, m from stadig.case_protected p
   where p.case_id = p_case_id and p.municipality = any ((select stadig.acting_municipalities())::text[]);
  if not found then
    return null;
  end if;
  insert into stadig.audit_log (id, at, actor, action, case_id, municipality, purpose, legal_ground)
  values (coalesce(p_audit->>'id', gen_random_uuid()::text), coalesce((p_audit->>'at')::timestamptz, now()),
          coalesce(p_audit->>'actor', session_user), 'protected-read', p_case_id, m,
          p_audit->>'purpose', p_audit->>'legalGround');
  return result;
end
$$;
revoke all on function stadig.read_protected(text, jsonb) from public;
revoke all on function stadig.audit_case_write() from public;
`;

const security = `
-- In the policies, (select stadig.acting_municipalities()) is computed once per query, not once per row.
alter table stadig.cases enable row level security;
alter table stadig.case_events enable row level security;
alter table stadig.case_protected enable row level security;
alter table stadig.audit_log enable row level security;

create policy cases_acting on stadig.cases to stadig_app
  using (municipality = any ((select stadig.acting_municipalities())::text[]))
  with check (municipality = any ((select stadig.acting_municipalities())::text[]));
create policy case_events_acting on stadig.case_events to stadig_app
  using (municipality = any ((select stadig.acting_municipalities())::text[]))
  with check (municipality = any ((select stadig.acting_municipalities())::text[]));
create policy case_protected_acting on stadig.case_protected to stadig_app
  using (municipality = any ((select stadig.acting_municipalities())::text[]))
  with check (municipality = any ((select stadig.acting_municipalities())::text[]));
create policy audit_log_acting on stadig.audit_log for select to stadig_app
  using (municipality = any ((select stadig.acting_municipalities())::text[]));

grant select, insert, update on stadig.cases to stadig_app;
grant select, insert on stadig.case_events to stadig_app;
grant insert, update on stadig.case_protected to stadig_app;
grant select (case_id, municipality) on stadig.case_protected to stadig_app;
grant select on stadig.audit_log to stadig_app;
grant select, insert, update on stadig.import_checkpoints to stadig_app;
grant execute on function stadig.read_protected(text, jsonb) to stadig_app;
grant execute on function stadig.acting_municipalities() to stadig_app, stadig_partner;
`;

const network = `
-- Offers shared through a network of municipalities (a county network, Kompotten):
-- readable by every member, written only by the offering municipality. Prepared for
-- @stadig/matching.
create table stadig.network_members (
  network text collate "C" not null,
  municipality text not null check (municipality ~ '^[0-9]{4}$'),
  primary key (network, municipality)
);
create table stadig.network_offers (
  id text collate "C" primary key,
  network text collate "C" not null,
  municipality text not null check (municipality ~ '^[0-9]{4}$'),
  offer jsonb not null,
  created_at timestamptz not null default now()
);
alter table stadig.network_offers enable row level security;
create policy network_offers_read on stadig.network_offers for select to stadig_app
  using (exists (select from stadig.network_members m
                  where m.network = network_offers.network
                    and m.municipality = any ((select stadig.acting_municipalities())::text[])));
create policy network_offers_write on stadig.network_offers for insert to stadig_app
  with check (municipality = any ((select stadig.acting_municipalities())::text[]));
grant select on stadig.network_members to stadig_app;
grant select, insert on stadig.network_offers to stadig_app;

-- Referrals to an exchange partner: the partner role sees only the minimal referral
-- (what referralFor produces), through a view, never the case.
create table stadig.referrals (
  id text collate "C" primary key,
  case_id text collate "C" not null references stadig.cases (id),
  municipality text not null,
  partner text not null,
  referral jsonb not null,
  created_at timestamptz not null default now()
);
alter table stadig.referrals enable row level security;
create policy referrals_acting on stadig.referrals to stadig_app
  using (municipality = any ((select stadig.acting_municipalities())::text[]))
  with check (municipality = any ((select stadig.acting_municipalities())::text[]));
grant select, insert on stadig.referrals to stadig_app;
create view stadig.partner_referrals with (security_barrier) as
  select id, referral, created_at from stadig.referrals
   where partner = nullif(current_setting('stadig.partner', true), '');
grant select on stadig.partner_referrals to stadig_partner;
`;

const bulkImport = `
-- Imports many new cases in one call (one round trip per batch), as the calling role:
-- row-level security applies to every row, and each row's audit entry is set before
-- its insert so that the audit trigger records it. Returns the index (from 0) of the
-- first case whose id or external id exists, or -1 when all were inserted; the caller
-- then rolls the transaction back.
create or replace function stadig.import_cases(p_cases jsonb, p_audits jsonb) returns integer
language plpgsql security invoker set search_path = pg_catalog, stadig as $$
declare
  c jsonb;
  i integer := 0;
begin
  for c in select value from jsonb_array_elements(p_cases) loop
    perform set_config('stadig.audit', (p_audits->i)::text, true);
    insert into stadig.cases (id, municipality, external_id, version, state, body)
    values (c->>'id', c->>'municipality', c->>'externalId', (c->>'version')::integer, c->>'state', c->'body')
    on conflict do nothing;
    if not found then
      return i;
    end if;
    insert into stadig.case_events (case_id, seq, municipality, event)
    select c->>'id', t.ord, c->>'municipality', t.e
      from jsonb_array_elements(c->'events') with ordinality as t(e, ord);
    insert into stadig.case_protected (case_id, municipality, data)
    values (c->>'id', c->>'municipality', c->'protectedPart');
    i := i + 1;
  end loop;
  return -1;
end
$$;
revoke all on function stadig.import_cases(jsonb, jsonb) from public;
grant execute on function stadig.import_cases(jsonb, jsonb) to stadig_app;
`;

/**
 * The versioned migrations of the case store, oldest first. The same SQL runs on
 * PGlite and on a PostgreSQL server.
 *
 * @example
 * ```ts
 * postgresMigrations.map((m) => m.version);
 * //=> [1, 2]
 * ```
 */
export const postgresMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'cases, events, protected data, audit log, row-level security, network offers, referrals',
    sql: [helpers, tables, roles, audit, security, network].join('\n'),
  },
  { version: 2, name: 'stadig.import_cases: many new cases in one round trip', sql: bulkImport },
];

/**
 * The schema version this code needs: the last migration's.
 *
 * @example
 * ```ts
 * schemaVersion;
 * //=> 2
 * ```
 */
export const schemaVersion = 2;
