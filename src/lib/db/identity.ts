/**
 * The database's name and latest schema version, without Dexie: the home page reads the workshop
 * list (`peek.ts`) before Dexie loads, and must know which version it may read.
 */

/** The IndexedDB database's name (one per origin). */
export const DB_NAME = 'convene';

/**
 * The latest `db.version(n)` declared in `database.ts` (a test pins the two together). IndexedDB
 * stores it as `n × 10`, Dexie's convention, so schema 3 is IndexedDB version 30.
 */
export const DB_SCHEMA_VERSION = 3;

/** `DB_SCHEMA_VERSION` as IndexedDB counts it. */
export const DB_NATIVE_VERSION = DB_SCHEMA_VERSION * 10;
