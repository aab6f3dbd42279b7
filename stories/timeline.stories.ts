import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/timeline/define.js';
import { syntheticEvents } from '../test/fixtures/timeline-synthetic-events.js';

interface TimelineArgs {
  theme: 'light' | 'dark' | 'auto';
  lang: 'en' | 'ru' | 'be';
  deepLink: boolean;
  selected?: string;
  width?: number;
  data?: unknown;
  src?: string;
  /** Light-DOM content inside the tag (inline JSON data). */
  inline?: string;
}

/**
 * U.S.–Belarus relations on a D3 time scale. Containers at least 600 px wide get a horizontal
 * axis with the events packed into lanes (labels never overlap; what cannot be labelled becomes
 * a count badge); narrower ones get a vertical timeline. Beside the picture, which is hidden
 * from assistive technology, an ordered list of `<time>`-dated entries carries the same content.
 * Arrow keys, Home and End move between events; `#event-<id>` in the URL selects one.
 */
const meta: Meta<TimelineArgs> = {
  title: 'Widgets/Timeline',
  component: 'belarus-timeline',
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['en', 'ru', 'be'] },
    deepLink: { control: 'boolean' },
    selected: { control: 'text' },
    width: { control: { type: 'number', min: 280, step: 10 } },
    data: { control: false },
    inline: { control: false },
    src: { control: 'text' },
  },
  args: { theme: 'light', lang: 'en', deepLink: false },
  render: ({ theme, lang, deepLink, selected, width, data, src, inline }) => html`
    <div style="padding: 1rem; background: ${theme === 'dark' ? '#161616' : 'transparent'}; ${width ? `width: ${width}px;` : ''}">
      <belarus-timeline
        theme=${theme}
        lang=${lang}
        ?deep-link=${deepLink}
        selected=${selected ?? nothing}
        src=${src ?? nothing}
        .data=${data}
      >
        ${inline ? html`<script type="application/json">${inline}</script>` : nothing}
      </belarus-timeline>
    </div>
  `,
};
export default meta;

type Story = StoryObj<TimelineArgs>;

/** The article's six events from the embedded default dataset, with the thaw selected. */
export const Default: Story = { args: { selected: 'thaw' } };

/** Under 600 px of container width the list becomes the timeline; the SVG axis is left out. */
export const Narrow: Story = { args: { width: 320 } };

export const Dark: Story = { args: { theme: 'dark', selected: 'sanctions' } };

export const English: Story = { args: { lang: 'en' } };

/** Russian UI, dates and categories; the English event texts are marked `lang="en"`. */
export const Russian: Story = { args: { lang: 'ru' } };

/** Belarusian UI, dates and categories. */
export const Belarusian: Story = { args: { lang: 'be' } };

/** The same events from the published spreadsheet table, `data/events.csv` (served at `/sample-data/`), through `src`. */
export const FromCsv: Story = { name: 'From CSV src', args: { src: '/sample-data/events.csv' } };

const SYNTHETIC = {
  meta: {
    title: 'Synthetic data: 5,000 generated events',
    dek: 'Not real events. Generated for load testing: count badges in the picture, the list in pages of 100.',
  },
  events: syntheticEvents(5000),
};

/** 5,000 SYNTHETIC events (generated, not facts): count badges and a paged list. */
export const Synthetic5000Events: Story = {
  name: 'Synthetic: 5,000 events',
  args: { data: SYNTHETIC },
};

/** Broken inline JSON: an accessible error that says what failed, never a blank box. */
export const Error: Story = {
  args: { inline: '{ "events": [ { "date": "2020", "title": "Unfinished" ' },
};
