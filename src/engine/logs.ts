import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { pathForMessages, withDetails, type EdoError } from '../model/errors.js';
import type { Log } from '../model/log.js';

/** How many logs per target are kept. */
export const LOGS_KEPT = 5;

/**
 * The directory of a target's logs, read as its label: `//app/web:server` → `app/web/:server`,
 * `//:greeting` → `:greeting`. No package directory starts with ":", so labels never share one;
 * a "/" in a target's name is percent-encoded.
 */
function targetDir(root: string, label: string): string {
  const body = label.replace(/^\/\//, '');
  const colon = body.indexOf(':');
  const packageDirs = body
    .slice(0, colon)
    .split('/')
    .filter((part) => part !== '');
  const name = body
    .slice(colon + 1)
    .replaceAll('%', '%25')
    .replaceAll('/', '%2F');
  return join(root, ...packageDirs, `:${name}`);
}

/** Adds the log's path under the error, so the whole output is one command away. */
export function withLog(error: EdoError, logPath: string | undefined): EdoError {
  return logPath === undefined ? error : withDetails(error, [`  log: ${pathForMessages(logPath)}`]);
}

/** A log's file name: its start time and process (so two edo processes never share one). */
const LOG_FILE = /^\d.*\.log$/;

/** A log file that is written as output arrives (synchronously: a crash keeps what was written). */
export class FileLog implements Log {
  private fd: number | undefined;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'a', 0o644);
  }

  /** The last text written, so a failure already explained is not repeated. */
  private lastText = '';

  write(data: string | Uint8Array): void {
    if (this.fd === undefined) return;
    if (typeof data === 'string') writeSync(this.fd, data);
    else writeSync(this.fd, data);
    if (typeof data === 'string') this.lastText = data;
  }

  /**
   * Ends the log with why its target failed (a plugin's trap, a staging error), unless the
   * transform's own last words were that: the log is what a user opens to find out.
   */
  recordFailure(message: string): void {
    if (!this.lastText.includes(message)) this.write(`edo: error: ${message}\n`);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/**
 * Per-target logs under `.edo/logs/`: one file for each time a target actually ran, named so they
 * sort by time; only the newest `LOGS_KEPT` per target are kept.
 */
export class TargetLogs {
  constructor(readonly root: string) {}

  async open(label: string): Promise<FileLog> {
    return this.openIn(targetDir(this.root, label));
  }

  /** A log of an environment farm's setup, under `:farms/NAME/` (no package starts with ":"). */
  async openFarm(name: string): Promise<FileLog> {
    return this.openIn(join(this.root, ':farms', encodeURIComponent(name)));
  }

  private async openIn(dir: string): Promise<FileLog> {
    await mkdir(dir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const log = new FileLog(join(dir, `${stamp}-${process.pid}.log`));
    await this.prune(dir);
    return log;
  }

  private async prune(dir: string): Promise<void> {
    const files = (await readdir(dir)).filter((f) => LOG_FILE.test(f)).sort();
    for (const old of files.slice(0, Math.max(0, files.length - LOGS_KEPT))) {
      await unlink(join(dir, old)).catch(() => undefined);
    }
  }

  /** The newest log of a target, if it ever ran. */
  async latest(label: string): Promise<string | undefined> {
    const dir = targetDir(this.root, label);
    const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => LOG_FILE.test(f)).sort();
    return files.length > 0 ? join(dir, files[files.length - 1]!) : undefined;
  }
}
