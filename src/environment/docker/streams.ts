import { Writable } from 'node:stream';
import type { Log } from '../../model/log.js';

/** A Writable that forwards every chunk to `log` as it arrives (demuxed container output). */
export function logWriter(log: Log): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      log.write(chunk);
      done();
    },
  });
}

/** The engine's own message for a failed API call, rather than dockerode's HTTP wrapper text. */
export function engineMessage(err: unknown): string {
  return (err as { json?: { message?: string } }).json?.message ?? (err as Error).message;
}
