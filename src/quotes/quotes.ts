/**
 * `<belarus-quotes>`: the article's quotes as an accessible carousel, after the W3C ARIA
 * Authoring Practices carousel pattern ("grouped" variant: previous/next buttons plus a group of
 * slide picker buttons). Pipeline: rows -> `buildSlides` (model.ts) -> templates.ts; rotation
 * lives in autoplay-controller.ts, swipes in swipe.ts.
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { DataSourceController } from '../controllers/data-source-controller.js';
import { FocusAfterUpdate } from '../controllers/focus-after-update.js';
import type { Quote } from '../data/types.js';
import { SLIDE_CHANGE_EVENT } from '../events.js';
import { langAttribute, stringsIn } from '../format/locale.js';
import { memoizeLast } from '../widget/memoize-last.js';
import { WidgetElement } from '../widget/widget-element.js';
import { AutoplayController } from './autoplay-controller.js';
import { buildSlides, DEFAULT_INTERVAL, keyStep, rotationInterval, stepIndex, wrapIndex, type SlideView, type Step } from './model.js';
import { quotesStyles } from './quotes.styles.js';
import { QUOTE_STRINGS, type QuoteStrings } from './strings.js';
import { SwipeTracker } from './swipe.js';
import { HEADLINE_ID, renderControls, renderSlide, SLIDES_ID } from './templates.js';

export interface SlideChangeDetail {
  /** Zero-based position of the quote now shown. */
  index: number;
  /** The quote's stable id (from the data, or derived from its content). */
  id: string;
}

/** The `belarus-slide-change` event: bubbles and crosses shadow roots, so a page can listen anywhere. */
function slideChangeEvent(detail: SlideChangeDetail): CustomEvent<SlideChangeDetail> {
  return new CustomEvent(SLIDE_CHANGE_EVENT, { detail, bubbles: true, composed: true });
}

/**
 * The article's quotes, one at a time, each verbatim with its speaker, role and affiliation.
 * Readers move with the previous/next buttons, the numbered pickers, the arrow keys (Home/End)
 * while a control has focus, or a sideways swipe on touch screens. With `autoplay` the quotes
 * rotate; keyboard focus entering the carousel, or a press or tap in it, stops rotation until the
 * reader presses the rotation button (always first in the tab order), and a mouse over the
 * carousel holds the slides still (see autoplay-controller.ts). With `prefers-reduced-motion:
 * reduce` rotation starts stopped and slides change without animation. The carousel keeps the
 * height of its longest quote, so the page never jumps. In print every quote is listed.
 *
 * @tag belarus-quotes
 * @summary The article's quotes as an accessible carousel (W3C APG carousel pattern).
 *
 * @fires belarus-slide-change - Another quote is shown (button, picker, key, swipe or rotation); `detail: { index, id }`. Not fired for changes of the `index` property.
 * @fires belarus-data-error - The data had problems; `detail.problems` lists each (row, field, code).
 *
 * @slot title - Replaces the headline, which also names the carousel for screen readers.
 * @slot dek - Replaces the dek under the headline.
 * @slot notes - Replaces the notes in the footer.
 * @slot source - Replaces the source line in the footer.
 * @slot byline - Replaces the byline in the footer.
 *
 * @csspart base - The wrapper of everything.
 * @csspart headline - The headline (`h2`).
 * @csspart carousel - The carousel container (controls and slides).
 * @csspart controls - The row of buttons.
 * @csspart control - Every button (rotation, previous, next, pickers).
 * @csspart rotation - The button that stops and starts rotation (only with `autoplay`).
 * @csspart previous - The previous-quote button.
 * @csspart next - The next-quote button.
 * @csspart pickers - The group of numbered slide pickers.
 * @csspart picker - One slide picker.
 * @csspart slides - The element holding all slides (the live region).
 * @csspart slide - One slide; the one shown also has `current-slide`.
 * @csspart current-slide - The slide shown.
 * @csspart quote - The quote text (`blockquote`).
 * @csspart attribution - The speaker, role, affiliation, context and source link (`figcaption`).
 * @csspart context - Where or when the quote was said.
 * @csspart source-link - The link to the quote's source.
 * @csspart dek - The dek under the headline.
 * @csspart footer - The footer (notes, source line, byline).
 * @csspart notes - The notes.
 * @csspart source - The source line.
 * @csspart byline - The byline.
 * @csspart status - The loading and empty messages.
 * @csspart error - The message readers get when nothing can be shown.
 * @csspart problems - The note that rows were left out.
 * @csspart debug - The producer's view of the data's problems (`debug`, `?belarus-debug`).
 *
 * @cssprop --belarus-quotes-text-size - Size of the quote text (default `1.25em`).
 * @cssprop --belarus-quotes-font-family - Font of the quote text (default: the headline font).
 */
