import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'edo-starlark-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

describe('edo starlark run', () => {
  test('prints to stdout and exits 0', async () => {
    const file = write('ok.star', 'def f(x):\n    return x * 2\nprint("hi", f(21), "世")\n');
    const r = await runCli(['starlark', 'run', file], dir);
    expect(r).toEqual({ code: 0, stdout: 'hi 42 世\n', stderr: '' });
  });

  test('a dynamic error at 7:3 prints one FILE:7:3: line plus the traceback, exit 1', async () => {
    write('dyn2.star', '\n'.repeat(6) + 'x = 1 // 0\n');
    const r = await runCli(['starlark', 'run', 'dyn2.star'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('dyn2.star:7:7: floored division by zero');
    expect(lines.filter((l) => l.startsWith('dyn2.star:7:'))).toHaveLength(1);
  });

  test('error at line 7 column 3 with a traceback through calls', async () => {
    const src = 'def f():\n    return g()\n\ndef g():\n    x = 1\n    return (\n  x.nope)\n\nf()\n';
    const file = write('trace.star', src);
    const r = await runCli(['starlark', 'run', file], dir);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('trace.star:7:5: int has no .nope field or method');
    expect(lines.slice(1)).toEqual([
      'Traceback (most recent call last):',
      '  trace.star:9:2: in <toplevel>',
      '  trace.star:2:13: in f',
      '  trace.star:7:5: in g',
    ]);
  });

  test('a static error at 7:3 prints exactly one line', async () => {
    const file = write('static.star', 'x = 1\n' + '\n'.repeat(5) + 'y = [1,\n  nope]\n');
    const r = await runCli(['starlark', 'run', file], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('static.star:8:3: undefined: nope (did you mean None?)\n');
    const seven = write('seven.star', '\n'.repeat(6) + '  undefined_name\n');
    const r7 = await runCli(['starlark', 'run', seven], dir);
    expect(r7.stderr).toBe('seven.star:7:3: unexpected indent\n');
    expect(r7.code).toBe(1);
  });

  test('a missing file is an error with exit 1', async () => {
    const r = await runCli(['starlark', 'run', 'missing.star'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing.star');
  });

  test('load() follows paths relative to the loading file and reports cycles', async () => {
    write('lib.star', 'def double(x):\n    return 2 * x\nvalue = 21\n');
    const main = write('main.star', 'load("lib.star", "double", v = "value")\nprint(double(v))\n');
    expect(await runCli(['starlark', 'run', main], dir)).toEqual({ code: 0, stdout: '42\n', stderr: '' });
    write('a.star', 'load("b.star", "b")\na = 1\n');
    write('b.star', 'load("a.star", "a")\nb = 1\n');
    const r = await runCli(['starlark', 'run', 'a.star'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('b.star:1:1: cycle in load graph: a.star -> b.star -> a.star');
  });

  test('recursion and while are errors in the spec dialect', async () => {
    const rec = write('rec.star', 'def f(n):\n    return f(n - 1) if n else 0\nf(3)\n');
    const r = await runCli(['starlark', 'run', rec], dir);
    expect(r.stderr.split('\n')[0]).toBe('rec.star:2:13: function f called recursively');
  });
});

describe('edo starlark check', () => {
  test('reports the first static error in source order, without running', async () => {
    const file = write(
      'check.star',
      'load("//tools:defs.bzl", "macro")\nprint("not run")\nmacro(name = "x", srcs = glob(["*.c"]))\nnative.y()\n',
    );
    const r = await runCli(['starlark', 'check', file], dir);
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'check.star:3:26: undefined: glob\n' });
  });

  test('a clean file exits 0 silently', async () => {
    const file = write('clean.bzl', 'def f():\n    return [x for x in range(3)]\nX = f\nif X:\n    pass\n');
    expect(await runCli(['starlark', 'check', file], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('edo starlark test', () => {
  test('assert.star exports assert and freeze', async () => {
    const file = write(
      'ok_test.star',
      [
        'load("assert.star", "assert", "freeze")',
        'assert.eq(1, 1)',
        'assert.eq(0.1 + 0.2, 0.3)',
        'assert.ne(1, 2)',
        'assert.true(1)',
        'assert.lt(1, 2)',
        'assert.contains([1], 1)',
        'assert.fails(lambda: 1 // 0, "division by zero")',
        'x = freeze([1])',
        'assert.fails(lambda: x.append(2), "cannot append to frozen list")',
        'assert.eq(str(freeze), "<built-in function freeze>")',
        '',
      ].join('\n'),
    );
    expect(await runCli(['starlark', 'test', file], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  test('a failed assertion reports the caller position', async () => {
    const file = write('bad_test.star', 'load("assert.star", "assert")\n\nassert.eq(1, 2)\n');
    const r = await runCli(['starlark', 'test', file], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('bad_test.star:3:10: 1 != 2');
  });

  test('calls each test_* function in order, reports every failure and exits 1', async () => {
    const file = write(
      'functions_test.star',
      'load("assert.star", "assert")\n\n' +
        'def test_add():\n    assert.eq(1 + 1, 2)\n\n' +
        'def test_wrong():\n    assert.eq([1], [2])\n\n' +
        'def helper():\n    fail("not a test")\n\n' +
        'def test_after():\n    assert.true(True)\n',
    );
    const r = await runCli(['starlark', 'test', file], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('ok   test_add\nFAIL test_wrong\nok   test_after\n');
    expect(r.stderr).toContain('functions_test.star:7:14: [1] != [2]\n');
    expect(r.stderr).toContain('error: 1 of 3 test functions failed\n');
  });

  test('only assert and freeze are exported', async () => {
    const file = write('froze_test.star', 'load("assert.star", "froze")\n');
    const r = await runCli(['starlark', 'test', file], dir);
    expect(r.stderr).toMatch(
      /^froze_test\.star:1:21: .*name froze not found in module .*\(did you mean freeze\?\)/,
    );
  });

  test('assert.fails matches the bare message', async () => {
    const file = write(
      'fails_test.star',
      'load("assert.star", "assert")\nassert.fails(lambda: fail("boom"), "^fail: boom$")\nassert.fails(lambda: None, "x")\n',
    );
    const r = await runCli(['starlark', 'test', file], dir);
    expect(r.stderr.split('\n')[0]).toBe(
      'fails_test.star:3:13: evaluation succeeded unexpectedly (want error matching "x")',
    );
  });

  test('option comments switch dialect features on', async () => {
    const file = write(
      'opt_test.star',
      '# option:recursion\nload("assert.star", "assert")\ndef f(n):\n    return n and f(n - 1)\nassert.eq(f(3), 0)\n',
    );
    expect((await runCli(['starlark', 'test', file], dir)).code).toBe(0);
  });
});
