import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

export const ROOT = join(import.meta.dirname, '../..');
/** componentize-js builds take seconds and ~12 MB: builds are reused across runs by input digest. */
const BUILD_CACHE = join(tmpdir(), 'edo-plugins-test-builds');

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? (name === 'dist' ? [] : filesUnder(path)) : [path];
    });
}

function inputsDigest(dir: string): string {
  const hash = createHash('sha256');
  // The project, the WIT, and the code that builds it (bindings generators, build steps, SDKs).
  const toolchain = ['wit', 'src/plugin/build', 'src/plugin/bindgen', 'plugins/sdk-js', 'plugins/sdk-rust'];
  const inputs = toolchain.map((path) => join(ROOT, path)).filter((path) => existsSync(path));
  for (const file of [...filesUnder(dir), ...inputs.flatMap(filesUnder)]) {
    hash.update(file.startsWith(dir) ? file.slice(dir.length) : file).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** `edo plugin build DIR`, or the component an earlier run built from the same inputs. */
export async function buildCached(dir: string, name: string): Promise<string> {
  const cached = join(BUILD_CACHE, `${inputsDigest(dir)}.wasm`);
  const target = join(dir, 'dist', `${name}.wasm`);
  if (existsSync(cached)) {
    mkdirSync(join(dir, 'dist'), { recursive: true });
    copyFileSync(cached, target);
    return target;
  }
  const built = await runCli(['plugin', 'build', dir]);
  expect(built.stderr).toBe('');
  expect(built.code).toBe(0);
  mkdirSync(BUILD_CACHE, { recursive: true });
  copyFileSync(target, `${cached}.${process.pid}.tmp`);
  // rename is atomic: parallel runs see the whole file or none
  renameSync(`${cached}.${process.pid}.tmp`, cached);
  return target;
}
