import { runInThisContext } from 'node:vm';
import { EdoError } from '../../src/model/errors.js';
import { generateBindings, generatedModuleAsScript } from '../../src/plugin/loader.js';
import { testPlugin } from './fixtures.js';

// jco's generated ES module is cached as a script so that V8's code cache applies (loader.ts).
describe('generated bindings as a script', () => {
  it('evaluates to a function returning instantiate, with the exports made local', () => {
    const source = [
      '"use components";',
      'export function instantiate(getCoreModule) {',
      '  if (!getCoreModule) getCoreModule = (name) => new URL(`./${name}`, import.meta.url);',
      '  return _util.tag + getCoreModule("core.wasm");',
      '}',
      "export const _util = { tag: 'util:' };",
    ].join('\n');
    const makeInstantiate = runInThisContext(generatedModuleAsScript(source, 'p')) as () => (
      get: (name: string) => string,
    ) => string;
    expect(makeInstantiate()((name) => `<${name}>`)).toBe('util:<core.wasm>');
  });

  it('refuses bindings of another shape rather than guessing', () => {
    const imports = "import { x } from './x.js';\nexport function instantiate() { return x; }";
    expect(() => generatedModuleAsScript(imports, 'p')).toThrow(EdoError);
    expect(() => generatedModuleAsScript('export default function () {}', 'p')).toThrow(
      'jco generated bindings of a shape this host does not expect',
    );
  });
});

// The host calls the bindings generator itself (loader.ts).
describe('generated bindings', () => {
  it("are exactly what the generator's own jco transpile() makes with the host's options", async () => {
    const component = await testPlugin();
    // The jco release the generator comes from (loader.ts); it ships no type declarations.
    const { transpile } = (await import('jco-bindings-generator' as string)) as {
      transpile(
        component: Uint8Array,
        options: Record<string, unknown>,
      ): Promise<{ files: Record<string, Uint8Array>; imports: string[] }>;
    };
    const expected = await transpile(component, {
      name: 'plugin',
      instantiation: 'async',
      minify: false,
      quiet: true,
    });
    const actual = await generateBindings(component);
    expect(actual.imports).toEqual(expected.imports);
    const wanted = Object.keys(expected.files).filter((name) => !name.endsWith('.d.ts'));
    expect(Object.keys(actual.files).sort()).toEqual(wanted.sort());
    for (const name of wanted) {
      expect(Buffer.from(actual.files[name]!).equals(Buffer.from(expected.files[name]!))).toBe(true);
    }
  }, 180_000);
});
