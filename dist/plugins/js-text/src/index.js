/* global TextEncoder */
// A JavaScript plugin providing several components at once:
// - transform `reverse`: runs its optional `command` in the environment it is given (the farm its
//   `environment` attribute names), then writes its `text` attribute reversed as a one-layer
//   artifact;
// - vendor `table`: serves package versions from its declaration's `packages` attribute
//   ({ name: { version: { deps: { name: range }, files: { name: text } } } }), each resolving to
//   this plugin's `inline` source of the version's `files`, pinned by the digest of their layer;
// - source `inline`: the files of its `files` attribute ({ name: text }), fetched into one tar
//   layer (so any rule can stage it) and unpacked into the environment it is given;
// - farm `tagged`: drives the host farm named by its `base` attribute through host handles,
//   setting its `env` attributes in every environment and logging each command it runs.
import { Error as PluginError, Id, Node } from 'edo:plugin/common@1.0.0';
import { Artifact, ArtifactConfig } from 'edo:plugin/storage@1.0.0';
import { attrs, definePlugin, fail, forward, logLine } from '../../sdk-js/index.js';
import { tarOf } from './tar.js';

const NAME = 'js-text';
const encoder = new TextEncoder();

class Reverse {
  constructor(addr, config) {
    this.addr = addr;
    this.text = String(config.text ?? '');
    this.command = config.command === undefined ? undefined : String(config.command);
    this.farm = String(config.environment ?? 'local');
  }
  environment() {
    return this.farm;
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

/** The layer of an `inline` source's files: a tar, so any rule can stage it. */
function inlineLayer(storage, json) {
  const writer = storage.startLayer();
  writer.write(tarOf(JSON.parse(json).map(([name, text]) => [name, encoder.encode(text)])));
  return storage.finishLayer('application/vnd.oci.image.layer.v1.tar', undefined, writer);
}

class Table {
  /** `plugin`: the name this plugin was declared under, which its `inline` source is registered by. */
  constructor(packages, plugin, storage) {
    this.packages = packages;
    this.sourceKind = `${plugin}:inline`;
    this.storage = storage;
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
    const files = this.versions(name)[version].files ?? {};
    // The pin is the digest of the layer the source will fetch (the host hashes what is written).
    const digest = inlineLayer(this.storage, inlineJson(files)).digest();
    return Node.fromJson(
      JSON.stringify({ kind: this.sourceKind, files, url: `table:${name}@${version}`, digest }),
    );
  }
  getDependencies(name, version) {
    const deps = this.versions(name)[version]?.deps;
    return deps ? Object.entries(deps) : undefined;
  }
}

/** The canonical form of an `inline` source's files: what its layer holds and its id names. */
function inlineJson(files) {
  return JSON.stringify(
    Object.keys(files)
      .sort()
      .map((name) => [name, String(files[name])]),
  );
}

class Inline {
  /** `digest`: the pin a vendor resolved this source with, checked when it is fetched. */
  constructor(addr, files, digest) {
    this.addr = addr;
    this.files = files;
    this.json = inlineJson(files);
    this.digest = digest;
  }
  getUniqueId() {
    return new Id(this.addr, `inline:${this.json}`, undefined, undefined, undefined);
  }
  fetch(log, storage) {
    const layer = inlineLayer(storage, this.json);
    if (this.digest !== undefined && layer.digest() !== this.digest) {
      fail(NAME, `${this.addr}: the files are ${layer.digest()}, but the pin is ${this.digest}`);
    }
    const artifact = new Artifact(new ArtifactConfig(this.getUniqueId(), ['inline'], undefined));
    artifact.addLayer(layer);
    storage.save(artifact);
    logLine(log, `inline: ${Object.keys(this.files).length} file(s)`);
    return artifact;
  }
  stage(_log, storage, env, path) {
    const [layer] = storage.open(this.getUniqueId()).layers();
    env.unpack(path, storage.read(layer));
  }
}

// The host's command, forwarded (componentize-js calls an exported class's own methods, so the
// forwarding methods are defined on the class by the SDK's `forward`, not by a proxy).
class TaggedCommand {
  constructor(host) {
    this.host = host;
  }
}
forward(TaggedCommand, 'host', [
  'set',
  'chdir',
  'pushd',
  'popd',
  'createNamedDir',
  'createDir',
  'removeDir',
  'removeFile',
  'mv',
  'copy',
  'run',
  'send',
]);

class TaggedEnvironment {
  constructor(host, tag) {
    this.host = host;
    this.tag = tag;
  }
  deferCmd(log, id) {
    return new TaggedCommand(this.host.deferCmd(log, id));
  }
  cmd(log, id, path, command) {
    logLine(log, `[${this.tag}] ${command}`);
    return this.host.cmd(log, id, path, command);
  }
  run(log, id, path, command) {
    logLine(log, `[${this.tag}] deferred command`);
    return this.host.run(log, id, path, command.host);
  }
}
forward(TaggedEnvironment, 'host', [
  'expand',
  'createDir',
  'setEnv',
  'getEnv',
  'setup',
  'up',
  'down',
  'clean',
  'write',
  'unpack',
  'read',
  'shell',
]);

/** The attributes of a `tagged` farm declaration (`plugin` is the engine's). */
const FARM_ATTRS = ['base', 'env', 'tag', 'plugin'];

class TaggedFarm {
  constructor(host, tag, env) {
    this.host = host;
    this.tag = tag;
    this.env = env;
  }
  setup(log, storage) {
    this.host.setup(log, storage);
  }
  create(log, path) {
    const environment = this.host.create(log, path);
    for (const [key, value] of Object.entries(this.env)) environment.setEnv(key, String(value));
    return new TaggedEnvironment(environment, this.tag);
  }
  identity() {
    // The host farm's identity plus what this farm adds: both change every cache key built here.
    return [...this.host.identity(), ['tagged.env', JSON.stringify(this.env)]];
  }
}

export const { abi, backend, source, vendor, environment, transform } = definePlugin(NAME, {
  abi: {
    createTransform(addr, node, _ctx) {
      return new Reverse(addr, attrs(node));
    },
    createVendor(_addr, node, ctx) {
      const config = attrs(node);
      return new Table(config.packages ?? {}, String(config.plugin ?? NAME), ctx.storage());
    },
    createSource(addr, node, _ctx) {
      const config = attrs(node);
      return new Inline(
        addr,
        config.files ?? {},
        config.digest === undefined ? undefined : String(config.digest),
      );
    },
    createFarm(addr, node, ctx) {
      const config = attrs(node);
      // What a container needs (image, network, mounts, packages) is the host farm's business: a
      // plugin reaches Docker only through host farms, so it refuses rather than ignores them.
      const unknown = Object.keys(config).filter((key) => !FARM_ATTRS.includes(key));
      if (unknown.length > 0) {
        fail(
          NAME,
          `${addr}: unknown attribute(s) ${unknown.join(', ')}: this farm takes ${FARM_ATTRS.slice(0, 3).join(', ')}; declare the rest on the host farm named by base`,
        );
      }
      const host = ctx.getFarm(String(config.base));
      if (!host) fail(NAME, `${addr}: no farm ${config.base}`);
      return new TaggedFarm(host, String(config.tag ?? node.getName() ?? 'tagged'), config.env ?? {});
    },
  },
  environment: { Command: TaggedCommand, Environment: TaggedEnvironment, Farm: TaggedFarm },
  source: { Source: Inline },
  transform: { Transform: Reverse },
  vendor: { Vendor: Table },
});
