import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnDetached } from '../../src/environment/local/spawner.js';
import { processRuns, waitFor } from '../helpers/processes.js';

function run(script: string, output: Buffer[] = []) {
  return spawnDetached(
    '/bin/sh',
    ['-c', script],
    { cwd: tmpdir(), env: { PATH: '/usr/bin:/bin' } },
    (chunk) => output.push(chunk),
  );
}

describe("the local farm's command helper", () => {
  it('relays stdout and stderr as they come, and the exit code', async () => {
    const output: Buffer[] = [];
    const command = run('echo one; sleep 0.05; echo two >&2; sleep 0.05; echo three; exit 7', output);
    expect(await command.exit).toEqual({ code: 7, signal: null });
    expect(Buffer.concat(output).toString()).toBe('one\ntwo\nthree\n');
  });

  it("kills a command's whole process group", async () => {
    const command = run('sleep 38.25 & sleep 38.5; wait');
    await waitFor(() => processRuns('sleep 38.5'), 10_000);
    command.kill('SIGKILL');
    expect(await command.exit).toEqual({ code: null, signal: 'SIGKILL' });
    await waitFor(() => !processRuns('sleep 38.25') && !processRuns('sleep 38.5'), 5_000);
  });

  it('kills what a command left running when it ends, without waiting for it', async () => {
    const output: Buffer[] = [];
    const started = Date.now();
    // One stray holds the output pipe, the other does not.
    const command = run('(sleep 39.25 &); sleep 39.5 >/dev/null 2>&1 & echo done', output);
    expect(await command.exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(Buffer.concat(output).toString()).toBe('done\n');
    await waitFor(() => !processRuns('sleep 39.25') && !processRuns('sleep 39.5'), 5_000);
  });

  it('fails the commands of a helper that dies, kills them, and starts a new one for the next', async () => {
    const command = run('sleep 38.75');
    await waitFor(() => processRuns('sleep 38.75'), 10_000);
    // This module's helper is the command's nearest such ancestor (other test files in this jest
    // worker have helpers of their own).
    const parent = (pid: number) =>
      Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
    let helper = Number(
      execFileSync('pgrep', ['-f', '^sleep 38.75'], { encoding: 'utf8' }).trim().split('\n')[0],
    );
    while (!readFileSync(`/proc/${helper}/cmdline`, 'utf8').includes('spawnerMain')) helper = parent(helper);
    expect(helper).not.toBe(process.pid);
    process.kill(helper, 'SIGKILL');
    await expect(command.exit).rejects.toThrow('the helper that starts commands exited (SIGKILL)');
    await waitFor(() => !processRuns('sleep 38.75'), 5_000);
    expect(await run('exit 0').exit).toEqual({ code: 0, signal: null });
  });
});
