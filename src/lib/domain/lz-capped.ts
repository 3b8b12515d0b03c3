/**
 * lz-string's `decompressFromEncodedURIComponent` with a running size check: decoding stops as soon
 * as the output passes `maxChars`. lz-string's own decoder builds the whole output first, and a
 * 60,000-character hostile link expands to hundreds of millions of characters (each code may name
 * the newest dictionary entry, one character longer than the one before). The loop below is
 * lz-string 1.5.0's `_decompress`, read 6 bits per character of its URI-safe alphabet. Pure.
 */

const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...URI_SAFE].map((c, i) => [c, i]));

/** What `decompressCapped` gives: the text, `null` for a damaged input, or `too-much`. */
export type Decompressed = string | null | 'too-much';

/** Decompresses `input` (lz-string, URI-safe), or says it is damaged or longer than `maxChars`. */
export function decompressCapped(input: string, maxChars: number): Decompressed {
	if (input === '') return null;
	const text = input.replace(/ /g, '+');
	const length = text.length;
	let val = VALUE.get(text.charAt(0)) ?? 0;
	let position = 32;
	let index = 1;
	const read = (bitCount: number) => {
		let bits = 0;
		for (let power = 1, max = 2 ** bitCount; power !== max; power <<= 1) {
			const bit = val & position;
			position >>= 1;
			if (position === 0) {
				position = 32;
				val = VALUE.get(text.charAt(index++)) ?? 0;
			}
			if (bit > 0) bits |= power;
		}
		return bits;
	};
	const dictionary: string[] = [];
	let dictSize = 4;
	let enlargeIn = 4;
	let numBits = 3;
	const first = read(2);
	if (first === 2) return '';
	if (first > 2) return null;
	let w = String.fromCharCode(read(first === 0 ? 8 : 16));
	dictionary[3] = w;
	const result = [w];
	let total = w.length;
	for (;;) {
		if (index > length) return '';
		let c = read(numBits);
		if (c === 0 || c === 1) {
			dictionary[dictSize++] = String.fromCharCode(read(c === 0 ? 8 : 16));
			c = dictSize - 1;
			enlargeIn--;
		} else if (c === 2) {
			return result.join('');
		}
		if (enlargeIn === 0) {
			enlargeIn = 2 ** numBits;
			numBits++;
		}
		let entry: string;
		if (dictionary[c] !== undefined) entry = dictionary[c];
		else if (c === dictSize) entry = w + w.charAt(0);
		else return null;
		total += entry.length;
		if (total > maxChars) return 'too-much';
		result.push(entry);
		dictionary[dictSize++] = w + entry.charAt(0);
		enlargeIn--;
		w = entry;
		if (enlargeIn === 0) {
			enlargeIn = 2 ** numBits;
			numBits++;
		}
	}
}
