// The iframe embed: embed.html keeps its iframe exactly as tall as its content, with our
// parent script or with NPR's pym.js, honours deep links, and ignores hostile messages.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';

const contentHeight = (frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

async function expectFitted(page, iframe) {
  const frame = await (await iframe.elementHandle()).contentFrame();
  await expect(frame.locator('.cx-root .cx-card')).toBeVisible();
  await expect
    .poll(async () => Math.abs((await iframe.evaluate((f) => f.clientHeight)) - (await contentHeight(frame))))
    .toBeLessThanOrEqual(1);
  return frame;
}

for (const [name, path, selector] of [
  ['our parent script', '/examples/iframe.html', 'iframe#frame'],
  ["NPR's pym.js", '/examples/pym.html', '#pym-explainer iframe'],
]) {
  test(`the iframe stays exactly as tall as its content (${name})`, async ({ page }) => {
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(path);
    const iframe = page.locator(selector);
    const frame = await expectFitted(page, iframe);
    expect(await iframe.evaluate((f) => f.clientHeight)).toBeGreaterThan(300);
    // Walk the cards: their heights differ, and the iframe follows every change, both ways.
    const heights = [await iframe.evaluate((f) => f.clientHeight)];
    const next = frame.getByRole('button', { name: 'Next' });
    for (let i = 0; i < 8 && (await next.getAttribute('aria-disabled')) !== 'true'; i++) {
      await next.click();
      await expectFitted(page, iframe);
      heights.push(await iframe.evaluate((f) => f.clientHeight));
    }
    const steps = heights.slice(1).map((h, i) => h - heights[i]);
    expect(steps.some((d) => d > 0), `grew: ${heights}`).toBe(true);
    expect(steps.some((d) => d < 0), `shrank: ${heights}`).toBe(true);
    // A narrower viewport makes the text wrap more: the iframe grows with it.
    await page.setViewportSize({ width: 900, height: 800 });
    await expectFitted(page, iframe);
    const before = await iframe.evaluate((f) => f.clientHeight);
    await page.setViewportSize({ width: 360, height: 800 });
    await expectFitted(page, iframe);
    expect(await iframe.evaluate((f) => f.clientHeight)).toBeGreaterThan(before);
    expect(errors).toEqual([]);
  });
}

test('embed.html honours the card parameter and the hash', async ({ page }) => {
  await page.goto('/examples/iframe.html');
  const frame = await expectFitted(page, page.locator('iframe#frame'));
  await expect(frame.locator('.cx-root .cx-card')).toHaveAttribute('data-card-id', 'wannacry');
  await page.goto('/examples/pym.html');
  const pymFrame = await expectFitted(page, page.locator('#pym-explainer iframe'));
  await expect(pymFrame.locator('.cx-root .cx-card')).toHaveAttribute('data-card-id', 'charges');
  await page.goto('/embed.html?theme=dark#explainer=nhs');
  await expect(page.locator('.cx-root .cx-card')).toHaveAttribute('data-card-id', 'nhs');
  await expect(page.locator('#explainer')).toHaveAttribute('data-theme', 'dark');
});

test('embed.html refuses deck URLs with a non-web scheme, and bad parameters', async ({ page }) => {
  await page.goto('/embed.html?deck=javascript:alert(1)&lang=xx&card=<b>');
  const host = page.locator('#explainer');
  await expect(host.locator('.cx-root .cx-error-summary')).toContainText('javascript:alert(1) is not shown here');
  expect(await host.getAttribute('data-deck')).toBeNull();
  // A tag the widget does not speak goes to it and is read as English by its one rule.
  expect(await host.getAttribute('data-lang')).toBe('xx');
  await expect(host.locator('.cx-root .cx-error')).toHaveAttribute('lang', 'en');
  expect(await host.getAttribute('data-start')).toBeNull();
});

test('embed.html shows decks from its own site, by relative or absolute URL', async ({ page }) => {
  for (const deck of ['decks/two-plus-two.en.json', '/decks/two-plus-two.en.json', 'http://127.0.0.1:4173/decks/two-plus-two.en.json', 'HTTP://127.0.0.1:4173/decks/two-plus-two.en.json']) {
    await page.goto(`/embed.html?deck=${encodeURIComponent(deck)}`);
    await expect(page.locator('#explainer .cx-root .cx-card'), deck).toHaveAttribute('data-card-id', 'meeting');
  }
});

test('embed.html refuses decks from other sites, whatever the disguise, and fetches nothing of them', async ({ page }) => {
  const foreign = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.hostname !== '127.0.0.1') foreign.push(r.url());
  });
  const tricks = [
    'https://example.org/deck.json',
    '//example.org/deck.json',
    'https:example.org/deck.json',
    'http://127.0.0.1:4173@example.org/deck.json',
    '\\\\example.org\\deck.json',
    '/\\example.org/deck.json',
    'HTTPS://EXAMPLE.ORG/deck.json',
    '  https://example.org/deck.json',
    '\thttps://example.org/deck.json',
    'data:application/json,{}',
  ];
  for (const deck of tricks) {
    await page.goto(`/embed.html?deck=${encodeURIComponent(deck)}`);
    const summary = page.locator('#explainer .cx-root .cx-error-summary');
    await expect(summary, deck).toContainText('is not shown here');
    await expect(page.locator('#explainer .cx-root .cx-card')).toHaveCount(0);
    expect(await page.locator('#explainer').getAttribute('data-deck'), deck).toBeNull();
  }
  // In the page's language.
  await page.goto(`/embed.html?lang=ja&deck=${encodeURIComponent('https://example.org/deck.json')}`);
  await expect(page.locator('#explainer .cx-root .cx-error-summary')).toContainText('表示できません');
  expect(foreign).toEqual([]);
});

