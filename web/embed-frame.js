// embed.html's side of the iframe embed. Reads the query parameters into the widget's
// attributes, then keeps the parent's iframe exactly as tall as the content, speaking pym.js's
// message protocol (`pymxPYMx<id>xPYMxheightxPYMx<px>`) so a parent page that already uses
// NPR's pym.js needs no code of ours, amp-iframe's `embed-size` message for AMP pages, and
// WordPress's oEmbed message (`{message: 'height', value, secret}`) when its iframe URL carries
// the `#?secret=` WordPress adds. Messages from anything but the parent window, or of any other
// shape, are ignored. Nothing here needs storage or the page's own origin: WordPress frames
// this page with `sandbox="allow-scripts"`, an opaque origin.
const params = new URLSearchParams(location.search);
const el = document.getElementById('explainer');
const set = (attr, value, ok) => {
  if (value && ok.test(value)) el.setAttribute(attr, value);
};

// The decks this page shows: its own site's, and those of the origins listed here. Under a
// newsroom's domain and masthead, `embed.html?deck=https://anywhere/…` must not publish a third
// party's text. The list is the one place to allow more: set EXPLAINER_EMBED_ORIGINS (origins,
// space-separated) for `make build`, and scripts/post-build.sh writes them in below.
const ALLOWED_ORIGINS = [/* EXPLAINER_EMBED_ORIGINS */];
const deck = params.get('deck');
if (deck !== null) {
  el.replaceChildren(); // the static HTML is of the built-in deck
  // Resolved as the browser will resolve it (backslashes, case, whitespace, `//host`,
  // `user@host` …), then judged by origin; only http(s) at all.
  let url = null;
  try {
    url = new URL(deck, location.href);
  } catch {}
  const web = url !== null && (url.protocol === 'https:' || url.protocol === 'http:');
  if (web && (url.origin === location.origin || ALLOWED_ORIGINS.includes(url.origin))) {
    el.setAttribute('data-deck', url.href);
  } else {
    el.setAttribute('data-deck-refused', deck);
  }
}
// Any language tag goes to the widget, which reads it by its one rule (`Lang::from_tag`:
// `ja`, `ja-JP`, `JA` are Japanese); the page's own `lang` follows what the widget speaks.
set('data-lang', params.get('lang'), /^[A-Za-z0-9 -]{1,35}$/);
set('data-start', params.get('card'), /^[a-z0-9-]+$/);
set('data-theme', params.get('theme'), /^(light|dark|auto)$/);

const id = params.get('childId') || 'explainer';
const SEP = 'xPYMx';
const send = (type, message) => {
  if (window.parent !== window) window.parent.postMessage(['pym', id, type, message].join(SEP), '*');
};

// "Share this card" links to the host article when this page knows it, with the explainer's
// key there (web/explainer.js reads both attributes): pym.js passes the article's address as
// `parentUrl` and the key as `childId`; our parent script (explainer-frame.js) sends them in a
// message. Without either, the link is this page's own.
const web = (text) => {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
};
const host = (url, key) => {
  el.setAttribute('data-share-url', url.href);
  el.setAttribute('data-share-key', key);
};
const parentUrl = web(params.get('parentUrl'));
if (parentUrl) {
  host(parentUrl, id);
  // A link to one of our cards (`#<childId>=<card>`, read as the loader reads its own hash)
  // opens on that card, and asks pym to bring the frame into view, once.
  for (const pair of parentUrl.hash.slice(1).split('&')) {
    const [key, card] = pair.split('=').map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {}
    });
    if (key === id && card && /^[a-z0-9-]+$/.test(card)) {
      el.setAttribute('data-start', card);
      el.addEventListener('explainer:ready', () => send('scrollToChildPos', '0'), { once: true });
    }
  }
}
// WordPress appends `#?secret=<10 letters and digits>` to an oEmbed iframe's URL and sizes the
// iframe only from messages that carry it.
const secret = /(?:^#|[?&])secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(location.hash)?.[1];
let last = -1;
const sendHeight = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last && window.parent !== window) {
    last = height;
    send('height', String(height));
    // amp-iframe (with `resizable`) resizes on this message from its own frame; other parents
    // ignore it.
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
    if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
  }
};
// The page's `lang` follows the language the widget speaks (a new edition redraws the card, so
// the page's size changes with it).
const followLang = () => {
  const spoken = el.shadowRoot?.querySelector('.cx[lang]')?.lang;
  if (spoken) document.documentElement.lang = spoken;
};
new ResizeObserver(() => {
  sendHeight();
  followLang();
}).observe(document.documentElement);
// A ResizeObserver alone is not enough: WordPress keeps the iframe invisible until the first
// height arrives, and an invisible cross-origin frame gets no rendering updates, so no resize
// is ever observed there. Measuring on these events forces layout and works regardless.
addEventListener('load', sendHeight);
for (const type of ['explainer:ready', 'explainer:cardchange']) {
  el.addEventListener(type, sendHeight);
  el.addEventListener(type, followLang);
}

// The parent may ask for our height (pym sends its width on resize).
const incoming = new RegExp(`^pym${SEP}${id.replace(/[^\w-]/g, '')}${SEP}(width)${SEP}(\\d{1,5})$`);
// WordPress's host script sends `{message: 'ready', secret}` once its page has loaded.
// Our parent script names the host article and our key there: `{explainer: 'parent', url, key}`.
addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  const data = event.data;
  if (data?.explainer === 'parent') {
    const url = typeof data.url === 'string' && web(data.url);
    if (url && typeof data.key === 'string' && /^[\w-]{1,64}$/.test(data.key)) host(url, data.key);
    return;
  }
  const asked =
    typeof data === 'string'
      ? incoming.test(data)
      : secret !== undefined && data !== null && typeof data === 'object' && data.message === 'ready' && data.secret === secret;
  if (!asked) return;
  last = -1;
  sendHeight();
});
