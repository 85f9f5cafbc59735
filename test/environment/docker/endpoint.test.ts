import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBytes, parseDockerFarm } from '../../../src/environment/docker/config.js';
import { connectEngine } from '../../../src/environment/docker/endpoint.js';
import type { NodeValue } from '../../../src/model/node.js';
import { runCli } from '../../helpers/cli.js';
import { makeWorkspace, removeWorkspace } from '../../engine/helpers.js';

interface ModemView {
  socketPath?: string;
  protocol?: string;
  host?: string;
  port?: number;
  username?: string;
  ca?: Buffer;
}
const modemOf = (endpoint: string | undefined, env: NodeJS.ProcessEnv = {}): ModemView =>
  connectEngine(endpoint, env).modem as unknown as ModemView;

describe('connectEngine', () => {
  it('follows DOCKER_HOST, else the default socket', () => {
    expect(modemOf(undefined, {}).socketPath).toBe('/var/run/docker.sock');
    expect(modemOf(undefined, { DOCKER_HOST: 'unix:///run/user/1000/docker.sock' }).socketPath).toBe(
      '/run/user/1000/docker.sock',
    );
  });

  it('speaks plain http to tcp:// without DOCKER_TLS_VERIFY', () => {
    expect(modemOf('tcp://build-host:2375')).toMatchObject({
      protocol: 'http',
      host: 'build-host',
      port: 2375,
    });
  });

  it('uses TLS with the certificates of DOCKER_CERT_PATH when DOCKER_TLS_VERIFY is set', () => {
    const certs = mkdtempSync(join(tmpdir(), 'edo-certs-'));
    try {
      for (const name of ['ca', 'cert', 'key']) writeFileSync(join(certs, `${name}.pem`), `${name} pem`);
      const modem = modemOf('tcp://build-host', { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: certs });
      expect(modem).toMatchObject({ protocol: 'https', host: 'build-host', port: 2376 });
      expect(modem.ca?.toString()).toBe('ca pem');
    } finally {
      rmSync(certs, { recursive: true, force: true });
    }
  });

  it('connects over ssh://', () => {
    expect(modemOf('ssh://builder@farm-1:2222')).toMatchObject({
      protocol: 'ssh',
      host: 'farm-1',
      port: 2222,
      username: 'builder',
    });
  });

  it.each([
    ['unix:///nonexistent-edo-dir/docker.sock', '/nonexistent-edo-dir/docker.sock (ENOENT)'],
    ['tcp://127.0.0.1:9', '127.0.0.1:9 (ECONNREFUSED)'],
  ])('says where it looked for an engine that does not answer (%s)', async (endpoint, where) => {
    const root = makeWorkspace({
      'BUILD.edo':
        `environment_farm(name = "box", kind = "docker", image = "edo-test/busybox:1", hosts = ["${endpoint}"])\n` +
        'script(name = "a", environment = "box", commands = ["true"])\n',
    });
    try {
      const result = await runCli(['build'], root);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(
        `cannot reach the Docker engine at ${where}: is it running? DOCKER_HOST, or the farm's hosts, may name another`,
      );
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      removeWorkspace(root);
    }
  });

  it('rejects what it cannot reach', () => {
    expect(() => modemOf('npipe:////./pipe/docker_engine')).toThrow('unsupported Docker endpoint');
    expect(() => modemOf('not a url')).toThrow('invalid Docker endpoint');
  });
});

