/**
 * `scripts/serve.mjs` sends the build's precompressed files (adapter-static `precompress`) when the
 * request accepts them: brotli, then gzip, else the file itself; with the file's own type, the
 * compressed length, `Vary: Accept-Encoding`, its own validator and the usual cache headers. The
 * server runs as `npm start` runs it (`PORT=0`), over a small stand-in build. And `npm start` with
 * 4173 taken moves to the next free port and says which, once.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCRIPT = 'export const greeting = "hello, compressed world";\n'.repeat(200);
const PAGE = `<!doctype html><title>Convene</title><p>${'A page. '.repeat(200)}</p>`;
const IMMUTABLE = '_app/immutable/chunks/app.js';

let server: ChildProcess;
let port = 0;
let dir = '';

/** Writes `name` and its .br and .gz siblings, as adapter-static's precompress does. */
function writeWithSiblings(name: string, text: string) {
	const file = path.join(dir, 'build', name);
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, text);
	writeFileSync(`${file}.br`, brotliCompressSync(text));
	writeFileSync(`${file}.gz`, gzipSync(text));
}

beforeAll(async () => {
	dir = mkdtempSync(path.join(tmpdir(), 'convene-serve-'));
	writeWithSiblings('index.html', PAGE);
	writeWithSiblings(IMMUTABLE, SCRIPT);
	writeWithSiblings('stale.js', SCRIPT);
	// Edited after the build compressed it: its siblings are stale and must not be sent.
	const later = new Date(Date.now() + 60_000);
	utimesSync(path.join(dir, 'build', 'stale.js'), later, later);
	writeFileSync(path.join(dir, 'build', 'plain.js'), SCRIPT);
	writeFileSync(
		path.join(dir, 'build', 'font.woff2'),
		Buffer.from([0x77, 0x4f, 0x46, 0x32, 1, 2, 3])
	);
	server = spawn(process.execPath, [path.resolve('scripts/serve.mjs')], {
		cwd: dir,
		env: { ...process.env, PORT: '0' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	port = await new Promise<number>((resolve, reject) => {
		let out = '';
		server.stdout?.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			const match = /localhost:(\d+)\//.exec(out);
			if (match) resolve(Number(match[1]));
		});
		server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
	});
});

afterAll(() => {
	server?.kill('SIGTERM');
});

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

/** A raw request (no client-side decoding), so the test sees exactly what was sent. */
function get(
	pathname: string,
	headers: Record<string, string> = {},
	method = 'GET'
): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, path: pathname, method, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
		});
		req.on('error', reject);
		req.end();
	});
}

