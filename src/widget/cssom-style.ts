/**
 * Sets an element's own style properties through the CSS object model (`element.style`), which a
 * strict Content Security Policy allows, unlike a `style` attribute (Lit's `styleMap` writes one
 * on first render). A property given `undefined` is removed. For lengths computed from numbers,
 * never for text from the data.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type StyleProperties = Readonly<Record<string, string | undefined>>;

class CssomStyleDirective extends Directive {
  private set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssomStyle() goes on an element');
  }

  render(_properties: StyleProperties): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): typeof nothing {
    const { style } = part.element as HTMLElement;
    const set = new Set<string>();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      set.add(name);
    }
    for (const name of this.set) if (!set.has(name)) style.removeProperty(name);
    this.set = set;
    return nothing;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
