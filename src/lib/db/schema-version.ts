/**
 * The database's name and latest schema version, without Dexie: the home page reads the workshop
 * list (`peek.ts`) before Dexie loads, and must know which version it may read.
 */

/** The IndexedDB database's name (one per origin). */
export const DB_NAME = 'convene';

/**
 * The latest `db.version(n)` declared in `database.ts` (a test pins the two together). IndexedDB
 * stores it as `n × 10`, Dexie's convention, so schema 3 is IndexedDB version 30 — or 31, 32…: when
 * the stored schema lacks a store or index it declares, Dexie adds it and opens at the next native
 * version ("schema patch"). Compare schemas with `schemaOf`, never raw versions.
 */
export const DB_SCHEMA_VERSION = 4;

/** `DB_SCHEMA_VERSION` as IndexedDB counts it (its first native version). */
export const DB_NATIVE_VERSION = DB_SCHEMA_VERSION * 10;

/** The schema a native IndexedDB version belongs to: 30–39 → 3 (Dexie's `n × 10`, plus patches). */
export const schemaOf = (nativeVersion: number) => Math.floor(nativeVersion / 10);

/** Whether a native version belongs to a newer Convene than this one (which must not touch it). */
export const isNewerSchema = (nativeVersion: number) => schemaOf(nativeVersion) > DB_SCHEMA_VERSION;
