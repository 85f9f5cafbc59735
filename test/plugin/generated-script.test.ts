import { runInThisContext } from 'node:vm';
import { EdoError } from '../../src/model/errors.js';
import { generatedModuleAsScript } from '../../src/plugin/loader.js';

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
