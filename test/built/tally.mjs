// The count of the built-file checks (scripts/check-dist.mjs): each check passes or fails with a
// message that says what a reader would meet.
export const tally = { passed: 0, failed: 0, failures: [] };

/** Counts one check; `message` (or its function's result) is kept when it fails. */
export function check(ok, message) {
  if (ok) tally.passed += 1;
  else {
    tally.failed += 1;
    tally.failures.push(typeof message === 'function' ? message() : message);
  }
  return ok;
}
