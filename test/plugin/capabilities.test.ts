import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CapabilitySet } from '../../src/plugin/capabilities.js';

describe('CapabilitySet.checkPath', () => {
  let root: string;
  let caps: CapabilitySet;
  beforeAll(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'edo-caps-')));
    caps = CapabilitySet.grant('p', ['fs:write:/'], ['fs:write://cache', 'fs:read:$OUT'], {
      workspaceRoot: root,
      vars: { OUT: join(root, 'out') },
    });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('resolves //workspace and $VAR paths as grants do', () => {
    expect(caps.checkPath('//cache/a-1', 'write')).toBe(join(root, 'cache/a-1'));
    expect(caps.checkPath(join(root, 'cache/b'), 'read')).toBe(join(root, 'cache/b'));
    expect(caps.checkPath('$OUT/x', 'read')).toBe(join(root, 'out/x'));
  });

  it('refuses what is not granted, relative paths and undefined variables', () => {
    expect(() => caps.checkPath('$OUT/x', 'write')).toThrow(/write of \$OUT\/x denied/);
    expect(() => caps.checkPath('//elsewhere/x', 'read')).toThrow('denied');
    expect(() => caps.checkPath('//cache/../elsewhere', 'write')).toThrow('denied');
    expect(() => caps.checkPath('cache/x', 'read')).toThrow('relative path "cache/x" denied');
    expect(() => caps.checkPath('$HOME/x', 'read')).toThrow('$HOME is not defined');
  });
});
