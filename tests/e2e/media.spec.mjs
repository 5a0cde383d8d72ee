// Pictures on cards and the flow card, in Chromium at both viewports: a picture's box is there
// before its file, a phone downloads the smallest file, a file that fails shows its alt text,
// refused addresses are named with their paths and never requested; the shipped flow cards work
// by mouse, touch and keyboard; no-JS and print show every picture and every step.
import { test, expect } from '@playwright/test';
import { openArticle, watchErrors } from './article.mjs';

// Boxes are measured as they stand: no card entrance animation in the middle of a measurement.
test.use({ reducedMotion: 'reduce' });

// A 64×36 PNG: the pictures' files in these tests (their boxes come from the deck's sizes; a
// file chosen from a srcset counts as its declared width, so 1×1 would round to 0 px).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAAAkCAIAAAC2bqvFAAAAOklEQVR42u3PQQkAAAgEsItkJCMZ2Qw+hcEKLNXzWgQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEbhYIaSCXv5JLowAAAABJRU5ErkJggg==',
  'base64',
);

/** A deck whose first card has `media` (and a second card, so there is somewhere to go). */
function deckWith(media) {
  return JSON.stringify({
    id: 'pictures',
    lang: 'en',
    title: 'Pictures',
    cards: [
      { kind: 'text', id: 'one', title: 'A card with a picture', body: 'The text beside the picture.', sources: ['s'], media },
      { kind: 'text', id: 'two', title: 'Another card', body: 'More text.', sources: ['s'] },
    ],
    sources: [{ id: 's', title: 'A source', date: '2019' }],
  });
}

/** Serves `deck` at /pictures/deck.json and a page showing it; returns the carousel. Picture
 * files under /pictures/ are answered by `files(route)`. */
