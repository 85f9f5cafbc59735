import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 463;
export const ids = [463,465,844];
export const modules = {

/***/ 3463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectEngine: () => (/* reexport */ connectEngine),
  createDockerFarm: () => (/* binding */ createDockerFarm),
  reapContainers: () => (/* reexport */ reapContainers)
});

// UNUSED EXPORTS: DockerEnvironment, DockerFarm, LABEL_BUILD, LABEL_TARGET, LABEL_WORKSPACE, PROCESS_BUILD_ID, SETUP_IMAGE_REPO, artifactVolumeName, parseBytes, parseDockerFarm

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __webpack_require__(3434);
;// CONCATENATED MODULE: ./lib/environment/docker/config.js


const KNOWN = new Set([
    'image',
    'network',
    'setup_network',
    'mounts',
    'env',
    'setup',
    'packages',
    'user',
    'workdir',
    'staging',
    'cpus',
    'memory',
    'pids',
    'hosts',
    'slots',
    // Attributes every environment_farm has, handled by the engine.
    'kind',
    'plugin',
    'name',
]);
function parseDockerFarm(node, defaultSlots) {
    const fail = (message) => {
        throw new errors/* UsageError */.eb(`environment_farm "${node.name}": ${message}`, {
            position: node.position,
            target: node.id,
        });
    };
    const attrs = node.attrs;
    for (const key of Object.keys(attrs)) {
        if (!KNOWN.has(key))
            fail(`unknown attribute "${key}" for kind "docker"`);
    }
    const str = (key) => {
        const value = attrs[key];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value !== 'string' || value === '')
            fail(`"${key}" must be a non-empty string`);
        return value;
    };
    const strList = (key) => {
        const value = attrs[key];
        if (value === undefined || value === null)
            return [];
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
            fail(`"${key}" must be a list of strings`);
        return value;
    };
    const strDict = (key) => {
        const value = attrs[key];
        if (value === undefined || value === null)
            return {};
        if (!isDict(value) || Object.values(value).some((v) => typeof v !== 'string')) {
            fail(`"${key}" must be a dict of strings to strings`);
        }
        return { ...value };
    };
    const positive = (key) => {
        const value = attrs[key];
        if (value === undefined || value === null)
            return undefined;
        const n = typeof value === 'bigint' ? Number(value) : value;
        if (typeof n !== 'number' || !(n > 0))
            fail(`"${key}" must be a positive number`);
        return n;
    };
    const image = str('image') ?? fail('"image" is required');
    const env = strDict('env');
    for (const key of Object.keys(env)) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
            fail(`env: invalid variable name "${key}"`);
    }
    const workdir = str('workdir') ?? '/edo';
    if (!external_node_path_.posix.isAbsolute(workdir))
        fail('"workdir" must be an absolute path');
    const mounts = {};
    for (const [containerPath, source] of Object.entries(strDict('mounts'))) {
        if (!external_node_path_.posix.isAbsolute(containerPath))
            fail(`mounts: "${containerPath}" must be an absolute container path`);
        if (source.startsWith(':'))
            fail(`mounts: "${source}": farms are workspace-wide, write the full label (//pkg:name)`);
        if (source.startsWith('//'))
            mounts[containerPath] = { label: source };
        else if (source.startsWith('/'))
            mounts[containerPath] = { host: source };
        else
            fail(`mounts: "${source}" is neither a target label nor an absolute host path`);
    }
    const memory = attrs.memory;
    let memoryBytes;
    if (memory !== undefined && memory !== null) {
        memoryBytes =
            parseBytes(memory) ?? fail('"memory" must be a size such as "512m" or "2g", or a number of bytes');
    }
    const slots = positive('slots') ?? defaultSlots;
    const hosts = [];
    const hostAttr = attrs.hosts;
    if (hostAttr !== undefined && hostAttr !== null) {
        if (!Array.isArray(hostAttr) || hostAttr.length === 0)
            fail('"hosts" must be a non-empty list');
        for (const entry of hostAttr) {
            if (typeof entry === 'string')
                hosts.push({ endpoint: entry, slots });
            else if (isDict(entry) && typeof entry.host === 'string') {
                const hostSlots = entry.slots ?? slots;
                if (typeof hostSlots !== 'number' || !(hostSlots > 0))
                    fail(`hosts: "slots" of ${entry.host} must be positive`);
                hosts.push({ endpoint: entry.host, slots: hostSlots });
            }
            else
                fail('"hosts" entries are endpoint strings or {"host": ..., "slots": N} dicts');
        }
    }
    else {
        hosts.push({ slots });
    }
    const staging = str('staging') ?? 'auto';
    if (staging !== 'auto' && staging !== 'archive')
        fail('"staging" must be "auto" or "archive"');
    const network = str('network') ?? 'none';
    return {
        image,
        network,
        setupNetwork: str('setup_network') ?? 'bridge',
        mounts,
        env,
        setup: strList('setup'),
        packages: strList('packages'),
        user: str('user'),
        workdir,
        staging: staging,
        cpus: positive('cpus'),
        memoryBytes,
        pids: positive('pids'),
        hosts,
    };
}
function isDict(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const UNITS = { '': 1, b: 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };
/** Docker's size syntax: `512m`, `2g`, `1.5g`, or plain bytes. */
function parseBytes(value) {
    if (typeof value === 'number' || typeof value === 'bigint') {
        const n = Number(value);
        return n > 0 ? Math.floor(n) : undefined;
    }
    if (typeof value !== 'string')
        return undefined;
    const match = /^(\d+(?:\.\d+)?)\s*([bkmgt]?)i?b?$/i.exec(value.trim());
    if (!match)
        return undefined;
    const bytes = Math.floor(Number(match[1]) * UNITS[match[2].toLowerCase()]);
    return bytes > 0 ? bytes : undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./lib/environment/script-command.js
var script_command = __webpack_require__(1214);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
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
                await helper.putArchive((await storage.read(layer)), {
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
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/dockerode/lib/docker.js
var docker = __webpack_require__(9040);
;// CONCATENATED MODULE: ./lib/environment/docker/endpoint.js





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

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./lib/environment/local/tar.js
var tar = __webpack_require__(8394);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./lib/environment/docker/host-root.js



/**
 * The container's root filesystem as a host directory, when the engine runs on this machine and
 * this process may write there (overlay storage, root): staging and collection then read and write
 * it directly instead of streaming tars through the engine's archive API, which costs several times
 * more per byte. Undefined otherwise (remote engine, rootless, other storage drivers).
 */
async function hostRootOf(docker, container) {
    if (!docker.modem.socketPath)
        return undefined;
    const info = await container.inspect();
    const merged = info.GraphDriver?.Data?.MergedDir;
    // The engine's per-container files being here too shows it is this machine, not a forwarded socket.
    if (!merged || !info.HostnamePath || !(0,external_node_fs_.existsSync)(info.HostnamePath))
        return undefined;
    try {
        await (0,external_node_fs_promises_.access)(merged, external_node_fs_promises_.constants.W_OK);
        return (await (0,external_node_fs_promises_.lstat)(merged)).isDirectory() ? merged : undefined;
    }
    catch {
        return undefined;
    }
}
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
/** The engine's own message for a failed API call, rather than dockerode's HTTP wrapper text. */
function engineMessage(err) {
    return err.json?.message ?? err.message;
}

;// CONCATENATED MODULE: ./lib/environment/docker/environment.js










/**
 * Keeps the container alive between commands. Commands run as execs (≈ 30–60 ms each) instead of
 * one container per command (≈ 200–300 ms). Teardown is a force-remove (SIGKILL), so no trap.
 */
const KEEP_ALIVE = ['/bin/sh', '-c', 'while :; do sleep 3600; done'];
/** Largest script passed as an argument; longer ones are written into the container first. */
const MAX_INLINE_SCRIPT = 64 * 1024;
/**
 * One container for one target. `setup` creates it, `up` starts it (in the background: inputs are
 * staged into the created container with `putArchive` while it starts), commands run as execs with
 * their output streamed to the log, `read` streams `getArchive` to the caller's writer, and
 * `down`/`clean`/cancellation force-remove it.
 */
class DockerEnvironment {
    options;
    docker;
    vars = new Map();
    /** Directories known to exist in the container, so each is created once. */
    knownDirs = new Set(['/']);
    /** Directories `createDir` asked for that are not created yet. */
    pendingDirs = new Set();
    hostRootLookup;
    commandsRan = false;
    created;
    started;
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
        options.signal?.addEventListener('abort', () => void this.remove().catch(() => undefined), {
            once: true,
        });
    }
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
            this.started = this.cancellable(container.start());
            // Awaited by the first command; until then staging runs alongside the start.
            this.started.catch(() => undefined);
        }
    }
    async down(_log) {
        await this.remove();
    }
    async clean(_log) {
        await this.remove();
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
        const dir = this.resolve(path);
        const root = await this.hostRootForWriting();
        // The extractor works beside its target directory, so the container's root itself goes through the engine.
        if (root && dir !== '/') {
            await this.ensureDir(dir);
            const hostDir = await hostDirectory(root, dir);
            if (hostDir)
                return this.cancellable((0,tar/* extractTarInto */.n)(data, hostDir));
        }
        await this.putArchive(dir, data);
    }
    async read(path, writer) {
        await this.ensureDir();
        const container = await this.container();
        const source = this.resolve(path);
        const root = await this.hostRoot();
        const hostDir = root && (await hostDirectory(root, source));
        // Frozen while it is read: nothing in the container can swap a directory for a symlink. A
        // container that cannot be paused (it stopped) is read through the engine.
        if (hostDir &&
            (await container.pause().then(() => true, () => false))) {
            try {
                return await this.cancellable((0,tar/* packPath */.x)(hostDir, writer));
            }
            finally {
                await container.unpause();
            }
        }
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
        return this.exec(log, path, ['/bin/sh', '-euc', command]);
    }
    async run(log, _id, path, command) {
        if (!(command instanceof script_command/* ScriptCommand */.L)) {
            throw new errors/* EdoError */.bX('the docker farm runs commands made by its own deferCmd');
        }
        const script = command.toScript();
        if (script.length <= MAX_INLINE_SCRIPT)
            return this.exec(log, path, ['/bin/sh', '-euc', script]);
        this.scriptCount += 1;
        const file = external_node_path_.posix.join(this.options.config.workdir, `.edo-script-${this.scriptCount}.sh`);
        await this.write(file, external_node_stream_.Readable.from([script]));
        return this.exec(log, path, ['/bin/sh', '-eu', file]);
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
    }
    /** Runs `argv` in `path`, streaming its output to `log` as it comes. */
    async exec(log, path, argv) {
        const container = await this.running();
        const workdir = this.resolve(path);
        await this.ensureDir(workdir);
        this.commandsRan = true;
        const startedAt = Math.floor(Date.now() / 1000);
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
        const code = info.ExitCode ?? -1;
        const oomKilled = code === 137 && (await this.oomSince(startedAt));
        this.lastExit = { code, oomKilled };
        if (code === 0)
            return true;
        if (oomKilled)
            log.write('edo: killed: out of memory\n');
        else if (code > 128)
            log.write(`edo: killed by signal ${code - 128} (exit code ${code})\n`);
        else
            log.write(`edo: command exited with code ${code}\n`);
        return false;
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
        const root = await this.hostRootForWriting();
        const viaArchive = [];
        for (const d of ordered) {
            // A path through a symlink is left to the engine, which resolves it inside the container.
            if (!root || !(await hostDirectory(root, d, { ...this.owner(), mode })))
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
     * `hostRoot` for staging writes, until the first command ran: after that a process it left
     * behind could swap a checked directory for a symlink, so writes go through the engine.
     */
    async hostRootForWriting() {
        return this.commandsRan ? undefined : this.hostRoot();
    }
    /** The container's root as a host directory, once it runs, if the fast path applies (host-root.ts). */
    hostRoot() {
        if (this.options.config.staging === 'archive')
            return Promise.resolve(undefined);
        this.hostRootLookup ??= this.running().then((container) => hostRootOf(this.docker, container));
        return this.hostRootLookup;
    }
    async putArchive(dir, archive, ensure = true) {
        if (ensure)
            await this.ensureDir(dir);
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
        if (!this.started)
            await this.up({ write: () => undefined });
        await this.started;
        return this.container();
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
        try {
            const container = await this.docker.createContainer({
                Image: image,
                Entrypoint: KEEP_ALIVE,
                Cmd: [],
                Env: this.envList(),
                WorkingDir: config.workdir,
                Labels: labelsOf(labels),
                NetworkDisabled: config.network === 'none',
                HostConfig: hostConfig,
            });
            if (this.options.signal?.aborted) {
                await container.remove({ force: true }).catch(() => undefined);
                this.throwIfCancelled();
            }
            return container;
        }
        catch (err) {
            if (err instanceof errors/* EdoError */.bX)
                throw err;
            throw this.wrap(err, `creating a container from ${image} on engine ${lease.engine.name}`);
        }
    }
    /** Force-removes the container (no stop grace period) and frees the engine slot; idempotent. */
    remove() {
        this.removal ??= (async () => {
            for (const stream of this.activeStreams)
                stream.destroy();
            try {
                if (!this.created)
                    return;
                const container = await this.created.catch(() => undefined);
                if (!container)
                    return;
                await container.remove({ force: true, v: true }).catch((err) => {
                    if (statusOf(err) !== 404)
                        throw this.wrap(err, 'removing the container');
                });
            }
            finally {
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
    async setup(log, storage) {
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
            await Promise.all(engines.map((engine) => this.buildSetupImage(log, engine, tag)));
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
    async buildSetupImage(log, engine, tag) {
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
        try {
            const output = (await container.attach({
                stream: true,
                stdout: true,
                stderr: true,
            }));
            const toLog = logWriter(log);
            engine.docker.modem.demuxStream(output, toLog, toLog);
            await container.start();
            const { StatusCode } = (await container.wait());
            await (0,promises_.finished)(output).catch(() => undefined);
            if (StatusCode !== 0) {
                throw new errors/* EdoError */.bX(`environment_farm "${this.options.name}": setup exited with code ${StatusCode} on ${engine.name}`);
            }
            const [repo, version] = [tag.slice(0, tag.lastIndexOf(':')), tag.slice(tag.lastIndexOf(':') + 1)];
            const committed = (await container.commit({ repo, tag: version }));
            engine.image = committed.Id;
        }
        finally {
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
const createDockerFarm = async (addr, node, ctx) => new DockerFarm(parseDockerFarm(node, (0,external_node_os_.availableParallelism)()), {
    name: addr,
    workspace: ctx.getArg('workspace') ?? process.cwd(),
    build: ctx.getArg('build') ?? PROCESS_BUILD_ID,
    context: ctx,
});


/***/ }),

/***/ 8394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ extractTarInto),
/* harmony export */   x: () => (/* binding */ packPath)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var _storage_checkout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9465);
/* harmony import */ var _storage_oci_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(500);
/* harmony import */ var _storage_pack_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6104);






/** Moves everything in `from` into `to`; entries of `from` replace those of `to`, directories merge. */
async function mergeInto(from, to) {
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(from)) {
        const source = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(from, name);
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(to, name);
        const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(target).catch(() => undefined);
        if (existing?.isDirectory() && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(source)).isDirectory()) {
            await mergeInto(source, target);
            continue;
        }
        if (existing)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(target, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(source, target);
    }
}
/**
 * Extracts one tar stream into `dir` (which exists) with the store's safe extractor, over what is
 * already there, as the next layer of an artifact would be applied. The tar goes to a fresh
 * directory beside `dir` first: the extractor only writes into empty directories.
 */
async function extractTarInto(data, dir) {
    const temp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir), '.unpack-'));
    try {
        const layer = { mediaType: _storage_oci_js__WEBPACK_IMPORTED_MODULE_4__/* .MediaType */ .zu.layerTar, digest: 'a tar stream', size: 0 };
        await (0,_storage_checkout_js__WEBPACK_IMPORTED_MODULE_3__.extractArtifact)({ read: async () => data }, { config: { id: { name: 'unpack', digest: '' }, provides: [], requires: {} }, layers: [layer] }, temp);
        await mergeInto(temp, dir);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { recursive: true, force: true });
    }
}
/**
 * Writes a deterministic tar of the directory `path` (its contents at the tar's root) to `writer`.
 * The writer is borrowed: it is left open for the caller to end.
 */
async function packPath(path, writer) {
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,_storage_pack_js__WEBPACK_IMPORTED_MODULE_5__/* .packDirectory */ .j)(path), writer, { end: false });
}


