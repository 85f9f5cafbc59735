import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 879;
export const ids = [879];
export const modules = {

/***/ 75879:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkOnly: () => (/* binding */ checkOnly),
  readSource: () => (/* binding */ readSource),
  repl: () => (/* binding */ repl),
  runFile: () => (/* binding */ runFile)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __webpack_require__(73434);
// EXTERNAL MODULE: ./lib/starlark/errors.js
var starlark_errors = __webpack_require__(39981);
// EXTERNAL MODULE: ./lib/starlark/eval.js
var starlark_eval = __webpack_require__(37096);
// EXTERNAL MODULE: ./lib/starlark/library.js
var library = __webpack_require__(35195);
// EXTERNAL MODULE: ./lib/starlark/ops.js
var ops = __webpack_require__(29612);
// EXTERNAL MODULE: ./lib/starlark/strings.js
var strings = __webpack_require__(24166);
// EXTERNAL MODULE: ./lib/starlark/values.js
var values = __webpack_require__(3436);
;// CONCATENATED MODULE: ./lib/starlark/assert.js
/**
 * The built-in `assert.star` module of `edo starlark test`: exports exactly `assert` and `freeze`.
 * A failed assertion raises an error at the caller's position, like `fail`.
 */






function ulp(x) {
    const a = Math.abs(x);
    if (a === 0)
        return Number.MIN_VALUE;
    return Math.pow(2, Math.floor(Math.log2(a)) - 52);
}
/** Equality for assert.eq: floats (or float vs int) within one ULP of each other count as equal. */
function nearlyEqual(x, y) {
    if ((0,values/* equals */.aI)(x, y))
        return true;
    if (x instanceof values/* Float */.nt || y instanceof values/* Float */.nt) {
        const a = x instanceof values/* Float */.nt ? x.v : typeof x === 'number' || typeof x === 'bigint' ? Number(x) : NaN;
        const b = y instanceof values/* Float */.nt ? y.v : typeof y === 'number' || typeof y === 'bigint' ? Number(y) : NaN;
        if (Number.isFinite(a) && Number.isFinite(b))
            return Math.abs(a - b) <= ulp(Math.max(Math.abs(a), Math.abs(b)));
    }
    return false;
}
const methods = [
    [
        'eq',
        (_th, args, kw) => {
            const [x, y] = (0,library/* positional */.n8)('assert.eq', args, kw, 2, 2);
            if (!nearlyEqual(x, y))
                (0,starlark_errors/* fail */.f)(`${(0,values/* repr */.Sj)(x)} != ${(0,values/* repr */.Sj)(y)}`);
            return null;
        },
    ],
    [
        'ne',
        (_th, args, kw) => {
            const [x, y] = (0,library/* positional */.n8)('assert.ne', args, kw, 2, 2);
            if ((0,values/* equals */.aI)(x, y))
                (0,starlark_errors/* fail */.f)(`${(0,values/* repr */.Sj)(x)} == ${(0,values/* repr */.Sj)(y)}`);
            return null;
        },
    ],
    [
        'true',
        (_th, args, kw) => {
            const [cond, msg] = (0,library/* unpackArgs */.AS)('assert.true', args, kw, ['cond', 'msg?']);
            if (!(0,values/* truth */.Im)(cond))
                (0,starlark_errors/* fail */.f)(msg === undefined ? 'assertion failed' : (0,values/* str */.gx)(msg));
            return null;
        },
    ],
    [
        'lt',
        (_th, args, kw) => {
            const [x, y] = (0,library/* positional */.n8)('assert.lt', args, kw, 2, 2);
            if (!((0,values/* compare */.UD)('<', x, y) < 0))
                (0,starlark_errors/* fail */.f)(`${(0,values/* str */.gx)(x)} is not less than ${(0,values/* str */.gx)(y)}`);
            return null;
        },
    ],
    [
        'contains',
        (_th, args, kw) => {
            const [coll, x] = (0,library/* positional */.n8)('assert.contains', args, kw, 2, 2);
            if (!(0,ops/* contains */.gR)(coll, x))
                (0,starlark_errors/* fail */.f)(`${(0,values/* str */.gx)(coll)} does not contain ${(0,values/* str */.gx)(x)}`);
            return null;
        },
    ],
    [
        'fails',
        (th, args, kw) => {
            const [fn, pattern] = (0,library/* positional */.n8)('assert.fails', args, kw, 2, 2);
            if (typeof pattern !== 'string')
                (0,starlark_errors/* fail */.f)(`assert.fails: got ${typeof pattern}, want string pattern`);
            let re;
            try {
                // Go's RE2 spells flags inline, e.g. (?i); JS takes them separately.
                const m = /^\(\?([ims]+)\)/.exec(pattern);
                re = new RegExp((0,strings/* decodeUtf8 */._6)(m ? pattern.slice(m[0].length) : pattern), m ? m[1] : undefined);
            }
            catch {
                (0,starlark_errors/* fail */.f)(`assert.fails: invalid regular expression: ${pattern}`);
            }
            const saved = th.frame;
            try {
                (0,starlark_eval/* callValue */.Qm)(th, fn, [], null, th.callerPosition() ?? null);
            }
            catch (e) {
                th.frame = saved;
                if (!(e instanceof starlark_errors/* StarlarkError */.H))
                    throw e;
                if (/too many steps/.test(e.message))
                    throw e;
                const msg = (0,strings/* decodeUtf8 */._6)(e.message);
                if (!re.test(msg))
                    (0,starlark_errors/* fail */.f)(`regular expression (${pattern}) did not match error (${e.message})`);
                return null;
            }
            (0,starlark_errors/* fail */.f)(`evaluation succeeded unexpectedly (want error matching ${(0,values/* repr */.Sj)(pattern)})`);
        },
    ],
    [
        'fail',
        (_th, args, kw) => {
            const [msg] = (0,library/* positional */.n8)('assert.fail', args, kw, 1, 1);
            (0,starlark_errors/* fail */.f)((0,values/* str */.gx)(msg));
        },
    ],
];
/** The exports of `assert.star`. */
function assertModule() {
    const fields = new Map(methods.map(([name, impl]) => [name, new values/* Builtin */.kP(name, (th, args, kw) => impl(th, args, kw))]));
    const freezeBuiltin = new values/* Builtin */.kP('freeze', (_th, args, kw) => {
        const [x] = (0,library/* positional */.n8)('freeze', args, kw, 1, 1);
        (0,values/* freeze */.CN)(x);
        return x;
    });
    return new Map([
        ['assert', new values/* Struct */._k(fields, 'assert')],
        ['freeze', freezeBuiltin],
    ]);
}

// EXTERNAL MODULE: ./lib/starlark/index.js + 3 modules
var starlark = __webpack_require__(93188);
;// CONCATENATED MODULE: ./lib/cli/commands/starlark-actions.js
// The work behind `edo starlark`: loaded only when that command runs, so other commands start fast.






function readSource(ctx, file) {
    try {
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(ctx.cwd, file), 'utf8');
    }
    catch (e) {
        throw new errors/* EdoError */.bX(`${file}: cannot read: ${e.code ?? String(e)}`);
    }
}
/** Runs FILE as a module; load() paths are relative to the loading file, `assert.star` is built in when testing. */
function runFile(ctx, file, testing) {
    const out = ctx.io.stdout;
    const builtinModules = new Map();
    if (testing)
        builtinModules.set('assert.star', assertModule());
    const load = (0,starlark/* createLoader */.Eq)((module, fromFile) => {
        // The root is named exactly as given on the command line; loaded files relative to their loader.
        const path = fromFile === ROOT ? module : (0,external_node_path_.join)((0,external_node_path_.dirname)(fromFile), module);
        return { key: (0,external_node_path_.resolve)(ctx.cwd, path), file: path, source: readSource(ctx, path), dialect: starlark/* dialects */.O9.spec };
    }, builtinModules);
    const thread = (0,starlark/* createThread */.Nw)({ load, print: (msg) => out.write(msg + '\n') });
    const globals = load(file, ROOT, thread);
    if (testing)
        runTestFunctions(ctx, globals, thread);
}
/**
 * `edo starlark test`: after the file's top level has run, each of its functions named `test_*`
 * is called in the order they are defined; a failure is reported and the next one runs.
 */
