// The size of the widget's wasm memory, for the long-use test and the benchmark. The production
// loader carries no hook for it: an init script wraps WebAssembly's instantiation functions
// and keeps the memory each instance exports.
export function trackWasmMemory(page) {
  return page.addInitScript(() => {
    const keep = (result) => {
      const instance = result.instance ?? result;
      if (instance.exports?.memory instanceof WebAssembly.Memory) globalThis.__explainerWasmMemory = instance.exports.memory;
      return result;
    };
    for (const name of ['instantiateStreaming', 'instantiate']) {
      const original = WebAssembly[name];
      WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keep);
    }
  });
}

/** Bytes of the tracked wasm memory (0 before the widget has loaded). */
export const wasmMemoryBytes = (page) => page.evaluate(() => globalThis.__explainerWasmMemory?.buffer.byteLength ?? 0);
