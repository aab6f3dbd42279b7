/**
 * The carousel's markup, per the APG "grouped" carousel: controls (rotation first, previous,
 * next, a group of slide pickers) before the slides; each slide a named `group` with
 * `aria-roledescription="slide"` whose name ("2 of 3") sits beside its content, never in place
 * of it. Data is bound as text and attributes only; links only for validated http(s) URLs.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RotationOffer } from './autoplay-controller.js';
import type { SlideView } from './model.js';
import type { QuoteStrings } from './strings.js';

/** Shadow-root id of the element holding all slides (what the controls control). */
export const SLIDES_ID = 'slides';
/** Shadow-root id of the visible headline that names the carousel. */
export const HEADLINE_ID = 'headline';

const icon = (shape: TemplateResult) => html`<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">${shape}</svg>`;
const ICONS = {
  previous: icon(svg`<path d="M12.5 4 6.5 10l6 6" fill="none" stroke="currentColor" stroke-width="2.25" stroke-linecap="round" stroke-linejoin="round"/>`),
  next: icon(svg`<path d="M7.5 4l6 6-6 6" fill="none" stroke="currentColor" stroke-width="2.25" stroke-linecap="round" stroke-linejoin="round"/>`),
  pause: icon(
    svg`<rect x="5" y="4" width="3.5" height="12" rx="1" fill="currentColor"/><rect x="11.5" y="4" width="3.5" height="12" rx="1" fill="currentColor"/>`,
  ),
  play: icon(svg`<path d="M6 3.8v12.4a.8.8 0 0 0 1.2.7l9.6-6.2a.8.8 0 0 0 0-1.4L7.2 3.1a.8.8 0 0 0-1.2.7z" fill="currentColor"/>`),
};

export interface ControlsView {
  strings: QuoteStrings;
  slides: readonly SlideView[];
  index: number;
  /** Render the rotation button (the `autoplay` attribute is set). */
  rotation: boolean;
  /** What the rotation button offers: its label and icon name that action. */
  offer: RotationOffer;
  onRotation: (event: MouseEvent) => void;
  onPrevious: () => void;
  onNext: () => void;
  onPick: (index: number) => void;
}

export function renderControls(view: ControlsView): TemplateResult {
  const { strings, slides, index } = view;
  const stop = view.offer === 'stop';
  return html`${
    view.rotation
      ? html`<button type="button" class="rotation" part="control rotation" aria-controls=${SLIDES_ID}
          aria-label=${stop ? strings.stop : strings.start} @click=${view.onRotation}>${stop ? ICONS.pause : ICONS.play}</button>`
      : nothing
  }
    <button type="button" class="previous" part="control previous" aria-controls=${SLIDES_ID} aria-label=${strings.previous}
      @click=${view.onPrevious}>${ICONS.previous}</button>
    <button type="button" class="next" part="control next" aria-controls=${SLIDES_ID} aria-label=${strings.next}
      @click=${view.onNext}>${ICONS.next}</button>
    <div class="pickers" part="pickers" role="group" aria-label=${strings.pickers}>
      ${slides.map(
        (slide, i) => html`<button type="button" class="picker" part="control picker" data-index=${i} aria-controls=${SLIDES_ID}
          aria-label=${slide.label} aria-disabled=${i === index ? 'true' : nothing} @click=${() => view.onPick(i)}>${slide.number}</button>`,
      )}
    </div>`;
}

/** `dataLang`: the `lang` of the dataset's own text (the context) where it differs from the widget's. */
export function renderSlide(slide: SlideView, i: number, current: boolean, strings: QuoteStrings, dataLang?: string): TemplateResult {
  return html`<div class="slide" part=${current ? 'slide current-slide' : 'slide'} id=${`slide-${i}`} role="group"
    aria-roledescription=${strings.slide} aria-label=${slide.label} ?inert=${!current} data-id=${slide.id}>
    <figure>
      <blockquote part="quote" lang=${ifDefined(slide.quoteLang)}><p>${slide.text}</p></blockquote>
      <figcaption part="attribution">
        <span class="speaker" lang=${ifDefined(slide.quoteLang)}><cite>${slide.speaker}</cite>${slide.details ? `, ${slide.details}` : ''}</span>
        ${slide.context ? html`<span class="context" part="context" lang=${ifDefined(dataLang)}>${slide.context}</span>` : nothing}
        ${slide.sourceUrl ? html`<a class="source" part="source-link" href=${slide.sourceUrl} rel="noopener noreferrer">${strings.source}</a>` : nothing}
      </figcaption>
    </figure>
  </div>`;
}
