// Checked by `npm run typecheck` only (the SDK imports `edo:plugin/*`, which only a component
// resolves): a transform written against plugins/sdk-js's types, which come from wit/ through
// jco's generated guest declarations. A WIT change that breaks this plugin breaks the type check.
import { Id, type Log, type Node } from 'edo:plugin/common@1.0.0';
import type { Context, Environment, Handle, TransformStatus } from 'edo:plugin/host@1.0.0';
import type { Transform } from 'edo:plugin/transform@1.0.0';
import { attrs, definePlugin, dispose, fail, logLine, using } from '../../plugins/sdk-js/index.js';

class Echo implements Transform {
  constructor(
    private readonly addr: string,
    private readonly text: string,
  ) {}
  environment(): string {
    return 'local';
  }
  depends(): string[] {
    return [];
  }
  getUniqueId(_ctx: Handle): Id {
    return new Id(this.addr, `echo:${this.text}`, undefined, undefined, undefined);
  }
  prepare(_log: Log, _ctx: Handle): void {}
  stage(_log: Log, _ctx: Handle, _env: Environment): void {}
  execute(log: Log, ctx: Handle, _env: Environment): TransformStatus {
    logLine(log, this.text);
    const layer = using(ctx.storage(), (storage) => {
      const writer = storage.startLayer();
      writer.write(new TextEncoder().encode(this.text));
      const finished = storage.finishLayer('text/plain', undefined, writer);
      dispose(writer);
      return finished;
    });
    dispose(layer);
    return { tag: 'failed', val: [undefined, fail('echo', 'no artifact in a type test')] };
  }
  canShell(): boolean {
    return false;
  }
  shell(_env: Environment): void {
    fail('echo', 'no shell');
  }
}

export const { abi, transform } = definePlugin('echo', {
  abi: {
    createTransform: (addr: string, node: Node, _ctx: Context) => new Echo(addr, String(attrs(node).text)),
  },
  transform: { Transform: Echo },
});
