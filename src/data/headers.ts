/**
 * Column names as people write them in spreadsheets: `Date`, `Start date`, `Source URL`,
 * `source_url`, `Дата`. A name matches a field when it is the same once case, spaces, `_`, `-`,
 * punctuation and a bracketed note (`Status (as of Oct 2025)`) are ignored, or when it is one of
 * the field's aliases below. A column that matches nothing is reported with the closest field.
 */
import { problem } from './problem.js';
import { ROW_FIELDS } from './row-fields.js';
import type { Problem, RowKind } from './types.js';

type Aliases = Readonly<Record<string, readonly string[]>>;

/** Aliases every kind shares; en, then ru, then be. */
const SHARED: Aliases = {
  id: ['Identifier', 'Slug', 'Идентификатор', 'Ідэнтыфікатар'],
  sourceUrl: ['Source URL', 'Source link', 'Source', 'Sources', 'Link', 'URL', 'Href', 'Источник', 'Ссылка', 'Крыніца', 'Спасылка'],
};

/** Other names for each field, per row kind; en, then ru, then be. */
export const FIELD_ALIASES: Readonly<Record<RowKind, Aliases>> = {
  indicators: {
    ...SHARED,
    indicator: ['Measure', 'Metric', 'Name', 'Label', 'Показатель', 'Паказчык'],
    status: ['Status text', 'Value text', 'Статус', 'Состояние', 'Стан'],
    asOf: ['As of', 'As-of date', 'Date', 'Updated', 'Дата', 'По состоянию на', 'Па стане на'],
    value: ['Number', 'Amount', 'Count', 'Значение', 'Число', 'Значэнне', 'Лік'],
    max: ['Maximum', 'Out of', 'Scale', 'Максимум'],
    unit: ['Units', 'Единица', 'Единицы', 'Адзінка', 'Адзінкі'],
    note: ['Notes', 'Footnote', 'Comment', 'Примечание', 'Заўвага'],
  },
  events: {
    ...SHARED,
    date: ['Start', 'Start date', 'Begin', 'From', 'When', 'Дата', 'Начало', 'Дата начала', 'Пачатак', 'Дата пачатку'],
    end: ['End date', 'Until', 'To', 'Конец', 'Окончание', 'Дата окончания', 'Канец', 'Дата заканчэння'],
    title: ['Headline', 'Event', 'Name', 'Название', 'Заголовок', 'Событие', 'Назва', 'Загаловак', 'Падзея'],
    description: ['Details', 'Summary', 'Text', 'Body', 'Описание', 'Апісанне'],
    category: ['Type', 'Tag', 'Group', 'Категория', 'Тип', 'Катэгорыя'],
  },
  quotes: {
    ...SHARED,
    text: ['Quote', 'Quotation', 'Цитата', 'Текст', 'Цытата', 'Тэкст'],
    speaker: ['Name', 'Author', 'Person', 'Who', 'Спикер', 'Автор', 'Кто', 'Аўтар', 'Хто'],
    role: ['Job title', 'Position', 'Должность', 'Роль', 'Пасада'],
    affiliation: ['Organisation', 'Organization', 'Org', 'Employer', 'Организация', 'Арганізацыя'],
    lang: ['Language', 'Язык', 'Мова'],
    context: ['When', 'Where', 'Occasion', 'Контекст', 'Кантэкст'],
  },
};

/** `Source URL`, `source_url` and `sourceUrl` all become `sourceurl`; a bracketed note is dropped. */
export function normaliseName(name: string): string {
  const squeeze = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return squeeze(name.replace(/\([^)]*\)|\[[^\]]*\]/g, '')) || squeeze(name);
}

/** Normalised name -> field, with how closely it matched: 1 the field's own name, 2 an alias. */
type Names = Map<string, { field: string; rank: 1 | 2 }>;

const namesByKind = new Map<RowKind, Names>();

function names(kind: RowKind): Names {
  let found = namesByKind.get(kind);
  if (!found) {
    found = new Map();
    for (const { name } of ROW_FIELDS[kind].fields) found.set(normaliseName(name), { field: name, rank: 1 });
    for (const [field, aliases] of Object.entries(FIELD_ALIASES[kind])) {
      for (const alias of aliases) if (!found.has(normaliseName(alias))) found.set(normaliseName(alias), { field, rank: 2 });
    }
    namesByKind.set(kind, found);
  }
  return found;
}

let anyKind: Set<string> | undefined;

/** Is this a column name of any row kind? Used to find the header row below a title. */
export function isKnownName(name: string): boolean {
  anyKind ??= new Set((['indicators', 'events', 'quotes'] as const).flatMap((kind) => [...names(kind).keys()]));
  return anyKind.has(normaliseName(name));
}

/** Levenshtein distance, for suggesting the field a misspelt column meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The field whose name or alias is closest to `name` by edit distance, when it is close enough
 * to be a misspelling: at most 2 edits, or a third of the name's letters for longer names.
 */
export function closestField(kind: RowKind, name: string): string | undefined {
  const target = normaliseName(name);
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(target.length / 3)) + 1;
  for (const [known, { field }] of names(kind)) {
    const d = distance(target, known);
    if (d < bestDistance) [best, bestDistance] = [field, d];
  }
  return best;
}

export interface ColumnPlan {
  /** For each field, the columns that give it, the preferred first. */
  columns: Map<string, string[]>;
  /** Required fields no column gives. */
  missing: string[];
  /** Warnings: unknown columns and, for a header row, columns that repeat a field. */
  problems: Problem[];
}

/**
 * Decides which column gives which field. A field's own name beats an alias, then the first
 * column wins. With `oneColumnEach` (a CSV header) a field is read from one column only, and the
 * others naming it are reported; without it (JSON rows, whose keys may differ row by row) each
 * row uses the first of the field's columns it has.
 */
export function planColumns(kind: RowKind, columns: readonly string[], oneColumnEach: boolean): ColumnPlan {
  const match = names(kind);
  const candidates = new Map<string, Array<{ column: string; rank: number }>>();
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column) && !oneColumnEach) continue;
    seen.add(column);
    const found = match.get(normaliseName(column));
    if (!found) {
      const suggestion = closestField(kind, column);
      const fields = ROW_FIELDS[kind].fields.map((field) => field.name).join(', ');
      problems.push(
        suggestion
          ? problem('unknown-column', `Column "${column}" is not a field of ${kind} and was ignored; did you mean "${suggestion}"?`, {
              severity: 'warning',
              details: [column, suggestion],
            })
          : problem('unknown-column', `Column "${column}" is not a field of ${kind} and was ignored. The fields of ${kind} are ${fields}.`, {
              severity: 'warning',
              value: column,
            }),
      );
      continue;
    }
    const rank = column === found.field ? 0 : found.rank;
    const list = candidates.get(found.field) ?? [];
    list.push({ column, rank });
    candidates.set(found.field, list);
  }
  const plan: ColumnPlan = { columns: new Map(), missing: [], problems };
  for (const { name, required } of ROW_FIELDS[kind].fields) {
    const list = (candidates.get(name) ?? []).sort((a, b) => a.rank - b.rank);
    if (!list.length) {
      if (required) plan.missing.push(name);
      continue;
    }
    const [kept, ...others] = list;
    plan.columns.set(name, oneColumnEach ? [kept.column] : list.map((c) => c.column));
    if (!oneColumnEach) continue;
    for (const { column } of others) {
      problems.push(
        problem('duplicate-column', `Column "${column}" gives the field "${name}" again and was ignored; column "${kept.column}" is used.`, {
          severity: 'warning',
          details: [column, name, kept.column],
        }),
      );
    }
  }
  return plan;
}
