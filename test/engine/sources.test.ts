import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { buildJson, builtLabels, makeWorkspace, removeWorkspace } from './helpers.js';

describe('url_source', () => {
  const body = 'payload bytes\n';
  const sha = createHash('sha256').update(body).digest('hex');
  let server: Server;
  let base: string;
  let requests = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests += 1;
      // The first request for /flaky fails: the download is retried.
      if (req.url === '/flaky.txt' && requests === 1) {
        res.statusCode = 503;
        return res.end();
      }
      if (req.url === '/missing.txt') {
        res.statusCode = 404;
        return res.end();
      }
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('downloads with retries, verifies the checksum and caches by digest', async () => {
    const root = makeWorkspace({
      'BUILD.edo': `
url_source(name = "file", url = "${base}/flaky.txt", sha256 = "${sha}")
script(name = "use", deps = [":file"], commands = ["cp file/flaky.txt $OUT/"])
`,
    });
    try {
      const first = await buildJson(root);
      expect(first.result.code).toBe(0);
      expect(requests).toBe(2);
      const second = await buildJson(root);
      expect(builtLabels(second.targets)).toEqual([]);
      expect(requests).toBe(2);
      const out = join(root, 'out');
      await runCli(['checkout', ':use', out], root);
      expect(readFileSync(join(out, 'flaky.txt'), 'utf8')).toBe(body);
    } finally {
      removeWorkspace(root);
    }
  });

  it('refuses a checksum mismatch and a missing file, naming them', async () => {
    const root = makeWorkspace({
      'BUILD.edo': `
url_source(name = "wrong", url = "${base}/a.txt", sha256 = "${'0'.repeat(64)}")
url_source(name = "gone", url = "${base}/missing.txt", sha256 = "${sha}")
`,
    });
    try {
      const { targets } = await buildJson(root, ['--keep-going']);
      expect(targets.get('//:wrong')?.error).toContain(
        `checksum mismatch for ${base}/a.txt: expected sha256 ${'0'.repeat(64)}, got ${sha}`,
      );
      expect(targets.get('//:gone')?.error).toContain('HTTP 404');
    } finally {
      removeWorkspace(root);
    }
  });

  it('says why a server could not be reached, not just that the fetch failed', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const root = makeWorkspace({
      'BUILD.edo': `url_source(name = "down", url = "http://127.0.0.1:${port}/a.txt", sha256 = "${sha}")\n`,
    });
    try {
      const { targets } = await buildJson(root);
      expect(targets.get('//:down')?.error).toContain(
        `//:down: error: GET http://127.0.0.1:${port}/a.txt: connect ECONNREFUSED 127.0.0.1:${port}\n`,
      );
    } finally {
      removeWorkspace(root);
    }
  });
});

describe('git_source', () => {
  let repo: string;
  let first: string;
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
      cwd: repo,
      encoding: 'utf8',
    }).trim();
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'edo-git-'));
    git('init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'file.txt'), 'one\n');
    git('add', '.');
    git('commit', '-q', '-m', 'one');
    first = git('rev-parse', 'HEAD');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('checks out a commit without .git, pins a ref in edo.lock.json and keeps the pin when the branch moves', async () => {
    const root = makeWorkspace({
      'BUILD.edo': `
git_source(name = "pinned", url = "${repo}", commit = "${first}")
git_source(name = "branch", url = "${repo}", ref = "main")
`,
    });
    try {
      const r = await runCli(['build'], root);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('edo.lock.json: added //:branch');
      const lock = JSON.parse(readFileSync(join(root, 'edo.lock.json'), 'utf8')) as {
        entries: Record<string, { digest: string; requested: string }>;
      };
      expect(lock.entries['//:branch']).toMatchObject({ digest: first, requested: 'main' });
      const out = join(root, 'out');
      await runCli(['checkout', ':branch', out], root);
      expect(readFileSync(join(out, 'file.txt'), 'utf8')).toBe('one\n');
      expect(existsSync(join(out, '.git'))).toBe(false);

      writeFileSync(join(repo, 'file.txt'), 'two\n');
      git('commit', '-q', '-am', 'two');
      const again = await buildJson(root);
      expect(builtLabels(again.targets)).toEqual([]);
    } finally {
      removeWorkspace(root);
    }
  });

  // (`repo` is set in beforeAll, so the cases are functions of it.)
  it.each([
    [
      "a repository that does not exist, with git's own diagnosis",
      () => `${repo}-gone`,
      () => `git fetch: fatal: '${repo}-gone' does not appear to be a git repository`,
    ],
    ['a commit that does not exist', () => repo, () => `commit ${'1'.repeat(40)} not found in ${repo}`],
  ])('reports %s', async (_what, url, message) => {
    const root = makeWorkspace({
      'BUILD.edo': `git_source(name = "bad", url = "${url()}", commit = "${'1'.repeat(40)}")\n`,
    });
    try {
      const r = await runCli(['build'], root);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(message());
    } finally {
      removeWorkspace(root);
    }
  });

  it('reports a ref it cannot resolve at the declaration, before building anything', async () => {
    const root = makeWorkspace({
      'BUILD.edo': `script(name = "fine", commands = ["true"])\ngit_source(name = "gone", url = "${repo}-gone", ref = "main")\n`,
    });
    try {
      const r = await runCli(['build'], root);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        `BUILD.edo:2:11: //:gone: error: git ls-remote ${repo}-gone main: fatal: '${repo}-gone' does not appear to be a git repository`,
      );
    } finally {
      removeWorkspace(root);
    }
  });
});

