import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tar from 'tar-stream';
import { Engine } from '../../src/engine/engine.js';
import { idFromString } from '../../src/model/id-format.js';
import { MediaType } from '../../src/storage/oci.js';
import { buildCached, ROOT } from './build-cache.js';

/**
 * Removes a test directory. Retries: a plugin worker may still be finishing a cache write there
 * when the test ends.
 */
export function removeTree(path: string): void {
  rmSync(path, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}

/**
 * Points EDO_PLUGIN_CACHE at one temp dir for the test file, so the workspaces it builds share
 * transpiled plugins (each is transpiled once, not once per workspace), and removes it at the end.
 */
export function sharePluginCache(): void {
  const saved = process.env.EDO_PLUGIN_CACHE;
  let cacheDir: string;
  beforeAll(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'edo-plugin-cache-'));
    process.env.EDO_PLUGIN_CACHE = cacheDir;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.EDO_PLUGIN_CACHE;
    else process.env.EDO_PLUGIN_CACHE = saved;
    removeTree(cacheDir);
  });
}

/**
 * Puts plugins built from plugins/ into a workspace copied from examples/, where its
 * `plugins.json` says (a path under the workspace → the plugins/ project whose component goes
 * there), as `npm run build:plugins` does for the examples themselves.
 */
export async function vendorPlugins(root: string): Promise<void> {
  const vendored = JSON.parse(readFileSync(join(root, 'plugins.json'), 'utf8')) as Record<string, string>;
  for (const [path, project] of Object.entries(vendored)) {
    const built = await buildCached(join(ROOT, 'plugins', project), project);
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), readFileSync(built));
  }
}

async function bytesOf(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function tarFiles(bytes: Buffer): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const extract = tar.extract();
  extract.end(bytes);
  for await (const entry of extract) {
    const data = await bytesOf(entry as AsyncIterable<Uint8Array>);
    if (entry.header.type === 'file') files[entry.header.name.replace(/^\.\//, '')] = data.toString('utf8');
  }
  return files;
}

/**
 * What the artifact `id` (as `edo build --json` prints it) holds, read through the workspace's
 * build cache (whatever backend it is): each tar layer's files by path, and each other layer's
 * bytes under `layer <index>`.
 */
export async function artifactContents(root: string, id: string): Promise<Record<string, string>> {
  const engine = await Engine.open(root);
  try {
    const storage = await engine.storage();
    const artifact = await storage.open(idFromString(id));
    const contents: Record<string, string> = {};
    for (const [index, layer] of artifact.layers.entries()) {
      const bytes = await bytesOf(await storage.read(layer));
      if (layer.mediaType === MediaType.layerTar) Object.assign(contents, await tarFiles(bytes));
      else contents[`layer ${index}`] = bytes.toString('utf8');
    }
    return contents;
  } finally {
    await engine.close();
  }
}
