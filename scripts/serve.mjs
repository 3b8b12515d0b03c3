#!/usr/bin/env node
// Zero-dependency static file server for the built site (`npm start`, e2e tests).
//
// It deliberately behaves like a plain static host (no rewrites, no SPA fallback), so that
// anything that works here also works on GitHub Pages, a USB stick behind `python -m http.server`,
// or a school's nginx: `/x/` serves `x/index.html`, `/x` for a directory redirects to `/x/`,
// and unknown paths get a real 404.
//
// It also carries the live room's relay (relay/, a Hocuspocus server) on the same port: the relay
// runs in a child process with a heap limit, restarted if it dies, and WebSocket upgrades to
// `<base>/relay` are passed to it; plain HTTP requests are served exactly as before, also while the
// relay restarts. If the relay's packages are not installed, the static site is served alone.
//
// Text files (HTML, JS, CSS, JSON, SVG…) are sent precompressed when the build has them
// (adapter-static `precompress`: `app.js.br`, `app.js.gz` beside `app.js`) and the request's
// Accept-Encoding allows: brotli first, then gzip, else the file itself. Nothing is compressed on
// the fly; a build without those files is served exactly as before.
//
// Usage: node scripts/serve.mjs [--dir build] [--port 4173] [--host] [--base /convene] [--trust-proxy]

import { Buffer } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { SERVED_PATH, servedAddresses, servedLines } from '../relay/served-addresses.js';

const USAGE = `Usage: node scripts/serve.mjs [options]

  --dir <path>    directory to serve (default: build)
  --port <n>      port (default: $PORT, else 4173 or the next free one; 0 picks any free port)
  --host          listen on all interfaces and print the LAN addresses to share
  --base <path>   serve the directory under a sub-path, e.g. /convene
  --trust-proxy   behind a TLS proxy that sets X-Forwarded-For: the relay tells clients apart by
                  it (without it, every participant has the proxy's address and shares its limits)
  --help          show this help`;

// Types a static host is expected to know; anything else is sent as opaque bytes (with nosniff,
// the browser will not guess). Text types carry a charset so non-ASCII content never mis-decodes.
const MIME_TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.htm': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.otf': 'font/otf',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm'
};

/**
 * Precompressed siblings a file may have, best first, and the types worth compressing (those
 * adapter-static's `precompress` writes siblings for; fonts and images are compressed already).
 */
const ENCODINGS = [
	{ name: 'br', suffix: '.br' },
	{ name: 'gzip', suffix: '.gz' }
];
const COMPRESSIBLE = new Set([
	'.html',
	'.htm',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.map',
	'.webmanifest',
	'.txt',
	'.csv',
	'.xml',
	'.svg',
	'.wasm'
]);

/**
 * The encodings of ENCODINGS a request accepts, best first (RFC 9110 §12.5.3): a `q=0` refuses
 * one, `*` stands for every encoding not named, `x-gzip` is gzip; no header means none.
 */
function acceptedEncodings(header) {
	const weights = new Map();
	for (const part of String(header ?? '').split(',')) {
		const [rawToken, ...params] = part.toLowerCase().split(';');
		const token = rawToken.trim();
		if (!token) continue;
		const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)).find(Boolean);
		const weight = q ? Number(q[1]) : 1;
		weights.set(token === 'x-gzip' ? 'gzip' : token, Number.isFinite(weight) ? weight : 0);
	}
	const wildcard = weights.get('*') ?? 0;
	return ENCODINGS.filter(({ name }) => (weights.get(name) ?? wildcard) > 0);
}

function fail(message) {
	console.error(`serve: ${message}\n\n${USAGE}`);
	process.exit(2);
}

function parseArgs(argv) {
	const options = {
		dir: 'build',
		port: process.env.PORT ?? '',
		host: false,
		base: '',
		trustProxy: false
	};
	for (let i = 0; i < argv.length; i++) {
		// Accept both `--port 8080` and `--port=8080`.
		const [flag, inline] = argv[i].split(/=(.*)/s, 2);
		const value = () => {
			if (inline !== undefined) return inline;
			const next = argv[++i];
			if (next === undefined || next.startsWith('--')) fail(`${flag} needs a value`);
			return next;
		};
		// A switch takes no value: `--trust-proxy=false` must not turn it on.
		const switchOn = () => {
			if (inline !== undefined) fail(`${flag} takes no value`);
			return true;
		};
		switch (flag) {
			case '--dir':
				options.dir = value();
				break;
			case '--port':
				options.port = value();
				break;
			case '--base':
				options.base = value();
				break;
			case '--host':
				options.host = switchOn();
				break;
			case '--trust-proxy':
				options.trustProxy = switchOn();
				break;
			case '--help':
			case '-h':
				console.log(USAGE);
				process.exit(0);
				break;
			default:
				fail(`unknown option ${argv[i]}`);
		}
	}

	// No port asked for: 4173, or the next free one (a developer's own `npm start` may hold 4173).
	const explicitPort = options.port !== '';
	const port = explicitPort ? Number(options.port) : DEFAULT_PORT;
	if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`invalid port "${options.port}"`);

	// Normalise the base to "" or "/segment[/segment…]" without a trailing slash.
	let base = options.base.trim().replace(/\/+$/, '');
	if (base && !base.startsWith('/')) base = `/${base}`;
	if (base.split('/').some((segment) => segment === '.' || segment === '..')) {
		fail(`invalid base "${options.base}"`);
	}

	return {
		root: path.resolve(options.dir),
		port,
		explicitPort,
		host: options.host,
		base,
		trustProxy: options.trustProxy
	};
}

