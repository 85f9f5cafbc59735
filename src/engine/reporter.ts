import type { EdoError } from '../model/errors.js';
import type { BuildReporter, BuildSummary, TargetReport } from './run.js';

type Stream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
}

function targets(count: number): string {
  return `${count} target${count === 1 ? '' : 's'}`;
}

function summaryLine(summary: BuildSummary): string {
  const parts = [targets(summary.targets.length), `${summary.built} built`, `${summary.cached} cached`];
  if (summary.failed > 0) parts.push(`${summary.failed} failed`);
  if (summary.skipped > 0) parts.push(`${summary.skipped} skipped`);
  if (summary.cancelled > 0) parts.push(`${summary.cancelled} cancelled`);
  const verdict = { success: 'Build succeeded', failed: 'Build FAILED', cancelled: 'Build cancelled' }[
    summary.status
  ];
  return `${verdict}: ${parts.join(', ')} in ${seconds(summary.durationMs)}`;
}

function failureText(report: TargetReport): string {
  return report.error ? report.error.format() : `${report.label}: ${report.status}`;
}

/**
 * `--json`: JSON Lines on stdout, one object per target of the build (sources included, cached or
 * not) as it finishes, then one summary object without a `label`. Nothing else goes to stdout.
 */

/** One line of `edo build --json` for a target of the requested set: a contract other tools read. */
export interface JsonTargetLine {
  label: string;
  id: string;
  digest: string;
  cached: boolean;
  status: string;
  duration_ms: number;
  /** For a failed target: `LABEL: error: MESSAGE`, then indented detail lines (log tail). */
  error?: string;
  /** The log of a target that ran (`edo log` prints the latest). */
  log?: string;
}

export class JsonReporter implements BuildReporter {
  /** Lines not written yet: targets found cached are reported together, in one write. */
  private pending: string[] = [];

  constructor(private readonly out: Stream) {}

  begin(): void {}

  started(): void {
    this.flush();
  }

  retrying(): void {}

  private flush(): void {
    if (this.pending.length === 0) return;
    this.out.write(this.pending.join(''));
    this.pending = [];
  }

  finished(report: TargetReport): void {
    const line: JsonTargetLine = {
      label: report.label,
      id: report.id,
      digest: report.digest,
      cached: report.cached,
      status: report.status,
      duration_ms: report.durationMs,
      ...(report.error && { error: report.error.format() }),
      ...(report.log !== undefined && { log: report.log }),
    };
    this.pending.push(JSON.stringify(line) + '\n');
    if (!report.cached) this.flush();
  }

  end(summary: BuildSummary): void {
    const line = {
      status: summary.status,
      targets: summary.targets.length,
      built: summary.built,
      cached: summary.cached,
      failed: summary.failed,
      skipped: summary.skipped,
      cancelled: summary.cancelled,
      duration_ms: summary.durationMs,
    };
    this.pending.push(JSON.stringify(line) + '\n');
    this.flush();
  }
}

/** How long a log may stay silent while targets run before a line says which (as Bazel's). */
const QUIET_MS = 30_000;

/**
 * Writes a `BUSY` line naming the targets still running, and for how long, whenever nothing was
 * written for `quietMs`: a CI log then shows a long build is alive, and which target it waits on.
 * `wrote()` tells it of the other lines written to the same stream.
 */
export class Heartbeat implements BuildReporter {
  private total = 0;
  private done = 0;
  private readonly running = new Map<string, number>();
  private lastWrite = performance.now();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly err: Stream,
    private readonly quietMs = QUIET_MS,
  ) {}

  begin(total: number): void {
    this.total = total;
    this.wrote();
    this.timer = setInterval(() => this.beat(), Math.max(1, this.quietMs / 4));
    this.timer.unref();
  }

  started(label: string): void {
    this.running.set(label, performance.now());
  }

  retrying(): void {}

  finished(report: TargetReport): void {
    this.done += 1;
    this.running.delete(report.label);
  }

  end(): void {
    if (this.timer) clearInterval(this.timer);
  }

  wrote(): void {
    this.lastWrite = performance.now();
  }

  private beat(): void {
    const now = performance.now();
    if (this.running.size === 0 || now - this.lastWrite < this.quietMs) return;
    const running = [...this.running]
      .sort(([, a], [, b]) => a - b)
      .map(([label, since]) => `${label} (${seconds(now - since)})`);
    this.err.write(`BUSY  [${this.done}/${this.total}] running: ${running.join(', ')}\n`);
    this.wrote();
  }
}

/**
 * Plain lines (not a TTY, or CI): one per target that ran, failures in full, then a summary, and
 * the heartbeat's `BUSY` lines while targets run.
 */
export class PlainReporter implements BuildReporter {
  private readonly heartbeat: Heartbeat;

  constructor(
    private readonly err: Stream,
    quietMs = QUIET_MS,
  ) {
    this.heartbeat = new Heartbeat(err, quietMs);
  }

  begin(total: number, cached: number): void {
    this.write(`edo: ${targets(total)}, ${cached} cached, ${total - cached} to build`);
    this.heartbeat.begin(total);
  }

  started(label: string): void {
    this.heartbeat.started(label);
  }

