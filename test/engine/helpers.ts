import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli, type CliResult } from '../helpers/cli.js';
import type { JsonTargetLine } from '../../src/engine/reporter.js';

/** A fresh workspace in a temp dir, from `files` (path → contents); WORKSPACE.edo is added if missing. */
export function makeWorkspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'edo-ws-'));
  const all = { 'WORKSPACE.edo': '', ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/**
 * A copy of one of the repository's examples as a fresh clone has it: the files git does not
 * ignore, so not what building it in place left (`.edo/`, `vendor/`, `edo.lock.json`).
 */
export function copyExample(name: string): string {
  const root = mkdtempSync(join(tmpdir(), `edo-${name}-`));
  const source = new URL(`../../examples/${name}`, import.meta.url).pathname;
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z', '.'], {
    cwd: source,
    encoding: 'utf8',
  });
  for (const file of files.split('\0').filter((f) => f !== '' && existsSync(join(source, f)))) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    copyFileSync(join(source, file), join(root, file));
  }
  return root;
}

export function removeWorkspace(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

export type JsonTarget = JsonTargetLine;

/** `edo build --json ARGS` in `root`: the per-target objects by label, and the summary. */
export async function buildJson(
  root: string,
  args: string[] = [],
): Promise<{ result: CliResult; targets: Map<string, JsonTarget>; summary: Record<string, unknown> }> {
  const result = await runCli(['build', '--json', ...args], root);
  const lines = result.stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const summary = lines.at(-1) ?? {};
  const targets = new Map(
    lines.filter((l) => 'label' in l).map((l) => [l.label as string, l as unknown as JsonTarget] as const),
  );
  return { result, targets, summary };
}

/** Labels of the targets that actually ran in a build. */
export function builtLabels(targets: Map<string, JsonTarget>): string[] {
  return [...targets.values()]
    .filter((t) => !t.cached)
    .map((t) => t.label)
    .sort();
}
