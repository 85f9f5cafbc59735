import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 707;
export const ids = [707];
export const modules = {

/***/ 57707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WORK_ROOT_PREFIX: () => (/* reexport */ WORK_ROOT_PREFIX),
  connectEngine: () => (/* reexport */ connectEngine),
  createDockerFarm: () => (/* binding */ createDockerFarm),
  reapContainers: () => (/* reexport */ reapContainers)
});

// UNUSED EXPORTS: DockerEnvironment, DockerFarm, LABEL_BUILD, LABEL_TARGET, LABEL_WORKSPACE, PROCESS_BUILD_ID, SETUP_IMAGE_REPO, artifactVolumeName, parseBytes, parseDockerFarm

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/environment/docker/config.js
var config = __webpack_require__(99338);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __webpack_require__(73434);
// EXTERNAL MODULE: ./lib/environment/script-command.js
var script_command = __webpack_require__(51214);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./lib/storage/layer-files.js
var layer_files = __webpack_require__(25330);
;// CONCATENATED MODULE: ./lib/environment/docker/labels.js


/** Labels on every container and volume Edo creates, so leftovers can always be found and reaped. */
const LABEL_WORKSPACE = 'edo.workspace';
const LABEL_BUILD = 'edo.build';
const LABEL_TARGET = 'edo.target';
/** One build = one edo process: its containers share this id unless the engine passes its own. */
const PROCESS_BUILD_ID = `${(0,external_node_os_.hostname)()}-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
function labelsOf({ workspace, build, target }) {
    return { [LABEL_WORKSPACE]: workspace, [LABEL_BUILD]: build, [LABEL_TARGET]: target };
}

;// CONCATENATED MODULE: ./lib/environment/docker/artifact-volume.js




/** Marks a volume whose artifact is fully written; the last file put into it. */
const COMPLETE_MARKER = '.edo-complete';
const LABEL_ARTIFACT = 'edo.artifact';
/** The volume holding an artifact's files: named by its content, so every build reuses it. */
function artifactVolumeName(digest) {
    return `edo-artifact-${digest.replace(/^sha256:/, '').slice(0, 32)}`;
}
/**
 * Makes sure the engine has a volume with `artifact`'s files (its layers applied in order). The
 * volume is a cache keyed by the artifact digest, kept across builds; a helper container with a
 * fixed name serialises two edo processes filling the same volume, and the marker written last
 * tells a complete volume from one a crashed run left half-written.
 */
async function ensureArtifactVolume(engine, storage, artifact, labels) {
    const docker = engine.docker;
    const digest = artifact.config.id.digest;
    const volume = artifactVolumeName(digest);
    await docker.createVolume({ Name: volume, Labels: { [LABEL_ARTIFACT]: digest } });
    for (;;) {
        let helper;
        try {
            // Archive calls work on a created container: it never starts.
            helper = await docker.createContainer({
                name: `${volume}-fill`,
                Image: engine.image,
                Entrypoint: ['/bin/true'],
                Labels: labelsOf(labels),
                NetworkDisabled: true,
                HostConfig: { NetworkMode: 'none', Mounts: [{ Type: 'volume', Source: volume, Target: '/v' }] },
            });
        }
        catch (err) {
            if (err.statusCode !== 409)
                throw err;
            // Another edo is filling it: wait for its helper to go, then look again.
            await new Promise((resolve) => setTimeout(resolve, 200));
            continue;
        }
        try {
            if (await exists(helper, `/v/${COMPLETE_MARKER}`))
                return volume;
            for (const layer of artifact.layers) {
                await helper.putArchive((await (0,layer_files/* layerAsTar */.h)(storage, layer)), {
                    path: '/v',
                });
            }
            const marker = (0,tar_stream.pack)();
            marker.entry({ name: COMPLETE_MARKER }, digest);
            marker.finalize();
            await helper.putArchive(marker, { path: '/v' });
            return volume;
        }
        catch (err) {
            throw new errors/* EdoError */.bX(`docker (${engine.name}): filling volume ${volume}: ${err.message}`, {}, undefined, err);
        }
        finally {
            await helper.remove({ force: true }).catch(() => undefined);
        }
    }
}
async function exists(container, path) {
    try {
        await container.infoArchive({ path });
        return true;
    }
    catch (err) {
        if (err.statusCode === 404)
            return false;
        throw err;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./lib/environment/docker/lazy-dependencies.js

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
const lazy_dependencies_require = (0,external_node_module_.createRequire)(import.meta.url);
function defer(resolve, request) {
    let path;
    try {
        path = resolve(request);
    }
    catch {
        return;
    }
    if (typeof path !== 'string' || lazy_dependencies_require.cache[path])
        return;
    let real;
    const load = () => {
        if (!real) {
            delete lazy_dependencies_require.cache[path];
            real = lazy_dependencies_require(path);
        }
        return real;
    };
    const placeholder = new external_node_module_.Module(path);
    placeholder.filename = path;
    placeholder.loaded = true;
    placeholder.exports = new Proxy(function lazyModule() { }, {
        apply: (_target, self, args) => Reflect.apply(load(), self, args),
        get: (_target, key) => load()[key],
    });
    lazy_dependencies_require.cache[path] = placeholder;
}
const fromDockerode = (request) => (0,external_node_module_.createRequire)(lazy_dependencies_require.resolve('dockerode')).resolve(request);
defer(lazy_dependencies_require.resolve, 'dockerode/lib/session.js');
defer(fromDockerode, 'tar-fs');
defer(fromDockerode, 'docker-modem/lib/ssh.js');

// EXTERNAL MODULE: ./node_modules/dockerode/lib/docker.js
var docker = __webpack_require__(39040);
;// CONCATENATED MODULE: ./lib/environment/docker/endpoint.js



// Before dockerode itself: see the module.



/**
 * Connects to a Docker-compatible engine the way the docker CLI does: `unix:///path`,
 * `tcp://host:port` (TLS when DOCKER_TLS_VERIFY is set, certificates from DOCKER_CERT_PATH or
 * ~/.docker), `ssh://user@host[:port]`, or, without an endpoint, `DOCKER_HOST` / the default socket.
 */
