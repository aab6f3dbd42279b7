/**
 * The drawings inside the Status cells, as Lit templates over the geometry from `layout.ts`.
 * Each SVG is an image named by its text equivalent (the same facts in words), and nothing in it
 * is told by colour alone: a bar is a length on an outlined scale with ticks and end labels,
 * units are countable marks grouped in fives. The text equivalents and the key are in the
 * interface language, which the drawing carries when the cell around it is in the data's.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Indicator } from '../data/types.js';
import { formatNumber } from '../format/number.js';
import { BAR, barLayout, unitsLayout, UNITS } from './layout.js';
import type { IndicatorStrings } from './strings.js';

/** The text equivalent of a row's drawing, or `undefined` when the row has nothing to draw. */
export function drawingLabel(row: Indicator, strings: IndicatorStrings, lang: string): string | undefined {
  if (row.value === undefined) return undefined;
  const value = formatNumber(row.value, lang);
  if (row.max !== undefined) {
    return barLayout(row.value, row.max) ? strings.bar(value, formatNumber(row.max, lang), row.unit) : undefined;
  }
  const units = unitsLayout(row.value);
  if (!units) return undefined;
  return strings.units(value, row.unit, units.perMark > 1 ? formatNumber(units.perMark, lang) : undefined);
}

function renderBar(value: number, max: number, label: string, lang: string, uiLang?: string): TemplateResult | typeof nothing {
  const bar = barLayout(value, max);
  if (!bar) return nothing;
  const { width, height } = BAR;
  return html`<div class="bar" part="bar" lang=${ifDefined(uiLang)}>
    <svg role="img" aria-label=${label} viewBox="0 0 ${width} ${height + 4}" preserveAspectRatio="none">
      <rect class="track" x="0.5" y="0.5" width=${width - 1} height=${height - 1}></rect>
      <rect class="fill" width=${bar.fill} height=${height}></rect>
      ${bar.ticks.map((x) => svg`<line class="tick" x1=${x} x2=${x} y1=${height} y2=${height + 4}></line>`)}
    </svg>
    <div class="scale" aria-hidden="true"><span>0</span><span>${formatNumber(max, lang)}</span></div>
  </div>`;
}

function renderUnits(value: number, unit: string | undefined, label: string, strings: IndicatorStrings, lang: string, uiLang?: string) {
  const units = unitsLayout(value);
  if (!units) return nothing;
  const path = units.marks.map((m) => `M${m.x} ${m.y}h${m.width}v${UNITS.size}h${-m.width}z`).join('');
  const partial = units.marks.find((m) => m.width < UNITS.size);
  return html`<div class="units" part="units" lang=${ifDefined(uiLang)}>
    <svg role="img" aria-label=${label} width=${units.width} height=${units.height} viewBox="0 0 ${units.width} ${units.height}">
      <path class="mark" d=${path}></path>
      ${partial
        ? svg`<rect class="partial" x=${partial.x + 0.5} y=${partial.y + 0.5} width=${UNITS.size - 1} height=${UNITS.size - 1}></rect>`
        : nothing}
    </svg>
    ${units.perMark > 1
      ? html`<span class="key" aria-hidden="true">${strings.unitsKey(formatNumber(units.perMark, lang), unit)}</span>`
      : nothing}
  </div>`;
}

/**
 * The row's bar or units, or nothing for a row without a drawable number. `lang` is the locale
 * numbers are formatted for; `uiLang` the `lang` tag the drawing needs, if any.
 */
export function renderDrawing(row: Indicator, strings: IndicatorStrings, lang: string, uiLang?: string): TemplateResult | typeof nothing {
  const label = drawingLabel(row, strings, lang);
  if (label === undefined || row.value === undefined) return nothing;
  return row.max !== undefined
    ? renderBar(row.value, row.max, label, lang, uiLang)
    : renderUnits(row.value, row.unit, label, strings, lang, uiLang);
}
