/**
 * CSV exports of a workshop (partners, people, actions) for spreadsheets. Pure.
 *
 * RFC 4180 quoting (fields with commas, quotes or line breaks are quoted, quotes doubled), CRLF rows,
 * and a UTF-8 byte order mark so Excel reads "Clínica" and "Łódź" right. Cells that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or carriage return) get a leading ' — the
 * usual defence against CSV injection; the text stays readable.
 */

import { m } from '$lib/paraglide/messages.js';
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

export function toCsv(
	header: readonly string[],
	rows: readonly (readonly (string | number | null | undefined)[])[]
): string {
	return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const phaseName = (n: number) =>
	n === 0 ? m.plan_phase_candidate() : `${n} · ${phaseByNumber(n)?.title ?? ''}`;

/**
 * One row per partner. `sectorLabel` turns a stored sector (a preset code such as `behavioral-health`,
 * or a label the team typed) into the words the map's legend shows; the domain holds no labels itself.
 */
export function partnersCsv(b: LiveBundle, sectorLabel: (sector: string) => string): string {
	return toCsv(
		[
			m.plan_csv_id(),
			m.plan_person_name(),
			m.plan_partner_sector(),
			m.plan_partner_phase(),
			m.plan_csv_influence(),
			m.plan_csv_interest(),
			m.plan_partner_sharedGoal(),
			m.plan_partner_capacities(),
			m.plan_partner_value(),
			m.plan_partner_population(),
			m.plan_partner_terms(),
			m.plan_partner_notes(),
			m.plan_csv_decision(),
			m.plan_csv_decisionReason(),
			m.plan_csv_decisionDate(),
			m.plan_csv_people()
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
		[
			m.plan_person_name(),
			m.plan_person_title(),
			m.plan_phase_partner(),
			m.plan_person_roles(),
			m.plan_person_contact(),
			m.plan_csv_partnerId()
		],
		b.people.map((x) => [
			x.name,
			x.title,
			partners.get(x.partnerId) ?? '',
			x.roles.map((r) => roleLabel(r)).join('; '),
			x.contact,
			x.partnerId
		])
	);
}

export function actionsCsv(b: LiveBundle): string {
	const partners = new Map(b.partners.map((p) => [p.id, p.name]));
	const list = [...b.actions].sort((a, c) => a.order - c.order || (a.id < c.id ? -1 : 1));
	return toCsv(
		[
			m.plan_actions_number(),
			m.plan_actions_action(),
			m.plan_actions_partner(),
			m.plan_actions_owner(),
			m.plan_actions_due(),
			m.plan_actions_status(),
			m.plan_csv_partnerId()
		],
		list.map((a, i) => [
			i + 1,
			a.title,
			partners.get(a.partnerId) ?? '',
			a.owner,
			a.dueDate,
			actionStatusLabel(a.status),
			a.partnerId
		])
	);
}
