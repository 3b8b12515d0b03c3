import { describe, expect, it } from 'vitest';
import { codeInAddress, isLoopbackHost, servedAddresses, serverAddress } from './room-address';
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

describe('the addresses a server can be opened at', () => {
	const interfaces = {
		lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
		eth0: [
			{ address: '192.168.1.20', family: 'IPv4', internal: false },
			{ address: 'fe80::1', family: 'IPv6', internal: false }
		],
		wlan0: [{ address: '10.0.0.5', family: 4, internal: false }]
	};

	it('lists only loopback when served on loopback, and says no other device can join', () => {
		expect(servedAddresses(interfaces, 4173, { allInterfaces: false })).toEqual({
			local: 'http://localhost:4173/',
			network: [],
			shareable: false
		});
	});

	it('lists every IPv4 network address with --host', () => {
		expect(servedAddresses(interfaces, 4174, { allInterfaces: true, base: '/convene/' })).toEqual({
			local: 'http://localhost:4174/convene/',
			network: ['http://192.168.1.20:4174/convene/', 'http://10.0.0.5:4174/convene/'],
			shareable: true
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
