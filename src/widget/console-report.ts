/**
 * Problems in the browser console, for the producer who opens it: one collapsed group per
 * distinct set of problems (the widget reports each set once, with `belarus-data-error`),
 * titled with the widget's tag and the data's source, and one warning per problem with its
 * fix. The group title is English, as the library's other console messages are; the problems
 * are in the widget's language, as the debug view shows them.
 */
import type { DataErrorDetail } from '../controllers/data-source-controller.js';
import { CORE_STRINGS, describeProblem, type CoreStrings } from '../format/strings.js';
import { DEBUG_PARAMETER } from './debug-query.js';
import { sourceName } from './debug-view.js';

/** More lines than this and the group ends with a count: the event has them all. */
export const CONSOLE_PROBLEMS = 100;

/** A problem with its fix, as one line. */
export function problemLine(problem: DataErrorDetail['problems'][number], strings: CoreStrings): string {
  const fix = strings.fixes[problem.code];
  return fix ? `${describeProblem(problem, strings)}. ${strings.debug.fix} ${fix}` : describeProblem(problem, strings);
}

export function reportToConsole(tag: string, detail: DataErrorDetail, strings: CoreStrings): void {
  const { problems } = detail;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const counts = [
    errors && `${errors} error${errors === 1 ? '' : 's'}`,
    problems.length - errors && `${problems.length - errors} warning${problems.length - errors === 1 ? '' : 's'}`,
  ]
    .filter(Boolean)
    .join(', ');
  const source = detail.origin === 'src' ? `"${detail.src ?? ''}"` : sourceName(detail.origin, undefined, CORE_STRINGS.en);
  console.groupCollapsed(
    `belarus-widgets: <${tag}> data from ${source}: ${counts}. Add the debug attribute, or ?${DEBUG_PARAMETER} to the page's address, to see them in the widget.`,
  );
  for (const problem of problems.slice(0, CONSOLE_PROBLEMS)) console.warn(problemLine(problem, strings));
  if (problems.length > CONSOLE_PROBLEMS) console.warn(`… and ${problems.length - CONSOLE_PROBLEMS} more in the belarus-data-error event's detail.problems.`);
  console.groupEnd();
}
