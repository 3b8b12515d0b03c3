import { describe, expect, it } from 'vitest';
import { GoneError, type GoneCode } from '$lib/domain/errors';
import { inLocale } from './locale';
import { goneText, saveFailureText, unexpectedText } from './errors';

const CODES: GoneCode[] = ['workshop-gone', 'item-gone'];

describe('goneText', () => {
	it('words every code in English and Spanish', async () => {
		for (const code of CODES) {
			const en = await inLocale('en', () => goneText(code));
			const es = await inLocale('es', () => goneText(code));
			expect(en).toMatch(/no longer exists/);
			expect(es).toMatch(/ya no existe/);
			expect(new GoneError(code).code).toBe(code);
		}
	});
});

describe('saveFailureText', () => {
	const dexieAbort = Object.assign(new Error('Transaction aborted: QuotaExceededError'), {
		name: 'AbortError',
		inner: { name: 'QuotaExceededError', message: 'The quota has been exceeded.' }
	});
	const replaced = Object.assign(new Error('Convene was upgraded in another tab.'), {
		name: 'DatabaseReplacedError'
	});
	const unknown = Object.assign(new Error('Internal error opening backing store'), {
		name: 'UnknownError'
	});

	it('words a full disk, a gone workshop and a newer Convene in both languages', async () => {
		for (const locale of ['en', 'es'] as const) {
			const texts = await inLocale(locale, () =>
				[dexieAbort, new GoneError('workshop-gone'), replaced].map(saveFailureText)
			);
			expect(texts[0]).toMatch(locale === 'en' ? /storage is full/ : /almacenamiento .* lleno/);
			expect(texts[1]).toMatch(locale === 'en' ? /no longer exists/ : /ya no existe/);
			expect(texts[2]).toMatch(locale === 'en' ? /another tab/ : /otra pestaña/);
		}
	});

	it('never shows a browser’s English message: a sentence in the language, with the error’s type', async () => {
		const es = await inLocale('es', () =>
			[unknown, new TypeError('x is undefined'), 'boom', null].map(saveFailureText)
		);
		expect(es[0]).toBe(
			'el navegador no pudo guardarlo (UnknownError). Vuelva a cargar la página; si vuelve a ocurrir, exporte una copia de seguridad.'
		);
		expect(es[1]).toContain('(TypeError)');
		expect(es.slice(2).every((t) => t.includes('(Error)'))).toBe(true);
		expect(es.join(' ')).not.toMatch(/backing store|undefined|boom/);
	});

	it('keeps a hostile error name out of the sentence', async () => {
		const odd = Object.assign(new Error('x'), { name: '<img src=x onerror=alert(1)>' });
		expect(await inLocale('en', () => saveFailureText(odd))).toContain('(Error)');
	});
});

describe('unexpectedText', () => {
	it('names the error’s type in the interface’s language, never its English message', async () => {
		const error = new TypeError('Cannot read properties of undefined');
		const [en, es] = await Promise.all([
			inLocale('en', () => unexpectedText(error)),
			inLocale('es', () => unexpectedText(error))
		]);
		expect(en).toMatch(/^an unexpected error stopped it \(TypeError\)/);
		expect(es).toMatch(/^un error inesperado lo detuvo \(TypeError\)/);
		expect(en + es).not.toContain('Cannot read');
	});
});