async function openDeck(page, deck, files) {
  await page.route('**/pictures/deck.json', (route) => route.fulfill({ contentType: 'application/json', body: deck }));
  await page.route(/\/pictures\/.*\.png$/, files);
  await page.route('**/pictures/page.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>pictures</title><meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/explainer.js"></script></head>
<body><div data-explainer data-deck="/pictures/deck.json"></div><p id="after">The article goes on.</p></body></html>`,
    }),
  );
  await page.goto('/pictures/page.html');
  const widget = page.locator('[data-explainer] section[aria-roledescription="carousel"]');
  await expect(widget.locator('.cx-card')).toBeVisible();
  return widget;
}

const picture = { src: 'photo-800.png', width: 800, height: 450, alt: 'Four ministers at one table', caption: 'The meeting.', credit: 'Photo: Someone' };

test('a picture reserves its box before its file arrives: nothing moves when it does', async ({ page }) => {
  const errors = watchErrors(page);
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const widget = await openDeck(page, deckWith(picture), async (route) => {
    await held;
    await route.fulfill({ contentType: 'image/png', body: PNG });
  });
  const box = widget.locator('.cx-card .cx-media-box');
  const img = box.locator('img');
  await expect(img).toHaveAttribute('alt', picture.alt);
  // The box has the picture's shape already, and the file has not arrived.
  const before = await box.boundingBox();
  expect(before.height).toBeCloseTo((before.width * 450) / 800, 0);
  expect(await img.evaluate((el) => el.complete && el.naturalWidth > 0)).toBe(false);
  const textBefore = await widget.locator('.cx-card .cx-media-body').boundingBox();
  const afterBefore = await page.locator('#after').boundingBox();
  // Only the shifts from here on are the picture's (the widget's start is measured elsewhere).
  await page.evaluate(() => (window.__shift = 0));
  release();
  await expect.poll(() => img.evaluate((el) => el.complete && el.naturalWidth > 0)).toBe(true);
  expect(await box.boundingBox()).toEqual(before);
  expect(await widget.locator('.cx-card .cx-media-body').boundingBox()).toEqual(textBefore);
  expect(await page.locator('#after').boundingBox()).toEqual(afterBefore);
  // Let the frame after the image's paint be recorded before reading the total.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await page.evaluate(() => window.__shift)).toBe(0);
  await expect(widget.locator('.cx-card figcaption')).toContainText('Photo: Someone');
  expect(errors).toEqual([]);
});

test('a phone downloads the smallest file of the picture', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const requested = [];
  const files = [
    { src: 'photo-400.png', width: 400 },
    { src: 'photo-1600.png', width: 1600 },
  ];
  const widget = await openDeck(page, deckWith({ ...picture, files }), (route) => {
    requested.push(new URL(route.request().url()).pathname);
    return route.fulfill({ contentType: 'image/png', body: PNG });
  });
  const img = widget.locator('.cx-card .cx-media-box img');
  await expect.poll(() => img.evaluate((el) => el.complete && el.naturalWidth > 0)).toBe(true);
  expect(await img.evaluate((el) => new URL(el.currentSrc).pathname)).toBe('/pictures/photo-400.png');
  expect(requested).toEqual(['/pictures/photo-400.png']);
  // The picture sits above the text on a phone.
  const figure = await widget.locator('.cx-card figure.cx-media').boundingBox();
  const text = await widget.locator('.cx-card .cx-media-body').boundingBox();
  expect(figure.y + figure.height).toBeLessThanOrEqual(text.y);
});

test('a picture that fails to load shows its alt text in the same box, with its credit', async ({ page }) => {
  const widget = await openDeck(page, deckWith(picture), (route) => route.fulfill({ status: 404, body: '' }));
  const box = widget.locator('.cx-card .cx-media-box');
  await expect(box).toHaveAttribute('data-failed', '');
  // The image is hidden (no broken-image icon) and its alt text is drawn in its place, once
  // for screen readers too (a hidden image is out of the accessibility tree).
  await expect(box.locator('img')).toBeHidden();
  expect(await box.evaluate((el) => getComputedStyle(el, '::after').content)).toBe(JSON.stringify(picture.alt));
  const size = await box.boundingBox();
  expect(size.height).toBeCloseTo((size.width * 450) / 800, 0);
  await expect(widget.locator('.cx-card figcaption')).toContainText('Photo: Someone');
});

test('a javascript: or data: picture address is refused with its path and never requested', async ({ page }) => {
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  for (const src of ['javascript:alert(1)', 'data:image/png;base64,AAAA']) {
    await page.unrouteAll();
    await page.route('**/pictures/deck.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: deckWith({ ...picture, src }) }),
    );
    await page.route('**/pictures/page.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><head><title>p</title><script type="module" src="/explainer.js"></script></head><body><div data-explainer data-deck="/pictures/deck.json"></div></body></html>',
      }),
    );
    await page.goto('/pictures/page.html');
    const problems = page.locator('[data-explainer] .cx-error .cx-problems li');
    await expect(problems).toHaveText([`cards[0].media.src: picture address "${src}" must be relative to the deck file (media/map.svg) or an absolute https:// or http:// address`]);
    await expect(page.locator('[data-explainer] img')).toHaveCount(0);
  }
  expect(requested.filter((u) => u.startsWith('javascript:') || u.startsWith('data:'))).toEqual([]);
});

test('the shipped deck shows its drawn picture with alt text, caption and credit', async ({ page }) => {
  const widget = await openArticle(page);
  await widget.locator('.cx-dot').nth(10).click();
  await expect(widget.locator('.cx-card')).toHaveAttribute('data-card-id', 'two-plus-two');
  const img = widget.locator('.cx-card .cx-media-box img');
  await expect(img).toHaveAttribute('alt', /four people/);
  await expect.poll(() => img.evaluate((el) => el.complete && el.naturalWidth > 0)).toBe(true);
  expect(await img.evaluate((el) => new URL(el.currentSrc).pathname)).toBe('/decks/media/two-plus-two.svg');
  await expect(widget.locator('.cx-card figcaption')).toContainText('Illustration:');
});

