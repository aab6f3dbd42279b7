/**
 * `<your-data-loader>`: the "Your data" story's loader. A designer picks a file or gives a URL and
 * sees any widget with that data, read by the same pipeline as the builder (src/builder/source.ts)
 * and given to the widget as it is, so the widget's own problem list shows what it would show a
 * reader. Not a story file; registered here for the story only.
 */
import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guessKind } from '../src/builder/guess-kind.js';
import { readFile, readUrl, type Source } from '../src/builder/source.js';
import { widgetFor, WIDGET_LABELS } from '../src/builder/widget-kinds.js';
import { renderWidgetTag } from '../src/builder/widget-tag.js';
import { describeProblem, CORE_STRINGS } from '../src/format/strings.js';
import { WIDGET_NAMES, type WidgetName } from '../src/embed/widgets.js';

export class YourDataLoader extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    form {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1.5rem;
      align-items: end;
      margin: 0 0 1rem;
      font: 0.95rem/1.4 system-ui, sans-serif;
    }
    label {
      display: grid;
      gap: 0.25rem;
      font-weight: 600;
    }
    input,
    select,
    button {
      min-height: 2rem;
      font: inherit;
    }
    .note {
      flex-basis: 100%;
      margin: 0;
    }
  `;

  @property() widget: WidgetName = 'timeline';
  @property() src = '';
  @property() lang = 'en';
  @property() theme = 'light';

  @state() private source?: Source;
  @state() private chosen?: WidgetName;
  @state() private url = '';

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('widget')) this.chosen = undefined;
    if (changed.has('src') && this.src) {
      this.url = this.src;
      void this.load(readUrl(this.src));
    }
  }

  private async load(pending: Promise<Source>): Promise<void> {
    const source = await pending;
    this.source = source;
    const guess = source.input === undefined ? undefined : guessKind(source.input);
    if (guess) this.chosen = widgetFor(guess.kind);
  }

  protected override render() {
    const widget = this.chosen ?? this.widget;
    const failure = this.source?.failure;
    return html`<form @submit=${(event: Event) => (event.preventDefault(), void this.load(readUrl(this.url)))}>
        <label>Data file
          <input type="file" accept=".csv,.tsv,.txt,.json"
            @change=${(event: Event) => {
              const file = (event.target as HTMLInputElement).files?.[0];
              if (file) void this.load(readFile(file));
            }} />
        </label>
        <label>Data URL
          <input type="url" placeholder="https://" .value=${this.url} @input=${(event: Event) => (this.url = (event.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">Load</button>
        <label>Widget
          <select @change=${(event: Event) => (this.chosen = (event.target as HTMLSelectElement).value as WidgetName)}>
            ${WIDGET_NAMES.map((name) => html`<option value=${name} ?selected=${name === widget}>${WIDGET_LABELS[name]}</option>`)}
          </select>
        </label>
        <p class="note" role="status">
          ${
            failure
              ? describeProblem(failure, CORE_STRINGS.en)
              : this.source
                ? `${this.source.name}, shown as it is: the widget lists what it could not read.`
                : 'Without data of yours, the widget shows the article’s.'
          }
        </p>
      </form>
      ${renderWidgetTag(widget, { data: failure ? undefined : this.source?.input, lang: this.lang, theme: this.theme })}`;
  }
}

if (!customElements.get('your-data-loader')) customElements.define('your-data-loader', YourDataLoader);
