/**
 * The home page's workshop-file import: each file is read and checked (a refused file gets a reason,
 * in the interface's language); good ones wait in a queue and are reviewed one at a time (replace,
 * keep both, cancel) before anything is stored.
 */

import type { Workshop, WorkshopBundle } from '$lib/domain/types';
import { m } from '$lib/paraglide/messages.js';
import * as workshops from '$lib/state/workshops';

export class ImportQueue {
	/** One sentence per refused file, from the last batch. */
	errors = $state<string[]>([]);
	/** Files waiting for the user's decision. */
	queue = $state.raw<{ bundle: WorkshopBundle; existing: Workshop | undefined }[]>([]);
	/** The file under review now, or null. */
	readonly review = $derived(this.queue[0] ?? null);

	/** `onimported` hears each stored workshop (to say so). */
	constructor(private readonly onimported: (w: Workshop) => void) {}

	/** Reads a batch of files; never throws (a file that cannot be read is a refusal). */
	async add(files: FileList | File[]): Promise<void> {
		this.errors = [];
		for (const file of Array.from(files)) {
			const result = await workshops.readImportFile(file);
			if (!result.ok) {
				this.errors = [...this.errors, m.import_refused({ name: file.name, reason: result.error })];
				continue;
			}
			this.queue = [
				...this.queue,
				{
					bundle: result.value,
					existing: await workshops.existingWorkshop(result.value.workshop.id)
				}
			];
		}
	}

	/** The user's decision on the file under review. */
	async choose(choice: 'replace' | 'copy' | 'cancel'): Promise<void> {
		const pending = this.review;
		this.queue = this.queue.slice(1);
		if (!pending || choice === 'cancel') return;
		const w = await workshops.importBundle(pending.bundle, choice);
		if (w) this.onimported(w);
	}
}