/** The shipped deck's flow card `id`, on show. */
async function flowCard(page, id) {
  const widget = await openArticle(page);
  const index = await page.evaluate(
    (id) => [...document.querySelectorAll('[data-explainer] .explainer-static article')].findIndex((a) => a.dataset.cardId === id),
    id,
  );
  expect(index).toBeGreaterThan(0);
  await widget.locator('.cx-dot').nth(index).click();
  await expect(widget.locator('.cx-card')).toHaveAttribute('data-card-id', id);
  return widget;
}

test('a flow card works by mouse and keyboard, and its keys stay inside it', async ({ page }) => {
  const widget = await flowCard(page, 'bank-theft-steps');
  const steps = widget.locator('.cx-card .cx-flow-step');
  await expect(steps).toHaveCount(5);
  const at = widget.locator('.cx-card .cx-flow-detail .cx-flow-at');
  await expect(at).toHaveText('Step 1 of 5: Forged payment orders');
  await steps.nth(2).click();
  await expect(steps.nth(2)).toHaveAttribute('aria-current', 'step');
  await expect(steps.nth(0)).not.toHaveAttribute('aria-current', 'step');
  await expect(at).toHaveText('Step 3 of 5: Out of the New York Fed account');
  await expect(widget.locator('.cx-card .cx-flow-detail')).toContainText('Federal Reserve Bank of New York');
  // Arrow keys, Home and End move between the steps; focus follows; the card stays.
  await page.keyboard.press('ArrowRight');
  await expect(steps.nth(3)).toBeFocused();
  await expect(at).toHaveText('Step 4 of 5: US$81 million stolen');
  await page.keyboard.press('End');
  await expect(steps.nth(4)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(steps.nth(4)).toHaveAttribute('aria-current', 'step');
  await page.keyboard.press('Home');
  await expect(steps.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(at).toHaveText('Step 2 of 5: Over the SWIFT network');
  await page.keyboard.press('ArrowUp');
  await expect(at).toHaveText('Step 1 of 5: Forged payment orders');
  await expect(widget.locator('.cx-card')).toHaveAttribute('data-card-id', 'bank-theft-steps');
  // One tab stop for the list: the selected step.
  await expect(steps.nth(0)).toHaveAttribute('tabindex', '0');
  await expect(steps.nth(1)).toHaveAttribute('tabindex', '-1');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
  test('a flow card\'s steps are tapped, drawn top to bottom', async ({ page }) => {
    const widget = await flowCard(page, 'article-v-steps');
    const steps = widget.locator('.cx-card .cx-flow-step');
    await steps.nth(1).tap();
    await expect(widget.locator('.cx-card .cx-flow-detail .cx-flow-at')).toHaveText('Step 2 of 4: Close consultation');
    // What was tapped is explained right under it, where the finger is, and on screen.
    const inline = widget.locator('.cx-card .cx-flow-steps > li').nth(1).locator('.cx-flow-inline');
    await expect(inline).toBeVisible();
    await expect(inline).toContainText('The two governments consult closely');
    await expect(inline).toBeInViewport();
    // Between its step and the next, overlapping neither.
    const [own, detail, next] = await Promise.all([steps.nth(1).boundingBox(), inline.boundingBox(), steps.nth(2).boundingBox()]);
    expect(detail.y).toBeGreaterThanOrEqual(own.y + own.height);
    expect(detail.y + detail.height).toBeLessThanOrEqual(next.y);
    await expect(widget.locator('.cx-card .cx-flow-detail')).toHaveCSS('position', 'absolute');
    // A column on a phone: each box below the one before, none wider than the card.
    const boxes = await Promise.all((await steps.all()).map((s) => s.boundingBox()));
    const card = await widget.locator('.cx-card').boundingBox();
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].y).toBeGreaterThan(boxes[i - 1].y + boxes[i - 1].height);
    for (const b of boxes) expect(b.x + b.width).toBeLessThanOrEqual(card.x + card.width + 0.5);
  });
});

