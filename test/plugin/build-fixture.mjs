// Builds the test plugins' components with componentize-js. Plain JavaScript so that both the
// tests and `npm run bench` (bench/plugin.bench.mjs) use it.
import { componentize } from '@bytecodealliance/componentize-js';
import { _setPreopens } from '@bytecodealliance/preview2-shim/filesystem';
import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The WIT package: the single source of truth for guests and host. */
export const WIT_DIR = fileURLToPath(new URL('../../wit', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
/** The JS plugin SDK the fixtures import (componentize-js bundles relative imports). */
const SDK_DIR = fileURLToPath(new URL('../../plugins/sdk-js', import.meta.url));
/** Built components live here across runs, keyed by everything that goes into them. */
const BUILD_CACHE = join(tmpdir(), 'edo-plugin-fixtures');
const ALL_WASI_DISABLED = ['stdio', 'random', 'clocks', 'http', 'fetch-event'];
/** A build lock older than this was left by a process that died. */
const STALE_LOCK_MS = 5 * 60 * 1000;

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
  for (const dir of [FIXTURES, SDK_DIR, WIT_DIR]) {
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
  // Parallel test files want the same fixtures: one process builds, the others wait for it.
  mkdirSync(BUILD_CACHE, { recursive: true });
  const lock = `${cached}.lock`;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch {
      const built = await waitForBuild(cached, lock);
      if (built) return built;
    }
  }
  try {
    // Built by another process between our first look and taking the lock?
    return readFileSync(cached);
  } catch {
    // no: build it
  }
  try {
    return await componentizeFixture(source, options, cached);
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Waits while another process builds `cached`; undefined when its lock went away or went stale. */
async function waitForBuild(cached, lock) {
  for (;;) {
    try {
      return readFileSync(cached);
    } catch {
      // not there yet
    }
    try {
      if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { force: true });
    } catch {
      return undefined;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function componentizeFixture(source, options, cached) {
  allowToolFileAccess();
  const { component } = await componentize({
    sourcePath: join(FIXTURES, source),
    witPath: WIT_DIR,
    worldName: 'edo',
    ...(options.withWasi ? {} : { disableFeatures: ALL_WASI_DISABLED }),
  });
  const temp = `${cached}.${process.pid}.tmp`;
  writeFileSync(temp, component);
  renameSync(temp, cached);
  return component;
}
