/** For tests: a hostile lz-string link (URI-safe alphabet), small to send and huge to decompress. */

const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * A hostile link of `chars` characters: one literal 'a', then codes that each name the entry about
 * to be made ("w + w[0]"), so each adds one character more than the one before: n codes expand to
 * about n²/2 characters (a 60,000-character link to hundreds of millions).
 */
export function lzBomb(chars: number) {
	const bits: number[] = [];
	const write = (value: number, count: number) => {
		for (let i = 0; i < count; i++) bits.push((value >> i) & 1);
	};
	write(0, 2);
	write(97, 8);
	let dictSize = 4;
	let numBits = 3;
	let enlargeIn = 4;
	while (bits.length < chars * 6 - 3 * numBits) {
		write(dictSize, numBits);
		dictSize++;
		if (--enlargeIn === 0) {
			enlargeIn = 2 ** numBits;
			numBits++;
		}
	}
	// The end mark (code 2), so that lz-string returns what it decoded.
	write(2, numBits);
	let link = '';
	for (let i = 0; i < bits.length; i += 6) {
		let value = 0;
		for (let j = 0; j < 6; j++) value |= (bits[i + j] ?? 0) << (5 - j);
		link += URI_SAFE[value];
	}
	return link;
}
