// The relay as a process of its own: `node relay/main.js --port 4174 [--host] [--trust-proxy]`, for
// an organisation that hosts the app statically and the relay on one machine (`--trust-proxy` when
// it sits behind a TLS proxy that sets X-Forwarded-For).
//
// `--child`: started by supervise.js (the app's server, `npm start`): listens on a free loopback
// port, says which over IPC, takes the client's address from X-Forwarded-For (the app's server
// writes it), and ends when its parent does.

import { createServer } from 'node:http';
import { limitConsoleErrors } from './log.js';
import { attachRelay } from './relay.js';

limitConsoleErrors();

const args = process.argv.slice(2);
const asChild = args.includes('--child');
const portArg = args.indexOf('--port');
const port = asChild ? 0 : Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 4174));
const host = args.includes('--host') && !asChild ? '0.0.0.0' : '127.0.0.1';
const server = createServer((_req, res) => {
	res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
	res.end('Convene live-room relay\n');
});
const relay = attachRelay(server, {
	path: '/relay',
	trustProxy: asChild || args.includes('--trust-proxy')
});
server.listen(port, host, () => {
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	if (asChild) {
		process.send?.({ port: actual });
		return;
	}
	console.log(
		`Convene relay at ws://${host === '0.0.0.0' ? '<this machine>' : 'localhost'}:${actual}/relay`
	);
});
const stop = () => {
	relay.close();
	server.close(() => process.exit(0));
	setTimeout(() => process.exit(0), 1000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
if (asChild) process.on('disconnect', stop);
