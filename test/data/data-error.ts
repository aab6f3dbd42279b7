// The problem a parser or loader refused its input with (it throws a DataError carrying it).
import { DataError } from '../../src/data/problem.js';
import type { Problem } from '../../src/data/types.js';

export function refusalOf(fn: () => unknown): Problem {
  try {
    fn();
  } catch (error) {
    if (error instanceof DataError) return error.problem;
    throw error;
  }
  throw new Error('expected a DataError');
}
