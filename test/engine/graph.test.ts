import { BuildGraph } from '../../src/engine/graph.js';
import { closestNames } from '../../src/model/names.js';
import { UsageError } from '../../src/model/errors.js';

function graphOf(edges: Record<string, string[]>): BuildGraph<null> {
  const graph = new BuildGraph<null>();
  for (const [label, deps] of Object.entries(edges)) graph.add({ label, deps, data: null });
  return graph;
}

describe('BuildGraph', () => {
  it('orders dependencies first and includes only the closure', () => {
    const graph = graphOf({ '//:a': ['//:b', '//:c'], '//:b': ['//:c'], '//:c': [], '//:d': [] });
    expect(graph.closure(['//:a']).map((n) => n.label)).toEqual(['//:c', '//:b', '//:a']);
  });

  it('reports the whole cycle', () => {
    const graph = graphOf({ '//:a': ['//:b'], '//:b': ['//:c'], '//:c': ['//:a'] });
    expect(() => graph.closure(['//:a'])).toThrow('dependency cycle: //:a -> //:b -> //:c -> //:a');
  });

  it('suggests the closest names for an unknown label', () => {
    const graph = graphOf({ '//app:hello': ['//app:helo_lib'], '//app:hello_lib': [] });
    let error: unknown;
    try {
      graph.closure(['//app:hello']);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      'no such target //app:helo_lib (a dependency of //app:hello) (did you mean //app:hello_lib, //app:hello?)',
    );
    expect(closestNames('zzzzzz', ['//a:b'])).toEqual([]);
  });

  it('rejects a label declared twice', () => {
    const graph = graphOf({ '//:a': [] });
    expect(() => graph.add({ label: '//:a', deps: [], data: null })).toThrow('declared twice');
  });
});