export class BelarusQuotes extends WidgetElement<'quotes'> {
  static override styles = [...WidgetElement.styles, quotesStyles];

  /** Rotate through the quotes automatically (adds the stop/start rotation button). Off by default. */
  @property({ type: Boolean, reflect: true }) autoplay = false;

  /** Milliseconds between quotes while rotating: default 6000, at least 3000. */
  @property({ type: Number }) interval = DEFAULT_INTERVAL;

  /** Zero-based position of the quote shown; set it to open at another quote (wraps around once the quotes are there). */
  @property({ type: Number }) index = 0;

  protected readonly source = new DataSourceController(this, 'quotes');

  private readonly rotation = new AutoplayController(this, {
    enabled: () => this.autoplay && this.state === 'ready' && this.slides.length > 1,
    interval: () => rotationInterval(this.interval),
    advance: () => this.show(this.index + 1, 'forward'),
  });

  private readonly swipe = new SwipeTracker();
  private slides: SlideView[] = [];
  /** `lang` for names, roles and context when the dataset's language differs from the interface's. */
  private dataLang?: string;
  private direction?: 'forward' | 'backward';
  private readonly focusAfterUpdate = new FocusAfterUpdate(this);
  private readonly slidesOf = memoizeLast((rows: Quote[], strings: QuoteStrings, locale: string, data: string, ui: string) =>
    buildSlides(rows, { strings, locale, dataLang: data, inherited: ui }),
  );

