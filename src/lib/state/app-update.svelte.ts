/**
 * Whether a new version of Convene is installed and waiting (service worker update). It is announced,
 * never forced: the waiting version takes over only when the user chooses "Reload", after every
 * pending edit has been flushed.
 */

import { saveStatus } from './save-status.svelte';

/** How often an open tab asks the host whether a new version exists (the browser also asks on load). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

class AppUpdate {
	#waiting = $state.raw<ServiceWorker | null>(null);
	#applying = false;

	get ready(): boolean {
		return this.#waiting !== null;
	}

	/** Starts watching for a waiting version; returns a function that stops watching. */
	watch(): () => void {
		if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return () => {};
		const container = navigator.serviceWorker;
		let stopped = false;
		let timer: ReturnType<typeof setInterval> | undefined;
		const onControllerChange = () => {
			// Only the reload the user asked for; a first install taking control is not a reason to reload.
			if (this.#applying) location.reload();
		};
		container.addEventListener('controllerchange', onControllerChange);
		void container.ready.then((registration) => {
			if (stopped) return;
			const check = () => {
				// A waiting worker with an active one in charge is an update (the first install never waits).
				if (registration.waiting && registration.active) this.#waiting = registration.waiting;
			};
			check();
			registration.addEventListener('updatefound', () => {
				const incoming = registration.installing;
				incoming?.addEventListener('statechange', check);
			});
			timer = setInterval(() => void registration.update().catch(() => {}), CHECK_EVERY_MS);
		});
		return () => {
			stopped = true;
			clearInterval(timer);
			container.removeEventListener('controllerchange', onControllerChange);
		};
	}

	/** Saves what is pending, then lets the waiting version take over; the page reloads when it has. */
	apply(): void {
		const waiting = this.#waiting;
		if (!waiting) return;
		saveStatus.flushAll();
		this.#applying = true;
		waiting.postMessage({ type: 'SKIP_WAITING' });
	}

	/** For tests and the "not now" choice. */
	dismiss(): void {
		this.#waiting = null;
	}
}

export const appUpdate = new AppUpdate();
