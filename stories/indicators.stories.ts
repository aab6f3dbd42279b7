import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/indicators/define.js';
import { syntheticIndicators } from '../test/fixtures/indicators-synthetic.js';
import { commonArgs, commonArgTypes, dataFor, frame, hideInternals, type CommonArgs } from './controls.js';
import { embedSource } from './embed-source.js';

interface IndicatorsArgs extends CommonArgs {
  sortBy?: 'indicator' | 'status' | 'asOf';
  sortDirection: 'ascending' | 'descending';
  pageSize: number;
}

const CSV = '/sample-data/indicators.csv';
/** Broken data for the data-source control: neither row has both required fields. */
const BROKEN = [{ indicator: 'A row without a status' }, { status: 'A status without an indicator' }];

/**
 * The article's "By the Numbers" table as a real `<table>`: caption, sortable column headers
 * (buttons with `aria-sort`), and numbers drawn inside their cells with D3: Freedom House 12 as a
 * bar on its 0-100 scale, 52 released prisoners as 52 marks, each with a text equivalent.
 * Containers narrower than 450 px stack the rows as cards; tables of more than 10 rows get a
 * filter, and rows beyond `page-size` go onto pages. "Download the data" saves the rows shown
 * as CSV (UTF-8 with BOM) or JSON.
 */
const meta: Meta<IndicatorsArgs> = {
  title: 'Widgets/Indicators',
  component: 'belarus-indicators',
  argTypes: {
    ...hideInternals('belarus-indicators'),
    ...commonArgTypes(CSV),
    sortBy: { control: 'inline-radio', options: ['indicator', 'status', 'asOf'] },
    sortDirection: { control: 'inline-radio', options: ['ascending', 'descending'] },
    pageSize: { control: { type: 'number', min: 5, step: 5 } },
  },
  args: { ...commonArgs, sortDirection: 'ascending', pageSize: 20 },
  // The docs show the embed code a page needs, not this story's wrapper.
  parameters: { docs: { source: { transform: embedSource(CSV, BROKEN) } } },
  render: (args) => {
    const { data, src } = dataFor(args, CSV, BROKEN);
    return frame(
      args,
      html`<belarus-indicators
        theme=${args.theme}
        lang=${args.lang}
        sort-by=${args.sortBy ?? nothing}
        sort-direction=${args.sortDirection}
        page-size=${args.pageSize}
        src=${src ?? nothing}
        .data=${data}
      ></belarus-indicators>`,
    );
  },
};
export default meta;

type Story = StoryObj<IndicatorsArgs>;

/** The five rows of the article, word for word, from the embedded default dataset. */
export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark' } };

/** A 320 px column: each row is a card, the header row a bar of sort buttons; screen readers still get a table. */
export const Narrow: Story = { name: 'Narrow (320 px)', args: { width: '320' } };

export const English: Story = { args: { lang: 'en' } };

/** Russian UI strings, dates and numbers; the article's English rows are marked `lang="en"`. */
export const Russian: Story = { args: { lang: 'ru' } };

/** Belarusian UI strings, dates and numbers; the article's English rows are marked `lang="en"`. */
export const Belarusian: Story = { args: { lang: 'be' } };

/** Sorted by status, highest number first, as a page can ask with `sort-by` and `sort-direction`. */
export const Sorted: Story = { args: { sortBy: 'status', sortDirection: 'descending' } };

/**
 * 500 SYNTHETIC rows (made-up test data, not facts): the filter box, pages of 20, and sorting
 * across every row. Type "press 01" in the filter.
 */
export const LongTableSynthetic: Story = {
  name: 'Long table (synthetic)',
  args: { data: syntheticIndicators(500) },
  render: (args, context) => html`
    <p style="margin: 0 0 0.5rem; padding: 0.25rem 0.5rem; border: 1px dashed currentColor; display: inline-block">
      Synthetic test data: these 500 rows were generated for testing and describe nothing real.
    </p>
    ${meta.render!(args, context)}
  `,
};

/** The same rows from the published spreadsheet table, `data/indicators.csv` (served at `/sample-data/`), through `src`. */
export const FromCsv: Story = { name: 'From CSV src', args: { dataSource: 'csv' } };

/** A file that is not there: an alert that says what failed, and `belarus-data-error`; never a blank box. */
export const ErrorState: Story = {
  name: 'Error',
  // The failed request is the point of this story; the story check allows it by this tag.
  tags: ['expected-request-failure'],
  args: { src: '/sample-data/no-such-file.csv' },
};

/** Every row is invalid (the "broken data" source): an alert that lists each row and field; no request is made. */
export const BrokenData: Story = { name: 'Broken data', args: { dataSource: 'broken' } };

/** Some rows are invalid: the valid ones render, the rest are listed with row and field. */
export const PartlyInvalid: Story = {
  name: 'Partly invalid data',
  args: {
    data: [
      { indicator: 'Political prisoners released', status: '52 (Oct 2025)', value: 52, unit: 'prisoners' },
      { indicator: 'A row without a status' },
      { indicator: 'A row with a broken number', status: 'x', value: 'many' },
    ],
  },
};

export const Empty: Story = { args: { data: [] } };

/**
 * Reserved space and a loading message while `src` is on its way. This story's server never
 * answers (the story stubs that one address), so after the 15 s timeout the widget says so.
 */
export const Loading: Story = {
  args: { src: '/stories/indicators-never-answers.csv' },
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).endsWith('/stories/indicators-never-answers.csv')
        ? new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))
        : original(input, init);
    return () => {
      window.fetch = original;
    };
  },
};
