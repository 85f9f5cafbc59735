import {
  canonicalJson,
  digestOf,
  pluginTargetDigest,
  sourceDigest,
  transformDigest,
} from '../../src/engine/cache-key.js';

describe('cache keys', () => {
  it('encodes canonically whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined })).toBe('{"a":[true,null,"x"],"b":1}');
    expect(canonicalJson({ n: 12345678901234567890n })).toBe('{"n":{"$bigint":"12345678901234567890"}}');
    expect(digestOf({ x: 1, y: 2 })).toBe(digestOf({ y: 2, x: 1 }));
    expect(digestOf({ x: 1 })).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('changes with every input', () => {
    const base = {
      kind: 'script',
      attrs: { commands: ['true'] },
      inputs: { '//:a': 'sha256:1' },
      environment: 'sha256:local',
    };
    const key = transformDigest(base);
    expect(transformDigest({ ...base, kind: 'compose' })).not.toBe(key);
    expect(transformDigest({ ...base, attrs: { commands: ['false'] } })).not.toBe(key);
    expect(transformDigest({ ...base, inputs: { '//:a': 'sha256:2' } })).not.toBe(key);
    expect(transformDigest({ ...base, environment: 'sha256:docker' })).not.toBe(key);
    expect(pluginTargetDigest(key, 'sha256:plugin-1')).not.toBe(pluginTargetDigest(key, 'sha256:plugin-2'));
    expect(sourceDigest('sha256:1')).not.toBe(sourceDigest('sha256:2'));
  });
});
