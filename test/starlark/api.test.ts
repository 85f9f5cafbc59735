import {
  call,
  checkFile,
  createLoader,
  createThread,
  defineBuiltin,
  dialects,
  execModule,
  fromJS,
  OpaqueValue,
  parseFile,
  StarlarkError,
  structBuiltin,
  toJS,
  topLevelCalls,
  walk,
  type Value,
} from '../../src/starlark/index.js';

function fails(fn: () => unknown): StarlarkError {
  try {
    fn();
  } catch (e) {
    if (e instanceof StarlarkError) return e;
    throw e;
  }
  throw new Error('expected a StarlarkError');
}

describe('embedding API', () => {
  test('a UTF-8 byte order mark before the program is skipped', () => {
    const g = execModule({ file: 'BUILD.edo', source: '\uFEFFx = 1\n' });
    expect(toJS(g.get('x')!)).toBe(1);
    expect(fails(() => execModule({ file: 'BUILD.edo', source: '\uFEFFy = nope\n' })).format()).toBe(
      'BUILD.edo:1:5: undefined: nope (did you mean None?)',
    );
  });

  test('a bracket left open points back at where it opened', () => {
    const open = (source: string) => fails(() => execModule({ file: 'BUILD.edo', source })).format();
    expect(open('x = [1, 2\nrule(name = "a")\n')).toBe(
      `BUILD.edo:2:1: got identifier "rule", want ']' (is the '[' at 1:5 closed, or a ',' missing?)`,
    );
    expect(open('rule(name = "a",\n  deps = []\n\nrule(name = "b")\n')).toContain(
      `BUILD.edo:4:1: got identifier "rule", want ')' (is the '(' at 1:5 closed`,
    );
    expect(open('d = {"a": 1\n"b": 2}\n')).toContain("want '}' (is the '{' at 1:5 closed");
    // On the same line, the bracket is there to see.
    expect(open('x = [1, 2)\n')).toBe("BUILD.edo:1:10: got ')', want ']'");
  });

  test('a long chain of operators is a positioned error, not a stack overflow', () => {
    const run = (source: string) => fails(() => execModule({ file: 'BUILD.edo', source })).format();
    expect(run(`x = "a"${' + "a"'.repeat(5000)}\n`)).toBe(
      'BUILD.edo:1:6009: expression too deeply nested (more than 1000 operators in a row)',
    );
    expect(run(`x = True${' and True'.repeat(20000)}\n`)).toContain('expression too deeply nested');
    // Chains within brackets within chains: refused by the parser or the resolver, whichever overflows.
    expect(run(`x = ${'(1 + '.repeat(2000)}1${' + 1'.repeat(900)}${')'.repeat(2000)}\n`)).toBe(
      'BUILD.edo:1:1: expression too deeply nested',
    );
    const longest = execModule({ file: 'BUILD.edo', source: `x = 0${' + 1'.repeat(1000)}\n` });
    expect(toJS(longest.get('x')!)).toBe(1000);
  });

  test('host builtins record targets with the caller position', () => {
    const targets: { name: unknown; srcs: unknown; at: string }[] = [];
    const rule = defineBuiltin('cc_library', (c) => {
      const [name, srcs] = c.unpack(['name', 'srcs?']);
      const p = c.position!;
      targets.push({ name: toJS(name), srcs: toJS(srcs ?? null), at: `${p.file}:${p.line}:${p.col}` });
      return null;
    });
    execModule({
      file: 'pkg/BUILD.edo',
      source:
        'def macro(n):\n    cc_library(name = n)\n\ncc_library(name = "a", srcs = ["a.c"])\nmacro("b")\n',
      dialect: dialects.build,
      predeclared: { cc_library: rule },
    });
    expect(targets).toEqual([
      { name: 'a', srcs: ['a.c'], at: 'pkg/BUILD.edo:4:11' },
      { name: 'b', srcs: null, at: 'pkg/BUILD.edo:2:15' },
    ]);
  });

  test('errors from builtins carry the caller position and a traceback', () => {
    const rule = defineBuiltin('rule', (c) => {
      c.unpack(['name']);
      return null;
    });
    const e = fails(() =>
      execModule({
        file: 'BUILD.edo',
        source: 'def m():\n    rule(nme = "x")\nm()\n',
        predeclared: { rule },
      }),
    );
    expect(e.message).toBe('rule: unexpected keyword argument "nme" (did you mean name?)');
    expect(e.format()).toBe(
      [
        'BUILD.edo:2:9: rule: unexpected keyword argument "nme" (did you mean name?)',
        'Traceback (most recent call last):',
        '  BUILD.edo:3:2: in <toplevel>',
        '  BUILD.edo:2:9: in m',
      ].join('\n'),
    );
  });

  test('the build dialect forbids top-level for/if but allows def', () => {
    expect(
      fails(() => execModule({ file: 'B', source: 'for x in []:\n    pass\n', dialect: dialects.build }))
        .message,
    ).toBe('for loop not within a function');
    expect(
      execModule({ file: 'B', source: 'def f():\n    return 1\nx = f()\n', dialect: dialects.build }).get(
        'x',
      ),
    ).toBe(1);
  });

  test('globals are returned frozen', () => {
    const g = execModule({ file: 'm.star', source: 'x = [1]\n' });
    const e = fails(() =>
      execModule({ file: 'n.star', source: 'x.append(2)\n', predeclared: { x: g.get('x') } }),
    );
    expect(e.format().split('\n')[0]).toBe('n.star:1:9: append: cannot append to frozen list');
    const fn = execModule({ file: 'f.star', source: 'def f(a, b = 2):\n    return [a, b]\n' }).get('f');
    expect(toJS(call(createThread(), fn, [1], { b: 3 }))).toEqual([1, 3]);
  });

  test('the step budget stops runaway code', () => {
    const e = fails(() =>
      execModule({
        file: 'loop.star',
        source: 'def f():\n    for i in range(1000000000):\n        pass\nf()\n',
        maxSteps: 1000,
      }),
    );
    expect(e.message).toBe('Starlark computation cancelled: too many steps');
    expect(e.position).toEqual({ file: 'loop.star', line: 2, col: 5 });
  });

  test('print handler receives decoded text', () => {
    const lines: string[] = [];
    execModule({ file: 'p.star', source: 'print("héllo", 1)\n', print: (m) => lines.push(m) });
    expect(lines).toEqual(['héllo 1']);
  });

  test('loader: caching, aliases, cycles named', () => {
    const files: Record<string, string> = {
      '//a:defs.bzl': 'load("//b:defs.bzl", "B")\nA = B + 1\n',
      '//b:defs.bzl': 'B = 41\nprint("b evaluated")\n',
      '//c:x.bzl': 'load("//d:y.bzl", "Y")\nX = 1\n',
      '//d:y.bzl': 'load("//c:x.bzl", "X")\nY = 1\n',
    };
    let prints = 0;
    const load = createLoader((label) => {
      if (!(label in files)) throw new StarlarkError(`no such file: ${label}`);
      return { key: label, file: label, source: files[label] };
    });
    const thread = createThread({ load, print: () => prints++ });
    const g = execModule({
      file: 'BUILD.edo',
      source: 'load("//a:defs.bzl", a = "A")\nload("//b:defs.bzl", "B")\nresult = a + B\n',
      thread,
    });
    expect(g.get('result')).toBe(83);
    // Names bound by load() are file-local: not exported.
    expect([...g.keys()]).toEqual(['result']);
    expect(prints).toBe(1);
    const cyc = fails(() => execModule({ file: 'BUILD.edo', source: 'load("//c:x.bzl", "X")\n', thread }));
    expect(cyc.message).toBe('cycle in load graph: //c:x.bzl -> //d:y.bzl -> //c:x.bzl');
    const missing = fails(() =>
      execModule({ file: 'BUILD.edo', source: 'load("//nope:x.bzl", "X")\n', thread }),
    );
    expect(missing.format()).toMatch(/^BUILD\.edo:1:1: .*no such file: \/\/nope:x\.bzl/);
  });

  test('toJS / fromJS round trip', () => {
    const data = { s: 'ü', n: 1, big: 2n ** 70n, f: 1.5, l: [1, 'a', null, true], d: { k: [2] } };
    expect(toJS(fromJS(data))).toEqual(data);
    const g = execModule({ file: 'v.star', source: 'v = {1: (2, 3), "s": set([4])}\n' });
    expect(toJS(g.get('v'))).toEqual(
      new Map<unknown, unknown>([
        [1, [2, 3]],
        ['s', [4]],
      ]),
    );
  });

  test('struct and opaque host values', () => {
    const target = new OpaqueValue('Target', new Map<string, Value>([['label', fromJS('//a:b')]]), { id: 7 });
    const g = execModule({
      file: 's.star',
      source:
        's = struct(a = 1, b = "x")\nv = (s.a, s.b, str(s), t.label, type(t), hasattr(t, "label"), dir(t))\n',
      predeclared: { struct: structBuiltin, t: target },
    });
    expect(toJS(g.get('v'))).toEqual([1, 'x', 'struct(a = 1, b = "x")', '//a:b', 'Target', true, ['label']]);
    const e = fails(() =>
      execModule({ file: 's.star', source: 'x = t.lable\n', predeclared: { t: target } }),
    );
    expect(e.message).toBe('Target has no .lable field or method (did you mean .label?)');
  });

  test('checkFile resolves without running; predeclared names are accepted', () => {
    expect(() => checkFile('BUILD', 'glob(["*"])\nprint(1)\n', { predeclared: ['glob'] })).not.toThrow();
    const e = fails(() => checkFile('BUILD', 'x = 1\nnative.foo()\n'));
    expect(e.format()).toBe('BUILD:2:1: undefined: native');
  });

  test('topLevelCalls and walk give a syntactic pre-pass', () => {
    const file = parseFile(
      'WORKSPACE.edo',
      'plugin(name = "p", url = "x")\nx = 1\nplugin(name = "q")\nother()\n',
    );
    const calls = topLevelCalls(file, 'plugin');
    expect(calls.map((c) => c.args.map((a) => a.name))).toEqual([['name', 'url'], ['name']]);
    const idents: string[] = [];
    walk(file.stmts, (n) => {
      if (n.kind === 'Ident') idents.push(n.name);
    });
    expect(idents).toEqual(['plugin', 'x', 'plugin', 'other']);
  });
});