test('an origin on the publisher\'s allow list is fetched like any deck', async ({ page }) => {
  // The tests' build allows http://localhost:4173 (EXPLAINER_EMBED_ORIGINS in scripts/test.sh).
  // The test server's strict CSP (connect-src 'self') then stops the request, as a deployer's
  // CSP would until it lists the origin too: the widget tries, and says it could not fetch.
  const url = 'http://localhost:4173/decks/two-plus-two.en.json';
  await page.goto(`/embed.html?deck=${encodeURIComponent(url)}`);
  await expect(page.locator('#explainer')).toHaveAttribute('data-deck', url);
  const summary = page.locator('#explainer .cx-root .cx-error-summary');
  await expect(summary).toContainText('could not be fetched');
  await expect(summary).not.toContainText('is not shown here');
});

test('hostile or malformed messages change nothing', async ({ page }) => {
  await page.goto('/examples/iframe.html');
  const iframe = page.locator('iframe#frame');
  const frame = await expectFitted(page, iframe);
  const height = await iframe.evaluate((f) => f.clientHeight);
  // Posts the messages, then a sentinel; messages from one window arrive in order, so once
  // the sentinel is seen every message before it has been handled.
  const postAll = (messages) =>
    new Promise((resolve) => {
      addEventListener('message', function done(e) {
        if (e.data === 'bench-sentinel') {
          removeEventListener('message', done);
          resolve();
        }
      });
      for (const data of messages) window.postMessage(data, '*');
      window.postMessage('bench-sentinel', '*');
    });
  // From the parent page itself (not the iframe's window), and of the wrong shapes.
  await page.evaluate(postAll, [
    'pymxPYMxexplainerxPYMxheightxPYMx5',
    'pymxPYMxframexPYMxheightxPYMx99999999',
    { height: 5 },
    'pymxPYMxexplainerxPYMxnavigateToxPYMxjavascript:alert(1)',
    'garbage',
  ]);
  // Messages sent into the iframe that are not from its parent, or not pym-shaped.
  await frame.evaluate(postAll, ['pymxPYMxexplainerxPYMxwidthxPYMx1', '<img src=x onerror=alert(1)>']);
  expect(await iframe.evaluate((f) => f.clientHeight)).toBe(height);
  await expect(frame.locator('.cx-root .cx-card')).toHaveAttribute('data-card-id', 'wannacry');
});

test('on an AMP page, embed.html asks amp-iframe for its height the way the AMP runtime checks', async ({ page }) => {
  // A parent that does what amp-iframe does with `resizable`: accept only a message from its
  // own frame's window, shaped {sentinel: 'amp', type: 'embed-size', height: <number>}, and
  // resize to it. Served with the same strict CSP; its script is a separate file.
  await page.route('**/amp-parent.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `const frame = document.querySelector('iframe');
window.__sizes = [];
addEventListener('message', (e) => {
  const d = e.data;
  if (e.source !== frame.contentWindow || !d || d.sentinel !== 'amp' || d.type !== 'embed-size') return;
  if (typeof d.height !== 'number' || !(d.height > 0)) return;
  window.__sizes.push(d.height);
  frame.height = d.height;
});`,
    }),
  );
  await page.route('**/amp-parent.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" },
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AMP parent</title><script src="/amp-parent.js" defer></script></head><body><main><iframe title="Explainer" src="/embed.html?card=wannacry" width="600" height="150" frameborder="0"></iframe></main></body></html>',
    }),
  );
  await page.goto('/amp-parent.html');
  const iframe = page.locator('iframe');
  const frame = await expectFitted(page, iframe);
  expect(await page.evaluate(() => window.__sizes.length)).toBeGreaterThan(0);
  // A card of another height: the frame follows.
  const before = await iframe.evaluate((f) => f.clientHeight);
  await frame.getByRole('button', { name: 'Next' }).click();
  await expectFitted(page, iframe);
  expect(await iframe.evaluate((f) => f.clientHeight)).not.toBe(before);
});

// The language rule lives in Rust alone (`Lang::from_tag`): embed.html hands any tag to the
// widget, and its page's `lang` follows what the widget speaks. The same list of tags is read by
// crates/deck/tests/lang_rule.rs against the Rust rule.
test('embed.html?lang= is read by the widget\'s one language rule', async ({ page }) => {
  const cases = JSON.parse(readFileSync(new URL('../fixtures/lang-tags.json', import.meta.url), 'utf8'));
  for (const { tag, speaks } of cases) {
    await page.goto(`/embed.html?lang=${encodeURIComponent(tag)}`);
    const carousel = page.locator('#explainer .cx-root section.cx[aria-roledescription="carousel"]');
    await expect(carousel, `lang=${JSON.stringify(tag)}`).toHaveAttribute('lang', speaks);
    await expect(page.locator('html'), `lang=${JSON.stringify(tag)}`).toHaveAttribute('lang', speaks);
  }
});
