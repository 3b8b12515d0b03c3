#!/usr/bin/env node
// Prints a TCP port on 127.0.0.1 that is free now, together with the side ports the e2e suite uses
// (port + 10 … port + 29: sub-path hosting, offline, relay tests). `npm test` runs its e2e server
// there, so it never collides with a developer's own `npm start` on 4173.
//
// Usage: node scripts/free-port.mjs  → prints e.g. 41873

import { createServer } from 'node:net';
import process from 'node:process';

const SIDE_PORTS = 30;

/** Whether `port` can be listened on at 127.0.0.1 right now. */
const isFree = (port) =>
	new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});

for (let attempt = 0; attempt < 50; attempt++) {
	// Below the Linux ephemeral range (32768+), so outgoing connections never take it meanwhile.
	const port = 20_000 + Math.floor(Math.random() * 12_000);
	let free = true;
	for (let offset = 0; offset < SIDE_PORTS && free; offset++) free = await isFree(port + offset);
	if (free) {
		console.log(port);
		process.exit(0);
	}
}
console.error('free-port: no free block of ports found');
process.exit(1);
