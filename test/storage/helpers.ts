import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Artifact } from '../../src/model/artifact.js';
import type { Id } from '../../src/model/id.js';

/** A fresh temp directory per test, removed afterwards. */
export function useTempDirs(): (name?: string) => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async (name = 'edo-storage') => {
    const dir = await mkdtemp(join(tmpdir(), `${name}-`));
    made.push(dir);
    return dir;
  };
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function testId(name: string, extra: Partial<Id> = {}): Id {
  return { name, digest: 'sha256:' + '0'.repeat(64), ...extra };
}

export function artifactOf(id: Id, layers: Artifact['layers'] = [], metadata?: unknown): Artifact {
  return { config: { id, provides: [id.name], requires: { build: { gcc: '>=12' } }, metadata }, layers };
}
