// "Share this card" (issue 28): the link it copies in each way of embedding (script, custom
// element, iframe with our parent script, with pym.js's parentUrl, and without either), the
// link opening that card with the explainer brought into view and focus left alone, the share
// sheet on a touch device, and the field shown when the browser refuses the clipboard.
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { watchErrors } from './article.mjs';
import { testPage } from './wordpress.mjs';

const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const deck = JSON.parse(fs.readFileSync(new URL('../../decks/cyber-alliance.en.json', import.meta.url)));
const CARD = deck.cards[2]; // wannacry

test.beforeEach(async ({ context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
});

/** Moves `widget` (a carousel, on a page or in a frame) to the third card and presses Share;
 * returns what the clipboard then holds. */
async function shareThird(page, widget) {
  await widget.locator('.cx-dot').nth(2).click();
  await expect(widget.locator('.cx-card')).toHaveAttribute('data-card-id', CARD.id);
  await widget.locator('.cx-share-btn').click();
  await expect(widget.locator('.cx-share-note')).toHaveText('Link copied.');
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Opens `link` in a fresh page and checks the explainer shows `card`, is on screen, and has
 * not taken focus. `widgetIn` finds the carousel in the new page. */
async function opensAt(context, link, widgetIn, box) {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(link);
  const widget = widgetIn(page);
  await expect(widget.locator('.cx-card')).toHaveAttribute('data-card-id', CARD.id);
  await expect(page.locator(box)).toBeInViewport();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
}

/** A page whose explainer starts a long way down, so opening a link must scroll to it. */
const tallPage = (body) =>
  testPage(`<!doctype html><meta name="viewport" content="width=device-width"><title>Story</title>
    <p style="height:3000px">A long story first.</p>${body}
    <script type="module" src="/explainer.js"></script>`);

test('the script embed copies the page address with #explainer=<card>, and the link opens that card in view', async ({ page, context, baseURL }) => {
  const path = tallPage('<div data-explainer></div>');
  await page.goto(path);
  const host = page.locator('[data-explainer]');
  await host.scrollIntoViewIfNeeded();
  const link = await shareThird(page, host.locator('section.cx'));
  expect(link).toBe(`${baseURL}${path}#explainer=${CARD.id}`);
  await opensAt(context, link, (p) => p.locator('[data-explainer] section.cx'), '[data-explainer]');
});

test('a page fragment of its own gives way, and an element with an id shares under its id', async ({ page, context, baseURL }) => {
  const path = tallPage('<news-explainer id="my box"></news-explainer>');
  await page.goto(`${path}#comments`);
  const host = page.locator('news-explainer');
  await host.scrollIntoViewIfNeeded();
  const link = await shareThird(page, host.locator('section.cx'));
  expect(link).toBe(`${baseURL}${path}#my%20box=${CARD.id}`);
  await opensAt(context, link, (p) => p.locator('news-explainer section.cx'), 'news-explainer');
});

test('in an iframe with our parent script, the link is the host article\'s, under the frame\'s id', async ({ page, context, baseURL }) => {
  const path = testPage(`<!doctype html><meta name="viewport" content="width=device-width"><title>Story</title>
    <p style="height:3000px">A long story first.</p>
    <iframe id="frame" data-explainer-frame title="Explainer" src="/embed.html?theme=light"></iframe>
    <script type="module" src="/explainer-frame.js"></script>`);
  await page.goto(path);
  await page.locator('#frame').scrollIntoViewIfNeeded();
  const link = await shareThird(page, page.frameLocator('#frame').locator('section.cx'));
  expect(link).toBe(`${baseURL}${path}#frame=${CARD.id}`);
  await opensAt(context, link, (p) => p.frameLocator('#frame').locator('section.cx'), '#frame');
});

test('in an iframe placed by pym.js, the link is the host article\'s (parentUrl), and opening it asks pym to scroll', async ({ page, context, baseURL }) => {
  await page.goto('/examples/pym.html');
  const frame = page.frameLocator('#pym-explainer iframe');
  const link = await shareThird(page, frame.locator('section.cx'));
  expect(link).toBe(`${baseURL}/examples/pym.html#pym-explainer=${CARD.id}`);
  // The example page is short: make it long, so "in view" means pym scrolled to the frame.
  await context.addInitScript(() => {
    if (window === top) addEventListener('DOMContentLoaded', () => document.querySelector('main').prepend(Object.assign(document.createElement('p'), { style: 'height:3000px' })));
  });
  await opensAt(context, link, (p) => p.frameLocator('#pym-explainer iframe').locator('section.cx'), '#pym-explainer');
});

test('in an iframe that does not know its host, the link is the embed page\'s own', async ({ page, context, baseURL }) => {
  const path = testPage('<!doctype html><title>Story</title><iframe id="plain" title="Explainer" src="/embed.html?theme=light" height="900"></iframe>');
  await page.goto(path);
  const link = await shareThird(page, page.frameLocator('#plain').locator('section.cx'));
  expect(link).toBe(`${baseURL}/embed.html?theme=light#explainer=${CARD.id}`);
  await opensAt(context, link, (p) => p.locator('#explainer section.cx'), '#explainer');
});

test('where the clipboard is refused (a frame from another site), the link is shown selected to copy by hand', async ({ page }) => {
  const embed = `http://localhost:4174/explainer/${version}/embed.html`;
  await page.goto(testPage(`<!doctype html><title>Story</title><iframe id="other" title="Explainer" src="${embed}" height="900" width="600"></iframe>`));
  const widget = page.frameLocator('#other').locator('section.cx');
  await widget.locator('.cx-dot').nth(2).click();
  await widget.locator('.cx-share-btn').click();
  const field = widget.locator('.cx-share-field textarea');
  await expect(field).toHaveValue(`${embed}#explainer=${CARD.id}`);
  await expect(field).toHaveJSProperty('readOnly', true);
  await expect(widget.locator('.cx-share-field')).toContainText('Copy this link:');
  // Focused, its whole text selected: Ctrl+C copies it.
  await expect(field).toBeFocused();
  const [start, end, length] = await field.evaluate((el) => [el.selectionStart, el.selectionEnd, el.value.length]);
  expect([start, end]).toEqual([0, length]);
  await expect(widget.locator('.cx-share-note')).toHaveText('');
  // Moving on starts the next card with a fresh bar.
  await widget.locator('.cx-next').click();
  await expect(widget.locator('.cx-share-field')).toHaveCount(0);
});

test('on a touch device with a share sheet, the sheet gets the deck title, card title and link', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
  await context.addInitScript(() => {
    window.shared = [];
    navigator.share = (data) => {
      window.shared.push(data);
      return Promise.resolve();
    };
  });
  const page = await context.newPage();
  await page.goto('/embed.html?lang=ja');
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
  const widget = page.locator('#explainer section.cx');
  const ja = JSON.parse(fs.readFileSync(new URL('../../decks/cyber-alliance.ja.json', import.meta.url)));
  await expect(widget.locator('.cx-title')).toHaveText(ja.title);
  await expect(widget.locator('.cx-share-btn')).toHaveText('このカードを共有');
  await widget.locator('.cx-dot').nth(2).tap();
  await widget.locator('.cx-share-btn').tap();
  await expect.poll(() => page.evaluate(() => window.shared)).toEqual([
    { title: ja.title, text: ja.cards[2].title, url: `${baseURL}/embed.html?lang=ja#explainer=${ja.cards[2].id}` },
  ]);
  // The sheet said it all: no note.
  await expect(widget.locator('.cx-share-note')).toHaveText('');
  await context.close();
});

test('a reader who closes the share sheet is not told anything was copied', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, isMobile: true, hasTouch: true, viewport: { width: 390, height: 800 } });
  await context.addInitScript(() => {
    window.asked = 0;
    navigator.share = () => {
      window.asked += 1;
      return Promise.reject(new DOMException('Share canceled', 'AbortError'));
    };
    navigator.clipboard.writeText = () => Promise.reject(new Error('must not be called'));
  });
  const page = await context.newPage();
  await page.goto('/embed.html');
  const widget = page.locator('#explainer section.cx');
  await widget.locator('.cx-share-btn').tap();
  // The sheet was asked, in the press's task; its refusal was handled in that task's
  // microtasks, so by this later evaluation the answer is final: no note, no field.
  await expect.poll(() => page.evaluate(() => window.asked)).toBe(1);
  await expect(widget.locator('.cx-share-note')).toHaveText('');
  await expect(widget.locator('.cx-share-field')).toHaveCount(0);
  await context.close();
});

