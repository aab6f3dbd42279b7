/**
 * Resolves a widget's data, first match wins: the `.data` property, an inline
 * `<script type="application/json">` child, the `src` URL (JSON or CSV), the article's default
 * dataset. Reflects `state` on the host and fires `belarus-data-error` with every problem.
 * Fetching runs in a @lit/task Task, so a newer `src` always wins over a slower older one.
 */
import { Task, initialState } from '@lit/task';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { defaultDataFor } from '../data/default-dataset.js';
import { loadData } from '../data/load.js';
import { parseJson } from '../data/parse.js';
import { DataError, problem } from '../data/problem.js';
import type { Meta, Problem, RowKind, RowsByKind, Validated } from '../data/types.js';
import { validateFor } from '../data/validate.js';
import { childrenMayStillArrive } from './parser-progress.js';

export type DataState = 'loading' | 'ready' | 'error';
export type DataOrigin = 'property' | 'inline' | 'src' | 'default';

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
  state: DataState;
}

export interface DataErrorDetail {
  problems: Problem[];
  origin: DataOrigin;
  src?: string;
}

export const DATA_ERROR_EVENT = 'belarus-data-error';

interface Resolved<K extends RowKind> extends Validated<K> {
  state: DataState;
  origin: DataOrigin;
}

function fromInput<K extends RowKind>(kind: K, input: () => unknown): Validated<K> {
  try {
    return validateFor(kind, input());
  } catch (error) {
    const found = error instanceof DataError ? error.problem : problem('wrong-shape', String(error));
    return { rows: [], meta: {}, problems: [found] };
  }
}

export class DataSourceController<K extends RowKind> implements ReactiveController {
  private resolved: Resolved<K> = { state: 'loading', origin: 'default', rows: [], meta: {}, problems: [] };
  private key: unknown[] = [];
  /** What the last `belarus-data-error` reported, as a comparable string ('' for nothing). */
  private reported = '';
  private src: string | undefined;
  /** Re-reads inline JSON when the page (or the parser, or a CMS script) changes the children. */
  private children: MutationObserver | undefined;
  private readonly task: Task<[string | undefined], Validated<K> & { src: string }>;

  constructor(
    private readonly host: DataHost,
    private readonly kind: K,
  ) {
    host.addController(this);
    this.task = new Task(this.host, {
      args: () => [this.src] as [string | undefined],
      task: async ([src], { signal }) => {
        if (!src) return initialState;
        const validated = await loadData(src, { signal }).then(
          (input) => fromInput(this.kind, () => input),
          (error: unknown) => {
            if (signal.aborted) throw error;
            const found = error instanceof DataError ? error.problem : problem('fetch-failed', String(error));
            return { rows: [], meta: {}, problems: [found] } as Validated<K>;
          },
        );
        return { ...validated, src };
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
   * Brings the resolved data up to date with the host's sources. Widgets call this at the start
   * of `willUpdate()`, so everything they derive in the same update sees the current data.
   */
  sync(): void {
    const { data, src } = this.host;
    const inline = data === undefined ? this.inlineJson() : undefined;
    // A script in <head> upgrades the tag before the parser has reached its inline JSON: until
    // the children are complete, src and the default are not yet known to be the right source.
    const waiting = data === undefined && inline === undefined && childrenMayStillArrive(this.host, this.onChildrenComplete);
    const useSrc = data === undefined && inline === undefined && !waiting && src ? src : undefined;
    const key = [data, inline, waiting, useSrc, useSrc && this.task.status, useSrc && this.task.value];
    if (key.length === this.key.length && key.every((part, i) => Object.is(part, this.key[i]))) return;
    this.key = key;
    this.src = useSrc;
    if (data !== undefined) this.settle('property', fromInput(this.kind, () => data));
    else if (inline !== undefined) this.settle('inline', fromInput(this.kind, () => parseJson(inline)));
    else if (waiting) this.resolved = { state: 'loading', origin: 'inline', rows: [], meta: {}, problems: [] };
    else if (useSrc) {
      const loaded = this.task.value;
      if (loaded && loaded.src === useSrc && this.task.status !== 1) this.settle('src', loaded);
      else this.resolved = { state: 'loading', origin: 'src', rows: [], meta: {}, problems: [] };
    } else this.settle('default', defaultDataFor(this.kind));
    this.host.state = this.resolved.state;
  }

  hostConnected(): void {
    // A fetch aborted by a disconnect is started again when the element comes back.
    if (this.src && this.resolved.state === 'loading' && this.task.status !== 1) void this.task.run();
    if (isServer) return;
    this.children ??= new MutationObserver(this.onChildrenComplete);
    this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.task.abort();
    this.children?.disconnect();
    document.removeEventListener('DOMContentLoaded', this.onChildrenComplete);
  }

  private readonly onChildrenComplete = (): void => this.host.requestUpdate();

  hostUpdated(): void {
    const { problems } = this.resolved;
    // Once per distinct set of problems: a framework that hands over an equal new `data` object on
    // every render (and re-renders on the event) must not be told the same thing again and again.
    const signature = problems.length ? JSON.stringify([this.resolved.origin, this.src, problems]) : '';
    if (signature === this.reported) return;
    this.reported = signature;
    if (!signature) return;
    const detail: DataErrorDetail = { problems, origin: this.resolved.origin, src: this.src };
    this.host.dispatchEvent(new CustomEvent(DATA_ERROR_EVENT, { detail, bubbles: true, composed: true }));
  }

  private inlineJson(): string | undefined {
    // `children` is missing in Lit's server-side DOM shim; nothing is inline there.
    for (const child of Array.from(this.host.children ?? [])) {
      if (child instanceof HTMLScriptElement && child.type === 'application/json') return child.textContent ?? '';
    }
    return undefined;
  }

  private settle(origin: DataOrigin, validated: Validated<K>): void {
    const failed = validated.rows.length === 0 && validated.problems.some((p) => p.severity === 'error');
    this.resolved = { ...validated, origin, state: failed ? 'error' : 'ready' };
  }
}
