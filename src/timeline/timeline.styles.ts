import { css, unsafeCSS } from 'lit';
import { BLOCK_GAP_EM, DETAIL_MIN_HEIGHT_EM, OVERVIEW_GAP_EM } from './geometry.js';

const em = (value: number) => unsafeCSS(`${value}em`);

/**
 * The timeline's styles. Category colours are tokens with light and dark values (each at least
 * 4.5:1 against the background, so markers pass the 3:1 non-text contrast with room to spare);
 * classes `c1`…`c8` pick one, `c0` is "no category" (a hollow marker). A category's own colour
 * from the data comes as a `k<n>` class from a constructed stylesheet (see `own-colours.ts`).
 */
export const timelineStyles = css`
  :host {
    --_c1: var(--belarus-timeline-category-1, light-dark(#1f5fa8, #8ab4f8));
    --_c2: var(--belarus-timeline-category-2, light-dark(#b3261e, #ff8a80));
    --_c3: var(--belarus-timeline-category-3, light-dark(#2e7d32, #81c995));
    --_c4: var(--belarus-timeline-category-4, light-dark(#7b3fb0, #c58af9));
    --_c5: var(--belarus-timeline-category-5, light-dark(#a85200, #fcad70));
    --_c6: var(--belarus-timeline-category-6, light-dark(#00796b, #4ecdc4));
    --_c7: var(--belarus-timeline-category-7, light-dark(#b0306f, #f48fb1));
    --_c8: var(--belarus-timeline-category-8, light-dark(#5d6b00, #c6d56b));
  }
  .c0 { --_cat: var(--_muted); }
  .c1 { --_cat: var(--_c1); }
  .c2 { --_cat: var(--_c2); }
  .c3 { --_cat: var(--_c3); }
  .c4 { --_cat: var(--_c4); }
  .c5 { --_cat: var(--_c5); }
  .c6 { --_cat: var(--_c6); }
  .c7 { --_cat: var(--_c7); }
  .c8 { --_cat: var(--_c8); }

  .sizer {
    height: 0;
  }
  .probe {
    position: absolute;
    overflow: hidden;
    visibility: hidden;
  }
  .timeline {
    display: grid;
    gap: ${em(BLOCK_GAP_EM)};
  }
  .marker-icon {
    flex: none;
    overflow: visible;
    vertical-align: middle;
  }
  .marker-shape {
    fill: var(--_cat);
    stroke: var(--_background);
    stroke-width: 1.5;
    /* Mitred corners of stars and triangles would poke out of the icon's box (Firefox counts them). */
    stroke-linejoin: round;
  }
  .marker-shape.c0 {
    fill: var(--_background);
    stroke: var(--_muted);
    stroke-width: 2;
  }

  /* Legend */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.1em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }

  /* Picture (horizontal layout) */
  .overview {
    display: grid;
    gap: ${em(OVERVIEW_GAP_EM)};
    scroll-margin-top: 1em;
  }
  /*
   * Time runs left to right on every page, as it does in Arabic and Hebrew news graphics: the
   * picture is laid out left to right even on a right-to-left page (its labels are anchored for
   * that), while the legend, the details and the list follow the page's direction.
   */
  .picture {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    direction: ltr;
    font-family: inherit;
    user-select: none;
  }
  .picture text {
    fill: var(--_text);
  }
  .grid line {
    stroke: var(--_border);
    stroke-dasharray: 2 4;
  }
  .axis line {
    stroke: var(--_muted);
  }
  .axis text {
    fill: var(--_muted);
  }
  .mark {
    cursor: pointer;
  }
  .mark .hit {
    fill: transparent;
  }
  .mark .bar,
  .mark .arrow {
    fill: var(--_cat);
  }
  .mark .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2;
  }
  .mark.selected .label {
    font-weight: 700;
  }
  .mark:hover .label {
    text-decoration: underline;
  }
  /* Count badges: buttons over the picture's badge row, placed by the layout (see place.ts). */
  .stage {
    position: relative;
  }
  .badge {
    position: absolute;
    display: grid;
    place-items: center;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_muted);
    border-radius: 999px;
    background: var(--_surface);
    font-size: 0.8125em;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .badge:hover {
    border-color: var(--_text);
    text-decoration: underline;
  }
  .badge.selected {
    border: 2.5px solid var(--_focus);
  }

  /* The period shown, and the way back to the whole timeline */
  .period {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 1em;
  }
  .period-status {
    margin: 0;
    font-weight: 700;
  }
  .show-all {
    padding: 0.3em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .detail {
    min-height: ${em(DETAIL_MIN_HEIGHT_EM)};
    padding: 0.6em 0.8em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_cat);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .detail.empty {
    display: grid;
    place-items: center;
    border-style: dashed;
    border-inline-start: 1px dashed var(--_border);
    color: var(--_muted);
  }
  .detail p {
    margin: 0 0 0.25em;
  }
  .detail-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .detail-title {
    font-weight: 700;
  }

  /* The list: the accessible equivalent, styled as a vertical timeline */
  .events {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /*
   * The list hangs from the inline-start side (the left, or the right on a right-to-left page).
   * The selected entry's bar on that side is a border, which follows the direction and survives
   * forced colours; what is positioned inside moves back by its width, so the line stays straight.
   */
  .entry {
    --_bar: 0px;
    position: relative;
    padding-block: 0.35em 0.9em;
    padding-inline: calc(2.25em - var(--_bar)) 0.5em;
    border-inline-start: var(--_bar) solid var(--_focus);
    border-radius: var(--_radius);
    transition: background-color var(--_duration);
  }
  .entry::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(1.1em - 1px - var(--_bar));
    border-inline-start: 2px solid var(--_border);
  }
  .entry:first-child::before {
    inset-block-start: 0.9em;
  }
  .entry:last-child::before {
    inset-block-end: auto;
    block-size: 0.9em;
  }
  .entry.open::before {
    inset-block-end: 0.5em;
    border-inline-start: 3px dashed var(--_cat);
  }
  .entry.open::after {
    content: '';
    position: absolute;
    inset-block-end: 0;
    inset-inline-start: calc(1.1em - 6px - var(--_bar));
    border: 6px solid transparent;
    border-block-start: 8px solid var(--_cat);
    border-block-end-width: 0;
  }
  .entry-marker {
    position: absolute;
    inset-block-start: 0.4em;
    inset-inline-start: calc(1.1em - 9px - var(--_bar));
    display: flex;
    border-radius: 50%;
    background: var(--_background);
  }
  .entry.selected {
    --_bar: 4px;
    background: var(--_surface);
  }
  .entry.selected .entry-marker {
    background: var(--_surface);
  }
  .when,
  .when-text {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  .entry-title {
    margin: 0.05em 0 0.1em;
    font-size: 1em;
    line-height: 1.3;
  }
  .select {
    display: inline;
    min-height: 24px;
    margin: 0;
    padding: 0.1em 0;
    border: 0;
    border-radius: 2px;
    background: none;
    font-weight: 700;
  }
  .select:hover {
    text-decoration: underline;
  }
  .category {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .entry .description {
    margin: 0.2em 0 0;
  }
  /* An event's own source link (the footer's source line is shared furniture). */
  .event-source {
    margin: 0.1em 0 0;
    font-size: 0.875em;
  }
  .event-source a {
    display: inline-block;
    min-height: 24px;
    line-height: 24px;
  }

  /* Long lists */
  .showing {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .page {
    justify-self: start;
    padding: 0.3em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /*
   * Forced colours leave SVG alone: the picture and the markers take the reader's text and
   * background colours (categories still differ by shape), the selection its highlight and a
   * ring, and the list's selected entry keeps its bar.
   */
  @media (forced-colors: active) {
    .picture text,
    .axis text {
      fill: CanvasText;
    }
    .grid line {
      stroke: GrayText;
    }
    .axis line {
      stroke: CanvasText;
    }
    .marker-shape {
      fill: CanvasText;
      stroke: Canvas;
    }
    .marker-shape.c0 {
      fill: Canvas;
      stroke: CanvasText;
    }
    .mark .bar,
    .mark .arrow {
      fill: CanvasText;
    }
    .mark.selected .marker-shape {
      fill: Highlight;
    }
    .mark .ring {
      stroke: Highlight;
      stroke-width: 3;
    }
    .badge.selected {
      border-color: Highlight;
      border-width: 3px;
    }
    .entry.selected {
      border-inline-start-color: Highlight;
    }
    /* The arrow of an open span is drawn with transparent borders, which would be forced opaque. */
    .entry.open::after {
      forced-color-adjust: none;
      border-color: transparent;
      border-block-start-color: CanvasText;
    }
  }

  @media print {
    /* Event titles are content, not controls: keep them while the base hides buttons. */
    .entry-title .select {
      display: inline !important;
    }
    .detail,
    .showing {
      display: none !important;
    }
    .entry {
      break-inside: avoid;
    }
  }
`;
