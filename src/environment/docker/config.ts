import { posix } from 'node:path';
import type { DeclarationNode, NodeValue } from '../../model/node.js';
import { declarationAttributes, isDict } from '../../model/declaration-attributes.js';

/** One engine of a farm and how many environments it runs at once. */
export interface HostSpec {
  /** `unix://`, `tcp://`, `ssh://`; undefined = DOCKER_HOST or the default socket. */
  endpoint?: string;
  slots: number;
}

/** A host directory (bind mount), or a target whose artifact is mounted (a volume holding its files). */
export type MountSource = { host: string } | { label: string };

/** `environment_farm(kind = "docker", ...)`, validated. See docs/docker.md. */
export interface DockerFarmConfig {
  image: string;
  network: string;
  /** Network of the container that runs `setup`/`packages` (these usually download). */
  setupNetwork: string;
  /** Container path → what is mounted there, read-only. */
  mounts: Record<string, MountSource>;
  env: Record<string, string>;
  setup: string[];
  packages: string[];
  user?: string;
  /**
   * How files move in and out: `auto` writes the container's filesystem directly when the engine
   * is on this machine and allows it, else uses the archive API; `archive` always uses the API.
   */
  staging: 'auto' | 'archive';
  /** The directory relative paths are resolved against inside the container. */
  workdir: string;
  cpus?: number;
  memoryBytes?: number;
  pids?: number;
  hosts: HostSpec[];
}

/** What a `docker` farm's declaration may set. */
const DOCKER_FARM_ATTRS = [
  'image',
  'network',
  'setup_network',
  'mounts',
  'env',
  'setup',
  'packages',
  'user',
  'workdir',
  'staging',
  'cpus',
  'memory',
  'pids',
  'hosts',
  'slots',
  // Attributes every environment_farm has, handled by the engine.
  'kind',
  'plugin',
  'name',
];

export function parseDockerFarm(node: DeclarationNode, defaultSlots: number): DockerFarmConfig {
  const { fail, given, str, strList, strDict, positive } = declarationAttributes(
    node,
    'environment_farm',
    DOCKER_FARM_ATTRS,
  );

  const image = str('image') ?? fail('"image" is required');
  const env = strDict('env');
  for (const key of Object.keys(env)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) fail(`env: invalid variable name "${key}"`);
  }
  const workdir = str('workdir') ?? '/edo';
  if (!posix.isAbsolute(workdir)) fail('"workdir" must be an absolute path');

  const mounts: Record<string, MountSource> = {};
  for (const [containerPath, source] of Object.entries(strDict('mounts'))) {
    if (!posix.isAbsolute(containerPath))
      fail(`mounts: "${containerPath}" must be an absolute container path`);
    if (source.startsWith(':'))
      fail(`mounts: "${source}": farms are workspace-wide, write the full label (//pkg:name)`);
    if (source.startsWith('//')) mounts[containerPath] = { label: source };
    else if (source.startsWith('/')) mounts[containerPath] = { host: source };
    else fail(`mounts: "${source}" is neither a target label nor an absolute host path`);
  }

  const memory = given('memory');
  let memoryBytes: number | undefined;
  if (memory !== undefined) {
    memoryBytes =
      parseBytes(memory) ?? fail('"memory" must be a size such as "512m" or "2g", or a number of bytes');
  }

  const slots = positive('slots') ?? defaultSlots;
  const hosts: HostSpec[] = [];
  const hostAttr = given('hosts');
  if (hostAttr !== undefined) {
    if (!Array.isArray(hostAttr) || hostAttr.length === 0) fail('"hosts" must be a non-empty list');
    for (const entry of hostAttr as NodeValue[]) {
      if (typeof entry === 'string') hosts.push({ endpoint: entry, slots });
      else if (isDict(entry) && typeof entry.host === 'string') {
        const hostSlots = entry.slots ?? slots;
        if (typeof hostSlots !== 'number' || !(hostSlots > 0))
          fail(`hosts: "slots" of ${entry.host} must be positive`);
        hosts.push({ endpoint: entry.host, slots: hostSlots as number });
      } else fail('"hosts" entries are endpoint strings or {"host": ..., "slots": N} dicts');
    }
  } else {
    hosts.push({ slots });
  }

  const staging = str('staging') ?? 'auto';
  if (staging !== 'auto' && staging !== 'archive') fail('"staging" must be "auto" or "archive"');
  const network = str('network') ?? 'none';
  return {
    image,
    network,
    setupNetwork: str('setup_network') ?? 'bridge',
    mounts,
    env,
    setup: strList('setup') ?? [],
    packages: strList('packages') ?? [],
    user: str('user'),
    workdir,
    staging: staging as 'auto' | 'archive',
    cpus: positive('cpus'),
    memoryBytes,
    pids: positive('pids'),
    hosts,
  };
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };

/** Docker's size syntax: `512m`, `2g`, `1.5g`, or plain bytes. */
export function parseBytes(value: NodeValue): number | undefined {
  if (typeof value === 'number' || typeof value === 'bigint') {
    const n = Number(value);
    return n > 0 ? Math.floor(n) : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*([bkmgt]?)i?b?$/i.exec(value.trim());
  if (!match) return undefined;
  const bytes = Math.floor(Number(match[1]) * UNITS[match[2].toLowerCase()]);
  return bytes > 0 ? bytes : undefined;
}
