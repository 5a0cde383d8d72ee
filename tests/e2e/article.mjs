// What the specs share: open the demo article as a reader would, and watch a page for errors.
import { expect } from '@playwright/test';

/** Collects console errors and uncaught exceptions, so a test can assert there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  return errors;
}

/** Opens the demo article, scrolls to the explainer (it starts when near the viewport, as a
 * reader scrolls to it) and returns the carousel once it is on screen. */
export async function openArticle(page) {
  await page.goto('/');
  await page.locator('[data-explainer]').scrollIntoViewIfNeeded();
  const widget = page.locator('[data-explainer] section[aria-roledescription="carousel"]');
  await expect(widget).toBeVisible();
  // The static HTML's first-card snapshot has given way to the widget itself.
  await expect(page.locator('[data-explainer] .cx-snapshot')).toHaveCount(0);
  return widget;
}
