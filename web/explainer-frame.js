// Parent-page script for the iframe embed, for pages without pym.js:
//   <iframe data-explainer-frame src="https://…/embed.html?card=wannacry" title="…"></iframe>
//   <script type="module" src="https://…/explainer-frame.js"></script>
// Sets each such iframe's height from the pym-format height messages it sends. A message is
// used only if it comes from that iframe's window and origin and has exactly that shape.
const KEY = Symbol.for('explainer.frame');
if (!globalThis[KEY]) {
  globalThis[KEY] = true;
  const HEIGHT = /^pymxPYMx[\w-]{1,64}xPYMxheightxPYMx(\d{1,6})$/;
  // A frame's deep-link key on this page: its id, or `explainer`, as for the script embed.
  const key = (frame) => (/^[\w-]{1,64}$/.test(frame.id) ? frame.id : 'explainer');
  // A shared link to one of a frame's cards (`#<key>=<card>`) opens the frame on that card
  // (its `card` parameter) and brings it into view, once.
  for (const frame of document.querySelectorAll('iframe[data-explainer-frame]')) {
    for (const pair of location.hash.slice(1).split('&')) {
      const [name, card] = pair.split('=');
      if (name !== key(frame) || !/^[a-z0-9-]+$/.test(card || '')) continue;
      const src = new URL(frame.src, location.href);
      if (src.searchParams.get('card') !== card) {
        src.searchParams.set('card', card);
        frame.src = src.href;
      }
      frame.scrollIntoView();
    }
  }
  addEventListener('message', (event) => {
    if (typeof event.data !== 'string') return;
    const match = HEIGHT.exec(event.data);
    if (!match) return;
    for (const frame of document.querySelectorAll('iframe[data-explainer-frame]')) {
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      frame.height = String(Math.min(Number(match[1]), 20000));
      // "Share this card" in the frame links to this page, under the frame's key here.
      event.source.postMessage({ explainer: 'parent', url: location.href, key: key(frame) }, event.origin);
      // The oEmbed snippet's link for consumers without iframes: the explainer is here now.
      const before = frame.previousElementSibling;
      if (before && before.hasAttribute('data-explainer-fallback')) before.hidden = true;
      return;
    }
  });
}
