import { afterEach, describe, expect, it } from 'vitest';
import * as c from './content';
import { CONTENT_ES } from './content.es';
import { CATALOGUE_ES } from './content.es.catalogue';
import { useCatalogueLanguage } from './catalogue-language';
import { useContentLanguage } from './content-language';
import { MODULES } from './modules';
import { TEMPLATES, agendaFromTemplate } from './templates';

afterEach(() => useContentLanguage(null));

describe('module and template names alone (the home page)', () => {
	it('are the same texts as the whole Spanish content', () => {
		expect(CONTENT_ES.modules).toBe(CATALOGUE_ES.modules);
		expect(CONTENT_ES.templates).toBe(CATALOGUE_ES.templates);
	});

	it('put template cards and new agendas in Spanish and leave the rest of the content English', () => {
		const englishPitfall = c.PITFALLS[0].text;
		useCatalogueLanguage(CATALOGUE_ES);
		expect(TEMPLATES[0].title).toBe(CATALOGUE_ES.templates['partnership-design'].title);
		expect(TEMPLATES[2].description).toBe(CATALOGUE_ES.templates.blank.description);
		expect(agendaFromTemplate('w', 'partnership-design')[0].title).toBe(
			CATALOGUE_ES.modules.momentum.title
		);
		expect(c.PITFALLS[0].text).toBe(englishPitfall);
	});

	it('come back in English with the rest, also after the whole content was put on top', () => {
		const englishTitle = TEMPLATES[0].title;
		const englishModule = MODULES[0].title;
		useCatalogueLanguage(CATALOGUE_ES);
		useContentLanguage(CONTENT_ES);
		expect(c.PITFALLS[0].text).toBe(CONTENT_ES.items['pitfall-1']);
		useContentLanguage(null);
		expect(TEMPLATES[0].title).toBe(englishTitle);
		expect(MODULES[0].title).toBe(englishModule);
		useCatalogueLanguage(CATALOGUE_ES);
		useContentLanguage(null);
		expect(TEMPLATES[0].title).toBe(englishTitle);
	});
});
