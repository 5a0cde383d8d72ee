// `npm pack` / `npm publish` run this first (package.json "prepack"): the package is the built
// widget in dist/, so refuse to pack a checkout that has not been built.
import fs from 'node:fs';

const needed = ['dist/explainer.js', 'dist/explainer-widget.js', 'dist/explainer-widget_bg.wasm', 'dist/embed.html', 'dist/static'];
const missing = needed.filter((file) => !fs.existsSync(file));
if (missing.length) {
  console.error(`npm pack: ${missing.join(', ')} missing: run \`make build\` first.`);
  process.exit(1);
}
