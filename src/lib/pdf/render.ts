/**
 * The one module that calls jsPDF: lays a `PlanDocument` out on US Letter pages, with the embedded
 * DejaVu Sans for any script, tables through jspdf-autotable and the map as vector graphics through
 * svg2pdf. Load it ONLY with `import()`: it carries jsPDF (about 150 kB gzip) that the rest of the
 * app must not pay for.
 *
 * User text is only ever passed to jsPDF as text. Paragraphs are broken into lines and placed line by
 * line, and table rows split between lines, so nothing is cut at a page break.
 */

import { jsPDF } from 'jspdf';
import { autoTable, type UserOptions } from 'jspdf-autotable';
import { svg2pdf } from 'svg2pdf.js';
import type { Block, PlanDocument, PlanSection, PlanSectionId, TableColumn } from './plan-model';
import { mapFigureSvg } from './map-figure';
import { t } from '$lib/i18n/messages';

export interface PlanFonts {
	/** DejaVuSans.ttf and DejaVuSans-Bold.ttf as binary strings (see `fontBinary`). */
	regular: string;
	bold: string;
}

export interface RenderOptions {
	fonts: PlanFonts;
	/** An SVG document (string or element) to embed as the stakeholder map instead of the plan's own grid. */
	mapSvg?: string | SVGSVGElement;
}

export interface RenderedPlan {
	blob: Blob;
	pages: number;
	/** The page each section starts on. */
	sectionPages: Partial<Record<PlanSectionId, number>>;
}

/** An ArrayBuffer as the binary string jsPDF's virtual file system expects. */
export function fontBinary(buffer: ArrayBuffer): string {
	const bytes = new Uint8Array(buffer);
	let out = '';
	for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return out;
}

