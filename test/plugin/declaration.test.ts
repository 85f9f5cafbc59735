import { UsageError } from '../../src/model/errors.js';
import { parsePluginDeclaration } from '../../src/plugin/declaration.js';
import { declaration } from './harness.js';

describe('plugin(...) declarations', () => {
  it('separates sources, pins, grants and limits from the plugin config', () => {
    const digest = 'a'.repeat(64);
    expect(
      parsePluginDeclaration(
        declaration('plugin', 'docker-env', {
          kind: 'wasm',
          source: ['//vendor:docker-env-1.2.0.wasm', 'https://mirror.example/docker-env-1.2.0.wasm'],
          sha256: `sha256:${digest}`,
          version: '^1.2.0',
          capabilities: ['net:127.0.0.1:2375'],
          time_limit_ms: 5000,
          memory_limit_mb: 128n,
          handle_limit: 10000,
          image: 'ubuntu:20.04',
        }),
      ),
    ).toEqual({
      name: 'docker-env',
      sources: ['//vendor:docker-env-1.2.0.wasm', 'https://mirror.example/docker-env-1.2.0.wasm'],
      sha256: `sha256:${digest}`,
      version: '^1.2.0',
      capabilities: ['net:127.0.0.1:2375'],
      limits: { timeMs: 5000, memoryMb: 128, handles: 10000 },
      config: { image: 'ubuntu:20.04' },
    });
    expect(parsePluginDeclaration(declaration('plugin', 'p', { source: '//vendor:p.wasm' })).sources).toEqual(
      ['//vendor:p.wasm'],
    );
  });

  it.each([
    [{ source: '//v:p.wasm', kind: 'native' }, 'kind "native" is not supported'],
    [{}, 'source must be a label or URL string'],
    [{ source: '//v:p.wasm', sha256: 'abc' }, 'sha256 must be 64 lowercase hex digits'],
    [{ source: '//v:p.wasm', version: 'soon' }, 'version "soon" is not a semver range'],
    [{ source: '//v:p.wasm', capabilities: 'env:HOME' }, 'capabilities must be a list of strings'],
    [{ source: '//v:p.wasm', time_limit_ms: -1 }, 'time_limit_ms must be a positive int'],
    [
      { source: '//v:p.wasm', sha265: 'a'.repeat(64) },
      '"sha265" is not an attribute of plugin(); did you mean sha256? (config attributes must not look like one)',
    ],
    [
      { source: '//v:p.wasm', capabilites: ['env:HOME'] },
      '"capabilites" is not an attribute of plugin(); did you mean capabilities?',
    ],
  ])('rejects %j', (attrs, message) => {
    const parse = () => parsePluginDeclaration(declaration('plugin', 'p', attrs));
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
