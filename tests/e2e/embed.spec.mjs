// The host page's view: several instances, late insertion, lazy loading, Shadow DOM against
// hostile CSS, events, deep links, the static fallback, and a strict CSP on every page.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { testPage } from './wordpress.mjs';

const DIST = path.resolve('dist');

/** Fails the test on console errors, page errors and CSP violations. */
async function guard(page) {
  const problems = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return problems;
}

// The live widget's card, not the static HTML's first-card snapshot (inert, until the widget
// replaces it).
const card = (host) => host.locator('.cx-root:not(.cx-snapshot) .cx-card');

test('every page is served with a strict CSP and runs with zero violations', async ({ page }) => {
  const problems = await guard(page);
  const response = await page.goto('/');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await page.locator('[data-explainer]').scrollIntoViewIfNeeded();
  await expect(card(page.locator('[data-explainer]'))).toBeVisible();
  await page.goto('/examples/multiple.html');
  await page.locator('#second').scrollIntoViewIfNeeded();
  await expect(card(page.locator('#second'))).toBeVisible();
  expect(problems).toEqual([]);
});

test('several instances keep their own deck, position and theme', async ({ page }) => {
  const problems = await guard(page);
  await page.goto('/examples/multiple.html');
  const first = page.locator('#first');
  const second = page.locator('#second');
  await expect(card(first)).toHaveAttribute('data-card-id', 'threat');
  await second.scrollIntoViewIfNeeded();
  await expect(card(second)).toHaveAttribute('data-card-id', 'wannacry');
  await first.getByRole('button', { name: 'Next' }).click();
  await expect(card(first)).toHaveAttribute('data-card-id', 'white-paper');
  await expect(card(second)).toHaveAttribute('data-card-id', 'wannacry');
  // Dark theme and the host's accent come through custom properties and data-theme.
  const bg = (host) => host.locator('section.cx').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await bg(first)).toBe('rgb(255, 255, 255)');
  expect(await bg(second)).toBe('rgb(30, 33, 37)');
  const accent = await second.locator('.cx-next').evaluate((el) => getComputedStyle(el).borderTopColor);
  expect(accent).toBe('rgb(255, 158, 128)');
  // One wasm module serves every instance.
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm')).length);
  expect(wasm).toBe(1);
  expect(problems).toEqual([]);
});

test('an explainer added after load is picked up', async ({ page }) => {
  await page.goto('/examples/multiple.html');
  await expect(card(page.locator('#first'))).toBeVisible();
  // The explainers above the button first: `#second` has no static HTML, so it grows from
  // nothing when it starts, and a button it pushes down between press and release is not
  // clicked (the press lands on it, the release below it).
  await page.locator('#second').scrollIntoViewIfNeeded();
  await expect(card(page.locator('#second'))).toBeVisible();
  await page.getByRole('button', { name: 'Add an explainer' }).click();
  const late = page.locator('#late');
  await late.scrollIntoViewIfNeeded();
  await expect(card(late)).toHaveAttribute('data-card-id', 'four-states');
});

test('the host hears ready, cardchange and complete, and can send a widget to a card', async ({ page }) => {
  await page.goto('/examples/multiple.html');
  const log = page.locator('#event-log');
  await expect(log).toContainText('first explainer:ready {"deckId":"cyber-alliance","cardCount":19}');
  const first = page.locator('#first');
  await first.getByRole('button', { name: 'Next' }).click();
  await expect(log).toContainText('first explainer:cardchange {"index":1,"cardId":"white-paper"}');
  // By keyboard: scrolling to the button can bring the next explainer near enough to start, and
  // its taking over moves the button under a pointer click (seen at 320 px).
  await page.getByRole('button', { name: 'Send the first explainer to the NHS card' }).press('Enter');
  await expect(card(first)).toHaveAttribute('data-card-id', 'nhs');
  await expect(log).toContainText('first explainer:cardchange {"index":3,"cardId":"nhs"}');
  // The element method does the same.
  await first.evaluate((el) => el.goTo('quiz'));
  await expect(card(first)).toHaveAttribute('data-card-id', 'quiz');
  await expect(log).toContainText('first explainer:complete {"cardId":"quiz"}');
});

