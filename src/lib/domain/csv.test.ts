import { describe, expect, it } from 'vitest';
import { BOM, actionsCsv, csvCell, csvFileName, partnersCsv, peopleCsv, toCsv } from './csv';
import { sectorStyle } from '$lib/map/sectors';
import { buildDemoBundle } from './demo';
import { csvLabels } from '$lib/i18n/csv';

/** A small RFC 4180 reader, to check that what we write reads back cell for cell. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	const endCell = () => {
		row.push(cell);
		cell = '';
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') endCell();
		else if (ch === '\r' && text[i + 1] === '\n') {
			endCell();
			rows.push(row);
			row = [];
			i++;
		} else cell += ch;
	}
	return rows;
}

describe('csvCell', () => {
	it('leaves plain text alone', () => {
		expect(csvCell('Food Bank of the Valley')).toBe('Food Bank of the Valley');
		expect(csvCell(42)).toBe('42');
		expect(csvCell(null)).toBe('');
	});
	it('quotes commas, quotes and line breaks, doubling quotes', () => {
		expect(csvCell('Smith, Jones & Co')).toBe('"Smith, Jones & Co"');
		expect(csvCell('The "best" partner')).toBe('"The ""best"" partner"');
		expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
		expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
	});
	it('neutralises cells a spreadsheet would run as formulas', () => {
		expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
		expect(csvCell('+1+1')).toBe("'+1+1");
		expect(csvCell('-2')).toBe("'-2");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\tcmd')).toBe("'\tcmd");
		expect(csvCell('a=b')).toBe('a=b');
	});
	it('keeps Unicode, emoji, right-to-left and markup as text', () => {
		for (const s of [
			'Łódź',
			'Ελληνική',
			'Общество',
			'Nguyễn',
			'🤝 partners',
			'שותפות',
			'<script>alert(1)</script>'
		]) {
			expect(parseCsv(toCsv(['x'], [[s]]).slice(1))[1][0]).toBe(s);
		}
	});
});

describe('toCsv', () => {
	it('starts with a BOM, ends rows with CRLF, and reads back cell for cell', () => {
		const rows = [
			['Smith, Jones', 'He said "hi"', 'two\nlines'],
			['=1+1', '', 'x'.repeat(10_000)]
		];
		const text = toCsv(['a', 'b', 'c'], rows);
		expect(text.startsWith(BOM)).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
		const parsed = parseCsv(text.slice(1));
		expect(parsed).toEqual([['a', 'b', 'c'], rows[0], ["'=1+1", '', 'x'.repeat(10_000)]]);
	});
});

describe('workshop CSV exports', () => {
	const bundle = buildDemoBundle('w', Date.UTC(2025, 4, 14, 12));
	const label = csvLabels((sector: string) => sectorStyle(sector).label);
	it('names sectors by their label, not their code; a typed sector stays as typed', () => {
		const custom = {
			...bundle,
			partners: [
				...bundle.partners,
				{ ...bundle.partners[0], id: 'p-custom', sector: 'Tribal council' }
			]
		};
		const rows = parseCsv(partnersCsv(custom, label).slice(1));
		const sectorOf = (id: string) => rows.find((r) => r[0] === id)?.[2];
		expect(rows[0][2]).toBe('Sector');
		expect(sectorOf('p-valle-hospital')).toBe('Hospital / health system');
		expect(sectorOf('p-custom')).toBe('Tribal council');
		expect(rows.slice(1).map((r) => r[2])).not.toContain('behavioral-health');
		expect(rows.slice(1).every((r) => !/^[a-z]+(-[a-z]+)+$/.test(r[2]))).toBe(true);
	});
	it('lists every partner with its fields', () => {
		const rows = parseCsv(partnersCsv(bundle, label).slice(1));
		expect(rows).toHaveLength(bundle.partners.length + 1);
		expect(rows.map((r) => r[1])).toEqual(['Name', ...bundle.partners.map((p) => p.name)]);
		const hospital = rows.find((r) => r[0] === 'p-valle-hospital')!;
		expect(hospital[6]).toBe(bundle.partners.find((p) => p.id === 'p-valle-hospital')!.sharedGoal);
		expect(hospital[15]).toBe('3');
	});
	it('lists every person with their partner and roles', () => {
		const rows = parseCsv(peopleCsv(bundle, label).slice(1));
		expect(rows).toHaveLength(bundle.people.length + 1);
		expect(rows.find((r) => r[0] === 'Nguyễn Thị Lan')?.[2]).toBe(
			'Alder County Public Health Department'
		);
		expect(rows.find((r) => r[0] === 'Dr. Helen Marchetti')?.[3]).toBe(
			'makes decisions; allocates resources'
		);
	});
	it('lists every action in plan order', () => {
		const rows = parseCsv(actionsCsv(bundle, label).slice(1));
		expect(rows.slice(1).map((r) => r[1])).toEqual(bundle.actions.map((a) => a.title));
		expect(rows[1][5]).toBe('Doing');
	});
});

describe('csvFileName', () => {
	it('keeps the three files of a long-titled workshop apart: the title is cut before the kind is added', () => {
		const title =
			'Regional Convening on Cross-Sector Partnerships for Whole-Person Care in the Central Valley, Spring Session';
		const names = (['partners', 'people', 'actions'] as const).map((kind) =>
			csvFileName(title, kind, '2026-11-30')
		);
		expect(new Set(names).size).toBe(3);
		expect(names[0]).toMatch(/^regional-convening-on-.*-partners-2026-11-30\.csv$/);
		expect(names[1]).toMatch(/-people-2026-11-30\.csv$/);
		expect(names[2]).toMatch(/-actions-2026-11-30\.csv$/);
	});
	it('short titles read as before', () => {
		expect(csvFileName('ROOTS convening', 'people', '2026-11-30')).toBe(
			'roots-convening-people-2026-11-30.csv'
		);
	});
});
