// How the relay tells clients apart: by address (an IPv6 host by its /64), optionally as a trusted
// proxy in front reports it.

import { isIPv4, isIPv6 } from 'node:net';

/**
 * The client's address, as the relay tells clients apart: the socket's peer, or with `trustProxy`
 * the address the proxy in front appended to X-Forwarded-For (its last entry; earlier entries are the
 * client's own claims; a port the proxy wrote after it is dropped). An IPv4 address seen through
 * IPv6 (`::ffff:192.0.2.1`) is the IPv4 address. An IPv6 address counts by its /64 network
 * (`2001:db8:1:2::/64`): one host may use any address of its /64, so one address alone would not
 * tell one client from many; a venue's IPv6 network is then one client, as a NAT's address is.
 * @param {{ headers: import('node:http').IncomingHttpHeaders, socket: { remoteAddress?: string } }} request
 * @param {boolean} trustProxy
 * @returns {string}
 */
export function clientAddress(request, trustProxy) {
	const forwarded = trustProxy ? request.headers['x-forwarded-for'] : undefined;
	const last = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean)
		.at(-1);
	return addressKey(last ?? request.socket.remoteAddress ?? 'unknown');
}

/**
 * `address` without a port or zone, IPv4 as is, IPv6 as its /64 network (see clientAddress).
 * @param {string} address
 * @returns {string}
 */
function addressKey(address) {
	const bracketed = /^\[([^\]]*)\](?::\d+)?$/.exec(address);
	let host = bracketed ? bracketed[1] : address;
	if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(host)) host = host.slice(0, host.lastIndexOf(':'));
	host = host.split('%')[0].toLowerCase();
	if (isIPv4(host) || !isIPv6(host)) return host;
	const hextets = expandIPv6(host);
	if (hextets.slice(0, 5).every((h) => h === 0) && hextets[5] === 0xffff)
		return [hextets[6] >> 8, hextets[6] & 255, hextets[7] >> 8, hextets[7] & 255].join('.');
	return `${hextets
		.slice(0, 4)
		.map((h) => h.toString(16))
		.join(':')}::/64`;
}

/**
 * The eight 16-bit groups of a valid IPv6 address (`::` expanded, a trailing IPv4 part as two).
 * @param {string} address
 * @returns {number[]}
 */
function expandIPv6(address) {
	/** @param {string} part @returns {number[]} */
	const groups = (part) =>
		part === ''
			? []
			: part.split(':').flatMap((g) => {
					if (!g.includes('.')) return [parseInt(g, 16)];
					const [a, b, c, d] = g.split('.').map(Number);
					return [(a << 8) | b, (c << 8) | d];
				});
	const [head, tail] = address.split('::');
	const before = groups(head);
	const after = tail === undefined ? [] : groups(tail);
	return [...before, ...Array(8 - before.length - after.length).fill(0), ...after];
}
