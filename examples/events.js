// Example host-page code: logs the explainers' events and offers "jump to" buttons. Kept in a
// file of its own so the page runs under a strict Content-Security-Policy (no inline script).
const log = document.getElementById('event-log');
for (const name of ['explainer:ready', 'explainer:cardchange', 'explainer:complete']) {
  document.addEventListener(name, (event) => {
    const li = document.createElement('li');
    const host = event.target.id || 'explainer';
    li.textContent = `${host} ${name} ${JSON.stringify(event.detail)}`;
    log?.append(li);
  });
}
// The buttons come disabled in the HTML and are enabled here, once they work: a module script
// can run after the explainers have started, and a press before that would do nothing.
document.querySelectorAll('[data-jump]').forEach((button) => {
  button.addEventListener('click', () => {
    const [target, card] = button.dataset.jump.split(':');
    document.getElementById(target)?.setAttribute('data-card', card);
  });
  button.disabled = false;
});
const addLate = document.getElementById('add-late');
addLate?.addEventListener('click', () => {
  const el = document.createElement('div');
  el.id = 'late';
  el.setAttribute('data-explainer', '');
  el.setAttribute('data-start', 'four-states');
  document.getElementById('late-slot').append(el);
});
if (addLate) addLate.disabled = false;
