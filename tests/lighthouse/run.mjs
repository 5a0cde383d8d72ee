// Lighthouse 12 (mobile settings) on the release demo page, in Debian's Chromium, served with
// the strict CSP: asserts accessibility 100 and best practices ≥ 95, prints performance.
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = 4198;
const server = spawn('node', ['tests/e2e/serve.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
// Wait until the server answers (it starts in well under a second; give up after 10 s).
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
  } catch {}
  if (i > 200) throw new Error('test server did not start');
  await new Promise((r) => setTimeout(r, 50));
}
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  for (const page of ['/', '/embed.html']) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['accessibility', 'best-practices', 'performance'],
    });
    const { categories, audits } = result.lhr;
    const score = (id) => Math.round(categories[id].score * 100);
    const line = `lighthouse ${page}: accessibility ${score('accessibility')}, best practices ${score('best-practices')}, performance ${score('performance')} (mobile, simulated throttling)`;
    console.log(line);
    for (const id of ['accessibility', 'best-practices']) {
      for (const ref of categories[id].auditRefs) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`  ${id}: ${ref.id}: ${audit.title} ${JSON.stringify(audit.details?.items ?? []).slice(0, 400)}`);
      }
    }
    if (score('accessibility') < 100 || score('best-practices') < 95) failed = true;
  }
} finally {
  await chrome.kill();
  server.kill();
}
if (failed) {
  console.error('lighthouse: accessibility must be 100 and best practices at least 95');
  process.exit(1);
}
