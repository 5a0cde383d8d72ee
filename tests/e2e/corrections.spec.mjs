// Updates and corrections (issue 28, first part): a deck's "updated" line and a card's
// corrections, in English and Japanese, at both viewports, with axe; and the dates validation
// refuses, named with their paths on the error card.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { test, expect } from '@playwright/test';
import { watchErrors } from './article.mjs';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const decks = Object.fromEntries(
  ['en', 'ja'].map((lang) => [lang, JSON.parse(fs.readFileSync(new URL(`../../decks/cyber-alliance.${lang}.json`, import.meta.url)))]),
);
const CORRECTION = {
  en: 'An earlier version of this card gave the wrong month for the theft.',
  ja: 'このカードの以前の版は、不正送金の月を誤って記載していました。',
};

/** The shipped deck in `lang`, updated on 2026-12-01, with a correction on its fifth card. */
function corrected(lang) {
  const deck = structuredClone(decks[lang]);
  deck.updated = '2026-12-01';
  deck.cards[4].corrections = [{ date: '2026-12-02', text: CORRECTION[lang] }];
  return deck;
}

async function open(page, deck) {
  await page.route((url) => url.pathname === '/corrected.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(deck) }));
  await page.goto('/embed.html?deck=/corrected.json');
  return page.locator('#explainer section.cx');
}

for (const lang of ['en', 'ja']) {
  test(`the update line and a correction, in ${lang}, with axe`, async ({ page }) => {
    const errors = watchErrors(page);
    const widget = await open(page, corrected(lang));
    const updated = widget.locator('.cx-updated');
    await expect(updated).toHaveText(lang === 'en' ? 'Updated December 1, 2026' : '2026年12月1日更新');
    await expect(updated.locator('time')).toHaveAttribute('datetime', '2026-12-01');
    // The corrected card's dot is marked and says so; the others are not.
    const dot = widget.locator('.cx-dot').nth(4);
    await expect(dot).toHaveAttribute('data-corrected', '');
    await expect(dot).toHaveAttribute('aria-label', lang === 'en' ? / \(corrected\)$/ : /（訂正あり）$/);
    await expect(widget.locator('.cx-dot[data-corrected]')).toHaveCount(1);
    await dot.click();
    const correction = widget.locator('.cx-card .cx-corrections');
    await expect(correction).toBeVisible();
    await expect(correction).toHaveText(
      lang === 'en' ? `Correction, December 2, 2026: ${CORRECTION.en}` : `訂正（2026年12月2日）${CORRECTION.ja}`,
    );
    // Not in the live region: moving to the card does not read the correction out again.
    await expect(widget.locator('.cx-live')).not.toContainText(CORRECTION[lang]);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('a date after today and an empty correction are refused with their paths', async ({ page }) => {
  const deck = corrected('en');
  deck.updated = '2999-01-01';
  deck.cards[4].corrections.push({ date: '2026-02-30', text: ' ' });
  await open(page, deck);
  const problems = page.locator('#explainer .cx-error .cx-problems li');
  await expect(problems).toHaveText([
    /^updated: 2999-01-01 is in the future \(today is \d{4}-\d{2}-\d{2}\)$/,
    'cards[4].corrections[1].date: "2026-02-30" is not a date written YYYY-MM-DD (e.g. 2026-12-04)',
    'cards[4].corrections[1].text: must not be empty',
  ]);
});

test('static HTML pasted before a correction gives way to the corrected deck, without errors', async ({ page }) => {
  const errors = watchErrors(page);
  // The fragment an article pasted (the shipped deck's static HTML, its first-card snapshot
  // styled inline, so the page asks no other site for anything), inside an element that names
  // the deck's stable address, where the deck was corrected since.
  const pasted = await (await page.request.get('/static/cyber-alliance.en.inline.html')).text();
  const deck = corrected('en');
  deck.cards[0].title = 'Attacks with a state behind them (corrected title)';
  deck.cards[0].corrections = [{ date: '2026-12-02', text: 'The title now says what the card says.' }];
  await page.route((url) => url.pathname === '/stable/cyber-alliance.en.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(deck) }),
  );
  await page.route((url) => url.pathname === '/stale-page.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>An old article</title><meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/explainer.js"></script></head>
<body><h1>An old article</h1><div id="x" data-explainer data-deck="/stable/cyber-alliance.en.json">${pasted}</div><p id="after">The article goes on.</p></body></html>`,
    }),
  );
  await page.goto('/stale-page.html');
  const widget = page.locator('#x .cx-root section.cx');
  await expect(widget.locator('.cx-updated')).toHaveText('Updated December 1, 2026');
  await expect(widget.locator('.cx-card .cx-card-title')).toHaveText(deck.cards[0].title);
  await expect(widget.locator('.cx-card .cx-corrections')).toContainText('The title now says what the card says.');
  await expect(page.locator('#x .cx-snapshot')).toHaveCount(0);
  expect(errors).toEqual([]);
});
