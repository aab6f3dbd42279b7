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
