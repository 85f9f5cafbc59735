import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { text } from 'node:stream/consumers';
import { isDeepStrictEqual } from 'node:util';
import { ComponentRegistry, type ComponentContext } from '../../engine/components.js';
import { LocalFarm } from '../../environment/local/farm.js';
import { LocalSource } from '../../source/local.js';
import type { Log } from '../../model/log.js';
import type { DeclarationNode } from '../../model/node.js';
import { extractArtifact } from '../../storage/checkout.js';
import { LocalStore } from '../../storage/local-store.js';
import { CacheManager } from '../../storage/manager.js';
import type { Handle, Transform } from '../../transform/types.js';
import { PluginManager } from '../manager.js';
import type { PluginProject, PluginTestCase } from './project.js';

export interface PluginTestResult {
  name: string;
  ok: boolean;
  /** Why it failed. */
  problems: string[];
}

class TextLog implements Log {
  text = '';
  write(data: string | Uint8Array): void {
    this.text += typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
  }
}

/**
 * Loads a built plugin in the real host (PluginManager, registered like in a build) and runs each
 * of the project's test cases: the transform is created from a declaration with the case's
 * attributes, run in a fresh `local` environment against a store in a temp dir, and its log and
 * layers are compared with what the case expects.
 */
export async function runPluginTests(project: PluginProject, bytes: Uint8Array): Promise<PluginTestResult[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'edo-plugin-test-'));
  const testDir = join(scratch, 'test-dir');
  mkdirSync(testDir);
  const hostLog = new TextLog();
  const manager = new PluginManager({
    workspaceRoot: project.dir,
    cacheDir: join(scratch, 'cache'),
    log: hostLog,
    vars: { TEST_DIR: testDir },
  });
  try {
    const capabilities = [...new Set(project.tests.flatMap((testCase) => testCase.capabilities ?? []))];
    const plugin = await manager.loadPlugin({ name: project.manifest.name, bytes, capabilities });
    const registry = new ComponentRegistry();
    manager.registerComponents(plugin, registry);
    const storage = new CacheManager({
      buildCache: await LocalStore.open(join(scratch, 'store')),
      remoteCaches: [],
      writeBack: false,
    });
    const transforms = new Map<string, Transform>();
    const ctx: ComponentContext & Handle = {
      getArg: () => undefined,
      getHandle: () => ctx,
      storage: () => storage,
      get: (addr: string) => transforms.get(addr),
      getTransform: (addr: string) => transforms.get(addr),
      getFarm: () => undefined,
      // `local_source` only: a plugin's transform may make one of its `srcs` (project files).
      addSource: async (addr, node) => {
        if (node.kind !== 'local_source')
          throw new Error(`edo plugin test provides local_source only, not ${node.kind}`);
        return new LocalSource({ ...node, id: addr }, project.dir, scratch);
      },
    };
    const results: PluginTestResult[] = [];
    for (const testCase of project.tests) {
      const attrs = JSON.parse(
        JSON.stringify(testCase.attrs).replaceAll('$TEST_DIR', testDir),
      ) as typeof testCase.attrs;
      const run = testCase.storage !== undefined ? runStorageCase : runTransformCase;
      // Storage components are registered as <plugin>:<component>.
      const storage = testCase.storage && `${project.manifest.name}:${testCase.storage}`;
      results.push(await run({ ...testCase, attrs, storage }, registry, ctx, scratch));
    }
    return results;
  } finally {
    await manager.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

function declarationOf(testCase: PluginTestCase, kind: string): DeclarationNode {
  return {
    kind,
    name: testCase.name,
    id: `//test:${testCase.name}`,
    attrs: testCase.attrs,
    position: { file: 'edo-plugin.json', line: 1, col: 1 },
  };
}

async function runTransformCase(
  testCase: PluginTestCase,
  registry: ComponentRegistry,
  ctx: ComponentContext & Handle,
  scratch: string,
): Promise<PluginTestResult> {
  const problems: string[] = [];
  const node = declarationOf(testCase, testCase.transform ?? '');
  const expected = testCase.expect ?? {};
  try {
    if (testCase.transform === undefined) throw new Error('a test case names a "transform" or a "storage"');
    const factory = registry.transforms.get(testCase.transform);
    if (!factory) throw new Error(`the plugin provides no transform or rule "${testCase.transform}"`);
    const transform = await factory(node.id, node, ctx);
    const farm = new LocalFarm({ ...node, kind: 'environment_farm', attrs: {} });
    const log = new TextLog();
    const env = await farm.create(log, join(scratch, testCase.name));
    try {
      // As a build runs it: the environment set up and started before the transform stages.
      await env.setup(log, ctx.storage());
      await env.up(log);
      await transform.prepare(log, ctx);
      await transform.stage(log, ctx, env);
      const status = await transform.transform(log, ctx, env);
      if (status.kind !== 'success') {
        // What the transform's commands printed is usually why.
        throw new Error(`${status.error.message}${log.text ? `\n${log.text.trimEnd()}` : ''}`);
      }
      if (expected.log !== undefined && log.text !== expected.log) {
        problems.push(`log: expected ${JSON.stringify(expected.log)}, got ${JSON.stringify(log.text)}`);
      }
      if (expected.layers) {
        const layers = await Promise.all(
          status.artifact.layers.map(async (layer) => text(await ctx.storage().read(layer))),
        );
        if (JSON.stringify(layers) !== JSON.stringify(expected.layers)) {
          // A tar's bytes as text are kilobytes of NULs: name it instead.
          const shown = layers.map((layer) =>
            layer.includes('\0') ? `<${layer.length} bytes, not text: a tar? expect "files">` : layer,
          );
          problems.push(`layers: expected ${JSON.stringify(expected.layers)}, got ${JSON.stringify(shown)}`);
        }
      }
      if (expected.files) {
        const dir = mkdtempSync(join(scratch, 'files-'));
        await extractArtifact(ctx.storage(), status.artifact, dir);
        const files = filesUnder(dir);
        if (!isDeepStrictEqual(files, expected.files)) {
          problems.push(`files: expected ${JSON.stringify(expected.files)}, got ${JSON.stringify(files)}`);
        }
      }
    } finally {
      await env.down(log);
      await env.clean(log);
    }
  } catch (error) {
    problems.push((error as Error).message);
  }
  return { name: testCase.name, ok: problems.length === 0, problems };
}

/** The regular files under `dir`, by path relative to it, with their contents as UTF-8. */
function filesUnder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = readFileSync(path, 'utf8');
  }
  return files;
}

