/**
 * Resolves a widget's data, first match wins: the `.data` property, an inline
 * `<script type="application/json">` child, the `src` URL (JSON or CSV), the article's default
 * dataset. Fires `belarus-data-error` once per distinct set of problems.
 *
 * Fetching runs in a @lit/task Task, so a newer `src` always wins over a slower older one. The
 * task only loads; validation happens in `sync()` with the widget's current language and date
 * format, so changing either re-reads the same file without fetching it again.
 */
import { Task, TaskStatus, initialState } from '@lit/task';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { defaultDataFor } from '../data/default-dataset.js';
import { loadData } from '../data/load.js';
import { parseJson } from '../data/parse.js';
import { DataError, problem } from '../data/problem.js';
import type { Meta, Problem, ReadOptions, RowKind, RowsByKind, Validated } from '../data/types.js';
import { validateFor } from '../data/validate.js';
import { DATA_ERROR_EVENT } from '../events.js';
import { childrenMayStillArrive } from './parser-progress.js';

export type DataState = 'loading' | 'ready' | 'error';
export type DataOrigin = 'property' | 'inline' | 'src' | 'default';

export interface DataErrorDetail {
  problems: Problem[];
  origin: DataOrigin;
  src?: string;
}

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
}

/** What a `src` gave: the parsed file (validated later), or the problem that stopped it. */
type Loaded = { src: string; input: unknown } | { src: string; failure: Problem };

interface Resolved<K extends RowKind> extends Validated<K> {
  state: DataState;
  origin: DataOrigin;
}

const loading = <K extends RowKind>(origin: DataOrigin): Resolved<K> => ({ state: 'loading', origin, rows: [], meta: {}, problems: [] });

function problemFrom(error: unknown, code: Problem['code']): Problem {
  return error instanceof DataError ? error.problem : problem(code, String(error));
}

function validated<K extends RowKind>(kind: K, input: () => unknown, options: ReadOptions): Validated<K> {
  try {
    return validateFor(kind, input(), options);
  } catch (error) {
    return { rows: [], meta: {}, problems: [problemFrom(error, 'wrong-shape')] };
  }
}

const sameParts = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((part, i) => Object.is(part, b[i]));

export class DataSourceController<K extends RowKind> implements ReactiveController {
  private resolved: Resolved<K> = loading('default');
  /** The inputs `resolved` was made from; an equal key means nothing to do. */
  private key: readonly unknown[] = [];
  /** What the last `belarus-data-error` reported, as a comparable string ('' for nothing). */
  private reported = '';
  /** The `src` the task should load now (undefined while another source wins). */
  private src: string | undefined;
  /** Re-reads inline JSON when the page (or the parser, or a CMS script) changes the children. */
  private children: MutationObserver | undefined;
  private readonly task: Task<[string | undefined], Loaded>;

  constructor(
    private readonly host: DataHost,
    private readonly kind: K,
  ) {
    host.addController(this);
    this.task = new Task(this.host, {
      args: () => [this.src] as [string | undefined],
      task: async ([src], { signal }) => {
        if (!src) return initialState;
        try {
          return { src, input: await loadData(src, { signal }) };
        } catch (error) {
          if (signal.aborted) throw error;
          return { src, failure: problemFrom(error, 'fetch-failed') };
        }
      },
    });
  }

  get rows(): RowsByKind[K][] {
    return this.resolved.rows;
  }
  get meta(): Meta {
    return this.resolved.meta;
  }
  get problems(): Problem[] {
    return this.resolved.problems;
  }
  get state(): DataState {
    return this.resolved.state;
  }
  get origin(): DataOrigin {
    return this.resolved.origin;
  }

  /**
   * Brings the resolved data up to date with the host's sources and returns its state. Widgets
   * call this at the start of `willUpdate()`, so everything they derive in the same update sees
   * the current data.
   */
  sync(options: ReadOptions = {}): DataState {
    const { data, src } = this.host;
    const inline = data === undefined ? this.inlineJson() : undefined;
    // A script in <head> upgrades the tag before the parser has reached its inline JSON: until
    // the children are complete, src and the default are not yet known to be the right source.
    const waiting = data === undefined && inline === undefined && childrenMayStillArrive(this.host, this.onChildrenChange);
    this.src = data === undefined && inline === undefined && !waiting && src ? src : undefined;
    const loaded = this.src && this.task.status === TaskStatus.COMPLETE && this.task.value?.src === this.src ? this.task.value : undefined;
    const key = [data, inline, waiting, this.src, loaded, options.lang, options.dateFormat];
    if (sameParts(key, this.key)) return this.resolved.state;
    this.key = key;
    if (data !== undefined)
      this.settle(
        'property',
        validated(this.kind, () => data, options),
      );
    else if (inline !== undefined)
      this.settle(
        'inline',
        validated(this.kind, () => parseJson(inline), options),
      );
    else if (waiting) this.resolved = loading('inline');
    else if (!this.src) this.settle('default', defaultDataFor(this.kind));
    else if (!loaded) this.resolved = loading('src');
    else if ('failure' in loaded) this.settle('src', { rows: [], meta: {}, problems: [loaded.failure] });
    else
      this.settle(
        'src',
        validated(this.kind, () => loaded.input, options),
      );
    return this.resolved.state;
  }

  hostConnected(): void {
    // A fetch aborted by a disconnect is started again when the element comes back.
    if (this.src && this.task.status !== TaskStatus.PENDING && this.resolved.state === 'loading') void this.task.run();
    if (isServer) return;
    this.children ??= new MutationObserver(this.onChildrenChange);
    this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.task.abort();
    this.children?.disconnect();
    if (!isServer) document.removeEventListener('DOMContentLoaded', this.onChildrenChange);
  }

  hostUpdated(): void {
    const { problems, origin } = this.resolved;
    // Once per distinct set of problems: a framework that hands over an equal new `data` object on
    // every render (and re-renders on the event) must not be told the same thing again and again.
    const signature = problems.length ? JSON.stringify([origin, this.src, problems]) : '';
    if (signature === this.reported) return;
    this.reported = signature;
    if (!signature) return;
    const detail: DataErrorDetail = { problems, origin, src: this.src };
    this.host.dispatchEvent(new CustomEvent(DATA_ERROR_EVENT, { detail, bubbles: true, composed: true }));
  }

  private readonly onChildrenChange = (): void => this.host.requestUpdate();

  private inlineJson(): string | undefined {
    // `children` is missing in Lit's server-side DOM shim; nothing is inline there.
    for (const child of Array.from(this.host.children ?? [])) {
      if (child instanceof HTMLScriptElement && child.type === 'application/json') return child.textContent ?? '';
    }
    return undefined;
  }

  private settle(origin: DataOrigin, result: Validated<K>): void {
    const failed = result.rows.length === 0 && result.problems.some((p) => p.severity === 'error');
    this.resolved = { ...result, origin, state: failed ? 'error' : 'ready' };
  }
}
