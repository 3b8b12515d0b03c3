/** Made-up partners and connections of any size, for layout tests and the layout benchmark. Pure. */

import { randomLcg } from 'd3-random';
import { SECTORS } from '$lib/map/sectors';
import type { MapConnection, MapPartner } from '$lib/map/layout';

const WORDS = [
	'Valley',
	'County',
	'Community',
	'Health',
	'Family',
	'Housing',
	'Food',
	'Alliance',
	'Center',
	'Services',
	'Network',
	'Trust',
	'Partners',
	'Clinic',
	'Coalition',
	'Foundation'
];

export function syntheticMap(
	count: number,
	seed = 7
): { partners: MapPartner[]; connections: MapConnection[] } {
	const random = randomLcg(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
	const partners: MapPartner[] = Array.from({ length: count }, (_, i) => ({
		id: `p-${String(i).padStart(4, '0')}`,
		// Realistic lengths: two to five words, some long enough to wrap.
		name:
			Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(WORDS)).join(' ') +
			` ${i + 1}`,
		sector: pick(SECTORS).id,
		phase: Math.floor(random() * 7) as MapPartner['phase'],
		influence: 1 + Math.floor(random() * 5),
		interest: 1 + Math.floor(random() * 5),
		x: null,
		y: null,
		pinned: false
	}));
	const connections: MapConnection[] = [];
	for (let i = 1; i < count; i++) {
		const links = random() < 0.3 ? 2 : 1;
		for (let k = 0; k < links; k++) {
			const j = Math.floor(random() * i);
			connections.push({
				id: `c-${i}-${k}`,
				sourceId: partners[i].id,
				targetId: partners[j].id,
				strength: 1 + Math.floor(random() * 3)
			});
		}
	}
	return { partners, connections };
}
