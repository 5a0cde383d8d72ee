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
import { BUDGET, measure } from '../scripts/size-budget.mjs';
import { trackWasmMemory, wasmMemoryBytes } from '../tests/e2e/wasm-memory.mjs';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const dist = path.join(root, 'dist');
const work = path.join(root, 'bench', 'work');
const PORT = 4199;
const BASE = `http://127.0.0.1:${PORT}`;
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

// A 95 % interval for `stat(median(a), median(b))` (a ratio, or a difference): the two sets of
// loads resampled 2,000 times (bootstrap), with a fixed seed so that the same loads always give
// the same interval. Single loads on this 2-core machine kind vary by ±30 % or more; a verdict
// then says "can't tell" when the interval holds the target on both sides, instead of a coin toss.
function interval(a, b, stat) {
  let seed = 0x2b2b2019;
  const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const draw = (xs) => Array.from(xs, () => xs[Math.floor(rand() * xs.length)]);
  const values = Array.from({ length: 2000 }, () => stat(median(draw(a)), median(draw(b)))).sort((x, y) => x - y);
  return [values[50], values[1949]];
}
const ratioInterval = (a, b) => interval(a, b, (x, y) => x / y);
/** The interval for median(a) − median(b), in ms. */
const diffInterval = (a, b) => interval(a, b, (x, y) => x - y);
/** "As fast as" judged as "later by less than one frame at 60 Hz" (16.7 ms), with the interval:
 * a ratio ≤ 1 can never be shown for two pages that are truly as fast as each other. */
