import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORKSHOP_FILE_VERSION } from './file-format';

// docs/file-format.md is what another tool's author reads: its one "Versions" table must list every
// version the reader knows, and nothing else may contradict it.
describe('docs/file-format.md', () => {
	const doc = readFileSync('docs/file-format.md', 'utf8');

	it('has one Versions section, whose table lists every file version up to the current one', () => {
		const sections = doc.split(/^## /m).filter((section) => section.startsWith('Versions\n'));
		expect(sections).toHaveLength(1);
		const rows = sections[0]
			.split('\n')
			.map((line) => /^\|\s*(\d+)\s*\|/.exec(line)?.[1])
			.filter((version) => version !== undefined)
			.map(Number);
		expect(rows).toEqual(Array.from({ length: WORKSHOP_FILE_VERSION }, (_, i) => i + 1));
	});
});
