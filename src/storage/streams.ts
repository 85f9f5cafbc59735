import type { Writable } from 'node:stream';
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
