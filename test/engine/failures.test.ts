import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { buildJson, makeWorkspace, removeWorkspace } from './helpers.js';

const FAILING = `
script(
    name = "bad",
    commands = [
        "echo step one",
        "echo some output; echo more output >&2; exit 3",
        "echo never",
    ],
)

script(name = "after_bad", deps = [":bad"], commands = ["true"])

script(name = "good", commands = ["sleep 0.3", "echo fine > $OUT/fine.txt"])

script(name = "after_good", deps = [":good"], commands = ["cp good/fine.txt $OUT/"])
`;

describe('a failing script', () => {
  let root: string;
  beforeEach(() => {
    root = makeWorkspace({ 'BUILD.edo': FAILING });
  });
  afterEach(() => removeWorkspace(root));

  it('names the target whose log cannot be written', async () => {
    mkdirSync(join(root, '.edo', 'logs'), { recursive: true });
    writeFileSync(join(root, '.edo', 'logs', ':good'), 'a file where the log directory goes');
    const result = await runCli(['build', ':good'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\/\/:good: error: cannot write its log: .*:good/);
  });

  it('shows the failing command, its exit code and the tail of its log, and exits 1', async () => {
    const r = await runCli(['build', '--jobs', '2'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '//:bad: error: command failed with exit code 3: echo some output; echo more output >&2; exit 3',
    );
    expect(r.stderr).toContain('  | step one');
    expect(r.stderr).toContain('  | more output');
    expect(r.stderr).not.toContain('failed with exit status');
    expect(r.stderr).toMatch(/log: .*\.log/);
    expect(r.stderr).toContain('build failed: //:bad');
  });

  it('keeps logs in directories that read as the labels, apart even where a package and a target share a name', async () => {
    writeFileSync(join(root, 'BUILD.edo'), 'script(name = "app", commands = ["echo root app; exit 1"])\n');
    mkdirSync(join(root, 'app'));
    writeFileSync(
      join(root, 'app', 'BUILD.edo'),
      'script(name = "srv", commands = ["echo app srv; exit 1"])\n',
    );
    const r = await runCli(['build', '--keep-going'], root);
    expect(r.stderr).toMatch(/log: \S*\.edo\/logs\/:app\/\d[^/\s]*\.log\n/);
    expect(r.stderr).toMatch(/log: \S*\.edo\/logs\/app\/:srv\/\d[^/\s]*\.log\n/);
    expect((await runCli(['log', '//:app'], root)).stdout).toContain('root app\n');
    expect((await runCli(['log', '//app:srv'], root)).stdout).toContain('app srv\n');
  });

  it('keeps a readable line in the log saying which command failed', async () => {
    await runCli(['build', '//:bad'], root);
    const log = await runCli(['log', '//:bad'], root);
    expect(log.code).toBe(0);
    // The command's stdout and stderr are two pipes: only the order within each is certain.
    expect(log.stdout).toContain('some output\n');
    expect(log.stdout).toContain('more output\n\nedo: command 2 of 3 failed with exit status 3\n');
    expect(log.stdout).not.toContain('@@');
  });

  it("shows the output's own blank lines in the excerpt, not the one before edo's line", async () => {
    // "late" reaches the log after edo's line (and the blank line printed before it, on the
    // other stream): a blank line that is not the excerpt's last must still go. It comes from a
    // session of its own, which outlives the script (its process group is killed when it ends).
    writeFileSync(
      join(root, 'BUILD.edo'),
      'script(name = "gappy", commands = ["echo first; echo; setsid sh -c \'sleep 0.3; echo late\' & sleep 0.1; exit 5"])\n',
    );
    const r = await runCli(['build'], root);
    expect(r.code).toBe(1);
    const excerpt = r.stderr.split('\n').filter((line) => line.startsWith('  |'));
    expect(excerpt).toEqual(['  | first', '  | ', '  | late']);
  });

  it('shows no log excerpt for a command that printed nothing', async () => {
    writeFileSync(join(root, 'BUILD.edo'), 'script(name = "silent", commands = ["exit 4"])\n');
    const r = await runCli(['build'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('//:silent: error: command failed with exit code 4: exit 4');
    expect(r.stderr).not.toContain('  |');
  });

  it('says which signal killed the shell itself (its trap could not run)', async () => {
    writeFileSync(join(root, 'BUILD.edo'), 'script(name = "k", commands = ["echo before", "kill -9 $$"])\n');
    const r = await runCli(['build'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('//:k: error: script killed by signal SIGKILL\n  | before\n  log: ');
  });

  it('says $OUT must stay a directory when a command makes it a file (as a Bazel genrule would)', async () => {
    writeFileSync(
      join(root, 'BUILD.edo'),
      'script(name = "f", commands = ["rmdir $OUT", "echo x > $OUT"])\n',
    );
    const r = await runCli(['build'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '//:f: error: $OUT must stay a directory: the artifact is made of its files (write $OUT/NAME)\n  log: ',
    );
  });

  it('stops at the first failure by default', async () => {
    const { targets } = await buildJson(root, ['--jobs', '1']);
    expect(targets.get('//:bad')?.status).toBe('failed');
    expect(targets.get('//:after_bad')?.status).toBe('skipped');
    expect(targets.get('//:after_good')?.status).not.toBe('success');
  });

  it('finishes independent targets with --keep-going', async () => {
    const { result, targets, summary } = await buildJson(root, ['--keep-going', '--jobs', '1']);
    expect(result.code).toBe(1);
    expect(targets.get('//:bad')?.status).toBe('failed');
    expect(targets.get('//:bad')?.error).toContain('exit code 3');
    // Each target that ran says where its log is; cached ones ran nowhere.
    expect(readFileSync(targets.get('//:bad')!.log!, 'utf8')).toContain('exit status 3');
    expect(targets.get('//:good')?.log).toMatch(/\.edo\/logs\/:good\/\d[^/]*\.log$/);
    expect(targets.get('//:after_bad')?.status).toBe('skipped');
    expect(targets.get('//:good')?.status).toBe('success');
    expect(targets.get('//:after_good')?.status).toBe('success');
    expect(summary).toMatchObject({ status: 'failed', failed: 1, skipped: 1, built: 2 });
  });
});

describe('build file errors', () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      'unknown attribute',
      'script(name = "a", comands = [])\n',
      /BUILD\.edo:1:7: error: script: unknown attribute comands \(did you mean commands\?\)/,
    ],
    [
      'missing required attribute',
      'compose(name = "a")\n',
      /BUILD\.edo:1:8: error: compose: missing required attribute deps/,
    ],
    [
      'wrong type',
      'script(name = "a", commands = "echo")\n',
      /error: script: attribute commands must be a list of strings, got string/,
    ],
    [
      'unknown farm',
      'script(name = "ok", commands = ["true"])\nscript(\n    name = "a",\n    environment = "nofarm",\n)\n',
      /BUILD\.edo:2:7: \/\/:a: error: no environment_farm named "nofarm" \(known: local\)/,
    ],
    [
      'misspelt attribute of a farm no target uses',
      'environment_farm(name = "box", kind = "docker", imag = "busybox")\nscript(name = "a")\n',
      /BUILD\.edo:1:17: error: environment_farm "box": unknown attribute "imag" for kind "docker" \(did you mean image\?\)/,
    ],
    [
      'unknown kind of a vendor no target uses',
      'vendor(name = "v", kind = "pip")\nscript(name = "a")\n',
      /BUILD\.edo:1:7: error: unknown vendor kind "pip" \(known: npm, oci\)/,
    ],
    [
      'build_config naming a farm that is not declared',
      'environment_farm(name = "host")\nbuild_config(name = "ci", default_farm = "hots")\nscript(name = "a")\n',
      /BUILD\.edo:2:13: error: build_config "ci": default_farm "hots" is no environment_farm \(did you mean host\?\)/,
    ],
    [
      'build_config with no jobs',
      'build_config(name = "default", jobs = 0)\nscript(name = "a")\n',
      /BUILD\.edo:1:13: error: build_config "default": jobs must be a positive integer, not 0/,
    ],
    [
      'a storage backend from a plugin that is not declared',
      'storage_backend(name = "s", plugin = "mem")\nscript(name = "a")\n',
      /BUILD\.edo:1:16: error: plugin "mem" is not declared \(plugin\(name = "mem", source = \.\.\.\)\), or provides no storage backend/,
    ],
    [
      'misspelt attribute of a storage backend',
      'storage_backend(name = "s", pth = "../store")\nbuild_config(name = "default", build_cache = "s")\nscript(name = "a")\n',
      /BUILD\.edo:1:16: error: storage_backend "s": unknown attribute "pth" for kind "local" \(did you mean path\?\)/,
    ],
    [
      'wrong shape of a local farm attribute',
      'environment_farm(name = "box", env = {"A": 1})\nscript(name = "a")\n',
      /BUILD\.edo:1:17: error: environment_farm "box": "env" must be a dict of strings to strings\n/,
    ],
    [
      'registry backend without an address, used or not',
      'storage_backend(name = "team", kind = "registry")\nscript(name = "a")\n',
      /BUILD\.edo:1:16: error: storage_backend "team": kind "registry" needs address = "host\[:port\]\/repository"/,
    ],
    [
      'vendor registry of the wrong type, used or not',
      'vendor(name = "npm", kind = "npm", registry = 5)\nscript(name = "a")\n',
      /BUILD\.edo:1:7: error: vendor "npm": "registry" must be a non-empty string\n/,
    ],
    [
      'misspelt kind of a farm',
      'environment_farm(name = "box", kind = "dockr", image = "x")\nscript(name = "a")\n',
      /BUILD\.edo:1:17: error: unknown environment farm kind "dockr" \(did you mean docker\?\) \(known: docker, local\)/,
    ],
    [
      'wrong type of a list element',
      'script(name = "a", commands = ["echo", 3])\n',
      /error: script: attribute commands must be a list of strings, got a list with int at index 1/,
    ],
    [
      'wrong type of a dict value',
      'script(name = "a", env = {"A": "1", "B": True})\n',
      /error: script: attribute env must be a dict of strings, got a dict with bool for "B"/,
    ],
    [
      'unknown dependency',
      'script(name = "lib")\nscript(name = "a", deps = [":lbi"])\n',
      /error: no such target \/\/:lbi \(a dependency of \/\/:a\) \(did you mean \/\/:lib\?\)/,
    ],
    [
      'cycle',
      'script(name = "a", deps = [":b"])\nscript(name = "b", deps = [":a"])\n',
      /dependency cycle: \/\/:a -> \/\/:b -> \/\/:a/,
    ],
    ['top-level for', 'for x in []:\n    pass\n', /BUILD\.edo:1:1: error: .*for/],
    [
      'misspelt rule',
      'scirpt(name = "a", commands = [])\n',
      /BUILD\.edo:1:1: error: undefined: scirpt \(did you mean script\?\)/,
    ],
    [
      'Bazel rule edo does not have',
      'genrule(name = "a", outs = ["a.txt"], cmd = "echo > $@")\n',
      /BUILD\.edo:1:1: error: undefined: genrule \(edo has no genrule: script\(\.\.\.\) runs commands; see docs\/rules\.md\)/,
    ],
    [
      'Bazel language rule',
      'cc_binary(name = "a", srcs = ["a.c"])\n',
      /BUILD\.edo:1:1: error: undefined: cc_binary \(edo has no cc_binary: script\(\.\.\.\) runs the compiler, or a plugin adds a rule for it; see docs\/rules\.md\)/,
    ],
    [
      'Bazel rule edo does not have, through native',
      'native.http_archive(name = "a", urls = [])\n',
      /BUILD\.edo:1:8: error: struct has no \.http_archive attribute \(edo has no http_archive: url_source\(\.\.\.\) downloads a file by URL and sha256; see docs\/rules\.md\)/,
    ],
    [
      'duplicate target',
      'script(name = "a")\nscript(name = "a")\n',
      /BUILD\.edo:2:7: error: target \/\/:a is already declared at .*BUILD\.edo:1:7/,
    ],
    [
      'unknown farm',
      'script(name = "a", environment = "nope")\n',
      /no environment_farm named "nope" \(known: local\)/,
    ],
    [
      'runaway file',
      'def f(n):\n    return [x for x in range(n) for y in range(n)]\nx = f(100000)\n',
      /too many steps/,
    ],
    [
      'glob pattern matching nothing',
      'local_source(name = "a", srcs = glob(["BUILD.edo", "scr/**"]))\n',
      /BUILD\.edo:1:37: error: glob: "scr\/\*\*" matches no file in the root package \(allow_empty = True allows it\)/,
    ],
    [
      'glob excluding all it matches',
      'local_source(name = "a", srcs = glob(["BUILD.*"], exclude = ["*.edo"]))\n',
      /BUILD\.edo:1:37: error: glob: every file it matches in the root package is excluded/,
    ],
  ];

  it.each(cases)('reports %s at its position with exit 2', async (_name, build, message) => {
    const root = makeWorkspace({ 'BUILD.edo': build });
    try {
      const r = await runCli(['build'], root);
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      removeWorkspace(root);
    }
  });

  it('prints a traceback only when the error is inside a call, not for a top-level one', async () => {
    const root = makeWorkspace({
      'BUILD.edo': 'script(name = "a", commands = [1])\n',
      'lib/BUILD.edo': '',
      'lib/defs.star': 'def m():\n    script(name = "b", commands = [2])\n',
    });
    try {
      const top = await runCli(['build'], root);
      expect(top.stderr).toMatch(
        /BUILD\.edo:1:7: error: script: attribute commands must be a list of strings, got a list with int at index 0\n$/,
      );
      writeFileSync(join(root, 'BUILD.edo'), 'load("//lib:defs.star", "m")\nm()\n');
      const nested = await runCli(['build'], root);
      expect(nested.stderr).toMatch(
        /defs\.star:2:11: error: script: .*\nTraceback \(most recent call last\):\n {2}\S*BUILD\.edo:2:2: in <toplevel>\n {2}\S*defs\.star:2:11: in m\n$/,
      );
    } finally {
      removeWorkspace(root);
    }
  });

  it('lets a glob match nothing with allow_empty = True', async () => {
    const root = makeWorkspace({
      'BUILD.edo': 'local_source(name = "a", srcs = glob(["gen/**"], allow_empty = True))\n',
    });
    try {
      const r = await runCli(['build'], root);
      expect(r.stderr).toContain('Build succeeded');
    } finally {
      removeWorkspace(root);
    }
  });

  it('suggests the label of a .star file written as a package, as Bazel spells it', async () => {
    const root = makeWorkspace({
      'BUILD.edo': 'load("//lib/defs.star", "x")\n',
      'lib/defs.star': 'x = 1\n',
    });
    try {
      const r = await runCli(['build'], root);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /BUILD\.edo:1:1: error: cannot load \/\/lib\/defs\.star: no such file \S*lib\/defs\.star\/defs\.star; did you mean \/\/lib:defs\.star\?/,
      );
      expect(r.stderr).not.toMatch(/ENOTDIR|\n\s+at /);
    } finally {
      removeWorkspace(root);
    }
  });

  it('reports -C under a file as a usage error', async () => {
    const root = makeWorkspace({ 'BUILD.edo': '' });
    try {
      const r = await runCli(['-C', 'BUILD.edo/x', 'build'], root);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('error: -C BUILD.edo/x: not a directory\n');
    } finally {
      removeWorkspace(root);
    }
  });

  it('reports an unknown target on the command line with suggestions', async () => {
    const root = makeWorkspace({ 'BUILD.edo': 'script(name = "hello")\n' });
    try {
      const r = await runCli(['build', ':helo'], root);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('no such target //:helo (did you mean //:hello?)');
    } finally {
      removeWorkspace(root);
    }
  });
});
