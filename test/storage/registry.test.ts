import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { idToString } from '../../src/model/id-format.js';
import type { Id } from '../../src/model/id.js';
import { LocalStore } from '../../src/storage/local-store.js';
import { CacheManager, transferArtifact } from '../../src/storage/manager.js';
import { Annotation, MediaType } from '../../src/storage/oci.js';
import { writeDirectoryLayer } from '../../src/storage/pack.js';
import { parseRegistryAddress, RegistryBackend } from '../../src/storage/registry.js';
import { artifactOf, readAll, testId, useTempDirs } from './helpers.js';
import { startRegistry, type RunningRegistry } from './registry-server.js';

const run = promisify(execFile);
const tempDir = useTempDirs();
let registry: RunningRegistry;

beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(() => registry.stop());

/** A local store with one artifact of two layers: a small tree and 3 MiB of random bytes. */
async function storeWithArtifact(name: string) {
  const base = await tempDir('registry');
  const store = await LocalStore.open(join(base, 'store'));
  const tree = join(base, 'tree');
  await mkdir(join(tree, 'sub'), { recursive: true });
  await writeFile(join(tree, 'sub/file.txt'), `content of ${name}`);
  const big = randomBytes(3 << 20);
  const writer = await store.startLayer();
  await pipeline(Readable.from([big.subarray(0, 1 << 20), big.subarray(1 << 20)]), writer);
  const layers = [
    await writeDirectoryLayer(store, tree),
    await store.finishLayer(MediaType.layerTar, 'linux/amd64', writer),
  ];
  const id: Id = { name, version: '1.0.0', digest: layers[0]!.digest };
  const artifact = artifactOf(id, layers, { pushed: true });
  const [manifest] = await store.saveAll([artifact]);
  return { base, store, id, artifact, manifestDigest: manifest.digest, big };
}

describe('RegistryBackend against a real docker-registry', () => {
  test('push, delete locally, pull back: same manifest and layer digests', async () => {
    const { store, id, artifact, manifestDigest, big } = await storeWithArtifact('roundtrip');
    const remote = RegistryBackend.fromAddress(`${registry.host}/edo/cache`);
    await transferArtifact(store, remote, id);
    expect(await remote.has(id)).toBe(true);
    for (const layer of artifact.layers) expect(await remote.hasBlob(layer.digest)).toBe(true);

    await store.del(id);
    await store.gc({ graceMs: 0 });
    expect(await store.has(id)).toBe(false);
    for (const layer of artifact.layers) expect(await store.hasBlob(layer.digest)).toBe(false);

    expect(await transferArtifact(remote, store, id)).toEqual(artifact);
    expect(store.manifestOf(id)!.digest).toBe(manifestDigest);
    expect(await store.open(id)).toEqual(artifact);
    expect((await readAll(await store.read(artifact.layers[1]!))).equals(big)).toBe(true);
    expect((await store.verify()).problems).toEqual([]);
  });

  test('the registry holds the same manifest bytes as the local store', async () => {
    const { store, id, manifestDigest } = await storeWithArtifact('same-bytes');
    const remote = RegistryBackend.fromAddress(`${registry.host}/edo/same`);
    await transferArtifact(store, remote, id);
    const found = await remote.client.getManifest(RegistryBackend.tagFor(id));
    expect(found!.digest).toBe(manifestDigest);
    expect(found!.bytes.equals(await store.readBlob(manifestDigest))).toBe(true);
  });

  test('backend operations: ls, copy, del, prune, streaming layers straight into the registry', async () => {
    const remote = RegistryBackend.fromAddress(`http://${registry.host}/edo/ops`);
    const writer = await remote.startLayer();
    const bytes = randomBytes(2 << 20);
    await pipeline(Readable.from([bytes.subarray(0, 100), bytes.subarray(100)]), writer);
    const layer = await remote.finishLayer(MediaType.layerTar, undefined, writer);
    expect(layer.size).toBe(bytes.length);
    expect((await readAll(await remote.read(layer))).equals(bytes)).toBe(true);

    const first = testId('tool', { version: '1' });
    const second = testId('tool', { version: '2' });
    await remote.save(artifactOf(first, [layer]));
    await remote.copy(first, second);
    expect((await remote.open(second)).config.id).toEqual(second);
    expect((await remote.ls()).map(idToString).sort()).toEqual([first, second].map(idToString).sort());
    await remote.prune(second);
    expect((await remote.ls()).map(idToString)).toEqual([idToString(second)]);
    await remote.del(second);
    expect(await remote.has(second)).toBe(false);
    await expect(remote.open(second)).rejects.toThrow(`artifact ${idToString(second)} is not in registry`);
  });

  test('a blob damaged inside the registry fails the pull naming its digest', async () => {
    const { store, id, artifact } = await storeWithArtifact('damaged');
    const remote = RegistryBackend.fromAddress(`${registry.host}/edo/damaged`);
    await transferArtifact(store, remote, id);
    const big = artifact.layers[1]!;
    const hex = big.digest.slice('sha256:'.length);
    const data = join(registry.dataDir, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data');
    const bytes = await readFile(data);
    bytes[1000] ^= 0xff;
    await writeFile(data, bytes);
    const empty = await LocalStore.open(join(await tempDir('pull'), 'store'));
    await expect(transferArtifact(remote, empty, id)).rejects.toThrow(big.digest);
    expect(await empty.has(id)).toBe(false);
    expect(await empty.hasBlob(big.digest)).toBe(false);
    expect(await readdir(empty.ingestDir)).toEqual([]);
  });

  test('saving an artifact whose layers are not pushed fails naming the layer', async () => {
    const { artifact } = await storeWithArtifact('unpushed');
    const remote = RegistryBackend.fromAddress(`${registry.host}/edo/unpushed`);
    await expect(remote.save(artifact)).rejects.toThrow(artifact.layers[0]!.digest);
  });

  test('CacheManager: write-back pushes saves, read-through fetches into an empty build cache', async () => {
    const { store, artifact } = await storeWithArtifact('managed');
    const address = `${registry.host}/edo/managed`;
    const writer = new CacheManager({
      buildCache: await LocalStore.open(join(await tempDir('cache'), 'store')),
      remoteCaches: [{ name: 'team', backend: RegistryBackend.fromAddress(address) }],
      writeBack: true,
    });
    // The layers are in `store`; put them in the writer's build cache through the manager's API.
    for (const layer of artifact.layers) {
      const w = await writer.startLayer();
      await pipeline(await store.read(layer), w);
      await writer.finishLayer(layer.mediaType, layer.platform, w);
    }
    await writer.save(artifact);
    const id = artifact.config.id;

    const emptyCache = await LocalStore.open(join(await tempDir('cache'), 'store'));
    const warnings: string[] = [];
    const reader = new CacheManager({
      buildCache: emptyCache,
      remoteCaches: [
        { name: 'gone', backend: RegistryBackend.fromAddress('127.0.0.1:1/nothing/here') },
        { name: 'team', backend: RegistryBackend.fromAddress(address) },
      ],
      writeBack: false,
      warn: (message) => warnings.push(message),
    });
    expect(await emptyCache.has(id)).toBe(false);
    expect(await reader.has(id)).toBe(true);
    expect(await reader.open(id)).toEqual(artifact);
    expect(await emptyCache.has(id)).toBe(true);
    expect((await readAll(await reader.read(artifact.layers[0]!))).length).toBe(artifact.layers[0]!.size);
    await expect(reader.open(testId('absent'))).rejects.toThrow('not in the build cache or any remote cache');
    // The cache that cannot be reached is named, once, and not asked again.
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^remote cache gone: registry 127\.0\.0\.1:1 unreachable: .+; not used for the rest of this command$/,
    );
  });

  test('skopeo copies an artifact from the store into the registry', async () => {
    const { store, id, manifestDigest } = await storeWithArtifact('skopeo');
    const ref = store.manifestOf(id)!.annotations![Annotation.refName]!;
    const target = `docker://${registry.host}/edo/skopeo:copied`;
    await run('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', `oci:${store.root}:${ref}`, target]);
    const { stdout } = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', target]);
    expect(stdout).toBe((await store.readBlob(manifestDigest)).toString());
  });
});

