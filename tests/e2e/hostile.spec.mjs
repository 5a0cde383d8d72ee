// Injection and hostile hosts: XSS payloads in every text of a deck run nothing and show as
// text; a host with clashing globals, a second copy of the snippet, a <base href> and
// dir="rtl" still gets exactly one working widget per element.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';

const deck = JSON.parse(fs.readFileSync(new URL('../../decks/cyber-alliance.en.json', import.meta.url)));

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '<svg onload="window.__xss=3"></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=4">',
  '"><iframe src="javascript:window.parent.__xss=5"></iframe>',
  '<a href="javascript:window.__xss=6">click</a>',
  '<img src="http://evil.invalid/pixel.gif">',
  '<style>*{display:none!important}</style>',
  '\u202Egnp.exe\u202C and \u201Cquotes\u201D \u2018too\u2019',
  "'; window.__xss=7; '",
  '<link rel=stylesheet href="http://evil.invalid/x.css">',
  '{{constructor.constructor("window.__xss=8")()}}',
];

/** Replaces every human-readable string of the deck (not ids, kinds or references). */
function poison(value, key = '', counter = { n: 0 }) {
  const keep = new Set(['id', 'kind', 'lang', 'card', 'source', 'sources', '$schema', 'url', 'src', 'credit_url']);
  if (Array.isArray(value)) return value.map((v) => poison(v, key, counter));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keep.has(k) ? v : poison(v, k, counter)]));
  }
  if (typeof value === 'string') return `${PAYLOADS[counter.n++ % PAYLOADS.length]} #${counter.n}`;
  return value;
}

test('XSS payloads in every field are shown as text and never run', async ({ page }) => {
  test.setTimeout(90_000);
  const poisoned = poison(deck);
  const offsite = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) offsite.push(r.url());
  });
  page.on('dialog', (d) => {
    offsite.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  await page.route((url) => url.pathname === '/xss-deck.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(poisoned) }));
  await page.goto(`/embed.html?deck=/xss-deck.json`);
  const widget = page.locator('#explainer section.cx');
  await expect(widget.locator('.cx-title')).toHaveText(poisoned.title);
  for (const [i, card] of poisoned.cards.entries()) {
    await widget.locator('.cx-dot').nth(i).click();
    await expect(widget.locator('.cx-card .cx-card-title')).toHaveText(card.title);
    if (card.kind === 'timeline') for (const tab of await widget.getByRole('tab').all()) await tab.click();
    if (card.kind === 'flow') for (const step of await widget.locator('.cx-card .cx-flow-step').all()) await step.click();
    if (card.kind === 'scenario') for (const r of await widget.locator('.cx-card input[type=radio]').all()) await r.check();
    if (card.kind === 'quiz') {
      for (let q = 0; q < card.questions.length; q++) {
        await widget.locator('.cx-card input[type=radio]').first().check();
        await widget.locator('.cx-card .cx-quiz-action').click();
        await expect(widget.locator('.cx-card .cx-verdict')).toContainText(card.questions[q].explanation);
        await widget.locator('.cx-card .cx-quiz-action').click();
      }
    }
  }
  await widget.locator('.cx-dot').first().click();
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(offsite).toEqual([]);
  // Nothing from the deck became an element: no img, svg, script, iframe or style inside but
  // a card picture's own (its file from the deck's `src`, its poisoned words in attributes).
  const injected = await page.locator('#explainer').evaluate(
    (h) => h.shadowRoot.querySelectorAll('img:not(.cx-media-box > img), svg:not(.cx-media-sizer), script, iframe, style, math, link').length,
  );
  expect(injected).toBe(0);
});

test('links with a scheme other than http(s) are rejected by validation', async ({ page }) => {
  const bad = structuredClone(deck);
  bad.sources[0].url = 'javascript:window.__xss=9';
  bad.sources[1].url = 'data:text/html,<script>window.__xss=10</script>';
  await page.route((url) => url.pathname === '/bad-links.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(bad) }));
  await page.goto('/embed.html?deck=/bad-links.json');
  await expect(page.locator('.cx-problems li')).toHaveText([
    /^sources\[0\]\.url: link "javascript:window.__xss=9" must be an absolute https:\/\/ or http:\/\/ address$/,
    /^sources\[1\]\.url: link "data:text\/html,<script>window.__xss=10<\/script>" must be/,
  ]);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});

test('a hostile host page still gets one working widget per element', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route('**/hostile-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="ar" dir="rtl"><head><title>host</title>
<base href="/examples/">
<script src="/globals.js"></script>
<script type="module" src="/explainer.js"></script>
<script type="module" src="/explainer.js?copy=2"></script>
</head><body><h1>page</h1><div id="a" data-explainer data-deck="../decks/two-plus-two.en.json"></div><div id="b" data-explainer></div></body></html>`,
    }),
  );
  await page.route('**/globals.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: 'window.wasm = 1; window.init = function () { throw new Error("host init"); }; window.explainer = "taken"; window.wasmBindings = null;',
    }),
  );
  await page.goto('/hostile-host.html');
  for (const [id, first] of [['#a', 'meeting'], ['#b', 'threat']]) {
    const host = page.locator(id);
    await host.scrollIntoViewIfNeeded();
    await expect(host.locator('.cx-root .cx-card')).toHaveAttribute('data-card-id', first);
    expect(await host.evaluate((h) => h.shadowRoot.querySelectorAll('.cx-root').length)).toBe(1);
    await host.getByRole('button', { name: 'Next' }).click();
    await expect(host.locator('.cx-root .cx-card')).not.toHaveAttribute('data-card-id', first);
  }
  expect(await page.evaluate(() => [window.wasm, window.explainer, window.wasmBindings])).toEqual([1, 'taken', null]);
  expect(errors).toEqual([]);
});
