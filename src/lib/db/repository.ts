/**
 * The only code that reads and writes the database. Every write that touches a workshop's rows also
 * bumps the workshop's `updatedAt` in the same transaction, so "last edited" is always true.
 */

import { homeOf, homePartner, homePartnerId } from '$lib/domain/home';
import { CONTENT_VERSION } from '$lib/domain/content-version';
import { canonicalBundle, sortRows } from '$lib/domain/bundle';
import { agendaFromTemplate } from '$lib/domain/templates';
import type {
	ContentLanguage,
	LiveBundle,
	Partner,
	SessionState,
	TemplateId,
	Workshop,
	WorkshopBundle
} from '$lib/domain/types';
import {
	CONTENT_TABLE_NAMES,
	mapTableRows,
	ROW_TABLE_NAMES,
	ROW_TABLES,
	type BundleRows,
	type RowOf,
	type RowTableName
} from '$lib/domain/tables';
import type { ConveneDb } from './database';
import { GoneError } from '$lib/domain/errors';

export type WorkshopFields = Pick<Workshop, 'title' | 'organisation' | 'date' | 'facilitator'>;
export type WorkshopPatch = Partial<WorkshopFields & Pick<Workshop, 'archived' | 'settings'>>;

export class Repository {
	constructor(
		readonly db: ConveneDb,
		private readonly now: () => number = () => Date.now(),
		private readonly newId: () => string = () => crypto.randomUUID()
	) {}

	private get allTables() {
		return [this.db.workshops, ...ROW_TABLE_NAMES.map((t) => this.db[t])];
	}

	/** Workshops, most recently edited first. */
	async listWorkshops(): Promise<Workshop[]> {
		return this.db.workshops.orderBy('updatedAt').reverse().toArray();
	}

	getWorkshop(id: string): Promise<Workshop | undefined> {
		return this.db.workshops.get(id);
	}

	/**
	 * A new workshop from a template; `language` is its PDF and spreadsheet language (the
	 * facilitator's); `homeSector` the sector of its organisation (the home partner), `other` unless
	 * chosen.
	 */
	async createWorkshop(
		templateId: TemplateId,
		fields: Partial<WorkshopFields> = {},
		language?: ContentLanguage,
		homeSector: Partner['sector'] = 'other'
	): Promise<Workshop> {
		const t = this.now();
		const workshop: Workshop = {
			id: this.newId(),
			title: fields.title ?? '',
			organisation: fields.organisation ?? '',
			date: fields.date ?? '',
			facilitator: fields.facilitator ?? '',
			templateId,
			contentVersion: CONTENT_VERSION,
			archived: false,
			settings: { anonymous: true, expectedParticipants: 0, ...(language ? { language } : {}) },
			createdAt: t,
			updatedAt: t
		};
		await this.db.transaction(
			'rw',
			this.db.workshops,
			this.db.agenda,
			this.db.partners,
			async () => {
				await this.db.workshops.add(workshop);
				await this.db.agenda.bulkAdd(agendaFromTemplate(workshop.id, templateId));
				if (workshop.organisation.trim() !== '') {
					await this.db.partners.add({
						workshopId: workshop.id,
						...homePartner('home', workshop.organisation.trim(), t, homeSector)
					});
				}
			}
		);
		return workshop;
	}

	/**
	 * Changes the workshop's fields. A new organisation name is also the home partner's name (the
	 * map's centre node); the first organisation named creates that partner. Throws
	 * `GoneError('workshop-gone')` when the workshop no longer exists.
	 */
	async updateWorkshop(id: string, patch: WorkshopPatch): Promise<void> {
		await this.db.transaction('rw', this.db.workshops, this.db.partners, async () => {
			const now = this.now();
			const changed = await this.db.workshops.update(id, { ...patch, updatedAt: now });
			if (changed === 0) throw new GoneError('workshop-gone');
			const name = patch.organisation?.trim();
			if (!name) return;
			const rows = await this.db.partners.where('workshopId').equals(id).toArray();
			const home = homeOf(rows);
			if (home) {
				if (home.name !== name) await this.db.partners.put({ ...home, name, updatedAt: now });
			} else {
				await this.db.partners.add({
					workshopId: id,
					...homePartner(homePartnerId(new Set(rows.map((r) => r.id))), name, now, 'other')
				});
			}
		});
	}

	/** Everything one workshop holds, read in one transaction so it is consistent. */
	loadBundle(id: string): Promise<WorkshopBundle | undefined> {
		return this.readBundle(id, ROW_TABLE_NAMES);
	}

