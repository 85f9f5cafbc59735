import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { makeScratchDir, reapScratchDirs } from '../../src/environment/scratch-dirs.js';

const PREFIX = 'edo-scratch-test-';

describe('scratch directories', () => {
  it('are named after their process, and only those of processes that are gone are reaped', async () => {
    const mine = await makeScratchDir(PREFIX, '//pkg:a target');
    expect(basename(mine)).toMatch(new RegExp(`^${PREFIX}${process.pid}-_pkg_a_target-\\w{6}$`));
    // A process that has exited (and was waited for): its pid names no process now.
    const gone = spawnSync('true').pid!;
    const left = join(tmpdir(), `${PREFIX}${gone}-_x-abcdef`);
    mkdirSync(join(left, 'out'), { recursive: true });
    const unnamed = join(tmpdir(), `${PREFIX}nopid`);
    mkdirSync(unnamed, { recursive: true });
    try {
      expect(await reapScratchDirs([PREFIX])).toBe(1);
      expect(existsSync(left)).toBe(false);
      expect(existsSync(mine)).toBe(true);
      expect(existsSync(unnamed)).toBe(true);
    } finally {
      for (const dir of [mine, left, unnamed]) rmSync(dir, { recursive: true, force: true });
    }
  });
});
