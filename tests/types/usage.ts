// Compiled with `tsc --noEmit` in `make test` (tests/types/tsconfig.json): what a React or Vue
// developer writes against explainer.d.ts must type-check, and misuse must not.
import type { ExplainerCardChangeDetail, NewsExplainerElement } from '../../web/explainer.js';

const el = document.createElement('news-explainer');
const typed: NewsExplainerElement = el;
typed.setAttribute('deck', '/decks/two-plus-two.en.json');
typed.goTo('wannacry');
el.addEventListener('explainer:cardchange', (e) => {
  const detail: ExplainerCardChangeDetail = e.detail;
  const index: number = detail.index;
  const id: string = e.detail.cardId;
  void index;
  void id;
});
el.addEventListener('explainer:ready', (e) => {
  const count: number = e.detail.cardCount;
  void count;
});
const found = document.querySelector('news-explainer');
found?.goTo('quiz');

// @ts-expect-error goTo takes a card id
typed.goTo();
el.addEventListener('explainer:ready', (e) => {
  // @ts-expect-error a ready event has no cardId
  void e.detail.cardId;
});
