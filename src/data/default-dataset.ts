/**
 * The article's dataset, bundled so that a bare tag renders without any request. It goes through
 * the same validation as any other source (once per kind), so it can never bypass the rules.
 */
import dataset from '../../data/us-belarus-relations.json' with { type: 'json' };
import type { RowKind, Validated } from './types.js';
import { validateFor } from './validate.js';

export const DEFAULT_DATASET: unknown = dataset;

const cache = new Map<RowKind, Validated<RowKind>>();

export function defaultDataFor<K extends RowKind>(kind: K): Validated<K> {
  let validated = cache.get(kind);
  if (!validated) {
    validated = validateFor(kind, DEFAULT_DATASET);
    cache.set(kind, validated);
  }
  return validated as Validated<K>;
}