/** A storage backend's round trip: a layer and an artifact saved, listed, opened, read back, deleted. */
async function runStorageCase(
  testCase: PluginTestCase,
  registry: ComponentRegistry,
  ctx: ComponentContext & Handle,
): Promise<PluginTestResult> {
  const problems: string[] = [];
  const check = (what: string, got: unknown, want: unknown) => {
    // Compared as JSON values: absent and undefined properties are the same to the engine.
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(got)), JSON.parse(JSON.stringify(want))))
      problems.push(`${what}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  try {
    const factory = registry.storage.get(testCase.storage!);
    if (!factory) throw new Error(`the plugin provides no storage backend "${testCase.storage}"`);
    const node = declarationOf(testCase, 'storage_backend');
    const backend = await factory(node.id, node, ctx);
    const content = Buffer.from(`edo plugin test ${testCase.name}\n`);
    const writer = await backend.startLayer();
    writer.write(content);
    const layer = await backend.finishLayer('application/octet-stream', undefined, writer);
    check('layer digest', layer.digest, `sha256:${createHash('sha256').update(content).digest('hex')}`);
    const id = { name: node.id, digest: 'sha256:0' };
    const artifact = { config: { id, provides: ['test'], requires: {} }, layers: [layer] };
    await backend.save(artifact);
    check('has after save', await backend.has(id), true);
    check('ls', await backend.ls(), [id]);
    check('open', await backend.open(id), artifact);
    check('read', await text(await backend.read(layer)), content.toString());
    await backend.del(id);
    check('has after del', await backend.has(id), false);
  } catch (error) {
    problems.push((error as Error).message);
  }
  return { name: testCase.name, ok: problems.length === 0, problems };
}
