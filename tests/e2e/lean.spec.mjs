// What the size work must not break: the minified stylesheet is the source stylesheet, a trap
// of the size-optimised wasm still leaves a visible message, and the Japanese edition (no longer
// compiled in) loads only when a reader asks for it, keeping their place; the cards kept ready
// beside the one on show are hidden from everyone and shown, not built, by Next; a deck the
// loader already holds when the widget starts is shown without a frame of "loading".
import { test, expect } from '@playwright/test';
import { openArticle } from './article.mjs';
import fs from 'node:fs';

const sourceCss = fs.readFileSync(new URL('../../styles/explainer.css', import.meta.url), 'utf8');

test('the shipped (minified) stylesheet parses to exactly the source stylesheet', async ({ page }) => {
  await openArticle(page);
  const { shipped, source } = await page.evaluate((css) => {
    const rules = (sheet) => [...sheet.cssRules].map((r) => r.cssText);
    const host = document.querySelector('[data-explainer]');
    const shipped = rules(host.shadowRoot.adoptedStyleSheets[0]);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return { shipped, source: rules(sheet) };
  }, sourceCss);
  expect(source.length).toBeGreaterThan(50);
  // Values holding var() are kept as written (token streams), so only whitespace after commas
  // and line breaks may differ there; every rule, selector, property and value must match.
  const same = (rules) => rules.map((r) => r.replace(/\s+/g, ' ').replace(/, /g, ','));
  expect(same(shipped)).toEqual(same(source));
});

test('a trap in our wasm shows the stopped-working message; another module\'s trap does not', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (err) => errors.push(err));
  await openArticle(page);
  // Another WebAssembly module on the page traps (a one-function module: `unreachable`).
  await page.evaluate(async () => {
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
    const { instance } = await WebAssembly.instantiate(bytes);
    setTimeout(() => instance.exports.f());
  });
  await expect.poll(() => errors.length).toBe(1);
  expect(String(errors[0])).toContain('unreachable');
  await expect(page.locator('[data-explainer] section[aria-roledescription="carousel"]')).toBeVisible();
  // Now our own module traps: a raw export called with an out-of-bounds string, outside any
  // try/catch, as a panic in an event handler would surface.
  await page.evaluate(async () => {
    const glue = await import('/explainer-widget.js');
    const wasm = await glue.default(); // already initialised: returns the live exports
    const host = document.querySelector('[data-explainer]');
    setTimeout(() => wasm.goTo(host, 0xfffffff0, 64));
  });
  const message = page.locator('[data-explainer] .cx-panic');
  await expect(message).toHaveText(/stopped working because of an internal error/);
  await expect(message).toHaveAttribute('role', 'alert');
  expect(errors.length).toBe(2);
});

test('the stopped-working message speaks the language the widget was speaking', async ({ page }) => {
  const widget = await openArticle(page);
  await widget.getByRole('button', { name: '日本語' }).click();
  await expect(widget.locator('.cx-position')).toHaveText('1 / 19');
  // The page's own `lang` is English: the message follows the widget, not the page.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.evaluate(async () => {
    const glue = await import('/explainer-widget.js');
    const wasm = await glue.default();
    const host = document.querySelector('[data-explainer]');
    setTimeout(() => wasm.goTo(host, 0xfffffff0, 64));
  });
  const message = page.locator('[data-explainer] .cx-panic');
  await expect(message).toHaveText('申し訳ありません。内部エラーのため、この解説は動作を停止しました。ページを再読み込みしてください。');
  await expect(message).toHaveAttribute('lang', 'ja');
});

test('the Japanese edition is fetched only when asked for, and the reader keeps their place', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const widget = await openArticle(page);
  await widget.getByRole('button', { name: 'Next' }).click();
  await widget.getByRole('button', { name: 'Next' }).click();
  expect(requests.filter((p) => p.endsWith('.json'))).toEqual([]);
  // Hold the Japanese deck back to see the loading state.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/decks/cyber-alliance.ja.json', async (route) => {
    await held;
    await route.continue();
  });
  const ja = widget.getByRole('button', { name: '日本語' });
  await ja.click();
  await expect(widget.locator('.cx-lang-note[role=status]')).toHaveText('解説を読み込んでいます…');
  await expect(widget.locator('.cx-position')).toHaveText('3 of 19');
  release();
  await expect(widget.locator('.cx-position')).toHaveText('3 / 19');
  await expect(widget.locator('.cx-lang-note')).toHaveCount(0);
  await expect(ja).toBeFocused();
  expect(requests.filter((p) => p.endsWith('.json'))).toEqual(['/decks/cyber-alliance.ja.json']);
});

