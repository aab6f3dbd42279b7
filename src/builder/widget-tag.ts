/**
 * A widget's tag with its data and options, from a fixed list of three templates (Lit cannot
 * bind a tag name, and a tag built from text is never wanted here).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetName } from '../embed/widgets.js';

export interface WidgetTagOptions {
  data: unknown;
  lang?: string;
  theme?: string;
  headingLevel?: number;
  id?: string;
}

export function renderWidgetTag(name: WidgetName, o: WidgetTagOptions): TemplateResult {
  const level = o.headingLevel ?? nothing;
  switch (name) {
    case 'indicators':
      return html`<belarus-indicators id=${o.id ?? nothing} lang=${o.lang ?? nothing} theme=${o.theme ?? nothing} heading-level=${level} .data=${o.data}></belarus-indicators>`;
    case 'timeline':
      return html`<belarus-timeline id=${o.id ?? nothing} lang=${o.lang ?? nothing} theme=${o.theme ?? nothing} heading-level=${level} .data=${o.data}></belarus-timeline>`;
    case 'quotes':
      return html`<belarus-quotes id=${o.id ?? nothing} lang=${o.lang ?? nothing} theme=${o.theme ?? nothing} heading-level=${level} .data=${o.data}></belarus-quotes>`;
  }
}
