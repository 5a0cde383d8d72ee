// Parent-page script for the iframe embed, for pages without pym.js:
//   <iframe data-explainer-frame src="https://…/embed.html?card=wannacry" title="…"></iframe>
//   <script type="module" src="https://…/explainer-frame.js"></script>
// Sets each such iframe's height from the pym-format height messages it sends. A message is
// used only if it comes from that iframe's window and origin and has exactly that shape.
const KEY = Symbol.for('explainer.frame');
if (!globalThis[KEY]) {
  globalThis[KEY] = true;
  const HEIGHT = /^pymxPYMx[\w-]{1,64}xPYMxheightxPYMx(\d{1,6})$/;
  addEventListener('message', (event) => {
    if (typeof event.data !== 'string') return;
    const match = HEIGHT.exec(event.data);
    if (!match) return;
    for (const frame of document.querySelectorAll('iframe[data-explainer-frame]')) {
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      frame.height = String(Math.min(Number(match[1]), 20000));
      // The oEmbed snippet's link for consumers without iframes: the explainer is here now.
      const before = frame.previousElementSibling;
      if (before && before.hasAttribute('data-explainer-fallback')) before.hidden = true;
      return;
    }
  });
}
