import {
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  type Stats,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { Artifact } from '../model/artifact.js';
import { EdoError, UsageError } from '../model/errors.js';
import type { Id } from '../model/id.js';
import { parseLabel } from '../model/label.js';
import type { Log } from '../model/log.js';
import type { DeclarationNode } from '../model/node.js';
import type { Environment } from '../environment/types.js';
import { digestOf, sha256Hex } from '../engine/cache-key.js';
import { digestHex } from '../model/digest.js';
import { fileSha256Digest, FILES_PER_TURN, nextTurn, statIfPresent } from '../storage/fs-util.js';
import type { StorageManager } from '../storage/types.js';
import { stageArtifact } from '../transform/artifacts.js';
import type { FileDigestCache } from './digest-cache.js';
import { artifactFromDirectory } from './directory.js';
import type { Source } from './types.js';

interface SourceFile {
  /** Its label, as the declaration names it (canonical). */
  readonly label: string;
  /** Where the file is on the host. */
  readonly hostPath: string;
  /** Its path in the artifact: relative to its package. */
  readonly path: string;
}

/** Files larger than this are hashed as a stream; smaller ones are read whole (faster). */
const STREAM_ABOVE_BYTES = 1 << 20;

/** A source file that is missing or not a file: the build file's mistake, shown at the declaration. */
function badSource(message: string, node: DeclarationNode): UsageError {
  return new UsageError(message, { target: node.id, position: node.position });
}

function lstatSource(file: SourceFile, node: DeclarationNode): Stats {
  let info: Stats | undefined;
  try {
    info = statIfPresent(file.hostPath, lstatSync);
  } catch (error) {
    throw new EdoError(`source file ${file.label}: ${(error as Error).message}`, { target: node.id });
  }
  if (!info) throw badSource(`source file ${file.label} does not exist`, node);
  return info;
}

/** One file's part of a local source's id. */
interface FileIdentity {
  path: string;
  executable: boolean;
  sha256: string;
}

/**
 * What identifies one file's content: its bytes and executable bit. A symlink stands for the file
 * it points to, as in Bazel: the target reads its content, which is what is hashed and staged (a
 * link kept as a link would read whatever its target holds when the build runs, and its key would
 * not change with it). Small files are read with synchronous calls (and linked so when fetched):
 * each asynchronous call is a trip through libuv's thread pool that costs more than the system
 * call (a source of 5,000 small files took 0.73 s to identify on every build that way, 0.32 s
 * now: bench/engine.bench.mjs).
 */
async function fileIdentity(
  file: SourceFile,
  node: DeclarationNode,
  digests: FileDigestCache | undefined,
  /** Gets the paths of the files that are symlinks. */
  links: Set<string>,
): Promise<FileIdentity> {
  let info = lstatSource(file, node);
  if (info.isSymbolicLink()) {
    links.add(file.path);
    const target = statIfPresent(file.hostPath);
    if (!target) {
      throw badSource(
        `source ${file.label} is a symlink to ${readlinkSync(file.hostPath)}, which does not exist`,
        node,
      );
    }
    if (target.isDirectory()) {
      throw badSource(
        `source ${file.label} is a symlink to a directory (${readlinkSync(file.hostPath)}): edo does not follow ` +
          'directory links; name the files behind it by their own paths',
        node,
      );
    }
    info = target;
  }
  if (!info.isFile()) {
    const hint = info.isDirectory() ? ` but a directory (glob(["${file.path}/**"]) takes its files)` : '';
    throw badSource(`source ${file.label} is not a file${hint}`, node);
  }
  const sha256 =
    info.size <= STREAM_ABOVE_BYTES
      ? sha256Hex(readFileSync(file.hostPath))
      : digests
        ? await digests.sha256(file.hostPath, () => fileSha256Hex(file.hostPath))
        : await fileSha256Hex(file.hostPath);
  return { path: file.path, executable: (info.mode & 0o100) !== 0, sha256 };
}

const fileSha256Hex = async (path: string): Promise<string> => digestHex(await fileSha256Digest(path));

/**
 * `local_source(name, srcs)`: files of the workspace. `srcs` holds canonical file labels (the
 * engine expands globs and patterns when the build file is evaluated); each file keeps its path
 * relative to its package. The id is derived from the files' bytes, so touching a file without
 * changing it changes nothing.
 */
export class LocalSource implements Source {
  private readonly files: SourceFile[];
  private id: Promise<Id> | undefined;
  /** The files' identities the id was computed from. */
  private identified: FileIdentity[] = [];
  /** Paths of the files that are symlinks: fetched as copies of what they point to. */
  private readonly links = new Set<string>();

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
        throw badSource(`srcs ${other} and ${text} both become ${label.name} in the artifact`, node);
      }
      byPath.set(label.name, text);
      return { label: text, hostPath: join(workspaceRoot, label.pkg, label.name), path: label.name };
    });
  }

  getUniqueId(): Promise<Id> {
    this.id ??= this.identify().then((files) => {
      this.identified = files;
      return this.idOf(files);
    });
    return this.id;
  }

  /** The files' identities, in path order. */
  private async identify(): Promise<FileIdentity[]> {
    const identities: Promise<FileIdentity>[] = [];
    for (const [i, file] of this.files.entries()) {
      if (i > 0 && i % FILES_PER_TURN === 0) await nextTurn();
      const identity = fileIdentity(file, this.node, this.digests, this.links);
      // Large files hash meanwhile; a failure is taken up by Promise.all below.
      identity.catch(() => undefined);
      identities.push(identity);
    }
    const files = await Promise.all(identities);
    return files.sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  private idOf(files: FileIdentity[]): Id {
    return { name: this.node.name, digest: digestOf({ kind: this.node.kind, files }) };
  }

  async fetch(_log: Log, storage: StorageManager): Promise<Artifact> {
    const id = await this.getUniqueId();
    const artifact = await artifactFromDirectory(storage, this.tempRoot, id, async (dir) => {
      const made = new Set<string>();
      for (const [i, file] of this.files.entries()) {
        if (i > 0 && i % FILES_PER_TURN === 0) await nextTurn();
        const target = join(dir, file.path);
        const parent = dirname(target);
        if (!made.has(parent)) {
          mkdirSync(parent, { recursive: true });
          made.add(parent);
        }
        // A hard link costs nothing; across file systems, copy. A symlink is copied (a hard link
        // would be to the link itself): that follows it.
        if (this.links.has(file.path)) {
          copyFileSync(file.hostPath, target);
          continue;
        }
        try {
          linkSync(file.hostPath, target);
        } catch {
          copyFileSync(file.hostPath, target);
        }
      }
    });
    // The id was computed before the build ran: a file edited since then would be stored under
    // the key of what it held before, and every later build would take that for it.
    const now = await this.identify();
    const changed = now
      .filter((file, i) => JSON.stringify(file) !== JSON.stringify(this.identified[i]))
      .map((file) => file.path);
    if (changed.length > 0) {
      throw new EdoError(
        `source files changed while edo was building: ${changed.slice(0, 5).join(', ')}` +
          `${changed.length > 5 ? ` and ${changed.length - 5} more` : ''}; build again`,
        { target: this.node.id },
      );
    }
    return artifact;
  }

  async stage(log: Log, storage: StorageManager, env: Environment, path: string): Promise<void> {
    await stageArtifact(storage, env, path, await this.fetch(log, storage));
  }
}
