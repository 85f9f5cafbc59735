import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type * as tar from 'tar-stream';

/** Entries of deterministic tars have this mtime and owner, whatever the files on disk say. */
export const FIXED_TAR_HEADER = { mtime: new Date(0), uid: 0, gid: 0, uname: '', gname: '' } as const;

export type TarHeader = Partial<tar.Header> & { name: string };

/** Adds an entry without a body (directory, symlink) or with a small in-memory body. */
export function addEntry(pack: tar.Pack, header: TarHeader, body?: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error | null) => (err ? reject(err) : resolve());
    if (body === undefined) pack.entry(header, done);
    else pack.entry(header, body, done);
  });
}

/** Adds an entry whose body streams from `source` (exactly `header.size` bytes), with backpressure. */
export async function addStreamEntry(pack: tar.Pack, header: TarHeader, source: Readable): Promise<void> {
  await pipeline(source, pack.entry(header) as unknown as NodeJS.WritableStream);
}
