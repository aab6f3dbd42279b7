/**
 * The embed code the builder shows for each mode, from the producer's choices and cleaned data,
 * composed by the same generator as `npx belarus-widgets embed` (src/embed/snippet.ts). A choice
 * that cannot work gives a sentence saying what to do instead of code.
 */
import { buildSnippet, EmbedOptionError, parseRequest, type EmbedMode, type StaticPart } from '../embed/snippet.js';
import type { WidgetName } from '../embed/widgets.js';
import type { Theme } from '../widget/widget-element.js';
import type { CleanDataset } from './clean-dataset.js';

/** Where a script embed takes its data from. */
export const DATA_PLACES = ['inline', 'url'] as const;
export type DataPlace = (typeof DATA_PLACES)[number];

export interface EmbedChoice {
  mode: EmbedMode;
  widget: WidgetName;
  /** The widget's language; '' follows the page. */
  lang: string;
  /** '' follows the page's colour scheme. */
  theme: Theme | '';
  dataPlace: DataPlace;
  /** The data's published address, for `src`. */
  dataUrl: string;
  /** Where the package's dist/ folder is published (the folder the builder is served from, by default). */
  base: string;
  /** The frame's title for iframe and AMP. */
  title: string;
  /** The frame's starting height, when the preview has measured one. */
  height?: number;
  /** The room the widget needs at each width with the data at the address (`reserve`), for script embeds that read it from there. */
  reserve?: string;
  /** The room is being measured: the code waits for it. */
  measuringReserve?: boolean;
}

export type EmbedCode = { code: string } | { error: string };

/** The modes in the order the builder offers them, with their names. */
export const MODE_LABELS: Record<EmbedMode, string> = {
  script: 'Script',
  iframe: 'iframe + resizer',
  amp: 'AMP',
  static: 'Static HTML',
};

export function embedCode(choice: EmbedChoice, dataset: CleanDataset | undefined, rows: number, part?: StaticPart): EmbedCode {
  if (!dataset || rows === 0)
    return { error: 'There is no row to embed yet: give the builder your data, and fix the problems listed if every row was left out.' };
  const byUrl = choice.mode === 'iframe' || choice.mode === 'amp' || (choice.mode === 'script' && choice.dataPlace === 'url');
  const dataUrl = choice.dataUrl.trim();
  if (byUrl && !dataUrl) {
    const why = choice.mode === 'script' ? 'A script embed that reads its data by URL' : `An ${MODE_LABELS[choice.mode]} embed`;
    return {
      error: `${why} needs the address of the published data: publish the cleaned data (Download JSON) or your sheet as CSV, and give its address under “Data address for the embed”.`,
    };
  }
  const base = choice.base.trim();
  if (!base) return { error: 'Give the address where the package’s dist/ folder is published, under “Published folder”.' };
  if (choice.mode === 'static' && !part) return { error: 'Rendering the static HTML…' };
  const reserving = choice.mode === 'script' && byUrl;
  if (reserving && choice.measuringReserve) return { error: 'Measuring the room the widget needs at each width…' };
  try {
    const request = parseRequest(
      {
        mode: choice.mode,
        widget: choice.widget,
        base,
        lang: choice.lang || undefined,
        theme: choice.theme || undefined,
        src: byUrl ? dataUrl : undefined,
        // The widget keeps that room while its data loads, so the article below does not move when it arrives.
        reserve: reserving && choice.reserve ? choice.reserve : undefined,
      },
      base,
    );
    if (!byUrl) request.data = dataset;
    if (choice.title.trim()) request.title = choice.title.trim();
    if (choice.height) request.height = choice.height;
    return { code: buildSnippet(request, part) };
  } catch (error) {
    if (error instanceof EmbedOptionError) return { error: error.message };
    throw error;
  }
}
