// One retry, after a pause, for a measurement that failed (a page that timed out on a busy
// machine). Every retry
// is recorded with the first failure's message and shown in the results, so a flaky widget is
// visible rather than hidden; a second failure is reported as a failed measurement.
const PAUSE_MS = 5_000;

export function retrying(retries, log) {
  return async (label, fn) => {
    try {
      return await fn();
    } catch (error) {
      const message = String(error.message ?? error).split('\n')[0];
      retries.push({ measurement: label, firstError: message });
      log(`retrying ${label} in ${PAUSE_MS / 1000} s after: ${message.slice(0, 300)}`);
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      return fn();
    }
  };
}