/** A port of 127.0.0.1 nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('--keep-going with a pin that cannot be taken', () => {
  it('fails that target and skips its dependents, and builds the rest', async () => {
    const root = makeWorkspace({
      'BUILD.edo': [
        'script(name = "fine", commands = ["true"])',
        'git_source(name = "gone", url = "/nowhere/repo", ref = "main")',
        'script(name = "user", deps = [":gone"], commands = ["true"])',
        'script(name = "user_of_user", deps = [":user"], commands = ["true"])',
        '',
      ].join('\n'),
    });
    try {
      const { result, targets, summary } = await buildJson(root, ['--keep-going']);
      expect(result.code).toBe(1);
      expect(targets.get('//:fine')?.status).toBe('success');
      expect(targets.get('//:gone')).toMatchObject({ status: 'failed', id: '', digest: '' });
      expect(targets.get('//:gone')?.error).toContain(
        'BUILD.edo:2:11: //:gone: error: git ls-remote /nowhere/repo main',
      );
      expect(targets.get('//:user')?.status).toBe('skipped');
      expect(targets.get('//:user_of_user')?.status).toBe('skipped');
      expect(summary).toMatchObject({ status: 'failed', built: 1, failed: 1, skipped: 2 });
      // Without --keep-going the build stops there, having built nothing.
      const stopped = await runCli(['build'], root);
      expect(stopped.code).toBe(1);
      expect(stopped.stderr).toContain('BUILD.edo:2:11: //:gone: error: git ls-remote');
    } finally {
      removeWorkspace(root);
    }
  });
});

describe('what is resolved while the lock is pinned, before any build', () => {
  it.each([
    [
      'an image tag',
      (port: number) => `image(name = "base", ref = "127.0.0.1:${port}/tools:1")\n`,
      (port: number) => `BUILD.edo:1:6: //:base: error: registry 127.0.0.1:${port} unreachable`,
    ],
    [
      "a vendor's packages",
      (port: number) =>
        `vendor(name = "npm", kind = "npm", registry = "http://127.0.0.1:${port}")\n` +
        'vendor_source(name = "lp", vendor = "npm", package = "left-pad", version = "^1.0.0")\n',
      (port: number) =>
        `BUILD.edo:1:7: error: npm vendor npm: GET http://127.0.0.1:${port}/left-pad: connect ECONNREFUSED`,
    ],
  ])('reports %s it cannot resolve at the declaration', async (_what, build, message) => {
    const port = await closedPort();
    const root = makeWorkspace({ 'BUILD.edo': build(port) });
    try {
      const r = await runCli(['build'], root);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(message(port));
    } finally {
      removeWorkspace(root);
    }
  });
});

describe('--locked', () => {
  it('reports a pin the lock lacks at the declaration that needs it', async () => {
    const root = makeWorkspace({
      'BUILD.edo':
        'script(name = "ok", commands = ["true"])\ngit_source(name = "g", url = "/nowhere", ref = "main")\n',
    });
    try {
      const r = await runCli(['build', '--locked'], root);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('BUILD.edo:2:11: error: --locked: edo.lock.json has no entry for //:g');
    } finally {
      removeWorkspace(root);
    }
  });
});

describe('local_source of large files', () => {
  it("remembers a settled file's hash and notices every change to it", async () => {
    const big = (fill: number): Buffer => Buffer.alloc(3 << 20, fill);
    const root = makeWorkspace({
      'BUILD.edo': `
local_source(name = "data", srcs = ["big.bin"])
script(name = "sum", deps = [":data"], commands = ["cksum < data/big.bin > $OUT/sum"])
`,
    });
    try {
      const file = join(root, 'big.bin');
      writeFileSync(file, big(1));
      // Settled: modified well before it is hashed, so the hash is remembered.
      utimesSync(file, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
      expect(builtLabels((await buildJson(root, ['//:sum'])).targets)).toEqual(['//:data', '//:sum']);
      const entries = readdirSync(join(root, '.edo', 'digests'));
      expect(entries).toHaveLength(1);
      expect(builtLabels((await buildJson(root, ['//:sum'])).targets)).toEqual([]);
      // Same size, other bytes, and an mtime set back to the old one: the change time still differs.
      writeFileSync(file, big(2));
      utimesSync(file, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
      expect(builtLabels((await buildJson(root, ['//:sum'])).targets)).toEqual(['//:data', '//:sum']);
      // Just modified: hashed, but not remembered (a second write within the file system's
      // timestamp granularity would not change the signature).
      writeFileSync(file, big(3));
      const recorded = readFileSync(join(root, '.edo', 'digests', entries[0]), 'utf8');
      expect(builtLabels((await buildJson(root, ['//:sum'])).targets)).toEqual(['//:data', '//:sum']);
      expect(readFileSync(join(root, '.edo', 'digests', entries[0]), 'utf8')).toBe(recorded);
    } finally {
      removeWorkspace(root);
    }
  });
});

describe('local_source of many files', () => {
  const files: Record<string, string> = {};
  for (let d = 0; d < 6; d++) for (let f = 0; f < 100; f++) files[`src/d${d}/f${f}.txt`] = `${d}-${f}\n`;

  it('stages every file, rebuilds on a changed byte and not on a touch', async () => {
    const root = makeWorkspace({
      ...files,
      'BUILD.edo': `
local_source(name = "src", srcs = glob(["src/**"]))
script(name = "count", deps = [":src"], commands = ["find src -type f | wc -l > $OUT/n", "cat src/src/d5/f99.txt >> $OUT/n"])
`,
    });
    try {
      expect(builtLabels((await buildJson(root)).targets)).toEqual(['//:count', '//:src']);
      const out = join(root, 'out');
      expect((await runCli(['checkout', '//:count', out], root)).code).toBe(0);
      expect(readFileSync(join(out, 'n'), 'utf8')).toBe('600\n5-99\n');
      const touched = join(root, 'src/d3/f7.txt');
      utimesSync(touched, new Date(), new Date());
      expect(builtLabels((await buildJson(root)).targets)).toEqual([]);
      writeFileSync(touched, 'changed\n');
      expect(builtLabels((await buildJson(root)).targets)).toEqual(['//:count', '//:src']);
    } finally {
      removeWorkspace(root);
    }
  });

  it('reports a file that cannot be read, wherever it is in the list', async () => {
    const root = makeWorkspace({
      ...files,
      'BUILD.edo': 'local_source(name = "src", srcs = ["src/0-fifo"] + glob(["src/d*/**"]))\n',
    });
    try {
      execFileSync('mkfifo', [join(root, 'src/0-fifo')]);
      const result = await runCli(['build'], root);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('//:src: error: source //:src/0-fifo is not a file');
    } finally {
      removeWorkspace(root);
    }
  });

  it('names a missing source, a directory or a pattern matching nothing at the declaration (exit 2)', async () => {
    const cases: Array<[string, string]> = [
      ['"nosuch.txt"', 'BUILD.edo:1:13: //:s: error: source file //:nosuch.txt does not exist'],
      [
        '"src"',
        'BUILD.edo:1:13: //:s: error: source //:src is not a file but a directory (glob(["src/**"]) takes its files)',
      ],
      ['"*.xyz"', 'BUILD.edo:1:13: error: *.xyz matches no file in the root package'],
      [
        '"pkg/in.txt"',
        'BUILD.edo:1:13: error: pkg/in.txt: pkg is a package of its own (it has a BUILD.edo): name the file //pkg:in.txt',
      ],
    ];
    for (const [srcs, message] of cases) {
      const root = makeWorkspace({
        ...files,
        'pkg/BUILD.edo': '',
        'pkg/in.txt': '',
        'BUILD.edo': `local_source(name = "s", srcs = [${srcs}])\n`,
      });
      try {
        const result = await runCli(['build'], root);
        expect(result.stderr).toContain(message);
        expect(result.code).toBe(2);
      } finally {
        removeWorkspace(root);
      }
    }
  });

  it('follows a symlink to the file it names, as Bazel does: its content is the key and is staged', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'edo-outside-'));
    const root = makeWorkspace({
      'BUILD.edo': `
local_source(name = "src", srcs = glob(["src/**"]))
script(name = "use", deps = [":src"], commands = ["cat src/src/link.txt > $OUT/seen", "test -L src/src/link.txt || echo file >> $OUT/seen"])
`,
      'src/real.txt': 'real\n',
    });
    try {
      writeFileSync(join(outside, 'behind.txt'), 'v1\n');
      symlinkSync(join(outside, 'behind.txt'), join(root, 'src/link.txt'));
      expect(builtLabels((await buildJson(root)).targets)).toEqual(['//:src', '//:use']);
      // What the link points to changed: the link did not, but its key did.
      writeFileSync(join(outside, 'behind.txt'), 'v2\n');
      expect(builtLabels((await buildJson(root)).targets)).toEqual(['//:src', '//:use']);
      const out = join(root, 'out');
      expect((await runCli(['checkout', ':use', out], root)).code).toBe(0);
      expect(readFileSync(join(out, 'seen'), 'utf8')).toBe('v2\nfile\n');

      rmSync(join(outside, 'behind.txt'));
      const dangling = await runCli(['build'], root);
      expect(dangling.code).toBe(2);
      expect(dangling.stderr).toContain(
        `//:src: error: source //:src/link.txt is a symlink to ${join(outside, 'behind.txt')}, which does not exist`,
      );
      rmSync(join(root, 'src/link.txt'));
      symlinkSync(outside, join(root, 'src/dir'));
      const directory = await runCli(['build'], root);
      expect(directory.code).toBe(2);
      expect(directory.stderr).toContain(`source //:src/dir is a symlink to a directory (${outside})`);
    } finally {
      removeWorkspace(root);
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('fails a source whose files changed after its key was computed, rather than store them under it', async () => {
    const root = makeWorkspace({ 'BUILD.edo': '', 'src/f.txt': 'before\n' });
    try {
      const { LocalSource } = await import('../../src/source/local.js');
      const { LocalStore } = await import('../../src/storage/local-store.js');
      const { CacheManager } = await import('../../src/storage/manager.js');
      const store = await LocalStore.open(join(root, 'store'));
      const storage = new CacheManager({ buildCache: store, remoteCaches: [], writeBack: false });
      const node = {
        kind: 'local_source',
        name: 'src',
        id: '//:src',
        attrs: { srcs: ['//:src/f.txt'] },
        position: { file: 'BUILD.edo', line: 1, col: 1 },
      };
      const source = new LocalSource(node, root, join(root, 'tmp'));
      await source.getUniqueId();
      writeFileSync(join(root, 'src/f.txt'), 'edited during the build\n');
      await expect(source.fetch({ write() {} }, storage)).rejects.toThrow(
        'source files changed while edo was building: src/f.txt; build again',
      );
      // Unchanged since its key, it is fetched.
      const again = new LocalSource(node, root, join(root, 'tmp'));
      await again.getUniqueId();
      expect((await again.fetch({ write() {} }, storage)).layers).toHaveLength(1);
    } finally {
      removeWorkspace(root);
    }
  });
});
