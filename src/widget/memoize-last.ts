/**
 * How every widget derives its view model: a function that remembers its last result while every
 * argument is the same value or object (data arrays are replaced, never mutated), so an update
 * that changes nothing it reads costs nothing.
 */
export function memoizeLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A) => {
    if (!last || args.length !== last.args.length || args.some((arg, i) => !Object.is(arg, last!.args[i]))) {
      last = { args, result: fn(...args) };
    }
    return last.result;
  };
}
