// Screenshots of the deck studio at 1280 px for docs/screenshots/ (issue 29's before and after):
// as it first opens, and editing the shipped deck's timeline card. Needs a built site with its
// studio (make build); run `node scripts/studio-screenshots.mjs [dist] [name prefix]`.
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
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  await page.goto(`http://127.0.0.1:${port}/studio/`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('.studio-start button').first().waitFor();
  const out = (name) => path.join(root, 'docs/screenshots', `${prefix}-${name}.png`);
  await page.screenshot({ path: out('opens') });
  await page.getByRole('button', { name: 'The shipped deck' }).click();
  await page.locator('.studio-card').nth(9).getByRole('button').first().click();
  await page.getByRole('heading', { name: 'Editing the card: timeline' }).waitFor();
  await page.getByRole('heading', { name: 'Editing the card: timeline' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: out('timeline') });
  await browser.close();
  console.log(`docs/screenshots/${prefix}-opens.png, ${prefix}-timeline.png`);
} finally {
  server.kill();
}