test('a Japanese edition that fails to load says so under the switch, and retry recovers', async ({ page }) => {
  const widget = await openArticle(page);
  let fail = true;
  await page.route('**/decks/cyber-alliance.ja.json', (route) =>
    fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue(),
  );
  await widget.getByRole('button', { name: '日本語' }).click();
  const note = widget.locator('.cx-lang-note[role=alert]');
  await expect(note).toContainText('HTTP 503');
  await expect(widget.locator('.cx-position')).toHaveText('1 of 19');
  fail = false;
  await note.getByRole('button', { name: '再試行' }).click();
  await expect(widget.locator('.cx-position')).toHaveText('1 / 19');
});

test('the previous, the next two and the first cards are ready, hidden, before the reader asks: Next only shows one', async ({ page }) => {
  const deck = JSON.parse(fs.readFileSync(new URL('../../decks/cyber-alliance.en.json', import.meta.url)));
  const [first, second, third, fourth] = deck.cards;
  const widget = await openArticle(page);
  const slides = widget.locator('.cx-slides > [role=group]');
  const start = await widget.locator('.cx-card').elementHandle();
  // Once the browser is idle after the first card, the next two are in the page, hidden.
  await expect(slides).toHaveCount(3);
  const ready = widget.locator(`.cx-slides > [data-card-id="${second.id}"]`);
  await expect(ready).toHaveAttribute('hidden');
  await expect(ready).not.toHaveClass(/cx-card/);
  await expect(ready).toBeHidden();
  await expect(widget.locator(`.cx-slides > [data-card-id="${third.id}"][hidden]`)).toHaveCount(1);
  const thirdKept = await widget.locator(`.cx-slides > [data-card-id="${third.id}"]`).elementHandle();
  // Out of the accessibility tree: a reader hears one card.
  await expect(widget.locator('.cx-slides').getByRole('group')).toHaveCount(1);
  await expect(widget.getByRole('heading', { name: second.title })).toHaveCount(0);
  // Next shows that very element: nothing is built on the press.
  const kept = await ready.elementHandle();
  await widget.getByRole('button', { name: 'Next' }).click();
  await expect(widget.locator('.cx-card')).toHaveAttribute('data-card-id', second.id);
  expect(await kept.evaluate((el) => el.isConnected && !el.hidden && el.classList.contains('cx-card'))).toBe(true);
  await expect(widget.getByRole('heading', { name: second.title })).toBeVisible();
  // The window follows: the first card stays ready behind, the fourth joins ahead.
  await expect(widget.locator('.cx-slides > [hidden]')).toHaveCount(3);
  await expect(widget.locator(`.cx-slides > [data-card-id="${first.id}"][hidden]`)).toHaveCount(1);
  await expect(widget.locator(`.cx-slides > [data-card-id="${fourth.id}"][hidden]`)).toHaveCount(1);
  // The next Next shows the third card built at the first idle moment.
  await widget.getByRole('button', { name: 'Next' }).click();
  await expect(widget.locator('.cx-card')).toHaveAttribute('data-card-id', third.id);
  expect(await thirdKept.evaluate((el) => el.isConnected && !el.hidden && el.classList.contains('cx-card'))).toBe(true);
  // A card kept ready keeps what the reader did there: the timeline's chosen event.
  const t = deck.cards.findIndex((c) => c.kind === 'timeline');
  await widget.locator('.cx-dot').nth(t).click();
  await expect(widget.locator('.cx-card')).toHaveAttribute('data-card-id', deck.cards[t].id);
  const tab = widget.locator('.cx-card').getByRole('tab').nth(2);
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await widget.getByRole('button', { name: 'Next' }).click();
  await expect(widget.locator('.cx-card')).toHaveAttribute('data-card-id', deck.cards[t + 1].id);
  await widget.getByRole('button', { name: 'Previous' }).click();
  await expect(widget.locator('.cx-card')).toHaveAttribute('data-card-id', deck.cards[t].id);
  await expect(widget.locator('.cx-card').getByRole('tab').nth(2)).toHaveAttribute('aria-selected', 'true');
  // The first card stays ready wherever the reader is: Home shows the element built on load.
  await expect(widget.locator(`.cx-slides > [data-card-id="${first.id}"][hidden]`)).toHaveCount(1);
  await widget.getByRole('button', { name: 'Next' }).press('Home');
  await expect(widget.locator('.cx-card')).toHaveAttribute('data-card-id', first.id);
  expect(await start.evaluate((el) => el.isConnected && !el.hidden && el.classList.contains('cx-card'))).toBe(true);
});

/** In the page, from its start: `window.__loading` lists each widget (by id) that showed
 * "loading" in a frame that was drawn. */
