// A tiny static file server for end-to-end tests: serves a directory (the release build) on
// 127.0.0.1 with correct MIME types, so `.wasm` streams compile, and every HTML page with the
// strict Content-Security-Policy a cautious newsroom would use. Usage: node serve.mjs DIR PORT
// [HEADERS]: with HEADERS (a Netlify-style `_headers` file, as scripts/post-build.sh writes for
// release/), its rules add their headers (cache, CORS) to the files they match, as that host
// would: the tests of the versioned layout and of oEmbed then run on the headers we ship.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4173);
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const rules = [];
if (process.argv[4]) {
  for (const line of fs.readFileSync(process.argv[4], 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp('^' + line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
      rules.push({ pattern, headers: {} });
    } else if (rules.length) {
      const at = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
}
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

// Host pages made by a test (an article on another site, a WordPress post): /_test/page?html=
// <base64url of the page>[&csp=<policy>]. They come from this server, not from Playwright's
// request interception, because Chromium's local-network checks refuse a page without an
// address (an intercepted one) to frame or load from localhost.
const testPage = (req, res, url) => {
  const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
  if (url.searchParams.get('csp')) headers['content-security-policy'] = url.searchParams.get('csp');
  res.writeHead(200, headers).end(Buffer.from(url.searchParams.get('html') ?? '', 'base64url'));
};

// Deck URLs that fail the way real servers do, for the error-card tests.
const flaky = new Set();
// Bodies held back after the headers, by ?key=, until /faults/release?key= is asked for.
const stalled = new Map();
const faults = {
  '/_test/page': testPage,
  '/faults/500': (req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('boom'),
  '/faults/slow': (req, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'), 15_000),
  '/faults/html': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Not a deck</p>'),
  '/faults/truncated': (req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(fs.readFileSync(path.join(root, 'decks/cyber-alliance.en.json'), 'utf8').slice(0, 500)),
  '/faults/huge': (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(`{"id":"${'x'.repeat(3 * 1024 * 1024)}"}`),
  // Another origin (localhost vs 127.0.0.1) that sends no CORS header.
  '/faults/redirect': (req, res) =>
    res.writeHead(302, { location: `http://localhost:${port}/decks/cyber-alliance.en.json` }).end(),
  // Answers at once with the deck's first 100 bytes; the rest waits for /faults/release.
  '/faults/stalled': (req, res, url) => {
    const deck = fs.readFileSync(path.join(root, 'decks/cyber-alliance.en.json'));
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.write(deck.subarray(0, 100));
    stalled.set(url.searchParams.get('key'), () => res.end(deck.subarray(100)));
  },
  '/faults/release': (req, res, url) => {
    const release = stalled.get(url.searchParams.get('key'));
    stalled.delete(url.searchParams.get('key'));
    release?.();
    res.writeHead(release ? 204 : 404).end();
  },
  // Fails the first time a given ?key= asks, then serves the deck.
  '/faults/flaky': (req, res, url) => {
    const key = url.searchParams.get('key');
    if (!flaky.has(key)) {
      flaky.add(key);
      res.writeHead(503, { 'content-type': 'text/plain' }).end('try later');
    } else {
      res.writeHead(200, { 'content-type': 'application/json' }).end(fs.readFileSync(path.join(root, 'decks/cyber-alliance.en.json')));
    }
  },
};

http
  // Test pages travel whole in their URL (/_test/page?html=): allow long ones.
  .createServer({ maxHeaderSize: 256 * 1024 }, (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (faults[url.pathname]) return faults[url.pathname](req, res, url);
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const type = types[path.extname(file)] ?? 'application/octet-stream';
      // Validators, as static hosts send them, so a cached file can be revalidated (304).
      const stat = fs.statSync(file);
      const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
      const headers = { 'content-type': type, 'cache-control': 'no-store', etag, 'last-modified': stat.mtime.toUTCString() };
      if (type.startsWith('text/html')) headers['content-security-policy'] = CSP;
      for (const rule of rules) if (rule.pattern.test(url.pathname)) Object.assign(headers, rule.headers);
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      res.writeHead(200, headers);
      res.end(body);
    });
  })
  .listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
