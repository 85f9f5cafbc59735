import { availableParallelism } from 'node:os';
import { removeEnvironment } from '../environment/removal.js';
import type { Environment } from '../environment/types.js';
import { EdoError } from '../model/errors.js';
import { idToString } from '../model/id-format.js';
import type { Id } from '../model/id.js';
import { relabel } from '../transform/artifacts.js';
import { OutputsKeys } from './early-cutoff.js';
import type { Engine } from './engine.js';
import { TargetLogs, withLog, type FileLog } from './logs.js';
import { NO_ENVIRONMENT } from './no-environment.js';
import { asEdoError, schedule, type AttemptOutcome, type TaskStatus } from './scheduler.js';
import type { TargetView } from './target-view.js';

/** What happened to one target of a build. */
export interface TargetReport {
  readonly label: string;
  readonly kind: string;
  /** The id its artifact is stored under (string form), when it could be computed. */
  readonly id: string;
  readonly digest: string;
  readonly cached: boolean;
  /** Taken from the store by its outputs key (early-cutoff.ts): counted cached, though planned to build. */
  readonly cutOff?: boolean;
  readonly status: TaskStatus;
  readonly durationMs: number;
  readonly attempts: number;
  readonly error?: EdoError;
  /** The log of this run, when the target ran. */
  readonly log?: string;
}

export interface BuildSummary {
  readonly status: 'success' | 'failed' | 'cancelled';
  readonly targets: readonly TargetReport[];
  readonly durationMs: number;
  readonly built: number;
  readonly cached: number;
  readonly failed: number;
  readonly skipped: number;
  readonly cancelled: number;
}

/** Receives a build's progress as it happens. */
export interface BuildReporter {
  begin(total: number, cached: number): void;
  started(label: string, attempt: number): void;
  retrying(label: string, attempt: number, error: EdoError, delayMs: number): void;
  finished(report: TargetReport): void;
  end(summary: BuildSummary): void;
}

export interface BuildOptions {
  readonly jobs?: number;
  readonly keepGoing?: boolean;
  readonly maxAttempts?: number;
  readonly backoffMs?: number;
  readonly signal?: AbortSignal;
  readonly reporter: BuildReporter;
}

/**
 * The cores plus two, as ninja does: a target is not all CPU (staging, packing, hashing and
 * fsyncs wait on the disk), and more targets in flight keep the cores busy. Measured on 2 cores:
 * 1,000 trivial scripts 12–15 s with 2 jobs, 10.7–11.5 s with 4; CPU-bound scripts the same
 * with either.
 */
export function defaultJobs(): number {
  return availableParallelism() + 2;
}

/**
 * Builds `labels` and everything they depend on: computes every cache key, takes what any store
 * has, and runs the rest through the scheduler, each target in a fresh environment of its farm
 * that is torn down whatever happens (success, failure, cancellation).
 */
