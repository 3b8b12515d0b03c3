/**
 * Scrolls the page while a step is dragged near the window's top or bottom edge, so that a step can
 * be dropped on a target that was off-screen (the keyboard's Move up / Move down need no help).
 * Browsers scroll a page during a drag only at its very edge, and not at all for a drag that Chrome
 * synthesises: this does it from the drag's own events, and stops when the drag ends.
 */

/** How near an edge (px) the pointer scrolls the page, and the fastest it scrolls (px a frame). */
const EDGE = 80;
const FASTEST = 24;

/** Starts following the current drag in `win`; it stops by itself on drop or dragend. */
export function autoScrollWhileDragging(win: Window): void {
	let speed = 0;
	let frame = 0;
	const step = () => {
		frame = 0;
		if (speed === 0) return;
		win.scrollBy(0, speed);
		frame = win.requestAnimationFrame(step);
	};
	const over = (e: DragEvent) => {
		const y = e.clientY;
		const height = win.innerHeight;
		speed =
			y < EDGE
				? -Math.ceil(((EDGE - y) / EDGE) * FASTEST)
				: y > height - EDGE
					? Math.ceil(((y - (height - EDGE)) / EDGE) * FASTEST)
					: 0;
		// Each dragover scrolls once (browsers repeat it while the pointer rests during a drag), and a
		// frame loop keeps scrolling between them.
		if (speed !== 0) win.scrollBy(0, speed);
		if (speed !== 0 && frame === 0) frame = win.requestAnimationFrame(step);
	};
	const stop = () => {
		speed = 0;
		if (frame) win.cancelAnimationFrame(frame);
		frame = 0;
		win.removeEventListener('dragover', over, true);
		win.removeEventListener('drop', stop, true);
		win.removeEventListener('dragend', stop, true);
	};
	win.addEventListener('dragover', over, true);
	win.addEventListener('drop', stop, true);
	win.addEventListener('dragend', stop, true);
}
