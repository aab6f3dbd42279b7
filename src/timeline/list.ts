/**
 * The text side of the timeline: the legend, the ordered list of events (the accessible
 * equivalent of the picture, and the main visual in the narrow layout) and the details panel of
 * the selected event. Everything from data is bound as text; links only from allow-listed URLs.
 * The list speaks the interface language (dates, known categories, "Source"); titles,
 * descriptions and categories the interface does not know are tagged with the data's.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderHeading, type HeadingLevel } from '../widget/heading.js';
import { markerIcon } from './markers.js';
import {
  categoryName,
  categoryOf,
  categoryTranslated,
  datePieces,
  dateText,
  paintClass,
  type Category,
  type TimelineItem,
  type TimelineModel,
} from './model.js';
import type { TimelineStrings } from './strings.js';

export interface ListContext {
  model: TimelineModel;
  strings: TimelineStrings;
  lang: string;
  /** Language of the data's text when it differs from the UI's, for `lang` attributes. */
  dataLang: string | undefined;
  /** Level of each event's title, one below the headline's. */
  entryLevel: HeadingLevel;
  /** Chronological index of the selected event, -1 for none. */
  selected: number;
  /** The entry that holds the list's single tab stop. */
  tabStop: number;
}

/** A category's name is the interface's for the categories it translates, else the data's own word. */
function categoryLang(category: Category, context: ListContext): string | undefined {
  return categoryTranslated(category, context.strings) ? undefined : context.dataLang;
}

/** `role="list"`: lists styled without markers lose their list semantics in Safari's VoiceOver. */
export function renderLegend(model: TimelineModel, context: ListContext): TemplateResult | typeof nothing {
  const { strings } = context;
  if (!model.categories.length) return nothing;
  return html`<ul class="legend" part="legend" role="list" aria-label=${strings.legend}>
    ${model.categories.map(
      (category) =>
        html`<li>${markerIcon(category.shape, paintClass(category))}<span lang=${ifDefined(categoryLang(category, context))}
            >${categoryName(category, strings)}</span
          ></li>`,
    )}
  </ul>`;
}

function renderDates(item: TimelineItem, context: ListContext): unknown[] {
  return datePieces(item.event, context.lang, context.strings).map((piece) =>
    typeof piece === 'string' ? html`<span class="when-text">${piece}</span>` : html`<time class="when" datetime=${piece.datetime}>${piece.text}</time>`,
  );
}

/** One event of the list. Its title is the selection button; the rest is plain text and a link. */
export function renderEntry(item: TimelineItem, context: ListContext): TemplateResult {
  const { model, strings } = context;
  const { event, index } = item;
  const category = categoryOf(model, item);
  const selected = index === context.selected;
  return html`<li
    class="entry ${paintClass(category)} ${selected ? 'selected' : ''} ${item.open ? 'open' : ''}"
    part="entry${selected ? ' selected-entry' : ''}"
    data-index=${index}
  >
    <span class="entry-marker">${markerIcon(category.shape, paintClass(category))}</span>
    ${renderDates(item, context)}
    ${renderHeading(
      context.entryLevel,
      { class: 'entry-title', lang: context.dataLang },
      html`<button
        type="button"
        class="select"
        data-index=${index}
        tabindex=${index === context.tabStop ? 0 : -1}
        aria-current=${selected ? 'true' : 'false'}
      >
        ${event.title}
      </button>`,
    )}
    ${
      event.category !== undefined
        ? html`<p class="category"><span class="visually-hidden">${strings.category} </span><span
            lang=${ifDefined(categoryLang(category, context))}>${categoryName(category, strings)}</span></p>`
        : nothing
    }
    ${event.description ? html`<p class="description" lang=${ifDefined(context.dataLang)}>${event.description}</p>` : nothing}
    ${
      event.sourceUrl
        ? html`<p class="source event-source">
          <a href=${event.sourceUrl} rel="noopener"
            >${strings.source}<span class="visually-hidden" lang=${ifDefined(context.dataLang)}>: ${event.title}</span></a
          >
        </p>`
        : nothing
    }
  </li>`;
}

/**
 * The details of the selected event beside the picture, for sighted readers who pick events
 * there. It repeats what the focused list entry already says, so it is hidden from assistive
 * technology together with the picture (no live region reading every event twice), and it
 * holds nothing focusable: the entry keeps the source link.
 */
export function renderDetail(item: TimelineItem | undefined, context: ListContext): TemplateResult {
  if (!item) return html`<div class="detail empty" part="detail" aria-hidden="true">${context.strings.selectHint}</div>`;
  const { model, strings, lang } = context;
  const category = categoryOf(model, item);
  return html`<div class="detail ${paintClass(category)}" part="detail" aria-hidden="true">
    <p class="detail-meta">
      ${markerIcon(category.shape, paintClass(category))}
      <span>${dateText(item.event, lang, strings)}</span>
      ${
        item.event.category !== undefined
          ? html`<span class="category">· <span lang=${ifDefined(categoryLang(category, context))}>${categoryName(category, strings)}</span></span>`
          : nothing
      }
    </p>
    <p class="detail-title" lang=${ifDefined(context.dataLang)}>${item.event.title}</p>
    ${item.event.description ? html`<p class="description" lang=${ifDefined(context.dataLang)}>${item.event.description}</p>` : nothing}
  </div>`;
}

/** Which part of a long list is shown: "Events 101–200 of 5,000" (announced when it changes). */
export function renderPageStatus(first: number, last: number, total: number, strings: TimelineStrings): TemplateResult {
  return html`<p class="showing" part="pager" role="status">${strings.showing(first + 1, last, total)}</p>`;
}

/** "Show earlier events" before the list, "Show later events" after it. */
export function renderPageButton(direction: -1 | 1, strings: TimelineStrings, onPage: (direction: -1 | 1) => void): TemplateResult {
  return html`<button type="button" class="page ${direction < 0 ? 'earlier' : 'later'}" part="page-button" @click=${() => onPage(direction)}>
    ${direction < 0 ? strings.earlier : strings.later}
  </button>`;
}
