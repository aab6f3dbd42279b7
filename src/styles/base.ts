import { css } from 'lit';

/**
 * What every widget's shadow root starts with: a block host that hides when `hidden`, isolation
 * from the inherited page styles that commonly break embeds, a container for container
 * queries, the visually-hidden helper, focus rings, reduced motion and forced colours.
 */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
  }
  /*
   * Text styles and the query container sit on the wrapper, not the host: a page reset such as
   * "* { all: unset }" outranks ":host" rules, but cannot reach inside the shadow root. What a
   * page can still pass in is what inherits, so the wrapper sets every inherited text property
   * that would break the layout or change what the text says back to its default (and the box
   * model, which the page's "* { box-sizing: content-box !important }" sets on the host). The
   * page keeps its font family, colour scheme and direction. The size follows the page's, but
   * never below 12 px ("font-size: 0" on a row of inline blocks would hide the widget).
   */
  [part~='base'] {
    container-type: inline-size;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    font-size: max(12px, var(--belarus-font-size, 1em));
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    font-stretch: normal;
    font-size-adjust: none;
    font-feature-settings: normal;
    font-variation-settings: normal;
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    text-align-last: auto;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    line-break: auto;
    hyphens: manual;
    overflow-wrap: anywhere;
    writing-mode: horizontal-tb;
    cursor: auto;
  }
  /*
   * Alignment follows the page's direction everywhere: match-parent resolves "start" by the
   * parent's direction, so it holds even where a paragraph's own direction differs (below). Zero
   * specificity, so any rule of a widget wins. SVG text is placed by the drawings themselves.
   */
  :where([part~='base'] :not(svg, svg *)) {
    text-align: match-parent;
    text-align: -webkit-match-parent;
  }
  /*
   * On a page that declares dir="rtl", each paragraph takes its direction from its own text, so
   * an English sentence keeps its full stop at its end and "52 (Oct 2025)" keeps its order,
   * while the layout around it follows the page. Only there: Chrome lays out "plaintext" text
   * several times slower, which a megabyte-long string on every other page need not pay for.
   */
  :host(:dir(rtl)) :where([part~='base'] :not(svg, svg *)) {
    unicode-bidi: plaintext;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [part~='base'] {
    padding: var(--belarus-padding, 0);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    min-width: 24px;
    min-height: 24px;
    cursor: pointer;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  /*
   * Forced colours (Windows High Contrast and the like) replace the colours of text, borders
   * and backgrounds with the reader's, but not those of SVG: the widgets paint their drawings
   * with system colours there. Focus rings use the system's highlight.
   */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    button {
      display: none !important;
    }
  }
`;
