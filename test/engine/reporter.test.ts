import { PassThrough } from 'node:stream';
import { EdoError } from '../../src/model/errors.js';
import { chooseReporter, JsonReporter, PlainReporter, TtyReporter } from '../../src/engine/reporter.js';
import type { BuildSummary, TargetReport } from '../../src/engine/run.js';

function stream(tty: boolean): PassThrough & { isTTY?: boolean; text(): string } {
  const s = new PassThrough() as PassThrough & { isTTY?: boolean; text(): string };
  const chunks: Buffer[] = [];
  s.on('data', (c: Buffer) => chunks.push(c));
  s.isTTY = tty;
  s.text = () => Buffer.concat(chunks).toString();
  return s;
}

const report = (label: string, fields: Partial<TargetReport>): TargetReport => ({
  label,
  kind: 'script',
  id: `${label.slice(3)}:sha256:0`,
  digest: 'sha256:0',
  cached: false,
  status: 'success',
  durationMs: 5,
  attempts: 1,
  ...fields,
});

const summary = (targets: TargetReport[]): BuildSummary => ({
  status: targets.some((t) => t.status === 'failed') ? 'failed' : 'success',
  targets,
  durationMs: 10,
  built: targets.filter((t) => !t.cached && t.status === 'success').length,
  cached: targets.filter((t) => t.cached).length,
  failed: targets.filter((t) => t.status === 'failed').length,
  skipped: 0,
  cancelled: 0,
});

describe('progress reporters', () => {
  it('picks JSON with --json, the live view on a TTY outside CI, else plain lines', () => {
    const out = stream(false);
    // --json: the objects on stdout; stderr has only the heartbeat (nothing, for a quick build).
    const err = stream(true);
    const json = chooseReporter(true, out, err, {});
    json.begin(1, 0);
    json.started('//:a', 1);
    json.finished(report('//:a', {}));
    json.end(summary([report('//:a', {})]));
    expect(out.text().trim().split('\n')).toHaveLength(2);
    expect(err.text()).toBe('');
    expect(chooseReporter(false, out, stream(true), {})).toBeInstanceOf(TtyReporter);
    expect(chooseReporter(false, out, stream(true), { CI: 'true' })).toBeInstanceOf(PlainReporter);
    expect(chooseReporter(false, out, stream(false), {})).toBeInstanceOf(PlainReporter);
  });

  it('writes JSON Lines: one object per target, cached ones included, then a summary', () => {
    const out = stream(false);
    const reporter = new JsonReporter(out);
    const cached = report('//:a', { cached: true, durationMs: 0 });
    const failed = report('//:b', { status: 'failed', error: new EdoError('boom', { target: '//:b' }) });
    reporter.begin();
    reporter.finished(cached);
    reporter.started();
    reporter.finished(failed);
    reporter.end(summary([cached, failed]));
    const lines = out
      .text()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({
      label: '//:a',
      id: 'a:sha256:0',
      digest: 'sha256:0',
      cached: true,
      status: 'success',
      duration_ms: 0,
    });
    expect(lines[1]).toMatchObject({ label: '//:b', status: 'failed', error: '//:b: error: boom' });
    expect(lines[2]).toMatchObject({ status: 'failed', targets: 2, cached: 1, failed: 1 });
    expect(lines[2]).not.toHaveProperty('label');
  });

  it('says which planned targets early cut-off took from the store', () => {
    const err = stream(false);
    const reporter = new PlainReporter(err, 60_000);
    reporter.begin(2, 0);
    reporter.finished(report('//:a', {}));
    reporter.finished(report('//:use', { cached: true, cutOff: true }));
    expect(err.text()).toContain(
      'DONE  //:a (0.01s)\nSAME  //:use (its dependencies hold the bytes of an earlier build: taken, not run)\n',
    );
  });

  it('redraws a status line in place on a TTY and prints finished targets above it', () => {
    const err = stream(true);
    const reporter = new TtyReporter(err);
    reporter.begin(2, 1);
    reporter.started('//:x');
    reporter.finished(report('//:x', {}));
    reporter.end(summary([report('//:x', {}), report('//:y', { cached: true })]));
    const text = err.text();
    expect(text).toContain('\r\x1b[2K');
    expect(text).toContain('[0/2] 1 cached, 1 running: //:x');
    expect(text).toContain('DONE\x1b[0m  //:x');
    expect(text).toContain('Build succeeded: 2 targets, 1 built, 1 cached');
  });

  it('says in a plain log which targets still run when it has been quiet for a while (Heartbeat)', async () => {
    const err = stream(false);
    const busyLines = () =>
      err
        .text()
        .split('\n')
        .filter((line) => line.startsWith('BUSY'));
    const reporter = new PlainReporter(err, 200);
    reporter.begin(3, 1);
    reporter.finished(report('//:cached', { cached: true }));
    reporter.started('//:slow');
    await new Promise((resolve) => setTimeout(resolve, 50));
    reporter.started('//:late');
    expect(busyLines()).toEqual([]);
    for (let waited = 0; busyLines().length === 0 && waited < 5000; waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
    // The longest-running target first.
    expect(busyLines()[0]).toMatch(
      /^BUSY {2}\[1\/3\] running: \/\/:slow \(\d\.\d\ds\), \/\/:late \(\d\.\d\ds\)$/,
    );
    reporter.finished(report('//:slow', {}));
    reporter.finished(report('//:late', {}));
    reporter.end(summary([report('//:slow', {}), report('//:late', {})]));
    const count = busyLines().length;
    // Nothing runs and the timer is gone: no more BUSY lines.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(busyLines()).toHaveLength(count);
  });
});