test('at desktop width a flow card\'s steps are one row, joined by arrows', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const widget = await flowCard(page, 'article-v-steps');
  const steps = widget.locator('.cx-card .cx-flow-steps > li');
  const boxes = await Promise.all((await steps.all()).map((s) => s.boundingBox()));
  for (const b of boxes) expect(Math.round(b.y)).toBe(Math.round(boxes[0].y));
  for (let i = 1; i < boxes.length; i++) expect(boxes[i].x).toBeGreaterThan(boxes[i - 1].x + boxes[i - 1].width);
  // The detail is the panel under the row; no copy under the steps.
  await expect(widget.locator('.cx-card .cx-flow-detail')).toBeVisible();
  await expect(widget.locator('.cx-card .cx-flow-inline')).toBeHidden();
  // The arrow: drawn after every step but the last.
  const arrows = await steps.evaluateAll((lis) => lis.map((li) => getComputedStyle(li, '::after').content));
  expect(arrows).toEqual(['""', '""', '""', 'none']);
});

test('big numbers and titles never break inside a word', async ({ page }) => {
  const widget = await openArticle(page);
  for (const width of [320, 360, 768, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const id of ['numbers', 'bank-theft-steps']) {
      const index = await page.evaluate(
        (id) => [...document.querySelectorAll('[data-explainer] .explainer-static article')].findIndex((a) => a.dataset.cardId === id),
        id,
      );
      await widget.locator('.cx-dot').nth(index).click();
      await expect(widget.locator('.cx-card')).toHaveAttribute('data-card-id', id);
      // Each word of each big number, title and step label is on one line.
      const broken = await widget.locator('.cx-card').evaluate((card) => {
        const out = [];
        for (const el of card.querySelectorAll('.cx-figure-value, .cx-card-title, .cx-flow-label')) {
          const text = el.firstChild;
          if (!text || text.nodeType !== Node.TEXT_NODE) continue;
          // A word runs between spaces and hyphens (a line may end after "state-").
          for (const match of text.data.matchAll(/[^\s-]+/g)) {
            const range = document.createRange();
            range.setStart(text, match.index);
            range.setEnd(text, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (lines.size > 1) out.push(match[0]);
          }
        }
        return out;
      });
      expect(broken, `${id} at ${width} px`).toEqual([]);
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every picture and every step is in the page', async ({ page }) => {
    await page.goto('/');
    const fallback = page.locator('[data-explainer] .explainer-static');
    const img = fallback.locator('#explainer-card-two-plus-two figure.cx-media img');
    await expect(img).toBeVisible();
    await expect(img).toHaveAttribute('alt', /four people/);
    await expect(fallback.locator('#explainer-card-bank-theft-steps .cx-flow-static > li')).toHaveCount(5);
    await expect(fallback.locator('#explainer-card-article-v-steps .cx-flow-static > li')).toHaveCount(4);
    await expect(fallback.locator('#explainer-card-article-v-steps')).toContainText('case by case');
  });
});

test('printing shows the pictures and every step', async ({ page }) => {
  const widget = await openArticle(page);
  await expect(widget).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const host = page.locator('[data-explainer]');
  await expect(host.locator('.explainer-static #explainer-card-two-plus-two img')).toBeVisible();
  for (const li of await host.locator('.explainer-static .cx-flow-static > li').all()) await expect(li).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});

test('the iframe embed shows the picture too, at the card a link names', async ({ page }) => {
  await page.goto('/embed.html?card=two-plus-two');
  const card = page.locator('#explainer .cx-root .cx-card');
  await expect(card).toHaveAttribute('data-card-id', 'two-plus-two');
  const img = card.locator('figure.cx-media img');
  // The card a reader opens on fetches its picture at once.
  await expect(img).toHaveAttribute('loading', 'eager');
  await expect.poll(() => img.evaluate((el) => el.complete && el.naturalWidth > 0)).toBe(true);
});
