/**
 * Opening a period: the count badges over the picture, which are buttons (keyboard and pointer
 * alike open a badge's period; each is at least 24 × 24 px), and the bar above the picture and
 * the list that says which period is shown and leads back to the whole timeline. The picture
 * itself stays `aria-hidden`; the badges' names say what they hold: "Show 8 events in 2021".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../format/number.js';
import type { HorizontalLayout } from './layout.js';
import { periodLabel, type Period } from './periods.js';
import { place } from './place.js';
import type { TimelineStrings } from './strings.js';

/** How a badge is found again after its period was left: `data-period="<from>-<to>"`. */
export const periodKey = (period: Pick<Period, 'from' | 'to'>): string => `${period.from}-${period.to}`;

/**
 * The badges, placed over the picture's badge row. `selected` is the chronological index of the
 * selected event (-1: none): the badge that holds it is marked.
 */
export function renderBadges(
  layout: HorizontalLayout,
  strings: TimelineStrings,
  lang: string,
  selected: number,
  onOpen: (period: Period) => void,
): TemplateResult | typeof nothing {
  if (!layout.clusters.length) return nothing;
  return html`<div class="badges">
    ${layout.clusters.map((cluster) => {
      const count = cluster.indices.length;
      const active = selected >= 0 && cluster.indices.includes(selected);
      const name = strings.openPeriod(count, periodLabel(cluster.period, lang, strings.between));
      // The name is also the tooltip: a number alone does not say that it opens anything.
      return html`<button
        type="button"
        class="badge ${active ? 'selected' : ''}"
        part="badge"
        data-period=${periodKey(cluster.period)}
        aria-label=${name}
        title=${name}
        ${place({
          left: (cluster.box.x0 / layout.width) * 100,
          top: (cluster.box.y0 / layout.height) * 100,
          width: cluster.width,
          height: cluster.height,
        })}
        @click=${() => onOpen(cluster.period)}
      >
        ${formatNumber(count, lang)}
      </button>`;
    })}
  </div>`;
}

/**
 * "Showing 2021: 8 events" and the way back. The status line is always there (hidden while
 * nothing was opened), so opening and leaving a period are announced; the button only while a
 * period is shown.
 */
export function renderPeriodBar(status: string, zoomed: boolean, strings: TimelineStrings, onShowAll: () => void): TemplateResult {
  return html`<div class="period ${zoomed ? '' : 'visually-hidden'}" part="period">
    <p class="period-status" role="status">${status}</p>
    ${
      zoomed
        ? html`<button type="button" class="show-all" part="show-all" aria-keyshortcuts="Escape" @click=${onShowAll}>
          ${strings.showAll}
        </button>`
        : nothing
    }
  </div>`;
}