test('a link to a card the deck does not have opens at the start and says so', async ({ page }) => {
  await page.goto(`${tallPage('<div data-explainer></div>')}#explainer=nope`);
  const widget = page.locator('[data-explainer] section.cx');
  await expect(widget.locator('.cx-card')).toHaveAttribute('data-card-id', deck.cards[0].id);
  await expect(page.locator('[data-explainer]')).toBeInViewport();
  await expect(widget.locator('.cx-share-note')).toHaveText('The link you followed names a card this explainer does not have, so it opens at the start.');
  // Moving on clears it.
  await widget.locator('.cx-next').click();
  await expect(widget.locator('.cx-share-note')).toHaveText('');
});

test('the share button keeps focus when arrow keys change the card; the note goes with its card', async ({ page }) => {
  await page.goto('/embed.html');
  const widget = page.locator('#explainer section.cx');
  const button = widget.locator('.cx-share-btn');
  await button.click();
  await expect(widget.locator('.cx-share-note')).toHaveText('Link copied.');
  await button.press('ArrowRight');
  await expect(widget.locator('.cx-card')).toHaveAttribute('data-card-id', deck.cards[1].id);
  await expect(button).toBeFocused();
  await expect(widget.locator('.cx-share-note')).toHaveText('');
});

test('the page\'s canonical address is shared, not the one with tracking parameters', async ({ page, baseURL }) => {
  const path = testPage(`<!doctype html><title>Story</title><link rel="canonical" href="https://news.example/story">
    <div data-explainer></div><script type="module" src="/explainer.js"></script>`);
  await page.goto(`${path}&utm_source=feed`);
  const link = await shareThird(page, page.locator('[data-explainer] section.cx'));
  expect(link).toBe(`https://news.example/story#explainer=${CARD.id}`);
  expect(baseURL).toContain('127.0.0.1');
});
