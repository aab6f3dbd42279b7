/**
 * Puts an element at a computed place over the picture (through `cssomStyle`, which a strict
 * Content Security Policy allows). Numbers only, never text from the data.
 */
import type { DirectiveResult } from 'lit/directive.js';
import { cssomStyle } from '../widget/cssom-style.js';

export interface Placement {
  /** Left and top edges, in % of the positioned parent's width and height. */
  left: number;
  top: number;
  /** Size in px. */
  width: number;
  height: number;
}

/** A number for CSS: rounded to a thousandth; anything not finite is 0. */
const number = (value: number) => (Number.isFinite(value) ? Math.round(value * 1000) / 1000 : 0);

export const place = (placement: Placement): DirectiveResult =>
  cssomStyle({
    left: `${number(placement.left)}%`,
    top: `${number(placement.top)}%`,
    width: `${number(placement.width)}px`,
    height: `${number(placement.height)}px`,
  });
