/**
 * The home organisation as a map node (file format 2): which id it gets, what the row looks like,
 * and the lossless upgrade of version-1 content (partners gain `home: false`; a workshop with an
 * organisation gains one home partner). Pure and deterministic: the same content gives the same rows.
 */

import type { WorkshopContentV2 } from './file-v2';
import type { Partner } from './types';

/** A version-1 partner: everything but `home`. */
export type PartnerV1 = Omit<Partner, 'home'>;

/** Version-1 content: as today's, with partners that have no `home` field. */
export type WorkshopContentV1 = Omit<WorkshopContentV2, 'partners'> & {
	partners: Omit<PartnerV1, 'workshopId'>[];
};

/** `home`, or `home-2`, `home-3`… when the id is taken (a v1 file may use any id). */
export function homePartnerId(taken: ReadonlySet<string>): string {
	if (!taken.has('home')) return 'home';
	let n = 2;
	while (taken.has(`home-${n}`)) n++;
	return `home-${n}`;
}

/**
 * A new partner row (without workshopId) with every field at its default: a candidate (phase 0) of
 * middling influence and interest, nothing recorded, not placed, not the home organisation. `time`
 * (ms since 1970) stamps createdAt and updatedAt; `fields` override any default.
 */
export function blankPartner(
	fields: Partial<Omit<Partner, 'workshopId'>> & Pick<Partner, 'id' | 'name' | 'sector'>,
	time: number
): Omit<Partner, 'workshopId'> {
	// Keys in the file schema's order (spreading `rest` keeps the order of keys already here).
	const { id, name, sector, ...rest } = fields;
	return {
		id,
		name,
		sector,
		phase: 0,
		influence: 3,
		interest: 3,
		sharedGoal: '',
		capacities: '',
		valueWeOffer: '',
		overlappingPopulation: '',
		relationshipTerms: '',
		notes: '',
		decision: null,
		x: null,
		y: null,
		pinned: false,
		createdAt: time,
		updatedAt: time,
		// Last, as the file schema lists it, so that an upgraded file and a re-read one print the same.
		home: false,
		...rest
	};
}

/**
 * The home organisation's partner row (without workshopId): the team itself, with the sector chosen
 * when the workshop was created (`internal` for a version-1 file, as its upgrade is documented);
 * `time` (ms) stamps createdAt/updatedAt so that an upgrade is deterministic. Its phase (0) means
 * nothing: it is shown nowhere, and the team is never a candidate nor given a status decision.
 */
export function homePartner(
	id: string,
	name: string,
	time: number,
	sector: Partner['sector'] = 'internal'
): Omit<Partner, 'workshopId'> {
	return blankPartner({ id, name, sector, influence: 5, interest: 5, home: true }, time);
}

/**
 * Upgrades version-1 content: every partner gets `home: false`; when the workshop names an
 * organisation, a home partner with that name is added first (stamped with the workshop's
 * createdAt). Nothing is dropped or renamed, so the upgrade is lossless.
 */
export function restoreContentV1(content: WorkshopContentV1): WorkshopContentV2 {
	const partners = content.partners.map((p) => ({ ...p, home: false }));
	const organisation = content.workshop.organisation.trim();
	if (organisation !== '') {
		const id = homePartnerId(new Set(partners.map((p) => p.id)));
		partners.unshift(homePartner(id, organisation, content.workshop.createdAt));
	}
	return { ...content, partners };
}

/** The workshop's home partner, if it has one. */
export function homeOf<P extends Pick<Partner, 'home'>>(partners: readonly P[]): P | undefined {
	return partners.find((p) => p.home);
}

/** Partners other than the home organisation (selection, health rules about partners, profiles). */
export function externalPartners<P extends Pick<Partner, 'home'>>(partners: readonly P[]): P[] {
	return partners.filter((p) => !p.home);
}
