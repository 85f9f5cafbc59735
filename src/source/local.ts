import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, link, lstat, mkdir, readFile, readlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Artifact } from '../model/artifact.js';
import { EdoError } from '../model/errors.js';
import type { Id } from '../model/id.js';
import { parseLabel } from '../model/label.js';
import type { Log } from '../model/log.js';
import type { DeclarationNode } from '../model/node.js';
import type { Environment } from '../environment/types.js';
import { digestOf, sha256Hex } from '../engine/cache-key.js';
import type { StorageManager } from '../storage/types.js';
import { stageArtifact } from '../transform/artifacts.js';
import type { FileDigestCache } from './digest-cache.js';
import { artifactFromDirectory } from './directory.js';
import type { Source } from './types.js';

interface SourceFile {
  /** Where the file is on the host. */
  readonly hostPath: string;
  /** Its path in the artifact: relative to its package. */
  readonly path: string;
}

/** Files larger than this are hashed as a stream; smaller ones are read whole (faster). */
const STREAM_ABOVE_BYTES = 1 << 20;

/** What identifies one file's content: regular files by bytes and executable bit, symlinks by target. */
async function fileIdentity(file: SourceFile, label: string, digests?: FileDigestCache): Promise<unknown> {
  const info = await lstat(file.hostPath).catch(() => undefined);
  if (!info) throw new EdoError(`source file ${file.path} does not exist`, { target: label });
  if (info.isSymbolicLink()) return { path: file.path, symlink: await readlink(file.hostPath) };
  if (!info.isFile()) throw new EdoError(`source ${file.path} is not a file`, { target: label });
  const sha256 =
    info.size <= STREAM_ABOVE_BYTES
      ? sha256Hex(await readFile(file.hostPath))
      : digests
        ? await digests.sha256(file.hostPath, () => streamSha256(file.hostPath))
        : await streamSha256(file.hostPath);
  return { path: file.path, executable: (info.mode & 0o100) !== 0, sha256 };
}

/** Streamed, so a large file costs no more memory than a small one. */
async function streamSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: STREAM_ABOVE_BYTES })) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

/**
 * `local_source(name, srcs)`: files of the workspace. `srcs` holds canonical file labels (the
 * engine expands globs and patterns when the build file is evaluated); each file keeps its path
 * relative to its package. The id is derived from the files' bytes, so touching a file without
 * changing it changes nothing.
 */
export class LocalSource implements Source {
  private readonly files: SourceFile[];
  private id: Promise<Id> | undefined;

  constructor(
    private readonly node: DeclarationNode,
    workspaceRoot: string,
    /** A directory on the workspace's file system for staging files before they are packed. */
    private readonly tempRoot: string,
    /** Remembers large files' hashes between builds. */
    private readonly digests?: FileDigestCache,
  ) {
    const byPath = new Map<string, string>();
    this.files = ((node.attrs.srcs ?? []) as string[]).map((text) => {
      const label = parseLabel(text, '');
      const other = byPath.get(label.name);
      if (other !== undefined && other !== text) {
        throw new EdoError(`srcs ${other} and ${text} both become ${label.name} in the artifact`, {
          target: node.id,
          position: node.position,
        });
      }
      byPath.set(label.name, text);
      return { hostPath: join(workspaceRoot, label.pkg, label.name), path: label.name };
    });
  }

  getUniqueId(): Promise<Id> {
    this.id ??= (async () => {
      const files = await Promise.all(
        this.files.map((file) => fileIdentity(file, this.node.id, this.digests)),
      );
      files.sort((a, b) => ((a as { path: string }).path < (b as { path: string }).path ? -1 : 1));
      return { name: this.node.name, digest: digestOf({ kind: this.node.kind, files }) };
    })();
    return this.id;
  }

  async fetch(_log: Log, storage: StorageManager): Promise<Artifact> {
    return artifactFromDirectory(storage, this.tempRoot, await this.getUniqueId(), async (dir) => {
      for (const file of this.files) {
        const target = join(dir, file.path);
        await mkdir(dirname(target), { recursive: true });
        // A hard link costs nothing; across file systems, copy.
        await link(file.hostPath, target).catch(() => copyFile(file.hostPath, target));
      }
    });
  }

  async stage(log: Log, storage: StorageManager, env: Environment, path: string): Promise<void> {
    await stageArtifact(storage, env, path, await this.fetch(log, storage));
  }
}
