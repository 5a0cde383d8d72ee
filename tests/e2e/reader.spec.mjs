// A reader's journey through the release build of the demo article.
import { test, expect } from '@playwright/test';
import { openArticle, watchErrors } from './article.mjs';
import fs from 'node:fs';

const deck = JSON.parse(fs.readFileSync(new URL('../../decks/cyber-alliance.en.json', import.meta.url)));
const total = deck.cards.length;

async function expectCard(widget, i) {
  const card = deck.cards[i];
  await expect(widget.locator('.cx-card')).toHaveAttribute('data-card-id', card.id);
  await expect(widget.getByRole('heading', { level: 3 })).toHaveText(card.title);
  await expect(widget.locator('.cx-position')).toHaveText(`${i + 1} of ${total}`);
  await expect(widget.getByRole('group', { name: `${i + 1} of ${total}: ${card.title}` })).toBeVisible();
}

test('the article embeds the explainer in the middle of the story', async ({ page }) => {
  const errors = watchErrors(page);
  const widget = await openArticle(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Japan and the U.S.');
  await expect(page.getByRole('region', { name: deck.title })).toBeVisible();
  // Paragraphs of the article come before and after the widget.
  const before = await page.locator('.story > p').evaluateAll((ps, w) => ps.filter((p) => p.compareDocumentPosition(w) & Node.DOCUMENT_POSITION_FOLLOWING).length, await widget.elementHandle());
  expect(before).toBeGreaterThan(1);
  // The static fallback inside the element gave way to the widget (it shows only in print).
  const fallback = page.locator('[data-explainer] > section.explainer-static');
  await expect(fallback).toHaveCount(1); // there, so that "hidden" below means hidden
  await expect(fallback).toBeHidden();
  await expectCard(widget, 0);
  expect(errors).toEqual([]);
});

test('a reader goes through every card with the mouse', async ({ page }) => {
  const errors = watchErrors(page);
  const widget = await openArticle(page);
  const next = widget.getByRole('button', { name: 'Next' });
  const prev = widget.getByRole('button', { name: 'Previous' });
  await expect(prev).toHaveAttribute('aria-disabled', 'true');
  for (let i = 0; i < total; i++) {
    await expectCard(widget, i);
    // Every card names at least one source.
    await expect(widget.locator('.cx-card .cx-sources li').first()).toBeVisible();
    if (i > 0) await expect(widget.locator('.cx-live')).toHaveText(`Card ${i + 1} of ${total}: ${deck.cards[i].title}`);
    if (i < total - 1) await next.click();
  }
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  // Playwright will not click a button it sees as disabled; force the click a reader could make.
  await next.click({ force: true });
  await expectCard(widget, total - 1);
  // Dots jump straight to a card.
  await widget.getByRole('button', { name: `Card 4: ${deck.cards[3].title}` }).click();
  await expectCard(widget, 3);
  await expect(widget.locator('.cx-dot[aria-current="true"]')).toHaveCount(1);
  await prev.click();
  await expectCard(widget, 2);
  expect(errors).toEqual([]);
});

test('a reader goes through every card with the keyboard', async ({ page }) => {
  const errors = watchErrors(page);
  const widget = await openArticle(page);
  // Tab into the widget: the language switch comes first, then the controls (above the card),
  // then the first card's glossary term.
  await page.keyboard.press('Tab');
  await expect(widget.getByRole('button', { name: 'English' })).toBeFocused();
  const order = [];
  for (let i = 0; i < 40 && !(await widget.locator('.cx-card .cx-term').first().evaluate((el) => el.matches(':focus'))); i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement.shadowRoot?.activeElement?.className ?? ''));
  }
  await expect(widget.locator('.cx-card .cx-term').first()).toBeFocused();
  expect(order.indexOf('cx-btn cx-prev')).toBeLessThan(order.indexOf('cx-btn cx-next'));
  expect(order.indexOf('cx-btn cx-next')).toBeLessThan(order.length - 1);
  for (let i = 1; i < total; i++) {
    await page.keyboard.press('ArrowRight');
    await expectCard(widget, i);
    // The card that held focus is gone: focus moved to the new card, still in the widget.
    if (i === 1) await expect(widget.locator('.cx-slides')).toBeFocused();
  }
  await page.keyboard.press('Home');
  await expectCard(widget, 0);
  await page.keyboard.press('End');
  await expectCard(widget, total - 1);
  await page.keyboard.press('ArrowLeft');
  await expectCard(widget, total - 2);
  // Back (Shift+Tab) to "Previous", above the card: its focus ring shows.
  const prev = widget.getByRole('button', { name: 'Previous' });
  for (let i = 0; i < 40 && !(await prev.evaluate((el) => el.matches(':focus'))); i++) await page.keyboard.press('Shift+Tab');
  await expect(prev).toBeFocused();
  expect(await prev.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  // Buttons work with Enter and Space; focus stays on them.
  await page.keyboard.press('Tab');
  const next = widget.getByRole('button', { name: 'Next' });
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expectCard(widget, total - 1);
  await expect(next).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(prev).toBeFocused();
  await page.keyboard.press('Space');
  await expectCard(widget, total - 2);
  expect(errors).toEqual([]);
});

