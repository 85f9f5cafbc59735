import { embedManifest, type PluginManifest } from '../../src/plugin/manifest.js';
import { buildFixture, type FixtureOptions } from './build-fixture.mjs';

export const TEST_MANIFEST: PluginManifest = {
  name: 'test-plugin',
  version: '0.1.0',
  interface: 'edo:plugin@1.0.0',
  provides: {
    transform: ['upper', 'probe', 'composer'],
    storage: ['memory'],
    farm: ['echo-farm'],
    source: ['inline'],
    vendor: ['catalog'],
  },
  rules: {
    shout: {
      transform: 'upper',
      doc: 'Upper-cases text.',
      attrs: { text: { type: 'string', required: true } },
    },
  },
  capabilities: ['fs:read:/etc', 'env:EDO_PLUGIN_TEST_SECRET', 'net:127.0.0.1:*'],
};

/** The test plugin with a manifest (by default TEST_MANIFEST, changed by `overrides`). */
export async function testPlugin(overrides: Partial<PluginManifest> = {}, options: FixtureOptions = {}) {
  return embedManifest(await buildFixture('test-plugin.js', options), { ...TEST_MANIFEST, ...overrides });
}
