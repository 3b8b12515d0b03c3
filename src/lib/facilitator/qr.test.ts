import { describe, expect, it } from 'vitest';
import { shortJoinUrl } from '$lib/domain/live-code';
import { MAX_QR_VERSION, qrVersion, shortQrDataUrl } from './qr';

describe('short join QR code', () => {
	it('stays at version 6 or less for a LAN address, a long host name and a separate relay', async () => {
		const urls = [
			shortJoinUrl('http://192.168.100.200:4173/join/', 'K7P4QX'),
			shortJoinUrl(
				'https://workshops.community-health-partners.example.org/convene/join/',
				'K7P4QX'
			),
			shortJoinUrl('https://intranet.example.org/join/', 'K7P4QX', 'relay.example.org:4174')
		];
		for (const url of urls) expect(qrVersion(url)).toBeLessThanOrEqual(MAX_QR_VERSION);
		expect(await shortQrDataUrl(urls[0])).toMatch(/^data:image\/svg\+xml,/);
		// An address too long for a readable code gives no QR (the typed address and code remain).
		expect(await shortQrDataUrl(`https://example.org/${'x'.repeat(200)}`)).toBe('');
	});
});
