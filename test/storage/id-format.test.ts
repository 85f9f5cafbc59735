import { UsageError } from '../../src/model/errors.js';
import { idFromString, idToString } from '../../src/model/id-format.js';
import type { Id } from '../../src/model/id.js';

const digest = 'sha256:' + 'ab'.repeat(32);

describe('Id string form', () => {
  test.each<[Id, string]>([
    [{ name: 'hello', digest }, `hello:${digest}`],
    [{ name: 'hello', digest: '' }, 'hello'],
    [
      { name: 'hello', digest, version: '1.2.0', pkg: 'core', arch: 'x86_64' },
      `core/hello@1.2.0+x86_64:${digest}`,
    ],
    [{ name: 'hello', digest, arch: 'aarch64' }, `hello+aarch64:${digest}`],
    [{ name: '//pkg:name', digest, version: '1.0.0+build.5' }, `%2F%2Fpkg%3Aname@1.0.0%2Bbuild.5:${digest}`],
    [{ name: 'a b%c@d', digest, pkg: 'x/y' }, `x%2Fy/a%20b%25c%40d:${digest}`],
    [{ name: 'ünï', digest }, `ünï:${digest}`],
  ])('%j <-> %s', (id, text) => {
    expect(idToString(id)).toBe(text);
    expect(idFromString(text)).toEqual(id);
  });

  test.each(['', ':sha256:00', '@1.0', 'name:', 'pkg/name+arch@1.0', 'bad%zzname'])(
    'rejects %j with a usage error',
    (text) => {
      expect(() => idFromString(text)).toThrow(UsageError);
    },
  );
});
