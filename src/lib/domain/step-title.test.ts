import { afterEach, describe, expect, it } from 'vitest';
import { useContentLanguage } from './content-language';
import { CONTENT_ES } from './content.es';
import { stepTitle } from './step-title';

afterEach(() => useContentLanguage(null));

describe('stepTitle', () => {
	it('shows a template step in the viewer’s language whichever language made it', () => {
		const english = { module: 'rubric' as const, title: 'Assess internally: capacity rubric' };
		expect(stepTitle(english)).toBe('Assess internally: capacity rubric');
		useContentLanguage(CONTENT_ES);
		const spanish = stepTitle(english);
		expect(spanish).toBe(CONTENT_ES.modules.rubric.title);
		useContentLanguage(null);
		expect(stepTitle({ module: 'rubric', title: spanish })).toBe(english.title);
	});

	it('keeps a step the facilitator renamed as typed', () => {
		useContentLanguage(CONTENT_ES);
		expect(stepTitle({ module: 'rubric', title: 'Our own rubric' })).toBe('Our own rubric');
	});
});
