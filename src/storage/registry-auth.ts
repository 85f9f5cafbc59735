import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { EdoError } from '../model/errors.js';

export interface Credentials {
  username: string;
  password: string;
}

/**
 * Credentials for a registry host, from (first match wins):
 * `EDO_REGISTRY_USERNAME` + `EDO_REGISTRY_PASSWORD`, then `auths[host]` of the Docker config
 * (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`: `auth` base64 `user:password`, or
 * `username`/`password`, or `identitytoken`). Credential helpers are not consulted.
 */
export function registryCredentials(
  host: string,
  env: NodeJS.ProcessEnv = process.env,
): Credentials | undefined {
  if (env.EDO_REGISTRY_USERNAME && env.EDO_REGISTRY_PASSWORD !== undefined) {
    return { username: env.EDO_REGISTRY_USERNAME, password: env.EDO_REGISTRY_PASSWORD };
  }
  const path = join(env.DOCKER_CONFIG ?? join(homedir(), '.docker'), 'config.json');
  let config: { auths?: Record<string, DockerAuth> };
  try {
    config = JSON.parse(readFileSync(path, 'utf8')) as typeof config;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new EdoError(`cannot read registry credentials from ${path}: ${(err as Error).message}`);
  }
  const auths = config.auths ?? {};
  const entry = Object.entries(auths).find(([key]) => hostOf(key) === host)?.[1];
  if (!entry) return undefined;
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (entry.username && entry.password !== undefined)
    return { username: entry.username, password: entry.password };
  // An identity token is a refresh token: Docker sends it as the password of the user `<token>`.
  if (entry.identitytoken) return { username: '<token>', password: entry.identitytoken };
  return undefined;
}

interface DockerAuth {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
}

/** `https://index.docker.io/v1/` and `ghcr.io` both name a host; compare by host[:port]. */
function hostOf(key: string): string {
  return key.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
}

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (or `Basic realm="…"`). */
export function parseChallenge(header: string): Challenge {
  const space = header.indexOf(' ');
  const scheme = (space === -1 ? header : header.slice(0, space)).toLowerCase();
  const params: Record<string, string> = {};
  const pattern = /([A-Za-z_]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (const match of (space === -1 ? '' : header.slice(space + 1)).matchAll(pattern)) {
    params[match[1]!.toLowerCase()] = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]!;
  }
  return { scheme, params };
}

export function basicAuthorization(credentials: Credentials): string {
  return 'Basic ' + Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
}
