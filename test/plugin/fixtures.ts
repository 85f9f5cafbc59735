import { componentize } from '@bytecodealliance/componentize-js';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedManifest, type PluginManifest } from '../../src/plugin/manifest.js';
import { allowToolFileAccess, WIT_DIR } from './bindgen.js';

const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
/** Built components live here across runs, keyed by everything that goes into them. */
const BUILD_CACHE = join(tmpdir(), 'edo-plugin-fixtures');
const ALL_WASI_DISABLED = ['stdio', 'random', 'clocks', 'http', 'fetch-event'] as const;

export interface FixtureOptions {
  /** Keep componentize-js's default WASI features (the component then imports wasi:*). */
  withWasi?: boolean;
}

function inputsDigest(source: string, options: FixtureOptions): string {
  const hash = createHash('sha256').update(JSON.stringify({ source, options, componentize: '0.23.0' }));
  for (const dir of [FIXTURES, WIT_DIR]) {
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.js') || name.endsWith('.wit'))
        hash.update(name).update(readFileSync(join(dir, name)));
    }
  }
  return hash.digest('hex');
}

/**
 * The component built from `test/plugin/fixtures/<source>` with componentize-js (every WASI
 * feature disabled unless asked), built once and then reused from the OS temp dir.
 */
export async function buildFixture(source: string, options: FixtureOptions = {}): Promise<Uint8Array> {
  const cached = join(BUILD_CACHE, `${inputsDigest(source, options)}.wasm`);
  try {
    return readFileSync(cached);
  } catch {
    // not built yet
  }
  allowToolFileAccess();
  const { component } = await componentize({
    sourcePath: join(FIXTURES, source),
    witPath: WIT_DIR,
    worldName: 'edo',
    ...(options.withWasi ? {} : { disableFeatures: [...ALL_WASI_DISABLED] }),
  });
  mkdirSync(BUILD_CACHE, { recursive: true });
  const temp = `${cached}.${process.pid}.tmp`;
  writeFileSync(temp, component);
  renameSync(temp, cached);
  return component;
}

export const TEST_MANIFEST: PluginManifest = {
  name: 'test-plugin',
  version: '0.1.0',
  interface: 'edo:plugin@1.0.0',
  provides: {
    transform: ['upper', 'probe', 'composer'],
    storage: ['memory'],
    farm: ['echo-farm'],
  },
  rules: { upper: { transform: 'upper', attrs: { text: { type: 'string', required: true } } } },
  capabilities: ['fs:read:/etc', 'env:EDO_PLUGIN_TEST_SECRET', 'net:127.0.0.1:*'],
};

/** The test plugin with a manifest (by default TEST_MANIFEST, changed by `overrides`). */
export async function testPlugin(overrides: Partial<PluginManifest> = {}, options: FixtureOptions = {}) {
  return embedManifest(await buildFixture('test-plugin.js', options), { ...TEST_MANIFEST, ...overrides });
}
