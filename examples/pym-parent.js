// The usual pym.js parent call, in a file so the page runs under a strict CSP.
window.explainerPym = new pym.Parent('pym-explainer', '../embed.html?card=charges', {
  title: 'Explainer: cyber attacks and the Japan-U.S. alliance',
});