test('the URL hash opens a card and follows navigation, scoped per instance', async ({ page }) => {
  await page.goto('/#explainer=bangladesh-bank');
  const widget = page.locator('[data-explainer]');
  await widget.scrollIntoViewIfNeeded();
  await expect(card(widget)).toHaveAttribute('data-card-id', 'bangladesh-bank');
  await page.evaluate(() => (location.hash = 'explainer=charges'));
  await expect(card(widget)).toHaveAttribute('data-card-id', 'charges');
  await page.goBack();
  await expect(card(widget)).toHaveAttribute('data-card-id', 'bangladesh-bank');

  await page.goto('/examples/multiple.html#second=quiz');
  await page.locator('#second').scrollIntoViewIfNeeded();
  await expect(card(page.locator('#second'))).toHaveAttribute('data-card-id', 'quiz');
  await expect(card(page.locator('#first'))).toHaveAttribute('data-card-id', 'threat');
});

test('a malformed URL hash never breaks the widget or the hash handling', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto('/#explainer=%E0%A4%A');
  const widget = page.locator('[data-explainer]');
  await widget.scrollIntoViewIfNeeded();
  await expect(card(widget)).toHaveAttribute('data-card-id', 'threat');
  for (const hash of ['a%=1', 'explainer=%', '%%%&explainer', '=&=', 'explainer=%E0%A4%A&x=%zz']) {
    await page.evaluate((h) => (location.hash = h), hash);
  }
  // The handler still works after all of them: a good hash moves the widget.
  await page.evaluate(() => (location.hash = 'a%=1&explainer=charges'));
  await expect(card(widget)).toHaveAttribute('data-card-id', 'charges');
  expect(errors).toEqual([]);
});

test('the widget loads only when it comes near the viewport', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/examples/long.html');
  await page.waitForLoadState('networkidle');
  expect(requests).toContain('/explainer.js');
  expect(requests.filter((p) => p.startsWith('/explainer-widget'))).toEqual([]);
  // The static HTML is in the page already, for crawlers and readers without JavaScript.
  await expect(page.locator('#below .explainer-static h3')).toHaveCount(19);
  await page.locator('#below').scrollIntoViewIfNeeded();
  await expect(card(page.locator('#below'))).toBeVisible();
  expect(requests).toContain('/explainer-widget_bg.wasm');
});

test('hostile page CSS cannot reach inside the widget', async ({ page }) => {
  const problems = await guard(page);
  await page.goto('/examples/hostile.html');
  const host = page.locator('#hostile');
  await host.scrollIntoViewIfNeeded();
  await expect(card(host)).toBeVisible();
  const title = host.locator('.cx-card h3.cx-card-title');
  await expect(title).toBeVisible();
  const style = await title.evaluate((el) => {
    const s = getComputedStyle(el);
    return { size: s.fontSize, transform: s.textTransform, spacing: s.letterSpacing };
  });
  expect(style).toEqual({ size: '18.4px', transform: 'none', spacing: 'normal' });
  const next = host.getByRole('button', { name: 'Next' });
  const box = await next.boundingBox();
  expect(box.width).toBeGreaterThanOrEqual(44);
  await next.click();
  await expect(card(host)).toHaveAttribute('data-card-id', 'white-paper');
  // Our styles do not leak out either: the page's paragraph keeps its own colour.
  expect(await page.locator('body > p').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 0, 0)');
  expect(problems).toEqual([]);
});

test('the widget on the hostile page looks exactly as on a plain page', async ({ page }) => {
  const shots = {};
  for (const [name, path, id] of [['plain', '/examples/plain.html', '#plain'], ['hostile', '/examples/hostile.html', '#hostile']]) {
    await page.goto(path);
    const host = page.locator(id);
    await host.scrollIntoViewIfNeeded();
    await expect(card(host)).toBeVisible();
    const section = host.locator('section.cx');
    shots[name] = {
      size: await section.evaluate((el) => [el.offsetWidth, el.offsetHeight]),
      card: await card(host).screenshot({ animations: 'disabled' }),
      controls: await host.locator('.cx-controls').screenshot({ animations: 'disabled' }),
    };
  }
  expect(shots.hostile.size).toEqual(shots.plain.size);
  // Pixel for pixel, allowing only anti-aliasing noise: the two hosts can sit at different
  // sub-pixel offsets, which shifts the smoothing of a few edge pixels.
  for (const part of ['card', 'controls']) {
    const diff = await pixelDiff(page, shots.plain[part], shots.hostile[part]);
    expect(diff.size, `${part} size`).toEqual(diff.otherSize);
    expect(diff.changed / diff.total, `${part}: ${diff.changed} of ${diff.total} pixels differ`).toBeLessThan(0.002);
  }
});

