/**
 * Adding and removing partners on the map page, and removing a person or a connection, each told in
 * a toast (removal with Undo, which puts a partner back with their people and connections, or the
 * person or connection as it was). Writes go through `$lib/state/partners`.
 */
import type { ToastMessage } from '$lib/components/Toast.svelte';
import type { Connection, Partner, Person } from '$lib/domain/types';
import { m } from '$lib/paraglide/messages.js';
import * as map from '$lib/state/partners';

export class PartnerEdits {
	toast = $state<ToastMessage | null>(null);

	/** `select` opens a partner in the side panel (null closes it). */
	constructor(private readonly select: (id: string | null) => void) {}

	/** A new partner of `workshopId`, pinned at `at` when placed by a click on the map; opened. */
	async add(workshopId: string, name: string, sector: string, at?: { x: number; y: number }) {
		const partner = map.newPartner(workshopId, {
			name,
			sector,
			...(at ? { x: at.x, y: at.y, pinned: true } : {})
		});
		await map.savePartner(partner);
		this.select(partner.id);
		this.toast = { text: m.map_added({ name }) };
	}

	async remove(p: Partner) {
		const deleted = await map.removePartner(p.workshopId, p.id);
		if (!deleted) return;
		this.select(null);
		const name = p.name || m.map_untitled();
		this.toast = {
			text: m.map_deleted({ name }),
			action: {
				label: m.map_undo(),
				run: () =>
					void map
						.undoRemovePartner(deleted)
						.then(() => (this.toast = { text: m.map_restored({ name }) }))
			}
		};
	}

	/** Removes a person of `partner`; Undo saves the row as it was (same id, roles and notes). */
	async removePerson(person: Person, partner: Partner) {
		const kept = $state.snapshot(person) as Person;
		await map.deletePerson(person);
		const name = kept.name || m.map_personDefault();
		this.toast = {
			text: m.map_personRemoved({ name, partner: partner.name || m.map_untitled() }),
			action: {
				label: m.map_undo(),
				run: () =>
					void map.savePerson(kept).then(() => (this.toast = { text: m.map_restored({ name }) }))
			}
		};
	}

	/** Removes a connection between `a` and `b` (their names); Undo saves it as it was. */
	async removeConnection(connection: Connection, a: string, b: string) {
		const kept = $state.snapshot(connection) as Connection;
		await map.deleteConnection(connection);
		this.toast = {
			text: m.map_connectionRemoved({ a, b }),
			action: {
				label: m.map_undo(),
				run: () =>
					void map
						.saveConnection(kept)
						.then(() => (this.toast = { text: m.map_connectionRestored({ a, b }) }))
			}
		};
	}
}
