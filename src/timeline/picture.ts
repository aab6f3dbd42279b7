/**
 * Draws the horizontal layout with Lit `svg` templates: grid, event bars and markers with their
 * labels, the axis. The picture is `aria-hidden`: the ordered list carries the same content for
 * assistive technology, and it holds the keyboard focus. Pointer users can pick events here;
 * each mark's clickable area is at least 24 px high. The count badges are buttons over the
 * picture (see `zoom.ts`), so they work from the keyboard too.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ARROW_LENGTH, TICK_LENGTH } from './geometry.js';
import type { EventMark, HorizontalLayout } from './layout.js';
import { markerShape } from './markers.js';
import { PROBE_TEXT, textWidth } from './text-width.js';
import { categoryOf, paintClass, type TimelineModel } from './model.js';

/** An arrowhead at `x`, pointing right (`1`: the span goes on) or left (`-1`: it began earlier). */
const arrow = (x: number, y: number, half: number, direction: 1 | -1) =>
  svg`<path class="arrow" d=${`M${x},${y - 2 * half}L${x + direction * ARROW_LENGTH},${y}L${x},${y + 2 * half}Z`}></path>`;

function renderMark(mark: EventMark, layout: HorizontalLayout, model: TimelineModel, selected: boolean): SVGTemplateResult {
  const category = categoryOf(model, model.items[mark.index]);
  const { hit, y } = mark;
  const bar = Math.max(0, mark.barX1 - mark.barX0);
  const half = Math.round(layout.markerSize / 4);
  return svg`<g class="mark ${mark.kind} ${paintClass(category)} ${selected ? 'selected' : ''}" data-index=${mark.index}>
    <rect class="hit" x=${hit.x0} y=${hit.y0} width=${hit.x1 - hit.x0} height=${hit.y1 - hit.y0}></rect>
    ${mark.kind === 'span' && bar >= 2 ? svg`<rect class="bar" x=${mark.barX0} y=${y - half} width=${bar} height=${2 * half} rx=${half}></rect>` : nothing}
    ${mark.before ? arrow(mark.barX0 - Math.round(layout.markerSize / 2), y, half, -1) : nothing}
    ${mark.after ? arrow(mark.barX1, y, half, 1) : nothing}
    ${selected ? svg`<circle class="ring" cx=${mark.x} cy=${y} r=${layout.markerSize}></circle>` : nothing}
    <g transform=${`translate(${mark.x},${y})`}>${markerShape(category.shape, paintClass(category), layout.markerSize)}</g>
    ${
      mark.lines.length
        ? svg`<text class="label" text-anchor=${mark.anchor}>${mark.lines.map(
            (line, i) => svg`<tspan x=${mark.labelX} y=${mark.labelY + i * layout.lineHeight}>${line}</tspan>`,
          )}</text>`
        : nothing
    }
  </g>`;
}

function renderAxis(layout: HorizontalLayout): SVGTemplateResult {
  const { axis, lineHeight } = layout;
  return svg`<g class="axis">
    <line class="domain" x1=${axis.x0} x2=${axis.x1} y1=${axis.y} y2=${axis.y}></line>
    ${axis.ticks.map(
      (tick) => svg`<line class="tick" x1=${tick.x} x2=${tick.x} y1=${axis.y} y2=${axis.y + TICK_LENGTH}></line>
        <text x=${tick.labelX} y=${axis.y + TICK_LENGTH + lineHeight - 2} text-anchor="middle">${tick.label}</text>`,
    )}
  </g>`;
}

/**
 * The whole picture. `selected` is the chronological index of the selected event (-1: none);
 * `onPick` receives the index of the event a pointer picked.
 */
export function renderPicture(layout: HorizontalLayout, model: TimelineModel, selected: number, onPick: (index: number) => void): TemplateResult {
  const pick = (event: Event) => {
    const target = (event.target as Element).closest('[data-index]');
    if (target) onPick(Number(target.getAttribute('data-index')));
  };
  const { axis, width, height } = layout;
  return html`<svg
    class="picture"
    part="picture"
    aria-hidden="true"
    viewBox=${`0 0 ${width} ${height}`}
    width=${width}
    height=${height}
    font-size=${layout.fontSize}
    @click=${pick}
  >
    <g class="grid">
      ${axis.ticks.map((tick) => svg`<line x1=${tick.x} x2=${tick.x} y1=${axis.top} y2=${axis.y}></line>`)}
    </g>
    <g class="marks">
      ${repeat(
        layout.marks,
        (mark) => mark.id,
        (mark) => renderMark(mark, layout, model, mark.index === selected),
      )}
    </g>
    ${renderAxis(layout)}
  </svg>`;
}

const PROBE_SIZE = 100;

/**
 * An empty label in the widget's font: it holds no text, so nothing of it reaches the page's
 * text (find in page, copy, `textContent`), only the font its labels are drawn in.
 */
export function renderProbe(): TemplateResult {
  return html`<svg class="probe" aria-hidden="true" width="0" height="0"><text></text></svg>`;
}

let context: CanvasRenderingContext2D | null | undefined;

/**
 * How wide the page's font draws a sample of label text, over the estimate (see `textWidth`),
 * measured on a canvas in the probe's computed font; 0 when the probe is not rendered.
 */
export function fontWidthRatio(root: ParentNode): number {
  const probe = root.querySelector<SVGTextElement>('svg.probe text');
  context ??= document.createElement('canvas').getContext('2d');
  if (!probe || !context) return 0;
  const style = getComputedStyle(probe);
  context.font = `${style.fontStyle} ${style.fontWeight} ${PROBE_SIZE}px ${style.fontFamily}`;
  if ('letterSpacing' in context) context.letterSpacing = style.letterSpacing === 'normal' ? '0px' : style.letterSpacing;
  return context.measureText(PROBE_TEXT).width / textWidth(PROBE_TEXT, PROBE_SIZE);
}