/***/ }),

/***/ 1214:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ ScriptCommand),
/* harmony export */   Z: () => (/* binding */ shellQuote)
/* harmony export */ });
/** Quotes a string for POSIX sh so it is passed through as one word. */
function shellQuote(value) {
    if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value))
        return value;
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function assertEnvName(key) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
        throw new Error(`invalid environment variable name: ${key}`);
}
/**
 * The seed's `command` resource as a POSIX sh script, so every environment (local, Docker, a
 * plugin's) runs the same steps the same way: `sh -eu` semantics, one script per run.
 * `send(path)` marks a path whose contents the caller collects after the run.
 */
class ScriptCommand {
    lines = [];
    sent = [];
    depth = 0;
    set(key, value) {
        assertEnvName(key);
        this.lines.push(`export ${key}=${shellQuote(value)}`);
    }
    chdir(path) {
        this.lines.push(`cd ${shellQuote(path)}`);
    }
    pushd(path) {
        this.depth += 1;
        this.lines.push(`__edo_dir_${this.depth}="$PWD"`, `cd ${shellQuote(path)}`);
    }
    popd() {
        if (this.depth === 0)
            throw new Error('popd without pushd');
        this.lines.push(`cd "$__edo_dir_${this.depth}"`);
        this.depth -= 1;
    }
    createNamedDir(key, path) {
        assertEnvName(key);
        this.lines.push(`mkdir -p ${shellQuote(path)}`, `export ${key}="$(cd ${shellQuote(path)} && pwd)"`);
    }
    createDir(path) {
        this.lines.push(`mkdir -p ${shellQuote(path)}`);
    }
    removeDir(path) {
        this.lines.push(`rm -rf ${shellQuote(path)}`);
    }
    removeFile(path) {
        this.lines.push(`rm -f ${shellQuote(path)}`);
    }
    mv(source, target) {
        this.lines.push(`mv ${shellQuote(source)} ${shellQuote(target)}`);
    }
    copy(source, target) {
        this.lines.push(`cp -R ${shellQuote(source)} ${shellQuote(target)}`);
    }
    /** A user's command line, run as written by the shell. */
    run(cmd) {
        this.lines.push(cmd);
    }
    send(path) {
        this.sent.push(path);
    }
    /** Paths marked with `send`, in order. */
    sentPaths() {
        return this.sent;
    }
    /** The whole script, to run with `sh -eu`. */
    toScript() {
        return ['set -eu', ...this.lines, ''].join('\n');
    }
}


