import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/timeline/define.js';
import { syntheticEvents } from '../test/fixtures/timeline-synthetic-events.js';
import { commonArgs, commonArgTypes, dataFor, frame, hideInternals, type CommonArgs } from './controls.js';
import { embedSource } from './embed-source.js';

interface TimelineArgs extends CommonArgs {
  deepLink: boolean;
  selected?: string;
  /** Light-DOM content inside the tag (inline JSON data). */
  inline?: string;
}

const CSV = '/sample-data/events.csv';
/** Broken data for the data-source control: one event without a date, one with a date not in ISO 8601 form. */
const BROKEN = [{ title: 'An event without a date' }, { date: '24 February 2022', title: 'A date written out in words' }];

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
    ...hideInternals('belarus-timeline'),
    ...commonArgTypes(CSV),
    deepLink: { control: 'boolean' },
    selected: { control: 'text' },
    inline: { control: false, table: { category: 'Preview' } },
  },
  args: { ...commonArgs, deepLink: false },
  // The docs show the embed code a page needs, not this story's wrapper.
  parameters: { docs: { source: { transform: embedSource(CSV, BROKEN) } } },
  render: (args) => {
    const { data, src } = dataFor(args, CSV, BROKEN);
    const inline = args.dataSource === 'default' ? args.inline : undefined;
    return frame(
      args,
      html`<belarus-timeline
        theme=${args.theme}
        lang=${args.lang}
        ?deep-link=${args.deepLink}
        selected=${args.selected ?? nothing}
        src=${src ?? nothing}
        .data=${data}
      >
        ${inline ? html`<script type="application/json">${inline}</script>` : nothing}
      </belarus-timeline>`,
    );
  },
};
export default meta;

type Story = StoryObj<TimelineArgs>;

/** The article's six events from the embedded default dataset, with the thaw selected. */
export const Default: Story = { args: { selected: 'thaw' } };

/** Under 600 px of container width the list becomes the timeline; the SVG axis is left out. */
export const Narrow: Story = { args: { width: '320' } };

export const Dark: Story = { args: { theme: 'dark', selected: 'sanctions' } };

export const English: Story = { args: { lang: 'en' } };

/** Russian UI, dates and categories; the English event texts are marked `lang="en"`. */
export const Russian: Story = { args: { lang: 'ru' } };

/** Belarusian UI, dates and categories. */
export const Belarusian: Story = { args: { lang: 'be' } };

/** The same events from the published spreadsheet table, `data/events.csv` (served at `/sample-data/`), through `src`. */
export const FromCsv: Story = { name: 'From CSV src', args: { dataSource: 'csv' } };

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

/** Every event is invalid (the "broken data" source): the error names each row and field; no request is made. */
export const BrokenData: Story = { name: 'Broken data', args: { dataSource: 'broken' } };
