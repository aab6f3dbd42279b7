/**
 * Puts an element at a computed place over the picture through the CSS object model
 * (`element.style`), which a strict Content Security Policy allows, unlike a `style` attribute
 * (Lit's `styleMap` writes one on first render). Numbers only, never text from the data.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export interface Placement {
  /** Left and top edges, in % of the positioned parent's width and height. */
  left: number;
  top: number;
  /** Size in px. */
  width: number;
  height: number;
}

class PlaceDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('place() goes on an element');
  }

  render(_placement: Placement): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [placement]: [Placement]): typeof nothing {
    const { style } = part.element as HTMLElement;
    const number = (value: number) => (Number.isFinite(value) ? Math.round(value * 1000) / 1000 : 0);
    style.setProperty('left', `${number(placement.left)}%`);
    style.setProperty('top', `${number(placement.top)}%`);
    style.setProperty('width', `${number(placement.width)}px`);
    style.setProperty('height', `${number(placement.height)}px`);
    return nothing;
  }
}

export const place = directive(PlaceDirective);
