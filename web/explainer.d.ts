// Types for the explainer embed (explainer.js): the <news-explainer> element, its attributes
// and its events, for TypeScript, React and Vue projects. The <div data-explainer> form has the
// same events.

/** `detail` of `explainer:ready`: the deck on show. */
export interface ExplainerReadyDetail {
  deckId: string;
  cardCount: number;
}

/** `detail` of `explainer:cardchange`: the card now on show (index from 0). */
export interface ExplainerCardChangeDetail {
  index: number;
  cardId: string;
}

/** `detail` of `explainer:complete`: sent once, when the reader reaches the last card. */
export interface ExplainerCompleteDetail {
  cardId: string;
}

/** The attributes of `<news-explainer>`; every one may change later. */
export interface NewsExplainerAttributes {
  /** URL of a deck (JSON); absent: the built-in English deck. */
  deck?: string;
  /** `en` or `ja`: the widget's own language until the deck says (the built-in deck's edition). */
  lang?: 'en' | 'ja';
  /** `light` (default), `dark` or `auto`. */
  theme?: 'light' | 'dark' | 'auto';
  /** Id of the card to show; set it again to send the widget there. */
  card?: string;
  /** Level of the widget's title in the page's outline, 1–4 (default 2). */
  'heading-level'?: '1' | '2' | '3' | '4' | 1 | 2 | 3 | 4;
  /** Seconds a deck fetched by URL may take to arrive, 1–60 (default 10). */
  timeout?: string | number;
}

export interface NewsExplainerEventMap extends HTMLElementEventMap {
  'explainer:ready': CustomEvent<ExplainerReadyDetail>;
  'explainer:cardchange': CustomEvent<ExplainerCardChangeDetail>;
  'explainer:complete': CustomEvent<ExplainerCompleteDetail>;
}

/** A `<news-explainer>` element. */
export interface NewsExplainerElement extends HTMLElement {
  /** Shows the card with this id (once the widget has started). */
  goTo(card: string): void;
  addEventListener<K extends keyof NewsExplainerEventMap>(
    type: K,
    listener: (this: NewsExplainerElement, ev: NewsExplainerEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof NewsExplainerEventMap>(
    type: K,
    listener: (this: NewsExplainerElement, ev: NewsExplainerEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'news-explainer': NewsExplainerElement;
  }
  interface HTMLElementEventMap {
    'explainer:ready': CustomEvent<ExplainerReadyDetail>;
    'explainer:cardchange': CustomEvent<ExplainerCardChangeDetail>;
    'explainer:complete': CustomEvent<ExplainerCompleteDetail>;
  }
}