const DEFAULT_PORT = 4173;
/** How many ports after the default are tried when it is taken and no port was asked for. */
const PORT_TRIES = 20;
const { root, port, explicitPort, host, base, trustProxy } = parseArgs(process.argv.slice(2));
let listenPort = port;

/** Stat that treats "not there" (including "a file used as a directory") as null. */
async function statOrNull(file) {
	try {
		return await stat(file);
	} catch {
		return null;
	}
}

function cacheControl(relativePath) {
	// SvelteKit puts content-hashed files under _app/immutable/: their URL changes whenever their
	// content does, so they can be cached forever. Everything else (HTML, version.json, the
	// manifest, fonts in static/) must be revalidated so a redeploy is picked up at once.
	if (relativePath.split(path.sep).join('/').startsWith('_app/immutable/')) {
		return 'public, max-age=31536000, immutable';
	}
	return 'no-cache';
}

function send(req, res, status, headers, body) {
	res.writeHead(status, {
		'X-Content-Type-Options': 'nosniff',
		'Content-Length': Buffer.byteLength(body),
		...headers
	});
	res.end(req.method === 'HEAD' ? undefined : body);
}

function sendText(req, res, status, text, extraHeaders = {}) {
	send(
		req,
		res,
		status,
		{ 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...extraHeaders },
		`${text}\n`
	);
}

async function sendNotFound(req, res) {
	// Like GitHub Pages and most static hosts: the site's own 404.html if it has one.
	const page = path.join(root, '404.html');
	const info = await statOrNull(page);
	if (info?.isFile()) {
		await sendFile(req, res, page, info, 404);
	} else {
		sendText(req, res, 404, '404 Not Found');
	}
}

/**
 * The precompressed sibling of `file` to send for this request, or null for the file itself. A
 * sibling older than the file is stale (the file was rebuilt or edited since) and never sent.
 */
async function precompressed(req, file, info) {
	if (!COMPRESSIBLE.has(path.extname(file).toLowerCase())) return null;
	for (const encoding of acceptedEncodings(req.headers['accept-encoding'])) {
		const sibling = await statOrNull(file + encoding.suffix);
		if (sibling?.isFile() && sibling.mtimeMs >= info.mtimeMs) {
			return { encoding: encoding.name, file: file + encoding.suffix, info: sibling };
		}
	}
	return null;
}

async function sendFile(req, res, original, originalInfo, status = 200) {
	const relativePath = path.relative(root, original);
	const ext = path.extname(original).toLowerCase();
	const compressed = await precompressed(req, original, originalInfo);
	const file = compressed?.file ?? original;
	const info = compressed?.info ?? originalInfo;
	// A weak validator from size + mtime lets `no-cache` revalidation end in a cheap 304; each
	// encoding is its own representation, so it gets its own validator.
	const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}${compressed ? `-${compressed.encoding}` : ''}"`;
	const headers = {
		'Content-Type': MIME_TYPES[ext] ?? 'application/octet-stream',
		'Cache-Control': ext === '.html' || ext === '.htm' ? 'no-cache' : cacheControl(relativePath),
		'X-Content-Type-Options': 'nosniff',
		'Last-Modified': originalInfo.mtime.toUTCString(),
		ETag: etag,
		// Caches must keep the encodings apart for every type that may come compressed.
		...(COMPRESSIBLE.has(ext) ? { Vary: 'Accept-Encoding' } : {}),
		...(compressed ? { 'Content-Encoding': compressed.encoding } : {})
	};

	if (status === 200 && req.headers['if-none-match'] === etag) {
		res.writeHead(304, headers);
		res.end();
		return;
	}

	res.writeHead(status, { ...headers, 'Content-Length': info.size });
	if (req.method === 'HEAD') {
		res.end();
		return;
	}
	const stream = createReadStream(file);
	stream.on('error', () => res.destroy());
	stream.pipe(res);
}

