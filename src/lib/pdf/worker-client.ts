/**
 * The page's side of the plan worker (plan.worker.ts): one worker, started on first use, asked for
 * one PDF at a time. A newer request supersedes an unfinished one (the worker is restarted, so a
 * stale 5-second layout never delays the fresh one). Nothing here blocks the main thread: the only
 * work on it is copying the workshop into the message.
 */

import type { WorkshopBundle } from '$lib/domain/types';
import type { PlanSectionId } from './plan-model';
import type { FontUrls } from './load';

export interface PlanRequest {
	id: number;
	bundle: WorkshopBundle;
	sections: readonly PlanSectionId[];
	now: number;
	locale?: string;
	fonts: FontUrls;
}

export type PlanResponse =
	| { id: number; type: 'fonts'; ids: string[] }
	| { id: number; type: 'progress'; done: number; total: number }
	| {
			id: number;
			type: 'done';
			bytes: ArrayBuffer;
			pages: number;
			sectionPages: Partial<Record<PlanSectionId, number>>;
			unprintable: string[];
	  }
	| { id: number; type: 'error'; code: PlanErrorCode; name: string; message: string };

export type PlanPdf = Extract<PlanResponse, { type: 'done' }>;

/** Why the worker could not build the plan: a font it needs could not be loaded, or anything else. */
export type PlanErrorCode = 'font-unavailable' | 'failed';

/**
 * The worker's failure on the page's side: `code` for the words the page shows, `name` (the
 * original error's type) and `message` (English, for the console) as the worker saw them.
 */
export class PlanError extends Error {
	constructor(
		readonly code: PlanErrorCode,
		name: string,
		message: string
	) {
		super(message);
		this.name = name;
	}
}

/** Raised (and meant to be ignored) when a newer request replaced this one. */
export class Superseded extends Error {
	constructor() {
		super('superseded by a newer request');
	}
}

let worker: Worker | null = null;
let next = 1;
let running: { id: number; reject: (e: Error) => void } | null = null;

function start(): Worker {
	worker ??= new Worker(new URL('./plan.worker.ts', import.meta.url), { type: 'module' });
	return worker;
}

/**
 * Renders the plan in the worker. `onProgress` hears (sections done, sections in all). Rejects with
 * a `PlanError` (the worker's failure, with its code), or with `Superseded` when another call came
 * first.
 */
export function renderInWorker(
	request: Omit<PlanRequest, 'id'>,
	onProgress?: (done: number, total: number) => void
): Promise<PlanPdf> {
	if (running) {
		// The worker is busy with an older plan: stop it rather than wait for it.
		worker?.terminate();
		worker = null;
		running.reject(new Superseded());
		running = null;
	}
	const id = next++;
	const w = start();
	return new Promise<PlanPdf>((resolve, reject) => {
		running = { id, reject };
		const listen = (event: MessageEvent<PlanResponse>) => {
			const message = event.data;
			if (message.id !== id) return;
			if (message.type === 'progress') onProgress?.(message.done, message.total);
			if (message.type !== 'done' && message.type !== 'error') return;
			w.removeEventListener('message', listen);
			if (running?.id === id) running = null;
			if (message.type === 'done') resolve(message);
			else reject(new PlanError(message.code, message.name, message.message));
		};
		w.addEventListener('message', listen);
		w.addEventListener('error', (event) => {
			if (running?.id === id) running = null;
			reject(new Error(event.message || 'the PDF worker failed to start'));
		});
		w.postMessage({ ...request, id } satisfies PlanRequest);
	});
}
