// What WordPress does with an oEmbed provider it discovered, rebuilt for tests from its
// documented behaviour (wp_filter_oembed_result in wp-includes/embed.php, and the host-page
// script wp-embed.js): our own code, not WordPress's, so that the oEmbed test can apply exactly
// that treatment to our responses.

/**
 * The `html` of an oEmbed response as WordPress puts it into a post. Runs in a browser page
 * (it parses with DOMParser; nothing parsed runs). `hide` is the style WordPress gives the
 * iframe while a blockquote fallback is shown: older releases clip it to one pixel, newer ones
 * use `visibility: hidden`.
 */
export function wpFilterOembedResult({ html, secret, hide }) {
  const kses = (text, allowed) => {
    const doc = new DOMParser().parseFromString(`<body>${text}</body>`, 'text/html');
    const walk = (node) => {
      for (const child of [...node.childNodes]) {
        if (child.nodeType === Node.COMMENT_NODE) {
          child.remove();
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          walk(child);
          const keep = allowed[child.localName];
          if (!keep) {
            // A tag that is not allowed goes; its text stays (a script's body too, as text).
            child.replaceWith(...child.childNodes);
            continue;
          }
          for (const attr of [...child.attributes]) {
            if (!keep.includes(attr.name)) child.removeAttribute(attr.name);
          }
        }
      }
    };
    walk(doc.body);
    return doc.body.innerHTML;
  };
  const allowed = {
    a: ['href'],
    blockquote: [],
    iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title', 'class'],
  };
  let out = kses(html, allowed);
  // Only a bare blockquote (if any) and the iframe survive; everything else is dropped.
  const parts = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(out);
  if (!parts || !parts[2]) return null;
  out = (parts[1] ?? '') + parts[2];
  const src = / src=(['"])(.*?)\1/.exec(out);
  if (src) {
    out = out.replace(src[0], ` src=${src[1]}${src[2]}#?secret=${secret}${src[1]} data-secret=${src[1]}${secret}${src[1]}`);
    out = out.replace('<blockquote', `<blockquote data-secret="${secret}"`);
  }
  out = kses(out, { ...allowed, blockquote: ['data-secret'], iframe: [...allowed.iframe, 'data-secret'] });
  if (parts[1]) {
    out = out.replace('<iframe', `<iframe style="${hide}"`);
    out = out.replace('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return out.replace(/<iframe/i, '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

/**
 * The host side (wp-embed.js's behaviour), as a script for the post's page: on a message with a
 * secret, hide that embed's blockquotes; for the iframe the message came from, drop its hiding
 * style and, on `height`, set its height, clamped to 200–1000 px. Once the page has loaded, it
 * says `ready` to every embed (a frame still loading misses it, as in WordPress).
 */
export const WP_EMBED_HOST_SCRIPT = `
addEventListener('message', (e) => {
  const data = e.data;
  if (!data || !(data.secret || data.message || data.value)) return;
  if (/[^a-zA-Z0-9]/.test(data.secret)) return;
  document.querySelectorAll('blockquote[data-secret="' + data.secret + '"]').forEach((q) => (q.style.display = 'none'));
  for (const frame of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
    if (e.source !== frame.contentWindow) continue;
    frame.removeAttribute('style');
    if (data.message === 'height') {
      let height = parseInt(data.value, 10);
      if (height > 1000) height = 1000;
      else if (~~height < 200) height = 200;
      frame.height = height;
    }
  }
});
addEventListener('load', () => {
  for (const frame of document.querySelectorAll('iframe.wp-embedded-content')) {
    frame.contentWindow.postMessage({ message: 'ready', secret: frame.getAttribute('data-secret') }, '*');
  }
});
`;

/** The URL at which the test server (tests/e2e/serve.mjs) serves `html` as a page. */
export const testPage = (html, csp) =>
  `/_test/page?html=${Buffer.from(html).toString('base64url')}${csp ? `&csp=${encodeURIComponent(csp)}` : ''}`;
