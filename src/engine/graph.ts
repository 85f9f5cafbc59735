import { UsageError, type SourcePosition } from '../model/errors.js';
import { closestNames } from '../model/names.js';

/** One target of the build graph, keyed by its canonical label. */
export interface GraphNode<T> {
  readonly label: string;
  readonly deps: readonly string[];
  readonly data: T;
  /** Where it is declared, for errors. */
  readonly position?: SourcePosition;
}

/** Targets and their dependency edges; dependencies must name nodes of the same graph. */
export class BuildGraph<T> {
  private readonly nodes = new Map<string, GraphNode<T>>();

  /** `whyMissing` may say why a label names no target (` (its package is ignored)`), or nothing. */
  constructor(private readonly whyMissing: (label: string) => string = () => '') {}

  add(node: GraphNode<T>): void {
    if (this.nodes.has(node.label)) {
      throw new UsageError(`target ${node.label} is declared twice`, { position: node.position });
    }
    this.nodes.set(node.label, node);
  }

  has(label: string): boolean {
    return this.nodes.has(label);
  }

  labels(): string[] {
    return [...this.nodes.keys()];
  }

  /** The node for `label`; an unknown label is a usage error that suggests the closest names. */
  get(label: string, from?: { label: string; position?: SourcePosition }): GraphNode<T> {
    const node = this.nodes.get(label);
    if (node) return node;
    const suggestions = closestNames(label, this.nodes.keys());
    const hint = suggestions.length > 0 ? ` (did you mean ${suggestions.join(', ')}?)` : '';
    const where = from ? ` (a dependency of ${from.label})` : '';
    const why = this.whyMissing(label);
    throw new UsageError(`no such target ${label}${where}${why || hint}`, { position: from?.position });
  }

  /**
   * The requested targets and everything they depend on, dependencies first. Unknown labels and
   * cycles are reported here, before anything runs; a cycle error lists the whole cycle.
   */
  closure(roots: readonly string[]): GraphNode<T>[] {
    const order: GraphNode<T>[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: string[] = [];
    const visit = (label: string, from?: GraphNode<T>): void => {
      const seen = state.get(label);
      if (seen === 'done') return;
      if (seen === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(label)), label];
        throw new UsageError(`dependency cycle: ${cycle.join(' -> ')}`, {
          position: this.nodes.get(label)?.position,
        });
      }
      const node = this.get(label, from);
      state.set(label, 'visiting');
      stack.push(label);
      for (const dep of node.deps) visit(dep, node);
      stack.pop();
      state.set(label, 'done');
      order.push(node);
    };
    for (const root of roots) visit(root);
    return order;
  }
}
