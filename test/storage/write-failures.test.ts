import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LocalStore } from '../../src/storage/local-store.js';
import { compileStorage, writeChildProgram } from './child.js';
import { useTempDirs } from './helpers.js';

const tempDir = useTempDirs();

/**
 * Runs in a shell with a file size limit of 0 (and SIGXFSZ ignored, so writes fail with EFBIG
 * instead of killing the process): creating a file works, writing a byte into it fails, as on a
 * full disk. Prints how each write failed.
 */
const WRITER = `
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { LocalStore } from './storage/local-store.js';
import { acquireLock } from './storage/lock.js';
import { replaceFile } from './storage/fs-util.js';
const store = await LocalStore.open(process.argv[2]);
const bytes = Buffer.from('a small blob');
const digest = 'sha256:' + createHash('sha256').update(bytes).digest('hex');
const codes = {};
for (const [name, write] of [
  ['writeBlob', () => store.writeBlob(bytes, digest)],
  ['acquireLock', () => acquireLock(store.lockPath, store.ingestDir)],
  ['replaceFile', () => replaceFile(join(store.root, 'record'), store.ingestDir, 'data')],
]) {
  codes[name] = await write().then(() => 'written', (err) => err.code);
}
process.stdout.write(JSON.stringify(codes));
`;

describe('writes that fail (a full or read-only disk)', () => {
  test('leave no temp file in ingest/', async () => {
    const { dir, cleanup } = await compileStorage();
    try {
      const store = await LocalStore.open(join(await tempDir('write-failures'), 'store'));
      const script = await writeChildProgram(dir, 'writer.mjs', WRITER);
      const { stdout } = await promisify(execFile)('bash', [
        '-c',
        `trap '' XFSZ; ulimit -f 0; exec "${process.execPath}" "${script}" "${store.root}"`,
      ]);
      expect(JSON.parse(stdout)).toEqual({ writeBlob: 'EFBIG', acquireLock: 'EFBIG', replaceFile: 'EFBIG' });
      expect(await readdir(store.ingestDir)).toEqual([]);
    } finally {
      await cleanup();
    }
  });
});
