import { _setPreopens } from '@bytecodealliance/preview2-shim/filesystem';
import { types } from '@bytecodealliance/jco';
import { fileURLToPath } from 'node:url';

/** The WIT package (the single source of truth) and where generated bindings are committed. */
export const WIT_DIR = fileURLToPath(new URL('../../wit', import.meta.url));
export const GENERATED_DIR = fileURLToPath(new URL('../../src/plugin/generated', import.meta.url));

/**
 * jco's and componentize-js's tools run as components over preview2-shim, which preopens no
 * directory by default (`os error 44`); these build-time tools may read the whole file system.
 * (Plugins never get preview2-shim: see src/plugin/.)
 */
export function allowToolFileAccess(): void {
  // preview2-shim's Node typings declare the browser signature.
  (_setPreopens as unknown as (preopens: Record<string, string>) => void)({ '/': '/' });
}

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
