import { css } from 'lit';

/**
 * The table, its drawings and controls. Below 450px of container width (container query on the
 * host, not the viewport) each row becomes a card and the header row a bar of sort buttons; the
 * explicit ARIA roles in the markup keep the table semantics when `display` changes.
 */
export const indicatorsStyles = css`
  :host {
    --_bar: var(--belarus-indicators-bar-color, var(--_accent));
    --_track: var(--belarus-indicators-track-color, var(--_surface));
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  thead th {
    padding: 0;
    border-bottom: 2px solid var(--_text);
    vertical-align: bottom;
  }
  th button {
    display: flex;
    align-items: flex-end;
    gap: 0.4em;
    width: 100%;
    padding-block: 0.4em;
    padding-inline: 0.4em 0.75em;
    border: 0;
    background: none;
    font-weight: 700;
  }
  th button:focus-visible {
    outline-offset: -2px;
  }
  th button:hover span {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .sort-icon {
    flex: none;
    margin-bottom: 0.2em;
  }
  .sort-icon path {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.2;
    stroke-linejoin: round;
  }
  .sort-icon .on {
    fill: currentColor;
  }
  .sort-icon .off {
    visibility: hidden;
  }
  .print-label,
  .cell-label {
    display: none;
  }
  /* Compact rows, as newsroom tables are: one line of text and its drawing in about 2.6em. */
  tbody th,
  tbody td {
    padding-block: 0.35em;
    padding-inline: 0.4em 0.75em;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  tbody th {
    width: 40%;
    font-weight: 600;
  }
  /*
   * The status text, and its drawing beside it in a column of one width for every row, so bars
   * on one scale are as long as their numbers. A row without a drawing gives its text the line.
   */
  .status-line {
    --_drawing: min(16em, 50%);
    display: grid;
    grid-template-columns: minmax(0, 1fr) var(--_drawing);
    align-items: start;
    column-gap: 0.75em;
  }
  .status-text:only-child {
    grid-column: 1 / -1;
  }
  /*
   * A bar and its scale on one line: the scale's low end, the bar, its high end. A scale runs
   * from left to right on every page, as the timeline's time axis does; on a right-to-left page
   * the drawing still sits at the end of the text, on its left.
   */
  .bar {
    display: grid;
    grid-template-columns: minmax(3em, auto) minmax(0, 1fr) minmax(3em, auto);
    align-items: center;
    column-gap: 0.35em;
    min-height: 1.45em;
    direction: ltr;
  }
  .bar svg {
    display: block;
    grid-area: 1 / 2;
    width: 100%;
    height: 0.85em;
    overflow: visible;
  }
  .track {
    fill: var(--_track);
    stroke: var(--_muted);
    vector-effect: non-scaling-stroke;
  }
  .fill,
  .mark {
    fill: var(--_bar);
  }
  .tick {
    stroke: var(--_muted);
    vector-effect: non-scaling-stroke;
  }
  /* Where bars on a scale that runs below zero start: negative ones to its left. */
  .zero {
    stroke: var(--_text);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  .scale {
    display: contents;
    font-size: 0.75em;
    color: var(--_muted);
  }
  .scale span {
    grid-row: 1;
    white-space: nowrap;
  }
  .scale span:first-child {
    grid-column: 1;
    text-align: end;
  }
  .scale span:last-child {
    grid-column: 3;
    text-align: start;
  }
  /* Marks start level with the first line of text; every drawing is a whole line of marks wide. */
  .units {
    padding-top: 0.35em;
  }
  .units svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .note {
    margin: 0.2em 0 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .row-source {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
    font-size: 0.85em;
  }
  .no-matches {
    padding: 1em 0;
    color: var(--_muted);
  }
  .filter,
  .pager,
  .download {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  .filter {
    margin-bottom: 0.75em;
  }
  .filter label {
    font-weight: 600;
  }
  input,
  select {
    min-height: 24px;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
  }
  input {
    flex: 1 1 10em;
    max-width: 20em;
    padding: 0.3em 0.5em;
  }
  .matching,
  .range {
    color: var(--_muted);
  }
  .pager,
  .download {
    margin-top: 0.75em;
    font-size: 0.9em;
  }
  .download {
    color: var(--_muted);
  }
  .pager button,
  .download button {
    padding: 0.2em 0.75em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .pager button:hover,
  .download button:hover {
    border-color: var(--_text);
  }
  .pager button[aria-disabled='true'] {
    border-style: dashed;
    background: none;
    color: var(--_muted);
    cursor: default;
  }
  /* Forced colours leave SVG alone: bars and unit marks take the reader's text colour. */
  @media (forced-colors: active) {
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .fill,
    .mark {
      fill: CanvasText;
    }
    .tick,
    .zero {
      stroke: CanvasText;
    }
    .pager button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
  }
  @container (max-width: 449.98px) {
    table,
    thead,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
      margin-bottom: 0.6em;
    }
    thead th {
      border: 1px solid var(--_muted);
      border-radius: var(--_radius);
    }
    th button {
      padding: 0.2em 0.6em;
      font-size: 0.85em;
      font-weight: 600;
    }
    tbody tr {
      margin-bottom: 0.4em;
      padding: 0.4em 0.6em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    tbody th,
    tbody td {
      width: auto;
      padding: 0;
      border: 0;
    }
    tbody th {
      margin-bottom: 0.15em;
      font-size: 1.05em;
      line-height: 1.3;
    }
    .cell-label {
      display: block;
      font-size: 0.8em;
      line-height: 1.25;
      color: var(--_muted);
    }
    /* A card is narrow: the drawing goes under the text, as wide as the card allows. */
    .status-line {
      grid-template-columns: minmax(0, 1fr);
    }
    .bar,
    .units {
      max-width: 20em;
    }
    .asof-cell {
      margin-top: 0.5em;
    }
  }
  @media print {
    .filter,
    .pager,
    .download {
      display: none !important;
    }
    .print-label {
      display: inline;
      font-weight: 700;
    }
    thead th {
      padding-block: 0.4em;
      padding-inline: 0.4em 0.75em;
      border: 0;
      border-bottom: 2px solid #000;
    }
    tbody tr {
      break-inside: avoid;
    }
  }
`;
