import { describe, expect, it } from 'vitest';
import { SERVED_PATH as APP_SERVED_PATH } from '../src/lib/domain/room-address';
import { SERVED_PATH, servedAddresses, servedLines } from './served-addresses.js';

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
		const served = servedAddresses(interfaces, 4173, { allInterfaces: false });
		expect(served).toEqual({ local: 'http://localhost:4173/', network: [], shareable: false });
		const lines = servedLines(served, { allInterfaces: false, relay: 'ws://localhost:4173/relay' });
		expect(lines[0]).toBe('Convene is being served at http://localhost:4173/');
		expect(lines.at(-1)).toContain('phones and laptops in the room cannot join');
		expect(lines.at(-1)).toContain('npm start -- --host');
	});

	it('lists every IPv4 network address with --host, to share', () => {
		const served = servedAddresses(interfaces, 4174, { allInterfaces: true, base: '/convene/' });
		expect(served).toEqual({
			local: 'http://localhost:4174/convene/',
			network: ['http://192.168.1.20:4174/convene/', 'http://10.0.0.5:4174/convene/'],
			shareable: true
		});
		const lines = servedLines(served, { allInterfaces: true, relay: null });
		expect(lines).toEqual([
			'Convene is being served at http://localhost:4174/convene/',
			'  on the network (share this): http://192.168.1.20:4174/convene/',
			'  on the network (share this): http://10.0.0.5:4174/convene/'
		]);
	});

	it('with --host on a computer with no network, says so', () => {
		const served = servedAddresses({ lo: interfaces.lo }, 4173, { allInterfaces: true });
		expect(served.shareable).toBe(false);
		expect(servedLines(served, { allInterfaces: true, relay: null }).at(-1)).toContain(
			'No network address found'
		);
	});

	it('is served where the app looks for it', () => {
		expect(SERVED_PATH).toBe(APP_SERVED_PATH);
	});
});
