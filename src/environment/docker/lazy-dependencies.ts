import { createRequire, Module } from 'node:module';

/**
 * dockerode loads, at startup, modules only rarely used features need: its BuildKit session
 * (`@grpc/grpc-js` and `protobufjs`, for `buildImage` with BuildKit, which Edo never calls), the
 * packer of build contexts (`tar-fs`, for `buildImage`) and docker-modem's SSH transport (`ssh2`,
 * for `ssh://` endpoints). Together they are ≈ 120 ms of every `edo` process that talks to Docker,
 * cached builds included. Each is replaced in the module cache, before dockerode is loaded, by a
 * stand-in that loads the real module when it is first called or one of its members is read.
 *
 * Where modules are not Node's own (a bundle), this finds nothing to replace and does nothing.
 */
const require = createRequire(import.meta.url);

function defer(resolve: (request: string) => string, request: string): void {
  let path: string;
  try {
    path = resolve(request);
  } catch {
    return;
  }
  if (typeof path !== 'string' || require.cache[path]) return;
  let real: ((...args: unknown[]) => unknown) & Record<PropertyKey, unknown>;
  const load = (): typeof real => {
    if (!real) {
      delete require.cache[path];
      real = require(path) as typeof real;
    }
    return real;
  };
  const placeholder = new Module(path);
  placeholder.filename = path;
  placeholder.loaded = true;
  placeholder.exports = new Proxy(function lazyModule() {}, {
    apply: (_target, self, args) => Reflect.apply(load(), self, args),
    get: (_target, key) => load()[key],
  });
  require.cache[path] = placeholder;
}

const fromDockerode = (request: string): string =>
  createRequire(require.resolve('dockerode')).resolve(request);
defer(require.resolve, 'dockerode/lib/session.js');
defer(fromDockerode, 'tar-fs');
defer(fromDockerode, 'docker-modem/lib/ssh.js');