/** Compares two PNG screenshots in the browser: pixels whose colour differs by more than a
 * quarter of the range in any channel. */
async function pixelDiff(page, a, b) {
  const other = await page.context().newPage();
  await other.goto('about:blank');
  const result = await other.evaluate(
    async ([a, b]) => {
      const load = async (b64) => createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const [x, y] = [await load(a), await load(b)];
      const pixels = (img) => {
        const canvas = new OffscreenCanvas(img.width, img.height);
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height).data;
      };
      const [p, q] = [pixels(x), pixels(y)];
      let changed = 0;
      for (let i = 0; i < Math.min(p.length, q.length); i += 4) {
        if (Math.abs(p[i] - q[i]) > 64 || Math.abs(p[i + 1] - q[i + 1]) > 64 || Math.abs(p[i + 2] - q[i + 2]) > 64) changed++;
      }
      return { size: [x.width, x.height], otherSize: [y.width, y.height], changed, total: x.width * x.height };
    },
    [a.toString('base64'), b.toString('base64')],
  );
  await other.close();
  return result;
}

test('the widget requests nothing but its own files and its deck', async ({ page }) => {
  const origins = new Set();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  await page.goto('/examples/multiple.html');
  for (const id of ['#first', '#brief', '#second']) {
    await page.locator(id).scrollIntoViewIfNeeded();
    await expect(card(page.locator(id))).toBeVisible();
  }
  expect([...origins]).toEqual([new URL(page.url()).origin]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the reader gets every card as an article section', async ({ page }) => {
    await page.goto('/');
    const fallback = page.locator('[data-explainer] .explainer-static');
    await expect(fallback.getByRole('heading', { level: 2 })).toHaveText('When a cyber attack becomes an attack on an alliance');
    await expect(fallback.locator('article h3')).toHaveCount(19);
    for (const title of await fallback.locator('article h3').all()) await expect(title).toBeVisible();
    await expect(fallback.locator('article').first().locator('.cx-sources li')).toHaveCount(1);
  });
});