/***/ }),

/***/ 9465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkout: () => (/* binding */ checkout),
/* harmony export */   extractArtifact: () => (/* binding */ extractArtifact)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6466);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8522);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6118);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3434);
/* harmony import */ var _model_id_format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6906);
/* harmony import */ var _fs_util_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7563);










/**
 * Extracts an artifact's layers, in order, into `dir`, which must not exist or be empty. The layers
 * are extracted into a temp directory next to `dir` and renamed into place at the end, so `dir`
 * either gets the whole tree or nothing (a corrupt or unsafe layer leaves no partial tree).
 */
async function checkout(backend, id, dir) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir);
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(target).catch((err) => {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    });
    if (existing && existing.length > 0)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EdoError */ .bX(`checkout: ${dir} exists and is not empty`);
    const artifact = await backend.open(id);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.${(0,_fs_util_js__WEBPACK_IMPORTED_MODULE_9__/* .tempName */ .u8)('checkout')}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(temp);
    try {
        await extractArtifact(backend, artifact, temp);
        if (existing)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir)(target);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, target);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { recursive: true, force: true });
        if (err instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EdoError */ .bX)
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EdoError */ .bX(`checkout of ${(0,_model_id_format_js__WEBPACK_IMPORTED_MODULE_8__.idToString)(id)}: ${err.message}`);
        throw err;
    }
}
/**
 * Extracts the artifact's layers in order into `dir`, an existing empty directory. Later layers
 * replace earlier entries at the same path. Every entry is checked before anything is written.
 */
