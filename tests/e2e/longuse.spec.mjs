// Long use: 10,000 card switches and 100 remove/re-insert cycles of the element leave memory
// flat. Prints the figures.
import { test, expect } from '@playwright/test';
import { trackWasmMemory, wasmMemoryBytes } from './wasm-memory.mjs';

test('memory stays flat over 10,000 switches and 100 remove/re-insert cycles', async ({ page }) => {
  test.setTimeout(180_000);
  const cdp = await page.context().newCDPSession(page);
  const memory = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const wasm = await wasmMemoryBytes(page);
    const nodes = (await cdp.send('Memory.getDOMCounters')).jsEventListeners;
    return { heap, wasm, listeners: nodes };
  };
  await trackWasmMemory(page);
  await page.goto('/examples/plain.html');
  const host = page.locator('#plain');
  await expect(host.locator('.cx-root .cx-card')).toBeVisible();
  // The live widget, not a static HTML snapshot it replaces.
  await expect(host.locator('.cx-snapshot')).toHaveCount(0);
  // Warm up (first allocations, JIT), then take the baseline.
  const switches = (n) =>
    page.evaluate(async (n) => {
      const root = document.querySelector('#plain').shadowRoot;
      for (let i = 0; i < n; i++) {
        const next = root.querySelector('.cx-next');
        const key = next.getAttribute('aria-disabled') === 'true' ? 'Home' : 'ArrowRight';
        const changed = new Promise((r) => {
          const mo = new MutationObserver(() => (mo.disconnect(), r()));
          mo.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
        });
        next.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
        await changed;
      }
    }, n);
  // Remove the element and put it back, as CMSs and single-page apps do; each time the widget
  // must still work (a click moves it on).
  const cycles = (n) =>
    page.evaluate(async (n) => {
      const el = document.querySelector('#plain');
      const parent = el.parentNode;
      for (let i = 0; i < n; i++) {
        el.remove();
        // Let the loader see the removal (MutationObserver callbacks run as microtasks).
        await new Promise((r) => setTimeout(r, 0));
        parent.prepend(el);
        const root = el.shadowRoot;
        const before = root.querySelector('.cx-card').dataset.cardId;
        const changed = new Promise((r) => {
          const mo = new MutationObserver(() => (mo.disconnect(), r()));
          mo.observe(root, { subtree: true, childList: true, attributes: true });
        });
        root.querySelector('.cx-dot:not([aria-current])').click();
        await changed;
        if (root.querySelector('.cx-card').dataset.cardId === before) throw new Error('widget stopped');
      }
    }, n);
  await switches(200);
  await cycles(5);
  const before = await memory();
  await switches(10_000);
  const afterSwitches = await memory();
  await cycles(100);
  const after = await memory();
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(
    `long use: JS heap ${kb(before.heap)} → ${kb(afterSwitches.heap)} after 10,000 switches → ${kb(after.heap)} after 100 remove/re-insert; ` +
      `wasm memory ${kb(before.wasm)} → ${kb(afterSwitches.wasm)} → ${kb(after.wasm)}; JS event listeners ${before.listeners} → ${afterSwitches.listeners} → ${after.listeners}`,
  );
  await expect(host.locator('.cx-root .cx-card')).toBeVisible();
  expect(await host.evaluate((h) => h.shadowRoot.querySelectorAll('.cx-root').length)).toBe(1);
  // Flat: growth well under what a per-switch or per-mount leak would add.
  expect(after.heap - before.heap).toBeLessThan(1024 * 1024);
  expect(after.wasm - before.wasm).toBeLessThan(1024 * 1024);
  expect(after.listeners - before.listeners).toBeLessThan(20);
});