describe('environment_farm(kind = "docker") attributes', () => {
  const parse = (attrs: Record<string, NodeValue>) =>
    parseDockerFarm(
      {
        kind: 'docker',
        name: 'box',
        id: '//:box',
        attrs,
        position: { file: 'BUILD.edo', line: 3, col: 1 },
      },
      4,
    );

  it('has hermetic defaults', () => {
    expect(parse({ image: 'debian:12' })).toEqual({
      image: 'debian:12',
      network: 'none',
      setupNetwork: 'bridge',
      mounts: {},
      env: {},
      setup: [],
      packages: [],
      user: undefined,
      workdir: '/edo',
      staging: 'auto',
      cpus: undefined,
      memoryBytes: undefined,
      pids: undefined,
      hosts: [{ slots: 4 }],
    });
  });

  it("accepts seed section 9.3's example", () => {
    const config = parse({
      plugin: 'docker-env',
      image: 'ubuntu:20.04',
      network: 'none',
      mounts: { '/cache': '//local:cache' },
    });
    expect(config.mounts).toEqual({ '/cache': { label: '//local:cache' } });
    expect(parse({ image: 'x', mounts: { '/b': '/srv/b' } }).mounts).toEqual({ '/b': { host: '/srv/b' } });
    expect(() => parse({ image: 'x', mounts: { '/a': ':a' } })).toThrow('write the full label (//pkg:name)');
  });

  it('parses limits and hosts', () => {
    const config = parse({
      image: 'x',
      cpus: 1.5,
      memory: '1.5g',
      pids: 100n,
      slots: 2,
      hosts: ['unix:///a.sock', { host: 'ssh://b', slots: 8 }],
    });
    expect(config).toMatchObject({ cpus: 1.5, memoryBytes: 1.5 * 2 ** 30, pids: 100 });
    expect(config.hosts).toEqual([
      { endpoint: 'unix:///a.sock', slots: 2 },
      { endpoint: 'ssh://b', slots: 8 },
    ]);
    expect(parseBytes('512m')).toBe(512 * 2 ** 20);
    expect(parseBytes('64MiB')).toBe(64 * 2 ** 20);
    expect(parseBytes(4096)).toBe(4096);
    expect(parseBytes('lots')).toBeUndefined();
  });

  it('names the attribute and position of a mistake', () => {
    expect(() => parse({})).toThrow('"image" is required');
    expect(() => parse({ image: 'x', memory: 'lots' })).toThrow('"memory" must be a size');
    expect(() => parse({ image: 'x', mounts: { cache: '/c' } })).toThrow(
      'must be an absolute container path',
    );
    expect(() => parse({ image: 'x', env: { 'BAD-NAME': '1' } })).toThrow('invalid variable name "BAD-NAME"');
    try {
      parse({ image: 'x', netwrok: 'host' });
      throw new Error('no error');
    } catch (err) {
      expect((err as { format(): string }).format()).toBe(
        'BUILD.edo:3:1: error: environment_farm "box": unknown attribute "netwrok" for kind "docker" (did you mean network?)',
      );
    }
  });
});

describe("dockerode's rarely used dependencies", () => {
  const here = dirname(fileURLToPath(import.meta.url));
  // In a child: jest's own module registry does not share Node's module cache.
  const probe = `
    import { createRequire } from 'node:module';
    const { connectEngine } = await import(${JSON.stringify(join(here, '../../../src/environment/docker/endpoint.ts'))});
    const require = createRequire(import.meta.url);
    const loaded = () => Object.keys(require.cache).filter((p) => /[\\\\/](@grpc|ssh2|protobufjs|mkdirp-classic)[\\\\/]/.test(p)).length;
    const before = loaded();
    const modem = connectEngine('ssh://builder@127.0.0.1:1').modem;
    const fromDockerode = createRequire(require.resolve('dockerode'));
    const agent = fromDockerode('docker-modem/lib/ssh.js')(modem.sshOptions);
    const tarFs = fromDockerode('tar-fs');
    console.log(JSON.stringify({ before, after: loaded(), agent: typeof agent.createConnection, pack: typeof tarFs.pack }));
  `;

  it('are loaded only when first used', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', join(here, '../../helpers/ts-loader.mjs'), '--input-type=module', '-e', probe],
      { cwd: join(here, '../../..'), encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    const seen = JSON.parse(result.stdout) as { before: number; after: number; agent: string; pack: string };
    expect(seen.before).toBe(0);
    expect(seen.after).toBeGreaterThan(1);
    expect(seen.agent).toBe('function');
    expect(seen.pack).toBe('function');
  });
});
