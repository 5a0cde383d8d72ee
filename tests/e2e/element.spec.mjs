// <news-explainer>: the custom element form of the embed, in the HTML and driven from script
// the way a front-end framework drives it (examples/elements.html).
import { test, expect } from '@playwright/test';

// The live widget's card, not the static HTML's first-card snapshot (inert, until the widget
// replaces it).
const card = (host) => host.locator('.cx-root:not(.cx-snapshot) .cx-card');

test('a <news-explainer> in the HTML starts like the div form, with its attributes', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/examples/elements.html');
  const el = page.locator('news-explainer#static');
  await el.scrollIntoViewIfNeeded();
  await expect(card(el)).toHaveAttribute('data-card-id', 'threat');
  // heading-level="3": the deck title is an h3, its cards' titles h4.
  await expect(el.locator('.cx-root h3.cx-title')).toHaveText('When a cyber attack becomes an attack on an alliance');
  await expect(el.locator('.cx-root .cx-card h4.cx-card-title')).toBeVisible();
  await expect(el).toHaveAttribute('data-theme', 'auto');
  // goTo(), as on the div form; then the attribute, changed later.
  await el.evaluate((node) => node.goTo('wannacry'));
  await expect(card(el)).toHaveAttribute('data-card-id', 'wannacry');
  await el.evaluate((node) => node.setAttribute('theme', 'dark'));
  await expect(el).toHaveAttribute('data-theme', 'dark');
  // The heading level follows later changes too, 1–4, cards one level below; the reader keeps
  // their card.
  for (const level of [1, 2, 4, 3]) {
    await el.evaluate((node, l) => node.setAttribute('heading-level', String(l)), level);
    await expect(el.locator(`.cx-root h${level}.cx-title`)).toHaveText('When a cyber attack becomes an attack on an alliance');
    await expect(el.locator(`.cx-root .cx-card h${level + 1}.cx-card-title`)).toBeVisible();
    await expect(card(el)).toHaveAttribute('data-card-id', 'wannacry');
  }
  expect(errors).toEqual([]);
});

test('created, changed, moved and removed from script, as a framework would', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/examples/elements.html');
  const log = page.locator('#log');
  await page.getByRole('button', { name: 'Create an explainer' }).click();
  const made = page.locator('news-explainer#made');
  await made.scrollIntoViewIfNeeded();
  await expect(card(made)).toHaveAttribute('data-card-id', 'threat');
  await expect(log).toContainText('explainer:ready {"deckId":"cyber-alliance","cardCount":19}');
  await expect(made).toHaveAttribute('data-theme', 'dark');

  await made.getByRole('button', { name: 'Next' }).click();
  await expect(log).toContainText('explainer:cardchange {"index":1,"cardId":"white-paper"}');
  // Moving keeps the widget and the reader's place.
  await page.getByRole('button', { name: 'Move it to the other column' }).click();
  await expect(page.locator('#b news-explainer#made')).toHaveCount(1);
  await made.scrollIntoViewIfNeeded();
  await expect(card(made)).toHaveAttribute('data-card-id', 'white-paper');

  await page.getByRole('button', { name: 'Show the NHS card' }).click();
  await expect(card(made)).toHaveAttribute('data-card-id', 'nhs');
  await page.getByRole('button', { name: 'Load the four-card deck' }).click();
  await expect(card(made)).toHaveAttribute('data-card-id', 'meeting');
  await expect(log).toContainText('explainer:ready {"deckId":"two-plus-two","cardCount":4}');

  await page.getByRole('button', { name: 'Remove it' }).click();
  await expect(made).toHaveCount(0);
  await expect(log).toContainText('removed');
  expect(errors).toEqual([]);
});

test('lang="ja" on an element created later gives the Japanese edition', async ({ page }) => {
  await page.goto('/examples/elements.html');
  await page.evaluate(() => {
    const el = document.createElement('news-explainer');
    el.id = 'ja';
    el.setAttribute('lang', 'ja');
    document.getElementById('b').append(el);
  });
  const el = page.locator('news-explainer#ja');
  await el.scrollIntoViewIfNeeded();
  await expect(el.locator('.cx-root .cx-position')).toHaveText('1 / 19');
  await expect(el.locator('.cx-root .cx-title')).toHaveText('サイバー攻撃が同盟への攻撃になるとき');
});
