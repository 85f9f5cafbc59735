import { createRequire, Module } from 'node:module';

/**
 * dockerode loads, at startup, modules only two rarely used features need: its BuildKit session
 * (`@grpc/grpc-js` and `protobufjs`, for `buildImage` with BuildKit, which Edo never calls) and
 * docker-modem's SSH transport (`ssh2`, for `ssh://` endpoints). Together they are ≈ 100 ms of every
 * `edo` process that talks to Docker. Both modules export one function, so each is replaced in the
 * module cache, before dockerode is loaded, by a function that loads the real one on first call.
 *
 * Where modules are not Node's own (a bundle), this finds nothing to replace and does nothing.
 */
function deferCall(resolve: (request: string) => string, request: string): void {
  const require = createRequire(import.meta.url);
  let path: string;
  try {
    path = resolve(request);
  } catch {
    return;
  }
  if (typeof path !== 'string' || require.cache[path]) return;
  let real: ((...args: unknown[]) => unknown) | undefined;
  const placeholder = new Module(path);
  placeholder.filename = path;
  placeholder.loaded = true;
  placeholder.exports = function (this: unknown, ...args: unknown[]): unknown {
    if (!real) {
      delete require.cache[path];
      real = require(path) as (...args: unknown[]) => unknown;
    }
    return real.apply(this, args);
  };
  require.cache[path] = placeholder;
}

const fromHere = createRequire(import.meta.url);
deferCall(fromHere.resolve, 'dockerode/lib/session.js');
deferCall(
  (request) => createRequire(fromHere.resolve('dockerode')).resolve(request),
  'docker-modem/lib/ssh.js',
);
