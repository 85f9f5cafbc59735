import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Runs the bundled action the way the GitHub runner does: `node dist/index.js` of a checkout of the
 * action for the main phase and again for the post phase, inputs as INPUT_* variables (defaults
 * from action.yml, as the runner fills them in), and the GITHUB_OUTPUT / GITHUB_STATE /
 * GITHUB_STEP_SUMMARY files.
 */

export const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** `inputs:` of action.yml, name → default. A tiny reader for the file's own layout. */
export async function actionDefaults(): Promise<Record<string, string>> {
  const text = await readFile(join(REPO, 'action.yml'), 'utf8');
  const section = text.slice(text.indexOf('\ninputs:\n'), text.indexOf('\noutputs:\n'));
  const defaults: Record<string, string> = {};
  let current: string | undefined;
  for (const line of section.split('\n')) {
    const name = /^ {2}([a-z-]+):\s*$/.exec(line);
    if (name) current = name[1];
    const value = /^ {4}default:\s*(.*)$/.exec(line);
    if (value && current) defaults[current] = value[1].replace(/^'(.*)'$/, '$1');
  }
  return defaults;
}

/** `name<<DELIMITER\nvalue\nDELIMITER` records, as @actions/core writes the runner's files. */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const record = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(record)) values[match[1]] = match[3];
  return values;
}

export interface PhaseResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunnerFiles {
  output: string;
  state: string;
  summary: string;
}

export async function runnerFiles(dir: string): Promise<RunnerFiles> {
  const files = { output: join(dir, 'output'), state: join(dir, 'state'), summary: join(dir, 'summary.md') };
  await Promise.all(Object.values(files).map((f) => writeFile(f, '')));
  return files;
}

/**
 * What a runner downloads for `uses: edo/build@v1`: the repository's tracked files (those in git's
 * index), of which the action needs action.yml and dist/, copied into DIR. Outside this repository,
 * so nothing it imports can come from the repository's node_modules, and without what git ignores.
 */
export async function checkOutAction(dir: string): Promise<string> {
  const listed = await run('git', ['ls-files', '-z', '--', 'action.yml', 'dist'], { cwd: REPO });
  for (const name of listed.stdout.split('\0').filter((n) => n.length > 0)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await copyFile(join(REPO, name), join(dir, name));
  }
  return dir;
}

export function runPhase(
  node: string,
  options: { action: string; cwd: string; env: Record<string, string>; timeoutMs?: number },
): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [join(options.action, 'dist', 'index.js')], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The runner's environment for one phase: INPUT_* from DEFAULTS and OVERRIDES, STATE_* for post. */
export function phaseEnv(
  base: Record<string, string>,
  inputs: Record<string, string>,
  files: RunnerFiles,
  state: Record<string, string> = {},
): Record<string, string> {
  const env: Record<string, string> = {
    ...base,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(state)) env[`STATE_${name}`] = value;
  return env;
}
