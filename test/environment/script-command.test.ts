import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScriptCommand, shellQuote } from '../../src/environment/script-command.js';

function runScript(script: string, cwd: string): string {
  return execFileSync('sh', ['-c', script], { cwd, encoding: 'utf8' });
}

describe('ScriptCommand', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'edo-cmd-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('quotes values so the shell sees one word', () => {
    const tricky = `it's $HOME; rm -rf / "x"`;
    expect(runScript(`printf %s ${shellQuote(tricky)}`, dir)).toBe(tricky);
    expect(shellQuote('plain/path-1.0')).toBe('plain/path-1.0');
  });

  it('builds a script that runs steps in order with sh -eu semantics', () => {
    const cmd = new ScriptCommand();
    cmd.set('GREETING', "hello 'world'");
    cmd.createNamedDir('OUT', 'out dir');
    cmd.pushd('out dir');
    cmd.run('printf "%s" "$GREETING" > a.txt');
    cmd.popd();
    cmd.copy('out dir/a.txt', 'b.txt');
    cmd.mv('b.txt', 'c.txt');
    cmd.run('false');
    cmd.run('touch never');
    expect(() => runScript(cmd.toScript(), dir)).toThrow();
    expect(readFileSync(join(dir, 'out dir', 'a.txt'), 'utf8')).toBe("hello 'world'");
    expect(readFileSync(join(dir, 'c.txt'), 'utf8')).toBe("hello 'world'");
    expect(() => readFileSync(join(dir, 'never'))).toThrow();
  });

  it('rejects bad variable names and unbalanced popd', () => {
    const cmd = new ScriptCommand();
    expect(() => cmd.set('1BAD', 'x')).toThrow(/invalid environment variable name/);
    expect(() => cmd.popd()).toThrow(/popd without pushd/);
  });

  it('records sent paths', () => {
    const cmd = new ScriptCommand();
    cmd.send('out');
    cmd.send('logs');
    expect(cmd.sentPaths()).toEqual(['out', 'logs']);
  });
});
