import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 61;
export const ids = [61];
export const modules = {

/***/ 29061:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Heartbeat: () => (/* binding */ Heartbeat),
/* harmony export */   JsonReporter: () => (/* binding */ JsonReporter),
/* harmony export */   PlainReporter: () => (/* binding */ PlainReporter),
/* harmony export */   TtyReporter: () => (/* binding */ TtyReporter),
/* harmony export */   chooseReporter: () => (/* binding */ chooseReporter)
/* harmony export */ });
function seconds(ms) {
    return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
}
function targets(count) {
    return `${count} target${count === 1 ? '' : 's'}`;
}
function summaryLine(summary) {
    const parts = [targets(summary.targets.length), `${summary.built} built`, `${summary.cached} cached`];
    if (summary.failed > 0)
        parts.push(`${summary.failed} failed`);
    if (summary.skipped > 0)
        parts.push(`${summary.skipped} skipped`);
    if (summary.cancelled > 0)
        parts.push(`${summary.cancelled} cancelled`);
    const verdict = { success: 'Build succeeded', failed: 'Build FAILED', cancelled: 'Build cancelled' }[summary.status];
    return `${verdict}: ${parts.join(', ')} in ${seconds(summary.durationMs)}`;
}
function failureText(report) {
    return report.error ? report.error.format() : `${report.label}: ${report.status}`;
}
class JsonReporter {
    out;
    /** Lines not written yet: targets found cached are reported together, in one write. */
    pending = [];
    constructor(out) {
        this.out = out;
    }
    begin() { }
    started() {
        this.flush();
    }
    retrying() { }
    flush() {
        if (this.pending.length === 0)
            return;
        this.out.write(this.pending.join(''));
        this.pending = [];
    }
    finished(report) {
        const line = {
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
        if (!report.cached)
            this.flush();
    }
    end(summary) {
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
class Heartbeat {
    err;
    quietMs;
    total = 0;
    done = 0;
    running = new Map();
    lastWrite = performance.now();
    timer;
    constructor(err, quietMs = QUIET_MS) {
        this.err = err;
        this.quietMs = quietMs;
    }
    begin(total) {
        this.total = total;
        this.wrote();
        this.timer = setInterval(() => this.beat(), Math.max(1, this.quietMs / 4));
        this.timer.unref();
    }
    started(label) {
        this.running.set(label, performance.now());
    }
    retrying() { }
    finished(report) {
        this.done += 1;
        this.running.delete(report.label);
    }
    end() {
        if (this.timer)
            clearInterval(this.timer);
    }
    wrote() {
        this.lastWrite = performance.now();
    }
    beat() {
        const now = performance.now();
        if (this.running.size === 0 || now - this.lastWrite < this.quietMs)
            return;
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
class PlainReporter {
    err;
    heartbeat;
    constructor(err, quietMs = QUIET_MS) {
        this.err = err;
        this.heartbeat = new Heartbeat(err, quietMs);
    }
    begin(total, cached) {
        this.write(`edo: ${targets(total)}, ${cached} cached, ${total - cached} to build`);
        this.heartbeat.begin(total);
    }
    started(label) {
        this.heartbeat.started(label);
    }
    retrying(label, attempt, error, delayMs) {
        this.write(`RETRY ${label} (attempt ${attempt} failed: ${error.message}; again in ${delayMs} ms)`);
    }
    finished(report) {
        this.heartbeat.finished(report);
        if (report.cutOff)
            this.write(cutOffLine(report));
        if (report.cached)
            return;
        if (report.status === 'success')
            this.write(`DONE  ${report.label} (${seconds(report.durationMs)})`);
        else if (report.status === 'failed')
            this.write(`FAIL  ${failureText(report)}`);
        else if (report.status === 'skipped')
            this.write(`SKIP  ${report.label} (a dependency failed)`);
    }
    end(summary) {
        this.heartbeat.end();
        this.write(summaryLine(summary));
    }
    write(line) {
        this.err.write(`${line}\n`);
        this.heartbeat.wrote();
    }
}
/** Passes a build's progress to each of `reporters`, in order. */
class Reporters {
    reporters;
    constructor(reporters) {
        this.reporters = reporters;
    }
    begin(total, cached) {
        for (const reporter of this.reporters)
            reporter.begin(total, cached);
    }
    started(label, attempt) {
        for (const reporter of this.reporters)
            reporter.started(label, attempt);
    }
    retrying(label, attempt, error, delayMs) {
        for (const reporter of this.reporters)
            reporter.retrying(label, attempt, error, delayMs);
    }
    finished(report) {
        for (const reporter of this.reporters)
            reporter.finished(report);
    }
    end(summary) {
        for (const reporter of this.reporters)
            reporter.end(summary);
    }
}
const CLEAR_LINE = '\r\x1b[2K';
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const REDRAW_MS = 100;
/**
 * The live TTY view: finished targets scroll by as lines; one status line at the bottom is redrawn
 * in place (plain ANSI escapes) with done/total, cache hits and the targets running now.
 */
class TtyReporter {
    err;
    total = 0;
    done = 0;
    cached = 0;
    running = new Map();
    timer;
    frame = 0;
    constructor(err) {
        this.err = err;
    }
    begin(total, cached) {
        this.total = total;
        this.cached = cached;
        this.timer = setInterval(() => this.draw(), REDRAW_MS);
        this.timer.unref();
    }
    started(label) {
        this.running.set(label, performance.now());
        this.draw();
    }
    retrying(label, attempt, error, delayMs) {
        this.print(`\x1b[33mRETRY\x1b[0m ${label} (attempt ${attempt}: ${error.message}; again in ${delayMs} ms)`);
    }
    finished(report) {
        this.done += 1;
        this.running.delete(report.label);
        if (report.cutOff)
            this.print(`\x1b[2m${cutOffLine(report)}\x1b[0m`);
        if (report.cached)
            return;
        if (report.status === 'success') {
            this.print(`\x1b[32mDONE\x1b[0m  ${report.label} \x1b[2m(${seconds(report.durationMs)})\x1b[0m`);
        }
        else if (report.status === 'failed') {
            this.print(`\x1b[31mFAIL\x1b[0m  ${failureText(report)}`);
        }
        else if (report.status === 'skipped') {
            this.print(`\x1b[2mSKIP  ${report.label} (a dependency failed)\x1b[0m`);
        }
    }
    end(summary) {
        if (this.timer)
            clearInterval(this.timer);
        const colour = summary.status === 'success' ? '\x1b[32m' : '\x1b[31m';
        this.err.write(`${CLEAR_LINE}${colour}${summaryLine(summary)}\x1b[0m\n`);
    }
    print(line) {
        this.err.write(`${CLEAR_LINE}${line}\n`);
        this.draw();
    }
    draw() {
        if (this.running.size === 0 && this.done === this.total)
            return;
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
function chooseReporter(json, out, err, env) {
    if (json)
        return new Reporters([new JsonReporter(out), new Heartbeat(err)]);
    const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
    return err.isTTY && !ci ? new TtyReporter(err) : new PlainReporter(err);
}
/** A target planned to build that early cut-off took from the store instead. */
function cutOffLine(report) {
    return `SAME  ${report.label} (its dependencies hold the bytes of an earlier build: taken, not run)`;
}


/***/ })

};
