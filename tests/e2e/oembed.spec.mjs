// oEmbed, consumed the way WordPress consumes a provider it discovers: fetch the page an author
// pasted, follow its discovery link, run the response's `html` through WordPress's filter
// (tests/e2e/wordpress.mjs: scripts dropped, `sandbox="allow-scripts"`, `#?secret=`, the
// iframe hidden behind a blockquote until its page reports a height), put it in a post on
// another site with WordPress's host script, and read the explainer there. The provider is the
// release/ layout on the second test server (its own origin, headers from release/_headers).
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { testPage, wpFilterOembedResult, WP_EMBED_HOST_SCRIPT } from './wordpress.mjs';

const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const CDN = `http://localhost:4174/explainer/${version}/`;
const DECKS = fs
  .readdirSync('decks')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The oEmbed response a consumer finds from a page URL, or a reason it found none. */
async function discover(request, pageUrl) {
  const page = await request.get(pageUrl);
  expect(page.status(), pageUrl).toBe(200);
  const html = await page.text();
  const links = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]);
  const link = links.find((l) => /\brel="alternate"/.test(l) && /\btype="application\/json\+oembed"/.test(l));
  expect(link, `${pageUrl} has an oEmbed discovery link`).toBeTruthy();
  const href = unescape(/\bhref="([^"]*)"/.exec(link)[1]);
  const response = await request.get(href);
  expect(response.status(), href).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  return { href, html, oembed: await response.json() };
}

test('every deck has an embed page that advertises a complete static oEmbed response', async ({ request }) => {
  for (const name of DECKS) {
    const deck = JSON.parse(fs.readFileSync(`decks/${name}.json`, 'utf8'));
    const pageUrl = `${CDN}embed/${name}.html`;
    const { href, html, oembed } = await discover(request, pageUrl);
    expect(href).toBe(`${CDN}oembed/${name}.json`);
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: deck.title, provider_url: CDN });
    expect(oembed.provider_name).toBeTruthy();
    expect(oembed.width).toBeGreaterThan(0);
    expect(oembed.height).toBeGreaterThan(0);
    expect(oembed.html).toContain(`<iframe data-explainer-frame src="${pageUrl}"`);
    expect(oembed.html).toContain(`<script type="module" src="${CDN}explainer-frame.js"></script>`);
    // The page is the embed page for that deck: its language, its title, its static HTML (so
    // there is a level-one heading without JavaScript too).
    expect(html).toContain(`<html lang="${deck.lang}">`);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${deck.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`));
  }
  // embed.html itself advertises its built-in deck.
  const { href } = await discover(request, `${CDN}embed.html`);
  expect(href).toBe(`${CDN}oembed/cyber-alliance.en.json`);
});

for (const [name, hide] of [
  ['two-plus-two.en', 'position: absolute; visibility: hidden;'],
  ['cyber-alliance.ja', 'position: absolute; clip: rect(1px, 1px, 1px, 1px);'],
]) {
  test(`WordPress: ${name} pasted as a URL becomes a working, auto-sizing explainer (iframe hidden by "${hide}")`, async ({
    page,
    request,
  }) => {
    const { oembed } = await discover(request, `${CDN}embed/${name}.html`);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

    // The post as WordPress renders it: the filtered HTML and its host script, no CSP.
    await page.goto('about:blank');
    const secret = 'Ab3dE6gH9k';
    const embed = await page.evaluate(wpFilterOembedResult, { html: oembed.html, secret, hide });
    expect(embed).not.toContain('<script');
    expect(embed).toContain(`sandbox="allow-scripts"`);
    expect(embed).toContain(`#?secret=${secret}" data-secret="${secret}"`);
    await page.goto(
      testPage(`<!doctype html><html lang="en"><head><title>A post</title><link rel="icon" href="/favicon.svg">
        <style>body { margin: 0 auto; max-width: 700px; } iframe { max-width: 100%; }</style></head>
        <body><article><h1>A post</h1><p>Before.</p>${embed}<p id="after">After.</p></article>
        <script>${WP_EMBED_HOST_SCRIPT}</script></body></html>`),
    );

    const iframe = page.locator('iframe.wp-embedded-content');
    const quote = page.locator('blockquote.wp-embedded-content');
    // Until the page inside speaks, WordPress shows the link; then the explainer, sized.
    await expect(iframe).not.toHaveAttribute('style', /./, { timeout: 15_000 });
    await expect(quote).toBeHidden();
    const frame = await (await iframe.elementHandle()).contentFrame();
    // The WordPress treatment really applied: an opaque origin.
    expect(await frame.evaluate(() => self.origin)).toBe('null');
    const card = frame.locator('.cx-root .cx-card');
    await expect(card).toBeVisible();
    const fitted = async () => {
      const inside = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const outside = await iframe.evaluate((f) => f.clientHeight);
      return outside === Math.min(1000, Math.max(200, inside));
    };
    await expect.poll(fitted).toBe(true);
    // It works: the next card, and the height follows it.
    const first = await card.getAttribute('data-card-id');
    await frame.locator('.cx-root .cx-next').click();
    await expect(card).not.toHaveAttribute('data-card-id', first);
    await expect.poll(fitted).toBe(true);
    await expect(frame.locator('.cx-root section.cx')).toHaveAttribute('lang', name.endsWith('.ja') ? 'ja' : 'en');
    expect(errors).toEqual([]);
  });
}

test('a consumer that keeps the whole oEmbed html gets the iframe, sized by our parent script; one without iframes, the link', async ({
  page,
  request,
}) => {
  const { oembed } = await discover(request, `${CDN}embed/two-plus-two.en.html`);
  await page.goto(testPage(`<!doctype html><html lang="en"><head><title>A page</title><link rel="icon" href="/favicon.svg"></head><body>${oembed.html}</body></html>`));
  // The blockquote link gives way to the explainer once its page has reported a height.
  await expect(page.locator('blockquote[data-explainer-fallback]')).toBeHidden();
  const iframe = page.locator('iframe[data-explainer-frame]');
  const frame = await (await iframe.elementHandle()).contentFrame();
  await expect(frame.locator('.cx-root .cx-card')).toBeVisible();
  await expect
    .poll(async () => {
      const inside = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      return Math.abs(inside - (await iframe.evaluate((f) => f.clientHeight)));
    })
    .toBeLessThanOrEqual(1);
  // A consumer that keeps no iframe (and no script) still shows a link to the explainer.
  await page.goto(testPage(`<!doctype html><html lang="en"><head><title>A feed</title><link rel="icon" href="/favicon.svg"></head><body>${oembed.html.replace(/<iframe.*<\/iframe>/s, '').replace(/<script.*<\/script>/s, '')}</body></html>`));
  await expect(page.getByRole('link', { name: oembed.title })).toBeVisible();
});
