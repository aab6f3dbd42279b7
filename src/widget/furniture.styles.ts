import { css } from 'lit';

/** Headline, dek, notes, source line, byline and the state messages shared by all widgets. */
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
  .error {
    padding: var(--_space);
    border: 1px solid var(--_error);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
  }
  .error p {
    margin: 0 0 0.5em;
    font-weight: 700;
    color: var(--_error);
  }
  .error ul,
  .skipped ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .skipped {
    margin-top: 0.75em;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_warning-surface);
    font-size: 0.85em;
  }
  .skipped summary {
    cursor: pointer;
    min-height: 24px;
  }
  @media print {
    .skipped {
      display: none;
    }
  }
`;