async function extractArtifact(backend, artifact, dir) {
    const tree = new Map();
    const directoryModes = new Map();
    for (const layer of artifact.layers) {
        await extractLayer(await layerTar(backend, layer), dir, tree, directoryModes, layer.digest);
    }
    // Directory modes last (deepest first), so a read-only directory does not block its own contents.
    // A directory a later layer replaced is no longer in the tree.
    const deepestFirst = [...directoryModes]
        .filter(([path]) => tree.get(path) === 'directory')
        .sort(([a], [b]) => b.split('/').length - a.split('/').length);
    for (const [path, mode] of deepestFirst)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, path), mode);
}
/** The layer as an uncompressed tar stream: gzipped layers (from images) are decompressed. */
async function layerTar(backend, layer) {
    const stream = await backend.read(layer);
    if (/[+.]gzip$/.test(layer.mediaType))
        return (0,node_stream__WEBPACK_IMPORTED_MODULE_3__.pipeline)(stream, (0,node_zlib__WEBPACK_IMPORTED_MODULE_5__.createGunzip)(), () => undefined);
    if (/[+.]zstd$/.test(layer.mediaType)) {
        stream.destroy();
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EdoError */ .bX(`layer ${layer.digest} is zstd-compressed (${layer.mediaType}), which is not supported`);
    }
    return stream;
}
async function extractLayer(stream, root, tree, directoryModes, digest) {
    const extract = tar_stream__WEBPACK_IMPORTED_MODULE_6__.extract();
    const fed = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(stream, extract);
    const seenInLayer = new Set();
    try {
        for await (const entry of extract) {
            const { header } = entry;
            const unsafe = (why) => new _model_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EdoError */ .bX(`unsafe entry ${JSON.stringify(header.name)} in layer ${digest}: ${why}`);
            const path = safeRelativePath(header.name, unsafe);
            if (path === '') {
                if (header.type !== 'directory')
                    throw unsafe('only a directory may name the root');
                entry.resume();
                continue;
            }
            if (seenInLayer.has(path))
                throw unsafe('the path appears twice in the layer');
            seenInLayer.add(path);
            if (node_path__WEBPACK_IMPORTED_MODULE_2__.posix.basename(path).startsWith(WHITEOUT)) {
                await applyWhiteout(root, path, tree, seenInLayer, unsafe);
                entry.resume();
                continue;
            }
            await prepareParents(root, path, tree, unsafe);
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path);
            const mode = header.mode & 0o777;
            if (header.type === 'directory') {
                if (tree.get(path) !== 'directory') {
                    await replace(full, path, tree);
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(full, { mode: 0o755 });
                    tree.set(path, 'directory');
                }
                directoryModes.set(path, mode);
                entry.resume();
            }
            else if (header.type === 'file' || header.type === 'contiguous-file') {
                await replace(full, path, tree);
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(entry, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(full, { flags: 'wx', mode }));
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(full, mode);
                tree.set(path, 'file');
            }
            else if (header.type === 'symlink') {
                checkSymlinkTarget(path, header.linkname ?? '', unsafe);
                await replace(full, path, tree);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.symlink)(header.linkname, full);
                tree.set(path, 'symlink');
                entry.resume();
            }
            else if (header.type === 'link') {
                const source = safeRelativePath(header.linkname ?? '', (why) => unsafe(`hard link target ${why}`));
                if (tree.get(source) !== 'file') {
                    throw unsafe(`hard link to ${JSON.stringify(header.linkname)}, which is not a file extracted before it`);
                }
                await replace(full, path, tree);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, source), full);
                tree.set(path, 'file');
                entry.resume();
            }
            else {
                throw unsafe(`${header.type} entries are not allowed (only files, directories and links)`);
            }
        }
        await fed;
    }
    catch (err) {
        stream.destroy();
        await fed.catch(() => undefined);
        throw err;
    }
}
const WHITEOUT = '.wh.';
const OPAQUE_WHITEOUT = '.wh..wh..opq';
/**
 * OCI whiteouts (layers of images use them): `.wh.NAME` deletes NAME from the layers below;
 * `.wh..wh..opq` empties its directory of what the layers below put there. Nothing is followed
 * through a symlink: a whiteout under anything but directories extracted here has no effect.
 */