function frameVerdict(a, b) {
  const FRAME = 1000 / 60;
  const [lo, hi] = diffInterval(a, b);
  const word = hi < FRAME ? 'within a frame' : lo >= FRAME ? 'a frame or more later' : "can't tell from this run";
  const sign = (x) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;
  return `${sign(median(a) - median(b))} ms, 95 % interval ${sign(lo)} to ${sign(hi)} ms: ${word}`;
}
/** "met", "not met" or "can't tell", for median(a) / median(b) ≤ target, with the interval. */
function ratioVerdict(a, b, target) {
  const [lo, hi] = ratioInterval(a, b);
  const word = hi <= target ? 'met' : lo > target ? 'not met' : "can't tell from this run";
  return `${(median(a) / median(b)).toFixed(2)}×, 95 % interval ${lo.toFixed(2)}–${hi.toFixed(2)}×: ${word}`;
}
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
  const { files, total } = measure(dist);
  const ours = files.map((f) => [f.name, f.gzip]);
  const tl = timelineFiles();
  const tlSizes = [[`TimelineJS ${path.basename(tl.js)}`, gz(fs.readFileSync(tl.js))], [`TimelineJS ${path.basename(tl.css)}`, gz(fs.readFileSync(tl.css))]];
  const tlTotal = tlSizes.reduce((a, [, n]) => a + n, 0);
  const pym = gz(fs.readFileSync(path.join(root, 'node_modules/pym.js/dist/pym.v1.min.js')));
  const ja = gz(fs.readFileSync(path.join(dist, 'decks/cyber-alliance.ja.json')));
  say('## 1. Download size (gzip -9)');
  say();
  say('| file | gzipped |');
  say('|---|---|');
  for (const [f, n] of ours) say(`| ${f} | ${kb(n)} |`);
  say('| CSS and the built-in English deck | inside the wasm |');
  say(`| **explainer total (default embed)** | **${kb(total)}** (${total} B) |`);
  say(`| decks/cyber-alliance.ja.json (only when a reader picks 日本語) | ${kb(ja)} |`);
  say(`| explainer.css (only with the static HTML's first-card snapshot; the wasm has its own copy) | ${kb(gz(fs.readFileSync(path.join(dist, 'explainer.css'))))} |`);
  for (const [f, n] of tlSizes) say(`| ${f} | ${kb(n)} |`);
  say(`| **TimelineJS total** | **${kb(tlTotal)}** |`);
  say(`| pym.js (pym.v1.min.js) | ${kb(pym)} |`);
  say();
  say(`Explainer / TimelineJS: **${(total / tlTotal).toFixed(2)}×**. Target ≤ 128 KB: ${total <= 128 * 1024 ? 'met' : `not met (${kb(total - 128 * 1024)} over)`}. Regression budget in \`make test\` (scripts/size-budget.mjs): ${BUDGET} B, ${total <= BUDGET ? 'within' : 'OVER'}.`);
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
// notes the first frame in which a title is rendered (not hidden), in light or shadow DOM:
// the widget's card title; the static HTML's first-card snapshot (a declarative shadow root,
// shown once explainer.css has applied: what a reader with scripts sees first); its all-cards
// HTML (light DOM, shown only when the snapshot cannot be); or the plain static page's title.
// A title that is only parsed, not shown, does not count: the all-cards HTML is parsed after
// the snapshot and is hidden while the snapshot shows.
const WATCH = () => {
  window.__firstTitle = null;
  const shown = (els) => [...els].some((el) => el.checkVisibility());
  const look = () => {
    const widget = [...document.querySelectorAll('[data-explainer]')].some((h) => h.shadowRoot && shown(h.shadowRoot.querySelectorAll('.cx-card-title')));
    const fallback = shown(document.querySelectorAll('[data-explainer] .explainer-static h3, .bench-static h3'));
    const timeline = [...document.querySelectorAll('.tl-slide .tl-headline')].some((h) => h.textContent.trim() && h.getBoundingClientRect().width > 0);
    if (widget || fallback || timeline) {
      window.__firstTitle = performance.now();
      console.debug('explainer-bench:first-title');
    } else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

async function firstCard(browser, url, throttle) {
  return (await firstCardAndWork(browser, url, throttle)).t;
}

/** Time to the first card's title, and the main thread's busy time (all tasks) until then. */
async function firstCardAndWork(browser, url, throttle) {
  const { page, context, cdp } = await newPage(browser, { throttle });
  await cdp.send('Performance.enable');
  await page.addInitScript(WATCH);
  // Heard as a console message, not polled with page.waitForFunction: Playwright's injected
  // script (32 ms of main-thread work at 4× CPU) would otherwise run in the middle of a page
  // that is still starting (ours), and after the first title of one that is already done.
  const heard = page.waitForEvent('console', { predicate: (m) => m.text() === 'explainer-bench:first-title', timeout: 60_000 });
  await page.goto(url, { waitUntil: 'commit' });
  await heard;
  const { metrics } = await cdp.send('Performance.getMetrics');
  const t = await page.evaluate(() => window.__firstTitle);
  await context.close();
  const busy = metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  return { t, busy };
}

// Page loads per figure in 3a and 3b, interleaved page by page. Single loads on this machine
// kind vary widely (a shared 2-core VM: at 4× CPU the middle half of the static page's own
// loads spanned 155–335 ms in one run of 15; traces put the swing in the new renderer's first
// layout, text shaping and resource requests), so the medians take 15 of them and both sections print the middle half of each.
const LOADS = 15;
// 3b compares pages that should be about as fast as each other: more loads for a narrower
// interval.
const LOADS_3B = 25;
const spread = (xs) => `${pct(xs, 25).toFixed(0)}–${pct(xs, 75).toFixed(0)} ms`;

// ---------- 3a. side by side: TimelineJS, a static page, ours, and the floor ----------
// The floor (bench/floor/): the smallest widgets we could write that show the same first card
// from the same deck URL through the same kind of loader: plain JS (no wasm), web-sys calls (no
// Yew), one Yew component. They say how much of our figure any widget of that kind pays.
const FLOORS = [
  ['js', 'plain JS, no wasm'],
  ['sys', 'web-sys wasm, no Yew'],
  ['yew', 'one Yew component'],
];
async function sideBySide(browser) {
  say(`## 3a. Side by side: the same 12 cards of text as a static page, in TimelineJS and in our widget (deck by URL), median of ${LOADS}`);
  say();
  say('First card visible = navigation → first card title painted; main thread = all main-thread task time until then (CDP `TaskDuration`).');
  say();
  say('| CPU | | static HTML | TimelineJS 3.9.11 | ours (widget only, deck by URL) |');
  say('|---|---|---|---|---|');
  const result = {};
  const notes = [];
  const floorRows = [];
  const pages = { stat: 'sbs-static', tl: 'sbs-timeline', ours: 'sbs-ours', ...Object.fromEntries(FLOORS.map(([k]) => [k, `floor-${k}`])) };
  for (const throttle of [1, 4]) {
    const runs = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
    for (let i = 0; i < LOADS; i++) {
      for (const [k, name] of Object.entries(pages)) runs[k].push(await firstCardAndWork(browser, `${BASE}/bench/${name}.html`, throttle));
    }
    const m = (k, f) => median(runs[k].map((r) => r[f]));
    const cpu = throttle === 1 ? '1×' : `${throttle}× throttled`;
    const cell = (k, f) => `${ms(m(k, f))} (${(m(k, f) / m('stat', f)).toFixed(2)}×)`;
    say(`| ${cpu} | first card visible | ${ms(m('stat', 't'))} (1×) | ${cell('tl', 't')} | **${cell('ours', 't')}** |`);
    say(`| ${cpu} | main-thread time until then | ${ms(m('stat', 'busy'))} (1×) | ${cell('tl', 'busy')} | **${cell('ours', 'busy')}** |`);
    for (const [f, what] of [['t', 'first card visible'], ['busy', 'main-thread time until then']]) {
      floorRows.push(`| ${cpu} | ${what} | ${ms(m('stat', f))} (1×) | ${FLOORS.map(([k]) => cell(k, f)).join(' | ')} | **${cell('ours', f)}** |`);
    }
    const verdict = (k, f) => ratioVerdict(runs[k].map((r) => r[f]), runs.stat.map((r) => r[f]), 1.5);
    result[throttle] = { t: verdict('ours', 't'), busy: verdict('ours', 'busy'), floorT: verdict('yew', 't'), floorBusy: verdict('yew', 'busy'), aboveT: m('ours', 't') - m('yew', 't'), aboveBusy: m('ours', 'busy') - m('yew', 'busy') };
    notes.push(`${cpu}: static ${spread(runs.stat.map((r) => r.t))}, ours ${spread(runs.ours.map((r) => r.t))}, one Yew component ${spread(runs.yew.map((r) => r.t))}`);
  }
  say();
  say(`Middle half of the first-card times (25th–75th percentile): ${notes.join('; ')}.`);
  say();
  say(`Targets (ours ≤ 1.5× the static page): first card at 1× ${result[1].t}; at 4× ${result[4].t}. Main thread at 1× ${result[1].busy}; at 4× ${result[4].busy}.`);
  say();
  say('### The floor: the smallest widgets that show the same first card from the same deck URL');
  say();
  say("Measured in the same loop as the table above, page by page (bench/floor/: a loader that requests the deck, the glue and the wasm at once, as ours does, and a widget that parses the deck with serde and puts the first card's title and paragraphs into a shadow root styled with our stylesheet; no controls, dots, glossary, validation, deep links, events or error messages). Same toolchain, flags and wasm-opt passes as ours.");
  say();
  say(`| CPU | | static HTML | ${FLOORS.map(([, label]) => label).join(' | ')} | ours |`);
  say(`|---|---|---|${FLOORS.map(() => '---|').join('')}---|`);
  for (const row of floorRows) say(row);
  const floorDir = path.join(dist, 'bench/floor');
  const floorSize = (k) => ['load.js', ...(k === 'js' ? ['../../explainer.css'] : [`floor-${k}.js`, `floor-${k}_bg.wasm`])].reduce((a, f) => a + gz(fs.readFileSync(path.join(floorDir, f))), 0);
  say(`| | download (gzip -9, without the deck) | — | ${FLOORS.map(([k]) => kb(floorSize(k))).join(' | ')} | ${kb(measure(dist).total)} |`);
  say();
  say(`One Yew component alone against the same 1.5×: first card at 1× ${result[1].floorT}; at 4× ${result[4].floorT}. Main thread at 1× ${result[1].floorBusy}; at 4× ${result[4].floorBusy}. Ours is ${ms(result[1].aboveT)} (first card) and ${ms(result[1].aboveBusy)} (main thread) above it at 1×, ${ms(result[4].aboveT)} and ${ms(result[4].aboveBusy)} at 4×.`);
  say();
}

// ---------- 3c. takeover of the static fallback ----------
async function takeover(browser) {
  say('## 3c. The widget taking over from the static fallback (the documented snippet)');
  say();
  const { page, context } = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ value: e.value, t: e.startTime });
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('explainer:ready', () => (window.__ready = performance.now()));
  });
  await page.goto(`${BASE}/bench/takeover.html`);
  await page.waitForFunction(() => window.__ready, null, { timeout: 60_000 });
  const afterBefore = await page.evaluate(() => document.getElementById('after').getBoundingClientRect().top);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const { shifts, ready, scroll, after } = await page.evaluate(() => ({ shifts: window.__shifts, ready: window.__ready, scroll: scrollY, after: document.getElementById('after').getBoundingClientRect().top }));
  await context.close();
  const caused = shifts.filter((x) => x.t >= ready - 50).reduce((a, x) => a + x.value, 0);
  const all = shifts.reduce((a, x) => a + x.value, 0);
  say(`Layout shift caused by the takeover (entries from the widget's ready event on): **${caused.toFixed(4)}** (target 0: ${caused === 0 ? 'met' : 'not met'}); all layout shift on the page: ${all.toFixed(4)}; scroll position after takeover: ${scroll} px; the paragraph after the explainer was at ${Math.round(afterBefore)} px when the widget said ready, ${Math.round(after)} px two frames later. The static HTML opens with the widget's first card as a snapshot (a declarative shadow root styled by explainer.css), which the widget replaces at the same size; readers without JavaScript get the all-cards HTML instead.`);
  say();
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

