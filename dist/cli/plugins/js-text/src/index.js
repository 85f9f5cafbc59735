/* global TextEncoder */
// A JavaScript plugin providing several components at once:
// - transform `reverse`: runs its optional `command` in the environment it is given, then writes
//   its `text` attribute reversed as a one-layer artifact;
// - vendor `table`: serves package versions from its declaration's `packages` attribute
//   ({ name: { version: { deps: { name: range } } } }).
import { Error as PluginError, Id, Node } from 'edo:plugin/common@1.0.0';
import { Artifact, ArtifactConfig } from 'edo:plugin/storage@1.0.0';
import { attrs, definePlugin, fail, logLine } from '../../sdk-js/index.js';

const NAME = 'js-text';
const encoder = new TextEncoder();

class Reverse {
  constructor(addr, config) {
    this.addr = addr;
    this.text = String(config.text ?? '');
    this.command = config.command === undefined ? undefined : String(config.command);
  }
  environment() {
    return 'local';
  }
  depends() {
    return [];
  }
  getUniqueId(_ctx) {
    return new Id(this.addr, `reverse:${this.text}:${this.command ?? ''}`, undefined, undefined, undefined);
  }
  prepare(_log, _ctx) {}
  stage(_log, _ctx, _env) {}
  execute(log, ctx, env) {
    if (this.command !== undefined && !env.cmd(log, this.getUniqueId(ctx), '.', this.command)) {
      return { tag: 'failed', val: [undefined, new PluginError(NAME, `${this.command} failed`)] };
    }
    const output = [...this.text].reverse().join('');
    logLine(log, `reverse: ${output}`);
    const storage = ctx.storage();
    const writer = storage.startLayer();
    writer.write(encoder.encode(output));
    const layer = storage.finishLayer('application/octet-stream', undefined, writer);
    const artifact = new Artifact(new ArtifactConfig(this.getUniqueId(ctx), ['reverse'], undefined));
    artifact.addLayer(layer);
    return { tag: 'success', val: artifact };
  }
  canShell() {
    return false;
  }
  shell(_env) {
    fail(NAME, 'no shell');
  }
}

class Table {
  constructor(packages) {
    this.packages = packages;
  }
  versions(name) {
    const versions = this.packages[name];
    if (!versions) fail(NAME, `no package ${name}`);
    return versions;
  }
  getOptions(name) {
    return Object.keys(this.versions(name));
  }
  resolve(name, version) {
    if (!(version in this.versions(name))) fail(NAME, `no version ${version} of ${name}`);
    return Node.fromJson(JSON.stringify({ kind: 'vendored', name, version }));
  }
  getDependencies(name, version) {
    const deps = this.versions(name)[version]?.deps;
    return deps ? Object.entries(deps) : undefined;
  }
}

export const { abi, backend, source, vendor, environment, transform } = definePlugin(NAME, {
  abi: {
    createTransform(addr, node, _ctx) {
      return new Reverse(addr, attrs(node));
    },
    createVendor(_addr, node, _ctx) {
      return new Table(attrs(node).packages ?? {});
    },
  },
  transform: { Transform: Reverse },
  vendor: { Vendor: Table },
});
