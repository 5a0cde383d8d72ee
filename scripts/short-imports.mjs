// Gives the widget's wasm imports (and wasm-bindgen's internal exports) short names, in the
// wasm and in its wasm-bindgen glue alike.
// wasm-bindgen names each of the ~110 imports like `__wbg_setAttribute_f75317b2b5cabfb4`: the
// 16 hex digits (a hash, for uniqueness) are nearly incompressible and appear twice, once in
// the wasm's import section and once in the glue's import object, so they cost every reader
// ~1.5 KB gzipped. Binaryen's --minify-imports only renames `env` imports, hence this script.
// Usage: node scripts/short-imports.mjs DIR (with explainer-widget_bg.wasm and
// explainer-widget.js in DIR). Run by scripts/post-build.sh on the release build.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
const wasmPath = path.join(dir, 'explainer-widget_bg.wasm');
const jsPath = path.join(dir, 'explainer-widget.js');
const wasm = fs.readFileSync(wasmPath);
let js = fs.readFileSync(jsPath, 'utf8');

const fail = (message) => {
  console.error(`short-imports: ${message}`);
  process.exit(1);
};

// LEB128 and names, as the binary format writes them.
const readU32 = (buf, at) => {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[at++];
    value |= (byte & 0x7f) << shift;
    shift += 7;
    if (!(byte & 0x80)) return [value >>> 0, at];
  }
};
const u32 = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
};
const name = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([u32(bytes.length), bytes]);
};
const readName = (buf, at) => {
  const [length, start] = readU32(buf, at);
  return [buf.toString('utf8', start, start + length), start + length];
};

// Short, valid JS identifiers that cannot clash with wasm-bindgen's own names: a, b, …, Z, aa, …
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const shortName = (i) => (i < LETTERS.length ? LETTERS[i] : shortName(Math.floor(i / LETTERS.length) - 1) + LETTERS[i % LETTERS.length]);

// The export section: wasm-bindgen's internal exports (`__wbindgen_malloc`, closure shims named
// after their full Rust paths, 70–330 characters each) are renamed where the glue uses them
// (as `wasm.<name>`); the widget's own API (`mount`, `goTo`, …) and `memory` keep their names.
let exportsRenamed = 0;
function exportSection(start, end) {
  let [count, p] = readU32(wasm, start);
  const body = [u32(count)];
  for (let i = 0; i < count; i++) {
    let field;
    [field, p] = readName(wasm, p);
    const descStart = p;
    p += 1; // kind
    [, p] = readU32(wasm, p); // index
    let short = field;
    if (/^(__wbindgen_|wasm_bindgen_)/.test(field)) {
      const escaped = field.replace(/\$/g, '\\$');
      const member = new RegExp(`(?<![\\w$])wasm\\.${escaped}(?![\\w$])`, 'g');
      const uses = js.match(member)?.length ?? 0;
      if (uses > 0) {
        // Every occurrence: `wasm.<name>`, and for a closure shim also the glue's own JS
        // function of the same name that calls it (`function <name>(a, b) { wasm.<name>(a, b) }`),
        // an identifier like any other, so both take the short name.
        short = `_${shortName(exportsRenamed++)}`;
        if (new RegExp(`(?<![\\w$])${short}(?![\\w$])`).test(js)) fail(`${short} is already a name in the glue`);
        js = js.replace(new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`, 'g'), short);
      }
    }
    body.push(name(short), wasm.subarray(descStart, p));
  }
  if (p !== end) fail('export section not read to its end');
  const newBody = Buffer.concat(body);
  return Buffer.concat([Buffer.from([7]), u32(newBody.length), newBody]);
}

if (wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not a wasm module`);
const parts = [wasm.subarray(0, 8)];
let at = 8;
let renamed = 0;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, bodyStart] = readU32(wasm, at + 1);
  const bodyEnd = bodyStart + size;
  if (id === 7) {
    parts.push(exportSection(bodyStart, bodyEnd));
    at = bodyEnd;
    continue;
  }
  if (id !== 2) {
    parts.push(wasm.subarray(at, bodyEnd));
    at = bodyEnd;
    continue;
  }
  // The import section: module name, field name, then the description, which is copied as is.
  let [count, p] = readU32(wasm, bodyStart);
  const body = [u32(count)];
  const seen = new Map();
  for (let i = 0; i < count; i++) {
    let module;
    let field;
    [module, p] = readName(wasm, p);
    [field, p] = readName(wasm, p);
    const descStart = p;
    const kind = wasm[p++];
    if (kind === 0) {
      [, p] = readU32(wasm, p); // type index
    } else {
      fail(`import ${module}.${field} of kind ${kind}: only functions are expected`);
    }
    let short = seen.get(field) ?? field;
    if (module === './explainer-widget_bg.js' && !seen.has(field)) {
      short = shortName(renamed++);
      seen.set(field, short);
      // Each name must be exactly one key of the glue's import object.
      const key = new RegExp(`(?<![\\w$])${field.replace(/\$/g, '\\$')}(?=:)`, 'g');
      const hits = js.match(key)?.length ?? 0;
      if (hits !== 1) fail(`${field}: found ${hits} times in the glue, expected once`);
      js = js.replace(key, short);
    }
    body.push(name(module), name(short), wasm.subarray(descStart, p));
  }
  if (p !== bodyEnd) fail('import section not read to its end');
  const newBody = Buffer.concat(body);
  parts.push(Buffer.from([2]), u32(newBody.length), newBody);
  at = bodyEnd;
}

fs.writeFileSync(wasmPath, Buffer.concat(parts));
fs.writeFileSync(jsPath, js);
console.log(`short-imports: ${renamed} imports and ${exportsRenamed} exports renamed`);
