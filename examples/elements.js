// Drives examples/elements.html: creates, moves and removes a <news-explainer> from script, as
// a React or Vue component would, and logs its events.
const log = document.getElementById('log');
const note = (text) => {
  const li = document.createElement('li');
  li.textContent = text;
  log.append(li);
};
let made = null;
document.getElementById('create').addEventListener('click', () => {
  if (made) return;
  made = document.createElement('news-explainer');
  made.id = 'made';
  made.setAttribute('theme', 'dark');
  for (const type of ['explainer:ready', 'explainer:cardchange', 'explainer:complete']) {
    made.addEventListener(type, (e) => note(`${type} ${JSON.stringify(e.detail)}`));
  }
  document.getElementById('a').append(made);
});
document.getElementById('move').addEventListener('click', () => {
  if (!made) return;
  const to = made.parentElement.id === 'a' ? 'b' : 'a';
  document.getElementById(to).append(made);
  note(`moved to column ${to.toUpperCase()}`);
});
document.getElementById('card').addEventListener('click', () => made?.setAttribute('card', 'nhs'));
document.getElementById('deck').addEventListener('click', () => made?.setAttribute('deck', '../decks/two-plus-two.en.json'));
document.getElementById('remove').addEventListener('click', () => {
  made?.remove();
  made = null;
  note('removed');
});
