import { UsageError } from '../../src/model/errors.js';
import { parsePluginDeclaration } from '../../src/plugin/declaration.js';
import { parsePluginSource } from '../../src/plugin/distribution.js';
import { declaration } from './harness.js';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const HEX = 'ab'.repeat(32);

describe('plugin source alternatives', () => {
  it('parses each string form', () => {
    expect(parsePluginSource(':x.wasm', '/ws', 'pkg')).toEqual({
      kind: 'file',
      text: ':x.wasm',
      label: '//pkg:x.wasm',
      path: '/ws/pkg/x.wasm',
    });
    expect(parsePluginSource(`https://m.example/x.wasm#sha256=${HEX}`, '/ws', '')).toEqual({
      kind: 'url',
      text: `https://m.example/x.wasm#sha256=${HEX}`,
      url: 'https://m.example/x.wasm',
      sha256: HEX,
    });
    expect(parsePluginSource(`git+file:///srv/p.git#commit=${COMMIT}&path=dist/a+b.wasm`, '/ws', '')).toEqual(
      {
        kind: 'git',
        text: `git+file:///srv/p.git#commit=${COMMIT}&path=dist/a+b.wasm`,
        url: 'file:///srv/p.git',
        commit: COMMIT,
        path: 'dist/a+b.wasm',
      },
    );
    expect(parsePluginSource('npm:@acme/x@~1.2#path=x.wasm&token_env=NPM_TOKEN', '/ws', '')).toMatchObject({
      kind: 'npm',
      package: '@acme/x',
      range: '~1.2',
      path: 'x.wasm',
      registry: 'https://registry.npmjs.org',
      tokenEnv: 'NPM_TOKEN',
    });
    expect(parsePluginSource('oci://127.0.0.1:5000/plugins/x:1.0.0', '/ws', '')).toEqual({
      kind: 'oci',
      text: 'oci://127.0.0.1:5000/plugins/x:1.0.0',
      ref: '127.0.0.1:5000/plugins/x:1.0.0',
    });
  });

  it.each([
    ['https://m.example/x.wasm#sha256=abc', '#sha256= must be 64 lowercase hex digits'],
    ['git+file:///srv/p.git#path=x.wasm', 'needs #commit='],
    ['git+file:///srv/p.git#commit=main&path=x.wasm', 'commit must be a full hexadecimal commit hash'],
    [`git+file:///srv/p.git#commit=${COMMIT}`, 'needs #path='],
    ['npm:@acme/x@soon#path=x.wasm', 'expected npm:<package>@<semver range>#path=<file>'],
    ['npm:@acme/x@^1', 'needs #path='],
    ['oci://127.0.0.1:5000/plugins/x', 'needs a tag or a digest'],
    ['//vendor:', 'empty name'],
    // A path is not a label: the message says what to write instead.
    [
      '/home/me/greeter/dist/greeter.wasm',
      'plugin source "/home/me/greeter/dist/greeter.wasm" is a file path: a file source is a workspace label (//package:file); copy the .wasm into the workspace (e.g. vendor/greeter.wasm) and use source = "//vendor:greeter.wasm"',
    ],
    ['/ws/vendor/x.wasm', 'use its label, source = "//vendor:x.wasm"'],
    ['/ws/x.wasm', 'use its label, source = "//:x.wasm"'],
    ['./dist/x.wasm', 'copy the .wasm into the workspace (e.g. vendor/x.wasm)'],
  ])('rejects %s', (text, message) => {
    const parse = () => parsePluginSource(text, '/ws', '');
    expect(parse).toThrow(UsageError);
    expect(parse).toThrow(message);
  });

  it('turns source dicts into their string forms', () => {
    const sources = parsePluginDeclaration(
      declaration('plugin', 'p', {
        source: [
          '//vendor:p.wasm',
          { url: 'https://m.example/p.wasm', sha256: `sha256:${HEX}` },
          { git: 'https://git.example/p.git', commit: COMMIT, path: 'dist/p.wasm' },
          { npm: '@acme/p', version: '^1', path: 'dist/p.wasm', registry: 'http://127.0.0.1:4873' },
          { npm: 'p', path: 'p.wasm' },
          { oci: '127.0.0.1:5000/plugins/p:1.0.0' },
        ],
      }),
    ).sources;
    expect(sources).toEqual([
      '//vendor:p.wasm',
      `https://m.example/p.wasm#sha256=${HEX}`,
      `git+https://git.example/p.git#commit=${COMMIT}&path=dist/p.wasm`,
      'npm:@acme/p@^1#path=dist/p.wasm&registry=http://127.0.0.1:4873',
      'npm:p@*#path=p.wasm',
      'oci://127.0.0.1:5000/plugins/p:1.0.0',
    ]);
    // Each reads back to what the dict said.
    expect(parsePluginSource(sources[3]!, '/ws', '')).toMatchObject({
      package: '@acme/p',
      range: '^1',
      path: 'dist/p.wasm',
      registry: 'http://127.0.0.1:4873',
    });
  });

  it.each([
    [
      { url: 'https://m.example/p.wasm', oci: 'h/p:1' },
      'a source dict needs exactly one of url, git, npm, oci',
    ],
    [{ git: 'file:///p.git', path: 'p.wasm' }, 'a git source needs commit'],
    [
      { npm: 'p', path: 'p.wasm', tag: 'latest' },
      'a npm source takes npm, path, version, registry, token_env, not tag',
    ],
    [{ npm: 'p', path: 'a&b.wasm' }, 'source path must not contain #'],
    [{ oci: 1 }, 'source oci must be a non-empty string'],
  ])('rejects the source dict %j', (dict, message) => {
    const parse = () => parsePluginDeclaration(declaration('plugin', 'p', { source: [dict] }));
    // The plugin is the error's context, shown as every plugin error is: `plugin p: error: ...`.
    expect(parse).toThrow(UsageError);
    expect(parse).toThrow(
      expect.objectContaining({
        message: expect.stringContaining(message),
        context: expect.objectContaining({ plugin: 'p' }),
      }),
    );
  });
});