	/**
	 * What the workshop's pages show and edit: everything but its snapshots (each a full frozen copy
	 * of the workshop, read only by the pages that compare them), so that no keystroke on any page
	 * re-reads every snapshot.
	 */
	async loadLiveBundle(id: string): Promise<LiveBundle | undefined> {
		// Every table but the snapshots: the content tables.
		const bundle = await this.readBundle(id, CONTENT_TABLE_NAMES);
		if (!bundle) return undefined;
		const { snapshots: _frozen, ...live } = bundle;
		return live;
	}

	/**
	 * The live bundle without its session row, and that row alone (`loadSession`): during a live
	 * session the row changes at every page turn, reveal and timer press, and the windows that follow
	 * it (`WorkshopState`) read it apart, so that those changes re-read one row, not every response.
	 */
	async loadLiveBundleWithoutSession(id: string): Promise<Omit<LiveBundle, 'session'> | undefined> {
		const bundle = await this.readBundle(
			id,
			CONTENT_TABLE_NAMES.filter((t) => t !== 'sessions')
		);
		if (!bundle) return undefined;
		const { snapshots: _frozen, session: _apart, ...live } = bundle;
		return live;
	}

	/** A workshop's live session row, or null when it has none (as `loadLiveBundle` reads it). */
	async loadSession(id: string): Promise<SessionState | null> {
		const rows = await this.db.sessions.where('workshopId').equals(id).toArray();
		return rows[0] ?? null;
	}

	private readBundle(
		id: string,
		tables: readonly RowTableName[]
	): Promise<WorkshopBundle | undefined> {
		return this.db.transaction(
			'r',
			[this.db.workshops, ...tables.map((t) => this.db[t])],
			async () => {
				const workshop = await this.db.workshops.get(id);
				if (!workshop) return undefined;
				const bundle = { workshop, snapshots: [] } as Record<string, unknown>;
				for (const table of tables) {
					const rows = await this.db[table].where('workshopId').equals(id).toArray();
					const { key, one } = ROW_TABLES[table];
					bundle[key] = one ? (rows[0] ?? null) : rows;
				}
				return canonicalBundle(bundle as unknown as WorkshopBundle);
			}
		);
	}

	/** Writes a whole bundle (all rows under its workshop id), replacing whatever was stored under it. */
	async putBundle(bundle: WorkshopBundle): Promise<void> {
		const id = bundle.workshop.id;
		await this.db.transaction('rw', this.allTables, async () => {
			await this.deleteRows(id);
			await this.db.workshops.put(bundle.workshop);
			for (const table of ROW_TABLE_NAMES) {
				const { key, one } = ROW_TABLES[table];
				const value = bundle[key];
				const rows = one ? (value ? [value] : []) : (value as unknown[]);
				if (rows.length > 0) await (this.db[table] as import('dexie').Table).bulkPut(rows);
			}
		});
	}

	private async deleteRows(workshopId: string): Promise<void> {
		for (const table of ROW_TABLE_NAMES) {
			await this.db[table].where('workshopId').equals(workshopId).delete();
		}
	}

	/** Deletes a workshop and everything in it; returns what was deleted so the UI can undo. */
	async deleteWorkshop(id: string): Promise<WorkshopBundle | undefined> {
		return this.db.transaction('rw', this.allTables, async () => {
			const bundle = await this.loadBundle(id);
			if (!bundle) return undefined;
			await this.deleteRows(id);
			await this.db.workshops.delete(id);
			return bundle;
		});
	}

	/** A copy of a bundle under a new workshop id (rows keep their ids: they are per workshop). */
	rebrand(bundle: WorkshopBundle, title: string): WorkshopBundle {
		const workshopId = this.newId();
		const t = this.now();
		return {
			workshop: { ...bundle.workshop, id: workshopId, title, createdAt: t, updatedAt: t },
			...(mapTableRows(bundle, ROW_TABLE_NAMES, (row) => ({ ...row, workshopId })) as BundleRows)
		};
	}

	/**
	 * Copies a workshop under a new id, titled `copyTitle(its title)` (the caller words the copy's
	 * title). Throws `GoneError('workshop-gone')` when the workshop no longer exists.
	 */
	async duplicateWorkshop(id: string, copyTitle: (title: string) => string): Promise<Workshop> {
		const bundle = await this.loadBundle(id);
		if (!bundle) throw new GoneError('workshop-gone');
		const copy = this.rebrand(bundle, copyTitle(bundle.workshop.title));
		await this.putBundle(copy);
		return copy.workshop;
	}

