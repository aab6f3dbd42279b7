/**
 * Which widget the data is for, guessed from its columns: the kind whose required fields all
 * have a column and that reads the most of the columns (by the same names and aliases the
 * widgets match, so `Date`, `Headline` and `Категория` count). A dataset object names its lists
 * itself. The producer can always choose another widget.
 */
import { planColumns } from '../data/headers.js';
import { ROW_KINDS, type RowKind } from '../data/types.js';
import { columnsOf, rowsOf } from './rows.js';

export interface KindGuess {
  kind: RowKind;
  /** The columns read as fields of that kind, for telling the producer why. */
  matched: string[];
}

function score(kind: RowKind, columns: readonly string[]): { complete: boolean; matched: string[] } {
  const plan = planColumns(kind, columns, false);
  const matched = [...plan.columns.values()].flat();
  return { complete: plan.missing.length === 0, matched };
}

/** The best kind for `input`, or undefined when nothing in it names a field of any kind. */
export function guessKind(input: unknown): KindGuess | undefined {
  if (!Array.isArray(input) && typeof input === 'object' && input !== null) {
    const lists = ROW_KINDS.filter((kind) => rowsOf(input, kind)?.length);
    if (lists.length) return best(lists.map((kind) => [kind, columnsOf(rowsOf(input, kind)!)]));
  }
  const rows = rowsOf(input, 'indicators');
  if (!rows) return undefined;
  const columns = columnsOf(rows);
  return best(ROW_KINDS.map((kind) => [kind, columns]));
}

function best(candidates: Array<[RowKind, string[]]>): KindGuess | undefined {
  let found: (KindGuess & { complete: boolean }) | undefined;
  for (const [kind, columns] of candidates) {
    const { complete, matched } = score(kind, columns);
    if (!matched.length) continue;
    // A kind with every required column beats one without; then the most columns read; then the order of ROW_KINDS.
    if (!found || (complete && !found.complete) || (complete === found.complete && matched.length > found.matched.length)) {
      found = { kind, matched, complete };
    }
  }
  return found && { kind: found.kind, matched: found.matched };
}
