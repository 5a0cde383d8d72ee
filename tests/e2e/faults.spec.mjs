// Network faults: each deck URL fails in its own way; each widget says what happened in plain
// words, offers a retry, and the other explainers on the page keep working.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';

const FAULTS = {
  '/faults/500': 'the server answered HTTP 500',
  // The server answers after 15 s; the page allows 2 (`data-timeout`), so the test need not
  // wait out the default 10.
  '/faults/slow': 'did not arrive within 2 seconds',
  '/faults/html': 'answered with text/html, not a JSON deck',
  '/faults/truncated': 'has 1 problem',
  '/faults/huge': 'has 1 problem',
  '/faults/redirect': 'could not be fetched: the server could not be reached, or this page is not allowed to load it',
  '/decks/none.json': 'the server answered HTTP 404',
  // Another origin (localhost, not 127.0.0.1) that sends no CORS header.
  'http://localhost:4173/decks/cyber-alliance.en.json': 'this page is not allowed to load it',
};

test('every fault gets its own error card; the healthy explainer keeps working', async ({ page }) => {
  test.setTimeout(60_000);
  const hosts = Object.keys(FAULTS)
    .map((url, i) => `<div id="f${i}" data-explainer data-deck="${url}"${url === '/faults/slow' ? ' data-timeout="2"' : ''}></div>`)
    .join('\n');
  await page.route('**/faults-page.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>faults</title><script type="module" src="/explainer.js"></script></head>
<body><div id="ok" data-explainer></div>${hosts}</body></html>`,
    }),
  );
  await page.goto('/faults-page.html');
  for (const [i, [url, words]] of Object.entries(FAULTS).entries()) {
    const card = page.locator(`#f${i} .cx-error`);
    await expect(card, url).toBeVisible({ timeout: 20_000 });
    await expect(card.locator('.cx-error-summary'), url).toContainText(words);
    await expect(card.getByRole('button', { name: 'Try again' }), url).toBeVisible();
  }
  await expect(page.locator('#f3 .cx-problems li')).toHaveText([/^line \d+, column \d+: not valid JSON/]);
  await expect(page.locator('#f4 .cx-problems li')).toHaveText([/^the deck is \d+ bytes; the limit is 2097152 bytes$/]);
  // The healthy widget still works after all that.
  const ok = page.locator('#ok');
  await ok.getByRole('button', { name: 'Next' }).click();
  await expect(ok.locator('.cx-root .cx-card')).toHaveAttribute('data-card-id', 'white-paper');
});

test('retry loads the deck once the server recovers', async ({ page }) => {
  await page.route('**/retry-page.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>retry</title><script type="module" src="/explainer.js"></script></head>
<body><div id="r" data-explainer data-deck="/faults/flaky?key=${Date.now()}"></div></body></html>`,
    }),
  );
  await page.goto('/retry-page.html');
  const host = page.locator('#r');
  await expect(host.locator('.cx-error-summary')).toContainText('HTTP 503');
  await host.getByRole('button', { name: 'Try again' }).click();
  await expect(host.locator('.cx-root .cx-card')).toHaveAttribute('data-card-id', 'threat');
});

// `data-timeout` is read twice: by the loader, which requests the deck while the wasm downloads,
// and by the widget, which requests it again on "Try again". Both are held to the answers of
// tests/fixtures/timeouts.json (which tests/load_errors.rs holds the Rust rule to): every request
// is recorded with the time its `AbortSignal.timeout` allows.
test('data-timeout is read by one rule in the loader and in the widget', async ({ page }) => {
  const cases = JSON.parse(readFileSync(new URL('../fixtures/timeouts.json', import.meta.url), 'utf8'));
  await page.addInitScript(() => {
    const allowed = new WeakMap();
    const timeout = AbortSignal.timeout.bind(AbortSignal);
    AbortSignal.timeout = (ms) => {
      const signal = timeout(ms);
      allowed.set(signal, ms);
      return signal;
    };
    const fetch = window.fetch.bind(window);
    window.__requests = [];
    window.fetch = (url, init) => {
      window.__requests.push([String(url), allowed.get(init?.signal)]);
      return fetch(url, init);
    };
  });
  await page.route('**/timeouts/*.json', (route) => route.fulfill({ status: 503, body: '' }));
  const hosts = cases
    .map(({ attr }, i) => `<div id="t${i}" data-explainer data-deck="/timeouts/${i}.json" data-timeout="${attr}"></div>`)
    .join('\n');
  await page.route('**/timeouts-page.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>timeouts</title><script type="module" src="/explainer.js"></script></head>
<body>${hosts}</body></html>`,
    }),
  );
  await page.goto('/timeouts-page.html');
  for (const [i, { attr }] of cases.entries()) {
    // The loader starts widgets as they come near the viewport.
    await page.locator(`#t${i}`).scrollIntoViewIfNeeded();
    const retry = page.locator(`#t${i} .cx-error`).getByRole('button', { name: 'Try again' });
    await expect(retry, `data-timeout=${JSON.stringify(attr)}`).toBeVisible();
    await retry.click();
  }
  // Both requests of each deck, the loader's and the widget's, are in once every widget has
  // shown its error card a second time (the retry's).
  for (const i of cases.keys()) {
    await expect(page.locator(`#t${i} .cx-error`)).toBeVisible();
  }
  await expect
    .poll(() => page.evaluate(() => window.__requests.filter(([url]) => url.includes('/timeouts/')).length))
    .toBe(cases.length * 2);
  const requests = await page.evaluate(() => window.__requests);
  for (const [i, { attr, seconds }] of cases.entries()) {
    const mine = requests.filter(([url]) => url.endsWith(`/timeouts/${i}.json`)).map(([, ms]) => ms);
    expect(mine, `data-timeout=${JSON.stringify(attr)}: the loader's request, then the widget's`).toEqual([
      seconds * 1000,
      seconds * 1000,
    ]);
  }
});
