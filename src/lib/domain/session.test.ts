import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from './demo';
import { readWorkshopFile, workshopFileText } from './file-format';
import {
	DEFAULT_PROJECTED_MAP,
	defaultSession,
	goTo,
	projectedMap,
	setProjectedMap
} from './session';

const agenda = buildDemoBundle('w', 0).agenda;

describe('the projector’s map in the session', () => {
	it('starts as the unfiltered network with nothing highlighted', () => {
		expect(projectedMap(defaultSession('w', agenda))).toEqual(DEFAULT_PROJECTED_MAP);
	});

	it('changes only what is asked, and returns the same session when nothing changes', () => {
		const s = setProjectedMap(defaultSession('w', agenda), { view: 'rings', highlightId: 'p-1' });
		expect(projectedMap(s)).toEqual({ view: 'rings', sector: '', phase: null, highlightId: 'p-1' });
		expect(setProjectedMap(s, { view: 'rings' })).toBe(s);
		expect(projectedMap(setProjectedMap(s, { sector: 'housing', phase: 2 }))).toMatchObject({
			view: 'rings',
			sector: 'housing',
			phase: 2
		});
	});

	it('survives moving between steps', () => {
		const s = setProjectedMap(defaultSession('w', agenda), { view: 'grid' });
		expect(projectedMap(goTo(s, agenda[3].id)).view).toBe('grid');
	});

	it('travels in the workshop file, and a hostile value is refused', () => {
		const bundle = buildDemoBundle('w', Date.UTC(2026, 10, 30));
		bundle.session = setProjectedMap(defaultSession('w', bundle.agenda), {
			view: 'grid',
			highlightId: bundle.partners[0].id
		});
		const read = readWorkshopFile(workshopFileText(bundle));
		expect(read.ok && read.value.session?.mapView).toEqual({
			view: 'grid',
			sector: '',
			phase: null,
			highlightId: bundle.partners[0].id
		});
		const file = JSON.parse(workshopFileText(bundle));
		file.workshop.session.mapView.view = '<script>';
		expect(readWorkshopFile(JSON.stringify(file)).ok).toBe(false);
	});
});
