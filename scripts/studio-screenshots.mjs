// Screenshots of the deck studio at 1280 px for docs/screenshots/ (issue 29's before and after):
// as it first opens, and editing the shipped deck's timeline card, light and dark; and, where
// the studio has the narrow screens' switch, at 390 px, editing and previewing. Needs a built
// site with its studio (make build); run `node scripts/studio-screenshots.mjs [dist] [prefix]`.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const prefix = process.argv[3] ?? 'studio';
const port = 4312;
const server = spawn('node', [path.join(root, 'tests/e2e/serve.mjs'), dist, String(port)], { stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 500)); // the server's start; not a test
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const out = (name) => path.join(root, 'docs/screenshots', `${prefix}-${name}.png`);
  const written = [];
  const shoot = async (page, name) => {
    await page.screenshot({ path: out(name) });
    written.push(`${prefix}-${name}.png`);
  };
  /** The studio opened afresh, at `width`, in the system theme `scheme`. */
  const open = async (width, height, scheme) => {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(`http://127.0.0.1:${port}/studio/`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('.studio-start button').first().waitFor();
    return page;
  };
  /** The shipped deck, editing its timeline card (the tenth). */
  const timeline = async (page) => {
    await page.getByRole('button', { name: 'The shipped deck' }).click();
    await page.locator('.studio-card').nth(9).getByRole('button').first().click();
    await page.getByRole('heading', { name: 'Editing the card: timeline' }).waitFor();
    await page.getByRole('heading', { name: 'Editing the card: timeline' }).scrollIntoViewIfNeeded();
  };
  for (const scheme of ['light', 'dark']) {
    const page = await open(1280, 900, scheme);
    const dark = scheme === 'dark' ? '-dark' : '';
    if (!dark) await shoot(page, 'opens');
    await timeline(page);
    await shoot(page, `timeline${dark}`);
    await page.close();
  }
  const phone = await open(390, 844, 'light');
  await timeline(phone);
  if (await phone.locator('.studio-views').count()) {
    await shoot(phone, 'phone-edit');
    await phone.locator('.studio-views').getByRole('button', { name: 'Preview', exact: true }).click();
    await phone.locator('.studio-preview .cx-card').waitFor();
    await shoot(phone, 'phone-preview');
  }
  await browser.close();
  console.log(`docs/screenshots/: ${written.join(', ')}`);
} finally {
  server.kill();
}
