import { schedule, type AttemptOutcome, type ScheduledTask } from '../../src/engine/scheduler.js';
import { EdoError } from '../../src/model/errors.js';

const ok: AttemptOutcome = { status: 'success' };
const fail = (message: string): AttemptOutcome => ({ status: 'failed', error: new EdoError(message) });

function tasks(edges: Record<string, string[]>): ScheduledTask[] {
  return Object.entries(edges).map(([label, deps]) => ({ label, deps }));
}

const tick = (ms = 5): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('schedule', () => {
  it('runs dependencies before dependents, at most `jobs` at once', async () => {
    const order: string[] = [];
    let running = 0;
    let peak = 0;
    const results = await schedule(
      tasks({ a: [], b: [], c: [], d: ['a', 'b', 'c'], e: ['d', 'outside'] }),
      { jobs: 2 },
      {
        async run(label) {
          running += 1;
          peak = Math.max(peak, running);
          await tick();
          running -= 1;
          order.push(label);
          return ok;
        },
      },
    );
    expect(peak).toBe(2);
    expect(order.indexOf('d')).toBeGreaterThan(Math.max(order.indexOf('a'), order.indexOf('b')));
    expect(order.at(-1)).toBe('e');
    expect([...results.values()].every((r) => r.status === 'success')).toBe(true);
  });

  it('stops at the first failure by default', async () => {
    const started: string[] = [];
    const results = await schedule(
      tasks({ bad: [], slow: [], later: [], dep: ['bad'] }),
      { jobs: 2 },
      {
        async run(label, _attempt, signal) {
          started.push(label);
          if (label === 'bad') return fail('boom');
          await new Promise((r) => signal.addEventListener('abort', r));
          return fail('interrupted');
        },
      },
    );
    expect(started).toEqual(['bad', 'slow']);
    expect(results.get('bad')).toMatchObject({ status: 'failed' });
    expect(results.get('slow')?.status).toBe('cancelled');
    expect(results.get('later')?.status).toBe('cancelled');
    expect(results.get('dep')?.status).toBe('skipped');
  });

  it('finishes independent tasks with keepGoing', async () => {
    const results = await schedule(
      tasks({ bad: [], dep: ['bad'], depdep: ['dep'], other: [], other2: ['other'] }),
      { jobs: 1, keepGoing: true },
      { run: async (label) => (label === 'bad' ? fail('boom') : ok) },
    );
    expect(Object.fromEntries([...results].map(([k, v]) => [k, v.status]))).toEqual({
      bad: 'failed',
      dep: 'skipped',
      depdep: 'skipped',
      other: 'success',
      other2: 'success',
    });
  });

  it('retries a retryable outcome with backoff, up to maxAttempts', async () => {
    const retries: number[] = [];
    let calls = 0;
    const results = await schedule(
      tasks({ flaky: [], never: [] }),
      { jobs: 2, maxAttempts: 3, backoffMs: 1, keepGoing: true },
      {
        async run(label, attempt) {
          calls += 1;
          if (label === 'flaky' && attempt === 3) return ok;
          return { status: 'retryable', error: new EdoError('try again') };
        },
        onRetry: (_label, _attempt, _error, delay) => retries.push(delay),
      },
    );
    expect(results.get('flaky')).toEqual({ status: 'success', attempts: 3 });
    expect(results.get('never')).toMatchObject({ status: 'failed', attempts: 3 });
    expect(calls).toBe(6);
    expect(retries.sort()).toEqual([1, 1, 2, 2]);
  });

  it('turns a thrown exception into a failure', async () => {
    const results = await schedule(
      tasks({ a: [] }),
      { jobs: 1 },
      {
        run: async () => {
          throw new Error('oops');
        },
      },
    );
    expect(results.get('a')?.error?.message).toBe('oops');
  });

  it('cancels promptly when the outer signal aborts and waits for running tasks', async () => {
    const controller = new AbortController();
    let tornDown = false;
    const promise = schedule(
      tasks({ a: [], b: ['a'] }),
      { jobs: 1, signal: controller.signal },
      {
        async run(_label, _attempt, signal) {
          await new Promise((r) => signal.addEventListener('abort', r));
          await tick();
          tornDown = true;
          return fail('aborted');
        },
      },
    );
    await tick();
    controller.abort();
    const results = await promise;
    expect(tornDown).toBe(true);
    expect(results.get('a')?.status).toBe('cancelled');
    expect(results.get('b')?.status).toBe('cancelled');
  });
});
