import { css } from 'lit';

/**
 * What every widget's shadow root starts with: a block host that hides when `hidden`, isolation
 * from the inherited page styles that commonly break embeds, a container for container
 * queries, the visually-hidden helper, focus rings and reduced motion.
 */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
  }
  /*
   * Text styles and the query container sit on the wrapper, not the host: a page reset such as
   * "* { all: unset }" outranks ":host" rules, but cannot reach inside the shadow root.
   */
  [part~='base'] {
    container-type: inline-size;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    font-size: var(--belarus-font-size, 1em);
    line-height: 1.45;
    text-align: start;
    overflow-wrap: anywhere;
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
