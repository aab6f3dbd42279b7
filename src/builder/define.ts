/** Registers `<belarus-builder>` and the three widgets it previews (guarded: safe to load twice). */
import '../define.js';
import { BelarusBuilder } from './builder.js';

if (!customElements.get('belarus-builder')) customElements.define('belarus-builder', BelarusBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'belarus-builder': BelarusBuilder;
  }
}