function watchLoading() {
  window.__loading = [];
  const look = () => {
    for (const host of document.querySelectorAll('[data-explainer]')) {
      if (host.shadowRoot?.querySelector('.cx-loading') && !window.__loading.includes(host.id)) window.__loading.push(host.id);
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

test('a deck that is in before the widget starts is on show in its first frame; one still on its way shows loading first', async ({ page }) => {
  // Two explainers with decks by URL. The wasm is held back until the page has read the first
  // deck's text; the second deck is held back until a frame has shown its "loading" state.
  await page.addInitScript(() => {
    const text = Response.prototype.text;
    Response.prototype.text = function () {
      const read = text.call(this);
      if (this.url.endsWith('/decks/cyber-alliance.en.json')) read.then(() => (window.__deckRead = true));
      return read;
    };
  });
  await page.addInitScript(watchLoading);
  let released = false;
  await page.route('**/explainer-widget_bg.wasm', async (route) => {
    await page.waitForFunction(() => window.__deckRead === true);
    released = true;
    await route.continue();
  });
  await page.route('**/late/deck.json', async (route) => {
    await page.waitForFunction(() => window.__loading.length > 0);
    await route.fulfill({ path: new URL('../../decks/cyber-alliance.en.json', import.meta.url).pathname });
  });
  await page.route('**/first-render.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>first render</title><script type="module" src="/explainer.js"></script></head>
<body><div id="early" data-explainer data-deck="/decks/cyber-alliance.en.json"></div>
<div id="late" data-explainer data-deck="/late/deck.json"></div></body></html>`,
    }),
  );
  const first = JSON.parse(fs.readFileSync(new URL('../../decks/cyber-alliance.en.json', import.meta.url))).cards[0];
  await page.goto('/first-render.html');
  for (const id of ['early', 'late']) {
    await expect(page.locator(`#${id} .cx-card`).getByRole('heading', { name: first.title })).toBeVisible();
  }
  expect(released).toBe(true);
  // Only the widget whose deck was still on its way ever showed "loading" in a frame.
  expect(await page.evaluate(() => window.__loading)).toEqual(['late']);
});

/**
 * A page with explainers for a deck whose server sends the headers and the first bytes, then
 * holds the rest until `/faults/release?key=` (returned as `release`). The wasm is held until the
 * page has heard those headers, so the loader knows the server has answered before the widget
 * can start. `extra` goes before the stalled explainer; `watch` runs in the page first.
 */
async function stalledDeckPage(page, request, { name, extra = '', watch }) {
  const key = `${name}-${test.info().project.name}-${Date.now()}`;
  await page.addInitScript((key) => {
    const fetch = window.fetch;
    window.fetch = function (url, ...rest) {
      const answer = fetch.call(this, url, ...rest);
      if (String(url).includes(key)) answer.then(() => (window.__heard = true));
      return answer;
    };
  }, key);
  if (watch) await page.addInitScript(watch);
  await page.route('**/explainer-widget_bg.wasm', async (route) => {
    await page.waitForFunction(() => window.__heard === true);
    await route.continue();
  });
  await page.route(`**/${name}.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>stalled</title><script type="module" src="/explainer.js"></script></head>
<body>${extra}<div id="stalled" data-explainer data-deck="/faults/stalled?key=${key}"></div></body></html>`,
    }),
  );
  await page.goto(`/${name}.html`);
  return { release: async () => expect((await request.get(`/faults/release?key=${key}`)).status()).toBe(204) };
}

const firstCard = () => JSON.parse(fs.readFileSync(new URL('../../decks/cyber-alliance.en.json', import.meta.url))).cards[0];

test('a deck whose server has answered is waited for: no "loading" while its body arrives', async ({ page, request }) => {
  // A second explainer, with the built-in deck, shows that the widget has started.
  const { release } = await stalledDeckPage(page, request, {
    name: 'stalled-page',
    extra: '<div id="builtin" data-explainer></div>',
    watch: watchLoading,
  });
  // The widget has started (checked every frame: the loader waits one second at most for a
  // body, so the body is released well within it), and the stalled one waits for its body:
  // nothing is shown there yet.
  await page.waitForFunction(() => document.querySelector('#builtin')?.shadowRoot?.querySelector('.cx-card'), null, { polling: 'raf' });
  expect(await page.evaluate(() => !document.querySelector('#stalled').shadowRoot)).toBe(true);
  await release();
  await expect(page.locator('#stalled .cx-card').getByRole('heading', { name: firstCard().title })).toBeVisible();
  expect(await page.evaluate(() => window.__loading)).toEqual([]);
});

test('a deck server that stalls after its headers: "loading" after a second, never a blank box, then the deck', async ({ page, request }) => {
  // As above, but nothing is released until the widget says it is loading: the loader's wait
  // for a body is bounded, and the reader is told what is happening long before the deck's
  // time limit (10 s).
  const { release } = await stalledDeckPage(page, request, { name: 'stalled-bounded' });
  await expect(page.locator('#stalled .cx-loading').getByRole('status')).toHaveText('Loading the explainer…');
  await expect(page.locator('#stalled .cx-card')).toHaveCount(0);
  await release();
  await expect(page.locator('#stalled .cx-card').getByRole('heading', { name: firstCard().title })).toBeVisible();
});
