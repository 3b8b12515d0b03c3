/**
 * CSV exports of a workshop (partners, people, actions) for spreadsheets. Pure.
 *
 * RFC 4180 quoting (fields with commas, quotes or line breaks are quoted, quotes doubled), CRLF rows,
 * and a UTF-8 byte order mark so Excel reads "Clínica" and "Łódź" right. Cells that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or carriage return) get a leading ' — the
 * usual defence against CSV injection; the text stays readable.
 */

import { t } from '$lib/i18n/messages';
import type { LiveBundle } from './types';
import { actionStatusLabel, decisionName, roleLabel } from '$lib/i18n/labels';
import { phaseByNumber } from './content';
import { safeFileName } from './filenames';

export type CsvKind = 'partners' | 'people' | 'actions';

/**
 * The file name of one CSV export: `<title>-<kind>-<YYYY-MM-DD>.csv`. The kind always survives, however
 * long the title (the title is cut first), so the three files of one workshop never overwrite each other.
 */
export function csvFileName(title: string, kind: CsvKind, day: string): string {
	return safeFileName(title, day, 'csv', kind);
}

export const BOM = '\uFEFF';

export function csvCell(value: string | number | null | undefined): string {
	let text = value === null || value === undefined ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
	return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const phaseName = (n: number) => (n === 0 ? t('plan.phase.candidate') : `${n} · ${phaseByNumber(n)?.title ?? ''}`);

/**
 * One row per partner. `sectorLabel` turns a stored sector (a preset code such as `behavioral-health`,
 * or a label the team typed) into the words the map's legend shows; the domain holds no labels itself.
 */
export function partnersCsv(b: LiveBundle, sectorLabel: (sector: string) => string): string {
	return toCsv(
		[
			t('plan.csv.id'),
			t('plan.person.name'),
			t('plan.partner.sector'),
			t('plan.partner.phase'),
			t('plan.csv.influence'),
			t('plan.csv.interest'),
			t('plan.partner.sharedGoal'),
			t('plan.partner.capacities'),
			t('plan.partner.value'),
			t('plan.partner.population'),
			t('plan.partner.terms'),
			t('plan.partner.notes'),
			t('plan.csv.decision'),
			t('plan.csv.decisionReason'),
			t('plan.csv.decisionDate'),
			t('plan.csv.people')
		],
		b.partners.map((p) => [
			p.id,
			p.name,
			p.sector ? sectorLabel(p.sector) : '',
			phaseName(p.phase),
			p.influence,
			p.interest,
			p.sharedGoal,
			p.capacities,
			p.valueWeOffer,
			p.overlappingPopulation,
			p.relationshipTerms,
			p.notes,
			p.decision ? decisionName(p.decision.kind) : '',
			p.decision?.reason ?? '',
			p.decision?.date ?? '',
			b.people.filter((x) => x.partnerId === p.id).length
		])
	);
}

export function peopleCsv(b: LiveBundle): string {
	const partners = new Map(b.partners.map((p) => [p.id, p.name]));
	return toCsv(
		[t('plan.person.name'), t('plan.person.title'), t('plan.phase.partner'), t('plan.person.roles'), t('plan.person.contact'), t('plan.csv.partnerId')],
		b.people.map((x) => [x.name, x.title, partners.get(x.partnerId) ?? '', x.roles.map((r) => roleLabel(r)).join('; '), x.contact, x.partnerId])
	);
}

export function actionsCsv(b: LiveBundle): string {
	const partners = new Map(b.partners.map((p) => [p.id, p.name]));
	const list = [...b.actions].sort((a, c) => a.order - c.order || (a.id < c.id ? -1 : 1));
	return toCsv(
		[t('plan.actions.number'), t('plan.actions.action'), t('plan.actions.partner'), t('plan.actions.owner'), t('plan.actions.due'), t('plan.actions.status'), t('plan.csv.partnerId')],
		list.map((a, i) => [i + 1, a.title, partners.get(a.partnerId) ?? '', a.owner, a.dueDate, actionStatusLabel(a.status), a.partnerId])
	);
}
