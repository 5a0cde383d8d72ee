// Explainer embed loader. Add once per page:
//   <script type="module" src="https://…/explainer.js"></script>
// and one <div data-explainer …></div> per widget. This file stays small: the widget itself
// (explainer-widget.js + explainer-widget_bg.wasm, next to this file) loads only when an
// explainer comes near the viewport, once for all of them.
const KEY = Symbol.for('explainer.loader');
if (!globalThis[KEY]) {
  // Marks the loader as running: a second copy of the snippet does nothing.
  globalThis[KEY] = true;
  start();
}

function start() {
  const base = new URL('.', import.meta.url);
  defineElement();
  const SELECTOR = '[data-explainer]';
  const mounted = new WeakSet();
  const queued = new WeakSet();
  let widget;

  // The widget module, loaded and initialised at most once. The wasm is requested at the same
  // time as the glue (not after it has loaded), so the two downloads overlap.
  const load = () => {
    if (!widget) {
      const wasm = fetch(new URL('explainer-widget_bg.wasm', base));
      widget = import(new URL('explainer-widget.js', base).href).then(async (m) => {
        await m.default({ module_or_path: wasm });
        return m;
      });
    }
    return widget;
  };

  // `#explainer=card` selects a card; a host element with an id uses `#<id>=card` instead, so
  // several explainers on one page each have their own key. Several pairs join with `&`.
  // Any hash is tolerated: a malformed escape (`#explainer=%E0%A4%A`) is not ours to fail on.
  const decode = (text) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return undefined;
    }
  };
  const hashCard = (el) => {
    const key = el.id || 'explainer';
    for (const pair of location.hash.slice(1).split('&')) {
      const at = pair.indexOf('=');
      if (at > 0 && decode(pair.slice(0, at)) === key) return decode(pair.slice(at + 1));
    }
    return undefined;
  };

  // The release wasm is built with `-Cpanic=immediate-abort` (scripts/release-env.sh): a Rust
  // panic is then a WebAssembly trap, not a call to a panic hook, and the module is dead. So
  // the loader shows the "stopped working" message in every widget itself, in its language.
  // Only traps of our own module count (its file name is in the trap's stack): another wasm
  // on the page failing must not blank our widgets. The language is the one the widget was
  // speaking (its `.cx` element's `lang`, which Rust set by its one language rule), so no
  // language rule is written here.
  const STOPPED = {
    en: 'Sorry, this explainer stopped working because of an internal error. Reload the page to try again.',
    ja: '申し訳ありません。内部エラーのため、この解説は動作を停止しました。ページを再読み込みしてください。',
  };
  const ours = (err) =>
    err instanceof WebAssembly.RuntimeError && String(err.stack).includes('explainer-widget_bg.wasm');
  const stopped = (err) => {
    console.error('explainer:', err);
    document.querySelectorAll(SELECTOR).forEach((el) => {
      const root = el.shadowRoot && el.shadowRoot.querySelector('.cx-root');
      if (!mounted.has(el) || !root) return;
      const spoken = root.querySelector('.cx[lang]')?.lang;
      const lang = Object.hasOwn(STOPPED, spoken) ? spoken : 'en';
      const p = document.createElement('p');
      p.className = 'cx-panic';
      p.setAttribute('role', 'alert');
      p.lang = lang;
      p.textContent = STOPPED[lang];
      root.replaceChildren(p);
    });
  };
  addEventListener('error', (e) => ours(e.error) && stopped(e.error));
  addEventListener('unhandledrejection', (e) => ours(e.reason) && stopped(e.reason));

  const fail = (el, err) => {
    if (ours(err)) return stopped(err);
    console.error('explainer:', err);
    // A shadow root is the widget's, unless it is still the static HTML's first-card snapshot
    // (a declarative shadow root): then the message and the all-cards HTML replace it.
    const root = el.shadowRoot;
    if (root && !root.querySelector('.cx-snapshot')) return;
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = 'The explainer could not start: ' + (err && err.message ? err.message : String(err));
    if (root) root.replaceChildren(p, document.createElement('slot'));
    else el.prepend(p);
  };

  // The deck is requested now, alongside the wasm, rather than once the widget has started;
  // the widget takes the request over. Same time limit as the widget's own requests: 10 s, or
  // `data-timeout` seconds (1–60, the rule of `timeout_attr` in src/load.rs).
  const prefetch = (el) => {
    const deck = el.getAttribute('data-deck');
    if (!deck || !deck.trim() || !globalThis.AbortSignal?.timeout) return undefined;
    // Digits only, as Rust's `u32` parse reads them (so not `0x10`, `1e1` or `10.0`, which
    // `Number()` would take); tests/fixtures/timeouts.json holds both sides to the same answers.
    const t = (el.getAttribute('data-timeout') || '').trim();
    const s = /^\+?\d+$/.test(t) ? Number(t) : 0;
    const seconds = s >= 1 && s <= 60 ? s : 10;
    // The answer is `[response, text]`, the text read here for a successful status only (the
    // widget checks status, type and size): a deck that is in before the widget starts is then
    // shown in the widget's first task, with no frame of "loading" in between.
    const early = { url: deck, heard: false };
    const response = fetch(deck, { signal: AbortSignal.timeout(seconds * 1000) });
    response.then(() => (early.heard = true), () => {});
    early.answer = response.then((r) => (r.ok ? r.text().then((text) => [r, text]) : [r]));
    // Kept once in, for the widget to show in its first render; failures are the widget's to
    // report, so nothing is left unhandled here.
    early.answer.then((a) => (early.arrived = a), () => {});
    return early;
  };

  // Once the deck's server has answered, its body is on its way: the widget waits for it (or
  // for the request to fail) rather than start with "loading". On a busy main thread the body's
  // last task can queue behind the widget's first render, and the reader would see "loading"
  // for a deck that was already here. A server that has not answered yet gets no such wait, and
  // one that stalls after its headers gets a second: then the widget starts and says "loading"
  // (a blank box until the time limit would look broken).
  const settled = (deck) =>
    deck && deck.heard ? Promise.race([deck.answer, new Promise((r) => setTimeout(r, 1000))]).then(() => {}, () => {}) : undefined;

  // "Share this card". The widget draws the button and an empty note (share_bar.rs); the
  // loader answers, as it reads deep links (hashCard) and so is the one place that writes
  // one: the page's address (or the host article's, which the iframe embed page learns from
  // its parent: data-share-url and data-share-key) and `#<key>=<card>`. Bytes decided where:
  // the same in Rust, through wasm bindings and futures, cost ~3.7 KB gzipped.
  // What the last share left on show (a note, a field), in whichever explainer: cleared by the
  // next share anywhere on the page and when its card changes, so it never outlives its card.
  let shown;
  const unshare = () => {
    if (shown) shown.querySelector('.cx-share-note').textContent = '';
    shown?.querySelector('.cx-share-field')?.remove();
  };
  const share = async (el, bar) => {
    const root = el.shadowRoot;
    const card = root.querySelector('.cx-card');
    const note = bar.querySelector('.cx-share-note');
    if (!card || !note) return;
    const key = el.getAttribute('data-share-key') || el.id || 'explainer';
    // The article's own address: the frame's host article, the page's canonical address (not
    // the one with tracking parameters this reader came by), or the page's.
    const page = (el.getAttribute('data-share-url') || document.querySelector('link[rel=canonical]')?.href || location.href).split('#')[0];
    const url = `${page}#${encodeURIComponent(key)}=${encodeURIComponent(card.dataset.cardId)}`;
    unshare();
    shown = bar;
    // The share sheet where a finger is the pointer and the browser has one; closing it is
    // the reader's answer. Refused (a frame without the permission), the link is copied.
    if (matchMedia('(pointer: coarse)').matches && navigator.share) {
      try {
        const title = root.querySelector('.cx-title')?.textContent;
        return await navigator.share({ title, text: card.querySelector('.cx-card-title')?.textContent, url });
      } catch (err) {
        if (err.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      note.textContent = note.dataset.copied;
    } catch {
      // No clipboard (a sandboxed frame, a page without https): the whole link, wrapped and
      // selected, to copy; brought into view (a frame of fixed height may cut it off).
      const label = document.createElement('label');
      const field = document.createElement('textarea');
      label.className = 'cx-share-field';
      field.readOnly = true;
      field.rows = 3;
      field.value = url;
      label.append(note.dataset.copyLink, field);
      bar.append(label);
      field.select();
      label.scrollIntoView({ block: 'nearest' });
    }
  };

  const mount = (el) => {
    if (mounted.has(el)) return;
    mounted.add(el);
    el.addEventListener('click', (e) => {
      const button = e.composedPath()[0];
      if (button.classList?.contains('cx-share-btn')) share(el, button.parentNode);
    });
    el.addEventListener('explainer:cardchange', () => shown?.getRootNode() === el.shadowRoot && unshare());
    const deck = prefetch(el);
    load()
      .then(async (m) => {
        await settled(deck);
        if (!el.isConnected) return mounted.delete(el);
        if (deck && deck.url === el.getAttribute('data-deck')) m.prefetched(deck.url, deck.answer, deck.arrived);
        m.mount(el, hashCard(el) ?? el.getAttribute('data-card') ?? undefined, base.href);
        el.goTo = (card) => m.goTo(el, String(card));
      })
      .catch((err) => fail(el, err));
  };

  const near =
    'IntersectionObserver' in globalThis
      ? new IntersectionObserver(
          (entries) => {
            for (const e of entries) {
              if (e.isIntersecting) {
                near.unobserve(e.target);
                mount(e.target);
              }
            }
          },
          // Half a screen ahead vertically; sideways, any distance (see nearNow).
          { rootMargin: '50% 1000000px' },
        )
      : null;

  // Already near the viewport when the page is scanned: start now rather than a frame later,
  // when the observer would first report it.
  // Only the vertical distance counts, and a collapsed box is still a place on the page: a
  // host stylesheet may move the element far off sideways, shrink it to nothing or hide its
  // fallback, and the reader who scrolls there must still get the widget. (An element that is
  // not rendered at all, `display: none`, has no place and waits.)
  const nearNow = (el) => {
    const r = el.getBoundingClientRect();
    return el.getClientRects().length > 0 && r.bottom >= -innerHeight / 2 && r.top <= innerHeight * 1.5;
  };
  const place = (el) => (!near || nearNow(el) ? mount(el) : near.observe(el));
  // An element of the page's HTML that holds the static HTML's first-card snapshot is placed
  // after the page's first frame: the snapshot is painted in that frame, and the widget's
  // downloads and wasm compilation would otherwise compete with it for the CPU (on two cores at
  // 4× throttling, the first card came 40–70 ms later with the loader than without it).
  const add = (el, first) => {
    if (queued.has(el)) return;
    queued.add(el);
    // A link to one of its cards (a shared card) starts the explainer wherever it is.
    const start = first && hashCard(el) ? (el) => reveal(el) : place;
    // (Unless it was removed in the meantime: `drop` forgets it.)
    if (first && el.shadowRoot?.querySelector('.cx-snapshot')) requestAnimationFrame(() => setTimeout(() => queued.has(el) && start(el)));
    else start(el);
  };
  // Brings an explainer named by a link to one of its cards into view, once it is drawn (a box
  // not yet drawn has no height to scroll to); focus stays where the browser put it.
  // A card the deck does not have opens the first card, and the share bar's note says so.
  // (On a later hash change, the widget's move is still on its way: no such check then.)
  const reveal = (el, later) => {
    near?.unobserve(el);
    const show = () => {
      el.scrollIntoView();
      const root = el.shadowRoot;
      const note = root.querySelector('.cx-share-note');
      if (!later && note && root.querySelector('.cx-card')?.dataset.cardId !== hashCard(el)) {
        unshare();
        shown = note.parentNode;
        note.textContent = note.dataset.unknown;
      }
    };
    if (el.shadowRoot?.querySelector('.cx-card')) show();
    else el.addEventListener('explainer:ready', show, { once: true });
    mount(el);
  };
  const scan = (node, first) => {
    if (node.nodeType !== 1) return;
    if (node.matches(SELECTOR)) add(node, first);
    node.querySelectorAll(SELECTOR).forEach((el) => add(el, first));
  };
  // A removed explainer keeps its widget: CMSs and single-page apps often move or re-insert
  // elements, and the widget simply carries on when the element comes back. (Yew keeps a few
  // event listeners per mounted app for the page's life, so unmount + mount on every
  // re-insertion would grow memory; the explicit `unmount` export is there for hosts that
  // drop an explainer for good.) Elements removed before they started are forgotten.
  const drop = (node) => {
    if (node.nodeType !== 1) return;
    const els = node.matches(SELECTOR) ? [node] : [...node.querySelectorAll(SELECTOR)];
    for (const el of els) {
      if (!mounted.has(el) && !el.isConnected) {
        queued.delete(el);
        near?.unobserve(el);
      }
    }
  };

  scan(document.documentElement, true);
  // CMSs insert content late, and hosts change attributes: follow both.
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList') {
        r.addedNodes.forEach((node) => scan(node));
        r.removedNodes.forEach(drop);
      } else if (mounted.has(r.target) && widget) {
        const el = r.target;
        widget.then((m) => {
          if (r.attributeName === 'data-card') {
            const card = el.getAttribute('data-card');
            if (card) m.goTo(el, card);
          } else {
            m.refresh(el);
          }
        });
      }
    }
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-card', 'data-deck', 'data-lang', 'data-heading-level', 'data-timeout'],
  });

  addEventListener('hashchange', () => {
    document.querySelectorAll(SELECTOR).forEach((el) => {
      const card = hashCard(el);
      if (!card) return;
      if (mounted.has(el) && widget) widget.then((m) => m.goTo(el, card));
      queued.add(el);
      reveal(el, mounted.has(el));
    });
  });
}

