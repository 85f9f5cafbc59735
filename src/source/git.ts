import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Artifact } from '../model/artifact.js';
import { EdoError, UsageError } from '../model/errors.js';
import type { Id } from '../model/id.js';
import type { Log } from '../model/log.js';
import type { DeclarationNode } from '../model/node.js';
import type { Environment } from '../environment/types.js';
import { digestOf } from '../engine/cache-key.js';
import type { StorageManager } from '../storage/types.js';
import { stageArtifact } from '../transform/artifacts.js';
import type { LockFile } from '../vendor/lock.js';
import { artifactFromDirectory } from './directory.js';
import type { Source } from './types.js';

const exec = promisify(execFile);
const COMMIT = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** Runs the real `git` CLI, never prompting; a failure is an EdoError with git's own message. */
async function git(args: string[], cwd: string | undefined, what: string, target: string): Promise<string> {
  try {
    const { stdout } = await exec('git', args, {
      cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'true' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT')
      throw new EdoError('git_source needs the `git` command, which is not installed', { target });
    // git's own diagnosis is on its fatal:/error: lines; advice follows them.
    const lines = (e.stderr ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    const diagnosis = lines.filter((line) => /^(fatal|error):/.test(line));
    const said = (diagnosis.length > 0 ? diagnosis : lines).slice(-3).join('; ');
    throw new EdoError(`${what}: ${said || e.message}`, { target });
  }
}

/**
 * `git_source(name, url, commit = None, ref = None)`: the repository's tree at one commit, at the
 * artifact's root, without `.git`. A `ref` is resolved to a commit once (`git ls-remote`) and
 * recorded in `edo.lock.json`; after that the lock answers.
 */
export class GitSource implements Source {
  private readonly url: string;
  private readonly commit: string | undefined;
  private readonly ref: string | undefined;
  private resolved: Promise<string> | undefined;

  constructor(
    private readonly node: DeclarationNode,
    private readonly lock: LockFile,
    private readonly tempRoot: string,
  ) {
    const where = { position: node.position, target: node.id };
    this.url = node.attrs.url as string;
    this.commit = node.attrs.commit as string | undefined;
    this.ref = node.attrs.ref as string | undefined;
    if ((this.commit === undefined) === (this.ref === undefined)) {
      throw new UsageError('git_source needs exactly one of commit and ref', where);
    }
    if (this.commit !== undefined && !COMMIT.test(this.commit)) {
      throw new UsageError(
        `commit must be a full hexadecimal commit hash, not ${JSON.stringify(this.commit)}`,
        where,
      );
    }
  }

  /** The commit: as declared, or the lock's pin of the ref (resolved upstream when not locked yet). */
  private commitHash(): Promise<string> {
    this.resolved ??= (async () => {
      if (this.commit !== undefined) return this.commit;
      const ref = this.ref!;
      const entry = await this.lock.pin(this.node.id, {
        requiredBy: this.node.id,
        declaredAt: this.node.position,
        satisfies: (e) => e.kind === 'git' && e.source === this.url && e.requested === ref,
        resolve: async () => ({
          kind: 'git',
          name: this.url,
          requested: ref,
          source: this.url,
          digest: await this.lsRemote(ref),
        }),
      });
      return entry.digest;
    })();
    return this.resolved;
  }

  private async lsRemote(ref: string): Promise<string> {
    const out = await git(
      ['ls-remote', '--', this.url, ref],
      undefined,
      `git ls-remote ${this.url} ${ref}`,
      this.node.id,
    );
    const lines = out.split('\n').filter((line) => line.trim() !== '');
    // Prefer an exact match, and a peeled tag (`^{}`) over the tag object.
    const wanted = [`${ref}^{}`, `refs/tags/${ref}^{}`, ref, `refs/heads/${ref}`, `refs/tags/${ref}`];
    for (const name of wanted) {
      const line = lines.find((l) => l.split('\t')[1] === name);
      if (line) return line.split('\t')[0]!;
    }
    if (lines.length > 0) return lines[0]!.split('\t')[0]!;
    throw new EdoError(`ref ${ref} not found in ${this.url}`, {
      target: this.node.id,
      position: this.node.position,
    });
  }

  async getUniqueId(): Promise<Id> {
    return {
      name: this.node.name,
      digest: digestOf({ kind: 'git_source', commit: await this.commitHash() }),
    };
  }

  async fetch(log: Log, storage: StorageManager): Promise<Artifact> {
    const commit = await this.commitHash();
    const target = this.node.id;
    return artifactFromDirectory(storage, this.tempRoot, await this.getUniqueId(), async (dir) => {
      await git(['init', '-q', dir], undefined, 'git init', target);
      log.write(`fetching ${commit} from ${this.url}\n`);
      try {
        await git(['fetch', '-q', '--depth', '1', '--', this.url, commit], dir, 'git fetch', target);
      } catch {
        // Servers that refuse to serve an unadvertised commit: fetch everything, then look for it.
        await git(['fetch', '-q', '--', this.url, '+refs/*:refs/remotes/edo/*'], dir, 'git fetch', target);
      }
      try {
        await git(['-c', 'advice.detachedHead=false', 'checkout', '-q', commit], dir, 'git checkout', target);
      } catch {
        throw new EdoError(`commit ${commit} not found in ${this.url}`, {
          target,
          position: this.node.position,
        });
      }
      await rm(join(dir, '.git'), { recursive: true, force: true });
    });
  }

  async stage(log: Log, storage: StorageManager, env: Environment, path: string): Promise<void> {
    await stageArtifact(storage, env, path, await this.fetch(log, storage));
  }
}
