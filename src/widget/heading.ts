/**
 * Headings at the level the page chooses with `heading-level`, so that a widget fits the outline
 * of the article around it (an `<h3>` inside an `<h2>` section; `<h2>` by default), and the
 * headings inside a widget sit one level below its headline. Six plain templates rather than a
 * tag name bound as a static value: the bundle's template minifier cannot parse a bound tag name.
 */
import { html, nothing, type TemplateResult } from 'lit';

export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/** The level a `heading-level` value asks for; `undefined` unless it is a whole number from 1 to 6. */
export function toHeadingLevel(value: unknown): HeadingLevel | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return (HEADING_LEVELS as readonly unknown[]).includes(number) ? (number as HeadingLevel) : undefined;
}

/** The level of headings under a headline at `level`; under an `<h6>` they stay at 6, there is no `<h7>`. */
export function subheadingLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

export interface HeadingAttributes {
  class: string;
  part?: string;
  id?: string;
  lang?: string;
}

/** `<h1>`…`<h6>` with the given attributes (each left out when undefined) around `content`. */
export function renderHeading(level: HeadingLevel, attributes: HeadingAttributes, content: unknown): TemplateResult {
  const { class: name } = attributes;
  const part = attributes.part ?? nothing;
  const id = attributes.id ?? nothing;
  const lang = attributes.lang ?? nothing;
  switch (level) {
    case 1:
      return html`<h1 class=${name} part=${part} id=${id} lang=${lang}>${content}</h1>`;
    case 2:
      return html`<h2 class=${name} part=${part} id=${id} lang=${lang}>${content}</h2>`;
    case 3:
      return html`<h3 class=${name} part=${part} id=${id} lang=${lang}>${content}</h3>`;
    case 4:
      return html`<h4 class=${name} part=${part} id=${id} lang=${lang}>${content}</h4>`;
    case 5:
      return html`<h5 class=${name} part=${part} id=${id} lang=${lang}>${content}</h5>`;
    case 6:
      return html`<h6 class=${name} part=${part} id=${id} lang=${lang}>${content}</h6>`;
  }
}
