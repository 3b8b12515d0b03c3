/**
 * When two partner names are the same organisation: the one rule for "this partner already exists"
 * (adding a partner on the map or as a candidate; adopting a room's suggested partners reuses it).
 * Pure.
 */

/** Latin letters that are not a base letter plus an accent in Unicode, folded by hand. */
const FOLDS: Record<string, string> = {
	ł: 'l',
	ø: 'o',
	đ: 'd',
	ħ: 'h',
	ı: 'i',
	ß: 'ss',
	æ: 'ae',
	œ: 'oe'
};

/**
 * A partner name as it is compared: case, accents (the combining marks of Latin, Greek and Cyrillic
 * letters: "Clínica" = "Clinica") and every space ignored ("Food  Bank" = "foodbank"); full-width and
 * other compatibility forms read as their plain letters. Marks that are letters of their own script
 * (Devanagari or Thai vowel signs, Arabic vowels) are kept: without them another name is left.
 * '' for a name with nothing but spaces.
 */
export function partnerNameKey(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[łøđħıßæœ]/g, (ch) => FOLDS[ch])
		.replace(/\s+/g, '')
		.normalize('NFC');
}

/**
 * The first partner whose name matches `name` by `partnerNameKey`, or undefined (also for a name
 * that is empty once spaces are ignored).
 */
export function findPartnerByName<P extends { name: string }>(
	partners: readonly P[],
	name: string
): P | undefined {
	const key = partnerNameKey(name);
	if (key === '') return undefined;
	return partners.find((p) => partnerNameKey(p.name) === key);
}
