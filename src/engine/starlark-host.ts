import { EdoError, UsageError, type SourcePosition } from '../model/errors.js';
import type { NodeValue } from '../model/node.js';
import {
  createLoader,
  defineBuiltin,
  dialects,
  execModule,
  fromJS,
  StarlarkError,
  toJS,
  typeName,
  type LoadTarget,
  type Loader,
  messageText,
  type Value,
} from '../starlark/index.js';

/** A Starlark value, opaque to the engine: it converts with `toNodeValue` / `toStarlark`. */
export type StarValue = Value;

/** A call of a host function: arguments as Starlark values, and where in a build file it was made. */
export interface HostCall {
  readonly args: readonly StarValue[];
  readonly kwargs: readonly (readonly [string, StarValue])[];
  readonly position: SourcePosition;
}

/**
 * A builtin whose implementation receives the caller's position. Edo errors it throws become
 * Starlark errors at their position, so the interpreter adds the traceback.
 */
export function hostFunction(name: string, fn: (call: HostCall) => StarValue): StarValue {
  return defineBuiltin(name, (call) => {
    const position = call.position ?? { file: '<unknown>', line: 0, col: 0 };
    try {
      return fn({
        args: call.args,
        kwargs: call.kwargs.map(([k, v]) => [toJS(k) as string, v] as const),
        position,
      });
    } catch (err) {
      if (err instanceof StarlarkError || !(err instanceof EdoError)) throw err;
      const converted = new StarlarkError(err.message, err.context.position ?? position);
      throw converted;
    }
  });
}

export interface EvaluationOptions {
  readonly predeclared: ReadonlyMap<string, StarValue>;
  /** Maps a `load()` argument, seen from the file that loads it, to the module to evaluate. */
  readonly resolveLoad: (module: string, fromFile: string) => { key: string; file: string; source: string };
  readonly maxSteps: number;
  /** Receives `print()` output, one line at a time. */
  readonly print: (line: string) => void;
}

/**
 * Evaluates build files with the build dialect. Loaded modules are evaluated once per evaluator
 * and shared; a load cycle is an error naming the cycle.
 */
export class BuildFileRunner {
  private readonly loader: Loader;
  /** Loads in progress: while one runs, the code running is a `.star` file's top level. */
  private loading = 0;

  constructor(private readonly options: EvaluationOptions) {
    const load = createLoader((module, fromFile): LoadTarget => {
      const target = options.resolveLoad(module, fromFile);
      return { ...target, predeclared: new Map(options.predeclared), dialect: dialects.build };
    });
    this.loader = (module, fromFile, thread) => {
      this.loading++;
      try {
        return load(module, fromFile, thread);
      } finally {
        this.loading--;
      }
    };
  }

  /** Whether a `.star` file's top level is running (not a BUILD file, nor a macro it called). */
  get loadingModule(): boolean {
    return this.loading > 0;
  }

  /** Runs one build file; a Starlark error becomes a usage error at its position, with its traceback. */
  run(file: string, source: string): void {
    try {
      execModule({
        file,
        source,
        dialect: dialects.build,
        predeclared: new Map(this.options.predeclared),
        load: this.loader,
        print: (line) => this.options.print(line),
        maxSteps: this.options.maxSteps,
      });
    } catch (err) {
      if (!(err instanceof StarlarkError)) throw err;
      // A call at the top level of the file has a traceback of that one line: the error's own.
      const frames = err.traceback.length > 1 ? err.traceback : [];
      const details = frames.map((f) => `  ${f.pos.file}:${f.pos.line}:${f.pos.col}: in ${f.name}`);
      throw new UsageError(withBazelHint(messageText(err.message)), {
        position: err.position,
        ...(details.length > 0 && { details: ['Traceback (most recent call last):', ...details] }),
      });
    }
  }
}

/**
 * What edo writes for the Bazel rules people try first. Starlark's own hint (a close name) is
 * shown instead when it has one.
 */
const BAZEL_EQUIVALENTS: Record<string, string> = {
  genrule: 'script(...) runs commands',
  sh_binary: 'script(...) runs commands',
  sh_test: 'script(...) runs commands',
  sh_library: 'script(...) runs commands',
  run_binary: 'script(...) runs commands',
  filegroup: 'local_source(...) takes files from the workspace',
  exports_files: 'local_source(...) takes files from the workspace',
  http_archive: 'url_source(...) downloads a file by URL and sha256',
  http_file: 'url_source(...) downloads a file by URL and sha256',
  git_repository: 'git_source(...) checks out a commit',
  new_git_repository: 'git_source(...) checks out a commit',
  oci_image: 'image(...) uses an OCI image',
  oci_pull: 'image(...) uses an OCI image',
  container_image: 'image(...) uses an OCI image',
  container_pull: 'image(...) uses an OCI image',
  pkg_tar: 'compose(...) merges artifacts',
  // Language rules: a script runs the compiler (or a plugin provides a rule for it).
  ...Object.fromEntries(
    ['cc', 'py', 'java', 'go', 'rust'].flatMap((lang) =>
      ['binary', 'library', 'test'].map((what) => [
        `${lang}_${what}`,
        'script(...) runs the compiler, or a plugin adds a rule for it',
      ]),
    ),
  ),
};

function withBazelHint(message: string): string {
  // `genrule(...)`, or `native.genrule(...)` in a macro.
  const name = /^(?:undefined: |struct has no \.)(\w+)(?: attribute)?$/.exec(message)?.[1];
  const equivalent =
    name !== undefined && Object.hasOwn(BAZEL_EQUIVALENTS, name) ? BAZEL_EQUIVALENTS[name] : undefined;
  return equivalent ? `${message} (edo has no ${name}: ${equivalent}; see docs/rules.md)` : message;
}

/** A Starlark value as configuration data; functions and other non-data values are an error. */
export function toNodeValue(value: StarValue, what: string, position: SourcePosition): NodeValue {
  const check = (js: unknown): NodeValue => {
    if (js === null || ['boolean', 'number', 'bigint', 'string'].includes(typeof js)) return js as NodeValue;
    if (Array.isArray(js)) return js.map(check);
    if (js !== null && typeof js === 'object' && Object.getPrototypeOf(js) === Object.prototype) {
      return Object.fromEntries(Object.entries(js).map(([k, v]) => [k, check(v)]));
    }
    const type = js instanceof Map ? 'dict with non-string keys' : typeName(js as Value);
    throw new UsageError(`${what}: a ${type} cannot be used as configuration`, { position });
  };
  return check(toJS(value));
}

/** Plain data as a Starlark value. */
export function toStarlark(value: NodeValue): StarValue {
  return fromJS(value);
}
