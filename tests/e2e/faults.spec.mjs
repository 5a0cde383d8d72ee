// Network faults: each deck URL fails in its own way; each widget says what happened in plain
// words, offers a retry, and the other explainers on the page keep working.
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
