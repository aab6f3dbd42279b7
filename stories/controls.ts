/**
 * The controls every widget story file shares: container width, theme, language and data source,
 * plus the frame the widget is rendered in. Not a story file (its name does not end in
 * `.stories.ts`), so Storybook lists nothing from it.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import manifest from '../custom-elements.json';

export type Theme = 'light' | 'dark' | 'auto';
export type Lang = 'en' | 'ru' | 'be' | 'uk' | 'pl' | 'lt';
/** Width of the container the widget sits in, in CSS pixels, or the whole preview. */
export type ContainerWidth = '320' | '600' | '1024' | 'full';
/** `default`: the story's own data (the article's, bundled, unless the story says otherwise). */
export type DataSource = 'default' | 'csv' | 'broken';

export interface CommonArgs {
  theme: Theme;
  lang: Lang;
  width: ContainerWidth;
  dataSource: DataSource;
  data?: unknown;
  src?: string;
}

const PREVIEW = { category: 'Preview' };

/** argTypes of the shared controls; `csv` is the widget's table under `/sample-data/`. */
export function commonArgTypes(csv: string): Partial<ArgTypes<CommonArgs>> {
  return {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['en', 'ru', 'be', 'uk', 'pl', 'lt'] },
    width: {
      name: 'container width',
      description: 'Width of the column the widget is placed in (layout follows the container, not the window).',
      control: { type: 'select', labels: { '320': '320 px (phone)', '600': '600 px', '1024': '1024 px', full: 'full width' } },
      options: ['320', '600', '1024', 'full'],
      table: PREVIEW,
    },
    dataSource: {
      name: 'data source',
      description: `Default: the article's data bundled in the widget. CSV: \`src="${csv}"\`. Broken: rows that fail validation, to show the error state (no request is made).`,
      control: {
        type: 'select',
        labels: { default: 'default (article data)', csv: `CSV src (${csv})`, broken: 'broken data (error state)' },
      },
      options: ['default', 'csv', 'broken'],
      table: PREVIEW,
    },
    data: { control: false },
    src: { control: 'text' },
  };
}

export const commonArgs: Pick<CommonArgs, 'theme' | 'lang' | 'width' | 'dataSource'> = {
  theme: 'light',
  lang: 'en',
  width: 'full',
  dataSource: 'default',
};

/** The `.data` and `src` to give the widget for the chosen data source. */
export function dataFor(args: CommonArgs, csv: string, broken: unknown): { data?: unknown; src?: string } {
  if (args.dataSource === 'csv') return { src: csv };
  if (args.dataSource === 'broken') return { data: broken };
  return { data: args.data, src: args.src };
}

/** The container the widget is placed in: a page background for the theme, the chosen width. */
export function frame(args: Pick<CommonArgs, 'theme' | 'width'>, content: TemplateResult): TemplateResult {
  const width = args.width === 'full' || args.width === undefined ? '' : `width: ${args.width}px;`;
  const background = args.theme === 'dark' ? '#161616' : 'transparent';
  return html`<div style="padding: 1rem; background: ${background}; ${width}">${content}</div>`;
}

interface ManifestMember {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
}

/**
 * Hides what is not the widget's public API from the docs tables: the manifest lists private and
 * protected fields (with their `privacy`) and static fields too, and Storybook would show them all.
 */
export function hideInternals(tag: string): Record<string, { table: { disable: true } }> {
  const hidden: Record<string, { table: { disable: true } }> = {};
  for (const module of (manifest as { modules: { declarations?: { tagName?: string; members?: ManifestMember[] }[] }[] }).modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName !== tag) continue;
      for (const member of declaration.members ?? []) {
        if (member.privacy === 'private' || member.privacy === 'protected' || member.static) {
          hidden[member.name] = { table: { disable: true } };
        }
      }
    }
  }
  return hidden;
}
