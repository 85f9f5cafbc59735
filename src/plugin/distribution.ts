import { readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import semver from 'semver';
import * as tar from 'tar-stream';
import type { Artifact } from '../model/artifact.js';
import { sha256Digest } from '../model/digest.js';
import { EdoError, UsageError, type SourcePosition } from '../model/errors.js';
import { formatLabel, parsingLabels, parseLabel } from '../model/label.js';
import type { Log } from '../model/log.js';
import type { DeclarationNode, NodeValue } from '../model/node.js';
import { GitSource } from '../source/git.js';
import { parseImageReference } from '../source/image.js';
import { UrlSource } from '../source/url.js';
import { statIfPresent } from '../storage/fs-util.js';
import { MediaType } from '../storage/oci.js';
import { parseRegistryAddress, RegistryClient } from '../storage/registry.js';
import type { StorageManager } from '../storage/types.js';
import type { LockFile } from '../vendor/lock.js';
import { DEFAULT_NPM_REGISTRY, NPM_PACKAGE_KIND } from '../vendor/kinds.js';
import { NpmPackageSource, NpmVendor } from '../vendor/npm.js';

/** OCI media types of a plugin pushed to a registry (docs/plugins.md, "Distribution"). */
export const PluginMediaType = {
  /** The manifest's `artifactType`. */
  artifact: 'application/vnd.edo.plugin.v1',
  /** The one layer: the component's bytes, unchanged (its digest is the plugin's digest). */
  wasm: 'application/vnd.edo.plugin.v1+wasm',
  /** The CNCF wasm OCI artifact layer type, accepted when reading plugins pushed by other tools. */
  genericWasm: 'application/wasm',
  /** OCI 1.1's empty config. */
  emptyConfig: 'application/vnd.oci.empty.v1+json',
} as const;

const EMPTY_CONFIG = Buffer.from('{}');

/**
 * One `source` alternative of a `plugin(...)` declaration:
 * - a workspace file label: `//vendor:x.wasm`, `:x.wasm`;
 * - `https://host/x.wasm` (sha256 from `#sha256=<hex>` or the declaration's `sha256`);
 * - `git+<url>#commit=<full hash>&path=<file in the tree>`;
 * - `npm:<package>@<semver range>#path=<file in the package>[&registry=<url>][&token_env=<VAR>]`;
 * - `oci://host[:port]/repository(:tag|@sha256:…)`: a plugin pushed as an OCI artifact.
 */
export type PluginSource =
  | { kind: 'file'; text: string; label: string; path: string }
  | { kind: 'url'; text: string; url: string; sha256?: string }
  | { kind: 'git'; text: string; url: string; commit: string; path: string }
  | {
      kind: 'npm';
      text: string;
      package: string;
      range: string;
      path: string;
      registry: string;
      tokenEnv?: string;
    }
  | { kind: 'oci'; text: string; ref: string };

const COMMIT = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/**
 * The members `a=1&b=2` after the last `#`, with the part before it. Values are taken as written
 * (no percent-decoding), so paths and URLs read back exactly as the declaration spells them.
 */
function splitFragment(text: string): [string, Map<string, string>] {
  const hash = text.lastIndexOf('#');
  if (hash < 0) return [text, new Map()];
  const members = text
    .slice(hash + 1)
    .split('&')
    .filter((member) => member !== '')
    .map((member): [string, string] => {
      const equals = member.indexOf('=');
      return equals < 0 ? [member, ''] : [member.slice(0, equals), member.slice(equals + 1)];
    });
  return [text.slice(0, hash), new Map(members)];
}

function requiredParam(params: Map<string, string>, name: string, text: string, example: string): string {
  const value = params.get(name);
  if (!value) throw new UsageError(`${text}: needs #${name}=… (${example})`);
  return value;
}

/** Parses one `source` alternative; `root` and `pkg` resolve workspace file labels. Throws UsageError. */
export function parsePluginSource(text: string, root: string, pkg: string): PluginSource {
  if (/^https?:\/\//.test(text)) {
    const [url, params] = splitFragment(text);
    const sha256 = params.get('sha256')?.replace(/^sha256:/, '');
    if (sha256 !== undefined && !/^[0-9a-f]{64}$/.test(sha256)) {
      throw new UsageError(`${text}: #sha256= must be 64 lowercase hex digits`);
    }
    return { kind: 'url', text, url, ...(sha256 !== undefined && { sha256 }) };
  }
  if (text.startsWith('git+')) {
    const [url, params] = splitFragment(text.slice('git+'.length));
    const example = 'git+file:///srv/repo.git#commit=<hash>&path=dist/x.wasm';
    const commit = requiredParam(params, 'commit', text, example);
    if (!COMMIT.test(commit)) throw new UsageError(`${text}: commit must be a full hexadecimal commit hash`);
    return { kind: 'git', text, url, commit, path: requiredParam(params, 'path', text, example) };
  }
  if (text.startsWith('npm:')) {
    const [spec, params] = splitFragment(text.slice('npm:'.length));
    // `@scope/name@range`: the version separator is an `@` after the first character.
    const at = spec.indexOf('@', 1);
    const name = at < 0 ? spec : spec.slice(0, at);
    const range = at < 0 ? '*' : spec.slice(at + 1);
    if (name === '' || semver.validRange(range) === null) {
      throw new UsageError(`${text}: expected npm:<package>@<semver range>#path=<file>`);
    }
    const tokenEnv = params.get('token_env');
    return {
      kind: 'npm',
      text,
      package: name,
      range,
      path: requiredParam(params, 'path', text, 'npm:@acme/edo-plugin-x@^1#path=dist/x.wasm'),
      registry: params.get('registry') ?? DEFAULT_NPM_REGISTRY,
      ...(tokenEnv && { tokenEnv }),
    };
  }
  if (text.startsWith('oci://')) {
    const ref = text.slice('oci://'.length);
    const parsed = parseImageReference(ref);
    if (parsed.tag === undefined && parsed.digest === undefined) {
      throw new UsageError(`${text}: needs a tag or a digest (oci://host/repo:1.0.0)`);
    }
    return { kind: 'oci', text, ref };
  }
  if (isFilePath(text)) throw new UsageError(filePathSourceMessage(text, root));
  const label = parsingLabels(() => parseLabel(text, pkg));
  return { kind: 'file', text, label: formatLabel(label), path: join(root, label.pkg, label.name) };
}

/** A file system path rather than a label (`/abs/x.wasm`, `./x.wasm`, `file:///x.wasm`). */
function isFilePath(text: string): boolean {
  return (
    (text.startsWith('/') && !text.startsWith('//')) || /^\.\.?\//.test(text) || text.startsWith('file:')
  );
}

/**
 * Why a path is refused as a plugin source, with the label to write instead: a file inside the
 * workspace as its label, one outside it copied in first (labels keep builds relative to the
 * workspace, and its pin in edo.lock.json means the same file on every machine).
 */
function filePathSourceMessage(text: string, root: string): string {
  const path = text.startsWith('file:') ? text.replace(/^file:(\/\/)?/, '') : text;
  const inside = isAbsolute(path) ? relative(root, path) : undefined;
  const suggestion =
    inside !== undefined && inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)
      ? `use its label, source = "//${dirname(inside) === '.' ? '' : dirname(inside)}:${basename(inside)}"`
      : `copy the .wasm into the workspace (e.g. vendor/${basename(path)}) and use source = "//vendor:${basename(path)}"`;
  return `plugin source "${text}" is a file path: a file source is a workspace label (//package:file); ${suggestion}`;
}