  retrying(label: string, attempt: number, error: EdoError, delayMs: number): void {
    this.write(`RETRY ${label} (attempt ${attempt} failed: ${error.message}; again in ${delayMs} ms)`);
  }

  finished(report: TargetReport): void {
    this.heartbeat.finished(report);
    if (report.cutOff) this.write(cutOffLine(report));
    if (report.cached) return;
    if (report.status === 'success') this.write(`DONE  ${report.label} (${seconds(report.durationMs)})`);
    else if (report.status === 'failed') this.write(`FAIL  ${failureText(report)}`);
    else if (report.status === 'skipped') this.write(`SKIP  ${report.label} (a dependency failed)`);
  }

  end(summary: BuildSummary): void {
    this.heartbeat.end();
    this.write(summaryLine(summary));
  }

  private write(line: string): void {
    this.err.write(`${line}\n`);
    this.heartbeat.wrote();
  }
}

/** Passes a build's progress to each of `reporters`, in order. */
class Reporters implements BuildReporter {
  constructor(private readonly reporters: BuildReporter[]) {}

  begin(total: number, cached: number): void {
    for (const reporter of this.reporters) reporter.begin(total, cached);
  }

  started(label: string, attempt: number): void {
    for (const reporter of this.reporters) reporter.started(label, attempt);
  }

  retrying(label: string, attempt: number, error: EdoError, delayMs: number): void {
    for (const reporter of this.reporters) reporter.retrying(label, attempt, error, delayMs);
  }

  finished(report: TargetReport): void {
    for (const reporter of this.reporters) reporter.finished(report);
  }

  end(summary: BuildSummary): void {
    for (const reporter of this.reporters) reporter.end(summary);
  }
}

const CLEAR_LINE = '\r\x1b[2K';
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const REDRAW_MS = 100;

/**
 * The live TTY view: finished targets scroll by as lines; one status line at the bottom is redrawn
 * in place (plain ANSI escapes) with done/total, cache hits and the targets running now.
 */
export class TtyReporter implements BuildReporter {
  private total = 0;
  private done = 0;
  private cached = 0;
  private readonly running = new Map<string, number>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private frame = 0;

  constructor(private readonly err: Stream) {}

  begin(total: number, cached: number): void {
    this.total = total;
    this.cached = cached;
    this.timer = setInterval(() => this.draw(), REDRAW_MS);
    this.timer.unref();
  }

  started(label: string): void {
    this.running.set(label, performance.now());
    this.draw();
  }

  retrying(label: string, attempt: number, error: EdoError, delayMs: number): void {
    this.print(
      `\x1b[33mRETRY\x1b[0m ${label} (attempt ${attempt}: ${error.message}; again in ${delayMs} ms)`,
    );
  }

  finished(report: TargetReport): void {
    this.done += 1;
    this.running.delete(report.label);
    if (report.cutOff) this.print(`\x1b[2m${cutOffLine(report)}\x1b[0m`);
    if (report.cached) return;
    if (report.status === 'success') {
      this.print(`\x1b[32mDONE\x1b[0m  ${report.label} \x1b[2m(${seconds(report.durationMs)})\x1b[0m`);
    } else if (report.status === 'failed') {
      this.print(`\x1b[31mFAIL\x1b[0m  ${failureText(report)}`);
    } else if (report.status === 'skipped') {
      this.print(`\x1b[2mSKIP  ${report.label} (a dependency failed)\x1b[0m`);
    }
  }

  end(summary: BuildSummary): void {
    if (this.timer) clearInterval(this.timer);
    const colour = summary.status === 'success' ? '\x1b[32m' : '\x1b[31m';
    this.err.write(`${CLEAR_LINE}${colour}${summaryLine(summary)}\x1b[0m\n`);
  }

  private print(line: string): void {
    this.err.write(`${CLEAR_LINE}${line}\n`);
    this.draw();
  }

  private draw(): void {
    if (this.running.size === 0 && this.done === this.total) return;
    this.frame = (this.frame + 1) % SPINNER.length;
    const now = performance.now();
    const running = [...this.running].map(([label, since]) => `${label} ${seconds(now - since)}`).join(', ');
    const width = Math.max(40, (this.err.columns ?? 100) - 1);
    const line = `${SPINNER[this.frame]} [${this.done}/${this.total}] ${this.cached} cached, ${this.running.size} running: ${running}`;
    this.err.write(CLEAR_LINE + (line.length > width ? line.slice(0, width - 1) + '…' : line));
  }
}

/**
 * The reporter for a command: `--json` (with the heartbeat on stderr, which a CI log of a long
 * build needs as much as a plain one), else live on a TTY outside CI, else plain lines.
 */
export function chooseReporter(
  json: boolean,
  out: Stream,
  err: Stream,
  env: NodeJS.ProcessEnv,
): BuildReporter {
  if (json) return new Reporters([new JsonReporter(out), new Heartbeat(err)]);
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
  return err.isTTY && !ci ? new TtyReporter(err) : new PlainReporter(err);
}

/** A target planned to build that early cut-off took from the store instead. */
function cutOffLine(report: TargetReport): string {
  return `SAME  ${report.label} (its dependencies hold the bytes of an earlier build: taken, not run)`;
}
