/**
 * The data's own category colours (`meta.categories[id].color`) reach the drawing through one
 * constructed stylesheet adopted by the shadow root, never through a `style` attribute: that
 * works under a strict Content Security Policy (no 'unsafe-inline'), and data never becomes CSS
 * text beyond six hex digits (validation lets only hex colours through; the rules check again).
 * Each rule sets the category's `--_cat` for its `k<n>` class; the palette class beside it is
 * the fallback where constructed stylesheets are not available (and on the server). A colour too
 * faint for a theme's background is darkened or lightened for that theme only.
 */
import type { Category } from './model.js';

const HEX = /^#[0-9a-f]{6}$/;
/** The light and dark theme's default backgrounds (`--_background` in tokens.ts). */
const BACKGROUNDS = { light: [0xff, 0xff, 0xff], dark: [0x16, 0x16, 0x16] } as const;
/**
 * As the palette's colours: 4.5:1 against the background, so markers pass the 3:1 that graphics
 * need (WCAG 1.4.11) with room to spare, and read as clearly as the palette's beside them.
 */
const MIN_CONTRAST = 4.5;

type Rgb = readonly number[];

const rgbOf = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const hexOf = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: Rgb, b: Rgb): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

/**
 * The colour as given where it has 4.5:1 against the theme's background; else mixed towards black
 * (light theme) or white (dark theme), in steps of 5%, until it has.
 */
export function forTheme(hex: string, theme: keyof typeof BACKGROUNDS): string {
  const background = BACKGROUNDS[theme];
  const target = theme === 'light' ? 0 : 255;
  const rgb = rgbOf(hex);
  for (let share = 0; share <= 1; share += 0.05) {
    const mixed = rgb.map((c) => c + (target - c) * share);
    if (contrast(mixed, background) >= MIN_CONTRAST) return hexOf(mixed);
  }
  return hexOf([target, target, target]);
}

/**
 * `.k3 { --_cat: light-dark(#1f5fa8, #5f8fcf); }` for each category with a valid own colour: the
 * colour as given in each theme where it stands out from that theme's background, else the
 * nearest shade that does.
 */
export function ownColourRules(categories: readonly Category[]): string {
  return categories
    .flatMap((category) => {
      const own = category.own;
      if (!own || !HEX.test(own.hex)) return [];
      return [`.k${own.slot} { --_cat: light-dark(${forTheme(own.hex, 'light')}, ${forTheme(own.hex, 'dark')}); }`];
    })
    .join('\n');
}

/** One constructed stylesheet per element, adopted after the element's own styles so its rules win. */
export class OwnColourSheet {
  private sheet?: CSSStyleSheet;
  private rules = '';

  /** Puts `rules` into the sheet of `root` (browsers only: call it from `updated`). */
  apply(root: ShadowRoot | HTMLElement, rules: string): void {
    if (rules === this.rules || !('adoptedStyleSheets' in root)) return;
    this.rules = rules;
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(rules);
  }
}