/** A remote alternative's bytes, and what pins them beyond the source text (npm version, manifest). */
export interface FetchedPlugin {
  bytes: Buffer;
  pin?: NodeValue;
}

/** What fetching a remote plugin source needs. */
export interface PluginFetchContext {
  /** The plugin's declared name and declaration, for errors and the source nodes' ids. */
  plugin: string;
  position: SourcePosition;
  storage: StorageManager;
  /** A directory on the store's file system for staging downloads. */
  tempRoot: string;
  lock: LockFile;
  log: Log;
  env: NodeJS.ProcessEnv;
  /** The digest the bytes must have, when known (the lock's pin or `sha256 = ...`). */
  wanted?: string;
  /** The lock's pin of this alternative, from a previous fetch. */
  pin?: NodeValue;
}

/** A workspace file alternative's bytes, or undefined when the file does not exist. */
export function readPluginFile(source: Extract<PluginSource, { kind: 'file' }>): Buffer | undefined {
  return statIfPresent(source.path)?.isFile() ? readFileSync(source.path) : undefined;
}

/** Where a missing workspace file would be, as messages say it. */
export function missingFileReason(source: Extract<PluginSource, { kind: 'file' }>): string {
  return `${source.label}: no such file ${relative(process.cwd(), source.path) || source.path}`;
}

