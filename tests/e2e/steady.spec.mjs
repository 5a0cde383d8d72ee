// Steady controls: a reader who keeps tapping the same spot goes through the whole deck,
// because switching cards never moves Previous/Next. Prints how far the article below the
// widget moves (cards differ in height; the bench reports the same figures).
import { test, expect } from '@playwright/test';
import fs from 'node:fs';

const deck = JSON.parse(fs.readFileSync(new URL('../../decks/cyber-alliance.en.json', import.meta.url)));
const total = deck.cards.length;

for (const width of [1280, 360]) {
  test(`at ${width} px, tapping one spot goes through every card and the buttons never move`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    const host = page.locator('[data-explainer]');
    await host.scrollIntoViewIfNeeded();
    const widget = host.locator('section[aria-roledescription="carousel"]');
    await expect(widget).toBeVisible();
    // The live widget, not the static HTML's first-card snapshot it replaces.
    await expect(host.locator('.cx-snapshot')).toHaveCount(0);
    const next = widget.locator('.cx-next');
    const prev = widget.locator('.cx-prev');
    const below = page.locator('.story-embed + p');
    // Bring the controls to the middle of the screen, where a thumb would be.
    await next.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const at = async () => ({
      next: await next.boundingBox(),
      prev: await prev.boundingBox(),
      below: (await below.boundingBox()).y,
    });
    const first = await at();
    const spot = { x: first.next.x + first.next.width / 2, y: first.next.y + first.next.height / 2 };
    let belowMoved = 0;
    let last = first;
    for (let i = 1; i < total; i++) {
      await page.mouse.click(spot.x, spot.y);
      await expect(widget.locator('.cx-position')).toHaveText(`${i + 1} of ${total}`);
      const now = await at();
      expect(now.next, `Next moved on the switch to card ${i + 1}`).toEqual(first.next);
      expect(now.prev, `Previous moved on the switch to card ${i + 1}`).toEqual(first.prev);
      belowMoved = Math.max(belowMoved, Math.abs(now.below - last.below));
      last = now;
    }
    console.log(`steady controls at ${width} px: buttons moved 0 px over ${total - 1} switches; the article below moved up to ${Math.round(belowMoved)} px on one switch`);
  });
}
