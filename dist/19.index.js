import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 19;
export const ids = [19];
export const modules = {

/***/ 71019:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TargetLogs: () => (/* binding */ TargetLogs),
/* harmony export */   X1: () => (/* binding */ withLog)
/* harmony export */ });
/* unused harmony exports LOGS_KEPT, FileLog */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73434);




/** How many logs per target are kept. */
const LOGS_KEPT = 5;
/**
 * The directory of a target's logs, read as its label: `//app/web:server` → `app/web/:server`,
 * `//:greeting` → `:greeting`. No package directory starts with ":", so labels never share one;
 * a "/" in a target's name is percent-encoded.
 */
function targetDir(root, label) {
    const body = label.replace(/^\/\//, '');
    const colon = body.indexOf(':');
    const packageDirs = body
        .slice(0, colon)
        .split('/')
        .filter((part) => part !== '');
    const name = body
        .slice(colon + 1)
        .replaceAll('%', '%25')
        .replaceAll('/', '%2F');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, ...packageDirs, `:${name}`);
}
/** Adds the log's path under the error, so the whole output is one command away. */
function withLog(error, logPath) {
    return logPath === undefined ? error : (0,_model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .withDetails */ .FE)(error, [`  log: ${(0,_model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .pathForMessages */ .dg)(logPath)}`]);
}
/** A log's file name: its start time and process (so two edo processes never share one). */
const LOG_FILE = /^\d.*\.log$/;
/** A log file that is written as output arrives (synchronously: a crash keeps what was written). */
class FileLog {
    path;
    fd;
    constructor(path) {
        this.path = path;
        this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'a', 0o644);
    }
    /** The last text written, so a failure already explained is not repeated. */
    lastText = '';
    write(data) {
        if (this.fd === undefined)
            return;
        if (typeof data === 'string')
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, data);
        else
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, data);
        if (typeof data === 'string')
            this.lastText = data;
    }
    /**
     * Ends the log with why its target failed (a plugin's trap, a staging error), unless the
     * transform's own last words were that: the log is what a user opens to find out.
     */
    recordFailure(message) {
        if (!this.lastText.includes(message))
            this.write(`edo: error: ${message}\n`);
    }
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        this.fd = undefined;
    }
}
/**
 * Per-target logs under `.edo/logs/`: one file for each time a target actually ran, named so they
 * sort by time; only the newest `LOGS_KEPT` per target are kept.
 */
class TargetLogs {
    root;
    constructor(root) {
        this.root = root;
    }
    async open(label) {
        return this.openIn(targetDir(this.root, label));
    }
    /** A log of an environment farm's setup, under `:farms/NAME/` (no package starts with ":"). */
    async openFarm(name) {
        return this.openIn((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, ':farms', encodeURIComponent(name)));
    }
    async openIn(dir) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const log = new FileLog((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${stamp}-${process.pid}.log`));
        await this.prune(dir);
        return log;
    }
    async prune(dir) {
        const files = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)).filter((f) => LOG_FILE.test(f)).sort();
        for (const old of files.slice(0, Math.max(0, files.length - LOGS_KEPT))) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, old)).catch(() => undefined);
        }
    }
    /** The newest log of a target, if it ever ran. */
    async latest(label) {
        const dir = targetDir(this.root, label);
        const files = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir).catch(() => [])).filter((f) => LOG_FILE.test(f)).sort();
        return files.length > 0 ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, files[files.length - 1]) : undefined;
    }
}


/***/ })

};
