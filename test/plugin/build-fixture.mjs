// Builds the test plugins' components with componentize-js. Plain JavaScript so that both the
// tests and `npm run bench` (bench/plugin.bench.mjs) use it.
import { componentize } from '@bytecodealliance/componentize-js';
import { _setPreopens } from '@bytecodealliance/preview2-shim/filesystem';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The WIT package: the single source of truth for guests and host. */
export const WIT_DIR = fileURLToPath(new URL('../../wit', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
/** Built components live here across runs, keyed by everything that goes into them. */
const BUILD_CACHE = join(tmpdir(), 'edo-plugin-fixtures');
const ALL_WASI_DISABLED = ['stdio', 'random', 'clocks', 'http', 'fetch-event'];

/**
 * jco's and componentize-js's tools run as components over preview2-shim, which preopens no
 * directory by default (`os error 44`); these build-time tools may read the whole file system.
 * (Plugins never get preview2-shim: see src/plugin/.)
 */
export function allowToolFileAccess() {
  _setPreopens({ '/': '/' });
}

function inputsDigest(source, options) {
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
 * The component built from `test/plugin/fixtures/<source>` (every WASI feature disabled unless
 * `options.withWasi`), built once and then reused from the OS temp dir.
 */
export async function buildFixture(source, options = {}) {
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
    ...(options.withWasi ? {} : { disableFeatures: ALL_WASI_DISABLED }),
  });
  mkdirSync(BUILD_CACHE, { recursive: true });
  const temp = `${cached}.${process.pid}.tmp`;
  writeFileSync(temp, component);
  renameSync(temp, cached);
  return component;
}