export async function runBuild(
  engine: Engine,
  labels: readonly string[],
  options: BuildOptions,
): Promise<BuildSummary> {
  const started = performance.now();
  const order = engine.graph.closure(labels);
  const storage = await engine.storage();
  const handle = engine.handle(storage);
  const logs = new TargetLogs(engine.paths.logs);
  const reports = new Map<string, TargetReport>();
  const views = new Map<string, TargetView>();
  const ids = new Map<string, Id>();

  // Targets whose key could not be computed (a pin that cannot be taken, a farm that cannot be
  // set up): with --keep-going they fail when scheduled, and what depends on them is skipped.
  const keyFailures = new Map<string, EdoError>();
  // Dependencies first, so each key is computed from keys already known.
  engine.signal = options.signal;
  for (const node of order) {
    if (options.signal?.aborted) throw new EdoError('build cancelled');
    if (node.deps.some((dep) => !ids.has(dep))) continue;
    try {
      const view = await engine.target(node.label);
      views.set(node.label, view);
      ids.set(node.label, await view.getUniqueId(handle));
    } catch (err) {
      const error = asEdoError(err, node.label);
      if (!options.keepGoing) throw error;
      keyFailures.set(node.label, error);
    }
  }
  const present = await Promise.all(
    order.map((node) => ids.has(node.label) && storage.has(ids.get(node.label)!)),
  );
  const toRun = order.filter((_, i) => !present[i]);
  const report = (
    label: string,
    fields: Omit<TargetReport, 'label' | 'kind' | 'id' | 'digest'>,
  ): TargetReport => {
    const id = ids.get(label);
    const entry = {
      label,
      kind: views.get(label)?.kind ?? engine.graph.get(label).data.node.kind,
      id: id ? idToString(id) : '',
      digest: id?.digest ?? '',
      ...fields,
    };
    reports.set(label, entry);
    options.reporter.finished(entry);
    return entry;
  };

  options.reporter.begin(order.length, order.length - toRun.length);
  order.forEach((node, i) => {
    if (present[i]) report(node.label, { cached: true, status: 'success', durationMs: 0, attempts: 0 });
  });

  const startedAt = new Map<string, number>();
  const logPaths = new Map<string, string>();

  /** Targets taken from the store by their outputs key (early-cutoff.ts), not run. */
  const cutOff = new Set<string>();
  const outputsKeys = new OutputsKeys(handle, storage, (label) => engine.graph.get(label).deps);

  const runOne = async (label: string, signal: AbortSignal): Promise<AttemptOutcome> => {
    const keyFailure = keyFailures.get(label);
    if (keyFailure) return { status: 'failed', error: keyFailure };
    const view = views.get(label)!;
    const id = ids.get(label)!;
    // A target without dependencies has no outputs key other than its key.
    let byOutputs: Id | undefined;
    try {
      if (engine.graph.get(label).deps.length > 0) byOutputs = await outputsKeys.of(view);
    } catch (err) {
      return { status: 'failed', error: withTarget(asEdoError(err, label), label) };
    }
    // Only a shortcut: an entry that cannot be taken (broken, gone meanwhile) is a miss.
    const taken =
      byOutputs &&
      (await storage.has(byOutputs)) &&
      (await storage.open(byOutputs).then(
        (artifact) => storage.save(relabel(artifact, id)).then(() => true),
        () => false,
      ));
    if (taken) {
      cutOff.add(label);
      return { status: 'success' };
    }
    let log: FileLog;
    try {
      log = await logs.open(label);
    } catch (err) {
      return {
        status: 'failed',
        error: new EdoError(`cannot write its log: ${asEdoError(err).message}`, { target: label }),
      };
    }
    logPaths.set(label, log.path);
    let env: Environment = NO_ENVIRONMENT;
    const stopEnvironment = (): void => void env.down(log).catch(() => undefined);
    try {
      const farmName = view.environment();
      if (farmName !== '') {
        const farm = await engine.farm(farmName);
        env = await farm.create(log, label, signal);
        signal.addEventListener('abort', stopEnvironment, { once: true });
        await env.setup(log, storage);
        await env.up(log);
      }
      await view.prepare(log, handle);
      await view.stage(log, handle, env);
      if (signal.aborted) return { status: 'failed', error: new EdoError('cancelled', { target: label }) };
      const status = await view.transform(log, handle, env);
      // Its outputs are in the store now: the environment goes while the artifact is saved.
      const closing = closeEnvironment(env, log);
      env = NO_ENVIRONMENT;
      try {
        if (status.kind === 'success') {
          await storage.save(relabel(status.artifact, id));
          if (byOutputs) await storage.save(relabel(status.artifact, byOutputs));
          return { status: 'success' };
        }
        if (status.kind === 'failed') log.recordFailure(status.error.message);
        return { status: status.kind, error: withTarget(status.error, label) };
      } finally {
        await closing;
      }
    } catch (err) {
      const error = withTarget(asEdoError(err, label), label);
      log.recordFailure(error.message);
      return { status: 'failed', error };
    } finally {
      signal.removeEventListener('abort', stopEnvironment);
      await closeEnvironment(env, log);
      log.close();
    }
  };

  const results = await schedule(
    toRun.map((node) => ({ label: node.label, deps: node.deps })),
    {
      jobs: options.jobs ?? engine.config.jobs ?? defaultJobs(),
      keepGoing: options.keepGoing,
      maxAttempts: options.maxAttempts,
      backoffMs: options.backoffMs,
      signal: options.signal,
    },
    {
      run: (label, _attempt, signal) => runOne(label, signal),
      onStart: (label, attempt) => {
        if (attempt === 1) startedAt.set(label, performance.now());
        options.reporter.started(label, attempt);
      },
      onRetry: (label, attempt, error, delay) => options.reporter.retrying(label, attempt, error, delay),
      onFinish: (label, result) => {
        const began = startedAt.get(label);
        const logPath = logPaths.get(label);
        report(label, {
          cached: cutOff.has(label),
          ...(cutOff.has(label) && { cutOff: true }),
          status: result.status,
          durationMs: began === undefined ? 0 : Math.round(performance.now() - began),
          attempts: result.attempts,
          ...(result.error && { error: withLog(result.error, logPath) }),
          ...(logPath !== undefined && { log: logPath }),
        });
      },
    },
  );

  const targets = order.map((node) => reports.get(node.label)!);
  const count = (status: TaskStatus): number =>
    [...results.values()].filter((r) => r.status === status).length;
  const summary: BuildSummary = {
    status: count('failed') > 0 ? 'failed' : count('cancelled') > 0 ? 'cancelled' : 'success',
    targets,
    durationMs: Math.round(performance.now() - started),
    built: count('success') - cutOff.size,
    cached: order.length - toRun.length + cutOff.size,
    failed: count('failed'),
    skipped: count('skipped'),
    cancelled: count('cancelled'),
  };
  options.reporter.end(summary);
  return summary;
}

/** Tears an environment down and removes it; problems here must not hide the target's own result. */
async function closeEnvironment(env: Environment, log: FileLog): Promise<void> {
  await env
    .down(log)
    .catch((err: Error) => log.write(`edo: stopping the environment failed: ${err.message}\n`));
  await removeEnvironment(env, log);
}

function withTarget(error: EdoError, label: string): EdoError {
  if (error.context.target !== undefined) return error;
  return new EdoError(error.message, { ...error.context, target: label }, error.exitCode, error);
}
