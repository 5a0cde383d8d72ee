// embed.html's side of the iframe embed. Reads the query parameters into the widget's
// attributes, then keeps the parent's iframe exactly as tall as the content, speaking pym.js's
// message protocol (`pymxPYMx<id>xPYMxheightxPYMx<px>`) so a parent page that already uses
// NPR's pym.js needs no code of ours. Messages from anything but the parent window, or of
// any other shape, are ignored.
const params = new URLSearchParams(location.search);
const el = document.getElementById('explainer');
const set = (attr, value, ok) => {
  if (value && ok.test(value)) el.setAttribute(attr, value);
};
// A deck URL is http(s) or relative; any other scheme (javascript:, data: …) is refused.
set('data-deck', params.get('deck'), /^(?![a-z][a-z0-9+.-]*:)|^https?:\/\//i);
set('data-lang', params.get('lang'), /^(en|ja)$/);
set('data-start', params.get('card'), /^[a-z0-9-]+$/);
set('data-theme', params.get('theme'), /^(light|dark|auto)$/);
if (params.get('lang') === 'ja') document.documentElement.lang = 'ja';
if (params.has('deck')) el.replaceChildren(); // the static HTML is of the built-in deck

const id = params.get('childId') || 'explainer';
const SEP = 'xPYMx';
const send = (type, message) => {
  if (window.parent !== window) window.parent.postMessage(['pym', id, type, message].join(SEP), '*');
};
let last = -1;
const sendHeight = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last) {
    last = height;
    send('height', String(height));
  }
};
new ResizeObserver(sendHeight).observe(document.documentElement);
addEventListener('load', sendHeight);

// The parent may ask for our height (pym sends its width on resize).
const incoming = new RegExp(`^pym${SEP}${id.replace(/[^\w-]/g, '')}${SEP}(width)${SEP}(\\d{1,5})$`);
addEventListener('message', (event) => {
  if (event.source !== window.parent || typeof event.data !== 'string') return;
  if (!incoming.test(event.data)) return;
  last = -1;
  sendHeight();
});
