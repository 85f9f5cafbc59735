import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type Docker from 'dockerode';
import type { ComponentContext } from '../../engine/components.js';
import type { Id } from '../../model/id.js';
import { EdoError, UsageError } from '../../model/errors.js';
import type { Log } from '../../model/log.js';
import type { StorageManager } from '../../storage/types.js';
import { shellQuote } from '../script-command.js';
import type { Environment, Farm } from '../types.js';
import { ensureArtifactVolume } from './artifact-volume.js';
import type { DockerFarmConfig } from './config.js';
import { connectEngine } from './endpoint.js';
import { DockerEnvironment } from './environment.js';
import { labelsOf } from './labels.js';
import { EnginePool, type Engine } from './pool.js';
import { engineMessage, logWriter } from './streams.js';

/** Repository of the images made by running a farm's `setup`/`packages`; the tag is their digest. */
export const SETUP_IMAGE_REPO = 'edo/setup';

export interface DockerFarmOptions {
  /** The farm's address (its name), for messages and the setup container's label. */
  name: string;
  workspace: string;
  build: string;
  /** Connects to an endpoint; tests and the engine may share clients. */
  connect?: (endpoint: string | undefined) => Docker;
  /** Finds the targets whose artifacts `mounts` names. */
  context?: ComponentContext;
}

/**
 * The `docker` farm: environments are containers of one image on one or more engines.
 * `setup` resolves the image to its content identity on every engine and builds the derived
 * setup image where needed; `create` places each environment on the engine with the most free slots.
 */
export class DockerFarm implements Farm {
  private pool?: EnginePool;
  private baseIdentity?: string;
  private mounts: Docker.MountSettings[] = [];
  /** Container path → what is mounted there, by content, for the identity. */
  private mountIdentity: Record<string, unknown> = {};
  private readonly artifactMounts: Array<{ target: string; label: string; id: Id }> = [];
  private volumesReady?: Promise<void>;
  private storage?: StorageManager;
  /** The derived image's tag when the farm has `setup`/`packages`, after setup. */
  setupImage?: string;

  constructor(
    readonly config: DockerFarmConfig,
    private readonly options: DockerFarmOptions,
  ) {}

  async setup(log: Log, storage: StorageManager, signal?: AbortSignal): Promise<void> {
    if (this.pool) return;
    const connect = this.options.connect ?? connectEngine;
    const engines: Engine[] = this.config.hosts.map((host) => ({
      docker: connect(host.endpoint),
      name: host.endpoint ?? 'default',
      slots: host.slots,
      used: 0,
    }));
    const identities = await Promise.all(engines.map((engine) => this.resolveImage(log, engine)));
    const differing = identities.find((identity) => identity !== identities[0]);
    if (differing) {
      throw new EdoError(
        `environment_farm "${this.options.name}": image ${this.config.image} differs between engines ` +
          `(${engines.map((e, i) => `${e.name}: ${identities[i]}`).join(', ')})`,
      );
    }
    this.baseIdentity = identities[0];
    if (this.config.setup.length > 0 || this.config.packages.length > 0) {
      const tag = `${SETUP_IMAGE_REPO}:${this.setupKey()}`;
      await Promise.all(engines.map((engine) => this.buildSetupImage(log, engine, tag, signal)));
      this.setupImage = tag;
    }
    for (const [target, source] of Object.entries(this.config.mounts)) {
      if ('host' in source) {
        this.mounts.push({ Type: 'bind', Source: source.host, Target: target, ReadOnly: true });
        this.mountIdentity[target] = source;
      } else {
        // The identity needs only the target's cache key; its files are needed once an environment starts.
        const id = await this.mountedId(source.label);
        this.artifactMounts.push({ target, label: source.label, id });
        this.mountIdentity[target] = { label: source.label, digest: id.digest };
      }
    }
    this.storage = storage;
    this.pool = new EnginePool(engines);
  }

  async create(_log: Log, path: string, signal?: AbortSignal): Promise<Environment> {
    if (!this.pool || !this.storage)
      throw new EdoError(`environment_farm "${this.options.name}": create before setup`);
    this.volumesReady ??= this.fillArtifactVolumes(this.pool.engines, this.storage);
    await this.volumesReady;
    return new DockerEnvironment({
      lease: this.pool.acquire(),
      config: this.config,
      labels: { workspace: this.options.workspace, build: this.options.build, target: path },
      mounts: this.mounts,
      signal,
    });
  }

  async identity(): Promise<Record<string, unknown>> {
    if (!this.baseIdentity)
      throw new EdoError(`environment_farm "${this.options.name}": identity before setup`);
    // The image by content only: retagging it to the same content changes no cache key.
    const { network, setup, packages, env, user, workdir } = this.config;
    return {
      kind: 'docker',
      imageDigest: this.baseIdentity,
      setup,
      packages,
      env,
      user: user ?? null,
      network,
      workdir,
      mounts: this.mountIdentity,
    };
  }

  /** The engines of this farm, after setup (for tests and `edo clean`). */
  engines(): readonly Engine[] {
    return this.pool?.engines ?? [];
  }

  /** The cache key of a mounted target. */
  private async mountedId(label: string): Promise<Id> {
    const ctx = this.options.context;
    const transform = ctx?.getTransform(label);
    if (!ctx || !transform)
      throw new UsageError(`environment_farm "${this.options.name}": mounts: no target ${label}`);
    return transform.getUniqueId(ctx.getHandle());
  }

