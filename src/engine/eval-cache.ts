import { readFileSync } from 'node:fs';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeclarationNode } from '../model/node.js';
import { digestOf, sha256Hex } from './cache-key.js';
import type { TargetDeclaration, WorkspaceModel } from './model.js';
import type { RuleRegistry } from './rules.js';
import type { WorkspacePaths } from './workspace.js';

/** Bumped whenever evaluation or the cached form changes meaning (2: glob refuses to match nothing). */
const EVAL_CACHE_VERSION = 2;
const CACHE_FILE = 'evaluation.json';

interface CachedEvaluation {
  /** Digest of what no file shows: the cache format, the rule schemas, the package list, the cwd. */
  key: string;
  /** Every file evaluation read, workspace-relative → sha256 of its bytes. */
  files: Record<string, string>;
  /** Every package listing glob or a file pattern read → sha256 of the listing. */
  listings: Record<string, string>;
  targets: Array<{ node: DeclarationNode; deps: string[] }>;
  farms: DeclarationNode[];
  backends: DeclarationNode[];
  configs: DeclarationNode[];
  vendors: DeclarationNode[];
}

function listingDigest(files: readonly string[]): string {
  return sha256Hex(files.join('\n'));
}

/**
 * The model of the last evaluation, kept in `.edo/evaluation.json` with everything it was made
 * from: the bytes of each build and `.star` file read, the file listings globs looked at, the
 * package list, the rule schemas and the directory edo runs in (positions are relative to it).
 * When all of them are unchanged the model is reused and no Starlark runs; a null build of a
 * large workspace is then mostly hashing. `print()` in build files only prints when they run.
 */
export class EvaluationCache {
  private readonly path: string;
  private readonly key: string;

  constructor(
    private readonly paths: WorkspacePaths,
    private readonly rules: RuleRegistry,
    private readonly packages: readonly string[],
  ) {
    this.path = join(paths.state, CACHE_FILE);
    this.key = digestOf({ version: EVAL_CACHE_VERSION, cwd: process.cwd(), rules: rules.all(), packages });
  }

  /** The cached model when still valid; `listing(pkg)` lists a package's files as evaluation would. */
  load(listing: (pkg: string) => string[]): WorkspaceModel | undefined {
    let cached: CachedEvaluation;
    try {
      cached = JSON.parse(readFileSync(this.path, 'utf8')) as CachedEvaluation;
    } catch {
      return undefined;
    }
    if (cached.key !== this.key) return undefined;
    for (const [file, digest] of Object.entries(cached.files)) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(this.paths.root, file));
      } catch {
        return undefined;
      }
      if (sha256Hex(bytes) !== digest) return undefined;
    }
    for (const [pkg, digest] of Object.entries(cached.listings)) {
      if (listingDigest(listing(pkg)) !== digest) return undefined;
    }
    const targets = new Map<string, TargetDeclaration>();
    for (const { node, deps } of cached.targets) {
      const schema = this.rules.get(node.kind);
      if (!schema) return undefined;
      targets.set(node.id, { node, schema, deps });
    }
    const byName = (nodes: DeclarationNode[]): Map<string, DeclarationNode> =>
      new Map(nodes.map((n) => [n.name, n]));
    return {
      paths: this.paths,
      packages: this.packages,
      targets,
      farms: byName(cached.farms),
      backends: byName(cached.backends),
      configs: byName(cached.configs),
      vendors: byName(cached.vendors),
      files: Object.keys(cached.files),
      // Only a workspace whose packages all evaluated is cached.
      brokenPackages: new Map(),
    };
  }

  /** Records a fresh evaluation (atomically; a cache that cannot be written is simply not kept). */
  async save(
    model: WorkspaceModel,
    files: ReadonlyMap<string, string>,
    listings: ReadonlyMap<string, readonly string[]>,
  ): Promise<void> {
    const entry: CachedEvaluation = {
      key: this.key,
      files: Object.fromEntries(files),
      listings: Object.fromEntries([...listings].map(([pkg, list]) => [pkg, listingDigest(list)])),
      targets: [...model.targets.values()].map((t) => ({ node: t.node, deps: [...t.deps] })),
      farms: [...model.farms.values()],
      backends: [...model.backends.values()],
      configs: [...model.configs.values()],
      vendors: [...model.vendors.values()],
    };
    let text: string;
    try {
      text = JSON.stringify(entry);
    } catch {
      return; // attributes that JSON cannot hold (a bigint): evaluate every time
    }
    const temp = `${this.path}.${process.pid}.tmp`;
    try {
      await mkdir(this.paths.state, { recursive: true });
      const handle = await open(temp, 'w', 0o644);
      try {
        await handle.writeFile(text);
      } finally {
        await handle.close();
      }
      await rename(temp, this.path);
    } catch {
      await unlink(temp).catch(() => undefined);
    }
  }
}
