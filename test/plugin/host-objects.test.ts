import { HostArtifactConfig, HostId } from '../../src/plugin/host-objects.js';

describe('host objects a guest fills in', () => {
  it('keeps guest-chosen requirement names as data, never as prototypes', () => {
    const config = new HostArtifactConfig(HostId.of({ name: '//x:y', digest: 'd' }), ['p'], undefined);
    config.addRequirement('__proto__', 'polluted', '1.0.0');
    config.addRequirement('lib', 'constructor', '2.0.0');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const model = config.toModel();
    expect(Object.keys(model.requires)).toEqual(['__proto__', 'lib']);
    expect(Object.getOwnPropertyDescriptor(model.requires, '__proto__')?.value).toEqual({
      polluted: '1.0.0',
    });
    expect(config.requires()).toEqual([
      ['__proto__', [['polluted', '1.0.0']]],
      ['lib', [['constructor', '2.0.0']]],
    ]);
    // The model is a copy: changing it leaves the host object as it was.
    model.requires.lib!.other = '3.0.0';
    expect(config.toModel().requires.lib).toEqual({ constructor: '2.0.0' });
  });
});
