import {
  canonicalLabel,
  globToRegExp,
  LabelSyntaxError,
  matchesPattern,
  parseLabel,
  parsePattern,
} from '../../src/model/label.js';

describe('labels', () => {
  it('parses every label form', () => {
    expect(parseLabel('//pkg/path:name', 'x')).toEqual({ pkg: 'pkg/path', name: 'name' });
    expect(parseLabel(':name', 'cur/pkg')).toEqual({ pkg: 'cur/pkg', name: 'name' });
    expect(parseLabel('name', 'cur')).toEqual({ pkg: 'cur', name: 'name' });
    expect(parseLabel('//pkg/path', '')).toEqual({ pkg: 'pkg/path', name: 'path' });
    expect(parseLabel('//:root', 'x')).toEqual({ pkg: '', name: 'root' });
    expect(parseLabel('//src:sub/main.c', '')).toEqual({ pkg: 'src', name: 'sub/main.c' });
    expect(canonicalLabel(':a', '')).toBe('//:a');
  });

  it.each(['//', '//:', '//a//b:c', '//a:../x', '//../a:b', ':', 'a:b', '//a:b:c', '//a:', '//a b$:c'])(
    'rejects %s',
    (text) => {
      expect(() => parseLabel(text, '')).toThrow(LabelSyntaxError);
    },
  );

  it('suggests "//" for a label of another package written without it', () => {
    expect(() => parseLabel('lib:zzz', 'app')).toThrow(
      'a label in another package starts with "//" (did you mean "//lib:zzz"?)',
    );
    expect(() => parseLabel(':a:b', 'app')).toThrow('more than one ":"');
  });

  it('parses patterns', () => {
    const all = parsePattern('//...', 'x');
    expect(all).toEqual({ kind: 'recursive', pkg: '' });
    expect(parsePattern('//src/...', '')).toEqual({ kind: 'recursive', pkg: 'src' });
    expect(parsePattern('...', 'lib')).toEqual({ kind: 'recursive', pkg: 'lib' });
    expect(parsePattern('//a:b', '').kind).toBe('label');
    const cpp = parsePattern('//src:*.cpp', '');
    expect(matchesPattern(cpp, { pkg: 'src', name: 'main.cpp' })).toBe(true);
    expect(matchesPattern(cpp, { pkg: 'src', name: 'sub/main.cpp' })).toBe(false);
    expect(matchesPattern(cpp, { pkg: 'src2', name: 'main.cpp' })).toBe(false);
    const every = parsePattern('//src:all', '');
    expect(matchesPattern(every, { pkg: 'src', name: 'sub/x' })).toBe(true);
    expect(matchesPattern(all, { pkg: 'deep/er', name: 'x' })).toBe(true);
    const src = parsePattern('//src/...', '');
    expect(matchesPattern(src, { pkg: 'src/a', name: 'x' })).toBe(true);
    expect(matchesPattern(src, { pkg: 'srcx', name: 'x' })).toBe(false);
  });

  it('converts globs', () => {
    expect(globToRegExp('**/*.c').test('a/b/c.c')).toBe(true);
    expect(globToRegExp('**/*.c').test('c.c')).toBe(true);
    expect(globToRegExp('*.c').test('a/c.c')).toBe(false);
    expect(globToRegExp('f?.[ch]').test('fo.h')).toBe(true);
    expect(globToRegExp('a+b.txt').test('a+b.txt')).toBe(true);
    expect(globToRegExp('[!a]x').test('ax')).toBe(false);
  });
});