describe('serve.mjs: precompressed files', () => {
	it('sends brotli when accepted, with the file type, compressed length, Vary and immutable caching', async () => {
		const res = await get(`/${IMMUTABLE}`, { 'Accept-Encoding': 'gzip, deflate, br' });
		expect(res.status).toBe(200);
		expect(res.headers['content-encoding']).toBe('br');
		expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
		expect(res.headers['vary']).toBe('Accept-Encoding');
		expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(res.headers['x-content-type-options']).toBe('nosniff');
		expect(Number(res.headers['content-length'])).toBe(res.body.length);
		expect(res.body.length).toBeLessThan(SCRIPT.length / 10);
		expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
	});

	it('sends gzip when brotli is not accepted, and pages revalidate (no-cache)', async () => {
		const res = await get('/', { 'Accept-Encoding': 'gzip' });
		expect(res.headers['content-encoding']).toBe('gzip');
		expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(res.headers['cache-control']).toBe('no-cache');
		expect(Number(res.headers['content-length'])).toBe(res.body.length);
		expect(gunzipSync(res.body).toString()).toBe(PAGE);
	});

	it.each([
		['no Accept-Encoding', undefined, null],
		['identity only', 'identity', null],
		['brotli refused with q=0', 'br;q=0, gzip;q=0.5', 'gzip'],
		['a wildcard', '*', 'br'],
		['everything refused', 'br;q=0, gzip;q=0, *;q=0', null],
		['x-gzip', 'x-gzip', 'gzip'],
		['upper case and spaces', ' BR ; q=1 ', 'br']
	])('follows Accept-Encoding: %s', async (_name, accept, encoding) => {
		const res = await get(
			`/${IMMUTABLE}`,
			accept === undefined ? {} : { 'Accept-Encoding': accept }
		);
		expect(res.status).toBe(200);
		expect(res.headers['content-encoding']).toBe(encoding ?? undefined);
		expect(res.headers['vary']).toBe('Accept-Encoding');
		expect(Number(res.headers['content-length'])).toBe(res.body.length);
		const text =
			encoding === 'br'
				? brotliDecompressSync(res.body)
				: encoding === 'gzip'
					? gunzipSync(res.body)
					: res.body;
		expect(text.toString()).toBe(SCRIPT);
	});

	it('answers HEAD with the headers of the encoding it would send, and no body', async () => {
		const head = await get(`/${IMMUTABLE}`, { 'Accept-Encoding': 'br' }, 'HEAD');
		const full = await get(`/${IMMUTABLE}`, { 'Accept-Encoding': 'br' });
		expect(head.status).toBe(200);
		expect(head.body.length).toBe(0);
		expect(head.headers['content-encoding']).toBe('br');
		expect(head.headers['content-length']).toBe(full.headers['content-length']);
		expect(head.headers['etag']).toBe(full.headers['etag']);
	});

	it('gives each encoding its own validator, and a 304 only for the same one', async () => {
		const br = await get(`/${IMMUTABLE}`, { 'Accept-Encoding': 'br' });
		const plain = await get(`/${IMMUTABLE}`);
		expect(br.headers['etag']).not.toBe(plain.headers['etag']);
		const again = await get(`/${IMMUTABLE}`, {
			'Accept-Encoding': 'br',
			'If-None-Match': String(br.headers['etag'])
		});
		expect(again.status).toBe(304);
		expect(again.headers['vary']).toBe('Accept-Encoding');
		expect(again.body.length).toBe(0);
		const other = await get(`/${IMMUTABLE}`, {
			'Accept-Encoding': 'gzip',
			'If-None-Match': String(br.headers['etag'])
		});
		expect(other.status).toBe(200);
		expect(other.headers['content-encoding']).toBe('gzip');
	});

	it('sends the file itself when it has no siblings, or only stale ones', async () => {
		for (const name of ['/plain.js', '/stale.js']) {
			const res = await get(name, { 'Accept-Encoding': 'br, gzip' });
			expect(res.headers['content-encoding'], name).toBeUndefined();
			expect(res.body.toString(), name).toBe(SCRIPT);
		}
	});

	it('never compresses fonts or images, and sends no Vary for them', async () => {
		const res = await get('/font.woff2', { 'Accept-Encoding': 'br, gzip' });
		expect(res.status).toBe(200);
		expect(res.headers['content-type']).toBe('font/woff2');
		expect(res.headers['content-encoding']).toBeUndefined();
		expect(res.headers['vary']).toBeUndefined();
		expect(res.body.length).toBe(7);
	});
});

describe('serve.mjs: the default port', () => {
	it('moves on when 4173 is taken (a running npm start) and prints the one address it serves', async () => {
		// Hold 4173 unless someone else already does: either way the server must move on.
		const holder: Server = createServer();
		await new Promise<void>((resolve) => {
			holder.once('error', () => resolve());
			holder.listen(4173, '127.0.0.1', () => resolve());
		});
		const { PORT: _port, ...env } = process.env;
		const second = spawn(process.execPath, [path.resolve('scripts/serve.mjs')], {
			cwd: dir,
			env,
			stdio: ['ignore', 'pipe', 'inherit']
		});
		try {
			const out = await new Promise<string>((resolve, reject) => {
				let text = '';
				second.stdout?.on('data', (chunk: Buffer) => {
					text += chunk.toString();
					if (text.includes('relay on the same port')) resolve(text);
				});
				second.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${text}`)));
			});
			const served = [...out.matchAll(/being served at http:\/\/localhost:(\d+)\//g)].map((m) =>
				Number(m[1])
			);
			const skipped = [...out.matchAll(/port (\d+) is in use/g)].map((m) => Number(m[1]));
			expect(served).toHaveLength(1);
			expect(skipped[0]).toBe(4173);
			expect(served[0]).toBe(4173 + skipped.length);
			const res = await fetch(`http://127.0.0.1:${served[0]}/`);
			expect(res.status).toBe(200);
			expect(await res.text()).toBe(PAGE);
		} finally {
			second.kill('SIGTERM');
			holder.close();
		}
	});
});

describe('serve.mjs: switches', () => {
	it('refuses a value after a switch (`--trust-proxy=false` must not trust the proxy)', async () => {
		const { spawnSync } = await import('node:child_process');
		for (const arg of ['--trust-proxy=false', '--host=no']) {
			const run = spawnSync(process.execPath, [path.resolve('scripts/serve.mjs'), arg], {
				cwd: dir,
				encoding: 'utf8',
				timeout: 10_000
			});
			expect(run.status, arg).toBe(2);
			expect(run.stderr, arg).toContain('takes no value');
		}
	});
});
