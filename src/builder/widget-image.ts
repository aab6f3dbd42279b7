/**
 * The widget as an image, for social cards, print, and the fallback of AMP and no-JavaScript
 * readers: an SVG whose `foreignObject` holds a copy of the rendered widget with its styles
 * (see host-css.ts), at the size it has on screen; and that SVG drawn on a canvas for a PNG.
 *
 * Browsers treat such an SVG by how it is loaded. Chromium (156) taints a canvas with an SVG
 * image holding a `foreignObject` from a `blob:` URL or its own origin, but not from a `data:`
 * URL; Firefox (153 ESR) taints none of the three. So the PNG is drawn from a data: URL, and the
 * page's CSP must allow `img-src data:`; where it does not, the PNG fails with a message saying
 * so (the SVG is a file and needs no image load).
 */
import type { LitElement } from 'lit';
import { copyShadow } from './shadow-copy.js';
import { HOST_CLASS, hostless } from './host-css.js';

const XHTML = 'http://www.w3.org/1999/xhtml';
/** PNG pixels per CSS pixel: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

export interface WidgetSvg {
  svg: string;
  /** CSS pixels. */
  width: number;
  height: number;
}

/** The CSS text of an element class's styles (Lit's CSSResults, or sheets). */
function stylesOf(host: LitElement): string {
  const styles = (host.constructor as typeof LitElement).elementStyles;
  return styles.map((style) => ('cssText' in style ? style.cssText : Array.from(style.cssRules, (rule) => rule.cssText).join('\n'))).join('\n');
}

/** What the host had from the page (inherited font, colour scheme, direction), for a copy that has no page around it. */
function inheritedCss(host: HTMLElement, width: number): string {
  const computed = getComputedStyle(host);
  const pick = ['font-family', 'font-size', 'color-scheme', 'direction'].map((name) => `${name}: ${computed.getPropertyValue(name)};`).join(' ');
  return `.${HOST_CLASS} { display: block; width: ${width}px; margin: 0; ${pick} }`;
}

/** The rendered widget as a standalone SVG document of its on-screen size. */
export function widgetSvg(host: LitElement): WidgetSvg {
  if (!host.shadowRoot) throw new Error(`<${host.localName}> has no shadow root to draw.`);
  const box = host.getBoundingClientRect();
  const width = Math.max(1, Math.ceil(box.width));
  const height = Math.max(1, Math.ceil(box.height));
  const copy = copyShadow(host.shadowRoot);
  const root = document.createElementNS(XHTML, 'div');
  // What the styles select on (theme, state) and the text's language; not the page's own id.
  for (const name of ['lang', 'dir', 'theme', 'state']) {
    const value = host.getAttribute(name);
    if (value !== null) root.setAttribute(name, value);
  }
  root.setAttribute('class', HOST_CLASS);
  const style = document.createElementNS(XHTML, 'style');
  // A detached element's text, serialised into a file: nothing here is applied to this page.
  style.textContent = `${hostless(stylesOf(host))}\n${inheritedCss(host, width)}`;
  root.append(style, ...copy.childNodes);
  const body = new XMLSerializer().serializeToString(root);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<foreignObject x="0" y="0" width="${width}" height="${height}">${body}</foreignObject></svg>`;
  return { svg, width, height };
}

/** Why a PNG could not be made, in words for the producer. */
export class ImageError extends Error {
  override name = 'ImageError';
}

/** Loads the SVG as an image, noticing when the page's CSP is what refused it. */
async function loadSvg(svg: string): Promise<HTMLImageElement> {
  const image = new Image();
  let blocked = false;
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    if (event.effectiveDirective.startsWith('img-src') && event.blockedURI.startsWith('data')) blocked = true;
  };
  document.addEventListener('securitypolicyviolation', onViolation);
  try {
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await image.decode();
    return image;
  } catch (error) {
    // The violation event may follow the failed decode by a task.
    await new Promise((resolve) => setTimeout(resolve));
    if (blocked) {
      throw new ImageError(
        "This page's Content-Security-Policy does not allow images from data: URLs, which the PNG is drawn from. Serve the builder with img-src 'self' data:, or download the SVG.",
      );
    }
    throw new ImageError(`The widget could not be drawn as an image (${error instanceof Error ? error.message : String(error)}).`);
  } finally {
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
}

/** The SVG drawn at `scale` on a canvas, as a PNG. */
export async function svgToPng({ svg, width, height }: WidgetSvg, scale = PNG_SCALE): Promise<Blob> {
  const image = await loadSvg(svg);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new ImageError('This browser gave no canvas to draw the PNG on.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) => {
    try {
      // A tainted canvas throws here (a browser that treats the image as cross-origin).
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new ImageError('The PNG could not be encoded.'))), 'image/png');
    } catch (error) {
      reject(
        new ImageError(
          `This browser does not let a page read back an SVG image it drew (${error instanceof Error ? error.message : String(error)}); download the SVG instead.`,
        ),
      );
    }
  });
}