// ---------- 3b. first card visible, with and without the static fallback ----------
async function firstCardVisible(browser) {
  say(`## 3b. First card visible with and without the static fallback (navigation → first card title painted), median of ${LOADS_3B}`);
  say();
  say('| CPU | static page, same text | embed with the static HTML (static/NAME.html: stylesheet linked, the default) | ratio | the same, stylesheet inline (static/NAME.inline.html) | ratio | embed without it (widget only) | ratio |');
  say('|---|---|---|---|---|---|---|---|');
  const [spreads, verdicts, frames] = [[], [], []];
  for (const throttle of [1, 4]) {
    const [withStatic, inline, bare, stat] = [[], [], [], []];
    for (let i = 0; i < LOADS_3B; i++) {
      stat.push(await firstCard(browser, `${BASE}/bench/static.html`, throttle));
      withStatic.push(await firstCard(browser, `${BASE}/bench/one-static.html`, throttle));
      inline.push(await firstCard(browser, `${BASE}/bench/one-inline.html`, throttle));
      bare.push(await firstCard(browser, `${BASE}/bench/one.html`, throttle));
    }
    const r = (x) => `${(median(x) / median(stat)).toFixed(2)}×`;
    const cpu = throttle === 1 ? 'no throttling' : `${throttle}× throttled`;
    say(`| ${cpu} | ${ms(median(stat))} | ${ms(median(withStatic))} | ${r(withStatic)} | ${ms(median(inline))} | ${r(inline)} | ${ms(median(bare))} | ${r(bare)} |`);
    spreads.push(`${cpu}: static ${spread(stat)}, with the static HTML ${spread(withStatic)}, stylesheet inline ${spread(inline)}, widget only ${spread(bare)}`);
    // "As fast as the static page": a ratio of medians ≤ 1, judged with its interval.
    verdicts.push(`${cpu}: stylesheet linked ${ratioVerdict(withStatic, stat, 1)}; inline ${ratioVerdict(inline, stat, 1)}`);
    frames.push(`${cpu}: stylesheet linked ${frameVerdict(withStatic, stat)}; inline ${frameVerdict(inline, stat)}`);
  }
  say();
  say(`Middle half (25th–75th percentile): ${spreads.join('; ')}.`);
  say();
  say(`Target (with the static HTML, the first card as fast as the static page), as a ratio of medians ≤ 1: ${verdicts.join('. ')}.`);
  say();
  say(`The same as the difference of the medians, judged against one frame at 60 Hz (16.7 ms; two pages that are equally fast can never show a ratio ≤ 1 with an interval): ${frames.join('. ')}.`);
  say();
  const fragmentGz = (name) => gz(fs.readFileSync(path.join(dist, `static/${name}`)));
  const inlineCost = fragmentGz('cyber-alliance.en.inline.html') - fragmentGz('cyber-alliance.en.html');
  say(`A shadow root's linked stylesheet is not render-blocking: the browser paints the page first and applies it a frame or more later, and the snapshot shows then. The inline variant carries the stylesheet in the snapshot (a \`<style>\` element: ${kb(inlineCost)} gzipped more in the page, and no explainer.css request), applied as the page is parsed; its page is served with a CSP that allows that style by its hash (\`static/inline-style.csp\`), as a newsroom's would have to.`);
  say();
}

