import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { ComponentRegistry, type ComponentContext } from '../../engine/components.js';
import { LocalFarm } from '../../environment/local/farm.js';
import type { Log } from '../../model/log.js';
import type { DeclarationNode } from '../../model/node.js';
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
  const hostLog = new TextLog();
  const manager = new PluginManager({
    workspaceRoot: project.dir,
    cacheDir: join(scratch, 'cache'),
    log: hostLog,
  });
  try {
    const plugin = await manager.loadPlugin({ name: project.manifest.name, bytes });
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
      addSource: () => Promise.reject(new Error('edo plugin test declares no sources')),
    };
    const results: PluginTestResult[] = [];
    for (const testCase of project.tests) results.push(await runCase(testCase, registry, ctx, scratch));
    return results;
  } finally {
    await manager.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function runCase(
  testCase: PluginTestCase,
  registry: ComponentRegistry,
  ctx: ComponentContext & Handle,
  scratch: string,
): Promise<PluginTestResult> {
  const problems: string[] = [];
  const addr = `//test:${testCase.name}`;
  const node: DeclarationNode = {
    kind: testCase.transform,
    name: testCase.name,
    id: addr,
    attrs: testCase.attrs,
    position: { file: 'edo-plugin.json', line: 1, col: 1 },
  };
  try {
    const factory = registry.transforms.get(testCase.transform);
    if (!factory) throw new Error(`the plugin provides no transform or rule "${testCase.transform}"`);
    const transform = await factory(addr, node, ctx);
    const farm = new LocalFarm({ ...node, kind: 'environment_farm', attrs: {} });
    const log = new TextLog();
    const env = await farm.create(log, join(scratch, testCase.name));
    try {
      await transform.prepare(log, ctx);
      await transform.stage(log, ctx, env);
      const status = await transform.transform(log, ctx, env);
      if (status.kind !== 'success') throw status.error;
      if (testCase.expect.log !== undefined && log.text !== testCase.expect.log) {
        problems.push(
          `log: expected ${JSON.stringify(testCase.expect.log)}, got ${JSON.stringify(log.text)}`,
        );
      }
      if (testCase.expect.layers) {
        const layers = await Promise.all(
          status.artifact.layers.map(async (layer) => text(await ctx.storage().read(layer))),
        );
        if (JSON.stringify(layers) !== JSON.stringify(testCase.expect.layers)) {
          problems.push(
            `layers: expected ${JSON.stringify(testCase.expect.layers)}, got ${JSON.stringify(layers)}`,
          );
        }
      }
    } finally {
      await env.clean(log);
    }
  } catch (error) {
    problems.push((error as Error).message);
  }
  return { name: testCase.name, ok: problems.length === 0, problems };
}
