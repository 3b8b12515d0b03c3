/**
 * Adding and removing partners on the map page, each told in a toast (removal with Undo, which puts
 * the partner back with their people and connections). Writes go through `$lib/state/map`.
 */
import type { ToastMessage } from '$lib/components/Toast.svelte';
import type { Partner } from '$lib/domain/types';
import { m } from '$lib/paraglide/messages.js';
import * as map from '$lib/state/map';

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
}