// ---------- 4. card switch ----------
// `pause`: milliseconds between one switch's frame and the next key press (0: back to back).
// `jump`: press the dot three cards ahead instead of Next, a card the widget has not kept ready.
// `back`: at the last card, go back with ← to the first (then forward again) instead of Home.
async function switchTimes(page, n = 200, { pause = 0, jump = false, back = false } = {}) {
  return page.evaluate(async ([n, pause, jump, back]) => {
    const host = document.querySelector('[data-explainer]');
    const root = host.shadowRoot;
    const times = [];
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    let forward = true;
    for (let i = 0; i < n; i++) {
      const before = root.querySelector('.cx-card').dataset.cardId;
      const next = root.querySelector('.cx-next');
      const changed = new Promise((r) => {
        const mo = new MutationObserver(() => {
          mo.disconnect();
          r(performance.now());
        });
        mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      const t0 = performance.now();
      if (jump) {
        const dots = [...root.querySelectorAll('.cx-dot')];
        const at = dots.findIndex((d) => d.getAttribute('aria-current') === 'true');
        // Wrapping past the end skips the first card, which is always kept ready.
        dots[(at + 3) % dots.length || 1].click();
      } else {
        const atEnd = next.getAttribute('aria-disabled') === 'true';
        const atStart = root.querySelector('.cx-prev').getAttribute('aria-disabled') === 'true';
        if (back && (atEnd || atStart)) forward = atStart;
        const key = back ? (forward ? 'ArrowRight' : 'ArrowLeft') : atEnd ? 'Home' : 'ArrowRight';
        next.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
      }
      const rendered = await changed;
      await frame();
      if (root.querySelector('.cx-card').dataset.cardId === before) throw new Error('card did not change');
      times.push({ render: rendered - t0, frame: performance.now() - t0 });
      if (pause) await new Promise((r) => setTimeout(r, pause));
    }
    return times;
  }, [n, pause, jump, back]);
}

async function cardSwitch(browser) {
  say('## 4. Card switch: key press → DOM updated (the widget\'s work), and → the next frame');
  say();
  say('The widget keeps the previous card, the next two and the first ready (hidden) once the browser is idle after a move, so Previous, Next and Home only change which card is visible. Three ways of pressing: **at a reader\'s pace** (→ to the last card and ← back to the first, over and over, 250 ms between one switch\'s frame and the next press: a quick skimmer, the browser idle in between); **back to back** (→ on the frame after the last switch, 60 presses a second, and Home from the last card, as this bench measured before: whether the next card is ready then depends on whether the browser found idle time between frames); **a jump** (the dot three cards ahead, at a reader\'s pace: a card never kept ready, so it is built on the press, as after End, a far dot or a deep link). The bench pages are cross-origin isolated, so their clock ticks every 5 µs.');
  say();
  say('| CPU | presses | switches | render p50 | render p95 | next frame p50 | next frame p95 |');
  say('|---|---|---|---|---|---|---|');
  const modes = [
    ['at a reader\'s pace', 120, { pause: 250, back: true }],
    ['back to back', 200, {}],
    ['a jump (dot, 3 ahead)', 60, { pause: 250, jump: true }],
  ];
  for (const throttle of [1, 4]) {
    for (const [label, n, opts] of modes) {
      const { page, context } = await newPage(browser, { throttle });
      await page.goto(`${BASE}/bench/one.html`);
      await page.waitForFunction(() => document.querySelector('[data-explainer]')?.shadowRoot?.querySelector('.cx-card'));
      const t = await switchTimes(page, n, opts);
      const r = t.map((x) => x.render);
      const f = t.map((x) => x.frame);
      say(`| ${throttle === 1 ? 'no throttling' : `${throttle}× throttled`} | ${label} | ${n} | ${ms(pct(r, 50))} | ${ms(pct(r, 95))} | ${ms(pct(f, 50))} | ${ms(pct(f, 95))} |`);
      await context.close();
    }
  }
  say();
}

// ---------- 4b. steady controls ----------
async function steady(browser) {
  say('## 4b. Steady controls: every switch of the shipped deck (Next, 16 times), on the demo article');
  say();
  say('| width | Next/Previous moved (max over switches) | article below the widget moved (max on one switch) | (median) |');
  say('|---|---|---|---|');
  for (const width of [1280, 360]) {
    const { page, context } = await newPage(browser, { viewport: { width, height: 800 } });
    await page.goto(`${BASE}/`);
    const host = page.locator('[data-explainer]');
    await host.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('[data-explainer]')?.shadowRoot?.querySelector('.cx-next'));
    const moves = await page.evaluate(async () => {
      const root = document.querySelector('[data-explainer]').shadowRoot;
      const below = document.querySelector('.story-embed + p');
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const at = () => ({ next: root.querySelector('.cx-next').getBoundingClientRect(), prev: root.querySelector('.cx-prev').getBoundingClientRect(), below: below.getBoundingClientRect().top });
      const out = [];
      let last = at();
      while (root.querySelector('.cx-next').getAttribute('aria-disabled') !== 'true') {
        root.querySelector('.cx-next').click();
        await frame();
        const now = at();
        out.push({
          buttons: Math.max(Math.abs(now.next.top - last.next.top), Math.abs(now.next.left - last.next.left), Math.abs(now.prev.top - last.prev.top)),
          below: Math.abs(now.below - last.below),
        });
        last = now;
      }
      return out;
    });
    await context.close();
    const b = moves.map((m) => m.buttons);
    const c = moves.map((m) => m.below);
    say(`| ${width} px | ${Math.max(...b).toFixed(1)} px (${moves.length} switches) | ${Math.max(...c).toFixed(0)} px | ${median(c).toFixed(0)} px |`);
  }
  say();
  say('The controls sit above the card, so a card of another height moves nothing under the reader\'s finger; the article below still follows the card\'s height.');
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
  await trackWasmMemory(page);
  await page.goto(`${BASE}/bench/many-${n}.html`);
  await page.waitForFunction(() => window.__allReady, null, { timeout: 60_000 });
  const t = await page.evaluate(() => window.__allReady);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const wasm = await wasmMemoryBytes(page);
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
  // At 1× a switch takes well under a millisecond: the pages' clock ticks every 5 µs (they are
  // cross-origin isolated), but one slow switch in twenty still moves a p95 a lot, so the ratio
  // of two p95s moves from run to run; at 4× CPU the same work is four times longer. Both are
  // printed, each with its own verdict.
  say('Each row: the median of three page loads, 200 switches back to back on each.');
  say();
  say('| CPU | generated deck | load (navigation → ready) | switch render p50 | switch render p95 |');
  say('|---|---|---|---|---|');
  const ratios = [];
  for (const throttle of [1, 4]) {
    const p95 = {};
    for (const n of [10, 100, 1000]) {
      // Three page loads, 200 switches each: a p95 of one load moves with the odd slow switch
      // (a collection, a card not yet ready), so each figure is the median of the three.
      const runs = [];
      for (let i = 0; i < 3; i++) {
        const { page, context } = await newPage(browser, { throttle });
        await page.addInitScript(() => document.addEventListener('explainer:ready', () => (window.__ready = performance.now())));
        await page.goto(`${BASE}/bench/deck-page-${n}.html`);
        await page.waitForFunction(() => window.__ready, null, { timeout: 60_000 });
        const load = await page.evaluate(() => window.__ready);
        if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('the bench page is not cross-origin isolated: its clock ticks every 100 µs');
        const t = (await switchTimes(page)).map((x) => x.render);
        runs.push({ load, p50: pct(t, 50), p95: pct(t, 95) });
        await context.close();
      }
      const m = (f) => median(runs.map((r) => r[f]));
      p95[n] = m('p95');
      say(`| ${throttle === 1 ? '1×' : `${throttle}× throttled`} | ${n} cards | ${ms(m('load'))} | ${ms(m('p50'))} | ${ms(p95[n])} |`);
    }
    const r = p95[1000] / p95[10];
    ratios.push(`${r.toFixed(2)}× at ${throttle}× CPU (${ms(p95[1000])} vs ${ms(p95[10])}: ${r <= 1.5 ? 'met' : 'not met'})`);
  }
  say();
  say(`Switch p95 at 1,000 cards vs 10 cards (budget ≤ 1.5×): ${ratios.join('; ')}.`);
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
  const inlineFragment = fs.readFileSync(path.join(dist, 'static/cyber-alliance.en.inline.html'), 'utf8');
  pages.set('/bench/one-inline.html', pageShell(`<h1>Bench</h1><div data-explainer>${inlineFragment}</div>`));
  pages.set('/bench/takeover.html', pageShell(`<h1>Bench</h1><p>Text before the explainer.</p><div data-explainer>${fragment}</div><p id="after">Text after the explainer.</p><p>More text.</p>`));
  // The static page is the all-cards article alone, styled by the page: the first-card
  // snapshot (a declarative shadow root that waits for explainer.css) is the embed's, not a
  // static page's, and would make this baseline wait for a stylesheet too.
  const staticHtml = fs
    .readFileSync(path.join(dist, 'static/cyber-alliance.en.html'), 'utf8')
    .replace(/<template shadowrootmode="open">[\s\S]*?<\/template>/, '')
    .replace('class="explainer-static"', 'class="bench-static"');
  pages.set('/bench/static.html', pageShell(`<h1>Bench</h1>${staticHtml}`).replace('<script type="module" src="/explainer.js"></script>', ''));
  // Side by side: 12 text cards of the shipped deck, the same text in each page.
  const shipped = JSON.parse(fs.readFileSync(path.join(root, 'decks/cyber-alliance.en.json'), 'utf8'));
  const twelve = shipped.cards.filter((c) => c.kind === 'text').slice(0, 12);
  const plain = (t) => t.replace(/\[\[([^\]|]*)(\|[^\]]*)?\]\]/g, '$1');
  const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  pages.set('/bench/deck-12-text.json', JSON.stringify({ ...shipped, $schema: undefined, cards: twelve, glossary: shipped.glossary }));
  pages.set('/bench/sbs-ours.html', pageShell('<h1>Bench</h1><div data-explainer data-deck="/bench/deck-12-text.json"></div>'));
  pages.set('/bench/sbs-static.html', pageShell(`<h1>Bench</h1>${twelve.map((c) => `<section class="bench-static"><h3>${esc(c.title)}</h3>${plain(c.body).split('\n\n').map((p) => `<p>${esc(p)}</p>`).join('')}</section>`).join('\n')}`).replace('<script type="module" src="/explainer.js"></script>', ''));
  for (const [k] of FLOORS) pages.set(`/bench/floor-${k}.html`, pageShell(`<h1>Bench</h1><div data-explainer data-floor="${k}" data-deck="/bench/deck-12-text.json"></div>`).replace('src="/explainer.js"', 'src="/bench/floor/load.js"'));
  pages.set('/bench/timeline-12.json', JSON.stringify({ events: twelve.map((c, i) => ({ start_date: { year: String(2001 + i) }, text: { headline: esc(c.title), text: plain(c.body).split('\n\n').map((p) => `<p>${esc(p)}</p>`).join('') } })) }));
  pages.set('/bench/tl-init.js', "new TL.Timeline('timeline-embed', new URL('/bench/timeline-12.json', location.href).href, { script_path: new URL('/bench/tl/js/', location.href).href });\n");
  pages.set('/bench/tl.css', '#timeline-embed { height: 600px; }\n');
  pages.set('/bench/sbs-timeline.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><link rel="stylesheet" href="/page.css"><link rel="stylesheet" href="/bench/tl/css/timeline.css"><link rel="stylesheet" href="/bench/tl.css"><script src="/bench/tl/js/timeline.js"></script><script src="/bench/tl-init.js" defer></script></head><body><main class="story"><h1>Bench</h1><div id="timeline-embed"></div></main></body></html>`);
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
  const tlDist = path.join(work, 'timelinejs', 'package', 'dist');
  timelineFiles();
  fs.cpSync(tlDist, path.join(dist, 'bench/tl'), { recursive: true });
  // The floors of 3a, built with the release widget's toolchain and flags (bench/floor/build.sh).
  if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes('sbs')) {
    execFileSync(path.join(root, 'bench/floor/build.sh'), [path.join(dist, 'bench/floor')], { stdio: 'inherit' });
  }
  fs.writeFileSync(path.join(dist, 'bench/bench.css'), '.bench-grid [data-explainer] { height: 40px; overflow: hidden; }\n');
  // The bench pages are cross-origin isolated, so that their clock (`performance.now()`) ticks
  // every 5 µs instead of every 100 µs: a card switch at 1× CPU takes well under a millisecond.
  // Their files all come from this server, so nothing else changes for them.
  fs.mkdirSync(work, { recursive: true });
  const headers = path.join(work, '_headers');
  // The inline-style snapshot's page allows its <style> by hash, on top of the strict CSP
  // tests/e2e/serve.mjs gives every page.
  const styleHash = fs.readFileSync(path.join(dist, 'static/inline-style.csp'), 'utf8').trim();
  fs.writeFileSync(
    headers,
    '/bench/*\n  Cross-Origin-Opener-Policy: same-origin\n  Cross-Origin-Embedder-Policy: require-corp\n' +
      `/bench/one-inline.html\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' ${styleHash}\n`,
  );
  const server = spawn('node', [path.join(root, 'tests/e2e/serve.mjs'), dist, String(PORT), headers], { stdio: 'ignore' });
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
    const only = process.env.BENCH_ONLY?.split(',');
    const run = async (name, f) => (!only || only.includes(name)) && (await f(browser));
    sizes();
    await run('below', belowFold);
    await run('sbs', sideBySide);
    await run('first', firstCardVisible);
    await run('takeover', takeover);
    await run('switch', cardSwitch);
    await run('steady', steady);
    await run('scaling', scaling);
  } finally {
    await browser.close();
    server.kill();
    if (!process.env.BENCH_KEEP) fs.rmSync(path.join(dist, 'bench'), { recursive: true, force: true });
  }
  if (process.env.BENCH_ONLY) return console.log('\n(BENCH_ONLY: bench/RESULTS.md not written)');
  // The hand-kept record of what each size change saved, measured as each landed.
  const history = fs.readFileSync(path.join(root, 'bench/per-change.md'), 'utf8');
  fs.writeFileSync(path.join(root, 'bench/RESULTS.md'), out.join('\n') + '\n' + history);
  console.log('\nwritten to bench/RESULTS.md');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
