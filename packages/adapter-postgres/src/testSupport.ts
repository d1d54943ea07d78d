import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { migrateCaseStore } from './migrateCaseStore';
import { pgEngine } from './pgEngine';
import { pgliteEngine } from './pgliteEngine';
import type { SqlEngine } from './SqlEngine';

/** Empties every table (as a superuser, past the append-only triggers): for tests only. */
export async function emptyCaseStore(owner: SqlEngine): Promise<void> {
  await owner.transaction(async (s) => {
    await s.exec(`
      set local session_replication_role = replica;
      truncate stadig.referrals, stadig.network_offers, stadig.network_members, stadig.case_events,
        stadig.case_protected, stadig.audit_log, stadig.import_checkpoints, stadig.cases restart identity;`);
  });
}

/** A migrated in-memory PGlite shared by one test file, emptied before each test. */
export function sharedPglite(): () => Promise<SqlEngine> {
  let engine: Promise<SqlEngine> | undefined;
  return async () => {
    engine ??= (async () => {
      const e = pgliteEngine(await PGlite.create());
      (await migrateCaseStore(e))._unsafeUnwrap();
      return e;
    })();
    const e = await engine;
    await emptyCaseStore(e);
    return e;
  };
}

/** The server tests' URL, when a PostgreSQL server is there to test against. */
export const serverUrl = process.env.STADIG_TEST_POSTGRES_URL;

/**
 * A fresh database on the test server for one test file: migrated as the URL's user
 * (the owner), with its own login role that is a member of `stadig_app`
 * and owns nothing. `owner()` empties the tables before each test.
 */
export function serverDatabase(url: string) {
  const name = `stadig_t_${randomBytes(6).toString('hex')}`;
  const at = (database: string, user?: { name: string; password: string }) => {
    const u = new URL(url);
    u.pathname = `/${database}`;
    if (user !== undefined) {
      u.username = user.name;
      u.password = user.password;
    }
    return u.toString();
  };
  const admin = () => new pg.Pool({ connectionString: url, max: 1 });
  const appPassword = randomBytes(12).toString('hex');
  const login = `${name}_app`;
  let owner: Promise<SqlEngine> | undefined;
  const engines: SqlEngine[] = [];
  const open = async () => {
    const pool = admin();
    await pool.query(`create database ${name}`);
    await pool.end();
    const e = pgEngine(new pg.Pool({ connectionString: at(name), max: 4 }));
    (await migrateCaseStore(e))._unsafeUnwrap();
    await e.transaction(async (s) => {
      await s.exec(`
        create role ${login} login password '${appPassword}';
        grant stadig_app to ${login};`);
    });
    engines.push(e);
    return e;
  };
  return {
    owner: async () => {
      owner ??= open();
      const e = await owner;
      await emptyCaseStore(e);
      return e;
    },
    /** A connection string for the application's login role (a member of stadig_app, not the owner). */
    appUrl: () => at(name, { name: login, password: appPassword }),
    /** A connection string to a database of this server that does not exist. */
    urlOf: (database: string, user?: { name: string; password: string }) => at(database, user),
    app: (max = 60) => {
      const e = pgEngine(
        new pg.Pool({ connectionString: at(name, { name: login, password: appPassword }), max }),
      );
      engines.push(e);
      return e;
    },
    drop: async () => {
      await Promise.all(engines.map((e) => e.close()));
      const pool = admin();
      await pool.query(`drop database if exists ${name} with (force)`);
      await pool.query(`drop role if exists ${login}`);
      await pool.end();
    },
  };
}