/** Fetches a remote alternative through the source layer (url, git, npm and OCI sources). */
export async function fetchPluginSource(
  source: Exclude<PluginSource, { kind: 'file' }>,
  ctx: PluginFetchContext,
): Promise<FetchedPlugin> {
  const node = (kind: string, attrs: Record<string, NodeValue>): DeclarationNode => ({
    kind,
    name: ctx.plugin,
    id: `plugin ${ctx.plugin} (${source.text})`,
    attrs,
    position: ctx.position,
  });
  switch (source.kind) {
    case 'url': {
      const sha256 = source.sha256 ?? ctx.wanted?.replace(/^sha256:/, '');
      if (sha256 === undefined) {
        throw new UsageError(
          `${source.text}: a URL source needs a sha256 (plugin(sha256 = ...) or ${source.url}#sha256=<hex>)`,
        );
      }
      const filename = 'plugin.wasm';
      const urlSource = new UrlSource(
        node('url_source', { url: source.url, sha256, filename }),
        ctx.tempRoot,
      );
      return {
        bytes: await fileOfArtifact(ctx.storage, await urlSource.fetch(ctx.log, ctx.storage), filename),
      };
    }
    case 'git': {
      const gitNode = node('git_source', { url: source.url, commit: source.commit });
      const artifact = await new GitSource(gitNode, ctx.lock, ctx.tempRoot).fetch(ctx.log, ctx.storage);
      return { bytes: await fileOfArtifact(ctx.storage, artifact, source.path) };
    }
    case 'npm': {
      const pin = ctx.pin ?? (await resolveNpm(source, ctx));
      const artifact = await new NpmPackageSource(
        node(NPM_PACKAGE_KIND, pin as Record<string, NodeValue>),
        ctx.env,
      ).fetch(ctx.log, ctx.storage);
      return { bytes: await fileOfArtifact(ctx.storage, artifact, source.path), pin };
    }
    case 'oci':
      return fetchOciPlugin(source.ref, ctx);
  }
}

/** The newest published version in the range, resolved by the npm vendor to a pinned tarball. */
async function resolveNpm(source: Extract<PluginSource, { kind: 'npm' }>, ctx: PluginFetchContext) {
  const vendor = new NpmVendor(source.registry, `plugin ${ctx.plugin}`, source.tokenEnv, ctx.env);
  const versions = await vendor.getOptions(source.package);
  const version = semver.maxSatisfying(versions, source.range);
  if (version === null) {
    const published = versions.length > 0 ? `published: ${versions.join(', ')}` : 'no versions published';
    throw new EdoError(`${source.package}: no version satisfies ${source.range} (${published})`);
  }
  return vendor.resolve(source.package, version);
}

interface PluginManifestDocument {
  mediaType?: string;
  artifactType?: string;
  layers?: { mediaType: string; digest: string; size: number }[];
}