const FONT = 'DejaVuSans';
const FONT_BOLD = 'DejaVuSansBold';
const PAGE = { width: 612, height: 792 };
const MARGIN = { left: 54, right: 54, top: 74, bottom: 62 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;

const INK: [number, number, number] = [28, 40, 46];
const MUTED: [number, number, number] = [88, 102, 110];
const ACCENT: [number, number, number] = [22, 92, 104];
const RULE: [number, number, number] = [210, 218, 222];

const BODY = { size: 10, line: 14.5 };

class Layout {
	doc: jsPDF;
	y = MARGIN.top;
	/** The section that each page belongs to (for the running header), by page number. */
	pageSection: string[] = [];
	#glyphs: Record<number, number>;

	constructor(doc: jsPDF) {
		this.doc = doc;
		const font = (doc as unknown as { internal: { getFont: (n: string, s: string) => { metadata: { cmap: { unicode: { codeMap: Record<number, number> } } } } } }).internal.getFont(FONT, 'normal');
		this.#glyphs = font.metadata.cmap.unicode.codeMap;
	}

	/** Text the font can print: characters it has no glyph for (most emoji) become □, joiners vanish. */
	clean(text: string): string {
		let out = '';
		for (const ch of text.replace(/\r\n?/g, '\n')) {
			const code = ch.codePointAt(0) ?? 0;
			if (ch === '\n' || ch === '\t') out += ch === '\t' ? ' ' : ch;
			else if (code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0x1f3fb && code <= 0x1f3ff) || code < 0x20) continue;
			else if (code <= 0xffff && this.#glyphs[code]) out += ch;
			else out += '□';
		}
		return out;
	}

	font(size: number, bold = false, colour = INK) {
		this.doc.setFont(FONT, bold ? 'bold' : 'normal');
		this.doc.setFontSize(size);
		this.doc.setTextColor(...colour);
	}

	newPage(section: string) {
		this.doc.addPage();
		this.y = MARGIN.top;
		this.pageSection[this.doc.getNumberOfPages()] = section;
	}

	/** Starts a new page unless `height` still fits on this one. */
	ensure(height: number, section: string) {
		if (this.y + height > BOTTOM) this.newPage(section);
	}

	lines(text: string, width: number): string[] {
		return this.doc.splitTextToSize(this.clean(text), width) as string[];
	}

	/** Writes wrapped text line by line, breaking pages between lines. */
	write(lines: string[], x: number, lineHeight: number, section: string) {
		for (const line of lines) {
			this.ensure(lineHeight, section);
			this.doc.text(line, x, this.y + lineHeight * 0.72);
			this.y += lineHeight;
		}
	}
}

function columnStyles(columns: TableColumn[]) {
	const total = columns.reduce((sum, c) => sum + (c.width ?? 1), 0);
	return Object.fromEntries(columns.map((c, i) => [i, { cellWidth: ((c.width ?? 1) / total) * WIDTH, halign: c.align ?? 'left' }]));
}

function table(l: Layout, options: UserOptions, section: string) {
	autoTable(l.doc, {
		startY: l.y,
		margin: { left: MARGIN.left, right: MARGIN.right, top: MARGIN.top, bottom: MARGIN.bottom },
		rowPageBreak: 'auto',
		showHead: 'everyPage',
		tableWidth: WIDTH,
		...options,
		didDrawPage: () => {
			const page = l.doc.getNumberOfPages();
			l.pageSection[page] ??= section;
		}
	});
	const last = (l.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable;
	l.y = last.finalY + 12;
}

function block(l: Layout, b: Block, section: string) {
	const { doc } = l;
	switch (b.kind) {
		case 'heading': {
			l.font(12.5, true, ACCENT);
			const lines = l.lines(b.text, WIDTH);
			l.ensure(lines.length * 17 + 8 + BODY.line * 3, section);
			l.y += 6;
			l.write(lines, MARGIN.left, 17, section);
			l.y += 4;
			return;
		}
		case 'paragraph': {
			const muted = b.tone === 'muted';
			l.font(muted ? 9 : BODY.size, false, muted ? MUTED : INK);
			l.write(l.lines(b.text, WIDTH), MARGIN.left, muted ? 13 : BODY.line, section);
			l.y += 8;
			return;
		}
		case 'question': {
			l.font(9.5, true, MUTED);
			const q = l.lines(b.question, WIDTH);
			l.font(BODY.size);
			const a = b.answer ? l.lines(b.answer, WIDTH) : [];
			// Keep the question with the first lines of its answer (or with the table it introduces).
			l.ensure(q.length * 13 + (a.length > 0 ? Math.min(a.length, 2) * BODY.line : 56) + 6, section);
			l.font(9.5, true, MUTED);
			l.write(q, MARGIN.left, 13, section);
			l.y += 3;
			if (a.length > 0) {
				l.font(BODY.size);
				l.write(a, MARGIN.left, BODY.line, section);
				l.y += 10;
			}
			return;
		}
		case 'list': {
			l.font(BODY.size);
			for (const item of b.items) {
				const lines = l.lines(item, WIDTH - 14);
				l.ensure(BODY.line * Math.min(lines.length, 2), section);
				doc.setTextColor(...ACCENT);
				doc.text('•', MARGIN.left + 2, l.y + BODY.line * 0.72);
				doc.setTextColor(...INK);
				l.write(lines, MARGIN.left + 14, BODY.line, section);
				l.y += 3;
			}
			l.y += 6;
			return;
		}
		case 'keyValues':
			l.ensure(BODY.line * 2, section);
			table(
				l,
				{
					theme: 'plain',
					body: b.rows.map((r) => [l.clean(r.key), l.clean(r.value)]),
					styles: { font: FONT, fontSize: 9.5, textColor: INK, cellPadding: { top: 2.5, bottom: 2.5, left: 0, right: 8 }, overflow: 'linebreak' },
					columnStyles: { 0: { cellWidth: 128, textColor: MUTED, fontStyle: 'bold', fontSize: 8.5 }, 1: { cellWidth: WIDTH - 128 } }
				},
				section
			);
			return;
		case 'table':
			l.ensure(48, section);
			table(
				l,
				{
					theme: 'grid',
					head: [b.columns.map((c) => l.clean(c.header))],
					body: b.rows.map((r) => r.map((cell) => l.clean(cell))),
					styles: { font: FONT, fontSize: 8.5, textColor: INK, cellPadding: 4, lineColor: RULE, lineWidth: 0.5, overflow: 'linebreak', valign: 'top' },
					headStyles: { fontStyle: 'bold', fillColor: [232, 240, 241], textColor: ACCENT, fontSize: 8 },
					alternateRowStyles: { fillColor: [249, 251, 251] },
					columnStyles: columnStyles(b.columns),
					// Headers line up with their column's content (numbers to the right).
					didParseCell: (data) => {
						if (data.section === 'head') data.cell.styles.halign = b.columns[data.column.index]?.align ?? 'left';
					}
				},
				section
			);
			return;
		case 'cover':
		case 'contents':
		case 'figure':
			return; // laid out by their own functions
	}
}

async function figure(l: Layout, svgSource: string | SVGSVGElement, caption: string, section: string) {
	let svg: SVGSVGElement;
	if (typeof svgSource === 'string') {
		const parsed = new DOMParser().parseFromString(l.clean(svgSource), 'image/svg+xml');
		if (parsed.querySelector('parsererror') || parsed.documentElement.nodeName !== 'svg') throw new Error('map figure is not valid SVG');
		svg = parsed.documentElement as unknown as SVGSVGElement;
	} else {
		svg = svgSource.cloneNode(true) as SVGSVGElement;
	}
	const box = svg.viewBox?.baseVal;
	const w = box && box.width ? box.width : Number(svg.getAttribute('width')) || WIDTH;
	const h = box && box.height ? box.height : Number(svg.getAttribute('height')) || WIDTH * 0.75;
	let width = WIDTH;
	let height = (h / w) * width;
	const room = BOTTOM - MARGIN.top - 40;
	if (height > room) {
		height = room;
		width = (w / h) * height;
	}
	l.ensure(height + 30, section);
	// svg2pdf measures text and boxes through the DOM: the element must be in the document while it works.
	const host = document.createElement('div');
	host.setAttribute('aria-hidden', 'true');
	host.style.cssText = 'position:fixed;left:-10000px;top:0;width:0;height:0;overflow:hidden';
	host.append(svg);
	document.body.append(host);
	l.font(10, false); // svg2pdf keeps the active weight for texts that do not change it
	try {
		await svg2pdf(svg, l.doc, { x: MARGIN.left + (WIDTH - width) / 2, y: l.y, width, height });
	} finally {
		host.remove();
	}
	l.y += height + 8;
	l.font(9, false, MUTED);
	l.write(l.lines(caption, WIDTH), MARGIN.left, 13, section);
	l.y += 10;
}

function cover(l: Layout, b: Extract<Block, { kind: 'cover' }>) {
	const { doc } = l;
	doc.setFillColor(...ACCENT);
	doc.rect(0, 0, PAGE.width, 12, 'F');
	let y = 220;
	l.font(11, true, ACCENT);
	doc.text(l.clean(b.kicker).toUpperCase(), MARGIN.left, y, { charSpace: 1.2 });
	y += 22;
	l.font(28, true);
	for (const line of l.lines(b.title, WIDTH).slice(0, 6)) {
		y += 32;
		doc.text(line, MARGIN.left, y);
	}
	y += 28;
	doc.setDrawColor(...ACCENT);
	doc.setLineWidth(1.5);
	doc.line(MARGIN.left, y, MARGIN.left + 72, y);
	y += 30;
	for (const d of b.details) {
		l.font(8.5, true, MUTED);
		doc.text(l.clean(d.key).toUpperCase(), MARGIN.left, y, { charSpace: 0.6 });
		l.font(13);
		const lines = l.lines(d.value, WIDTH).slice(0, 3);
		lines.forEach((line, i) => doc.text(line, MARGIN.left, y + 17 + i * 17));
		y += 26 + lines.length * 17;
	}
	l.font(9, false, MUTED);
	doc.text(l.clean(b.generated), MARGIN.left, PAGE.height - 60);
}

interface ContentsSlot {
	page: number;
	y: number;
	target: string;
}

function contents(l: Layout, b: Extract<Block, { kind: 'contents' }>, section: string): ContentsSlot[] {
	const slots: ContentsSlot[] = [];
	for (const [i, entry] of b.entries.entries()) {
		l.ensure(24, section);
		l.font(11.5, false, INK);
		l.doc.text(`${i + 1}.`, MARGIN.left, l.y + 14);
		l.doc.text(l.clean(entry.title), MARGIN.left + 24, l.y + 14);
		slots.push({ page: l.doc.getNumberOfPages(), y: l.y, target: entry.title });
		l.y += 24;
	}
	return slots;
}

function sectionTitle(l: Layout, title: string) {
	l.font(20, true, INK);
	const lines = l.lines(title, WIDTH);
	l.write(lines, MARGIN.left, 25, title);
	l.doc.setDrawColor(...ACCENT);
	l.doc.setLineWidth(1);
	l.doc.line(MARGIN.left, l.y + 4, MARGIN.left + 40, l.y + 4);
	l.y += 20;
}

function headersAndFooters(l: Layout, title: string, firstIsCover: boolean) {
	const { doc } = l;
	const total = doc.getNumberOfPages();
	let section = '';
	for (let page = 1; page <= total; page++) {
		section = l.pageSection[page] ?? section;
		if (page === 1 && firstIsCover) continue;
		doc.setPage(page);
		l.font(8, false, MUTED);
		const right = l.clean(section);
		const rightWidth = doc.getTextWidth(right);
		const header = l.clean(t('plan.doc.runningHeader', { title }));
		const [head] = doc.splitTextToSize(header, WIDTH - rightWidth - 24) as string[];
		doc.text(head === header ? head : `${head.replace(/\s*\S*$/, '')} …`, MARGIN.left, 40);
		doc.text(right, PAGE.width - MARGIN.right, 40, { align: 'right' });
		doc.setDrawColor(...RULE);
		doc.setLineWidth(0.5);
		doc.line(MARGIN.left, 47, PAGE.width - MARGIN.right, 47);
		doc.text(t('plan.doc.page', { n: page, total }), PAGE.width / 2, PAGE.height - 30, { align: 'center' });
	}
}

async function renderSection(l: Layout, s: PlanSection, options: RenderOptions, slots: ContentsSlot[]) {
	for (const b of s.blocks) {
		if (b.kind === 'cover') cover(l, b);
		else if (b.kind === 'contents') slots.push(...contents(l, b, s.title));
		else if (b.kind === 'figure') await figure(l, options.mapSvg ?? mapFigureSvg(b.figure, { regular: FONT, bold: FONT_BOLD }), b.caption, s.title);
		else block(l, b, s.title);
	}
}

export async function renderPlan(plan: PlanDocument, options: RenderOptions): Promise<RenderedPlan> {
	const doc = new jsPDF({ unit: 'pt', format: 'letter', compress: true, putOnlyUsedFonts: true });
	doc.addFileToVFS('DejaVuSans.ttf', options.fonts.regular);
	doc.addFileToVFS('DejaVuSans-Bold.ttf', options.fonts.bold);
	doc.addFont('DejaVuSans.ttf', FONT, 'normal');
	doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
	// The map figure's bold, as a family of its own (see mapFigureSvg).
	doc.addFont('DejaVuSans-Bold.ttf', FONT_BOLD, 'normal');
	doc.setFont(FONT, 'normal');
	doc.setLanguage('en-US');
	doc.setProperties({ title: plan.title, subject: plan.subject, creator: 'Convene' });
	doc.setLineHeightFactor(1.35);

	const l = new Layout(doc);
	const slots: ContentsSlot[] = [];
	const starts = new Map<string, number>();
	const sectionPages: RenderedPlan['sectionPages'] = {};
	for (const [i, s] of plan.sections.entries()) {
		if (i > 0) l.newPage(s.title);
		else l.pageSection[1] = s.title;
		starts.set(s.title, doc.getNumberOfPages());
		sectionPages[s.id] = doc.getNumberOfPages();
		doc.outline.add(null, l.clean(s.title), { pageNumber: doc.getNumberOfPages() });
		if (s.id !== 'cover') sectionTitle(l, s.title);
		await renderSection(l, s, options, slots);
	}

	// The contents' page numbers are known only now; write them, with links, on the contents page.
	for (const slot of slots) {
		const target = starts.get(slot.target);
		if (!target) continue;
		doc.setPage(slot.page);
		l.font(11.5, false, INK);
		doc.text(String(target), PAGE.width - MARGIN.right, slot.y + 14, { align: 'right' });
		const titleEnd = MARGIN.left + 24 + doc.getTextWidth(l.clean(slot.target)) + 6;
		const numberStart = PAGE.width - MARGIN.right - doc.getTextWidth(String(target)) - 6;
		doc.setDrawColor(...RULE);
		doc.setLineDashPattern([1, 3], 0);
		if (numberStart > titleEnd) doc.line(titleEnd, slot.y + 13, numberStart, slot.y + 13);
		doc.setLineDashPattern([], 0);
		doc.link(MARGIN.left, slot.y, WIDTH, 20, { pageNumber: target });
	}

	headersAndFooters(l, plan.title, plan.sections[0]?.id === 'cover');
	return { blob: doc.output('blob'), pages: doc.getNumberOfPages(), sectionPages };
}
