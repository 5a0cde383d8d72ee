// The interactive cards by keyboard only, in both editions, and the language switch.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';

const decks = Object.fromEntries(
  ['en', 'ja'].map((lang) => [lang, JSON.parse(fs.readFileSync(new URL(`../../decks/cyber-alliance.${lang}.json`, import.meta.url)))]),
);
const score = { en: (n) => `You answered ${n} of ${n} correctly.`, ja: (n) => `${n}問中${n}問正解でした。` };

/** Presses Tab until `locator` has focus (at most `max` presses): the keyboard way in. */
async function tabTo(page, locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el.matches(':focus')).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(locator).toBeFocused();
}

for (const lang of ['en', 'ja']) {
  const deck = decks[lang];
  const card = (id) => deck.cards.find((c) => c.id === id);

  test(`[${lang}] a reader explores every scenario by keyboard`, async ({ page }) => {
    await page.goto(`/embed.html?lang=${lang}#explainer=scenarios`);
    const widget = page.locator('#explainer section.cx');
    await expect(widget).toHaveAttribute('lang', lang);
    const scenarios = card('scenarios').scenarios;
    const radios = widget.locator('.cx-card input[type=radio]');
    await tabTo(page, radios.first());
    await page.keyboard.press('Space');
    for (let i = 0; i < scenarios.length; i++) {
      await expect(radios.nth(i)).toBeChecked();
      await expect(widget.locator('.cx-card .cx-case-description')).toHaveText(scenarios[i].description);
      await expect(widget.locator('.cx-card .cx-open')).toContainText(scenarios[i].questions[0]);
      await expect(widget.locator('.cx-card .cx-caveat')).toHaveText(card('scenarios').caveat);
      // Arrow keys move between cases, never to another card.
      if (i < scenarios.length - 1) await page.keyboard.press('ArrowDown');
    }
    await expect(widget.locator('.cx-card')).toHaveAttribute('data-card-id', 'scenarios');
  });

  test(`[${lang}] a reader completes the quiz by keyboard`, async ({ page }) => {
    await page.goto(`/embed.html?lang=${lang}#explainer=quiz`);
    const widget = page.locator('#explainer section.cx');
    const questions = card('quiz').questions;
    const action = widget.locator('.cx-card .cx-quiz-action');
    for (const [q, question] of questions.entries()) {
      await expect(widget.locator('.cx-card legend')).toContainText(question.prompt);
      const right = question.choices.findIndex((c) => c.correct);
      const radios = widget.locator('.cx-card input[type=radio]');
      if (q === 0) await tabTo(page, radios.first());
      else await page.keyboard.press('Shift+Tab'); // from the action button into the group
      // Select whichever radio has focus, then walk to the right answer with the arrows.
      await page.keyboard.press('Space');
      const focused = await radios.evaluateAll((rs) => rs.findIndex((r) => r.matches(':focus')));
      for (let i = focused; i < right; i++) await page.keyboard.press('ArrowDown');
      for (let i = focused; i > right; i--) await page.keyboard.press('ArrowUp');
      await expect(radios.nth(right)).toBeChecked();
      await page.keyboard.press('Tab');
      await expect(action).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(widget.locator('.cx-card .cx-verdict')).toContainText(question.explanation);
      await expect(widget.locator('.cx-card .cx-verdict')).toHaveAttribute('data-verdict', 'right');
      // The stylesheet marks it for sighted readers too.
      expect(await widget.locator('.cx-card .cx-verdict').evaluate((p) => getComputedStyle(p, '::before').content)).toBe('"✓ "');
      await expect(action).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(widget.locator('.cx-card .cx-score')).toHaveText(score[lang](questions.length));
    await expect(action).toBeFocused();
  });
}

test('the language switch changes edition and keeps the card and the focus', async ({ page }) => {
  await page.goto('/#explainer=wannacry');
  const host = page.locator('[data-explainer]');
  await host.scrollIntoViewIfNeeded();
  const widget = host.locator('section.cx');
  await expect(widget.locator('.cx-card')).toHaveAttribute('data-card-id', 'wannacry');
  const ja = widget.getByRole('button', { name: '日本語' });
  await expect(ja).toHaveAttribute('aria-pressed', 'false');
  await ja.click();
  await expect(widget).toHaveAttribute('lang', 'ja');
  await expect(ja).toHaveAttribute('aria-pressed', 'true');
  await expect(widget.locator('h2.cx-title')).toHaveText(decks.ja.title);
  await expect(widget.locator('.cx-card')).toHaveAttribute('data-card-id', 'wannacry');
  await expect(widget.locator('.cx-card h3')).toHaveText(decks.ja.cards[2].title);
  await expect(widget.locator('.cx-position')).toHaveText('3 / 19');
  await expect(widget.getByRole('button', { name: '次へ' })).toBeVisible();
  await expect(ja).toBeFocused();
  // Japanese line breaking rules apply.
  expect(await widget.evaluate((el) => getComputedStyle(el).lineBreak)).toBe('strict');
  await widget.getByRole('button', { name: 'English' }).click();
  await expect(widget).toHaveAttribute('lang', 'en');
  await expect(widget.locator('.cx-card h3')).toHaveText(decks.en.cards[2].title);
});

test('a glossary term opens its definition and Escape returns focus', async ({ page }) => {
  await page.goto('/embed.html#explainer=wannacry');
  const widget = page.locator('#explainer section.cx');
  const term = widget.getByRole('button', { name: 'ransomware' });
  await tabTo(page, term);
  await page.keyboard.press('Enter');
  const dialog = widget.getByRole('dialog', { name: 'Ransomware' });
  await expect(dialog).toBeVisible();
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab'); // into the popover's close button
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(term).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.mouse.click(2, 2);
  await expect(dialog).toBeHidden();
});