function connectEngine(endpoint, env = process.env) {
    const target = endpoint ?? env.DOCKER_HOST;
    if (!target)
        return new docker({ socketPath: '/var/run/docker.sock' });
    let url;
    try {
        url = new URL(target);
    }
    catch {
        throw new errors/* UsageError */.eb(`invalid Docker endpoint "${target}" (expected unix://, tcp:// or ssh://)`);
    }
    switch (url.protocol) {
        case 'unix:':
            return new docker({ socketPath: url.pathname });
        case 'tcp:':
        case 'http:':
        case 'https:': {
            const port = url.port ? Number(url.port) : undefined;
            const tlsVerify = env.DOCKER_TLS_VERIFY !== undefined && env.DOCKER_TLS_VERIFY !== '';
            if (!tlsVerify && url.protocol !== 'https:') {
                return new docker({ protocol: 'http', host: url.hostname, port: port ?? 2375 });
            }
            const certs = env.DOCKER_CERT_PATH ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
            return new docker({
                protocol: 'https',
                host: url.hostname,
                port: port ?? 2376,
                ca: (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(certs, 'ca.pem')),
                cert: (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(certs, 'cert.pem')),
                key: (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(certs, 'key.pem')),
            });
        }
        case 'ssh:':
            return new docker({
                protocol: 'ssh',
                host: url.hostname,
                port: url.port ? Number(url.port) : 22,
                username: url.username || undefined,
                sshOptions: { agent: env.SSH_AUTH_SOCK },
            });
        default:
            throw new errors/* UsageError */.eb(`unsupported Docker endpoint "${target}" (expected unix://, tcp:// or ssh://)`);
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./lib/environment/scratch-dirs.js
var scratch_dirs = __webpack_require__(22636);
// EXTERNAL MODULE: ./lib/environment/local/tar.js
var tar = __webpack_require__(18394);
;// CONCATENATED MODULE: ./lib/environment/docker/command-channel.js


/**
 * The container's main process when it has a work root: a shell that runs one script per line
 * read from its stdin (`TOKEN PATH`), with no stdin of its own, and then prints the exit status
 * after the token, on stdout and on stderr: the engine forwards the two streams independently, so
 * a command's output is all in only once both markers are. Edo keeps stdin attached for the
 * container's life, so a command costs a write and its output instead of an exec (≈ 4 ms against
 * 50–70 ms measured here).
 *
 * Commands run in the background, so the loop is always reading its input; Edo sends the next
 * line only once a command is over. They run with the highest OOM score, so that when they
 * exceed the container's memory the kernel kills one of them rather than the loop.
 *
 * `TOKEN -` halts the container: as its PID 1, the loop SIGKILLs every other process in it, so
 * nothing runs from then on (≈ 3 ms, where the engine's pause takes 15 and its kill 70–150).
 * Its input closes when Edo's attachment does (`StdinOnce`), whether Edo closes it or dies: the
 * loop kills what still runs and ends, and the engine removes the container (`AutoRemove`).
 * Nothing is left running, and Edo need not wait for the removal. A line without a script is
 * skipped: podman passes the attach request's own body to the container's stdin, and the newline
 * Edo sends first ends it.
 */
const COMMAND_LOOP = 'while IFS=" " read -r __edo_token __edo_script; do [ -n "$__edo_script" ] || continue; ' +
    'if [ "$__edo_script" = - ]; then kill -9 -1 2>/dev/null; ' +
    'printf "%s 0\\n" "$__edo_token"; printf "%s 0\\n" "$__edo_token" >&2; continue; fi; ' +
    '( /bin/sh -c \'{ echo 1000 >/proc/self/oom_score_adj; } 2>/dev/null; exec /bin/sh -eu "$0"\' ' +
    '"$__edo_script" </dev/null; __edo_status=$?; rm -f "$__edo_script"; ' +
    'printf "%s %s\\n" "$__edo_token" "$__edo_status"; ' +
    'printf "%s %s\\n" "$__edo_token" "$__edo_status" >&2 ) & done; kill -9 -1 2>/dev/null';
/** What a container created for a command channel needs on top of its own settings. */
const COMMAND_CHANNEL_SPEC = {
    Entrypoint: ['/bin/sh', '-c', COMMAND_LOOP],
    Cmd: [],
    OpenStdin: true,
    StdinOnce: true,
    AttachStdin: true,
    AttachStdout: true,
    AttachStderr: true,
};
/** HostConfig for the same: the engine removes the container once it stops; output is not logged twice. */
const COMMAND_CHANNEL_HOST_CONFIG = {
    AutoRemove: true,
    LogConfig: { Type: 'none', Config: {} },
};
/** The channel closed before the command's status came: the container stopped or was removed. */
class ChannelClosed extends Error {
}
/** Index of stdout and stderr in the per-stream state. */
const STDOUT = 0;
const STDERR = 1;
/** Runs scripts in a container through its attached stdin, one at a time (see COMMAND_LOOP). */
class CommandChannel {
    stream;
    current;
    /** Output of each stream not yet passed on: it may be the start of the current command's marker. */
    held = [Buffer.alloc(0), Buffer.alloc(0)];
    closed = false;
    constructor(stream) {
        this.stream = stream;
    }
    /** Attaches to a created container's stdin, stdout and stderr. */
    static async open(docker, container) {
        const stream = (await container.attach({
            stream: true,
            stdin: true,
            stdout: true,
            stderr: true,
            hijack: true,
        }));
        const channel = new CommandChannel(stream);
        stream.write('\n');
        const output = (index) => new external_node_stream_.Writable({
            write: (chunk, _encoding, done) => {
                channel.onOutput(index, chunk);
                done();
            },
        });
        docker.modem.demuxStream(stream, output(STDOUT), output(STDERR));
        const close = () => channel.onClose();
        stream.on('end', close);
        stream.on('close', close);
        stream.on('error', close);
        return channel;
    }
    /** Runs the script at `path` (in the container), its output to `log`; resolves to its exit status. */
    run(log, path) {
        if (this.current)
            return Promise.reject(new Error('the command channel is busy'));
        if (this.closed)
            return Promise.reject(new ChannelClosed('the container stopped'));
        const token = (0,external_node_crypto_.randomBytes)(16).toString('hex');
        return new Promise((resolve, reject) => {
            this.current = {
                log,
                marker: Buffer.from(`${token} `),
                status: [undefined, undefined],
                resolve,
                reject,
            };
            this.stream.write(`${token} ${path}\n`);
        });
    }
    /** Kills every process in the container but the loop (see COMMAND_LOOP). */
    async halt() {
        await this.run({ write: () => undefined }, '-');
    }
    /** Ends the attachment: the container's loop sees the end of its input and exits. */
    close() {
        this.stream.end();
        this.stream.destroy();
    }
    onOutput(index, chunk) {
        const current = this.current;
        // Output of what a finished command left running belongs to no command, and neither does a
        // stream's output after its marker.
        if (!current || current.status[index] !== undefined)
            return;
        const held = this.held[index];
        const data = held.length > 0 ? Buffer.concat([held, chunk]) : chunk;
        const at = data.indexOf(current.marker);
        if (at >= 0) {
            const end = data.indexOf(0x0a, at + current.marker.length);
            if (end < 0) {
                this.held[index] = data;
                return;
            }
            if (at > 0)
                current.log.write(data.subarray(0, at));
            this.held[index] = Buffer.alloc(0);
            current.status[index] = Number(data.subarray(at + current.marker.length, end).toString());
            const [fromStdout, fromStderr] = current.status;
            if (fromStdout !== undefined && fromStderr !== undefined) {
                this.current = undefined;
                current.resolve(fromStdout);
            }
            return;
        }
        // Everything but a tail that could begin the marker goes to the log at once.
        const keep = heldBack(data, current.marker);
        current.log.write(data.subarray(0, data.length - keep));
        this.held[index] = keep > 0 ? Buffer.from(data.subarray(data.length - keep)) : Buffer.alloc(0);
    }
    onClose() {
        if (this.closed)
            return;
        this.closed = true;
        const current = this.current;
        this.current = undefined;
        if (current) {
            for (const held of this.held)
                if (held.length > 0)
                    current.log.write(held);
            current.reject(new ChannelClosed('the container stopped while the command ran'));
        }
    }
}
/** Length of the longest end of `data` that is a beginning of `marker`. */
function heldBack(data, marker) {
    for (let length = Math.min(data.length, marker.length - 1); length > 0; length--) {
        if (data.subarray(data.length - length).equals(marker.subarray(0, length)))
            return length;
    }
    return 0;
}

;// CONCATENATED MODULE: ./lib/environment/docker/host-directory.js


/**
 * The host path of the container directory `dir` under `root`, or undefined when a component is
 * not a plain directory: a symlink in the container must never lead to a host path. Missing
 * components are created when `create` says how, else undefined is returned.
 */
async function hostDirectory(root, dir, create) {
    let current = root;
    for (const part of dir.split('/').filter((p) => p !== '')) {
        current = (0,external_node_path_.join)(current, part);
        const info = await (0,external_node_fs_promises_.lstat)(current).catch((err) => {
            if (err.code === 'ENOENT')
                return undefined;
            throw err;
        });
        if (info?.isDirectory())
            continue;
        if (info || !create)
            return undefined;
        await (0,external_node_fs_promises_.mkdir)(current);
        await (0,external_node_fs_promises_.chown)(current, create.uid, create.gid);
        await (0,external_node_fs_promises_.chmod)(current, create.mode);
    }
    return current;
}

;// CONCATENATED MODULE: ./lib/environment/docker/streams.js

/** A Writable that forwards every chunk to `log` as it arrives (demuxed container output). */
function logWriter(log) {
    return new external_node_stream_.Writable({
        write(chunk, _encoding, done) {
            log.write(chunk);
            done();
        },
    });
}
/**
 * The engine's own message for a failed API call, rather than dockerode's HTTP wrapper text; for
 * an engine that could not be reached, where it was looked for and what to check.
 */
function engineMessage(err) {
    const engineSays = err.json?.message;
    if (engineSays !== undefined)
        return engineSays;
    const failure = err;
    // dockerode words what it could not parse as `(HTTP code 500) server error - <the engine's text> `.
    if (failure.syscall !== 'connect')
        return failure.message.replace(/^\(HTTP code \d+\) [a-z ]+ - /, '').trim();
    const where = failure.port === undefined ? failure.address : `${failure.address}:${failure.port}`;
    const check = failure.code === 'EACCES'
        ? 'this user may not use it (membership of the docker group grants that)'
        : "is it running? DOCKER_HOST, or the farm's hosts, may name another";
    return `cannot reach the Docker engine at ${where} (${failure.code}): ${check}`;
}

;// CONCATENATED MODULE: ./lib/environment/docker/environment.js













/**
 * Keeps a container without a work root alive between commands. Its commands run as execs
 * (≈ 30–60 ms each) instead of one container per command (≈ 200–300 ms); with a work root they go
 * through a command channel instead (command-channel.ts). Teardown is a SIGKILL, so no trap.
 */
const KEEP_ALIVE = ['/bin/sh', '-c', 'while :; do sleep 3600; done'];
/** Prefix of the host directories bind-mounted as containers' work directories. */
const WORK_ROOT_PREFIX = 'edo-docker-';
/** Largest script passed as an argument; longer ones are written into the container first. */
const MAX_INLINE_SCRIPT = 64 * 1024;
/**
 * One container for one target. `setup` creates it, `up` starts it (in the background: inputs are
 * staged while it starts, into its bind-mounted work root or with `putArchive`), commands run
 * through its command channel (command-channel.ts) or as execs, with their output streamed to the
 * log, and `read` packs the work root or streams `getArchive` to the caller's writer. `down` stops
 * everything in it; `clean` ends it (the engine removes a container with a command channel by
 * itself) and cancellation force-removes it.
 */
class DockerEnvironment {
    options;
    docker;
    vars = new Map();
    /** Directories known to exist in the container, so each is created once. */
    knownDirs = new Set(['/']);
    /** Directories `createDir` asked for that are not created yet. */
    pendingDirs = new Set();
    /**
     * The host directory bind-mounted at the farm's `workdir`, when the engine runs on this machine
     * (see `createContainer`): staging and collection under `workdir` then use it directly.
     */
    workRoot;
    commandsRan = false;
    /** Left paused by `read`; resumed before anything else runs in it or goes through the engine. */
    paused = false;
    /** Set by `down`: no more commands; its files are still read. */
    stopped = false;
    /** Set once `down` made sure nothing runs in the container (frozen or killed). */
    halted = false;
    /** Set when `down` killed everything but the command channel's loop (see command-channel.ts). */
    haltedThroughChannel = false;
    created;
    started;
    /** With a work root: the attached command channel (undefined if attaching failed: execs then). */
    channel;
    removal;
    activeStreams = new Set();
    scriptCount = 0;
    lastExit;
    /** The cgroup's OOM kill count when last read: a fresh container starts at zero. */
    oomKillsSeen = 0;
    constructor(options) {
        this.options = options;
        this.docker = options.lease.engine.docker;
        for (const [key, value] of Object.entries(options.config.env))
            this.vars.set(key, value);
        options.signal?.addEventListener('abort', this.removeOnAbort, { once: true });
    }
    /** Cancellation removes the container at once; the listener goes with the container. */
    removeOnAbort = () => void this.removeContainer().catch(() => undefined);
    /** The container's id once created. */
    async containerId() {
        return (await this.container()).id;
    }
    deferCmd(_log, _id) {
        return new script_command/* ScriptCommand */.L();
    }
    async expand(path) {
        return this.resolve(path);
    }
    /** Recorded, and created with the next staging call, command or read. */
    async createDir(path) {
        const dir = this.resolve(path);
        if (!this.knownDirs.has(dir))
            this.pendingDirs.add(dir);
    }
    async setEnv(key, value) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
            throw new errors/* EdoError */.bX(`invalid environment variable name: ${key}`);
        this.vars.set(key, value);
    }
    getEnv(key) {
        return this.vars.get(key);
    }
    async setup(_log, _storage) {
        await this.container();
    }
    async up(_log) {
        const container = await this.container();
        if (!this.started) {
            this.started = this.cancellable(container.start()).catch((err) => {
                // A network that does not exist is found here, not when the container is created.
                throw err instanceof errors/* EdoError */.bX ? err : this.wrap(err, 'starting the container');
            });
            // Awaited by the first command; until then staging runs alongside the start.
            this.started.catch(() => undefined);
        }
    }
    /**
     * Stops everything in the container; its files stay readable until `clean`. With a work root
     * (which holds them) the command loop kills every other process, or, without a channel, the
     * container is frozen and removed in the background while they are read (removal costs as much
     * as a short command). Through the archive API the files are the container's, so it is stopped
     * but kept.
     */
    async down(_log) {
        if (this.stopped)
            return;
        this.stopped = true;
        if (!this.created || !this.started) {
            // Nothing ever ran in it.
            this.halted = true;
            return;
        }
        const container = await this.container();
        if (this.workRoot !== undefined) {
            if (!this.paused && (await this.haltThroughChannel())) {
                this.halted = true;
                this.haltedThroughChannel = true;
                return;
            }
            // Frozen where the engine can (else killed), so nothing runs while the work root is read.
            if (!this.paused)
                this.paused = await container.pause().then(() => true, () => false);
            if (!this.paused)
                await this.stopContainer(container);
            this.halted = true;
            this.removeContainer().catch(() => undefined);
            return;
        }
        await this.stopContainer(container);
        this.halted = true;
    }
    /** Whether the command channel's loop killed everything else in the (started) container. */
    async haltThroughChannel() {
        const channel = await this.channel;
        if (!channel ||
            !(await this.started.then(() => true, () => false)))
            return false;
        return channel.halt().then(() => true, () => false);
    }
    /** SIGKILL, then waits until the engine says it is not running. */
    async stopContainer(container) {
        await container.kill().catch((err) => {
            // 409: it is not running (any more).
            if (statusOf(err) !== 409 && statusOf(err) !== 404)
                throw this.wrap(err, 'stopping the container');
        });
        await container.wait({ condition: 'not-running' }).catch(() => undefined);
    }
    async clean(_log) {
        this.stopped = true;
        const { workRoot } = this;
        if (workRoot === undefined)
            return this.removeContainer();
        const deleteWorkRoot = () => (0,external_node_fs_promises_.rm)(workRoot, { recursive: true, force: true });
        if (this.haltedThroughChannel) {
            // Only the loop runs, and it ends with its input: the engine removes the container.
            this.removal ??= this.channel.then((channel) => {
                channel.close();
                this.options.lease.release();
            });
            await this.removal;
            return deleteWorkRoot();
        }
        // One still running could swap a directory for a symlink under the deletion: its work root
        // goes after it.
        if (!this.paused && !this.halted) {
            try {
                return await this.removeContainer();
            }
            finally {
                await deleteWorkRoot();
            }
        }
        // A frozen (or killed) container runs nothing: its work root goes while the engine removes
        // it. Should a dying process still have added a file, the second try, after the removal,
        // takes it.
        const [removed, deleted] = await Promise.allSettled([this.removeContainer(), deleteWorkRoot()]);
        if (deleted.status === 'rejected')
            await deleteWorkRoot();
        if (removed.status === 'rejected')
            throw removed.reason;
    }
    async write(path, data) {
        const target = this.resolve(path);
        const chunks = [];
        for await (const chunk of data)
            chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
        const body = Buffer.concat(chunks);
        const archive = (0,tar_stream.pack)();
        archive.entry({ name: external_node_path_.posix.basename(target), size: body.length, mode: 0o644, ...this.owner() }, body);
        archive.finalize();
        await this.putArchive(external_node_path_.posix.dirname(target), archive);
    }
    async unpack(path, data) {
        this.throwIfDown();
        const dir = this.resolve(path);
        if (await this.stagesOnHost(dir)) {
            await this.ensureDir(dir);
            const hostDir = await this.hostPath(dir);
            if (hostDir)
                return this.cancellable((0,tar/* extractTarInto */.n)(data, hostDir));
        }
        await this.putArchive(dir, data);
    }
    async read(path, writer) {
        if (!this.stopped)
            await this.ensureDir();
        const container = await this.container();
        const source = this.resolve(path);
        const hostDir = await this.hostPath(source);
        // Frozen while it is read (or halted by `down`): nothing in the container can swap a
        // directory for a symlink. One that stopped (and may be gone: the engine removes a container
        // with a work root once it stops) runs nothing either. One that cannot be paused for another
        // reason is read through the engine. It stays paused: the next command resumes it, and
        // removal does not need it running, so the unpause is saved.
        if (hostDir && !this.halted && !this.paused) {
            this.paused = await container.pause().then(() => true, () => false);
            if (!this.paused && !(await this.isRunning(container)))
                this.halted = true;
        }
        if (hostDir && (this.halted || this.paused))
            return await this.cancellable((0,tar/* packPath */.x)(hostDir, writer));
        if (this.stopped && this.workRoot !== undefined) {
            throw new errors/* EdoError */.bX(`${source} cannot be read once the environment is down (only ${this.options.config.workdir} can)`, { target: this.options.labels.target });
        }
        await this.resume();
        let archive;
        try {
            // `dir/.` archives a directory's contents without the directory's own name.
            archive = await this.cancellable(container.getArchive({ path: external_node_path_.posix.join(source, '.') + '/.' }));
        }
        catch {
            // Not a directory (engines differ in how they say so): archive the file itself.
            try {
                archive = await this.cancellable(container.getArchive({ path: source }));
            }
            catch (second) {
                throw this.wrap(second, `reading ${source}`);
            }
        }
        // The writer is borrowed: it stays open for the caller to finish.
        await this.track(archive, (0,promises_.pipeline)(archive, writer, { end: false }));
    }
    async cmd(log, _id, path, command) {
        return this.runScript(log, path, command);
    }
    async run(log, _id, path, command) {
        if (!(command instanceof script_command/* ScriptCommand */.L)) {
            throw new errors/* EdoError */.bX('the docker farm runs commands made by its own deferCmd');
        }
        return this.runScript(log, path, command.toScript());
    }
    async shell(path, streams) {
        const { stdin, stdout } = streams ?? process;
        const container = await this.running();
        const workdir = this.resolve(path);
        await this.ensureDir(workdir);
        this.commandsRan = true;
        const exec = await container.exec({
            Cmd: ['/bin/sh'],
            AttachStdin: true,
            AttachStdout: true,
            AttachStderr: true,
            Tty: true,
            WorkingDir: workdir,
            Env: this.envList(),
            User: this.options.config.user,
        });
        const stream = (await exec.start({
            hijack: true,
            stdin: true,
            Tty: true,
        }));
        const wasRaw = stdin.isRaw ?? false;
        if (stdin.isTTY && stdin.setRawMode)
            stdin.setRawMode(true);
        const resize = () => {
            if (stdout.columns && stdout.rows)
                void exec.resize({ w: stdout.columns, h: stdout.rows }).catch(() => undefined);
        };
        resize();
        stdout.on('resize', resize);
        stdin.pipe(stream);
        stream.pipe(stdout, { end: false });
        try {
            await (0,promises_.finished)(stream, { writable: false });
        }
        finally {
            stdin.unpipe(stream);
            stdout.off('resize', resize);
            if (stdin.isTTY && stdin.setRawMode)
                stdin.setRawMode(wasRaw);
            stdin.pause();
        }
        return (await exec.inspect()).ExitCode ?? 0;
    }
    /**
     * Runs `script` with `sh -eu` in `path`, streaming its output to `log` as it comes: through the
     * command channel where there is one, else as an exec.
     */
    async runScript(log, path, script) {
        await this.running();
        const workdir = this.resolve(path);
        await this.ensureDir(workdir);
        this.commandsRan = true;
        const startedAt = Math.floor(Date.now() / 1000);
        const channel = await this.channel;
        const code = channel
            ? await this.runInChannel(channel, log, workdir, script)
            : await this.exec(log, workdir, script);
        const oomKilled = code === 137 && (await this.oomSince(startedAt));
        this.lastExit = { code, oomKilled };
        if (code === 0)
            return true;
        // A plain exit status is the caller's to report (a script names the failing command and its
        // status); what killed the command only the farm knows.
        if (oomKilled)
            log.write('edo: killed: out of memory\n');
        else if (code > 128)
            log.write(`edo: killed by signal ${code - 128} (exit code ${code})\n`);
        return false;
    }
    /**
     * The script goes into the work root's top directory (which no command can replace: it is the
     * mount point), with the working directory and environment an exec would have had.
     */
    async runInChannel(channel, log, workdir, script) {
        this.scriptCount += 1;
        const name = `.edo-command-${this.scriptCount}.sh`;
        const exports = [...this.vars].map(([key, value]) => `export ${key}=${(0,script_command/* shellQuote */.Z)(value)}\n`);
        // `wx`: a file (or symlink) a command left under this name is an error, never followed.
        await (0,external_node_fs_promises_.writeFile)((0,external_node_path_.join)(this.workRoot, name), `cd ${(0,script_command/* shellQuote */.Z)(workdir)}\n${exports.join('')}${script}\n`, {
            flag: 'wx',
            mode: 0o644,
        });
        try {
            return await this.cancellable(channel.run(log, external_node_path_.posix.join(this.options.config.workdir, name)));
        }
        catch (err) {
            if (this.removal)
                throw this.cancelledError();
            if (err instanceof ChannelClosed)
                return (await this.stoppedByOom()) ? 137 : -1;
            throw err;
        }
    }
    async isRunning(container) {
        const info = await container.inspect().catch((err) => {
            if (statusOf(err) === 404)
                return undefined;
            throw this.wrap(err, 'inspecting the container');
        });
        return info?.State?.Running === true;
    }
    /** Whether the engine says the container stopped because it ran out of memory. */
    async stoppedByOom() {
        const container = await this.container();
        const info = await container.inspect().catch(() => undefined);
        return info?.State?.OOMKilled === true;
    }
    /** Runs `script` in `workdir` as an exec; resolves to its exit code. */
    async exec(log, workdir, script) {
        const container = await this.container();
        let argv = ['/bin/sh', '-euc', script];
        if (script.length > MAX_INLINE_SCRIPT) {
            this.scriptCount += 1;
            const file = external_node_path_.posix.join(this.options.config.workdir, `.edo-script-${this.scriptCount}.sh`);
            await this.write(file, external_node_stream_.Readable.from([script]));
            argv = ['/bin/sh', '-eu', file];
        }
        const exec = await this.cancellable(container.exec({
            Cmd: argv,
            AttachStdout: true,
            AttachStderr: true,
            WorkingDir: workdir,
            Env: this.envList(),
            User: this.options.config.user,
        }));
        const stream = (await this.cancellable(exec.start({ hijack: true, stdin: false })));
        const toLog = logWriter(log);
        this.docker.modem.demuxStream(stream, toLog, toLog);
        try {
            await this.track(stream, (0,promises_.finished)(stream));
        }
        catch (err) {
            // Torn down while the command ran (the engine stops environments of a cancelled build).
            if (this.removal)
                throw this.cancelledError();
            throw err;
        }
        let info = await this.cancellable(exec.inspect());
        // The stream can end a moment before the daemon records the exit code.
        for (let wait = 5; info.Running && wait < 1000; wait *= 2) {
            await new Promise((resolve) => setTimeout(resolve, wait));
            info = await this.cancellable(exec.inspect());
        }
        return info.ExitCode ?? -1;
    }
    /**
     * Whether the container's memory cgroup killed a process since `since` (epoch seconds). The
     * cgroup's own kill counter (read with shell builtins only) works on Docker and podman alike;
     * Docker's `oom` events cover a cgroup the container cannot see.
     */
    async oomSince(since) {
        const kills = await this.cgroupOomKills();
        if (kills !== undefined) {
            const before = this.oomKillsSeen;
            this.oomKillsSeen = kills;
            return kills > before;
        }
        const container = await this.container();
        const events = (await this.docker.getEvents({
            since,
            until: Math.floor(Date.now() / 1000) + 1,
            filters: { container: [container.id], event: ['oom'] },
        }));
        let seen = false;
        for await (const chunk of events)
            if (String(chunk).includes('"oom"'))
                seen = true;
        return seen;
    }
    /** `oom_kill` of the container's memory cgroup (v2 `memory.events`, v1 `memory.oom_control`). */
    async cgroupOomKills() {
        const script = 'for f in /sys/fs/cgroup/memory.events /sys/fs/cgroup/memory/memory.oom_control; do ' +
            '[ -r "$f" ] && while read -r key value; do [ "$key" = oom_kill ] && echo "$value"; done < "$f"; done; true';
        const container = await this.container();
        // A container that stopped (its main process killed too) is read from its events instead.
        if (!(await this.isRunning(container)))
            return undefined;
        const exec = await container.exec({
            Cmd: ['/bin/sh', '-c', script],
            AttachStdout: true,
            AttachStderr: true,
        });
        const stream = (await exec.start({ hijack: true, stdin: false }));
        let output = '';
        this.docker.modem.demuxStream(stream, logWriter({ write: (d) => (output += String(d)) }), logWriter({ write: () => undefined }));
        await (0,promises_.finished)(stream);
        const value = Number.parseInt(output.trim(), 10);
        return Number.isNaN(value) ? undefined : value;
    }
    envList() {
        return [...this.vars].map(([key, value]) => `${key}=${value}`);
    }
    resolve(path) {
        return external_node_path_.posix.resolve(this.options.config.workdir, path);
    }
    /** Numeric `user = "uid[:gid]"` owns what Edo writes; otherwise root, as in the image. */
    owner() {
        const match = /^(\d+)(?::(\d+))?$/.exec(this.options.config.user ?? '');
        if (!match)
            return { uid: 0, gid: 0 };
        return { uid: Number(match[1]), gid: Number(match[2] ?? match[1]) };
    }
    /**
     * Creates `dir` and its parents, and every directory `createDir` asked for since the last call,
     * with one tiny archive (each archive call costs a round trip and a daemon-side extraction).
     */
    async ensureDir(dir) {
        const missing = new Set();
        for (const wanted of dir === undefined ? this.pendingDirs : [...this.pendingDirs, dir]) {
            for (let d = wanted; !this.knownDirs.has(d) && !missing.has(d); d = external_node_path_.posix.dirname(d))
                missing.add(d);
        }
        this.pendingDirs.clear();
        if (missing.size === 0)
            return;
        // A named user's uid is unknown here: its working directories are world-writable instead.
        const named = this.options.config.user !== undefined && !/^\d/.test(this.options.config.user);
        const mode = named ? 0o777 : 0o755;
        // Parents before children.
        const ordered = [...missing].sort();
        const viaArchive = [];
        for (const d of ordered) {
            // A path through a symlink is left to the engine, which resolves it inside the container.
            if (!(await this.stagesOnHost(d)) || !(await this.hostPath(d, { ...this.owner(), mode })))
                viaArchive.push(d);
        }
        if (viaArchive.length > 0) {
            const archive = (0,tar_stream.pack)();
            for (const d of viaArchive)
                archive.entry({ name: d.slice(1) + '/', type: 'directory', mode, ...this.owner() });
            archive.finalize();
            await this.putArchive('/', archive, false);
        }
        for (const d of missing)
            this.knownDirs.add(d);
    }
    /**
     * Whether writes to `dir` go straight to the work root: only under `workdir`, and only until the
     * first command ran (after that a process it left behind could swap a checked directory for a
     * symlink, so writes go through the engine, which resolves paths inside the container).
     */
    async stagesOnHost(dir) {
        if (this.commandsRan)
            return false;
        await this.container();
        return this.workRoot !== undefined && this.underWorkdir(dir);
    }
    underWorkdir(dir) {
        const { workdir } = this.options.config;
        return dir === workdir || dir.startsWith(workdir === '/' ? '/' : `${workdir}/`);
    }
    /** The host path of the container directory `dir` in the work root (see `hostDirectory`). */
    async hostPath(dir, create) {
        await this.container();
        if (this.workRoot === undefined || !this.underWorkdir(dir))
            return undefined;
        return hostDirectory(this.workRoot, external_node_path_.posix.relative(this.options.config.workdir, dir), create);
    }
    async putArchive(dir, archive, ensure = true) {
        this.throwIfDown();
        if (ensure)
            await this.ensureDir(dir);
        await this.resume();
        const container = await this.container();
        try {
            await this.cancellable(container.putArchive(archive, { path: dir }));
        }
        catch (err) {
            throw this.wrap(err, `staging files into ${dir}`);
        }
    }
    container() {
        this.created ??= this.createContainer();
        return this.created;
    }
    async running() {
        this.throwIfDown();
        if (!this.started)
            await this.up({ write: () => undefined });
        await this.started;
        await this.resume();
        return this.container();
    }
    /** Unpauses what `read` paused; a container that is down stays as it is. */
    async resume() {
        if (!this.paused || this.stopped)
            return;
        this.paused = false;
        await this.cancellable((await this.container()).unpause());
    }
    async createContainer() {
        this.throwIfCancelled();
        const { config, lease, labels, mounts } = this.options;
        const image = lease.engine.image ?? config.image;
        const hostConfig = {
            NetworkMode: config.network,
            Mounts: mounts,
            Init: false,
        };
        if (config.cpus)
            hostConfig.NanoCpus = Math.round(config.cpus * 1e9);
        if (config.memoryBytes) {
            hostConfig.Memory = config.memoryBytes;
            // No swap beyond the limit, so the limit really is the limit.
            hostConfig.MemorySwap = config.memoryBytes;
        }
        if (config.pids)
            hostConfig.PidsLimit = config.pids;
        const spec = {
            Image: image,
            Entrypoint: KEEP_ALIVE,
            Cmd: [],
            Env: this.envList(),
            WorkingDir: config.workdir,
            Labels: labelsOf(labels),
            NetworkDisabled: config.network === 'none',
            HostConfig: hostConfig,
        };
        try {
            const container = await this.createWithWorkRoot(spec);
            if (this.options.signal?.aborted) {
                await container.remove({ force: true }).catch(() => undefined);
                this.throwIfCancelled();
            }
            return container;
        }
        catch (err) {
            if (err instanceof errors/* EdoError */.bX)
                throw err;
            // The image as the farm names it: `image` may be the digest it was resolved to.
            throw this.wrap(err, `creating a container from ${config.image} on engine ${lease.engine.name}`);
        }
    }
    /**
     * Creates the container with a fresh host directory bind-mounted at `workdir`, where this can
     * work: `staging = "auto"`, Edo runs as root (it must be able to remove what the container's root
     * writes there), and the engine sees this machine's files. The last is learnt from the engine
     * itself: it refuses a bind source it cannot find (a remote engine, or one in another mount
     * namespace), and when it then accepts the same container without one, that engine's containers
     * are created without a work root from then on.
     */
    async createWithWorkRoot(spec) {
        const { config, lease } = this.options;
        if (config.staging !== 'auto' || process.getuid?.() !== 0 || lease.engine.bindStaging === false)
            return this.docker.createContainer(spec);
        const root = await (0,scratch_dirs/* makeScratchDir */.K)(WORK_ROOT_PREFIX, this.options.labels.target);
        const named = config.user !== undefined && !/^\d/.test(config.user);
        const { uid, gid } = this.owner();
        await (0,external_node_fs_promises_.chown)(root, uid, gid);
        // A named user's uid is unknown here: the work directory is world-writable instead.
        await (0,external_node_fs_promises_.chmod)(root, named ? 0o777 : 0o755);
        const bind = { Type: 'bind', Source: root, Target: config.workdir };
        const hostConfig = {
            ...spec.HostConfig,
            ...COMMAND_CHANNEL_HOST_CONFIG,
            Mounts: [...(spec.HostConfig?.Mounts ?? []), bind],
        };
        try {
            const container = await this.docker.createContainer({
                ...spec,
                ...COMMAND_CHANNEL_SPEC,
                User: config.user,
                HostConfig: hostConfig,
            });
            lease.engine.bindStaging = true;
            this.workRoot = root;
            // Attached while the container starts; should that fail, commands run as execs.
            this.channel = CommandChannel.open(this.docker, container).catch(() => undefined);
            return container;
        }
        catch (err) {
            await (0,external_node_fs_promises_.rm)(root, { recursive: true, force: true });
            if (lease.engine.bindStaging === true)
                throw err;
            const container = await this.docker.createContainer(spec);
            lease.engine.bindStaging = false;
            return container;
        }
    }
    /** Force-removes the container (no stop grace period) and frees the engine slot; idempotent. */
    removeContainer() {
        this.removal ??= (async () => {
            // One build's signal serves all its environments: each holding on to it leaked them all.
            this.options.signal?.removeEventListener('abort', this.removeOnAbort);
            for (const stream of this.activeStreams)
                stream.destroy();
            try {
                if (!this.created)
                    return;
                const container = await this.created.catch(() => undefined);
                if (!container)
                    return;
                await container.remove({ force: true, v: true }).catch((err) => {
                    // 409: it stopped, and the engine is removing it already (AutoRemove).
                    if (statusOf(err) !== 404 && statusOf(err) !== 409)
                        throw this.wrap(err, 'removing the container');
                });
            }
            finally {
                void this.channel?.then((channel) => channel?.close());
                this.options.lease.release();
            }
        })();
        return this.removal;
    }
    /** Awaits `work` on `stream`, destroying the stream when the environment is cancelled. */
    async track(stream, work) {
        const tracked = stream;
        this.activeStreams.add(tracked);
        try {
            return await this.cancellable(work);
        }
        finally {
            this.activeStreams.delete(tracked);
        }
    }
    /** Rejects with "cancelled" as soon as the signal aborts, whatever `work` does. */
    cancellable(work) {
        const signal = this.options.signal;
        if (!signal)
            return work;
        this.throwIfCancelled();
        return new Promise((resolve, reject) => {
            const onAbort = () => reject(this.cancelledError());
            signal.addEventListener('abort', onAbort, { once: true });
            work.then((value) => {
                signal.removeEventListener('abort', onAbort);
                resolve(value);
            }, (err) => {
                signal.removeEventListener('abort', onAbort);
                reject(signal.aborted ? this.cancelledError() : err);
            });
        });
    }
    throwIfDown() {
        if (this.stopped)
            throw new errors/* EdoError */.bX('the environment is down', { target: this.options.labels.target });
    }
    throwIfCancelled() {
        if (this.options.signal?.aborted)
            throw this.cancelledError();
    }
    cancelledError() {
        return new errors/* EdoError */.bX('cancelled', { target: this.options.labels.target });
    }
    wrap(err, doing) {
        if (this.options.signal?.aborted)
            return this.cancelledError();
        const message = engineMessage(err);
        return new errors/* EdoError */.bX(`docker: ${doing}: ${message}`, { target: this.options.labels.target }, undefined, err);
    }
}
function statusOf(err) {
    return err.statusCode;
}

;// CONCATENATED MODULE: ./lib/environment/docker/pool.js
/**
 * Spreads environments over a farm's engines: each new environment goes to the engine with the
 * most free slots (ties: the first listed), so a fan-out fills every host before doubling up.
 */
class EnginePool {
    engines;
    constructor(engines) {
        this.engines = engines;
    }
    acquire() {
        let best = this.engines[0];
        for (const engine of this.engines) {
            if (engine.slots - engine.used > best.slots - best.used)
                best = engine;
        }
        best.used += 1;
        let released = false;
        return {
            engine: best,
            release: () => {
                if (released)
                    return;
                released = true;
                best.used -= 1;
            },
        };
    }
}

;// CONCATENATED MODULE: ./lib/environment/docker/farm.js










/** Repository of the images made by running a farm's `setup`/`packages`; the tag is their digest. */
const SETUP_IMAGE_REPO = 'edo/setup';
/**
 * The `docker` farm: environments are containers of one image on one or more engines.
 * `setup` resolves the image to its content identity on every engine and builds the derived
 * setup image where needed; `create` places each environment on the engine with the most free slots.
 */
class DockerFarm {
    config;
    options;
    pool;
    baseIdentity;
    mounts = [];
    /** Container path → what is mounted there, by content, for the identity. */
    mountIdentity = {};
    artifactMounts = [];
    volumesReady;
    storage;
    /** The derived image's tag when the farm has `setup`/`packages`, after setup. */
    setupImage;
    constructor(config, options) {
        this.config = config;
        this.options = options;
    }
    async setup(log, storage, signal) {
        if (this.pool)
            return;
        const connect = this.options.connect ?? connectEngine;
        const engines = this.config.hosts.map((host) => ({
            docker: connect(host.endpoint),
            name: host.endpoint ?? 'default',
            slots: host.slots,
            used: 0,
        }));
        const identities = await Promise.all(engines.map((engine) => this.resolveImage(log, engine)));
        const differing = identities.find((identity) => identity !== identities[0]);
        if (differing) {
            throw new errors/* EdoError */.bX(`environment_farm "${this.options.name}": image ${this.config.image} differs between engines ` +
                `(${engines.map((e, i) => `${e.name}: ${identities[i]}`).join(', ')})`);
        }
        this.baseIdentity = identities[0];
        if (this.config.setup.length > 0 || this.config.packages.length > 0) {
            const tag = `${SETUP_IMAGE_REPO}:${this.setupKey()}`;
            await Promise.all(engines.map((engine) => this.buildSetupImage(log, engine, tag, signal)));
            this.setupImage = tag;
        }
        for (const [target, source] of Object.entries(this.config.mounts)) {
            if ('host' in source) {
                this.mounts.push({ Type: 'bind', Source: source.host, Target: target, ReadOnly: true });
                this.mountIdentity[target] = source;
            }
            else {
                // The identity needs only the target's cache key; its files are needed once an environment starts.
                const id = await this.mountedId(source.label);
                this.artifactMounts.push({ target, label: source.label, id });
                this.mountIdentity[target] = { label: source.label, digest: id.digest };
            }
        }
        this.storage = storage;
        this.pool = new EnginePool(engines);
    }
    async create(_log, path, signal) {
        if (!this.pool || !this.storage)
            throw new errors/* EdoError */.bX(`environment_farm "${this.options.name}": create before setup`);
        this.volumesReady ??= this.fillArtifactVolumes(this.pool.engines, this.storage);
        await this.volumesReady;
        return new DockerEnvironment({
            lease: this.pool.acquire(),
            config: this.config,
            labels: { workspace: this.options.workspace, build: this.options.build, target: path },
            mounts: this.mounts,
            signal,
        });
    }
    async identity() {
        if (!this.baseIdentity)
            throw new errors/* EdoError */.bX(`environment_farm "${this.options.name}": identity before setup`);
        // The image by content only: retagging it to the same content changes no cache key.
        const { network, setup, packages, env, user, workdir } = this.config;
        return {
            kind: 'docker',
            imageDigest: this.baseIdentity,
            setup,
            packages,
            env,
            user: user ?? null,
            network,
            workdir,
            mounts: this.mountIdentity,
        };
    }
    /** The engines of this farm, after setup (for tests and `edo clean`). */
    engines() {
        return this.pool?.engines ?? [];
    }
    /** The cache key of a mounted target. */
    async mountedId(label) {
        const ctx = this.options.context;
        const transform = ctx?.getTransform(label);
        if (!ctx || !transform)
            throw new errors/* UsageError */.eb(`environment_farm "${this.options.name}": mounts: no target ${label}`);
        return transform.getUniqueId(ctx.getHandle());
    }
    /** Puts each mounted target's artifact in a volume on every engine; it must be built by now. */
    async fillArtifactVolumes(engines, storage) {
        for (const { target, label, id } of this.artifactMounts) {
            if (!(await storage.has(id))) {
                throw new errors/* EdoError */.bX(`environment_farm "${this.options.name}": mounts: ${label} is not built; build it first (edo build ${label})`);
            }
            const artifact = await storage.open(id);
            const labels = {
                workspace: this.options.workspace,
                build: this.options.build,
                target: `mount:${label}`,
            };
            const [volume] = await Promise.all(engines.map((engine) => ensureArtifactVolume(engine, storage, artifact, labels)));
            this.mounts.push({ Type: 'volume', Source: volume, Target: target, ReadOnly: true });
        }
    }
    /** The repo digest where the image has one, else its image ID (`docker import`ed images). */
    async resolveImage(log, engine) {
        const { image } = this.config;
        let info;
        try {
            info = await engine.docker.getImage(image).inspect();
        }
        catch (err) {
            if (err.statusCode !== 404)
                throw engineError(engine, `inspecting ${image}`, err);
            log.write(`edo: pulling ${image} on ${engine.name}\n`);
            try {
                const progress = await engine.docker.pull(image);
                await new Promise((resolve, reject) => engine.docker.modem.followProgress(progress, (error) => (error ? reject(error) : resolve())));
                info = await engine.docker.getImage(image).inspect();
            }
            catch (pullErr) {
                throw engineError(engine, `image ${image} is not on the engine and pulling it failed`, pullErr);
            }
        }
        engine.image = info.Id;
        const repoDigest = info.RepoDigests?.[0];
        return repoDigest ? repoDigest.slice(repoDigest.indexOf('@') + 1) : info.Id;
    }
    /** The digest of everything that goes into the setup image: reused whenever it matches. */
    setupKey() {
        const { setup, packages, env } = this.config;
        const inputs = JSON.stringify({ base: this.baseIdentity, setup, packages, env });
        return (0,external_node_crypto_.createHash)('sha256').update(inputs).digest('hex').slice(0, 32);
    }
    /** Runs `packages` then `setup` in a container of the base image and commits it as `tag`. */
    async buildSetupImage(log, engine, tag, signal) {
        const existing = await engine.docker
            .getImage(tag)
            .inspect()
            .catch(() => undefined);
        if (existing) {
            engine.image = existing.Id;
            return;
        }
        log.write(`edo: building ${tag} (farm setup) on ${engine.name}\n`);
        const script = ['set -eu', ...packageCommands(this.config.packages), ...this.config.setup].join('\n');
        const container = await engine.docker.createContainer({
            Image: engine.image,
            Entrypoint: ['/bin/sh', '-euc', script],
            Cmd: [],
            Env: Object.entries(this.config.env).map(([key, value]) => `${key}=${value}`),
            Labels: labelsOf({
                workspace: this.options.workspace,
                build: this.options.build,
                target: `setup:${this.options.name}`,
            }),
            HostConfig: { NetworkMode: this.config.setupNetwork },
        });
        // Cancelled: the setup stops waiting at once and the container goes (nothing is committed).
        let onAbort = () => undefined;
        const cancelled = new Promise((_, reject) => {
            onAbort = () => reject(new errors/* EdoError */.bX(`environment_farm "${this.options.name}": setup cancelled`));
            if (signal?.aborted)
                onAbort();
            signal?.addEventListener('abort', onAbort, { once: true });
        });
        cancelled.catch(() => undefined);
        let output;
        try {
            output = (await Promise.race([
                container.attach({ stream: true, stdout: true, stderr: true }),
                cancelled,
            ]));
            const toLog = logWriter(log);
            engine.docker.modem.demuxStream(output, toLog, toLog);
            await Promise.race([container.start(), cancelled]);
            const { StatusCode } = (await Promise.race([container.wait(), cancelled]));
            await Promise.race([(0,promises_.finished)(output).catch(() => undefined), cancelled]);
            if (StatusCode !== 0) {
                throw new errors/* EdoError */.bX(`environment_farm "${this.options.name}": setup exited with code ${StatusCode} on ${engine.name}`);
            }
            const [repo, version] = [tag.slice(0, tag.lastIndexOf(':')), tag.slice(tag.lastIndexOf(':') + 1)];
            const committed = (await container.commit({ repo, tag: version }));
            engine.image = committed.Id;
        }
        finally {
            signal?.removeEventListener('abort', onAbort);
            output?.destroy();
            await container.remove({ force: true }).catch(() => undefined);
        }
    }
}
/** `packages` through whichever package manager the image has. */
function packageCommands(packages) {
    if (packages.length === 0)
        return [];
    const list = packages.map(script_command/* shellQuote */.Z).join(' ');
    return [
        'if command -v apk >/dev/null 2>&1; then',
        `  apk add --no-cache ${list}`,
        'elif command -v apt-get >/dev/null 2>&1; then',
        '  apt-get update',
        `  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${list}`,
        '  rm -rf /var/lib/apt/lists/*',
        'elif command -v dnf >/dev/null 2>&1; then',
        `  dnf install -y ${list}`,
        'elif command -v yum >/dev/null 2>&1; then',
        `  yum install -y ${list}`,
        'else',
        '  echo "edo: packages needs apk, apt-get, dnf or yum in the image" >&2',
        '  exit 1',
        'fi',
    ];
}
function engineError(engine, doing, err) {
    const message = engineMessage(err);
    return new errors/* EdoError */.bX(`docker (${engine.name}): ${doing}: ${message}`, {}, undefined, err);
}

;// CONCATENATED MODULE: ./lib/environment/docker/reap.js

/**
 * `edo clean --containers`: force-removes every container and volume Edo created (they all carry
 * `edo.build`), e.g. after a crashed run. Returns how many containers and volumes it removed.
 */
async function reapContainers(docker, options = {}) {
    const label = [options.build ? `${LABEL_BUILD}=${options.build}` : LABEL_BUILD];
    if (options.workspace)
        label.push(`${LABEL_WORKSPACE}=${options.workspace}`);
    const filters = JSON.stringify({ label });
    const containers = await docker.listContainers({ all: true, filters });
    await Promise.all(containers.map((c) => docker
        .getContainer(c.Id)
        .remove({ force: true, v: true })
        .catch((err) => {
        // Already gone (another edo reaped it, or removal was in progress): nothing to do.
        if (err.statusCode !== 404 && err.statusCode !== 409)
            throw err;
    })));
    const { Volumes } = await docker.listVolumes({ filters });
    await Promise.all((Volumes ?? []).map((v) => docker
        .getVolume(v.Name)
        .remove()
        .catch((err) => {
        if (err.statusCode !== 404)
            throw err;
    })));
    return { containers: containers.length, volumes: (Volumes ?? []).length };
}

;// CONCATENATED MODULE: ./lib/environment/docker/index.js











/**
 * `environment_farm(kind = "docker", ...)`. The engine may pass `workspace` (the workspace root)
 * and `build` (this build's id) as component args; they label every container the farm creates.
 */
const createDockerFarm = async (addr, node, ctx) => new DockerFarm((0,config/* parseDockerFarm */.M)(node, (0,external_node_os_.availableParallelism)()), {
    name: addr,
    workspace: ctx.getArg('workspace') ?? process.cwd(),
    build: ctx.getArg('build') ?? PROCESS_BUILD_ID,
    context: ctx,
});


/***/ })

};
