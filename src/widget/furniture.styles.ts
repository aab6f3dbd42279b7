import { css } from 'lit';

/** Headline, dek, notes, source line, byline, the state messages, the reserved room and the debug view shared by all widgets. */
export const furnitureStyles = css`
  .headline {
    margin: 0 0 0.25em;
    font-family: var(--_font-headline);
    font-size: var(--belarus-headline-size, 1.25em);
    font-weight: 700;
    line-height: 1.2;
  }
  .dek {
    margin: 0 0 0.75em;
    color: var(--_muted);
  }
  .footer {
    margin-top: 0.75em;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .footer p {
    margin: 0.2em 0;
  }
  .status {
    display: grid;
    place-items: center;
    min-height: var(--belarus-min-height, 8em);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  /* The room the reserve attribute keeps (a min-height on the wrapper): a message in place of the content fills it. */
  [part~='base'].reserved {
    display: flex;
    flex-direction: column;
  }
  .reserved > .status {
    flex: 1 0 auto;
  }
  .reserve-width {
    height: 0;
  }
  .left-out {
    margin: 0.5em 0 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  /* The producer's view: set apart from the content by a dashed frame, never printed. */
  .debug {
    margin-top: 0.75em;
    padding: 0.6em 0.75em;
    border: 2px dashed var(--_error);
    border-radius: var(--_radius);
    background: var(--_warning-surface);
    font-size: 0.9em;
  }
  .debug p {
    margin: 0 0 0.4em;
  }
  .debug-title,
  .debug-heading,
  .debug-label {
    font-weight: 700;
  }
  .debug-note {
    color: var(--_muted);
  }
  .debug-address {
    overflow-wrap: anywhere;
    font-family: ui-monospace, monospace;
  }
  .debug-problems {
    margin: 0 0 0.6em;
    padding-inline-start: 1.25em;
  }
  .debug-problems li + li {
    margin-top: 0.3em;
  }
  .debug-fix {
    display: block;
  }
  @media print {
    .debug {
      display: none;
    }
    /* Paper does not wait for data: no room is kept empty. */
    [part~='base'] {
      min-height: 0 !important;
    }
  }
`;
