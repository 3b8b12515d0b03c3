/**
 * A Svelte action that scales a projector screen's type to fit its box: it sets the CSS variable
 * `--fit` to the largest value in [min, 1] at which nothing overflows, re-measuring on resize and
 * whenever `key` changes. Below `min` it stops shrinking (text stays readable) and the box scrolls.
 */

export function fit(node: HTMLElement, params: { key: unknown; min?: number }) {
	let min = params.min ?? 0.8;
	let frame = 0;

	const overflows = () => node.scrollHeight > node.clientHeight + 1;
	const measure = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => {
			let lo = min;
			let hi = 1;
			node.style.setProperty('--fit', '1');
			if (!overflows()) {
				node.dataset.overflow = 'false';
				return;
			}
			// Binary search: seven steps get within 1% of the best scale.
			for (let i = 0; i < 7; i++) {
				const mid = (lo + hi) / 2;
				node.style.setProperty('--fit', String(mid));
				if (overflows()) hi = mid;
				else lo = mid;
			}
			node.style.setProperty('--fit', String(lo));
			node.dataset.overflow = String(overflows());
		});
	};

	const observer = new ResizeObserver(measure);
	observer.observe(node);
	measure();

	return {
		update(next: { key: unknown; min?: number }) {
			min = next.min ?? 0.8;
			measure();
		},
		destroy() {
			cancelAnimationFrame(frame);
			observer.disconnect();
		}
	};
}
