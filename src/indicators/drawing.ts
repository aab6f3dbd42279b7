/**
 * The drawings inside the Status cells, as Lit templates over the choice in `encoding.ts` and
 * the geometry in `layout.ts`. Each SVG is an image named by its text equivalent (the number
 * with its unit, and the scale it is drawn on), and nothing in it is told by colour alone: a bar
 * is a length on an outlined scale with ticks and end labels (and a zero line when the scale
 * runs below zero), units are countable marks grouped in fives. The text equivalents are in
 * the interface language, which the drawing carries when the cell around it is in the data's.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Indicator } from '../data/types.js';
import type { Drawing, Scale } from './encoding.js';
import { BAR, barLayout, unitsLayout, UNITS } from './layout.js';
import { formatQuantity, isSignUnit } from './quantity.js';
import type { IndicatorStrings } from './strings.js';

/** The text equivalent of a row's drawing: the number and its unit, and the scale it is drawn on. */
export function drawingLabel(row: Indicator, drawing: Drawing, strings: IndicatorStrings, lang: string): string {
  const words = isSignUnit(row.unit) ? undefined : row.unit;
  if (drawing.kind === 'units') return strings.units(formatQuantity(drawing.value, row.unit, lang), words);
  const { domain, own } = drawing.scale;
  const number = (value: number) => formatQuantity(value, row.unit, lang);
  return own
    ? strings.bar(number(drawing.value), number(domain[1]), words)
    : strings.scaled(number(drawing.value), number(domain[0]), number(domain[1]), words);
}

function renderBar(row: Indicator, value: number, scale: Scale, label: string, lang: string, uiLang?: string): TemplateResult | typeof nothing {
  const bar = barLayout(value, scale.domain);
  if (!bar) return nothing;
  const { width, height } = BAR;
  const end = (n: number) => formatQuantity(n, row.unit, lang, { compact: true });
  return html`<div class="bar" part="bar" lang=${ifDefined(uiLang)}>
    <svg role="img" aria-label=${label} viewBox="0 0 ${width} ${height + 4}" preserveAspectRatio="none">
      <rect class="track" x="0.5" y="0.5" width=${width - 1} height=${height - 1}></rect>
      <rect class="fill" x=${bar.x} width=${bar.width} height=${height}></rect>
      ${bar.ticks.map((x) => svg`<line class="tick" x1=${x} x2=${x} y1=${height} y2=${height + 4}></line>`)}
      ${bar.zero > 0 ? svg`<line class="zero" x1=${bar.zero} x2=${bar.zero} y1="-2" y2=${height + 4}></line>` : nothing}
    </svg>
    <div class="scale" aria-hidden="true"><span>${end(scale.domain[0])}</span><span>${end(scale.domain[1])}</span></div>
  </div>`;
}

function renderUnits(value: number, label: string, uiLang?: string): TemplateResult | typeof nothing {
  const units = unitsLayout(value);
  if (!units) return nothing;
  const { size } = UNITS;
  const path = units.marks.map((m) => `M${m.x} ${m.y}h${size}v${size}h${-size}z`).join('');
  return html`<div class="units" part="units" lang=${ifDefined(uiLang)}>
    <svg role="img" aria-label=${label} width=${units.width} height=${units.height} viewBox="0 0 ${units.width} ${units.height}">
      <path class="mark" d=${path}></path>
    </svg>
  </div>`;
}

/**
 * The row's bar or units, or nothing for a row without a drawable number (and for a count of
 * zero, which has no marks). `lang` is the locale numbers are formatted for; `uiLang` the `lang`
 * tag the drawing needs, if any.
 */
export function renderDrawing(
  row: Indicator,
  drawing: Drawing | undefined,
  strings: IndicatorStrings,
  lang: string,
  uiLang?: string,
): TemplateResult | typeof nothing {
  if (!drawing) return nothing;
  const label = drawingLabel(row, drawing, strings, lang);
  return drawing.kind === 'bar' ? renderBar(row, drawing.value, drawing.scale, label, lang, uiLang) : renderUnits(drawing.value, label, uiLang);
}