test('printing shows every card with its sources', async ({ page }) => {
  await page.goto('/');
  const host = page.locator('[data-explainer]');
  await host.scrollIntoViewIfNeeded();
  await expect(card(host)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(host.locator('.explainer-static article')).toHaveCount(19);
  await expect(host.locator('.explainer-static article').nth(12)).toBeVisible();
  await expect(host.locator('.explainer-static .cx-sources').first()).toBeVisible();
  await expect(host.locator('section.cx')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(host.locator('section.cx')).toBeVisible();
  await expect(host.locator('.explainer-static')).toBeHidden();
});

// Host stylesheets of the kind some CMS themes ship: each moves, collapses or reflows the
// explainer (or hides its fallback). The widget must still start when the reader scrolls to
// it, and not before. Each page puts the explainer a few screens down, as in a long article.
const HOSTILE_LAYOUTS = {
  'moved far off sideways': '[data-explainer] { position: relative; left: -250vw; }',
  'collapsed, fallback hidden': '[data-explainer] { height: 0; overflow: hidden; } [data-explainer] * { display: none; }',
  'reflowed into a wide row': 'main { display: flex; flex-direction: row; width: 900vw; } main > * { flex: 0 0 100vw; } [data-explainer] { order: 3; transform: translateX(300vw); }',
};
for (const [name, css] of Object.entries(HOSTILE_LAYOUTS)) {
  test(`lazy start does not depend on the host's CSS: ${name}`, async ({ page }) => {
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.route('**/lazy-hostile.css', (route) =>
      route.fulfill({ contentType: 'text/css', body: `[data-explainer] { margin-top: 4000px; }\n${css}` }),
    );
    await page.route('**/lazy-hostile.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" },
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile layout</title>
<link rel="stylesheet" href="/lazy-hostile.css"><script type="module" src="/explainer.js"></script></head>
<body><main><p>Top of the article.</p><div data-explainer id="far"><p>Static fallback.</p></div>
<p>After the explainer.</p></main></body></html>`,
      }),
    );
    await page.goto('/lazy-hostile.html');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/explainer-widget'))).toEqual([]);
    // The reader scrolls down to where the explainer is on the page.
    await page.evaluate(() => {
      const r = document.getElementById('far').getBoundingClientRect();
      scrollTo(scrollX, scrollY + r.top - 100);
    });
    await expect
      .poll(() => page.evaluate(() => !!document.getElementById('far').shadowRoot?.querySelector('.cx-card')))
      .toBe(true);
  });
}

test('changing data-deck on a live widget replaces the deck, says so in events, and leaks no listeners', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  const listeners = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Memory.getDOMCounters')).jsEventListeners;
  };
  await page.goto('/');
  const host = page.locator('[data-explainer]');
  await host.scrollIntoViewIfNeeded();
  await expect(card(host)).toHaveAttribute('data-card-id', 'threat');
  await page.evaluate(() => {
    window.__events = [];
    const el = document.querySelector('[data-explainer]');
    for (const type of ['explainer:ready', 'explainer:cardchange']) {
      el.addEventListener(type, (e) => window.__events.push([type, e.detail.deckId ?? e.detail.cardId]));
    }
  });
  const before = await listeners();
  // Back and forth a few times: each swap is the new deck, announced by a ready event.
  for (let round = 0; round < 3; round++) {
    await page.evaluate(() => document.querySelector('[data-explainer]').setAttribute('data-deck', '/decks/two-plus-two.en.json'));
    await expect(card(host)).toHaveAttribute('data-card-id', 'meeting');
    await expect(host.locator('.cx-root h2.cx-title')).toHaveText('The 2019 “2+2” statement in four cards');
    await page.evaluate(() => document.querySelector('[data-explainer]').removeAttribute('data-deck'));
    await expect(card(host)).toHaveAttribute('data-card-id', 'threat');
  }
  const events = await page.evaluate(() => window.__events.filter(([type]) => type === 'explainer:ready').map(([, id]) => id));
  expect(events).toEqual(['two-plus-two', 'cyber-alliance', 'two-plus-two', 'cyber-alliance', 'two-plus-two', 'cyber-alliance']);
  // Three swaps each way add no listeners beyond the two the test itself added.
  expect(await listeners()).toBeLessThanOrEqual(before);
});

// The static HTML inside the element: the browser paints its first-card snapshot with the page,
// and the widget replaces it at the same size. The widget's start is held (its wasm, or its
// deck) until the snapshot has been measured on screen, so the takeover surely comes after that
// paint; then nothing may have moved. The demo article (built-in deck), and the documented
// snippet with a deck by URL (the static HTML pointed at this site's stylesheet, as the README
// says to when the files are not served from EXPLAINER_PUBLIC_URL), and its inline-style
// variant under a CSP that allows that style by the hash the build writes.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const snippetPage = (deck, inline = false) =>
  testPage(
    `<!doctype html><html lang="en"><head><title>Takeover</title><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/page.css">
<script type="module" src="/explainer.js"></script></head><body><main class="story"><h1>Takeover</h1><p>Before.</p>
<div data-explainer id="x" data-deck="/decks/${deck}.json">${fs
      .readFileSync(path.join(DIST, `static/${deck}${inline ? '.inline' : ''}.html`), 'utf8')
      .replace(/href="[^"]*explainer\.css"/, 'href="/explainer.css"')}</div><p id="after">After.</p></main></body></html>`,
    inline ? `${CSP} ${fs.readFileSync(path.join(DIST, 'static/inline-style.csp'), 'utf8').trim()}` : CSP,
  );
for (const { name, url, host: hostSel, after, held, inline } of [
  { name: 'demo article, wasm held', url: '/', host: '[data-explainer]', after: '.story-embed + p', held: '**/explainer-widget_bg.wasm' },
  { name: 'deck by URL, deck held', url: snippetPage('two-plus-two.en'), host: '#x', after: '#after', held: '**/decks/two-plus-two.en.json' },
  { name: 'styles inline, deck held', url: snippetPage('two-plus-two.en', true), host: '#x', after: '#after', held: '**/decks/two-plus-two.en.json', inline: true },
]) {
  test(`the widget takes over from the static HTML's snapshot and nothing moves (${name})`, async ({ page }) => {
    const problems = await guard(page);
    let release;
    const gate = new Promise((resolve) => (release = resolve));
    await page.route(held, async (route) => {
      await gate;
      await route.continue();
    });
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__shift += e.value))).observe({ type: 'layout-shift', buffered: true });
      // In the first frame that has the snapshot's shadow root (the parser attaches it at the
      // template's end tag): is its card title shown then?
      const look = () => {
        const root = document.querySelector('[data-explainer]')?.shadowRoot;
        if (!root) return requestAnimationFrame(look);
        window.__shownWithRoot = !!root.querySelector('.cx-snapshot .cx-card-title')?.checkVisibility();
      };
      requestAnimationFrame(look);
    });
    await page.goto(url);
    const host = page.locator(hostSel);
    await host.scrollIntoViewIfNeeded();
    const snapshot = host.locator('.cx-snapshot');
    await expect(snapshot.locator('.cx-card-title')).toBeVisible();
    // Nothing in the snapshot can be pressed or focused before the widget can answer.
    expect(await snapshot.evaluate((el) => el.inert)).toBe(true);
    if (inline) {
      // Its stylesheet is inside it, so the snapshot is on screen in the very frame its shadow
      // root arrives in (a linked one is applied a frame or more later, when it has loaded).
      expect(await page.evaluate(() => window.__shownWithRoot)).toBe(true);
      await expect(host.locator('link')).toHaveCount(0);
    }
    const box = () =>
      page.evaluate(([h, a]) => ({ host: document.querySelector(h).getBoundingClientRect().toJSON(), after: document.querySelector(a).getBoundingClientRect().top, scroll: scrollY }), [hostSel, after]);
    const before = await box();
    expect(before.host.height).toBeGreaterThan(200);
    // Held: the snapshot stays, and the reader never sees a "loading" state instead.
    await expect(host.getByText('Loading')).toHaveCount(0);
    await host.evaluate((el) => {
      window.__ready = new Promise((r) => el.addEventListener('explainer:ready', r, { once: true }));
    });
    release();
    await page.evaluate(() => window.__ready);
    await expect(snapshot).toHaveCount(0);
    await expect(card(host)).toBeVisible();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await box()).toEqual(before);
    expect(await page.evaluate(() => window.__shift)).toBe(0);
    // The live widget answers.
    await host.locator('.cx-next').click();
    await expect(host.locator('.cx-position')).toHaveText(/^2 (of|\/) /);
    expect(problems).toEqual([]);
  });
}