async function applyWhiteout(root, path, tree, seenInLayer, unsafe) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.basename(path);
    const hidden = name.slice(WHITEOUT.length);
    if (name !== OPAQUE_WHITEOUT && (hidden === '' || hidden === '.' || hidden === '..')) {
        throw unsafe('a whiteout must name an entry of its directory');
    }
    const parent = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(path) === '.' ? '' : node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(path);
    const parts = parent === '' ? [] : parent.split('/');
    for (let i = 1; i <= parts.length; i++) {
        if (tree.get(parts.slice(0, i).join('/')) !== 'directory')
            return;
    }
    const targets = name === OPAQUE_WHITEOUT
        ? [...tree.keys()].filter((key) => node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(key) === (parent || '.') && !seenInLayer.has(key))
        : [parent === '' ? hidden : `${parent}/${hidden}`];
    for (const target of targets)
        await replace((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, target), target, tree);
}
/** The entry's path relative to the root, normalised; `..` anywhere or a leading `/` is refused. */
function safeRelativePath(name, unsafe) {
    if (name.includes('\0'))
        throw unsafe('the path contains a NUL byte');
    if (name.startsWith('/'))
        throw unsafe('absolute paths are not allowed');
    const parts = name.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.includes('..'))
        throw unsafe('".." is not allowed in paths');
    return parts.join('/');
}
/** Parent directories must be directories extracted here (never symlinks); missing ones are created. */
async function prepareParents(root, path, tree, unsafe) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
        const parent = parts.slice(0, i).join('/');
        const kind = tree.get(parent);
        if (kind === 'directory')
            continue;
        if (kind !== undefined)
            throw unsafe(`its parent ${parent} is a ${kind}, not a directory`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, parent), { mode: 0o755 });
        tree.set(parent, 'directory');
    }
}
/** A symlink must resolve inside the root: relative, and not climbing above it. */
function checkSymlinkTarget(path, target, unsafe) {
    if (target === '')
        throw unsafe('symlink with an empty target');
    if (target.startsWith('/'))
        throw unsafe(`symlink to the absolute path ${target} points outside the directory`);
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(path), target));
    if (resolved === '..' || resolved.startsWith('../')) {
        throw unsafe(`symlink to ${target} points outside the directory`);
    }
}
/** Removes whatever an earlier layer put at `path` (and forgets everything below it). */
async function replace(full, path, tree) {
    if (!tree.has(path))
        return;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(full, { recursive: true, force: true });
    tree.delete(path);
    const below = path + '/';
    for (const key of [...tree.keys()])
        if (key.startsWith(below))
            tree.delete(key);
}