function runTestFunctions(ctx, globals, thread) {
    const tests = [...globals].filter(([name, value]) => name.startsWith('test_') && (0,starlark/* typeName */.go)(value) === 'function');
    let failed = 0;
    for (const [name, fn] of tests) {
        try {
            (0,starlark/* call */.T1)(thread, fn);
            ctx.io.stdout.write(`ok   ${name}\n`);
        }
        catch (e) {
            if (!(e instanceof starlark/* StarlarkError */.H9))
                throw e;
            failed++;
            ctx.io.stdout.write(`FAIL ${name}\n`);
            ctx.io.stderr.write(e.format() + '\n');
        }
    }
    if (failed > 0)
        throw new errors/* EdoError */.bX(`${failed} of ${tests.length} test functions failed`);
}
const ROOT = '';
/** A line-oriented prompt: a line ending in ':' opens a block that a blank line closes. */
function repl(ctx) {
    const rl = (0,external_node_readline_.createInterface)({ input: process.stdin, output: process.stdout, prompt: '>>> ' });
    const thread = (0,starlark/* createThread */.Nw)({ print: (msg) => ctx.io.stdout.write(msg + '\n') });
    let globals = new Map();
    let chunk = 0;
    let pending = [];
    const run = (source) => {
        const file = `<stdin:${++chunk}>`;
        let isExpr = false;
        try {
            (0,starlark/* parseExpr */.tv)(file, source);
            isExpr = source.trim() !== '';
        }
        catch {
            // Not a lone expression: run it as statements.
        }
        try {
            const text = isExpr ? `${REPL_ASSIGNMENT}${source}\n` : source + '\n';
            const result = (0,starlark/* execModule */.cF)({
                file,
                source: text,
                dialect: starlark/* dialects */.O9.permissive,
                predeclared: globals,
                thread,
            });
            const value = result.get(REPL_VALUE);
            result.delete(REPL_VALUE);
            globals = new Map([...globals, ...result]);
            if (value !== undefined && value !== null)
                ctx.io.stdout.write((0,starlark/* repr */.Sj)(value) + '\n');
        }
        catch (e) {
            if (!(e instanceof starlark/* StarlarkError */.H9))
                throw e;
            if (isExpr)
                withoutAssignment(e, file);
            ctx.io.stderr.write(e.format() + '\n');
        }
    };
    rl.prompt();
    rl.on('line', (line) => {
        if (pending.length > 0 || line.trimEnd().endsWith(':')) {
            if (line.trim() !== '') {
                pending.push(line);
                rl.setPrompt('... ');
                rl.prompt();
                return;
            }
            line = pending.join('\n');
            pending = [];
            rl.setPrompt('>>> ');
        }
        run(line);
        rl.prompt();
    });
    return new Promise((done) => rl.on('close', done));
}
const REPL_VALUE = '__repl_value__';
const REPL_ASSIGNMENT = `${REPL_VALUE} = `;
/** Positions in an expression the REPL ran as `__repl_value__ = EXPR`, as the user typed it. */
function withoutAssignment(error, file) {
    const typed = (pos) => pos.file === file && pos.line === 1 && pos.col > REPL_ASSIGNMENT.length
        ? { ...pos, col: pos.col - REPL_ASSIGNMENT.length }
        : pos;
    if (error.context.position)
        error.context.position = typed(error.context.position);
    error.traceback = error.traceback.map((frame) => ({ ...frame, pos: typed(frame.pos) }));
}
/** `edo starlark check FILE`: parse and resolve only. */
function checkOnly(ctx, file) {
    (0,starlark/* checkFile */.vH)(file, readSource(ctx, file), { dialect: starlark/* dialects */.O9.permissive });
}


/***/ })

};
