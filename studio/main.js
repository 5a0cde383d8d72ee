// Starts the deck studio's wasm (studio_app.js, built by scripts/build-studio.sh). If it cannot
// start, or stops (a wasm trap), the editor is told plainly; their draft is in the browser's
// storage and comes back on reload.
import init from './studio_app.js';

const say = (text) => {
  const p = document.createElement('p');
  p.className = 'studio-alert';
  p.setAttribute('role', 'alert');
  p.textContent = text;
  document.getElementById('studio').prepend(p);
};
addEventListener('error', (e) => {
  if (e.error instanceof WebAssembly.RuntimeError) {
    say('The studio stopped because of an internal error. Your draft is saved: reload the page. / 内部エラーのため編集室が停止しました。下書きは保存されています。ページを再読み込みしてください。');
  }
});
init()
  .then(() => document.getElementById('studio-loading')?.remove())
  .catch((err) => say('The studio could not start: ' + (err && err.message ? err.message : String(err))));