/***/ }),

/***/ 6104:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ writeDirectoryLayer),
/* harmony export */   j: () => (/* binding */ packDirectory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6118);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3434);
/* harmony import */ var _oci_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(500);
/* harmony import */ var _streams_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6280);
/* harmony import */ var _tar_entries_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4739);








/**
 * Packs a directory tree into an uncompressed tar stream that depends only on the tree's names,
 * contents, symlink targets and executable bits: entries are sorted, mtime/uid/gid/uname are fixed,
 * modes are normalised (directories and executables 0755, other files 0644), symlinks stay symlinks,
 * hard links become separate files. Sockets, FIFOs and device files are an error. The stream is
 * produced lazily, one file at a time, so memory use does not depend on the tree's size.
 */
function packDirectory(dir) {
    const pack = tar_stream__WEBPACK_IMPORTED_MODULE_3__.pack({ highWaterMark: 1 << 20 });
    packTree(pack, dir, '').then(() => pack.finalize(), (err) => pack.destroy(err));
    return node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from(pack, { objectMode: false, highWaterMark: 1 << 20 });
}
/** Packs `dir` into a new layer of `backend` (media type: uncompressed OCI layer tar). */
async function writeDirectoryLayer(backend, dir, platform) {
    const writer = await backend.startLayer();
    await (0,_streams_js__WEBPACK_IMPORTED_MODULE_6__/* .pipeIntoWriter */ ._)(packDirectory(dir), writer);
    return backend.finishLayer(_oci_js__WEBPACK_IMPORTED_MODULE_5__/* .MediaType */ .zu.layerTar, platform, writer);
}
/**
 * Files up to this size are read with one synchronous call: for trees of many small files the
 * round trips of asynchronous I/O, not the bytes, dominate (GNU tar makes plain system calls too).
 * Bigger files stream, so memory stays bounded.
 */
