// The relay's refusal log: one line per refusal, at most a few lines a window, then one line that
// says how many more were not written (a flood of refusals must not become a flood of log).

/** Lines written per window, and the window (ms). */
const LINES = 10;
const WINDOW_MS = 10_000;

/**
 * A rate-limited line writer: `write(line)` writes the first line of `line` unless this window
 * already has `lines` of them; the count of those left out is written when the next one is.
 * @param {(line: string) => void} [out]
 * @param {{ lines?: number, windowMs?: number }} [options]
 */
export function rateLimitedLog(out = (line) => console.log(line), options = {}) {
	const lines = options.lines ?? LINES;
	const windowMs = options.windowMs ?? WINDOW_MS;
	let windowStart = -Infinity;
	let written = 0;
	let skipped = 0;
	/** @param {string} line */
	return (line) => {
		const now = performance.now();
		if (now - windowStart >= windowMs) {
			if (skipped > 0) out(`relay: ${skipped} more refusals not logged`);
			windowStart = now;
			written = 0;
			skipped = 0;
		}
		if (written >= lines) {
			skipped++;
			return;
		}
		written++;
		out(String(line).split('\n')[0].slice(0, 300));
	};
}

/**
 * In the relay's own process: whatever a library writes to `console.error` (Hocuspocus logs a
 * malformed update with its stack) goes through the same limit, one line each.
 */
export function limitConsoleErrors() {
	const write = rateLimitedLog((line) => process.stderr.write(`${line}\n`));
	console.error = (...args) =>
		write(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
}
