import { describe, expect, it } from 'vitest';
import { findPartnerByName, partnerNameKey } from './partner-names';

describe('partnerNameKey', () => {
	it('ignores case, accents and spacing', () => {
		const key = partnerNameKey('Harbor Housing Collaborative');
		for (const same of [
			'harbor housing collaborative',
			'  HARBOR   Housing\tCollaborative ',
			'HarborHousing Collaborative',
			'Hárbor Housing Collaborative',
			'Ｈarbor Housing Collaborative'
		])
			expect(partnerNameKey(same), same).toBe(key);
		expect(partnerNameKey('Clínica Sierra Vista')).toBe(partnerNameKey('CLINICA sierra vista'));
		expect(partnerNameKey('Łódź Partners Foundation')).toBe(
			partnerNameKey('lodz partners foundation')
		);
		expect(partnerNameKey('Ελληνική Κοινότητα')).toBe(partnerNameKey('ΕΛΛΗΝΙΚΗ ΚΟΙΝΟΤΗΤΑ'));
	});
	it('keeps names apart that differ in a letter, or in a vowel sign of their own script', () => {
		expect(partnerNameKey('Harbor Housing')).not.toBe(partnerNameKey('Harbour Housing'));
		expect(partnerNameKey('हिंदी केंद्र')).not.toBe(partnerNameKey('हिंद केंद्र'));
		expect(partnerNameKey('   ')).toBe('');
	});
});

describe('findPartnerByName', () => {
	const partners = [
		{ id: 'a', name: 'Food Bank of the Valley' },
		{ id: 'b', name: 'Harbor Housing Collaborative' }
	];
	it('finds the existing partner a new name matches', () => {
		expect(findPartnerByName(partners, 'harbor  housing collaborative')?.id).toBe('b');
		expect(findPartnerByName(partners, 'Food bank of the valley ')?.id).toBe('a');
	});
	it('finds none for another name or an empty one', () => {
		expect(findPartnerByName(partners, 'Harbor Housing')).toBeUndefined();
		expect(findPartnerByName([...partners, { id: 'c', name: '' }], '  ')).toBeUndefined();
	});
});