describe('registry authentication', () => {
  let secured: RunningRegistry;
  beforeAll(async () => {
    secured = await startRegistry({ username: 'edo', password: 's3cret' });
  });
  afterAll(() => secured.stop());

  test('basic auth with credentials from the environment, and a clear error without them', async () => {
    const { store, id } = await storeWithArtifact('authed');
    const env = {
      EDO_REGISTRY_USERNAME: 'edo',
      EDO_REGISTRY_PASSWORD: 's3cret',
      DOCKER_CONFIG: '/nonexistent',
    };
    const remote = RegistryBackend.fromAddress(`${secured.host}/edo/authed`, env);
    await transferArtifact(store, remote, id);
    expect(await remote.has(id)).toBe(true);

    const anonymous = RegistryBackend.fromAddress(`${secured.host}/edo/authed`, {
      DOCKER_CONFIG: '/nonexistent',
    });
    await expect(anonymous.has(id)).rejects.toThrow('needs credentials');
  });

  test('credentials from a Docker config.json', async () => {
    const dockerConfig = await tempDir('docker-config');
    const auth = Buffer.from('edo:s3cret').toString('base64');
    await writeFile(
      join(dockerConfig, 'config.json'),
      JSON.stringify({ auths: { [secured.host]: { auth } } }),
    );
    const remote = RegistryBackend.fromAddress(`${secured.host}/edo/config`, { DOCKER_CONFIG: dockerConfig });
    expect(await remote.has(testId('nothing'))).toBe(false);
  });
});

test('registry addresses', () => {
  expect(parseRegistryAddress('127.0.0.1:5000/edo/cache')).toEqual({
    origin: 'http://127.0.0.1:5000',
    host: '127.0.0.1:5000',
    repository: 'edo/cache',
  });
  expect(parseRegistryAddress('ghcr.io/org/cache').origin).toBe('https://ghcr.io');
  expect(parseRegistryAddress('http://registry.local:8080/a/').repository).toBe('a');
  expect(() => parseRegistryAddress('ghcr.io')).toThrow('host[:port]/repository');
  expect(() => parseRegistryAddress('ghcr.io/Upper')).toThrow('invalid registry repository');
});
