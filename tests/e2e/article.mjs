// Shared by the specs that read the demo article: open it as a reader would.
import { expect } from '@playwright/test';

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
