import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { buildJson, builtLabels, makeWorkspace, removeWorkspace } from './helpers.js';

describe('built-in rules', () => {
  let root: string;
  afterEach(() => removeWorkspace(root));

  it('composes artifacts, naming both sources of a conflicting path unless overrides = True', async () => {
    root = makeWorkspace({
      'BUILD.edo': `
script(name = "a", commands = ["mkdir $OUT/d", "echo a > $OUT/d/same", "echo a > $OUT/only_a"])
script(name = "b", commands = ["mkdir $OUT/d", "echo b > $OUT/d/same", "echo b > $OUT/only_b"])
compose(name = "clash", deps = [":a", ":b"])
compose(name = "merged", deps = [":a", ":b"], overrides = True)
`,
    });
    const clash = await runCli(['build', ':clash'], root);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain('d/same (from //:a and //:b)');
    expect(clash.stderr).not.toContain('only_a');
    const out = join(root, 'out');
    expect((await runCli(['checkout', ':merged', out], root)).code).toBe(0);
    expect(readFileSync(join(out, 'd', 'same'), 'utf8')).toBe('b\n');
    expect(readdirSync(out).sort()).toEqual(['d', 'only_a', 'only_b']);
  });

  it('reports a malformed label as a usage error at its place in the build file', async () => {
    root = makeWorkspace({
      'BUILD.edo': `script(name = "ok", commands = ["true"])
compose(name = "bad", deps = ["//x:y:z"])
`,
    });
    const deps = await runCli(['build', ':ok'], root);
    expect(deps.code).toBe(2);
    expect(deps.stderr).toContain(
      'BUILD.edo:2:8: error: compose: deps: invalid label "//x:y:z": bad name "y:z"',
    );
    expect(deps.stderr).not.toMatch(/\n\s+at /);
    writeFileSync(join(root, 'BUILD.edo'), 'script(name = "ok", commands = ["true"])\n');
    const pattern = await runCli(['build', '//a:b:c'], root);
    expect(pattern.code).toBe(2);
    expect(pattern.stderr).toContain('invalid label "//a:b:c"');
  });

  it('refuses a label given twice in one attribute, as Bazel does (exit 2, at the call)', async () => {
    root = makeWorkspace({
      'BUILD.edo': `script(name = "a", commands = ["true"])
compose(name = "twice", deps = [":a", "//:a"])
`,
    });
    const twice = await runCli(['build', ':twice'], root);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain(
      'BUILD.edo:2:8: error: compose: label //:a is duplicated in attribute deps',
    );
  });

  it('imports a source unchanged and stages files relative to their package', async () => {
    root = makeWorkspace({
      'src/BUILD.edo': `
local_source(name = "files", srcs = glob(["**/*.c"], exclude = ["skip.c"]) + ["README"])
local_source(name = "cpp", srcs = ["//src:*.cpp"])
import_artifact(name = "imported", source = ":files")
script(name = "list", deps = [":files", ":cpp"], commands = ["find files cpp -type f | sort > $OUT/list"])
`,
      'src/a.c': 'a',
      'src/skip.c': 'skip',
      'src/sub/b.c': 'b',
      'src/README': 'r',
      'src/x.cpp': 'x',
      'src/inner/BUILD.edo': '',
      'src/inner/hidden.c': 'in another package',
    });
    const out = join(root, 'out');
    expect((await runCli(['checkout', '//src:list', out], root)).code).toBe(0);
    expect(readFileSync(join(out, 'list'), 'utf8')).toBe(
      'cpp/x.cpp\nfiles/README\nfiles/a.c\nfiles/sub/b.c\n',
    );
    const imported = join(root, 'imported');
    expect((await runCli(['checkout', '//src:imported', imported], root)).code).toBe(0);
    expect(readFileSync(join(imported, 'sub', 'b.c'), 'utf8')).toBe('b');
  });

  it('loads macros and structs from .star files (rules also as native.NAME), and allows def and comprehensions in BUILD.edo', async () => {
    root = makeWorkspace({
      'lib/BUILD.edo': '',
      'lib/defs.star': `
NAMES = struct(first = "one", second = "two")

def echo_target(name, text):
    script(name = name, commands = ["echo %s > $OUT/out.txt" % text])

# As Bazel's macros write it.
def files(name):
    native.local_source(name = name, srcs = native.glob(["*.star"]))
`,
      'BUILD.edo': `
load("//lib:defs.star", "NAMES", "echo_target", "files")

def pair(prefix):
    echo_target(name = prefix + "_1", text = NAMES.first)
    echo_target(name = prefix + "_2", text = NAMES.second)

pair("p")
[echo_target(name = "n%d" % i, text = str(i)) for i in range(3)]
files(name = "stars")
`,
      'root.star': '',
    });
    const list = await runCli(['list'], root);
    expect(list.stdout.trim().split('\n')).toEqual([
      '//:n0',
      '//:n1',
      '//:n2',
      '//:p_1',
      '//:p_2',
      '//:stars',
    ]);
    expect((await runCli(['build'], root)).code).toBe(0);
  });

  it("refuses rules, glob() and package_name() at a .star file's top level, and glob's unknown arguments", async () => {
    const cases: Array<[string, string, string]> = [
      ['X = glob(["*.txt"])', 'lib/defs.star:1:9', 'glob()'],
      ['X = package_name()', 'lib/defs.star:1:17', 'package_name()'],
      ['script(name = "x", commands = ["true"])', 'lib/defs.star:1:7', 'script()'],
    ];
    for (const [statement, position, what] of cases) {
      root = makeWorkspace({
        'lib/defs.star': `${statement}\nFILES = []\n`,
        'p1/one.txt': '',
        'p1/BUILD.edo': 'load("//lib:defs.star", "FILES")\nlocal_source(name = "s", srcs = FILES)\n',
      });
      const r = await runCli(['list'], root);
      expect(r.stderr).toContain(
        `${position}: error: ${what} can only be called from a BUILD file and the macros it calls, not at the top level of a .star file\n`,
      );
      expect(r.code).toBe(2);
      removeWorkspace(root);
    }
    root = makeWorkspace({
      'p1/one.txt': '',
      'p1/BUILD.edo': 'local_source(name = "s", srcs = glob(["*.txt"], excludes = ["x"]))\n',
    });
    expect((await runCli(['list'], root)).stderr).toContain(
      'p1/BUILD.edo:1:37: error: glob: unexpected keyword argument "excludes" (did you mean exclude?)\n',
    );
  });

  it("refuses a script's env setting OUT, and two deps staged in one directory (exit 2)", async () => {
    const cases: Array<[string, string]> = [
      [
        'script(name = "x", commands = ["true"], env = {"OUT": "/tmp/elsewhere"})',
        'BUILD.edo:1:7: //:x: error: env: OUT is set by edo (the directory the artifact is made from)',
      ],
      [
        'script(name = "x", deps = ["//a:y", "//b:y"], commands = ["true"])',
        'BUILD.edo:1:7: //:x: error: deps //a:y and //b:y would both be staged in y/; rename one',
      ],
      [
        'script(name = "x", deps = ["//a:y/z", "//b:y"], commands = ["true"])',
        'BUILD.edo:1:7: //:x: error: deps //b:y and //a:y/z would both be staged in y/; rename one',
      ],
    ];
    for (const [build, message] of cases) {
      root = makeWorkspace({
        'BUILD.edo': `${build}\n`,
        'a/BUILD.edo': 'script(name = "y", commands = ["true"])\nscript(name = "y/z", commands = ["true"])\n',
        'b/BUILD.edo': 'script(name = "y", commands = ["true"])\n',
      });
      const r = await runCli(['build', '//:x'], root);
      expect(r.stderr).toContain(message);
      expect(r.code).toBe(2);
      removeWorkspace(root);
    }
    root = makeWorkspace({});
  });

  it('fails a command on a broken build file only when it needs that package, as Bazel does', async () => {
    root = makeWorkspace({
      'good/BUILD.edo': 'script(name = "g", commands = ["true"])\nscript(name = "h", deps = ["//bad:x"])\n',
      'bad/BUILD.edo': 'script(name = "x", commands = ["true"])\nscript(name = "b", comands = ["true"])\n',
      'bad2/BUILD.edo': 'script(name = "s"\n',
    });
    const badError = 'bad/BUILD.edo:2:7: error: script: unknown attribute comands (did you mean commands?)';
    expect(await runCli(['build', '//good:g'], root)).toMatchObject({ code: 0 });
    expect((await runCli(['list', '//good:*'], root)).stdout).toBe('//good:g\n//good:h\n');
    for (const args of [
      ['build', '//bad:x'],
      ['build', '//good:h'],
      ['list', '//bad/...'],
    ]) {
      const r = await runCli(args, root);
      expect(r.stderr).toContain(badError);
      expect(r.code).toBe(2);
    }
    const all = await runCli(['list'], root);
    expect(all.stderr).toContain(`${badError}\n  (1 more build file(s) with errors: `);
    expect(all.stderr).toMatch(/bad2\/BUILD\.edo:2:1\)\n$/);
    // Left out by a later pattern, a broken package is not needed.
    expect(
      (await runCli(['list', '--', '//...', '-//bad/...', '-//bad2/...', '-//good:h'], root)).stdout,
    ).toBe('//good:g\n');
    // --keep-going builds what it can, as Bazel's --keep_going: not //good:h, which needs //bad:x.
    const kept = await buildJson(root, ['--keep-going']);
    expect([...kept.targets.keys()]).toEqual(['//good:g']);
    expect(kept.result.code).toBe(2);
    expect(kept.result.stderr).toContain(`${badError}\n`);
    expect(kept.result.stderr).toMatch(
      /error: 2 build file\(s\) with errors, whose targets were not built: .*bad\/BUILD\.edo:2:7, .*bad2\/BUILD\.edo:2:1\n$/,
    );
    // Fixed, it is read again: a workspace with errors is never taken from the evaluation cache.
    writeFileSync(join(root, 'bad/BUILD.edo'), 'script(name = "x", commands = ["true"])\n');
    writeFileSync(join(root, 'bad2/BUILD.edo'), '');
    expect((await runCli(['list'], root)).stdout).toBe('//bad:x\n//good:g\n//good:h\n');
  });

  it('never searches the directories .edoignore names, for packages or by glob', async () => {
    root = makeWorkspace({
      '.edoignore': '# outputs of other tools\nout\n./third_party/big/  # vendored tree\n',
      'BUILD.edo': 'local_source(name = "txt", srcs = glob(["**/*.txt"]))\n',
      'a.txt': 'a',
      'out/BUILD.edo': 'script(name = "stray")\n',
      'out/b.txt': 'b',
      'third_party/big/c.txt': 'c',
      'third_party/d.txt': 'd',
    });
    expect((await runCli(['list'], root)).stdout).toBe('//:txt\n');
    expect((await runCli(['build'], root)).code).toBe(0);
    const out = join(root, 'checked-out');
    expect((await runCli(['checkout', '//:txt', out], root)).code).toBe(0);
    expect(readdirSync(out, { recursive: true }).sort()).toEqual([
      'a.txt',
      'third_party',
      'third_party/d.txt',
    ]);
    // A label in an ignored directory says why it names nothing.
    writeFileSync(join(root, 'BUILD.edo'), 'script(name = "a", deps = ["//out:stray"])\n');
    expect((await runCli(['build'], root)).stderr).toMatch(
      /error: no such target \/\/out:stray \(a dependency of \/\/:a\) \(out is listed in \.edoignore: its build files are not read\)/,
    );
    expect((await runCli(['list', '//out/...'], root)).stderr).toBe(
      'error: pattern //out/... matches no target (out is listed in .edoignore: its build files are not read)\n',
    );
    writeFileSync(join(root, '.edoignore'), 'out\n../elsewhere\n');
    const bad = await runCli(['list'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /\.edoignore:2:1: error: \.edoignore: "\.\.\/elsewhere" is not a directory inside the workspace/,
    );
  });

  it('resolves patterns and prints the graph', async () => {
    root = makeWorkspace({
      'a/BUILD.edo': 'script(name = "x")\nscript(name = "y", deps = [":x", "//b"])\n',
      'b/BUILD.edo': 'script(name = "b")\n',
      'b/c/BUILD.edo': 'script(name = "c")\n',
    });
    const list = async (args: string[]): Promise<string[]> =>
      (await runCli(['list', ...args], root)).stdout.trim().split('\n');
    expect(await list(['//b/...'])).toEqual(['//b/c:c', '//b:b']);
    expect(await list(['//a:*'])).toEqual(['//a:x', '//a:y']);
    expect(await runCli(['list', '//nope/...'], root)).toMatchObject({ code: 2 });
    // Bazel's spellings of "everything", subtraction after "--", and patterns relative to the directory.
    const everything = ['//a:x', '//a:y', '//b/c:c', '//b:b'];
    for (const pattern of ['//...:all', '//...:*', '//...:all-targets'])
      expect(await list([pattern])).toEqual(everything);
    expect(await list(['//b/...:all'])).toEqual(['//b/c:c', '//b:b']);
    expect(await list(['--', '//...', '-//b/...', '-//a:x'])).toEqual(['//a:y']);
    expect((await runCli(['list', 'c:all'], join(root, 'b'))).stdout).toBe('//b/c:c\n');
    expect((await runCli(['list', '@rules_cc//cc:defs'], root)).stderr).toBe(
      'error: invalid label "@rules_cc//cc:defs": edo has no external repositories (Bazel\'s @name//): its labels start with "//"\n',
    );
    const graph = JSON.parse((await runCli(['graph', '--format', 'json', '//a:y'], root)).stdout) as {
      targets: Array<{ label: string; deps: string[] }>;
    };
    expect(graph.targets.map((t) => t.label)).toEqual(['//a:x', '//b:b', '//a:y']);
    const dot = (await runCli(['graph', '//a:y'], root)).stdout;
    expect(dot).toContain('"//a:y" -> "//b:b";');
  });

  it('rebuilds only what a changed script depends on, and honours env', async () => {
    root = makeWorkspace({
      'BUILD.edo': `
script(name = "base", commands = ["echo $GREETING > $OUT/g"], env = {"GREETING": "hi"})
script(name = "top", deps = [":base"], commands = ["cat base/g > $OUT/g"])
script(name = "other", commands = ["true"])
`,
    });
    expect((await buildJson(root)).result.code).toBe(0);
    writeFileSync(
      join(root, 'BUILD.edo'),
      readFileSync(join(root, 'BUILD.edo'), 'utf8').replace('"hi"', '"hello"'),
    );
    const { targets } = await buildJson(root);
    expect(builtLabels(targets)).toEqual(['//:base', '//:top']);
    const out = join(root, 'out');
    await runCli(['checkout', ':top', out], root);
    expect(readFileSync(join(out, 'g'), 'utf8')).toBe('hello\n');
  });

  it('stops at a dependency rebuilt to the same bytes: its dependents are taken, not run (early cut-off)', async () => {
    root = makeWorkspace({
      'BUILD.edo': `
script(name = "a", commands = ["echo A > $OUT/f"])
script(name = "use", deps = [":a"], commands = ["cat a/f > $OUT/o", "date +%s%N > $OUT/when"])
compose(name = "both", deps = [":a", ":use"])
`,
    });
    expect((await buildJson(root)).result.code).toBe(0);
    const out = join(root, 'out');
    await runCli(['checkout', ':both', out], root);
    const when = readFileSync(join(out, 'when'), 'utf8');
    // One build's two entries of a target (its key, its outputs key) are one generation to prune.
    expect((await runCli(['prune', '--keep-newest', '--grace', '0'], root)).stdout).toContain(
      'dropped 0 older artifacts',
    );
    const rewrite = (from: string, to: string) =>
      writeFileSync(join(root, 'BUILD.edo'), readFileSync(join(root, 'BUILD.edo'), 'utf8').replace(from, to));
    // A new key for a, the same output.
    rewrite('echo A > $OUT/f', "printf 'A\\\\n' > $OUT/f");
    const same = await buildJson(root);
    expect(builtLabels(same.targets)).toEqual(['//:a']);
    expect(same.targets.get('//:use')).toMatchObject({ cached: true, status: 'success' });
    expect(same.summary).toMatchObject({ built: 1, cached: 2 });
    const again = join(root, 'again');
    await runCli(['checkout', ':both', again], root);
    expect(readFileSync(join(again, 'when'), 'utf8')).toBe(when);
    // Different bytes run everything after it.
    rewrite("printf 'A\\\\n' > $OUT/f", 'echo B > $OUT/f');
    expect(builtLabels((await buildJson(root)).targets)).toEqual(['//:a', '//:both', '//:use']);

    // An outputs entry that cannot be taken is only a miss: the target runs.
    const store = join(root, '.edo', 'store');
    const index = JSON.parse(readFileSync(join(store, 'index.json'), 'utf8')) as {
      manifests: Array<{ digest: string; annotations: Record<string, string> }>;
    };
    for (const entry of index.manifests.filter((m) =>
      m.annotations['dev.edo.id']!.startsWith('use%3Aoutputs:'),
    ))
      writeFileSync(join(store, 'blobs', 'sha256', entry.digest.slice('sha256:'.length)), '{"broken": true}');
    rewrite('echo B > $OUT/f', "printf 'B\\\\n' > $OUT/f");
    const broken = await buildJson(root);
    expect(broken.result.code).toBe(0);
    // (use writes the time: run again, it holds new bytes, so both runs too.)
    expect(builtLabels(broken.targets)).toEqual(['//:a', '//:both', '//:use']);
  });

  it("runs a local farm's commands with its env and the host variables pass_env names, and no others", async () => {
    process.env.EDO_TEST_PASSED = 'passed';
    process.env.EDO_TEST_HIDDEN = 'hidden';
    try {
      root = makeWorkspace({
        'BUILD.edo': `
environment_farm(name = "host", kind = "local", env = {"FROM_FARM": "farm"}, pass_env = ["EDO_TEST_PASSED"])
script(name = "vars", environment = "host", commands = ["echo $FROM_FARM $EDO_TEST_PASSED \${EDO_TEST_HIDDEN:-unset} > $OUT/v"])
`,
      });
      const out = join(root, 'out');
      expect((await runCli(['checkout', ':vars', out], root)).code).toBe(0);
      expect(readFileSync(join(out, 'v'), 'utf8')).toBe('farm passed unset\n');
      writeFileSync(
        join(root, 'BUILD.edo'),
        'environment_farm(name = "host", pas_env = [])\nscript(name = "vars", environment = "host")\n',
      );
      const typo = await runCli(['build'], root);
      expect(typo.stderr).toContain(
        'BUILD.edo:1:17: error: environment_farm "host": unknown attribute "pas_env" for kind "local" (did you mean pass_env?)',
      );
    } finally {
      delete process.env.EDO_TEST_PASSED;
      delete process.env.EDO_TEST_HIDDEN;
    }
  });
});

