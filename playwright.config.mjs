// End-to-end tests against the release build in dist/, in Debian's Chromium (Playwright must
// never download a browser here).
import { defineConfig } from '@playwright/test';

// 4173 (and 4174 for the release layout) unless EXPLAINER_E2E_PORT says otherwise, to run a few
// tests beside another run on the same machine; the embed and oEmbed tests need the default,
// which the build's EXPLAINER_EMBED_ORIGINS names.
const port = Number(process.env.EXPLAINER_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  reporter: [['list']],
  forbidOnly: true,
  retries: 0,
  workers: 2,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `node tests/e2e/serve.mjs dist ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    // The versioned release layout (release/), with the cache and CORS headers it ships with:
    // another origin, like a newsroom's CDN (oEmbed, hosting and package tests).
    {
      command: `node tests/e2e/serve.mjs release ${port + 1} release/_headers`,
      url: `http://127.0.0.1:${port + 1}/_headers`,
      reuseExistingServer: false,
    },
  ],
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    // The long-use memory run and the npm package are not about layout: once, on desktop, is
    // enough (the package test packs and installs a tarball).
    { name: 'phone-320', testIgnore: /longuse|package|studio|short-imports/, use: { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true } },
  ],
});