// The snapshot is painted in the page's first frame; the widget's downloads (and the wasm's
// compilation) wait until that frame is done instead of competing with it for the CPU.
// Counted in frames, not time: the loader's start (it defines <news-explainer> first) and each
// `fetch` call note how many frames had begun by then.
test("with the static HTML, the widget starts downloading after the page's first frame", async ({ page }) => {
  const problems = await guard(page);
  await page.addInitScript(() => {
    window.__frames = 0;
    const count = () => {
      window.__frames++;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const define = customElements.define;
    customElements.define = function (name, ...rest) {
      if (name === 'news-explainer') window.__loaderFrames = window.__frames;
      return define.call(this, name, ...rest);
    };
    window.__fetchFrames = [];
    const original = window.fetch;
    window.fetch = function (input, ...rest) {
      window.__fetchFrames.push([String(input instanceof Request ? input.url : input), window.__frames]);
      return original.call(this, input, ...rest);
    };
  });
  await page.goto('/');
  await expect(page.locator('[data-explainer] .cx-root:not(.cx-snapshot) .cx-card')).toBeVisible();
  const wasm = async () => (await page.evaluate(() => window.__fetchFrames)).find(([url]) => url.endsWith('explainer-widget_bg.wasm'));
  const [, framesAtFetch] = await wasm();
  const framesAtStart = await page.evaluate(() => window.__loaderFrames);
  expect(typeof framesAtStart).toBe('number');
  expect(framesAtFetch).toBeGreaterThan(framesAtStart);
  expect(problems).toEqual([]);
});
