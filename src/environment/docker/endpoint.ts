import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
// Before dockerode itself: see the module.
import './lazy-dependencies.js';
import Docker from 'dockerode';
import { UsageError } from '../../model/errors.js';

/**
 * Connects to a Docker-compatible engine the way the docker CLI does: `unix:///path`,
 * `tcp://host:port` (TLS when DOCKER_TLS_VERIFY is set, certificates from DOCKER_CERT_PATH or
 * ~/.docker), `ssh://user@host[:port]`, or, without an endpoint, `DOCKER_HOST` / the default socket.
 */
export function connectEngine(endpoint?: string, env: NodeJS.ProcessEnv = process.env): Docker {
  const target = endpoint ?? env.DOCKER_HOST;
  if (!target) return new Docker({ socketPath: '/var/run/docker.sock' });
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new UsageError(`invalid Docker endpoint "${target}" (expected unix://, tcp:// or ssh://)`);
  }
  switch (url.protocol) {
    case 'unix:':
      return new Docker({ socketPath: url.pathname });
    case 'tcp:':
    case 'http:':
    case 'https:': {
      const port = url.port ? Number(url.port) : undefined;
      const tlsVerify = env.DOCKER_TLS_VERIFY !== undefined && env.DOCKER_TLS_VERIFY !== '';
      if (!tlsVerify && url.protocol !== 'https:') {
        return new Docker({ protocol: 'http', host: url.hostname, port: port ?? 2375 });
      }
      const certs = env.DOCKER_CERT_PATH ?? join(homedir(), '.docker');
      return new Docker({
        protocol: 'https',
        host: url.hostname,
        port: port ?? 2376,
        ca: readFileSync(join(certs, 'ca.pem')),
        cert: readFileSync(join(certs, 'cert.pem')),
        key: readFileSync(join(certs, 'key.pem')),
      });
    }
    case 'ssh:':
      return new Docker({
        protocol: 'ssh',
        host: url.hostname,
        port: url.port ? Number(url.port) : 22,
        username: url.username || undefined,
        sshOptions: { agent: env.SSH_AUTH_SOCK },
      });
    default:
      throw new UsageError(`unsupported Docker endpoint "${target}" (expected unix://, tcp:// or ssh://)`);
  }
}
