import { describe, expect, it } from 'vitest';
import { codeInAddress, isLoopbackHost, joinOrigin, serverAddress } from './room-address';
import { relayUrl } from './live-code';

describe('a room address typed as the projector shows it', () => {
	it.each([
		['192.168.1.20:4173', '192.168.1.20:4173'],
		['192.168.1.20:4173/join', '192.168.1.20:4173'],
		['192.168.1.20:4173/join/', '192.168.1.20:4173'],
		['http://192.168.1.20:4173/join/', 'http://192.168.1.20:4173'],
		['http://192.168.1.20:4173/join/?c=K7P4QX', 'http://192.168.1.20:4173'],
		['  h:1/convene/join/index.html ', 'h:1/convene'],
		['https://relay.example.org/', 'https://relay.example.org'],
		['wss://r.example.org/x/relay', 'wss://r.example.org/x/relay']
	])('%s is the server %s', (typed, server) => {
		expect(serverAddress(typed)).toBe(server);
	});

	it('reaches the same relay with or without scheme, path or trailing slash', () => {
		for (const typed of ['h:4173', 'h:4173/join', 'http://h:4173/join/', 'h:4173/']) {
			expect(relayUrl(typed)).toBe('ws://h:4173/relay');
		}
		expect(relayUrl('h:1/convene/join/', '/convene')).toBe('ws://h:1/convene/relay');
	});

	it('finds the code a pasted join link carries', () => {
		expect(codeInAddress('http://h:1/join/?c=K7P4QX')).toBe('K7P4QX');
		expect(codeInAddress('h:1/join')).toBeNull();
	});
});

describe('the origin a room is joined at', () => {
	const lan = { network: ['http://192.168.1.20:4173/convene/', 'http://10.0.0.5:4173/convene/'] };

	it('is the page’s own when it was opened on a network address', () => {
		expect(joinOrigin('http://192.168.1.20:4173', lan)).toEqual({
			origin: 'http://192.168.1.20:4173',
			reachable: true
		});
		expect(joinOrigin('https://convene.example.org', null)).toEqual({
			origin: 'https://convene.example.org',
			reachable: true
		});
	});

	it('is the first network address when the page was opened on loopback', () => {
		expect(joinOrigin('http://localhost:4173', lan)).toEqual({
			origin: 'http://192.168.1.20:4173',
			reachable: true
		});
	});

	it('is unreachable on loopback when the server is on loopback only, or says nothing', () => {
		for (const served of [{ network: [] }, null])
			expect(joinOrigin('http://127.0.0.1:4173', served)).toEqual({
				origin: 'http://127.0.0.1:4173',
				reachable: false
			});
	});

	it('ignores what served.json should not hold: loopback, other schemes, junk', () => {
		const junk = {
			network: ['http://127.0.0.1:9/', 'javascript:alert(1)', 'not a url', 42]
		} as never;
		expect(joinOrigin('http://localhost:4173', junk)).toEqual({
			origin: 'http://localhost:4173',
			reachable: false
		});
	});

	it('knows loopback hosts', () => {
		for (const h of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'app.localhost']) {
			expect(isLoopbackHost(h)).toBe(true);
		}
		for (const h of ['192.168.1.20', 'convene.example.org', 'localhost.example.org']) {
			expect(isLoopbackHost(h)).toBe(false);
		}
	});
});
