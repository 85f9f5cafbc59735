import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { ComponentContext } from '../../src/engine/components.js';
import type { Farm } from '../../src/environment/types.js';
import type { Artifact, Layer } from '../../src/model/artifact.js';
import type { Id } from '../../src/model/id.js';
import { idToString } from '../../src/model/id-format.js';
import type { Log } from '../../src/model/log.js';
import type { DeclarationNode, NodeValue } from '../../src/model/node.js';
import type { LayerWriter, StorageManager } from '../../src/storage/types.js';
import type { Handle, Transform } from '../../src/transform/types.js';
import { PluginManager } from '../../src/plugin/manager.js';

/** A log that keeps what is written. */
export class MemoryLog implements Log {
  text = '';
  write(data: string | Uint8Array): void {
    this.text += typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
  }
}

class BufferLayerWriter extends Writable implements LayerWriter {
  readonly chunks: Buffer[] = [];
  bytesWritten = 0;
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk);
    this.bytesWritten += chunk.length;
    done();
  }
}

/** A storage manager over memory, standing in for the build cache the engine passes. */
export class MemoryStorage implements StorageManager {
  readonly artifacts = new Map<string, Artifact>();
  readonly blobs = new Map<string, Buffer>();

  async open(id: Id): Promise<Artifact> {
    const artifact = this.artifacts.get(idToString(id));
    if (!artifact) throw new Error(`no artifact ${idToString(id)}`);
    return artifact;
  }
  async has(id: Id): Promise<boolean> {
    return this.artifacts.has(idToString(id));
  }
  async read(layer: Layer): Promise<Readable> {
    return Readable.from([this.blobs.get(layer.digest)!]);
  }
  async startLayer(): Promise<LayerWriter> {
    return new BufferLayerWriter();
  }
  async finishLayer(mediaType: string, platform: string | undefined, writer: LayerWriter): Promise<Layer> {
    const bytes = Buffer.concat((writer as BufferLayerWriter).chunks);
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    this.blobs.set(digest, bytes);
    return { mediaType, digest, size: bytes.length, ...(platform !== undefined && { platform }) };
  }
  async save(artifact: Artifact): Promise<void> {
    this.artifacts.set(idToString(artifact.config.id), artifact);
  }
}

export function declaration(kind: string, name: string, attrs: Record<string, NodeValue>): DeclarationNode {
  return { kind, name, id: `//test:${name}`, attrs, position: { file: 'test/BUILD.edo', line: 1, col: 1 } };
}

export function context(
  storage: StorageManager,
  farms: Record<string, Farm> = {},
  args: Record<string, string> = {},
): ComponentContext & Handle {
  const transforms = new Map<string, Transform>();
  return {
    getArg: (name) => args[name],
    getHandle() {
      return this;
    },
    storage: () => storage,
    get: (addr) => transforms.get(addr),
    getTransform: (addr) => transforms.get(addr),
    getFarm: (addr) => farms[addr],
    addSource: () => Promise.reject(new Error('no sources in these tests')),
  };
}

/**
 * A workspace dir and plugin cache dir of its own, removed by `cleanup`. The directory is made on
 * first use: jest skips the hooks of a file whose tests a `-t` filter leaves out, and a directory
 * made up front stayed behind.
 */
export function scratch() {
  let made: string | undefined;
  const dir = () => (made ??= mkdtempSync(join(tmpdir(), 'edo-plugin-test-')));
  const log = new MemoryLog();
  const managers: PluginManager[] = [];
  return {
    get root() {
      return dir();
    },
    log,
    get cacheDir() {
      return join(dir(), 'plugin-cache');
    },
    manager(vars?: Record<string, string>): PluginManager {
      const manager = new PluginManager({
        workspaceRoot: dir(),
        cacheDir: join(dir(), 'plugin-cache'),
        log,
        vars,
      });
      managers.push(manager);
      return manager;
    },
    async cleanup() {
      await Promise.all(managers.map((manager) => manager.close()));
      if (made) rmSync(made, { recursive: true, force: true });
    },
  };
}