async function handle(req, res) {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		sendText(req, res, 405, '405 Method Not Allowed', { Allow: 'GET, HEAD' });
		return;
	}

	// Work on the raw request target rather than `new URL()`: the URL parser silently resolves
	// `..` and `%2e%2e`, which would turn a traversal attempt into a different, valid request.
	const target = req.url ?? '/';
	if (!target.startsWith('/')) {
		sendText(req, res, 400, '400 Bad Request');
		return;
	}
	const queryStart = target.search(/[?#]/);
	const rawPath = queryStart === -1 ? target : target.slice(0, queryStart);
	const query = queryStart === -1 ? '' : target.slice(queryStart).replace(/#.*$/s, '');

	let pathname;
	try {
		pathname = decodeURIComponent(rawPath);
	} catch {
		sendText(req, res, 400, '400 Bad Request');
		return;
	}
	// Checked after decoding so %2e%2e, %2f and %5c cannot smuggle a parent segment through.
	if (
		pathname.includes('\0') ||
		pathname.includes('\\') ||
		pathname.split('/').some((segment) => segment === '..')
	) {
		sendText(req, res, 400, '400 Bad Request');
		return;
	}

	if (base) {
		if (pathname === base) {
			// The base itself is a directory: same rule as any other directory.
			redirect(req, res, `${rawPath}/${query}`);
			return;
		}
		if (!pathname.startsWith(`${base}/`)) {
			await sendNotFound(req, res);
			return;
		}
		pathname = pathname.slice(base.length);
	}

	// What this server listens on, for the app to give the room a reachable address.
	if (pathname === `/${SERVED_PATH}`) {
		send(
			req,
			res,
			200,
			{ 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
			JSON.stringify({ network: served?.network ?? [] })
		);
		return;
	}

	const file = path.join(root, pathname);
	// Belt and braces: whatever the checks above missed, never leave the served directory.
	if (file !== root && !file.startsWith(root + path.sep)) {
		await sendNotFound(req, res);
		return;
	}

	const info = await statOrNull(file);
	if (info?.isDirectory()) {
		if (!pathname.endsWith('/')) {
			redirect(req, res, `${rawPath}/${query}`);
			return;
		}
		const index = path.join(file, 'index.html');
		const indexInfo = await statOrNull(index);
		if (indexInfo?.isFile()) {
			await sendFile(req, res, index, indexInfo);
			return;
		}
	} else if (info?.isFile() && !pathname.endsWith('/')) {
		await sendFile(req, res, file, info);
		return;
	}
	await sendNotFound(req, res);
}

function redirect(req, res, location) {
	// `//host/x` would be read by the browser as another site (an open redirect): keep it local.
	const local = location.replace(/^\/{2,}/, '/');
	sendText(req, res, 301, `301 Moved Permanently: ${local}`, { Location: local });
}

const rootInfo = await statOrNull(root);
if (!rootInfo?.isDirectory()) {
	console.error(`serve: ${root} is not a directory. Build the site first: npm run build`);
	process.exit(1);
}

/** What this server listens on, once it does (see relay/served-addresses.js). */
let served = null;

const server = createServer((req, res) => {
	handle(req, res).catch((error) => {
		console.error(error);
		if (res.headersSent) res.destroy();
		else sendText(req, res, 500, '500 Internal Server Error');
	});
});

// The relay runs in a process of its own (relay/supervise.js): if it dies, it is started again and
// pages are served meanwhile. It is loaded lazily so that a copy of this script without
// node_modules still serves files.
let relay = null;
const relayPath = `${base}/relay`;
try {
	const { superviseRelay } = await import('../relay/supervise.js');
	relay = superviseRelay({ trustProxy });
	// The first start, before the address is printed (at most a few seconds; then it is served as
	// soon as it is up).
	await Promise.race([relay.ready, new Promise((resolve) => setTimeout(resolve, 5000))]);
} catch (error) {
	console.log(`serve: live-room relay not available (${error.message}); serving files only.`);
}

// WebSocket upgrades to <base>/relay go to the relay process; any other upgrade is refused.
server.on('upgrade', (request, socket, head) => {
	const target = request.url ?? '';
	const queryStart = target.indexOf('?');
	const pathname = queryStart === -1 ? target : target.slice(0, queryStart);
	if (!relay || pathname !== relayPath) {
		socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n');
		return;
	}
	relay.handleUpgrade(
		request,
		socket,
		head,
		`/relay${queryStart === -1 ? '' : target.slice(queryStart)}`
	);
});

server.on('error', (error) => {
	if (error.code === 'EADDRINUSE' && !explicitPort && listenPort < port + PORT_TRIES) {
		console.log(
			`serve: port ${listenPort} is in use (another Convene, perhaps); trying ${listenPort + 1}.`
		);
		listenPort++;
		listen();
		return;
	}
	if (error.code === 'EADDRINUSE') {
		console.error(`serve: port ${listenPort} is already in use. Try --port <another port>.`);
	} else {
		console.error(`serve: ${error.message}`);
	}
	process.exit(1);
});

// One listener for the one successful listen (a callback per retry would print the address once
// for every port tried).
server.on('listening', onListening);
const listen = () => server.listen(listenPort, host ? '0.0.0.0' : '127.0.0.1');

function onListening() {
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : listenPort;
	served = servedAddresses(networkInterfaces(), actualPort, { allInterfaces: host, base });
	const lines = servedLines(served, {
		allInterfaces: host,
		relay: relay ? `ws://localhost:${actualPort}${relayPath}` : null
	});
	for (const line of lines) console.log(line);
}
listen();

function shutdown() {
	relay?.close();
	server.close(() => process.exit(0));
	// Browsers keep idle connections open; drop them so close() can finish, and never hang.
	server.closeAllConnections();
	setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
