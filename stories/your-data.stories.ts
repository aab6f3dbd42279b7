import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { LOCALES } from '../src/format/locale.js';
import { frame, type ContainerWidth, type Lang, type Theme } from './controls.js';
import { embedSource } from './embed-source.js';
import './your-data-loader.js';

interface YourDataArgs {
  widget: 'indicators' | 'timeline' | 'quotes';
  src: string;
  theme: Theme;
  lang: Lang;
  width: ContainerWidth;
}

/**
 * Any widget with your data: pick a CSV, TSV or JSON file, or give the address of a published
 * sheet (or try `/sample-data/indicators.csv`). The widget is chosen from the file's columns and
 * can be changed; the data goes to it as it is, so what it cannot read is listed as a reader
 * would see it. The builder page (`dist/builder/`) does the same and writes the embed code.
 */
const meta: Meta<YourDataArgs> = {
  title: 'Your data',
  component: 'belarus-timeline',
  argTypes: {
    widget: { control: 'inline-radio', options: ['indicators', 'timeline', 'quotes'] },
    src: { name: 'data URL', control: 'text', description: 'A JSON or CSV address, loaded when set.' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [...LOCALES] },
    width: { name: 'container width', control: 'select', options: ['320', '600', '1024', 'full'] },
  },
  args: { widget: 'timeline', src: '', theme: 'light', lang: 'en', width: 'full' },
  parameters: {
    docs: {
      source: {
        transform: (code: string, context: { args: Record<string, unknown> }) =>
          embedSource('', undefined)(code, { component: `belarus-${String(context.args.widget)}`, args: { ...context.args, dataSource: 'default' } }),
      },
    },
  },
  render: (args) => frame(args, html`<your-data-loader widget=${args.widget} src=${args.src} lang=${args.lang} theme=${args.theme}></your-data-loader>`),
};
export default meta;

type Story = StoryObj<YourDataArgs>;

/** Start here: choose a file or give a URL. */
export const YourData: Story = { name: 'Your data' };

/** A published CSV by its address: the article's indicators, as `src` would load them. */
export const FromAnAddress: Story = { name: 'From an address', args: { src: '/sample-data/indicators.csv', widget: 'indicators' } };
