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

/**
 * The engine's own message for a failed API call, rather than dockerode's HTTP wrapper text; for
 * an engine that could not be reached, where it was looked for and what to check.
 */
export function engineMessage(err: unknown): string {
  const engineSays = (err as { json?: { message?: string } }).json?.message;
  if (engineSays !== undefined) return engineSays;
  const failure = err as NodeJS.ErrnoException & { address?: string; port?: number };
  // dockerode words what it could not parse as `(HTTP code 500) server error - <the engine's text> `.
  if (failure.syscall !== 'connect')
    return failure.message.replace(/^\(HTTP code \d+\) [a-z ]+ - /, '').trim();
  const where = failure.port === undefined ? failure.address : `${failure.address}:${failure.port}`;
  const check =
    failure.code === 'EACCES'
      ? 'this user may not use it (membership of the docker group grants that)'
      : "is it running? DOCKER_HOST, or the farm's hosts, may name another";
  return `cannot reach the Docker engine at ${where} (${failure.code}): ${check}`;
}
