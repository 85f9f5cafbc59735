import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { EdoError, UsageError } from '../../model/errors.js';
import {
  BUILD_FILE,
  findWorkspace,
  ignoredDirectories,
  neverSearched,
  WORKSPACE_FILE,
} from '../../engine/workspace.js';
import { statIfPresent } from '../../storage/fs-util.js';
import type { CliContext } from '../context.js';
import type { CommandModule } from './index.js';

/** The buildifier binary shipped in the `@bazel/buildifier` package, for this platform. */
export function buildifierPath(): string {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('@bazel/buildifier/package.json'));
  const cpu = { x64: 'amd64', arm64: 'arm64', riscv64: 'riscv64' }[arch() as string];
  const os = { linux: 'linux', darwin: 'darwin', win32: 'windows' }[platform() as string];
  if (!cpu || !os) throw new EdoError(`buildifier has no binary for ${platform()}/${arch()}`);
  return join(dir, `buildifier-${os}_${cpu}${os === 'windows' ? '.exe' : ''}`);
}

function isStarlarkFile(name: string): boolean {
  return name === BUILD_FILE || name === WORKSPACE_FILE || name.endsWith('.star');
}

/** Every build file and `.star` file of the workspace, in the directories the engine searches. */
async function workspaceFiles(root: string): Promise<string[]> {
  const ignored = ignoredDirectories(root);
  const found: string[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const sub = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!neverSearched(entry.name) && !ignored.has(sub)) await walk(join(dir, entry.name), sub);
      } else if (entry.isFile() && isStarlarkFile(entry.name)) {
        found.push(join(dir, entry.name));
      }
    }
  };
  await walk(root, '');
  return found.sort();
}

interface BuildifierResult {
  code: number;
  stdout: string;
  stderr: string;
}

function buildifier(args: string[]): Promise<BuildifierResult> {
  return new Promise((done, fail) => {
    execFile(buildifierPath(), args, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number')
        return fail(new EdoError(`cannot run buildifier: ${err.message}`));
      done({ code: err ? (err.code as number) : 0, stdout, stderr });
    });
  });
}

export const fmtCommand: CommandModule = {
  register(program: Command, ctx: CliContext): void {
    program
      .command('fmt')
      .description('format build files with buildifier (default: every BUILD.edo, WORKSPACE.edo, *.star)')
      .argument('[files...]', 'files to format')
      .option('--check', 'change nothing; fail (exit 1) listing the files that need formatting')
      .action(async (files: string[], flags: { check?: boolean }) => {
        const targets =
          files.length > 0
            ? files.map((f) => resolve(ctx.cwd, f))
            : await workspaceFiles(findWorkspace(ctx.cwd, ctx.io.env).root);
        if (targets.length === 0) throw new UsageError('no build files to format');
        const missing = targets.filter((file) => !statIfPresent(file)?.isFile());
        if (missing.length > 0) {
          throw new UsageError(`no such file: ${missing.map((file) => relative(ctx.cwd, file)).join(', ')}`);
        }
        const unformatted: string[] = [];
        for (const type of ['build', 'bzl'] as const) {
          const group = targets.filter((f) => (type === 'bzl') === f.endsWith('.star'));
          if (group.length === 0) continue;
          const mode = flags.check ? 'check' : 'fix';
          // No list sorting: in edo the order of deps is meaning (a compose's later dep wins, and
          // it is part of the key), where Bazel's BUILD mode takes it as noise.
          const result = await buildifier([
            `-mode=${mode}`,
            '-lint=off',
            '-buildifier_disable=listsort',
            `-type=${type}`,
            ...group,
          ]);
          // check mode: exit 4 and "FILE # reformat" lines when something needs formatting.
          if (result.code === 4 && flags.check) {
            unformatted.push(
              ...result.stderr
                .split('\n')
                .filter((l) => l.includes('# reformat'))
                .map((l) => l.split(' #')[0]!),
            );
          } else if (result.code !== 0) {
            throw new EdoError(`buildifier failed (exit ${result.code})`, {
              details: result.stderr.trimEnd().split('\n'),
            });
          }
        }
        if (unformatted.length > 0) {
          throw new EdoError(`${unformatted.length} file(s) need formatting; run edo fmt`, {
            details: unformatted.map((f) => `  ${relative(ctx.cwd, f) || f}`),
          });
        }
      });
  },
};