const SMALL_FILE = 1 << 20;
async function packTree(pack, root, prefix) {
    const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, prefix)).sort(byCodeUnits);
    for (const name of names) {
        const relative = prefix + name;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, relative);
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        if (info.isDirectory()) {
            await (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .addEntry */ .An)(pack, { ..._tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .FIXED_TAR_HEADER */ .tr, name: relative + '/', type: 'directory', mode: 0o755 });
            await packTree(pack, root, relative + '/');
        }
        else if (info.isFile()) {
            const mode = info.mode & 0o100 ? 0o755 : 0o644;
            const header = { ..._tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .FIXED_TAR_HEADER */ .tr, name: relative, type: 'file', mode, size: info.size };
            if (info.size <= SMALL_FILE) {
                const content = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
                if (content.length !== info.size)
                    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EdoError */ .bX(`cannot pack ${path}: it changed while being read`);
                await (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .addEntry */ .An)(pack, header, content);
            }
            else {
                await (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .addStreamEntry */ .ay)(pack, header, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: 1 << 20 }));
            }
        }
        else if (info.isSymbolicLink()) {
            const linkname = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(path);
            await (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .addEntry */ .An)(pack, { ..._tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .FIXED_TAR_HEADER */ .tr, name: relative, type: 'symlink', mode: 0o777, linkname });
        }
        else {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EdoError */ .bX(`cannot pack ${path}: sockets, FIFOs and device files cannot go into a layer`);
        }
    }
}
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 4739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ addEntry),
/* harmony export */   ay: () => (/* binding */ addStreamEntry),
/* harmony export */   tr: () => (/* binding */ FIXED_TAR_HEADER)
/* harmony export */ });
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6466);

/** Entries of deterministic tars have this mtime and owner, whatever the files on disk say. */
const FIXED_TAR_HEADER = { mtime: new Date(0), uid: 0, gid: 0, uname: '', gname: '' };
/** Adds an entry without a body (directory, symlink) or with a small in-memory body. */
function addEntry(pack, header, body) {
    return new Promise((resolve, reject) => {
        const done = (err) => (err ? reject(err) : resolve());
        if (body === undefined)
            pack.entry(header, done);
        else
            pack.entry(header, body, done);
    });
}
/** Adds an entry whose body streams from `source` (exactly `header.size` bytes), with backpressure. */
async function addStreamEntry(pack, header, source) {
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_0__.pipeline)(source, pack.entry(header));
}


/***/ })

};
