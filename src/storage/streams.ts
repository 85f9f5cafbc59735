import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EdoError } from '../model/errors.js';

/** Ends the writer if needed and resolves once all its data is flushed (or rejects with its error). */
export function writerFinished(writer: Writable): Promise<void> {
  if (writer.writableFinished) return Promise.resolve();
  if (writer.destroyed)
    return Promise.reject(writer.errored ?? new EdoError('the layer writer was destroyed'));
  return new Promise((resolve, reject) => {
    writer.once('finish', resolve);
    writer.once('error', reject);
    if (!writer.writableEnded) writer.end();
  });
}

/**
 * Pipes `source` into a layer writer. When that fails, waits until the writer has closed before
 * rejecting: its clean-up (removing its temp file, aborting its upload) is asynchronous, and a
 * caller that moves on at once would see it unfinished.
 */
export async function pipeIntoWriter(source: Readable, writer: Writable): Promise<void> {
  try {
    await pipeline(source, writer);
  } catch (err) {
    if (!writer.closed) await new Promise((resolve) => writer.once('close', resolve));
    throw err;
  }
}
