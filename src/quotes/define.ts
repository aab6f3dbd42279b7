/** Registers `<belarus-quotes>` (guarded: safe to load twice). */
import { defineElement } from '../widget/define-element.js';
import { BelarusQuotes } from './quotes.js';

defineElement('belarus-quotes', BelarusQuotes);

declare global {
  interface HTMLElementTagNameMap {
    'belarus-quotes': BelarusQuotes;
  }
}

export { BelarusQuotes };
// Brings the widgets' entries in HTMLElementEventMap along with the tag's.
export type { BelarusWidgetsEventMap } from '../events.js';