  private get quoteStrings(): QuoteStrings {
    return stringsIn(QUOTE_STRINGS, this.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Slides sit inside the wrapper, which carries the interface language.
    const { ui, data } = this.languages;
    const rows: Quote[] = this.source.rows;
    this.dataLang = langAttribute(data, ui);
    this.slides = this.slidesOf(rows, this.quoteStrings, this.locale, data, ui);
    // No slides yet (still loading): keep the index the page asked for until they arrive.
    if (this.slides.length) this.index = wrapIndex(this.index, this.slides.length);
  }

  protected renderHeader(): unknown {
    return this.renderHeadline('quotes', this.quoteStrings.headline, HEADLINE_ID);
  }

  protected renderContent(): TemplateResult {
    const strings = this.quoteStrings;
    const rotating = this.rotation.rotating;
    return html`<section class="carousel" part="carousel" aria-roledescription=${strings.carousel} aria-labelledby=${HEADLINE_ID}
      @focusin=${this.onFocusIn} @pointerenter=${this.onPointerEnter} @pointerleave=${this.onPointerLeave} @pointerdown=${this.onPress}>
      <div class="controls" part="controls" @keydown=${this.onControlKeydown}>
        ${renderControls({
          strings,
          slides: this.slides,
          index: this.index,
          rotation: this.autoplay,
          offer: this.rotation.offer,
          onRotation: this.onRotation,
          onPrevious: () => this.move('previous'),
          onNext: () => this.move('next'),
          onPick: (i) => this.go(i, i > this.index),
        })}
      </div>
      <div class="slides" part="slides" id=${SLIDES_ID} aria-live=${rotating ? 'off' : 'polite'} aria-atomic="false"
        data-direction=${ifDefined(this.direction)} @pointerdown=${this.onPointerDown} @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerCancel} @click=${this.onSlidesClick}>
        ${repeat(
          this.slides,
          (slide) => slide.id,
          (slide, i) => renderSlide(slide, i, i === this.index, strings, this.dataLang),
        )}
      </div>
    </section>`;
  }

  /** Shows the quote at `target` (wrapped) and tells the page. */
  private show(target: number, direction: 'forward' | 'backward'): void {
    const next = wrapIndex(target, this.slides.length);
    if (next === this.index || !this.slides[next]) return;
    this.direction = direction;
    this.index = next;
    this.dispatchEvent(slideChangeEvent({ index: next, id: this.slides[next].id }));
  }

  /** A reader's step (button, key, swipe). */
  private move(step: Step): void {
    const target = stepIndex(step, this.index, this.slides.length);
    this.go(target, step === 'next' || (step !== 'previous' && target > this.index));
  }

  /** A reader's choice of quote: if the reader restarted rotation, the next quote waits a full interval. */
  private go(target: number, forward: boolean): void {
    this.show(target, forward ? 'forward' : 'backward');
    this.rotation.restartTimer();
  }

  private isRtl(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }

  /** A pointer's click has a press before it (`detail` counts clicks); Enter and Space give 0. */
  private readonly onRotation = (event: MouseEvent): void => this.rotation.activated(event.detail > 0);

  /** APG: rotation stops when keyboard focus enters the carousel (and when it reaches a slide's content). */
  private readonly onFocusIn = (event: FocusEvent): void => {
    const carousel = event.currentTarget as HTMLElement;
    const from = event.relatedTarget instanceof Node ? event.relatedTarget : null;
    const intoSlide = event.target instanceof Element && event.target.closest('.slides') !== null;
    if (!from || !carousel.contains(from) || intoSlide) this.rotation.stop();
  };

  /** APG: rotation holds while a pointer hovers the carousel: a mouse, or a pen not yet touching. A finger only presses. */
  private readonly onPointerEnter = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' || (event.pointerType === 'pen' && event.buttons === 0)) this.rotation.hoverStarted();
  };

  /** A finger leaves as it lifts, before its tap's click arrives: only a hovering pointer's leaving counts. */
  private readonly onPointerLeave = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') this.rotation.hoverEnded();
  };

  /** Any press in the carousel stops rotation; the rotation button's click then does what it offered. */
  private readonly onPress = (event: PointerEvent): void => {
    this.rotation.pressed(event.target instanceof Element && event.target.closest('.rotation') !== null);
  };

  private readonly onControlKeydown = (event: KeyboardEvent): void => {
    const step = keyStep(event, this.isRtl());
    if (!step) return;
    event.preventDefault();
    const before = this.index;
    this.move(step);
    const onPicker = event.target instanceof Element && event.target.classList.contains('picker');
    // After an arrow key on a picker, focus follows to the picker of the quote now shown.
    if (onPicker && this.index !== before)
      this.focusAfterUpdate.request(() => this.renderRoot.querySelector<HTMLElement>(`.picker[data-index="${this.index}"]`));
  };

  private readonly onPointerDown = (event: PointerEvent): void => this.swipe.down(event);

  private readonly onPointerUp = (event: PointerEvent): void => {
    const step = this.swipe.up(event, this.isRtl());
    if (step) this.move(step);
  };

  private readonly onPointerCancel = (): void => this.swipe.cancel();

  /** A swipe that started on a link must not also follow it. */
  private readonly onSlidesClick = {
    capture: true,
    handleEvent: (event: Event): void => {
      if (!this.swipe.takeSwipe()) return;
      event.preventDefault();
      event.stopPropagation();
    },
  };
}

declare global {
  interface HTMLElementEventMap {
    'belarus-slide-change': CustomEvent<SlideChangeDetail>;
  }
}
