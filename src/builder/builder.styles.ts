import { css } from 'lit';

/**
 * The builder's own look: two columns (controls, then preview, problems and rows) from 960 px,
 * one below; light and dark by the reader's system (`color-scheme: light dark` on the page);
 * visible focus, 24 px targets, nothing that moves for readers who ask for less motion.
 */
export const builderStyles = css`
  :host {
    --text: light-dark(#1a1a1a, #ececec);
    --muted: light-dark(#555, #b4b4b4);
    --background: light-dark(#fafaf8, #121212);
    --surface: light-dark(#fff, #1d1d1d);
    --border: light-dark(#c9c9c4, #4a4a4a);
    --accent: light-dark(#0b57a4, #8ab4f8);
    --accent-text: light-dark(#fff, #0c0c0c);
    --warning: light-dark(#8a4b00, #ffcc80);
    --error: light-dark(#a50e0e, #ffb4ab);
    --selected: light-dark(#fff4c2, #4a3f10);
    display: block;
    color: var(--text);
    background: var(--background);
    font: 1rem/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .masthead {
    padding: 1rem 1.25rem 0.5rem;
  }
  h1 {
    margin: 0;
    font-size: 1.6rem;
  }
  h2 {
    margin: 0 0 0.75rem;
    font-size: 1.15rem;
  }
  .masthead p {
    margin: 0.25rem 0 0;
    color: var(--muted);
  }
  .status-bar {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
    padding: 0.5rem 1.25rem;
    background: var(--surface);
    border-block: 1px solid var(--border);
  }
  .status-bar p {
    margin: 0;
  }
  .layout {
    display: grid;
    gap: 1rem;
    padding: 1rem 1.25rem 2rem;
  }
  @media (min-width: 960px) {
    .layout {
      grid-template-columns: minmax(340px, 420px) minmax(0, 1fr);
      align-items: start;
    }
  }
  .controls,
  .results {
    display: grid;
    gap: 1rem;
    min-width: 0;
  }
  .panel {
    min-width: 0;
    padding: 1rem;
    background: var(--surface);
    border: 1px solid var(--border);
    border-radius: 0.5rem;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
  }
  label.choice {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 24px;
    margin-inline-end: 1rem;
    font-weight: 400;
  }
  fieldset {
    min-width: 0;
    margin: 0.75rem 0;
    padding: 0.5rem 0.75rem 0.75rem;
    border: 1px solid var(--border);
    border-radius: 0.375rem;
  }
  fieldset.compact {
    margin: 0;
    padding: 0;
    border: 0;
  }
  input[type='text'],
  input[type='url'],
  input[type='file'],
  select,
  textarea {
    display: block;
    width: 100%;
    min-height: 2.25rem;
    margin: 0.25rem 0 0;
    padding: 0.35rem 0.5rem;
    color: inherit;
    background: var(--background);
    border: 1px solid var(--muted);
    border-radius: 0.25rem;
    font: inherit;
  }
  textarea {
    resize: vertical;
  }
  textarea.code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.85rem;
    white-space: pre-wrap;
    word-break: break-all;
  }
  /*
   * Code with a large dataset inline is long (a 2,000-row sheet makes 200 KB): laying it out on
   * every keystroke in the form made typing lag, so such code is laid out only when on screen.
   */
  .code-box.long {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 12rem;
  }
  input[type='color'] {
    width: 2.75rem;
    height: 2.25rem;
    padding: 0.15rem;
    border: 1px solid var(--muted);
    border-radius: 0.25rem;
    background: var(--background);
  }
  .field {
    margin: 0.75rem 0 0;
  }
  .field:first-of-type {
    margin-top: 0;
  }
  .hint {
    margin: 0.25rem 0 0.75rem;
    color: var(--muted);
    font-size: 0.9rem;
  }
  .warning {
    color: var(--warning);
  }
  button {
    min-height: 2.25rem;
    padding: 0.35rem 0.9rem;
    color: var(--accent-text);
    background: var(--accent);
    border: 1px solid var(--accent);
    border-radius: 0.25rem;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button.secondary {
    color: var(--accent);
    background: transparent;
  }
  button.small {
    min-height: 24px;
    padding: 0.1rem 0.5rem;
    font-size: 0.9rem;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :focus-visible {
    outline: 3px solid var(--accent);
    outline-offset: 2px;
  }
  h2 .disclosure {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    width: 100%;
    padding: 0.25rem 0;
    color: inherit;
    background: none;
    border: 0;
    font-size: inherit;
    text-align: start;
  }
  h2 .disclosure::before {
    content: '';
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  h2 .disclosure[aria-expanded='true']::before {
    transform: rotate(45deg);
  }
  [hidden] {
    display: none !important;
  }
  /* What is scrolled to (a problem's row, a section) clears the sticky status bar. */
  h2,
  tr {
    scroll-margin-block: 5rem 1rem;
  }
  .inline {
    display: flex;
    gap: 0.5rem;
    align-items: end;
  }
  .inline input {
    flex: 1;
  }
  .drop {
    margin: 0 0 1rem;
    padding: 0.75rem;
    border: 2px dashed var(--border);
    border-radius: 0.375rem;
  }
  .drop.dragging {
    border-color: var(--accent);
    background: var(--background);
  }
  .url {
    margin: 1rem 0 0;
  }
  .grid-2 {
    display: grid;
    gap: 0 1rem;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    margin-top: 0.75rem;
  }
  .grid-2 .field {
    margin-top: 0;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .categories {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .category {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: center;
    margin: 0.5rem 0 0;
  }
  .category-id {
    flex: 0 0 100%;
  }
  .category input[type='text'] {
    flex: 1 1 8rem;
    width: auto;
    margin: 0;
  }
  .category .own-colour {
    margin: 0;
  }
  .category-id {
    overflow-wrap: anywhere;
    font-family: ui-monospace, Menlo, Consolas, monospace;
    font-size: 0.9rem;
  }
  .preview-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    margin: 0 0 0.75rem;
  }
  .stage {
    overflow-x: auto;
    padding: 1rem;
    border-radius: 0.375rem;
    border: 1px solid var(--border);
  }
  .stage.light {
    color-scheme: light;
    background: #fff;
  }
  .stage.dark {
    color-scheme: dark;
    background: #161616;
  }
  .frame {
    margin: 0 auto;
  }
  /* Copies of the widget at each width, laid out in the page's type but never seen, to measure the room it needs. */
  .measure {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    width: 0;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    pointer-events: none;
  }
  .frame.phone {
    width: 360px;
  }
  .frame.desktop {
    width: 720px;
  }
  .placeholder {
    margin: 0;
    padding: 2rem 1rem;
    color: var(--muted);
    text-align: center;
    border: 2px dashed var(--border);
    border-radius: 0.375rem;
  }
  .problems {
    margin: 0;
    padding: 0;
    list-style: none;
    max-height: 28rem;
    overflow-y: auto;
  }
  .problem {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--error);
    background: var(--background);
    margin: 0 0 0.5rem;
  }
  .problem.warning {
    color: inherit;
    border-inline-start-color: var(--warning);
  }
  .problem p {
    margin: 0 0 0.25rem;
  }
  .severity {
    font-weight: 700;
  }
  .problem.error .severity {
    color: var(--error);
  }
  .problem.warning .severity {
    color: var(--warning);
  }
  .value {
    font-family: ui-monospace, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  /*
   * A sheet of thousands of rows must not be laid out again on every keystroke elsewhere: the
   * box's width never depends on the table, and a long table off screen is not rendered at all.
   */
  .table-scroll {
    overflow: auto;
    max-height: 32rem;
    contain: inline-size layout paint;
  }
  .table-scroll.long {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 32rem;
  }
  table.rows {
    border-collapse: collapse;
    font-size: 0.9rem;
  }
  .rows th,
  .rows td {
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--border);
    max-width: 24rem;
    overflow-wrap: break-word;
  }
  .rows td {
    min-width: 7rem;
  }
  .rows thead th {
    white-space: nowrap;
    position: sticky;
    top: 0;
    background: var(--surface);
  }
  .rows tbody th {
    white-space: nowrap;
  }
  .rows tr.left-out td {
    color: var(--muted);
    text-decoration: line-through;
  }
  .rows .badge {
    color: var(--error);
    font-weight: 400;
  }
  .rows tr.selected {
    background: var(--selected);
    outline: 2px solid var(--accent);
    outline-offset: -2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* On a phone, the phone preview keeps its 360 px: the boxes around it give up their room. */
  @media (max-width: 479.98px) {
    .masthead,
    .status-bar {
      padding-inline: 0.75rem;
    }
    .layout {
      padding-inline: 0.25rem;
    }
    .panel {
      padding-inline: 0.5rem;
    }
    .stage {
      padding-inline: 0;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    :host {
      scroll-behavior: smooth;
    }
  }
  @media (forced-colors: active) {
    .rows tr.selected {
      outline-color: Highlight;
    }
  }
`;