	/**
	 * Stores an imported bundle. 'replace' overwrites the workshop with the same id; 'copy' keeps both
	 * by giving the import a new id. Either way it is one transaction: all or nothing.
	 */
	async importBundle(
		bundle: WorkshopBundle,
		mode: 'replace' | 'copy',
		copyTitle: (title: string) => string = (t) => t
	): Promise<Workshop> {
		const toStore =
			mode === 'copy' ? this.rebrand(bundle, copyTitle(bundle.workshop.title)) : bundle;
		await this.putBundle(toStore);
		return toStore.workshop;
	}

	/** Inserts or replaces one row of a workshop and marks the workshop edited. */
	async putRow<T extends RowTableName>(table: T, row: RowOf<T>): Promise<void> {
		await this.db.transaction('rw', this.db.workshops, this.db[table], async () => {
			await (this.db[table] as import('dexie').Table).put(row);
			await this.db.workshops.update((row as { workshopId: string }).workshopId, {
				updatedAt: this.now()
			});
		});
	}

	/** One row table, its rows seen as plain records (for the generic row writes below). */
	private plainTable(table: RowTableName) {
		return this.db[table] as unknown as import('dexie').Table<
			Record<string, unknown>,
			[string, string]
		>;
	}

	/**
	 * Changes some fields of one row, read and written in one transaction, so two quick edits of the
	 * same row (a rating, then a note) each change only their own fields. When the row does not exist
	 * yet it is created from `base`; without a base, a missing row throws `GoneError('item-gone')`. With `into`, the patch
	 * changes fields *inside* that object-valued field (e.g. a partner's decision date), and is dropped
	 * when that object has been cleared meanwhile (there is nothing left to edit).
	 */
	async patchRow(
		table: RowTableName,
		workshopId: string,
		id: string,
		patch: object,
		base?: object,
		into?: string
	): Promise<void> {
		const rows = this.plainTable(table);
		await this.db.transaction('rw', this.db.workshops, rows, async () => {
			const stored = await rows.get([workshopId, id]);
			if (!stored && !base) throw new GoneError('item-gone');
			const current: Record<string, unknown> = { ...base, ...stored };
			let change: object = patch;
			if (into) {
				const inner = current[into];
				if (inner === null || typeof inner !== 'object') return;
				change = { [into]: { ...inner, ...patch } };
			}
			await rows.put({ ...current, ...change, workshopId, id });
			await this.db.workshops.update(workshopId, { updatedAt: this.now() });
		});
	}

	/**
	 * Adds `value` to (`on`) or removes it from the list held in `field` of one row, read and written
	 * in one transaction: the change merges into what is stored, so two quick ticks of one person's
	 * roles both land (a write of the whole list from the page kept only the second). The list keeps
	 * the order of `order` when given. A field not set yet holds `whenAbsent` (a step's `asked`: every
	 * question). Throws `GoneError('item-gone')` when the row is gone.
	 */
	async toggleInList(
		table: RowTableName,
		workshopId: string,
		id: string,
		field: string,
		value: string,
		on: boolean,
		order?: readonly string[],
		whenAbsent: readonly string[] = []
	): Promise<void> {
		const rows = this.plainTable(table);
		await this.db.transaction('rw', this.db.workshops, rows, async () => {
			const stored = await rows.get([workshopId, id]);
			if (!stored) throw new GoneError('item-gone');
			const list = Array.isArray(stored[field]) ? (stored[field] as string[]) : [...whenAbsent];
			const without = list.filter((v) => v !== value);
			let next = on ? [...without, value] : without;
			if (order) next = order.filter((v) => next.includes(v));
			if (next.length === list.length && next.every((v, i) => v === list[i])) return;
			await rows.put({ ...stored, [field]: next });
			await this.db.workshops.update(workshopId, { updatedAt: this.now() });
		});
	}

	async deleteRow(table: RowTableName, workshopId: string, id: string): Promise<void> {
		await this.db.transaction('rw', this.db.workshops, this.db[table], async () => {
			await this.db[table].delete([workshopId, id]);
			await this.db.workshops.update(workshopId, { updatedAt: this.now() });
		});
	}

	/** A workshop's rows of one table, in canonical order. */
	/** How many snapshots a workshop has (without reading them). */
	snapshotCount(workshopId: string): Promise<number> {
		return this.db.snapshots.where('workshopId').equals(workshopId).count();
	}

	rows<T extends RowTableName>(table: T, workshopId: string): Promise<RowOf<T>[]> {
		const rows: Promise<{ id: string }[]> = this.db[table]
			.where('workshopId')
			.equals(workshopId)
			.toArray();
		return rows.then(sortRows) as Promise<RowOf<T>[]>;
	}

	async workshopCount(): Promise<number> {
		return this.db.workshops.count();
	}
}
