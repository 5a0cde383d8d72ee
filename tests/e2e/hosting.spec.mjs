// The versioned hosting layout `make build` writes to release/ (scripts/post-build.sh), served
// by the second test server with the headers release/_headers gives it, as a CDN on another
// origin: explainer/<version>/ cached for a year, explainer/latest/ for minutes, CORS on both,
// and an article on another site that loads the "latest" loader gets the pinned version's widget;
// decks at one stable address (explainer/decks/) cached for minutes and revalidated, so a
// correction published there reaches every article.
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { testPage } from './wordpress.mjs';

const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const CDN = 'http://localhost:4174/explainer/';

test('versioned files are cached for a year, the latest loader for minutes, all with CORS', async ({ request }) => {
  for (const file of ['explainer.js', 'explainer-widget.js', 'explainer-widget_bg.wasm', 'embed.html', 'decks/cyber-alliance.ja.json']) {
    const response = await request.get(`${CDN}${version}/${file}`);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['cache-control'], file).toBe('public, max-age=31536000, immutable');
    expect(response.headers()['access-control-allow-origin'], file).toBe('*');
  }
  for (const file of ['explainer.js', 'explainer-frame.js', 'explainer.d.ts']) {
    const response = await request.get(`${CDN}latest/${file}`);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['cache-control'], file).toBe('public, max-age=300');
    expect(response.headers()['access-control-allow-origin'], file).toBe('*');
  }
  expect(await (await request.get(`${CDN}latest/explainer.js`)).text()).toContain(`../${version}/explainer.js`);
});

test('an article on another site using the latest loader runs the pinned release', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(
    testPage(
      `<!doctype html><html lang="en"><head><title>An article</title><link rel="icon" href="/favicon.svg">
        <script type="module" src="${CDN}latest/explainer.js"></script></head>
        <body><main><h1>An article</h1><news-explainer lang="ja"></news-explainer></main></body></html>`,
      `default-src 'self'; script-src 'self' ${CDN} 'wasm-unsafe-eval'; connect-src 'self' ${CDN}; style-src 'self'`,
    ),
  );
  const widget = page.locator('news-explainer .cx-root section.cx');
  await expect(widget).toHaveAttribute('lang', 'ja');
  await page.locator('news-explainer .cx-next').click();
  await expect(page.locator('news-explainer .cx-position')).toHaveText(/^2 \/ /);
  const ours = requests.filter((u) => u.startsWith(CDN)).map((u) => u.slice(CDN.length));
  expect(ours).toEqual(
    expect.arrayContaining([
      'latest/explainer.js',
      `${version}/explainer.js`,
      `${version}/explainer-widget.js`,
      `${version}/explainer-widget_bg.wasm`,
      `${version}/decks/cyber-alliance.ja.json`,
    ]),
  );
  expect(ours.filter((u) => u.startsWith('latest/'))).toEqual(['latest/explainer.js']);
  expect(errors).toEqual([]);
});

test('decks have a stable address, cached for minutes and revalidated: an edited deck is picked up', async ({ request }) => {
  const url = `${CDN}decks/two-plus-two.en.json`;
  const first = await request.get(url);
  expect(first.status()).toBe(200);
  expect(first.headers()['cache-control']).toBe('public, max-age=300, must-revalidate');
  expect(first.headers()['access-control-allow-origin']).toBe('*');
  const etag = first.headers()['etag'];
  expect(etag).toBeTruthy();
  // Unchanged: the cached copy is still good.
  expect((await request.get(url, { headers: { 'if-none-match': etag } })).status()).toBe(304);
  // Corrected in place: revalidation brings the new deck.
  const file = 'release/explainer/decks/two-plus-two.en.json';
  const original = fs.readFileSync(file, 'utf8');
  try {
    const deck = JSON.parse(original);
    deck.updated = '2026-12-01';
    fs.writeFileSync(file, JSON.stringify(deck, null, 2) + '\n');
    const again = await request.get(url, { headers: { 'if-none-match': etag } });
    expect(again.status()).toBe(200);
    expect((await again.json()).updated).toBe('2026-12-01');
  } finally {
    fs.writeFileSync(file, original);
  }
  // The pictures beside the decks are there too.
  expect((await request.get(`${CDN}decks/media/two-plus-two.svg`)).status()).toBe(200);
});