// `<news-explainer deck="…" lang="ja" theme="dark" card="wannacry" heading-level="3" timeout="20">`: the same
// widget as `<div data-explainer …>`, for CMS templates and front-end frameworks. The element
// mirrors its attributes onto the `data-*` ones the loader and the widget already follow (so
// lazy start, events, deep links, `goTo`, later attribute changes and the static fallback as its
// children all work the same), and is defined before the page is scanned, so elements in the
// HTML are upgraded first. Types: explainer.d.ts.
function defineElement() {
  const NAME = 'news-explainer';
  const ATTRS = {
    deck: 'data-deck',
    lang: 'data-lang',
    theme: 'data-theme',
    card: 'data-card',
    'heading-level': 'data-heading-level',
    timeout: 'data-timeout',
  };
  if (!globalThis.customElements || customElements.get(NAME)) return;
  customElements.define(
    NAME,
    class extends HTMLElement {
      static get observedAttributes() {
        return Object.keys(ATTRS);
      }
      connectedCallback() {
        for (const name of Object.keys(ATTRS)) this.attributeChangedCallback(name, null, this.getAttribute(name));
        if (!this.hasAttribute('data-explainer')) this.setAttribute('data-explainer', '');
      }
      attributeChangedCallback(name, _old, value) {
        const data = ATTRS[name];
        if (value === null) this.removeAttribute(data);
        else if (this.getAttribute(data) !== value || name === 'card') this.setAttribute(data, value);
      }
      /** Shows the card with this id (once the widget has started). */
      goTo(card) {
        this.setAttribute('data-card', String(card));
      }
    },
  );
}
