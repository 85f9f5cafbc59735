import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWitPackage } from '../../src/plugin/bindgen/wit.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from './build-cache.js';

describe('the WIT reader', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'edo-wit-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads wit/: every interface, the world, uses resolved across files', () => {
    const pkg = readWitPackage(join(ROOT, 'wit'));
    expect(`${pkg.name}@${pkg.version}`).toBe('edo:plugin@1.0.0');
    expect(pkg.world).toEqual({
      name: 'edo',
      imports: ['common', 'storage', 'host', 'system'],
      exports: ['backend', 'source', 'vendor', 'environment', 'transform', 'abi'],
    });
    const createStorage = pkg.interfaces.get('abi')!.functions.find((fn) => fn.name === 'create-storage')!;
    const result = createStorage.result!;
    if (result.kind !== 'result' || result.ok?.kind !== 'own')
      throw new Error('expected result<own<backend>, ...>');
    expect(result.ok.resource.interfaceName).toBe('backend');
    expect(createStorage.params.map((param) => param.type.kind)).toEqual(['string', 'borrow', 'borrow']);
  });

  it('names the file and line of an unknown type or a syntax error', () => {
    writeFileSync(
      join(dir, 'a.wit'),
      'package t:x@0.1.0;\ninterface i {\n  f: func(a: nope);\n}\nworld w { export i; }\n',
    );
    expect(() => readWitPackage(dir)).toThrow("wit: interface i: unknown type 'nope'");
    writeFileSync(join(dir, 'a.wit'), 'package t:x@0.1.0;\ninterface i {\n  f: func(a: u32)\n}\n');
    expect(() => readWitPackage(dir)).toThrow("a.wit:4: expected ';', found '}'");
  });
});

describe('edo plugin inspect', () => {
  it('refuses a file that is not a component with a manifest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'edo-inspect-'));
    try {
      writeFileSync(join(dir, 'x.wasm'), Buffer.from('not wasm'));
      const result = await runCli(['plugin', 'inspect', 'x.wasm'], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('it is not a WebAssembly component');
      expect((await runCli(['plugin', 'inspect', 'missing.wasm'], dir)).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
