import type { Readable, Writable } from 'node:stream';
import type { Command, Environment } from '../environment/types.js';
import { EdoError } from '../model/errors.js';
import type { Id } from '../model/id.js';
import type { Log } from '../model/log.js';
import type { StorageManager } from '../storage/types.js';

function refuse(): never {
  throw new EdoError('this target declares no environment: it cannot run commands or stage files');
}

/**
 * What transforms with an empty `environment()` (compose, import_artifact, sources) receive: they
 * work in the store only, so no temp dir or container is made for them. Every use is an error.
 */
export const NO_ENVIRONMENT: Environment = {
  deferCmd: (_log: Log, _id: Id): Command => refuse(),
  expand: async (_path: string) => refuse(),
  createDir: async (_path: string) => refuse(),
  setEnv: async (_key: string, _value: string) => refuse(),
  getEnv: (_key: string) => undefined,
  setup: async (_log: Log, _storage: StorageManager) => undefined,
  up: async (_log: Log) => undefined,
  down: async (_log: Log) => undefined,
  clean: async (_log: Log) => undefined,
  write: async (_path: string, _data: Readable) => refuse(),
  unpack: async (_path: string, _data: Readable) => refuse(),
  read: async (_path: string, _writer: Writable) => refuse(),
  cmd: async (_log: Log, _id: Id, _path: string, _command: string) => refuse(),
  run: async (_log: Log, _id: Id, _path: string, _command: Command) => refuse(),
  shell: async (_path: string) => refuse(),
};