test('arrow keys outside the widget scroll the page, not the cards', async ({ page }) => {
  const widget = await openArticle(page);
  await page.locator('h1').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');
  await expectCard(widget, 0);
});

test('the widget fits a 320 px wide screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const widget = await openArticle(page);
  for (let i = 0; i < total; i++) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `card ${i + 1} overflows`).toBeLessThanOrEqual(0);
    const box = await widget.boundingBox();
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    if (i < total - 1) await widget.getByRole('button', { name: 'Next' }).click();
  }
});

test('reduced motion turns the card animation off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const widget = await openArticle(page);
  expect(await widget.locator('.cx-card').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await widget.locator('.cx-card').evaluate((el) => getComputedStyle(el).animationName)).not.toBe('none');
});

/** Serves the article with the widget pointed at `deckUrl`, which answers `body`. */
async function articleWithDeck(page, deckUrl, body, status = 200) {
  await page.route('**/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<div data-explainer', `<div data-deck="${deckUrl}" data-explainer`);
    await route.fulfill({ response, body: html });
  });
  await page.route(`**${deckUrl}`, (route) => route.fulfill({ status, contentType: 'application/json', body }));
  await page.goto('/');
  const alert = page.locator('[data-explainer] .cx-error');
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('role', 'alert');
  return alert;
}

test('a deck that is not valid JSON shows an error card with line and column', async ({ page }) => {
  const text = JSON.stringify(deck, null, 2);
  const alert = await articleWithDeck(page, '/decks/truncated.json', text.slice(0, 300));
  await expect(alert.getByRole('heading')).toHaveText('This explainer could not be shown');
  await expect(alert).toContainText('/decks/truncated.json');
  await expect(alert.locator('.cx-problems li')).toHaveText([/^line \d+, column \d+: not valid JSON/]);
});

test('a deck with several mistakes lists each with its path', async ({ page }) => {
  const broken = structuredClone(deck);
  broken.cards[3].sources[0] = 'doj-2019';
  broken.cards[5].title = '';
  broken.cards[9].id = broken.cards[3].id;
  const alert = await articleWithDeck(page, '/decks/broken.json', JSON.stringify(broken));
  await expect(alert.locator('.cx-error-summary')).toHaveText('The deck at /decks/broken.json has 3 problems');
  await expect(alert.locator('.cx-problems li')).toHaveText([
    'cards[3].sources[0]: unknown source "doj-2019"',
    'cards[5].title: must not be empty',
    `cards[9].id: duplicate card id "${deck.cards[3].id}" (first used at cards[3].id)`,
  ]);
});

test('a deck URL that answers 404 shows what happened', async ({ page }) => {
  const alert = await articleWithDeck(page, '/decks/missing.json', 'not here', 404);
  await expect(alert.locator('.cx-error-summary')).toHaveText('The deck at /decks/missing.json could not be fetched: the server answered HTTP 404');
});
