/**
 * Category markers: each category gets a colour from a fixed palette AND a shape, so categories
 * never differ by colour alone. Shapes are SVG path data centred on (0, 0), of roughly equal
 * area, computed once per size (pure, rounded, no DOM).
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

export const MARKER_SHAPES = ['circle', 'square', 'diamond', 'triangle', 'hexagon', 'triangle-down', 'star', 'cross'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

/** Number of palette colours (`--belarus-timeline-category-1` … `-8`). */
export const PALETTE_SIZE = 8;

/**
 * The colour and shape of the i-th category (0-based). Colours and shapes cycle with different
 * phases, so the first 64 categories all get a distinct pair.
 */
export function categoryStyle(index: number): { colour: number; shape: MarkerShape } {
  const colour = index % PALETTE_SIZE;
  const shape = MARKER_SHAPES[(index + Math.floor(index / PALETTE_SIZE)) % MARKER_SHAPES.length];
  return { colour, shape };
}

const round = (n: number) => Math.round(n * 10) / 10;

function polygon(points: Array<[number, number]>): string {
  return `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
}

function regular(sides: number, radius: number, rotation: number): Array<[number, number]> {
  return Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (i * 2 * Math.PI) / sides;
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  });
}

/** Path data of a marker of nominal diameter `size`, centred on (0, 0). */
export function markerPath(shape: MarkerShape, size: number): string {
  const r = size / 2;
  switch (shape) {
    case 'circle':
      return `M${round(-r)},0A${round(r)},${round(r)} 0 1,0 ${round(r)},0A${round(r)},${round(r)} 0 1,0 ${round(-r)},0Z`;
    case 'square': {
      const h = r * 0.9;
      return polygon([
        [-h, -h],
        [h, -h],
        [h, h],
        [-h, h],
      ]);
    }
    case 'diamond':
      return polygon(regular(4, r * 1.2, -Math.PI / 2));
    case 'triangle':
      return polygon(regular(3, r * 1.3, -Math.PI / 2).map(([x, y]) => [x, y + r * 0.2]));
    case 'triangle-down':
      return polygon(regular(3, r * 1.3, Math.PI / 2).map(([x, y]) => [x, y - r * 0.2]));
    case 'hexagon':
      return polygon(regular(6, r * 1.05, 0));
    case 'star':
      return polygon(
        Array.from({ length: 10 }, (_, i) => {
          const radius = i % 2 ? r * 0.6 : r * 1.3;
          const angle = -Math.PI / 2 + (i * Math.PI) / 5;
          return [radius * Math.cos(angle), radius * Math.sin(angle) + r * 0.1] as [number, number];
        }),
      );
    case 'cross': {
      const a = r * 0.38;
      const b = r * 1.05;
      return polygon([
        [-a, -b],
        [a, -b],
        [a, -a],
        [b, -a],
        [b, a],
        [a, a],
        [a, b],
        [-a, b],
        [-a, a],
        [-b, a],
        [-b, -a],
        [-a, -a],
      ]);
    }
  }
}

/** The marker as an SVG path; `paint` is the category's class (`c0`…`c8`, `k<n>`: see `paintClass`). */
export function markerShape(shape: MarkerShape, paint: string, size: number): SVGTemplateResult {
  return svg`<path class="marker-shape ${paint}" d=${markerPath(shape, size)}></path>`;
}

/** A small standalone marker icon for the legend and the list (decorative: `aria-hidden`). */
export function markerIcon(shape: MarkerShape, paint: string, size = 14): TemplateResult {
  const box = size + 4;
  return html`<svg class="marker-icon" aria-hidden="true" width=${box} height=${box}
    viewBox=${`${-box / 2} ${-box / 2} ${box} ${box}`}>${markerShape(shape, paint, size)}</svg>`;
}
