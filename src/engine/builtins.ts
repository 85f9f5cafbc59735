import { join } from 'node:path';
import { parseDockerFarm } from '../environment/docker/config.js';
import { LocalFarm } from '../environment/local/farm.js';
import { FileDigestCache } from '../source/digest-cache.js';
import { LocalSource } from '../source/local.js';
import { UrlSource } from '../source/url.js';
import { GitSource } from '../source/git.js';
import { LocalStore } from '../storage/local-store.js';
import { ComposeTransform } from '../transform/compose.js';
import { ImportArtifactTransform } from '../transform/import-artifact.js';
import { ScriptTransform } from '../transform/script.js';
import { declarationAttributes } from '../model/declaration-attributes.js';
import type { DeclarationNode } from '../model/node.js';
import type { ComponentRegistry } from './components.js';
import type { RuleRegistry, RuleSchema } from './rules.js';
import { registerVendorBuiltins } from '../vendor/builtins.js';
import type { LockFile } from '../vendor/lock.js';
import type { WorkspaceModel } from './model.js';
import type { WorkspacePaths } from './workspace.js';

/** The built-in rules: their names and attributes are a contract (docs/rules.md documents each). */
export const BUILTIN_RULES: readonly RuleSchema[] = [
  {
    kind: 'local_source',
    component: 'source',
    doc: 'Files of the workspace; paths are kept relative to their package.',
    attrs: {
      srcs: { type: 'files', required: true, doc: 'file labels, patterns such as "//src:*.c", or glob(...)' },
    },
  },
  {
    kind: 'url_source',
    component: 'source',
    doc: 'An http(s) download, verified against its sha256, cached by digest.',
    attrs: {
      url: { type: 'string', required: true, doc: 'http:// or https:// URL' },
      sha256: { type: 'string', required: true, doc: 'expected sha256 of the downloaded bytes (hex)' },
      filename: { type: 'string', doc: 'name of the file in the artifact (default: the last URL segment)' },
    },
  },
  {
    kind: 'git_source',
    component: 'source',
    doc: "A git repository's tree at one commit, without .git.",
    attrs: {
      url: { type: 'string', required: true, doc: 'anything `git fetch` accepts' },
      commit: { type: 'string', doc: 'full commit hash' },
      ref: { type: 'string', doc: 'branch or tag, resolved once and recorded in edo.lock.json' },
    },
  },
  {
    kind: 'script',
    component: 'transform',
    doc: 'Runs commands with sh -eu semantics; what they write to $OUT is the artifact.',
    attrs: {
      deps: {
        type: 'label_list',
        default: [],
        doc: 'targets staged in the working directory as <dep name>/',
      },
      commands: { type: 'string_list', default: [], doc: 'shell commands, run in order in one shell' },
      environment: {
        type: 'string',
        farm: true,
        doc: 'name of an environment_farm (default: the config default)',
      },
      env: { type: 'string_dict', default: {}, doc: 'environment variables for the commands' },
    },
  },
  {
    kind: 'compose',
    component: 'transform',
    doc: 'Merges artifacts into one; a path provided twice is an error unless overrides = True.',
    attrs: {
      deps: { type: 'label_list', required: true, doc: 'targets to merge, in order' },
      overrides: { type: 'bool', default: false, doc: 'let later deps replace paths of earlier ones' },
    },
  },
  {
    kind: 'import_artifact',
    component: 'transform',
    doc: "A source's contents as an artifact, unchanged.",
    attrs: {
      source: { type: 'label', required: true, doc: 'a source target' },
    },
  },
];

/**
 * Registers every built-in component kind and rule: the single place where built-ins enter the
 * registries, exactly as a plugin's components do.
 */
export function registerBuiltins(
  components: ComponentRegistry,
  rules: RuleRegistry,
  paths: WorkspacePaths,
  lock: LockFile,
  workspace: () => WorkspaceModel,
): void {
  for (const rule of BUILTIN_RULES) rules.register(rule);
  const tempRoot = join(paths.state, 'tmp');
  const fileDigests = FileDigestCache.ofWorkspace(paths.state);

  // Each farm kind's configuration is checked whole when the workspace is read (names and shapes).
  components.farms.register(
    'local',
    async (_addr, node) => new LocalFarm(node),
    (node) => void new LocalFarm(node),
  );
  // Loaded on first use: the Docker client library costs more start-up time than the rest of edo.
  components.farms.register(
    'docker',
    async (addr, node, ctx) => {
      const { createDockerFarm } = await import('../environment/docker/index.js');
      return createDockerFarm(addr, node, ctx);
    },
    (node) => void parseDockerFarm(node, 1),
  );

  const localStorePath = (node: DeclarationNode): string | undefined =>
    declarationAttributes(node, 'storage_backend', ['path']).str('path');
  components.storage.register(
    'local',
    async (_addr, node) => {
      const path = localStorePath(node);
      return LocalStore.open(path === undefined ? paths.store : join(paths.root, path));
    },
    (node) => void localStorePath(node),
  );

  // A repository of an OCI distribution registry, as a build cache or a remote cache.
  const registryAddress = (node: DeclarationNode): string => {
    const { str, fail } = declarationAttributes(node, 'storage_backend', ['address']);
    return str('address') ?? fail('kind "registry" needs address = "host[:port]/repository"');
  };
  components.storage.register(
    'registry',
    async (_addr, node) => {
      const { RegistryBackend } = await import('../storage/registry.js');
      return RegistryBackend.fromAddress(registryAddress(node));
    },
    (node) => void registryAddress(node),
  );

  components.sources.register(
    'local_source',
    async (_addr, node) => new LocalSource(node, paths.root, tempRoot, fileDigests),
  );
  components.sources.register('url_source', async (_addr, node) => new UrlSource(node, tempRoot));
  components.sources.register('git_source', async (_addr, node) => new GitSource(node, lock, tempRoot));

  // Vendors, the sources they resolve to, and the vendor_source and image rules (docs/vendors.md).
  registerVendorBuiltins(components, rules, lock, {
    vendorSources: () =>
      [...workspace().targets.values()].filter((t) => t.node.kind === 'vendor_source').map((t) => t.node),
    vendorDeclaration: (name) => workspace().vendors.get(name),
  });

  components.transforms.register('script', async (_addr, node, ctx) => new ScriptTransform(node, ctx));
  components.transforms.register('compose', async (_addr, node) => new ComposeTransform(node));
  components.transforms.register('import_artifact', async (_addr, node) => new ImportArtifactTransform(node));
}
