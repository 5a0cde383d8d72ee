// The floors' loader (make bench, section 3a). Like web/explainer.js, it requests the deck, the
// glue and the wasm at once and mounts when all are in; unlike it, it does nothing else (no lazy
// start, deep links, events or error messages). `data-floor` picks the widget: `yew` (one Yew
// component), `sys` (web-sys calls, no Yew) or `js` (plain DOM calls, no wasm at all).
const el = document.querySelector('[data-explainer]');
const kind = el.getAttribute('data-floor');
const deck = fetch(el.getAttribute('data-deck')).then((r) => r.text());
if (kind === 'js') {
  // The same minified stylesheet the wasm floors carry, fetched alongside the deck.
  const css = fetch(new URL('../../explainer.css', import.meta.url)).then((r) => r.text());
  const d = JSON.parse(await deck);
  const root = el.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(await css);
  root.adoptedStyleSheets = [sheet];
  const add = (tag, cls, parent, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    parent.append(e);
    return e;
  };
  const section = add('section', 'cx', add('div', 'cx-root', root));
  const head = add('header', 'cx-head', section);
  add('p', 'cx-kicker', head, 'Explainer');
  add('h2', 'cx-title', head, d.title);
  const card = add('div', 'cx-card', add('div', 'cx-slides', section));
  add('h3', 'cx-card-title', card, d.cards[0].title);
  const body = add('div', 'cx-body', card);
  for (const p of d.cards[0].body.split('\n\n')) add('p', '', body, p.replace(/\[\[([^|\]]*)[^\]]*\]\]/g, '$1'));
} else {
  const wasm = fetch(new URL(`floor-${kind}_bg.wasm`, import.meta.url));
  const m = await import(new URL(`floor-${kind}.js`, import.meta.url).href);
  await m.default({ module_or_path: wasm });
  m.mount(el, await deck);
}
