// The npm package: `npm pack` of this project, installed offline into an empty folder the way a
// front-end project would install it, and an example page served straight from
// node_modules/explainer/ with the widget working (script + div with its static fallback, the
// custom element, the iframe embed page).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';

const PORT = 4175;
const SITE = `http://127.0.0.1:${PORT}/`;
let tmp;
let packed;
let server;

test.beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'explainer-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], { encoding: 'utf8' });
  [packed] = JSON.parse(out.slice(out.indexOf('[')));
  console.log(`npm pack: ${packed.filename}: ${packed.size} B packed, ${packed.unpackedSize} B unpacked, ${packed.files.length} files`);
  const site = path.join(tmp, 'site');
  fs.mkdirSync(site);
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(tmp, packed.filename)], { cwd: site, stdio: 'pipe' });
  const dist = 'node_modules/explainer/dist';
  // The static HTML links the widget's stylesheet where the release is published
  // (EXPLAINER_PUBLIC_URL); a site serving the package's copy points it there instead, as the
  // README says.
  const fallback = fs
    .readFileSync(path.join(site, dist, 'static/two-plus-two.en.html'), 'utf8')
    .replace(/href="[^"]*explainer\.css"/, `href="${dist}/explainer.css"`);
  fs.writeFileSync(
    path.join(site, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>From npm</title><link rel="icon" href="${dist}/favicon.svg">
<script type="module" src="${dist}/explainer.js"></script></head>
<body><main><h1>From npm</h1>
<div data-explainer id="two" data-deck="${dist}/decks/two-plus-two.en.json">${fallback}</div>
<news-explainer id="builtin" lang="ja"></news-explainer>
</main></body></html>`,
  );
  server = spawn('node', ['tests/e2e/serve.mjs', site, String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => String(chunk).includes('serving') && resolve());
    server.on('exit', (code) => reject(new Error(`server exited: ${code}`)));
  });
});

test.afterAll(() => {
  server?.kill();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test('the package holds the built widget and nothing of the source tree', () => {
  const files = packed.files.map((f) => f.path);
  for (const file of [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'dist/explainer.js',
    'dist/explainer.d.ts',
    'dist/explainer-widget.js',
    'dist/explainer-widget_bg.wasm',
    'dist/explainer.css',
    'dist/embed.html',
    'dist/embed-frame.js',
    'dist/explainer-frame.js',
    'dist/decks/cyber-alliance.ja.json',
    'dist/static/cyber-alliance.en.html',
  ]) {
    expect(files, file).toContain(file);
  }
  expect(files.filter((f) => /^(src|tests|scripts|bench|target)\//.test(f) || f.endsWith('.rs'))).toEqual([]);
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  expect(packed.version).toBe(pkg.version);
  expect(files).toContain(pkg.types);
  // The license is the crate's.
  expect(fs.readFileSync('Cargo.toml', 'utf8')).toContain(`license = "${pkg.license}"`);
  expect(fs.readFileSync('LICENSE', 'utf8')).toMatch(new RegExp(`^${pkg.license} License`));
  expect(fs.readFileSync('CHANGELOG.md', 'utf8')).toContain(`## ${pkg.version} `);
});

test('a page served from node_modules runs every widget', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(SITE);
  // Script + div with its static fallback: the fetched deck replaces the fallback.
  const two = page.locator('#two');
  await expect(two.locator('.cx-root .cx-card')).toBeVisible();
  await two.locator('.cx-next').click();
  await expect(two.locator('.cx-position')).toHaveText(/^2 of /);
  // The custom element, in Japanese: the built-in deck's edition comes from the package.
  const builtin = page.locator('#builtin');
  await expect(builtin.locator('.cx-root section.cx')).toHaveAttribute('lang', 'ja');
  await builtin.locator('.cx-next').click();
  await expect(builtin.locator('.cx-position')).toHaveText(/^2 \/ /);
  // The iframe embed page, from the package too.
  await page.goto(`${SITE}node_modules/explainer/dist/embed.html?card=wannacry`);
  await expect(page.locator('.cx-root .cx-card')).toHaveAttribute('data-card-id', 'wannacry');
  expect(errors).toEqual([]);
});
