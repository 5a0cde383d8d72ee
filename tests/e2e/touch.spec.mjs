// Touch, zoom, target size and focus visibility checks (WCAG 2.1/2.2 details a reader meets).
import { test, expect } from '@playwright/test';

test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 640 } });

/** A one-finger drag through CDP, as a phone would send it. */
async function drag(page, from, to, steps = 8) {
  const cdp = await page.context().newCDPSession(page);
  const point = (p) => [{ x: p.x, y: p.y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  for (let i = 1; i <= steps; i++) {
    const p = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(p) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('a horizontal swipe changes card; a vertical swipe scrolls the page', async ({ page }) => {
  await page.goto('/');
  const host = page.locator('[data-explainer]');
  await host.scrollIntoViewIfNeeded();
  const card = host.locator('.cx-root .cx-card');
  await expect(card).toHaveAttribute('data-card-id', 'threat');
  // The live widget, not the static HTML's first-card snapshot it replaces.
  await expect(host.locator('.cx-snapshot')).toHaveCount(0);
  await card.scrollIntoViewIfNeeded();
  const box = await card.boundingBox();
  const mid = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 200) };
  await drag(page, { x: mid.x + 100, y: mid.y }, { x: mid.x - 100, y: mid.y });
  await expect(card).toHaveAttribute('data-card-id', 'white-paper');
  await drag(page, { x: mid.x - 100, y: mid.y }, { x: mid.x + 100, y: mid.y });
  await expect(card).toHaveAttribute('data-card-id', 'threat');
  const before = await page.evaluate(() => scrollY);
  await drag(page, { x: mid.x, y: mid.y + 150 }, { x: mid.x, y: mid.y - 150 });
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 50);
  await expect(card).toHaveAttribute('data-card-id', 'threat');
});

test('every control is at least 24 by 24 CSS px', async ({ page }) => {
  await page.goto('/embed.html#explainer=quiz');
  const sizes = async () =>
    page.locator('#explainer').evaluate((host) =>
      [...host.shadowRoot.querySelectorAll('button, input, label.cx-choice')]
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { what: el.className || el.tagName, w: r.width, h: r.height };
        })
        .filter((s) => s.w > 0),
    );
  await expect(page.locator('.cx-root .cx-card')).toBeVisible();
  for (const hash of ['quiz', 'timeline', 'scenarios', 'wannacry']) {
    await page.evaluate((h) => (location.hash = `explainer=${h}`), hash);
    await expect(page.locator('.cx-root .cx-card')).toHaveAttribute('data-card-id', hash);
    // Layout can land a 24 px box on 23.99998 px: allow a hundredth of a pixel.
    const small = (await sizes()).filter((s) => s.w < 23.99 || s.h < 23.99);
    expect(small, `small targets on ${hash}`).toEqual([]);
  }
});

test('text zoomed to 200 % still fits without horizontal scrolling', async ({ page }) => {
  await page.goto('/embed.html?card=timeline');
  // The live widget, not the static HTML's first-card snapshot it replaces (which would be
  // measured, then detached, if it were still there).
  await expect(page.locator('.cx-root .cx-card[data-card-id="timeline"]')).toBeVisible();
  await expect(page.locator('.cx-snapshot')).toHaveCount(0);
  // Text-only zoom: double the widget's base font size, as a reader's text-size setting would.
  await page.locator('#explainer').evaluate((el) => el.style.setProperty('--explainer-font-size', '32px'));
  const fontSize = await page.locator('.cx-root .cx-card .cx-card-title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(36);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.locator('.cx-root .cx-next')).toBeVisible();
});

test('keyboard focus is always visible', async ({ page }) => {
  await page.goto('/embed.html#explainer=timeline');
  // The live widget (the static HTML's snapshot before it is inert: nothing to focus there).
  await expect(page.locator('.cx-root .cx-card[data-card-id="timeline"]')).toBeVisible();
  const seen = new Set();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      return { what: `${el.tagName}.${el.className}`, outline: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    if (!focus) continue;
    seen.add(focus.what);
    expect(focus.outline, `${focus.what} shows no focus ring`).not.toBe('none');
    expect(focus.width).toBeGreaterThanOrEqual(2);
  }
  expect(seen.size).toBeGreaterThan(5);
});