  /** Puts each mounted target's artifact in a volume on every engine; it must be built by now. */
  private async fillArtifactVolumes(engines: readonly Engine[], storage: StorageManager): Promise<void> {
    for (const { target, label, id } of this.artifactMounts) {
      if (!(await storage.has(id))) {
        throw new EdoError(
          `environment_farm "${this.options.name}": mounts: ${label} is not built; build it first (edo build ${label})`,
        );
      }
      const artifact = await storage.open(id);
      const labels = {
        workspace: this.options.workspace,
        build: this.options.build,
        target: `mount:${label}`,
      };
      const [volume] = await Promise.all(
        engines.map((engine) => ensureArtifactVolume(engine, storage, artifact, labels)),
      );
      this.mounts.push({ Type: 'volume', Source: volume, Target: target, ReadOnly: true });
    }
  }

  /** The repo digest where the image has one, else its image ID (`docker import`ed images). */
  private async resolveImage(log: Log, engine: Engine): Promise<string> {
    const { image } = this.config;
    let info: Docker.ImageInspectInfo;
    try {
      info = await engine.docker.getImage(image).inspect();
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode !== 404)
        throw engineError(engine, `inspecting ${image}`, err);
      log.write(`edo: pulling ${image} on ${engine.name}\n`);
      try {
        const progress = await engine.docker.pull(image);
        await new Promise<void>((resolve, reject) =>
          engine.docker.modem.followProgress(progress, (error) => (error ? reject(error) : resolve())),
        );
        info = await engine.docker.getImage(image).inspect();
      } catch (pullErr) {
        throw engineError(engine, `image ${image} is not on the engine and pulling it failed`, pullErr);
      }
    }
    engine.image = info.Id;
    const repoDigest = info.RepoDigests?.[0];
    return repoDigest ? repoDigest.slice(repoDigest.indexOf('@') + 1) : info.Id;
  }

  /** The digest of everything that goes into the setup image: reused whenever it matches. */
  private setupKey(): string {
    const { setup, packages, env } = this.config;
    const inputs = JSON.stringify({ base: this.baseIdentity, setup, packages, env });
    return createHash('sha256').update(inputs).digest('hex').slice(0, 32);
  }

  /** Runs `packages` then `setup` in a container of the base image and commits it as `tag`. */
  private async buildSetupImage(log: Log, engine: Engine, tag: string, signal?: AbortSignal): Promise<void> {
    const existing = await engine.docker
      .getImage(tag)
      .inspect()
      .catch(() => undefined);
    if (existing) {
      engine.image = existing.Id;
      return;
    }
    log.write(`edo: building ${tag} (farm setup) on ${engine.name}\n`);
    const script = ['set -eu', ...packageCommands(this.config.packages), ...this.config.setup].join('\n');
    const container = await engine.docker.createContainer({
      Image: engine.image,
      Entrypoint: ['/bin/sh', '-euc', script],
      Cmd: [],
      Env: Object.entries(this.config.env).map(([key, value]) => `${key}=${value}`),
      Labels: labelsOf({
        workspace: this.options.workspace,
        build: this.options.build,
        target: `setup:${this.options.name}`,
      }),
      HostConfig: { NetworkMode: this.config.setupNetwork },
    });
    // Cancelled: the setup stops waiting at once and the container goes (nothing is committed).
    let onAbort = (): void => undefined;
    const cancelled = new Promise<never>((_, reject) => {
      onAbort = () => reject(new EdoError(`environment_farm "${this.options.name}": setup cancelled`));
      if (signal?.aborted) onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    cancelled.catch(() => undefined);
    let output: Readable | undefined;
    try {
      output = (await Promise.race([
        container.attach({ stream: true, stdout: true, stderr: true }),
        cancelled,
      ])) as unknown as Readable;
      const toLog = logWriter(log);
      engine.docker.modem.demuxStream(output, toLog, toLog);
      await Promise.race([container.start(), cancelled]);
      const { StatusCode } = (await Promise.race([container.wait(), cancelled])) as { StatusCode: number };
      await Promise.race([finished(output).catch(() => undefined), cancelled]);
      if (StatusCode !== 0) {
        throw new EdoError(
          `environment_farm "${this.options.name}": setup exited with code ${StatusCode} on ${engine.name}`,
        );
      }
      const [repo, version] = [tag.slice(0, tag.lastIndexOf(':')), tag.slice(tag.lastIndexOf(':') + 1)];
      const committed = (await container.commit({ repo, tag: version })) as { Id: string };
      engine.image = committed.Id;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      output?.destroy();
      await container.remove({ force: true }).catch(() => undefined);
    }
  }
}

/** `packages` through whichever package manager the image has. */
function packageCommands(packages: readonly string[]): string[] {
  if (packages.length === 0) return [];
  const list = packages.map(shellQuote).join(' ');
  return [
    'if command -v apk >/dev/null 2>&1; then',
    `  apk add --no-cache ${list}`,
    'elif command -v apt-get >/dev/null 2>&1; then',
    '  apt-get update',
    `  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${list}`,
    '  rm -rf /var/lib/apt/lists/*',
    'elif command -v dnf >/dev/null 2>&1; then',
    `  dnf install -y ${list}`,
    'elif command -v yum >/dev/null 2>&1; then',
    `  yum install -y ${list}`,
    'else',
    '  echo "edo: packages needs apk, apt-get, dnf or yum in the image" >&2',
    '  exit 1',
    'fi',
  ];
}

function engineError(engine: Engine, doing: string, err: unknown): EdoError {
  const message = engineMessage(err);
  return new EdoError(`docker (${engine.name}): ${doing}: ${message}`, {}, undefined, err);
}
