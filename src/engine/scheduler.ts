import { EdoError } from '../model/errors.js';

/** What one attempt at a task ended with (the seed's transform-status, without the artifact). */
export type AttemptOutcome =
  | { readonly status: 'success' }
  | { readonly status: 'retryable'; readonly error: EdoError }
  | { readonly status: 'failed'; readonly error: EdoError };

/**
 * How a task ended: `skipped` when a dependency failed, `cancelled` when the build stopped before
 * or while it ran (fail-fast after another failure, or a signal).
 */
export type TaskStatus = 'success' | 'failed' | 'skipped' | 'cancelled';

export interface TaskResult {
  readonly status: TaskStatus;
  readonly error?: EdoError;
  readonly attempts: number;
}

export interface ScheduledTask {
  readonly label: string;
  /** Dependencies; those that are not tasks of this schedule count as already done. */
  readonly deps: readonly string[];
}

export interface SchedulerOptions {
  /** How many tasks run at once. */
  readonly jobs: number;
  /** Keep starting independent tasks after a failure (default: stop at the first). */
  readonly keepGoing?: boolean;
  /** Attempts for a task that keeps returning `retryable`, the first included. */
  readonly maxAttempts?: number;
  /** Wait before the first retry; doubled for each further one. */
  readonly backoffMs?: number;
  /** Aborting it cancels the build: running tasks see their signal aborted, nothing new starts. */
  readonly signal?: AbortSignal;
}

export interface SchedulerHooks {
  /** Runs one attempt; must settle soon after `signal` is aborted. */
  run(label: string, attempt: number, signal: AbortSignal): Promise<AttemptOutcome>;
  onStart?(label: string, attempt: number): void;
  onRetry?(label: string, attempt: number, error: EdoError, delayMs: number): void;
  onFinish?(label: string, result: TaskResult): void;
}

/** Anything thrown, as an EdoError (the original kept as its cause). */
export function asEdoError(err: unknown, target?: string): EdoError {
  if (err instanceof EdoError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new EdoError(message, target === undefined ? {} : { target }, 1, err);
}

/** Resolves after `ms`, or as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Runs tasks in dependency order with at most `jobs` at a time. Returns once every running task
 * has settled, so callers can rely on all environments being torn down when it returns.
 */
export async function schedule(
  tasks: readonly ScheduledTask[],
  options: SchedulerOptions,
  hooks: SchedulerHooks,
): Promise<Map<string, TaskResult>> {
  const jobs = Math.max(1, options.jobs);
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const backoffMs = options.backoffMs ?? 500;
  const stop = new AbortController();
  const onOuterAbort = (): void => stop.abort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  if (options.signal?.aborted) stop.abort();

  const results = new Map<string, TaskResult>();
  const waitingOn = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  const ready: string[] = [];
  const known = new Set(tasks.map((t) => t.label));
  for (const task of tasks) {
    const deps = [...new Set(task.deps)].filter((d) => known.has(d));
    waitingOn.set(task.label, deps.length);
    for (const dep of deps) {
      const list = dependents.get(dep);
      if (list) list.push(task.label);
      else dependents.set(dep, [task.label]);
    }
    if (deps.length === 0) ready.push(task.label);
  }

  const finish = (label: string, result: TaskResult): void => {
    results.set(label, result);
    hooks.onFinish?.(label, result);
  };

  /** Marks everything that (transitively) depends on a failed task as skipped. */
  const skipDependents = (label: string): void => {
    const pending = [...(dependents.get(label) ?? [])];
    while (pending.length > 0) {
      const next = pending.pop()!;
      if (results.has(next)) continue;
      finish(next, { status: 'skipped', attempts: 0 });
      pending.push(...(dependents.get(next) ?? []));
    }
  };

  const runTask = async (label: string): Promise<TaskResult> => {
    for (let attempt = 1; ; attempt++) {
      if (stop.signal.aborted) return { status: 'cancelled', attempts: attempt - 1 };
      hooks.onStart?.(label, attempt);
      let outcome: AttemptOutcome;
      try {
        outcome = await hooks.run(label, attempt, stop.signal);
      } catch (err) {
        outcome = { status: 'failed', error: asEdoError(err) };
      }
      if (stop.signal.aborted && outcome.status !== 'success')
        return { status: 'cancelled', attempts: attempt };
      if (outcome.status === 'success') return { status: 'success', attempts: attempt };
      if (outcome.status === 'failed' || attempt >= maxAttempts) {
        return { status: 'failed', error: outcome.error, attempts: attempt };
      }
      const delay = backoffMs * 2 ** (attempt - 1);
      hooks.onRetry?.(label, attempt, outcome.error, delay);
      await sleep(delay, stop.signal);
    }
  };

  const running = new Set<Promise<void>>();
  const start = (label: string): void => {
    const promise = runTask(label).then((result) => {
      running.delete(promise);
      finish(label, result);
      if (result.status === 'success') {
        for (const dependent of dependents.get(label) ?? []) {
          const left = waitingOn.get(dependent)! - 1;
          waitingOn.set(dependent, left);
          if (left === 0) ready.push(dependent);
        }
      } else if (result.status === 'failed') {
        skipDependents(label);
        if (!options.keepGoing) stop.abort();
      }
    });
    running.add(promise);
  };

  try {
    while (true) {
      while (!stop.signal.aborted && running.size < jobs && ready.length > 0) {
        const label = ready.shift()!;
        if (!results.has(label)) start(label);
      }
      if (running.size === 0) break;
      await Promise.race(running);
    }
  } finally {
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
  for (const task of tasks) {
    if (!results.has(task.label)) finish(task.label, { status: 'cancelled', attempts: 0 });
  }
  return results;
}
