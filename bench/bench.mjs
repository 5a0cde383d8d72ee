// `make bench`: measures and prints; it asserts nothing. Every comparison is made side by side
// in the same run, on this machine, and reported as a ratio. Writes bench/RESULTS.md.
//
// Needs a release build in dist/ (make bench builds it) and network access to the npm registry
// only (to fetch TimelineJS for the size comparison).
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const dist = path.join(root, 'dist');
const work = path.join(root, 'bench', 'work');
const PORT = 4199;
const BASE = `http://127.0.0.1:${PORT}`;
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const ms = (x) => `${x.toFixed(2)} ms`;
const out = [];
const say = (line = '') => {
  console.log(line);
  out.push(line);
};

// ---------- 1. sizes ----------
function timelineFiles() {
  fs.mkdirSync(work, { recursive: true });
  const dir = path.join(work, 'timelinejs');
  if (!fs.existsSync(dir)) {
    const tgz = execFileSync('npm', ['pack', '@knight-lab/timelinejs@3.9.11', '--silent'], { cwd: work }).toString().trim();
    fs.mkdirSync(dir);
    execFileSync('tar', ['-xzf', path.join(work, tgz), '-C', dir]);
  }
  const pkg = path.join(dir, 'package');
  const find = (re) => {
    const hits = [];
    const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : re.test(e.name) && hits.push(path.join(d, e.name))));
    walk(path.join(pkg, 'dist'));
    return hits.sort((a, b) => a.length - b.length)[0];
  };
  return { js: find(/^timeline(-min)?\.js$/), css: find(/^timeline\.css$/) };
}

function sizes() {
  const ours = ['explainer.js', 'explainer-widget.js', 'explainer-widget_bg.wasm'].map((f) => [f, gz(fs.readFileSync(path.join(dist, f)))]);
  const total = ours.reduce((a, [, n]) => a + n, 0);
  const tl = timelineFiles();
  const tlSizes = [[`TimelineJS ${path.basename(tl.js)}`, gz(fs.readFileSync(tl.js))], [`TimelineJS ${path.basename(tl.css)}`, gz(fs.readFileSync(tl.css))]];
  const tlTotal = tlSizes.reduce((a, [, n]) => a + n, 0);
  const pym = gz(fs.readFileSync(path.join(root, 'node_modules/pym.js/dist/pym.v1.min.js')));
  say('## 1. Download size (gzip -9)');
  say();
  say('| file | gzipped |');
  say('|---|---|');
  for (const [f, n] of ours) say(`| ${f} | ${kb(n)} |`);
  say('| CSS and the built-in deck | inside the wasm |');
  say(`| **explainer total (default embed)** | **${kb(total)}** |`);
  for (const [f, n] of tlSizes) say(`| ${f} | ${kb(n)} |`);
  say(`| **TimelineJS total** | **${kb(tlTotal)}** |`);
  say(`| pym.js (pym.v1.min.js) | ${kb(pym)} |`);
  say();
  say(`Explainer / TimelineJS: **${(total / tlTotal).toFixed(2)}×**. Budget: ≤ 70 KB → ${total <= 70 * 1024 ? 'met' : `not met (${kb(total - 70 * 1024)} over)`}.`);
  say();
  return { total, tlTotal };
}

// ---------- browser helpers ----------
async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--enable-precise-memory-info'],
  });
}

async function newPage(browser, { throttle = 1, viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { page, context, cdp };
}

const pageShell = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<link rel="stylesheet" href="/page.css"><link rel="stylesheet" href="/bench/bench.css"><script type="module" src="/explainer.js"></script></head><body><main class="story">${body}</main></body></html>`;

// Time to the first card's title on screen: a rAF loop (installed before the page's scripts)
// notes the first frame in which the title exists, in light or shadow DOM.
// Counts the widget's card title, the static fallback's first title (light DOM, shown until
// the widget takes over), or the plain static page's title.
const WATCH = () => {
  window.__firstTitle = null;
  const look = () => {
    const widget = [...document.querySelectorAll('[data-explainer]')].some((h) => h.shadowRoot?.querySelector('.cx-card-title'));
    const fallback = document.querySelector('[data-explainer] .explainer-static h3, .bench-static h3');
    if (widget || fallback) window.__firstTitle = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

async function firstCard(browser, url, throttle) {
  const { page, context } = await newPage(browser, { throttle });
  await page.addInitScript(WATCH);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstTitle !== null, null, { timeout: 60_000 });
  const t = await page.evaluate(() => window.__firstTitle);
  await context.close();
  return t;
}

// ---------- 2. page cost below the fold ----------
async function belowFold(browser) {
  const measure = async (url) => {
    const { page, context } = await newPage(browser);
    const files = new Map();
    page.on('response', async (r) => {
      try {
        files.set(new URL(r.url()).pathname, gz(await r.body()));
      } catch {}
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await context.close();
    return files;
  };
  const withIt = await measure(`${BASE}/examples/long.html`);
  const without = await measure(`${BASE}/bench/long-without.html`);
  const extra = [...withIt].filter(([f]) => !without.has(f) && f !== '/bench/long-without.html' && f !== '/examples/long.html');
  const staticHtml = gz(fs.readFileSync(path.join(dist, 'static/cyber-alliance.en.html')));
  const extraTotal = extra.reduce((a, [, n]) => a + n, 0);
  say('## 2. Page cost before the widget is near the viewport');
  say();
  say(`A long article with the explainer below the fold, after network idle, against the same page without it: extra files ${extra.map(([f, n]) => `${f} (${kb(n)})`).join(', ') || 'none'}; **${kb(extraTotal)} gzipped** (budget ≤ 5 KB: ${extraTotal <= 5 * 1024 ? 'met' : 'not met'}). The widget's JS and wasm were not requested. The optional static HTML inside the element adds ${kb(staticHtml)} gzipped to the page itself.`);
  say();
}

