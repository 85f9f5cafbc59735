import { PassThrough } from 'node:stream';
import { TEST_IMAGE, describeWithDocker, requireTestImage } from './helpers/docker.js';

await describeWithDocker('the Docker engine the suite runs against', (docker) => {
  it('runs the local test image with no network', async () => {
    await requireTestImage(docker);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const [result, container] = (await docker.run(
      TEST_IMAGE,
      ['sh', '-c', 'echo ok; ls /sys/class/net'],
      out,
      {
        HostConfig: { NetworkMode: 'none', AutoRemove: false },
        Labels: { 'edo.test': 'engine-smoke' },
      },
    )) as [{ StatusCode: number }, { remove: (o: object) => Promise<void> }];
    await container.remove({ force: true });
    const text = Buffer.concat(chunks).toString();
    expect(result.StatusCode).toBe(0);
    expect(text).toContain('ok');
    // Only loopback: network none really has no network.
    expect(text.trim().split(/\s+/).sort()).toEqual(['lo', 'ok']);
  });
});
