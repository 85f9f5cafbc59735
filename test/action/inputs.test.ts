import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotationFromLine } from '../../src/action/annotations.js';
import { buildArgv, stderrHandler } from '../../src/action/build.js';
import {
  artifactNameForLabel,
  parsePublish,
  readInputs,
  type ActionInputs,
} from '../../src/action/inputs.js';
import { EdoError, UsageError } from '../../src/model/errors.js';

describe('publish input', () => {
  it('reads LABEL, NAME=LABEL and NAME=oci:LABEL lines, with comments', () => {
    expect(parsePublish('//:hello\nbin=//app:bin  # the binary\n\nimage=oci://app:image\n')).toEqual([
      { name: 'hello', label: '//:hello', format: 'files' },
      { name: 'bin', label: '//app:bin', format: 'files' },
      { name: 'image', label: '//app:image', format: 'oci' },
    ]);
    expect(artifactNameForLabel('//tools/gen:all')).toBe('tools-gen-all');
  });

  it('rejects what is not a label and names used twice', () => {
    expect(() => parsePublish('hello')).toThrow(UsageError);
    expect(() => parsePublish('x=//:a\nx=//:b')).toThrow(/used twice/);
  });

  it('reads //pkg as //pkg:pkg, as the build reports it, and refuses names GitHub refuses before building', () => {
    expect(parsePublish('x=//sub')).toEqual([{ name: 'x', label: '//sub:sub', format: 'files' }]);
    expect(() => parsePublish('my/app=//:hello')).toThrow(
      `input publish: artifact name 'my/app' has "/", which GitHub does not allow in a name`,
    );
  });
});

describe('edo build command line', () => {
  const inputs: ActionInputs = {
    targets: ['//app/...', '//:hello'],
    workingDirectory: '/w',
    config: 'ci',
    jobs: 4,
    keepGoing: true,
    locked: true,
    cache: true,
    cacheKeyPrefix: 'edo',
    cacheModules: true,
    cachePrune: true,
    publish: [],
    retentionDays: 0,
    dockerHost: '',
    args: ['TOKEN=s3cret', 'MODE=fast'],
  };

  it('ends the variadic --arg with -- before the targets', () => {
    expect(buildArgv(inputs)).toEqual([
      'build',
      '--json',
      '--config',
      'ci',
      '--locked',
      '--arg',
      'TOKEN=s3cret',
      '--arg',
      'MODE=fast',
      '--jobs',
      '4',
      '--keep-going',
      '--',
      '//app/...',
      '//:hello',
    ]);
    expect(buildArgv({ ...inputs, config: '', jobs: 0, keepGoing: false, locked: false, args: [] })).toEqual([
      'build',
      '--json',
      '--',
      '//app/...',
      '//:hello',
    ]);
  });

  it('builds what publish names too, so a label that names no target fails before the build', () => {
    const publish = [
      { name: 'a', label: '//:hello', format: 'files' as const },
      { name: 'b', label: '//tools:gen', format: 'files' as const },
      { name: 'c', label: '//tools:gen', format: 'oci' as const },
    ];
    expect(buildArgv({ ...inputs, args: [], publish }).slice(-4)).toEqual([
      '--',
      '//app/...',
      '//:hello',
      '//tools:gen',
    ]);
  });
});

describe('reading the inputs', () => {
  const withInputs = (values: Record<string, string>) => {
    const saved = { ...process.env };
    // action.yml's defaults for what readInputs reads, then the test's values.
    const defaults: Record<string, string> = {
      targets: '//...',
      'working-directory': '.',
      jobs: '0',
      'keep-going': 'false',
      locked: 'false',
      cache: 'true',
      'cache-modules': 'true',
      'cache-prune': 'true',
      'retention-days': '0',
    };
    for (const [name, value] of Object.entries({ ...defaults, ...values })) {
      process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    try {
      return readInputs();
    } finally {
      process.env = saved;
    }
  };

  it('keeps a "#" inside an args value; comment lines and label comments go', () => {
    const inputs = withInputs({
      args: '# the release\nMESSAGE=release #42\n',
      targets: '//:a  # the app\n//:b',
    });
    expect(inputs.args).toEqual(['MESSAGE=release #42']);
    expect(inputs.targets).toEqual(['//:a', '//:b']);
  });

  it('never shows an args line that is not KEY=VALUE: it may be a secret', () => {
    expect(() => withInputs({ args: 'TOKEN: s3cr3tvalue' })).toThrow(
      'input args: entry 1 is not KEY=VALUE (a name of letters, digits and _, then "="; it is not shown, it may hold a secret)',
    );
  });

  it('says what a boolean input accepts, and what it got', () => {
    expect(() => withInputs({ 'keep-going': 'yes' })).toThrow(
      "input keep-going: expected true or false, got 'yes'",
    );
  });
});

describe('error lines to annotations', () => {
  let repo: string;

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'edo-annotations-'));
    await mkdir(join(repo, 'examples', 'hello'), { recursive: true });
    await writeFile(join(repo, 'examples', 'hello', 'BUILD.edo'), '');
  });

  afterAll(() => rm(repo, { recursive: true, force: true }));

  it('puts a positioned error on its file, relative to the repository, whichever base the CLI used', () => {
    const expected = {
      message: 'undefined: x',
      properties: { file: 'examples/hello/BUILD.edo', startLine: 3, startColumn: 7 },
    };
    const fromRepo = 'examples/hello/BUILD.edo:3:7: error: undefined: x';
    const fromPackage = 'BUILD.edo:3:7: error: undefined: x';
    const bases = [repo, join(repo, 'examples', 'hello')];
    expect(annotationFromLine(fromRepo, bases, repo)).toEqual(expected);
    expect(annotationFromLine(fromPackage, bases, repo)).toEqual(expected);
  });

  it('keeps the target of a target error and ignores log lines that mention errors', () => {
    expect(annotationFromLine('//:greeting: error: command failed (exit 1)', [repo], repo)).toEqual({
      message: '//:greeting: command failed (exit 1)',
      properties: {},
    });
    expect(annotationFromLine('  cc: error: no such file', [repo], repo)).toBeUndefined();
    expect(annotationFromLine('DONE  //:src (0.1s)', [repo], repo)).toBeUndefined();
  });

  it("turns edo's warnings into warning annotations and passes other lines through", () => {
    const written: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      const handler = stderrHandler(repo, repo);
      handler.onLine('edo: warning: //... matches no target (no BUILD.edo under /w declares one)');
      handler.onLine('DONE  //:src (0.1s)');
      // Each failed target is an annotation of its own: the closing line is not one more.
      handler.onLine('error: build failed: //:a, //:b');
      expect(handler.errors()).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    expect(written.join('')).toBe(
      '::warning:://... matches no target (no BUILD.edo under /w declares one)\nDONE  //:src (0.1s)\nerror: build failed: //:a, //:b\n',
    );
  });

  it('reads what EdoError.format prints', () => {
    const err = new EdoError('bad attribute', {
      position: { file: 'examples/hello/BUILD.edo', line: 9, col: 1 },
      target: '//:x',
    });
    expect(annotationFromLine(err.format(), [repo], repo)?.properties).toEqual({
      file: 'examples/hello/BUILD.edo',
      startLine: 9,
      startColumn: 1,
    });
  });
});