describe('edo fmt', () => {
  it('finds examples/hello formatted', async () => {
    const hello = new URL('../../examples/hello', import.meta.url).pathname;
    expect(await runCli(['-C', hello, 'fmt', '--check'])).toMatchObject({ code: 0 });
  });

  it('formats build files with buildifier and --check reports the unformatted ones', async () => {
    const unformatted = 'script(name="a",commands=["true"])\n';
    const root = makeWorkspace({
      'BUILD.edo': unformatted,
      // Where the engine never looks, fmt does not either.
      '.edoignore': 'out\n',
      'out/BUILD.edo': unformatted,
      'node_modules/x/BUILD.edo': unformatted,
    });
    try {
      const check = await runCli(['fmt', '--check'], root);
      expect(check.code).toBe(1);
      expect(check.stderr).toContain('BUILD.edo');
      expect((await runCli(['fmt'], root)).code).toBe(0);
      expect(readFileSync(join(root, 'BUILD.edo'), 'utf8')).toBe(
        'script(\n    name = "a",\n    commands = ["true"],\n)\n',
      );
      expect((await runCli(['fmt', '--check'], root)).code).toBe(0);
      expect(readFileSync(join(root, 'out', 'BUILD.edo'), 'utf8')).toBe(unformatted);
    } finally {
      removeWorkspace(root);
    }
  });

  it("keeps the order of lists, which is meaning in edo: formatting changes no target's key", async () => {
    const root = makeWorkspace({
      'BUILD.edo': [
        'script(name="base",commands=["echo base > $OUT/f"])',
        'script(name="a_override",commands=["echo override > $OUT/f"])',
        'compose(name="c",deps=[":base",":a_override"],overrides=True)',
      ].join('\n'),
    });
    try {
      expect((await buildJson(root)).result.code).toBe(0);
      expect((await runCli(['fmt'], root)).code).toBe(0);
      expect(readFileSync(join(root, 'BUILD.edo'), 'utf8')).toContain(
        'deps = [\n        ":base",\n        ":a_override",\n    ]',
      );
      const again = await buildJson(root);
      expect(builtLabels(again.targets)).toEqual([]);
      const missing = await runCli(['fmt', 'nosuch.edo'], root);
      expect(missing).toMatchObject({ code: 2, stderr: 'error: no such file: nosuch.edo\n' });
    } finally {
      removeWorkspace(root);
    }
  });
});