/** A plugin pushed as an OCI artifact: the manifest (pinned by digest once resolved), then its wasm layer. */
async function fetchOciPlugin(ref: string, ctx: PluginFetchContext): Promise<FetchedPlugin> {
  const parsed = parseImageReference(ref);
  const client = new RegistryClient(parseRegistryAddress(parsed.repository), ctx.env);
  const pinned = (ctx.pin as { digest?: string } | undefined)?.digest;
  const reference = pinned ?? parsed.digest ?? parsed.tag!;
  const manifest = await client.getManifest(reference);
  if (manifest === undefined) throw new EdoError(`${parsed.repository}:${reference} not found`);
  const document = JSON.parse(manifest.bytes.toString('utf8')) as PluginManifestDocument;
  const layer = document.layers?.find(
    (l) => l.mediaType === PluginMediaType.wasm || l.mediaType === PluginMediaType.genericWasm,
  );
  if (layer === undefined) {
    throw new EdoError(
      `${ref} (${manifest.digest}) is not a plugin: no ${PluginMediaType.wasm} layer (artifactType ${document.artifactType ?? 'none'})`,
    );
  }
  const bytes = await client.readSmallBlob(layer.digest);
  ctx.log.write(`fetched plugin ${ctx.plugin} from oci://${ref} (${manifest.digest})\n`);
  return { bytes, pin: { ref, digest: manifest.digest } };
}

/** The bytes of the file at `path` in the artifact (the last layer holding it wins). */
async function fileOfArtifact(storage: StorageManager, artifact: Artifact, path: string): Promise<Buffer> {
  const wanted = path.replace(/^\.?\//, '');
  for (const layer of [...artifact.layers].reverse()) {
    if (layer.mediaType !== MediaType.layerTar) continue;
    const found = await fileOfTar(await storage.read(layer), wanted);
    if (found !== undefined) return found;
  }
  throw new EdoError(`${wanted} is not in the fetched source`);
}

async function fileOfTar(stream: Readable, path: string): Promise<Buffer | undefined> {
  const extract = tar.extract();
  stream.on('error', (err) => extract.destroy(err));
  stream.pipe(extract);
  let found: Buffer | undefined;
  for await (const entry of extract) {
    if (entry.header.type === 'file' && entry.header.name.replace(/^\.\//, '') === path) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      found = Buffer.concat(chunks);
    } else {
      entry.resume();
    }
  }
  return found;
}

/**
 * Pushes a plugin component to a registry as an OCI artifact (`host[:port]/repo:tag`): an empty
 * config, one layer of PluginMediaType.wasm holding the bytes, the plugin's name and version as
 * annotations. Returns the manifest digest.
 */
export async function pushPlugin(
  bytes: Buffer,
  ref: string,
  manifest: { name: string; version: string },
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const parsed = parseImageReference(ref.replace(/^oci:\/\//, ''));
  if (parsed.daemon || parsed.tag === undefined || parsed.digest !== undefined) {
    throw new UsageError(`push to ${ref}: expected host[:port]/repository:tag`);
  }
  const client = new RegistryClient(parseRegistryAddress(parsed.repository), env);
  const wasmDigest = sha256Digest(bytes);
  const configDigest = sha256Digest(EMPTY_CONFIG);
  await client.putSmallBlob(EMPTY_CONFIG, configDigest);
  await client.putSmallBlob(bytes, wasmDigest);
  const document = {
    schemaVersion: 2,
    mediaType: MediaType.imageManifest,
    artifactType: PluginMediaType.artifact,
    config: { mediaType: PluginMediaType.emptyConfig, digest: configDigest, size: EMPTY_CONFIG.length },
    layers: [
      {
        mediaType: PluginMediaType.wasm,
        digest: wasmDigest,
        size: bytes.length,
        annotations: { 'org.opencontainers.image.title': `${manifest.name}.wasm` },
      },
    ],
    annotations: {
      'org.opencontainers.image.title': manifest.name,
      'org.opencontainers.image.version': manifest.version,
    },
  };
  const body = Buffer.from(JSON.stringify(document));
  await client.putManifest(parsed.tag, body, MediaType.imageManifest);
  return sha256Digest(body);
}
