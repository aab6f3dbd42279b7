import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/quotes/define.js';
import { syntheticDataset } from '../test/fixtures/quotes-synthetic.js';
import { commonArgs, commonArgTypes, dataFor, frame, hideInternals, type CommonArgs } from './controls.js';
import { embedSource } from './embed-source.js';

interface QuotesArgs extends CommonArgs {
  autoplay: boolean;
  interval: number;
}

const CSV = '/sample-data/quotes.csv';
/** Broken data for the data-source control: each row lacks a required field. */
const BROKEN = [{ text: 'A quote without a speaker' }, { speaker: 'A speaker without a quote' }];

/**
 * The article's quotes as an accessible carousel (W3C APG carousel pattern, grouped variant):
 * previous/next buttons and numbered pickers, arrow keys on the controls, swipe on touch screens.
 * With `autoplay` a rotation button comes first; focus or the pointer entering the carousel stops
 * rotation until the reader presses that button again, and `prefers-reduced-motion` starts it
 * stopped.
 */
const meta: Meta<QuotesArgs> = {
  title: 'Widgets/Quotes',
  component: 'belarus-quotes',
  argTypes: {
    ...hideInternals('belarus-quotes'),
    ...commonArgTypes(CSV),
    autoplay: { control: 'boolean' },
    interval: { control: { type: 'number', min: 3000, step: 500 } },
  },
  args: { ...commonArgs, autoplay: false, interval: 6000 },
  // The docs show the embed code a page needs, not this story's wrapper.
  parameters: { docs: { source: { transform: embedSource(CSV, BROKEN) } } },
  render: (args) => {
    const { data, src } = dataFor(args, CSV, BROKEN);
    return frame(
      args,
      html`<belarus-quotes
        theme=${args.theme}
        lang=${args.lang}
        ?autoplay=${args.autoplay}
        interval=${args.interval}
        src=${src ?? nothing}
        .data=${data}
      ></belarus-quotes>`,
    );
  },
};
export default meta;

type Story = StoryObj<QuotesArgs>;

/** The article's three quotes, verbatim, with speaker, role and affiliation. */
export const Default: Story = {};

/** Rotates every 6 seconds; the rotation button is first in the tab order and its label says what it does. */
export const Autoplay: Story = { args: { autoplay: true } };

export const Dark: Story = { args: { theme: 'dark' } };

/** A 320 px column, the narrowest phone layout (WCAG 1.4.10 reflow). */
export const Narrow: Story = { args: { width: '320' } };

export const English: Story = { args: { lang: 'en' } };

/** Russian controls and role descriptions; the English quotes are marked `lang="en"`. */
export const Russian: Story = { args: { lang: 'ru' } };

/** Belarusian controls and role descriptions; the English quotes are marked `lang="en"`. */
export const Belarusian: Story = { args: { lang: 'be' } };

/**
 * Twelve SYNTHETIC quotes of very different lengths (test data, said by no one): the carousel
 * keeps the height of the longest, so the page does not jump; the pickers wrap.
 */
export const ManyLongQuotesSynthetic: Story = {
  name: 'Many long quotes (synthetic)',
  args: { data: syntheticDataset(12) },
  render: (args, context) => html`
    <p style="margin: 0 0 0.5rem; padding: 0.25rem 0.5rem; border: 1px dashed currentColor; display: inline-block">
      Synthetic test data: these quotes were generated for testing and were said by no one.
    </p>
    ${meta.render!(args, context)}
  `,
};

/** The same quotes from the published spreadsheet table, `data/quotes.csv` (served at `/sample-data/`), through `src`. */
export const FromCsv: Story = { name: 'From CSV src', args: { dataSource: 'csv' } };

/**
 * Every row is invalid (the "broken data" source): an accessible error that says which row and
 * field, never a blank box. No request is made.
 */
export const ErrorState: Story = {
  name: 'Error',
  args: { dataSource: 'broken' },
};
