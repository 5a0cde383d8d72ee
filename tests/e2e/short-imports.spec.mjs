// scripts/short-imports.mjs on a fixture: a tiny wasm module with wasm-bindgen-style imports and
// an internal export, and a glue module shaped like wasm-bindgen's. The renamed pair must still
// link and run, carry no long name, keep the widget's own export names, and a glue the script
// cannot read safely must stop the build. No browser: Node runs the wasm.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from '@playwright/test';

const leb = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
};
const name = (text) => [...leb(Buffer.byteLength(text)), ...Buffer.from(text)];
const section = (id, bytes) => [id, ...leb(bytes.length), ...bytes];
const MODULE = './explainer-widget_bg.js';
const ONE = '__wbg_one_0123456789abcdef';
const TWO = '__wbg_two_fedcba9876543210';
const MALLOC = '__wbindgen_malloc';

/** Two imported functions `() -> i32` and one function, exported as `mount` and `__wbindgen_malloc`, returning their sum. */
function fixtureWasm() {
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 0, 1, 0x7f]),
    ...section(2, [2, ...name(MODULE), ...name(ONE), 0, 0, ...name(MODULE), ...name(TWO), 0, 0]),
    ...section(3, [1, 0]),
    ...section(7, [2, ...name('mount'), 0, 2, ...name(MALLOC), 0, 2]),
    ...section(10, [1, 7, 0, 0x10, 0, 0x10, 1, 0x6a, 0x0b]),
  ]);
}

const glue = (extra = '') => `let wasm;
const imports = { '${MODULE}': {
  ${ONE}: () => 1,
  ${TWO}: () => 2,
} };${extra}
export async function run(bytes) {
  ({ instance: { exports: wasm } } = await WebAssembly.instantiate(bytes, imports));
  return [wasm.mount(), wasm.${MALLOC}()];
}
`;

function fixtureDir(js) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'short-imports-'));
  fs.writeFileSync(path.join(dir, 'explainer-widget_bg.wasm'), fixtureWasm());
  fs.writeFileSync(path.join(dir, 'explainer-widget.js'), js);
  return dir;
}

const script = path.resolve('scripts/short-imports.mjs');

test('short-imports renames imports and internal exports in the wasm and its glue alike', async () => {
  const dir = fixtureDir(glue());
  // Imported as copies named .mjs: outside a package, Node reads a .js file as CommonJS.
  const load = async (copy) => {
    fs.copyFileSync(path.join(dir, 'explainer-widget.js'), path.join(dir, copy));
    return import(pathToFileURL(path.join(dir, copy)).href);
  };
  const before = await load('original.mjs');
  expect(await before.run(fixtureWasm())).toEqual([3, 3]);

  const out = execFileSync('node', [script, dir], { encoding: 'utf8' });
  expect(out).toContain('2 imports and 1 exports renamed');
  const wasm = fs.readFileSync(path.join(dir, 'explainer-widget_bg.wasm'));
  const js = fs.readFileSync(path.join(dir, 'explainer-widget.js'), 'utf8');
  const module = new WebAssembly.Module(wasm);
  expect(WebAssembly.Module.imports(module).map((i) => [i.module, i.name])).toEqual([[MODULE, 'a'], [MODULE, 'b']]);
  expect(WebAssembly.Module.exports(module).map((e) => e.name)).toEqual(['mount', '_a']);
  for (const long of [ONE, TWO, MALLOC]) expect(js).not.toContain(long);
  // The renamed pair still links and runs.
  const after = await load('renamed.mjs');
  expect(await after.run(wasm)).toEqual([3, 3]);
});

test('short-imports stops the build when an import name is not exactly one key of the glue', () => {
  const dir = fixtureDir(glue(`\nconst again = { ${ONE}: 0 };`));
  let failure;
  try {
    execFileSync('node', [script, dir], { encoding: 'utf8', stdio: 'pipe' });
  } catch (err) {
    failure = err;
  }
  expect(failure?.status).toBe(1);
  expect(String(failure.stderr)).toContain(`${ONE}: found 2 times in the glue, expected once`);
});