// ---------- 3. first card visible ----------
async function firstCardVisible(browser) {
  say('## 3. First card visible (navigation → first card title painted), median of 7');
  say();
  say('| CPU | static page, same text | embed with the static HTML (snippet as documented) | ratio | embed without it (widget only) | ratio |');
  say('|---|---|---|---|---|---|');
  for (const throttle of [1, 4]) {
    const [withStatic, bare, stat] = [[], [], []];
    for (let i = 0; i < 7; i++) {
      stat.push(await firstCard(browser, `${BASE}/bench/static.html`, throttle));
      withStatic.push(await firstCard(browser, `${BASE}/bench/one-static.html`, throttle));
      bare.push(await firstCard(browser, `${BASE}/bench/one.html`, throttle));
    }
    const r = (x) => `${(median(x) / median(stat)).toFixed(2)}×`;
    say(`| ${throttle === 1 ? 'no throttling' : `${throttle}× throttled`} | ${ms(median(stat))} | ${ms(median(withStatic))} | ${r(withStatic)} | ${ms(median(bare))} | ${r(bare)} |`);
  }
  say();
}

// ---------- 4. card switch ----------
async function switchTimes(page, n = 200) {
  return page.evaluate(async (n) => {
    const host = document.querySelector('[data-explainer]');
    const root = host.shadowRoot;
    const times = [];
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    for (let i = 0; i < n; i++) {
      const before = root.querySelector('.cx-card').dataset.cardId;
      const next = root.querySelector('.cx-next');
      const key = next.getAttribute('aria-disabled') === 'true' ? 'Home' : 'ArrowRight';
      const changed = new Promise((r) => {
        const mo = new MutationObserver(() => {
          mo.disconnect();
          r(performance.now());
        });
        mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      const t0 = performance.now();
      next.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
      const rendered = await changed;
      await frame();
      if (root.querySelector('.cx-card').dataset.cardId === before) throw new Error('card did not change');
      times.push({ render: rendered - t0, frame: performance.now() - t0 });
    }
    return times;
  }, n);
}

async function cardSwitch(browser) {
  say('## 4. Card switch, 200 switches: key press → DOM updated (the widget\'s work), and → the next frame');
  say();
  say('| CPU | render p50 | render p95 | next frame p50 | next frame p95 |');
  say('|---|---|---|---|---|');
  for (const throttle of [1, 4]) {
    const { page, context } = await newPage(browser, { throttle });
    await page.goto(`${BASE}/bench/one.html`);
    await page.waitForFunction(() => document.querySelector('[data-explainer]')?.shadowRoot?.querySelector('.cx-card'));
    const t = await switchTimes(page);
    const r = t.map((x) => x.render);
    const f = t.map((x) => x.frame);
    say(`| ${throttle === 1 ? 'no throttling' : `${throttle}× throttled`} | ${ms(pct(r, 50))} | ${ms(pct(r, 95))} | ${ms(pct(f, 50))} | ${ms(pct(f, 95))} |`);
    await context.close();
  }
  say();
}

// ---------- 5. scaling ----------
async function instances(browser, n) {
  const { page, context, cdp } = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.addInitScript((n) => {
    window.__ready = 0;
    document.addEventListener('explainer:ready', () => {
      if (++window.__ready === n) window.__allReady = performance.now();
    });
  }, n);
  await page.goto(`${BASE}/bench/many-${n}.html`);
  await page.waitForFunction(() => window.__allReady, null, { timeout: 60_000 });
  const t = await page.evaluate(() => window.__allReady);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const wasm = await page.evaluate(() => globalThis[Symbol.for('explainer.loader')].wasmMemoryBytes());
  await context.close();
  return { t, heap, wasm };
}

async function scaling(browser) {
  say('## 5. Scaling');
  say();
  say('| instances | time to all ready | JS heap | wasm memory |');
  say('|---|---|---|---|');
  const rows = {};
  for (const n of [1, 20]) {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await instances(browser, n));
    rows[n] = { t: median(runs.map((r) => r.t)), heap: median(runs.map((r) => r.heap)), wasm: median(runs.map((r) => r.wasm)) };
    say(`| ${n} | ${ms(rows[n].t)} | ${kb(rows[n].heap)} | ${kb(rows[n].wasm)} |`);
  }
  const mem = (r) => r.heap + r.wasm;
  say();
  say(`20 vs 1 instance: time ${(rows[20].t / rows[1].t).toFixed(2)}×, memory (JS heap + wasm) ${(mem(rows[20]) / mem(rows[1])).toFixed(2)}× (budget ≤ 3× each).`);
  say();
  say('| generated deck | load (navigation → ready) | switch render p50 | switch render p95 |');
  say('|---|---|---|---|');
  const p95 = {};
  for (const n of [10, 100, 1000]) {
    const { page, context } = await newPage(browser);
    await page.addInitScript(() => document.addEventListener('explainer:ready', () => (window.__ready = performance.now())));
    await page.goto(`${BASE}/bench/deck-page-${n}.html`);
    await page.waitForFunction(() => window.__ready, null, { timeout: 60_000 });
    const load = await page.evaluate(() => window.__ready);
    const t = (await switchTimes(page)).map((x) => x.render);
    p95[n] = pct(t, 95);
    say(`| ${n} cards | ${ms(load)} | ${ms(pct(t, 50))} | ${ms(p95[n])} |`);
    await context.close();
  }
  say();
  say(`Switch p95 at 1,000 cards vs 10 cards: ${(p95[1000] / p95[10]).toFixed(2)}× (budget ≤ 1.5×).`);
  say();
}

// ---------- pages the benchmark serves ----------
function benchPages() {
  const pages = new Map();
  const longHtml = fs.readFileSync(path.join(dist, 'examples/long.html'), 'utf8');
  pages.set('/bench/long-without.html', longHtml.replace(/<script type="module" src="..\/explainer.js"><\/script>/, '').replace(/<div id="below" data-explainer>[\s\S]*?<\/div>\s*<\/main>/, '</main>').replaceAll('href="', 'href="/examples/'));
  pages.set('/bench/one.html', pageShell('<h1>Bench</h1><div data-explainer></div>'));
  const fragment = fs.readFileSync(path.join(dist, 'static/cyber-alliance.en.html'), 'utf8');
  pages.set('/bench/one-static.html', pageShell(`<h1>Bench</h1><div data-explainer>${fragment}</div>`));
  const staticHtml = fs.readFileSync(path.join(dist, 'static/cyber-alliance.en.html'), 'utf8').replace('class="explainer-static"', 'class="bench-static"');
  pages.set('/bench/static.html', pageShell(`<h1>Bench</h1>${staticHtml}`).replace('<script type="module" src="/explainer.js"></script>', ''));
  for (const n of [1, 20]) pages.set(`/bench/many-${n}.html`, pageShell(Array.from({ length: n }, () => '<div data-explainer></div>').join('\n')).replace('<main class="story">', '<main class="story bench-grid">'));
  for (const n of [10, 100, 1000]) {
    const deck = {
      id: `generated-${n}`, lang: 'en', title: `${n} generated cards`,
      cards: Array.from({ length: n }, (_, i) => ({ kind: 'text', id: `card-${i}`, title: `Card ${i + 1}`, body: `Generated paragraph for card ${i + 1}.\n\nA second paragraph.`, sources: ['s'] })),
      sources: [{ id: 's', title: 'Generated', publisher: 'Benchmark', date: '2026' }],
    };
    pages.set(`/bench/deck-${n}.json`, JSON.stringify(deck));
    pages.set(`/bench/deck-page-${n}.html`, pageShell(`<div data-explainer data-deck="/bench/deck-${n}.json"></div>`));
  }
  return pages;
}

async function main() {
  // Serve dist/ plus the generated pages, with the same static server as the tests.
  const pages = benchPages();
  fs.rmSync(path.join(dist, 'bench'), { recursive: true, force: true });
  fs.mkdirSync(path.join(dist, 'bench'));
  for (const [p, body] of pages) fs.writeFileSync(path.join(dist, p), body);
  // Twenty explainers squeezed so that all are near the viewport at once (lazy start).
  fs.writeFileSync(path.join(dist, 'bench/bench.css'), '.bench-grid [data-explainer] { height: 40px; overflow: hidden; }\n');
  const server = spawn('node', [path.join(root, 'tests/e2e/serve.mjs'), dist, String(PORT)], { stdio: 'ignore' });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) break;
    } catch {}
    if (i > 200) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
  const browser = await launch();
  try {
    const version = browser.version();
    say('# Benchmark results');
    say();
    say(`Machine: ${os.cpus().length} × ${os.cpus()[0].model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; Chromium ${version} headless; Node ${process.version}. ${new Date().toISOString()}.`);
    say();
    sizes();
    await belowFold(browser);
    await firstCardVisible(browser);
    await cardSwitch(browser);
    await scaling(browser);
  } finally {
    await browser.close();
    server.kill();
    fs.rmSync(path.join(dist, 'bench'), { recursive: true, force: true });
  }
  fs.writeFileSync(path.join(root, 'bench/RESULTS.md'), out.join('\n') + '\n');
  console.log('\nwritten to bench/RESULTS.md');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
