import { css } from 'lit';

/**
 * The carousel's looks. All slides share one grid cell, so the carousel is as tall as its longest
 * quote and never jumps; hidden slides are `visibility: hidden` (and `inert` in the markup). The
 * quote shown slides in from the side it came from, unless the reader prefers reduced motion.
 */
export const quotesStyles = css`
  /* While loading, keep about the room of the controls and one short quote, so less moves on arrival. */
  .status {
    min-height: var(--belarus-min-height, 11em);
  }

  .carousel {
    display: grid;
    gap: 0.75em;
    margin-block: 0.5em;
  }

  /*
   * The controls mirror on pages that declare right-to-left with dir="rtl" (previous on the
   * right, pointing right), together with their arrows and the slide-in below, which can only
   * tell the direction from :dir(). A page that sets only CSS "direction: rtl" keeps them left
   * to right, so an arrow never points away from where its button sits.
   */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    direction: ltr;
  }
  :host(:dir(rtl)) .controls {
    direction: rtl;
  }
  .controls button {
    display: inline-grid;
    place-items: center;
    min-width: 44px;
    min-height: 44px;
    margin: 0;
    padding: 0 0.5em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    line-height: 1;
  }
  .controls button:hover {
    background: var(--_surface);
  }
  .controls button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .rotation {
    margin-inline-end: 0.25em;
  }
  .pickers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin-inline-start: auto;
  }
  .controls .picker {
    min-width: 44px;
    border-radius: 999px;
    font-variant-numeric: tabular-nums;
  }
  /* The quote shown: filled and bold, not told by colour alone. */
  .controls .picker[aria-disabled='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
    font-weight: 700;
    cursor: default;
  }

  .slides {
    display: grid;
    touch-action: pan-y;
    /* The entering quote starts a little to the side: never a scrollbar for that. */
    overflow-x: clip;
  }
  .slide {
    grid-area: 1 / 1;
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .slide[inert] {
    visibility: hidden;
  }
  /* The quote shown enters from the side the reader moved towards (mirrored right to left). */
  @media (prefers-reduced-motion: no-preference) {
    .slides[data-direction] .slide:not([inert]) {
      animation: enter var(--_duration) ease-out;
    }
  }
  .slides[data-direction='forward'] {
    --_enter-from: calc(var(--_flip, 1) * 1.5em);
  }
  .slides[data-direction='backward'] {
    --_enter-from: calc(var(--_flip, 1) * -1.5em);
  }
  :host(:dir(rtl)) {
    --_flip: -1;
  }
  :host(:dir(rtl)) .previous svg,
  :host(:dir(rtl)) .next svg {
    transform: scaleX(-1);
  }
  @keyframes enter {
    from {
      opacity: 0;
      transform: translateX(var(--_enter-from, 0));
    }
  }

  /*
   * Forced colours drop the fill of the current quote's picker: it takes the system's highlight
   * and a thicker border, so it does not stand out by colour (or weight) alone. Its colours are
   * its own (forced-color-adjust: none), or the browser would draw the text's Canvas backplate
   * over the highlight and hide the number.
   */
  @media (forced-colors: active) {
    .controls .picker[aria-disabled='true'] {
      forced-color-adjust: none;
      border: 3px solid ButtonText;
      background: Highlight;
      color: HighlightText;
    }
    .controls button:focus-visible {
      outline-color: Highlight;
    }
  }

  figure {
    flex: 1;
    margin: 0;
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  blockquote {
    margin: 0;
    font-family: var(--belarus-quotes-font-family, var(--_font-headline));
    font-size: var(--belarus-quotes-text-size, 1.25em);
    line-height: 1.35;
  }
  blockquote p {
    margin: 0;
    white-space: pre-line;
  }
  figcaption {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-top: 0.75em;
    color: var(--_muted);
  }
  cite {
    font-style: normal;
    font-weight: 700;
    color: var(--_text);
  }
  .context {
    font-size: 0.9em;
    font-style: italic;
  }
  /* A quote's own source link, not the footer's source line (shared furniture, a <p>). */
  a.source {
    align-self: start;
    padding-block: 0.25em;
  }

  @media print {
    .controls {
      display: none;
    }
    .slides {
      display: block;
    }
    .slide,
    .slide[inert] {
      visibility: visible;
      animation: none;
    }
    .slide + .slide {
      margin-top: 0.75em;
    }
    figure {
      break-inside: avoid;
      background: none;
    }
  }
`;
