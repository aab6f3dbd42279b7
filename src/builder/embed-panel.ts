/**
 * "Embed code": the mode (script, iframe + resizer, AMP, static HTML), the embed's language,
 * theme, data place and published folder, the code itself and its copy button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { EMBED_MODES, type EmbedMode } from '../embed/snippet.js';
import { LOCALES, type Locale } from '../format/locale.js';
import type { Theme } from '../widget/widget-element.js';
import { MODE_LABELS, type DataPlace, type EmbedChoice, type EmbedCode } from './embed-code.js';

export interface EmbedPanel {
  choice: EmbedChoice;
  code: EmbedCode;
  /** Rows validation left out: they are not in the embed. */
  leftOut: number;
  onChoice(change: Partial<EmbedChoice>): void;
  onCopy(field: HTMLTextAreaElement): void;
}

/** Languages' names in themselves, where browsers may lack them (Chromium names `be` in English). */
const NATIVE_NAMES: Record<string, string> = { en: 'English', ru: 'Русский', be: 'Беларуская', uk: 'Українська', pl: 'Polski', lt: 'Lietuvių' };

/** A language's name in itself (“Русский”, “Polski”); a language shipped later is named by the browser. */
export function languageName(lang: Locale): string {
  if (Object.hasOwn(NATIVE_NAMES, lang)) return NATIVE_NAMES[lang];
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
  } catch {
    name = undefined;
  }
  return name ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : lang;
}

const MODE_HINTS: Record<EmbedMode, string> = {
  script: 'One script and the tag, for CMSs that allow a script in the article. The data goes into the code, or is read from its address.',
  iframe: 'The widget alone in a frame that tells the page its height; for CMSs that strip scripts. Reads the data from its address.',
  amp: 'For AMP pages: the iframe as <amp-iframe resizable>. Needs an https:// published folder on another origin than the AMP page.',
  static: 'Pre-rendered HTML: readable without JavaScript and by search engines; the script then renders it anew. The data goes into the code.',
};

/** Characters of code above which the box is laid out only on screen (see builder.styles.ts). */
const LONG_CODE = 20_000;

export function renderEmbedPanel(p: EmbedPanel): TemplateResult {
  const { choice, code } = p;
  const usesUrl = choice.mode === 'iframe' || choice.mode === 'amp' || (choice.mode === 'script' && choice.dataPlace === 'url');
  const copy = (event: Event) => {
    const field = (event.currentTarget as HTMLElement).closest('section')!.querySelector<HTMLTextAreaElement>('#embed-code')!;
    p.onCopy(field);
  };
  return html`<section class="panel" aria-labelledby="embed-heading">
    <h2 id="embed-heading">3. Embed code</h2>
    <fieldset class="choices">
      <legend>Embed mode</legend>
      ${EMBED_MODES.map(
        (mode) => html`<label class="choice"><input type="radio" name="embed-mode" value=${mode} .checked=${live(choice.mode === mode)}
          @change=${() => p.onChoice({ mode })} />${MODE_LABELS[mode]}</label>`,
      )}
    </fieldset>
    <p class="hint" id="embed-mode-hint">${MODE_HINTS[choice.mode]}</p>
    <div class="grid-2">
      <div class="field">
        <label for="embed-lang">Language</label>
        <select id="embed-lang" @change=${(event: Event) => p.onChoice({ lang: (event.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${choice.lang === ''}>The page’s</option>
          ${LOCALES.map((lang) => html`<option value=${lang} lang=${lang} ?selected=${choice.lang === lang}>${languageName(lang)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="embed-theme">Theme</label>
        <select id="embed-theme" @change=${(event: Event) => p.onChoice({ theme: (event.target as HTMLSelectElement).value as Theme | '' })}>
          <option value="" ?selected=${choice.theme === ''}>Follow the page</option>
          <option value="light" ?selected=${choice.theme === 'light'}>Light</option>
          <option value="dark" ?selected=${choice.theme === 'dark'}>Dark</option>
          <option value="auto" ?selected=${choice.theme === 'auto'}>Reader’s system setting</option>
        </select>
      </div>
    </div>
    ${
      choice.mode === 'script'
        ? html`<fieldset class="choices">
          <legend>Data</legend>
          ${(['inline', 'url'] as DataPlace[]).map(
            (place) => html`<label class="choice"><input type="radio" name="data-place" value=${place} .checked=${live(choice.dataPlace === place)}
              @change=${() => p.onChoice({ dataPlace: place })} />${place === 'inline' ? 'In the embed code' : 'From its address'}</label>`,
          )}
        </fieldset>`
        : nothing
    }
    ${
      usesUrl
        ? html`<div class="field">
          <label for="embed-data-url">Data address for the embed</label>
          <input id="embed-data-url" type="url" placeholder="https://" aria-describedby="embed-data-url-hint" .value=${live(choice.dataUrl)}
            @input=${(event: Event) => p.onChoice({ dataUrl: (event.target as HTMLInputElement).value })} />
          <p id="embed-data-url-hint" class="hint">The file is read as it is published: the words you edited here are only in the downloaded JSON, so publish that file to keep them.${
            choice.mode === 'script'
              ? ' The code keeps the room the widget needs at each width free until the file arrives (reserve), measured here with this data in this page’s type: when the published data changes, load it here again for new code.'
              : ''
          }</p>
        </div>`
        : nothing
    }
    <div class="field">
      <label for="embed-base">Published folder</label>
      <input id="embed-base" type="url" aria-describedby="embed-base-hint" .value=${live(choice.base)}
        @input=${(event: Event) => p.onChoice({ base: (event.target as HTMLInputElement).value })} />
      <p id="embed-base-hint" class="hint">Where the package’s dist/ folder is published; the snippets load the widget’s script (belarus-timeline.min.js, …) and its language file, embed.html, resizer.js and static/ from there. Starts as the folder this builder is served from.</p>
    </div>
    <label for="embed-code">Embed code</label>
    <div class=${'code' in code && code.code.length > LONG_CODE ? 'code-box long' : 'code-box'}>
      <textarea id="embed-code" class="code" rows="8" readonly spellcheck="false" aria-describedby="embed-code-note"
        .value=${live('code' in code ? code.code : '')}></textarea>
    </div>
    <p id="embed-code-note" class=${'error' in code ? 'hint warning' : 'hint'}>
      ${
        'error' in code
          ? code.error
          : p.leftOut
            ? `${p.leftOut === 1 ? '1 row was' : `${p.leftOut} rows were`} left out of this embed (see Problems).`
            : 'Paste it into an HTML block of the article.'
      }
    </p>
    <button type="button" ?disabled=${!('code' in code)} @click=${copy}>Copy embed code</button>
  </section>`;
}
