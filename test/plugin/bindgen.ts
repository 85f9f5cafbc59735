import { types } from '@bytecodealliance/jco';
import { fileURLToPath } from 'node:url';
import { allowToolFileAccess, WIT_DIR } from './build-fixture.mjs';

/** Where the bindings generated from the WIT are committed. */
export const GENERATED_DIR = fileURLToPath(new URL('../../src/plugin/generated', import.meta.url));

/**
 * Host TypeScript types (`host/`) and guest declarations for plugin authors (`guest/`), generated
 * by jco from the WIT. jco reads files through preview2-shim, which preopens nothing by default.
 */
export async function generateBindings(): Promise<Map<string, string>> {
  allowToolFileAccess();
  const host = await types(WIT_DIR, { worldName: 'edo', name: 'edo', instantiation: 'async', quiet: true });
  const guest = await types(WIT_DIR, { worldName: 'edo', name: 'edo', guest: true, quiet: true });
  const files = new Map<string, string>();
  for (const [side, generated] of [
    ['host', host],
    ['guest', guest],
  ] as const) {
    for (const [name, bytes] of Object.entries(generated)) {
      files.set(`${side}/${name}`, Buffer.from(bytes).toString('utf8'));
    }
  }
  return files;
}
