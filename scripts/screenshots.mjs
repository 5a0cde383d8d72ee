// Screenshots of the shipped deck's cards for editors (docs/screenshots/): what a picture and a
// flow card look like at 1280 and 360 px. Needs a release build in dist/ (make build); run
// `node scripts/screenshots.mjs [card ids…]`.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const port = 4311;
const cards = process.argv.slice(2).length ? process.argv.slice(2) : ['two-plus-two', 'bank-theft-steps', 'article-v-steps'];
const server = spawn('node', [path.join(root, 'tests/e2e/serve.mjs'), path.join(root, 'dist'), String(port)], { stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 500)); // the server's start; not a test
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  for (const [width, height] of [[1280, 900], [360, 800]]) {
    const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
    await page.goto(`http://127.0.0.1:${port}/`);
    const host = page.locator('[data-explainer]');
    await host.scrollIntoViewIfNeeded();
    const widget = host.locator('section[aria-roledescription="carousel"]');
    await widget.waitFor();
    for (const id of cards) {
      const index = await page.evaluate(
        (id) => [...document.querySelectorAll('[data-explainer] .explainer-static article')].findIndex((a) => a.dataset.cardId === id),
        id,
      );
      await widget.locator('.cx-dot').nth(index).click();
      await widget.locator(`.cx-card[data-card-id="${id}"]`).waitFor();
      // The card's picture, decoded (its alt text instead, should it fail).
      await widget.locator('.cx-card img').evaluateAll((imgs) => Promise.all(imgs.map((i) => i.decode().catch(() => {}))));
      const file = path.join(root, 'docs/screenshots', `${id}-${width}.png`);
      await widget.locator('.cx-card').screenshot({ path: file });
      console.log(file);
    }
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
