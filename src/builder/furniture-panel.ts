/**
 * "Words around it": the furniture of the widget (headline, dek, notes, source and its link,
 * byline, as-of date), how the data is to be read (its language, its date order), and, for the
 * timeline, each category's label and colour. Every field writes into the dataset's `meta`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CategoryRow } from './categories.js';
import type { CategoryEdit, Furniture, TextField } from './furniture.js';

export interface FurniturePanel {
  form: Furniture;
  categories: CategoryRow[];
  /** The form is a disclosure: closed, only its heading button shows. */
  open: boolean;
  onToggle(): void;
  onField(field: TextField, value: string): void;
  onCategory(id: string, edit: CategoryEdit): void;
}

interface FieldSpec {
  field: TextField;
  label: string;
  hint?: string;
  type?: 'text' | 'url';
  multiline?: boolean;
}

const FIELDS: FieldSpec[] = [
  { field: 'title', label: 'Headline' },
  { field: 'dek', label: 'Dek', hint: 'The line under the headline.', multiline: true },
  { field: 'notes', label: 'Notes', hint: 'Shown under the widget: method, caveats, definitions.', multiline: true },
  { field: 'sourceName', label: 'Source name' },
  { field: 'sourceUrl', label: 'Source link', type: 'url', hint: 'An https:// address; anything else is not linked.' },
  { field: 'byline', label: 'Byline' },
  { field: 'asOf', label: 'As-of date', hint: 'YYYY, YYYY-MM or YYYY-MM-DD.' },
];

function renderField(p: FurniturePanel, spec: FieldSpec): TemplateResult {
  const id = `meta-${spec.field}`;
  const hint = spec.hint ? `${id}-hint` : undefined;
  const onInput = (event: Event) => p.onField(spec.field, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = spec.multiline
    ? html`<textarea id=${id} rows="2" aria-describedby=${hint ?? nothing} .value=${live(p.form[spec.field])} @input=${onInput}></textarea>`
    : html`<input id=${id} type=${spec.type ?? 'text'} aria-describedby=${hint ?? nothing} .value=${live(p.form[spec.field])} @input=${onInput} />`;
  return html`<div class="field">
    <label for=${id}>${spec.label}</label>${control}${hint ? html`<p id=${hint} class="hint">${spec.hint}</p>` : nothing}
  </div>`;
}

function renderCategory(p: FurniturePanel, category: CategoryRow, index: number): TemplateResult {
  const edit = p.form.categories[category.id] ?? {};
  const id = `category-${index}`;
  const change = (next: CategoryEdit) => p.onCategory(category.id, next);
  return html`<li class="category">
    <span class="category-id">${category.id}</span>
    <label class="visually-hidden" for=${`${id}-label`}>Label for category “${category.id}”</label>
    <input id=${`${id}-label`} type="text" placeholder=${category.defaultLabel} .value=${live(edit.label ?? '')}
      @input=${(event: Event) => change({ ...edit, label: (event.target as HTMLInputElement).value })} />
    <label class="choice own-colour">
      <input type="checkbox" .checked=${live(edit.color !== undefined)}
        @change=${(event: Event) => change({ ...edit, color: (event.target as HTMLInputElement).checked ? category.startColor : undefined })} />
      Own colour<span class="visually-hidden"> for “${category.id}”</span>
    </label>
    ${
      edit.color !== undefined
        ? html`<label class="visually-hidden" for=${`${id}-color`}>Colour for category “${category.id}”</label>
          <input id=${`${id}-color`} type="color" .value=${live(edit.color)}
            @input=${(event: Event) => change({ ...edit, color: (event.target as HTMLInputElement).value })} />`
        : nothing
    }
  </li>`;
}

export function renderFurniturePanel(p: FurniturePanel): TemplateResult {
  const onSelect = (field: TextField) => (event: Event) => p.onField(field, (event.target as HTMLSelectElement).value);
  return html`<section class="panel" aria-labelledby="furniture-heading">
    <h2 id="furniture-heading">
      <button type="button" class="disclosure" aria-expanded=${p.open ? 'true' : 'false'} aria-controls="furniture-form" @click=${p.onToggle}>
        2. Words around it
      </button>
    </h2>
    <p class="hint">Headline, dek, notes, source, byline, as-of date${p.categories.length ? ', category labels and colours' : ''}; how to read dates and numbers.</p>
    <div id="furniture-form" ?hidden=${!p.open}>
    ${FIELDS.map((spec) => renderField(p, spec))}
    <fieldset>
      <legend>Reading the data</legend>
      <div class="field">
        <label for="meta-lang">Language of the data</label>
        <input id="meta-lang" type="text" list="data-languages" aria-describedby="meta-lang-hint" .value=${live(p.form.lang)}
          @input=${(event: Event) => p.onField('lang', (event.target as HTMLInputElement).value)} />
        <datalist id="data-languages"><option value="en"></option><option value="ru"></option><option value="be"></option><option value="de"></option><option value="uk"></option></datalist>
        <p id="meta-lang-hint" class="hint">Decides whether 1,500 is fifteen hundred (en) or one and a half (ru, be, de). Empty: the embed’s language.</p>
      </div>
      <div class="field">
        <label for="meta-dateFormat">Dates such as 3/4/2021</label>
        <select id="meta-dateFormat" @change=${onSelect('dateFormat')}>
          <option value="" ?selected=${!p.form.dateFormat}>are refused (ambiguous)</option>
          <option value="DMY" ?selected=${p.form.dateFormat === 'DMY'}>are day first (3 April)</option>
          <option value="MDY" ?selected=${p.form.dateFormat === 'MDY'}>are month first (March 4)</option>
        </select>
      </div>
    </fieldset>
    ${
      p.categories.length
        ? html`<fieldset>
          <legend>Categories: label and colour</legend>
          <p class="hint">An empty label keeps the widget’s own name (shown greyed). Without a colour of its own, a category takes the widget’s palette; each keeps its own marker shape either way.</p>
          <ul class="categories">${p.categories.map((category, i) => renderCategory(p, category, i))}</ul>
        </fieldset>`
        : nothing
    }
    </div>
  </section>`;
}
