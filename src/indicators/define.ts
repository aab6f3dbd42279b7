/** Registers `<belarus-indicators>` (guarded: safe to load twice). */
import { defineElement } from '../widget/define-element.js';
import { BelarusIndicators } from './indicators.js';

defineElement('belarus-indicators', BelarusIndicators);

declare global {
  interface HTMLElementTagNameMap {
    'belarus-indicators': BelarusIndicators;
  }
}

export { BelarusIndicators };
// Brings the widgets' entries in HTMLElementEventMap along with the tag's.
export type { BelarusWidgetsEventMap } from '../events.js';
