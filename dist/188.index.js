import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 188;
export const ids = [188];
export const modules = {

/***/ 39981:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ StarlarkError),
/* harmony export */   f: () => (/* binding */ fail)
/* harmony export */ });
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73434);
/* harmony import */ var _strings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24166);


/**
 * A Starlark error: static (scan, parse, resolve) or dynamic (evaluation). `message` is the bare
 * message, as `assert.fails` matches it; `format()` gives `FILE:LINE:COL: message` and, for dynamic
 * errors, the Starlark traceback on further lines.
 */
class StarlarkError extends _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EdoError */ .bX {
    /** Innermost frame last, like Python's "most recent call last". Empty for static errors. */
    traceback = [];
    constructor(message, position) {
        super(message, position ? { position } : {});
        this.name = 'StarlarkError';
    }
    get position() {
        return this.context.position;
    }
    /** Sets the position unless one is already known (the innermost position wins). */
    at(position) {
        if (!this.context.position)
            this.context.position = position;
        return this;
    }
    format() {
        const p = this.context.position;
        const message = (0,_strings_js__WEBPACK_IMPORTED_MODULE_1__/* .messageText */ .Lo)(this.message);
        const head = p ? `${p.file}:${p.line}:${p.col}: ${message}` : message;
        if (this.traceback.length === 0)
            return head;
        const lines = this.traceback.map((f) => `  ${f.pos.file}:${f.pos.line}:${f.pos.col}: in ${f.name}`);
        return [head, 'Traceback (most recent call last):', ...lines].join('\n');
    }
}
/** Raises a dynamic error whose position the enclosing operation or call site fills in. */
function fail(message) {
    throw new StarlarkError(message);
}


/***/ }),

/***/ 37096:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ Compiler),
/* harmony export */   Qm: () => (/* binding */ callValue),
/* harmony export */   jV: () => (/* binding */ Thread),
/* harmony export */   nV: () => (/* binding */ Module)
/* harmony export */ });
/* unused harmony exports Frame, withPos */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39981);
/* harmony import */ var _library_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35195);
/* harmony import */ var _ops_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29612);
/* harmony import */ var _spell_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39806);
/* harmony import */ var _strings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24166);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3436);






const BREAK = 1;
const CONTINUE = 2;
const RETURN = 3;
/** A Starlark thread: the call stack, the step budget, and the host's hooks. */
class Thread {
    printHandler;
    loader;
    steps = 0;
    maxSteps = Infinity;
    frame = null;
    /** Host data, e.g. the package whose BUILD file is being evaluated. */
    locals = new Map();
    constructor(printHandler = (msg) => process.stdout.write(msg + '\n'), loader) {
        this.printHandler = printHandler;
        this.loader = loader;
    }
    print(msg) {
        this.printHandler(msg, this);
    }
    /** Calls a Starlark callable from a builtin; errors are positioned at the builtin's call site. */
    callValue(fn, args, kwargs = null) {
        return callValue(this, fn, args, kwargs, this.frame?.callPos ?? null);
    }
    /** The position of the innermost Starlark call in progress: where a builtin was called from. */
    callerPosition() {
        return this.frame?.callPos ?? undefined;
    }
    /** The Starlark call stack, outermost first. */
    callStack() {
        const out = [];
        for (let f = this.frame; f; f = f.parent)
            out.unshift({ name: f.name, pos: f.callPos ?? undefined });
        return out;
    }
}
class Frame {
    locals;
    free;
    th;
    name;
    parent;
    callPos = null;
    ret = null;
    constructor(locals, free, th, name, parent) {
        this.locals = locals;
        this.free = free;
        this.th = th;
        this.name = name;
        this.parent = parent;
    }
}
/** A module being executed: its global slots and the values of predeclared names. */
class Module {
    file;
    globalNames;
    predeclared;
    universe;
    allowRecursion;
    globals;
    constructor(file, globalNames, predeclared, universe, allowRecursion) {
        this.file = file;
        this.globalNames = globalNames;
        this.predeclared = predeclared;
        this.universe = universe;
        this.allowRecursion = allowRecursion;
        this.globals = new Array(globalNames.length);
    }
    /** The module's bound globals, by name; names bound by load() are file-local and left out. */
    exports() {
        const out = new Map();
        this.globalNames.forEach((g, i) => {
            if (this.globals[i] !== undefined && !g.loaded)
                out.set(g.name, this.globals[i]);
        });
        return out;
    }
}
/** Attaches a position to an error raised without one. */
function withPos(e, pos) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H) {
        if (pos)
            e.at(pos);
        return e;
    }
    if (e instanceof RangeError && /call stack/.test(e.message)) {
        const err = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H('Starlark stack overflow');
        if (pos)
            err.at(pos);
        return err;
    }
    return e;
}
/** Errors of a built-in method start with its name (`append: cannot append to frozen list`). */
function methodError(e, name) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H && !e.position && !e.message.startsWith(name + ':'))
        e.message = `${name}: ${e.message}`;
    return e;
}
/**
 * What a `for` loop or comprehension iterates over: the elements, and the collection that must not
 * be mutated while the loop runs (lists, dicts and sets; tuples are immutable).
 */
function iterationOf(it, pos) {
    if (it instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .List */ .B8)
        return { elems: it.elems, guard: it };
    if (it instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Tuple */ .rd)
        return { elems: it.elems, guard: null };
    let elems;
    try {
        elems = (0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .iterate */ .nl)(it);
    }
    catch (e) {
        throw withPos(e, pos);
    }
    return { elems, guard: it instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Dict */ .Bi || it instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .StarSet */ .Rx ? it : null };
}
function stepOverflow(pos) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H('Starlark computation cancelled: too many steps', pos);
}
function callValue(th, fn, args, kw, pos) {
    if (fn instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .StarFunction */ .Hn)
        return callFunction(th, fn, args, kw, pos);
    if (fn instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Builtin */ .kP) {
        try {
            return fn.impl(th, args, kw, fn.recv);
        }
        catch (e) {
            throw withPos(fn.recv === undefined ? e : methodError(e, fn.name), pos);
        }
    }
    throw withPos(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H(`invalid call of non-function (${(0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .typeName */ .go)(fn)})`), pos);
}
function callFunction(th, fn, args, kw, pos) {
    const code = fn.code;
    const locals = new Array(code.nlocals);
    const sc = code.scope;
    if (kw === null &&
        !sc.hasVarargs &&
        !sc.hasKwargs &&
        args.length === sc.paramNames.length &&
        sc.numKwonly === 0) {
        for (let i = 0; i < args.length; i++)
            locals[i] = args[i];
    }
    else {
        try {
            bindArgs(fn, code, locals, args, kw);
        }
        catch (e) {
            throw withPos(e, pos);
        }
    }
    return enterFunction(th, fn, code, locals, pos);
}
/**
 * The parameter slots that a call with `np` positional arguments and these keyword names fills, or
 * null if the call needs the general binding (varargs, kwargs, unknown or duplicate names).
 */
function bindingPlan(sc, np, kwNames) {
    if (sc.hasVarargs || sc.hasKwargs || np > sc.paramNames.length - sc.numKwonly)
        return null;
    const plan = [];
    for (const k of kwNames) {
        const i = sc.paramNames.indexOf(k);
        if (i < np || plan.includes(i))
            return null;
        plan.push(i);
    }
    return plan;
}
/** Runs a Starlark function whose parameters are already bound in `locals`. */
function enterFunction(th, fn, code, locals, pos) {
    if (code.active > 0 && !code.allowRecursion)
        throw withPos(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H(`function ${fn.name} called recursively`), pos);
    if (++th.steps > th.maxSteps)
        throw withPos(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H('Starlark computation cancelled: too many steps'), pos);
    const cells = code.cells;
    for (let i = 0; i < cells.length; i++) {
        const c = new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Cell */ .fh();
        c.v = locals[cells[i]];
        locals[cells[i]] = c;
    }
    const fr = new Frame(locals, fn.freevars, th, fn.name, th.frame);
    th.frame = fr;
    code.active++;
    try {
        return code.body(fr) === RETURN ? fr.ret : null;
    }
    catch (e) {
        throw addTraceFrame(e, fr);
    }
    finally {
        code.active--;
        th.frame = fr.parent;
    }
}
function addTraceFrame(e, fr) {
    const err = withPos(e, fr.callPos);
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H) {
        const pos = err.traceback.length === 0 ? err.position : fr.callPos;
        if (pos)
            err.traceback.unshift({ name: fr.name, pos });
    }
    return err;
}
function bindArgs(fn, code, locals, args, kw) {
    const sc = code.scope;
    const name = fn.name;
    const nparams = sc.paramNames.length;
    if (nparams === 0 && !sc.hasVarargs && !sc.hasKwargs) {
        const n = args.length + (kw?.length ?? 0);
        if (n > 0)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`function ${name} accepts no arguments (${n} given)`);
        return;
    }
    let kwdict = null;
    if (sc.hasKwargs) {
        kwdict = new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Dict */ .Bi();
        locals[nparams + (sc.hasVarargs ? 1 : 0)] = kwdict;
    }
    const nonkwonly = nparams - sc.numKwonly;
    let n = args.length;
    if (n > nonkwonly) {
        if (!sc.hasVarargs) {
            const atMost = code.optionalPositional ? 'at most ' : '';
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`function ${name} accepts ${atMost}${nonkwonly} positional argument${nonkwonly === 1 ? '' : 's'} (${args.length} given)`);
        }
        n = nonkwonly;
    }
    for (let i = 0; i < n; i++)
        locals[i] = args[i];
    if (sc.hasVarargs)
        locals[nparams] = new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Tuple */ .rd(args.slice(n));
    if (kw) {
        for (const [k, v] of kw) {
            const i = sc.paramNames.indexOf(k);
            if (i >= 0) {
                if (locals[i] !== undefined)
                    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`function ${name} got multiple values for parameter ${(0,_strings_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(k)}`);
                locals[i] = v;
                continue;
            }
            if (!kwdict) {
                const hint = (0,_spell_js__WEBPACK_IMPORTED_MODULE_5__/* .nearest */ .p)(k, sc.paramNames);
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`function ${name} got an unexpected keyword argument ${(0,_strings_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(k)}${hint ? ` (did you mean ${hint}?)` : ''}`);
            }
            if (kwdict.map.has(k))
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`function ${name} got multiple values for parameter ${(0,_strings_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(k)}`);
            kwdict.setUnchecked(k, v);
        }
    }
    if (n < nparams) {
        const missing = [];
        for (let i = n; i < nparams; i++) {
            if (locals[i] !== undefined)
                continue;
            const d = fn.defaults[i];
            if (d === undefined)
                missing.push(sc.paramNames[i]);
            else
                locals[i] = d;
        }
        if (missing.length > 0)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`function ${name} missing ${missing.length} argument${missing.length > 1 ? 's' : ''} (${missing.join(', ')})`);
    }
}
function isTruthy(v) {
    return v === true || (v !== false && (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .truth */ .Im)(v));
}
/** Compiles one resolved module. */
class Compiler {
    module;
    dialect;
    file;
    constructor(module, dialect) {
        this.module = module;
        this.dialect = dialect;
        this.file = module.file;
    }
    at(p) {
        return { file: this.file, line: p.line, col: p.col };
    }
    /** Compiles the module body; returns a function that runs it on a thread. */
    compileFile(file) {
        const scope = file.toplevel;
        const code = this.funcCode(scope, () => this.block(file.stmts), false);
        return (th) => {
            const fn = new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .StarFunction */ .Hn('<toplevel>', code, [], [], this.module);
            const locals = new Array(code.nlocals);
            for (const i of code.cells)
                locals[i] = new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Cell */ .fh();
            const fr = new Frame(locals, fn.freevars, th, '<toplevel>', th.frame);
            th.frame = fr;
            try {
                code.body(fr);
            }
            catch (e) {
                throw addTraceFrame(e, fr);
            }
            finally {
                th.frame = fr.parent;
            }
        };
    }
    funcCode(scope, body, optionalPositional) {
        const code = {
            scope,
            nlocals: scope.locals.length,
            cells: [],
            body: () => 0,
            active: 0,
            allowRecursion: !!this.dialect.recursion,
            optionalPositional,
        };
        code.body = body();
        // Cells are known only once nested functions are resolved, which happened before compiling.
        code.cells = scope.locals.filter((l) => l.cell).map((l) => l.index);
        return code;
    }
    // ---- statements ----
    block(stmts) {
        const cs = stmts.map((s) => this.stmt(s));
        if (cs.length === 0)
            return () => 0;
        if (cs.length === 1)
            return cs[0];
        if (cs.length === 2) {
            const [a, b] = cs;
            return (f) => a(f) || b(f);
        }
        if (cs.length === 3) {
            const [a, b, c] = cs;
            return (f) => a(f) || b(f) || c(f);
        }
        return (f) => {
            for (let i = 0; i < cs.length; i++) {
                const r = cs[i](f);
                if (r !== 0)
                    return r;
            }
            return 0;
        };
    }
    stmt(s) {
        switch (s.kind) {
            case 'ExprStmt': {
                const x = this.expr(s.x);
                return (f) => (x(f), 0);
            }
            case 'Assign':
                return s.op === '='
                    ? this.assignStmt(s.lhs, this.expr(s.rhs))
                    : this.augmented(s.op.slice(0, -1), s.lhs, s.rhs, s.opPos);
            case 'If': {
                const c = this.expr(s.cond);
                const body = this.block(s.body);
                const els = this.block(s.else);
                return (f) => (isTruthy(c(f)) ? body(f) : els(f));
            }
            case 'For':
                return this.forStmt(s.vars, s.iter, this.block(s.body), this.at(s));
            case 'While': {
                const c = this.expr(s.cond);
                const body = this.block(s.body);
                const pos = this.at(s);
                return (f) => {
                    const th = f.th;
                    while (isTruthy(c(f))) {
                        if (++th.steps > th.maxSteps)
                            stepOverflow(pos);
                        const r = body(f);
                        if (r === BREAK)
                            break;
                        if (r === RETURN)
                            return RETURN;
                    }
                    return 0;
                };
            }
            case 'Return': {
                if (!s.value) {
                    return (f) => {
                        f.ret = null;
                        return RETURN;
                    };
                }
                const v = this.expr(s.value);
                return (f) => {
                    f.ret = v(f);
                    return RETURN;
                };
            }
            case 'Branch':
                return s.token === 'break' ? () => BREAK : s.token === 'continue' ? () => CONTINUE : () => 0;
            case 'Def': {
                const make = this.makeFunction(s.name.name, s.fn, s.params, () => this.block(s.body));
                const set = this.assigner(s.name);
                return (f) => (set(f, make(f)), 0);
            }
            case 'Load': {
                const pos = this.at(s);
                const setters = s.to.map((id) => this.assigner(id));
                const module = s.module;
                return (f) => {
                    const th = f.th;
                    if (!th.loader)
                        throw withPos(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H(`load not implemented by this application`), pos);
                    let exports;
                    try {
                        exports = th.loader(module, this.file, th);
                    }
                    catch (e) {
                        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H && e.position)
                            throw e;
                        const msg = e instanceof Error ? e.message : String(e);
                        throw withPos(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H ? e : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H(`cannot load ${module}: ${msg}`), pos);
                    }
                    s.from.forEach((from, i) => {
                        const v = exports.get(from.name);
                        if (v === undefined) {
                            const hint = (0,_spell_js__WEBPACK_IMPORTED_MODULE_5__/* .nearest */ .p)(from.name, exports.keys());
                            const msg = `load: name ${from.name} not found in module ${module}`;
                            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H(hint ? `${msg} (did you mean ${hint}?)` : msg, this.at(from.pos));
                        }
                        setters[i](f, v);
                    });
                    return 0;
                };
            }
        }
    }
    assignStmt(lhs, rhs) {
        if (lhs.kind === 'Ident') {
            const b = lhs.binding;
            if (b.scope === 'local' && !b.local.cell) {
                const i = b.local.index;
                return (f) => {
                    f.locals[i] = rhs(f);
                    return 0;
                };
            }
            if (b.scope === 'global') {
                const g = this.module.globals;
                const i = b.index;
                return (f) => {
                    g[i] = rhs(f);
                    return 0;
                };
            }
        }
        if (lhs.kind === 'Index') {
            const x = this.expr(lhs.x);
            const y = this.expr(lhs.y);
            const pos = this.at(lhs.lbrack);
            return (f) => {
                const v = rhs(f);
                storeIndex(x(f), y(f), v, pos);
                return 0;
            };
        }
        const set = this.assigner(lhs);
        return (f) => (set(f, rhs(f)), 0);
    }
    assigner(lhs) {
        switch (lhs.kind) {
            case 'Ident': {
                const b = lhs.binding;
                if (b.scope === 'local') {
                    const i = b.local.index;
                    return b.local.cell
                        ? (f, v) => {
                            f.locals[i].v = v;
                        }
                        : (f, v) => {
                            f.locals[i] = v;
                        };
                }
                if (b.scope === 'global') {
                    const g = this.module.globals;
                    const i = b.index;
                    return (_f, v) => {
                        g[i] = v;
                    };
                }
                if (b.scope === 'free') {
                    const i = b.index;
                    return (f, v) => {
                        f.free[i].v = v;
                    };
                }
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H(`cannot assign to ${lhs.name}`, this.at(lhs));
            }
            case 'Paren':
                return this.assigner(lhs.x);
            case 'Tuple':
            case 'List': {
                const subs = lhs.elems.map((e) => this.assigner(e));
                const n = subs.length;
                const pos = this.at(lhs);
                return (f, v) => {
                    let vs;
                    try {
                        vs = (0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .unpack */ .l1)(v, n);
                    }
                    catch (e) {
                        throw withPos(e, pos);
                    }
                    for (let i = 0; i < n; i++)
                        subs[i](f, vs[i]);
                };
            }
            case 'Index': {
                const x = this.expr(lhs.x);
                const y = this.expr(lhs.y);
                const pos = this.at(lhs.lbrack);
                return (f, v) => storeIndex(x(f), y(f), v, pos);
            }
            case 'Dot': {
                const x = this.expr(lhs.x);
                const pos = this.at(lhs.namePos);
                const name = lhs.name;
                return (f) => {
                    const o = x(f);
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H(`can't assign to .${name} field of ${(0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .typeName */ .go)(o)}`, pos);
                };
            }
            default:
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H(`can't assign to ${lhs.kind.toLowerCase()}`, this.at(lhs));
        }
    }
    augmented(op, lhs, rhsE, opPos) {
        const rhs = this.expr(rhsE);
        const pos = this.at(opPos);
        const apply = (x, y) => {
            if (typeof x === 'number' && typeof y === 'number' && op === '+') {
                const r = x + y;
                if (Number.isSafeInteger(r))
                    return r;
            }
            if (op === '+' && x instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .List */ .B8) {
                try {
                    if (!(0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .isIterable */ .xZ)(y))
                        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`unknown binary op: list + ${(0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .typeName */ .go)(y)}`);
                    x.checkMutable('apply += to');
                    x.elems.push(...(0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .iterate */ .nl)(y));
                }
                catch (e) {
                    throw withPos(e, pos);
                }
                return x;
            }
            if (op === '|' && x instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Dict */ .Bi && y instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Dict */ .Bi) {
                try {
                    for (const [h, v] of y.map)
                        x.set(y.keyOf(h), v);
                }
                catch (e) {
                    throw withPos(e, pos);
                }
                return x;
            }
            try {
                return (0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .binary */ .aw)(op, x, y);
            }
            catch (e) {
                throw withPos(e, pos);
            }
        };
        if (lhs.kind === 'Index') {
            const xo = this.expr(lhs.x);
            const yk = this.expr(lhs.y);
            const ipos = this.at(lhs.lbrack);
            return (f) => {
                const o = xo(f);
                const k = yk(f);
                try {
                    (0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .setIndex */ .p6)(o, k, apply((0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .getIndex */ .Dx)(o, k), rhs(f)));
                }
                catch (e) {
                    throw withPos(e, ipos);
                }
                return 0;
            };
        }
        if (lhs.kind === 'Dot') {
            const xo = this.expr(lhs.x);
            const npos = this.at(lhs.namePos);
            return (f) => {
                const o = xo(f);
                try {
                    (0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .getAttr */ .iu)(o, lhs.name);
                }
                catch (e) {
                    throw withPos(e, npos);
                }
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H(`can't assign to .${lhs.name} field of ${(0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .typeName */ .go)(o)}`, npos);
            };
        }
        const get = this.expr(lhs);
        const set = this.assigner(lhs);
        return (f) => {
            set(f, apply(get(f), rhs(f)));
            return 0;
        };
    }
    forStmt(vars, iterE, body, pos) {
        const iter = this.expr(iterE);
        const b = vars.kind === 'Ident' ? vars.binding : undefined;
        const simple = b?.scope === 'local' && !b.local.cell ? b.local.index : -1;
        const set = this.assigner(vars);
        return (f) => {
            const it = iter(f);
            const th = f.th;
            if (it instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Range */ .Q6) {
                const { start, step, len } = it;
                for (let i = 0; i < len; i++) {
                    if (++th.steps > th.maxSteps)
                        stepOverflow(pos);
                    if (simple >= 0)
                        f.locals[simple] = start + i * step;
                    else
                        set(f, start + i * step);
                    const r = body(f);
                    if (r === BREAK)
                        break;
                    if (r === RETURN)
                        return RETURN;
                }
                return 0;
            }
            const { elems, guard } = iterationOf(it, pos);
            if (guard)
                guard.itercount++;
            try {
                for (let i = 0; i < elems.length; i++) {
                    if (++th.steps > th.maxSteps)
                        stepOverflow(pos);
                    if (simple >= 0)
                        f.locals[simple] = elems[i];
                    else
                        set(f, elems[i]);
                    const r = body(f);
                    if (r === BREAK)
                        break;
                    if (r === RETURN)
                        return RETURN;
                }
            }
            finally {
                if (guard)
                    guard.itercount--;
            }
            return 0;
        };
    }
    // ---- functions ----
    makeFunction(name, scope, params, body) {
        const nparams = scope.paramNames.length;
        const defaultExprs = [];
        let optionalPositional = false;
        let i = 0;
        for (const p of params) {
            if (p.kind === 'plain' || p.kind === 'default') {
                if (p.kind === 'default') {
                    defaultExprs[i] = this.expr(p.default);
                    if (i < nparams - scope.numKwonly)
                        optionalPositional = true;
                }
                i++;
            }
        }
        const code = this.funcCode(scope, body, optionalPositional);
        const free = scope.freevars.map((fv) => fv.outer);
        const hasDefaults = defaultExprs.length > 0;
        return (f) => {
            const defaults = [];
            if (hasDefaults)
                for (let j = 0; j < nparams; j++)
                    defaults[j] = defaultExprs[j]?.(f);
            const cells = free.map((b) => captureCell(f, b));
            return new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .StarFunction */ .Hn(name, code, defaults, cells, this.module);
        };
    }
    // ---- expressions ----
    expr(e) {
        switch (e.kind) {
            case 'Literal': {
                const v = e.value;
                const c = typeof v === 'object' ? ('float' in v ? new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Float */ .nt(v.float) : new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Bytes */ .Ix(v.bytes)) : v;
                return () => c;
            }
            case 'Ident':
                return this.ident(e.name, e.binding, this.at(e));
            case 'Paren':
                return this.expr(e.x);
            case 'List': {
                const xs = e.elems.map((x) => this.expr(x));
                return (f) => {
                    const out = new Array(xs.length);
                    for (let i = 0; i < xs.length; i++)
                        out[i] = xs[i](f);
                    return new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .List */ .B8(out);
                };
            }
            case 'Tuple': {
                const xs = e.elems.map((x) => this.expr(x));
                return (f) => {
                    const out = new Array(xs.length);
                    for (let i = 0; i < xs.length; i++)
                        out[i] = xs[i](f);
                    return new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Tuple */ .rd(out);
                };
            }
            case 'Dict': {
                const entries = e.entries.map(([k, v]) => [this.expr(k), this.expr(v)]);
                const keyPos = e.entries.map(([k]) => this.at(k));
                return (f) => {
                    const d = new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Dict */ .Bi();
                    for (let i = 0; i < entries.length; i++) {
                        const key = entries[i][0](f);
                        const val = entries[i][1](f);
                        try {
                            if (d.get(key) !== undefined)
                                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`duplicate key: ${(0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .repr */ .Sj)(key)}`);
                            d.setUnchecked(key, val);
                        }
                        catch (err) {
                            throw withPos(err, keyPos[i]);
                        }
                    }
                    return d;
                };
            }
            case 'Unary': {
                const x = this.expr(e.x);
                const pos = this.at(e);
                if (e.op === 'not')
                    return (f) => !isTruthy(x(f));
                const op = e.op;
                if (op === '-') {
                    return (f) => {
                        const v = x(f);
                        if (typeof v === 'number' && v !== 0)
                            return -v;
                        try {
                            return (0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .unary */ .gh)(op, v);
                        }
                        catch (err) {
                            throw withPos(err, pos);
                        }
                    };
                }
                return (f) => {
                    try {
                        return (0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .unary */ .gh)(op, x(f));
                    }
                    catch (err) {
                        throw withPos(err, pos);
                    }
                };
            }
            case 'Binary': {
                const pos = this.at(e.opPos);
                if (e.op === '%' && e.x.kind === 'Literal' && typeof e.x.value === 'string') {
                    const fast = this.constantInterpolation(e.x.value, this.expr(e.y), pos);
                    if (fast)
                        return fast;
                }
                return this.binaryExpr(e.op, this.expr(e.x), this.expr(e.y), pos);
            }
            case 'Cond': {
                const c = this.expr(e.cond);
                const a = this.expr(e.then);
                const b = this.expr(e.else);
                return (f) => (isTruthy(c(f)) ? a(f) : b(f));
            }
            case 'Index': {
                const x = this.expr(e.x);
                const y = this.expr(e.y);
                const pos = this.at(e.lbrack);
                return (f) => {
                    const o = x(f);
                    const k = y(f);
                    if (typeof k === 'number') {
                        if (o instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .List */ .B8 || o instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Tuple */ .rd) {
                            const n = o.elems.length;
                            const i = k < 0 ? k + n : k;
                            if (i >= 0 && i < n)
                                return o.elems[i];
                        }
                    }
                    else if (typeof k === 'string' && o instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Dict */ .Bi) {
                        const v = o.map.get(k);
                        if (v !== undefined)
                            return v;
                    }
                    try {
                        return (0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .getIndex */ .Dx)(o, k);
                    }
                    catch (err) {
                        throw withPos(err, pos);
                    }
                };
            }
            case 'Slice': {
                const x = this.expr(e.x);
                const none = () => null;
                const lo = e.lo ? this.expr(e.lo) : none;
                const hi = e.hi ? this.expr(e.hi) : none;
                const step = e.step ? this.expr(e.step) : none;
                const pos = this.at(e.lbrack);
                return (f) => {
                    const o = x(f);
                    const a = lo(f);
                    const b = hi(f);
                    const c = step(f);
                    try {
                        return (0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .slice */ .di)(o, a, b, c);
                    }
                    catch (err) {
                        throw withPos(err, pos);
                    }
                };
            }
            case 'Dot': {
                const x = this.expr(e.x);
                const pos = this.at(e.namePos);
                const name = e.name;
                return (f) => {
                    const o = x(f);
                    if (o instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .HostValue */ .Ih) {
                        const v = o.attr(name);
                        if (v !== undefined)
                            return v;
                    }
                    try {
                        return (0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .getAttr */ .iu)(o, name);
                    }
                    catch (err) {
                        throw withPos(err, pos);
                    }
                };
            }
            case 'Call':
                return this.call(e);
            case 'Comp':
                return this.comprehension(e);
            case 'Lambda':
                return this.makeFunction('lambda', e.fn, e.params, () => {
                    const body = this.expr(e.body);
                    return (f) => {
                        f.ret = body(f);
                        return RETURN;
                    };
                });
        }
    }
    ident(name, b, pos) {
        switch (b.scope) {
            case 'local': {
                const i = b.local.index;
                if (b.local.cell) {
                    return (f) => {
                        const v = f.locals[i].v;
                        if (v === undefined)
                            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H(`local variable ${name} referenced before assignment`, pos);
                        return v;
                    };
                }
                return (f) => {
                    const v = f.locals[i];
                    if (v === undefined)
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H(`local variable ${name} referenced before assignment`, pos);
                    return v;
                };
            }
            case 'free': {
                const i = b.index;
                return (f) => {
                    const v = f.free[i].v;
                    if (v === undefined)
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H(`local variable ${name} referenced before assignment`, pos);
                    return v;
                };
            }
            case 'global': {
                const g = this.module.globals;
                const i = b.index;
                return () => {
                    const v = g[i];
                    if (v === undefined)
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H(`global variable ${name} referenced before assignment`, pos);
                    return v;
                };
            }
            case 'predeclared':
            case 'universal': {
                const v = b.scope === 'predeclared' ? this.module.predeclared.get(name) : this.module.universe.get(name);
                return () => v;
            }
            case 'undefined':
                return () => {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H(`undefined: ${name}`, pos);
                };
        }
    }
    /**
     * `"literal %s %d" % args` with only %s/%d/%r/%% directives: the format is split once, at compile
     * time; operands the fast path does not handle go to the general interpolation.
     */
    constantInterpolation(format, y, pos) {
        const pieces = format.split(/(%[sdr%])/);
        if (pieces.some((p, i) => i % 2 === 0 && p.includes('%')))
            return undefined;
        const texts = [];
        const convs = [];
        let text = '';
        for (let i = 0; i < pieces.length; i++) {
            if (i % 2 === 0)
                text += pieces[i];
            else if (pieces[i] === '%%')
                text += '%';
            else {
                texts.push(text);
                convs.push(pieces[i][1]);
                text = '';
            }
        }
        const last = text;
        const n = convs.length;
        const general = (v) => {
            try {
                return (0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .binary */ .aw)('%', format, v);
            }
            catch (err) {
                throw withPos(err, pos);
            }
        };
        return (f) => {
            const v = y(f);
            const args = v instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Tuple */ .rd ? v.elems : n === 1 && !(v instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Dict */ .Bi) ? [v] : null;
            if (args === null || args.length !== n)
                return general(v);
            let out = '';
            for (let i = 0; i < n; i++) {
                const a = args[i];
                const c = convs[i];
                if (c === 'd') {
                    if (typeof a !== 'number')
                        return general(v);
                    out += texts[i] + String(a);
                }
                else
                    out += texts[i] + (c === 's' ? (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(a) : (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .repr */ .Sj)(a));
            }
            return out + last;
        };
    }
    binaryExpr(op, x, y, pos) {
        const slow = (a, b) => {
            try {
                return (0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .binary */ .aw)(op, a, b);
            }
            catch (err) {
                throw withPos(err, pos);
            }
        };
        switch (op) {
            case 'and':
                return (f) => {
                    const a = x(f);
                    return isTruthy(a) ? y(f) : a;
                };
            case 'or':
                return (f) => {
                    const a = x(f);
                    return isTruthy(a) ? a : y(f);
                };
            case '+':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (typeof a === 'number' && typeof b === 'number') {
                        const r = a + b;
                        if (r <= 9007199254740991 && r >= -9007199254740991)
                            return r;
                    }
                    else if (typeof a === 'string' && typeof b === 'string')
                        return a + b;
                    return slow(a, b);
                };
            case '-':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (typeof a === 'number' && typeof b === 'number') {
                        const r = a - b;
                        if (r <= 9007199254740991 && r >= -9007199254740991)
                            return r;
                    }
                    return slow(a, b);
                };
            case '*':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (typeof a === 'number' && typeof b === 'number') {
                        const r = a * b;
                        if (r <= 9007199254740991 && r >= -9007199254740991)
                            return r + 0;
                    }
                    return slow(a, b);
                };
            case '%':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
                        const r = a % b;
                        return r !== 0 && r < 0 !== b < 0 ? r + b : r + 0;
                    }
                    return slow(a, b);
                };
            case '//':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (typeof a === 'number' && typeof b === 'number' && b !== 0 && (a | 0) === a && (b | 0) === b)
                        return Math.floor(a / b) + 0;
                    return slow(a, b);
                };
            case '<':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (typeof a === 'number' && typeof b === 'number')
                        return a < b;
                    return cmpSlow(op, a, b, pos);
                };
            case '<=':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (typeof a === 'number' && typeof b === 'number')
                        return a <= b;
                    return cmpSlow(op, a, b, pos);
                };
            case '>':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (typeof a === 'number' && typeof b === 'number')
                        return a > b;
                    return cmpSlow(op, a, b, pos);
                };
            case '>=':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (typeof a === 'number' && typeof b === 'number')
                        return a >= b;
                    return cmpSlow(op, a, b, pos);
                };
            case '==':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (a === b && typeof a !== 'object')
                        return true;
                    const ta = typeof a;
                    if ((ta === 'string' || ta === 'number') && ta === typeof b)
                        return false;
                    return eqSlow(a, b, pos);
                };
            case '!=':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (a === b && typeof a !== 'object')
                        return false;
                    const ta = typeof a;
                    if ((ta === 'string' || ta === 'number') && ta === typeof b)
                        return true;
                    return !eqSlow(a, b, pos);
                };
            case 'in':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (typeof a === 'string') {
                        if (typeof b === 'string')
                            return b.includes(a);
                        if (b instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Dict */ .Bi)
                            return b.map.has(a);
                    }
                    try {
                        return (0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .contains */ .gR)(b, a);
                    }
                    catch (err) {
                        throw withPos(err, pos);
                    }
                };
            default:
                return (f) => slow(x(f), y(f));
        }
    }
    call(e) {
        const pos = this.at(e.lparen);
        const simple = e.args.every((a) => a.kind === 'positional' || a.kind === 'named');
        const posArgs = e.args.filter((a) => a.kind === 'positional').map((a) => this.expr(a.value));
        const named = e.args.filter((a) => a.kind === 'named');
        const kwNames = named.map((a) => a.name);
        const kwVals = named.map((a) => this.expr(a.value));
        const np = posArgs.length;
        const nk = kwNames.length;
        let argsOf;
        let kwOf;
        if (simple) {
            argsOf = (f) => {
                const args = new Array(np);
                for (let i = 0; i < np; i++)
                    args[i] = posArgs[i](f);
                return args;
            };
            kwOf =
                nk === 0
                    ? () => null
                    : (f) => {
                        const kw = new Array(nk);
                        for (let i = 0; i < nk; i++)
                            kw[i] = [kwNames[i], kwVals[i](f)];
                        return kw;
                    };
        }
        else {
            // With *args/**kwargs, arguments are evaluated together, in source order.
            const general = this.generalArgs(e, pos);
            let pendingKw = null;
            argsOf = (f) => {
                const [args, kw] = general(f);
                pendingKw = kw;
                return args;
            };
            kwOf = () => pendingKw;
        }
        if (e.fn.kind === 'Dot') {
            const name = e.fn.name;
            const recvE = this.expr(e.fn.x);
            const namePos = this.at(e.fn.namePos);
            const method = (0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .methodResolver */ .Gv)(name);
            if (name === 'format' &&
                simple &&
                nk === 0 &&
                e.fn.x.kind === 'Literal' &&
                typeof e.fn.x.value === 'string') {
                const fast = this.constantFormat(e.fn.x.value, posArgs);
                if (fast)
                    return fast;
            }
            if (name === 'append' && simple && np === 1 && nk === 0) {
                const a0 = posArgs[0];
                return (f) => {
                    const r = recvE(f);
                    const v = a0(f);
                    if (r instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .List */ .B8 && !r.frozen && r.itercount === 0) {
                        r.elems.push(v);
                        return null;
                    }
                    return this.methodCall(f, r, method(r), name, [v], null, pos, namePos);
                };
            }
            if (name === 'get' && simple && nk === 0 && (np === 1 || np === 2)) {
                const a0 = posArgs[0];
                const a1 = posArgs[1];
                return (f) => {
                    const r = recvE(f);
                    const k = a0(f);
                    const d = np === 2 ? a1(f) : null;
                    if (r instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Dict */ .Bi && typeof k === 'string') {
                        const v = r.map.get(k);
                        return v !== undefined ? v : d;
                    }
                    return this.methodCall(f, r, method(r), name, np === 2 ? [k, d] : [k], null, pos, namePos);
                };
            }
            return (f) => {
                const r = recvE(f);
                const args = argsOf(f);
                return this.methodCall(f, r, method(r), name, args, kwOf(f), pos, namePos);
            };
        }
        const fnE = this.expr(e.fn);
        if (e.fn.kind === 'Ident' &&
            e.fn.binding?.scope === 'universal' &&
            e.fn.name === 'len' &&
            np === 1 &&
            nk === 0) {
            const a0 = posArgs[0];
            const lenBuiltin = this.module.universe.get('len');
            return (f) => {
                const v = a0(f);
                if (typeof v === 'string')
                    return v.length;
                if (v instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .List */ .B8 || v instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Tuple */ .rd)
                    return v.elems.length;
                if (v instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Dict */ .Bi)
                    return v.map.size;
                f.callPos = pos;
                return callValue(f.th, lenBuiltin, [v], null, pos);
            };
        }
        if (!simple) {
            return (f) => {
                const fn = fnE(f);
                const args = argsOf(f);
                f.callPos = pos;
                return callValue(f.th, fn, args, kwOf(f), pos);
            };
        }
        // Calls of Starlark functions bind arguments straight into the callee's locals when the call
        // site's shape (positional count, keyword names) maps onto the parameters; `plan` caches that
        // mapping for the last function code seen here.
        let planCode = null;
        let plan = null;
        return (f) => {
            const fn = fnE(f);
            if (fn instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .StarFunction */ .Hn) {
                const code = fn.code;
                if (code !== planCode) {
                    planCode = code;
                    plan = bindingPlan(code.scope, np, kwNames);
                }
                if (plan !== null) {
                    const locals = new Array(code.nlocals);
                    for (let i = 0; i < np; i++)
                        locals[i] = posArgs[i](f);
                    for (let i = 0; i < nk; i++)
                        locals[plan[i]] = kwVals[i](f);
                    const nparams = code.scope.paramNames.length;
                    const defaults = fn.defaults;
                    for (let i = np; i < nparams; i++) {
                        if (locals[i] === undefined) {
                            const d = defaults[i];
                            if (d === undefined) {
                                // A required parameter is missing: let the general path report it.
                                const kw = kwNames.map((k, j) => [k, locals[plan[j]]]);
                                f.callPos = pos;
                                return callFunction(f.th, fn, locals.slice(0, np), kw.length ? kw : null, pos);
                            }
                            locals[i] = d;
                        }
                    }
                    f.callPos = pos;
                    return enterFunction(f.th, fn, code, locals, pos);
                }
            }
            const args = argsOf(f);
            const kw = kwOf(f);
            f.callPos = pos;
            return callValue(f.th, fn, args, kw, pos);
        };
    }
    /** `"literal {} {}".format(a, b)` with only automatic `{}` fields: split once at compile time. */
    constantFormat(format, args) {
        const pieces = format.split('{}');
        if (pieces.some((p) => p.includes('{') || p.includes('}')) || pieces.length - 1 !== args.length)
            return undefined;
        return (f) => {
            let out = pieces[0];
            for (let i = 0; i < args.length; i++)
                out += (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(args[i](f)) + pieces[i + 1];
            return out;
        };
    }
    methodCall(f, recv, m, name, args, kw, pos, namePos) {
        f.callPos = pos;
        if (m) {
            try {
                return m(f.th, args, kw, recv);
            }
            catch (err) {
                throw withPos(methodError(err, name), pos);
            }
        }
        let fn;
        try {
            fn = (0,_library_js__WEBPACK_IMPORTED_MODULE_1__/* .getAttr */ .iu)(recv, name);
        }
        catch (err) {
            throw withPos(err, namePos);
        }
        return callValue(f.th, fn, args, kw, pos);
    }
    /** Arguments with *args / **kwargs. */
    generalArgs(e, pos) {
        const parts = e.args.map((a) => ({ kind: a.kind, name: a.name, value: this.expr(a.value) }));
        return (f) => {
            const args = [];
            const kw = [];
            for (const p of parts) {
                const v = p.value(f);
                if (p.kind === 'positional')
                    args.push(v);
                else if (p.kind === 'named')
                    kw.push([p.name, v]);
                else if (p.kind === 'star') {
                    if (!(0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .isIterable */ .xZ)(v))
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H(`argument after * must be iterable, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .typeName */ .go)(v)}`, pos);
                    args.push(...(0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .iterate */ .nl)(v));
                }
                else {
                    if (!(v instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Dict */ .Bi))
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H(`argument after ** must be a mapping, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .typeName */ .go)(v)}`, pos);
                    for (const [h, val] of v.map) {
                        const k = v.keyOf(h);
                        if (typeof k !== 'string')
                            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StarlarkError */ .H(`keywords must be strings, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .typeName */ .go)(k)}`, pos);
                        kw.push([k, val]);
                    }
                }
            }
            return [args, kw.length > 0 ? kw : null];
        };
    }
    comprehension(e) {
        const pos = this.at(e.body);
        let step;
        if (e.dict) {
            const k = this.expr(e.body);
            const v = this.expr(e.value);
            step = (f, acc) => {
                const key = k(f);
                const val = v(f);
                try {
                    acc.setUnchecked(key, val);
                }
                catch (err) {
                    throw withPos(err, pos);
                }
            };
        }
        else {
            const body = this.expr(e.body);
            step = (f, acc) => {
                acc.elems.push(body(f));
            };
        }
        for (let i = e.clauses.length - 1; i >= 0; i--) {
            const clause = e.clauses[i];
            const next = step;
            if (clause.kind === 'if') {
                const cond = this.expr(clause.cond);
                step = (f, acc) => {
                    if (isTruthy(cond(f)))
                        next(f, acc);
                };
                continue;
            }
            const iter = this.expr(clause.iter);
            const set = this.assigner(clause.vars);
            const cpos = this.at(clause);
            step = (f, acc) => {
                const it = iter(f);
                const th = f.th;
                if (it instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Range */ .Q6) {
                    for (let j = 0; j < it.len; j++) {
                        if (++th.steps > th.maxSteps)
                            stepOverflow(cpos);
                        set(f, it.start + j * it.step);
                        next(f, acc);
                    }
                    return;
                }
                const { elems, guard } = iterationOf(it, cpos);
                if (guard)
                    guard.itercount++;
                try {
                    for (let j = 0; j < elems.length; j++) {
                        if (++th.steps > th.maxSteps)
                            stepOverflow(cpos);
                        set(f, elems[j]);
                        next(f, acc);
                    }
                }
                finally {
                    if (guard)
                        guard.itercount--;
                }
            };
        }
        const run = step;
        return e.dict
            ? (f) => {
                const d = new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Dict */ .Bi();
                run(f, d);
                return d;
            }
            : (f) => {
                const l = new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .List */ .B8();
                run(f, l);
                return l;
            };
    }
}
/** o[k] = v, with inline paths for list[int] and dict[string]. */
function storeIndex(o, k, v, pos) {
    if (typeof k === 'number') {
        if (o instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .List */ .B8 && !o.frozen && o.itercount === 0) {
            const i = k < 0 ? k + o.elems.length : k;
            if (i >= 0 && i < o.elems.length) {
                o.elems[i] = v;
                return;
            }
        }
    }
    else if (typeof k === 'string' && o instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .Dict */ .Bi && !o.frozen && o.itercount === 0) {
        o.map.set(k, v);
        return;
    }
    try {
        (0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .setIndex */ .p6)(o, k, v);
    }
    catch (e) {
        throw withPos(e, pos);
    }
}
function captureCell(f, b) {
    if (b.scope === 'local')
        return f.locals[b.local.index];
    return f.free[b.index];
}
function cmpSlow(op, a, b, pos) {
    if (typeof a === 'string' && typeof b === 'string') {
        return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
    }
    try {
        return (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .compareOp */ .pN)(op, a, b);
    }
    catch (err) {
        throw withPos(err, pos);
    }
}
function eqSlow(a, b, pos) {
    try {
        return (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .equals */ .aI)(a, b);
    }
    catch (err) {
        throw withPos(err, pos);
    }
}


/***/ }),

/***/ 93188:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H9: () => (/* reexport */ errors/* StarlarkError */.H),
  _k: () => (/* reexport */ values/* Struct */._k),
  T1: () => (/* binding */ call),
  vH: () => (/* binding */ checkFile),
  Eq: () => (/* binding */ createLoader),
  Nw: () => (/* binding */ createThread),
  zr: () => (/* binding */ defineBuiltin),
  O9: () => (/* binding */ dialects),
  cF: () => (/* binding */ execModule),
  ss: () => (/* binding */ fromJS),
  Lo: () => (/* reexport */ strings/* messageText */.Lo),
  tv: () => (/* reexport */ parseExpr),
  CJ: () => (/* binding */ parseFile),
  n8: () => (/* reexport */ library/* positional */.n8),
  Sj: () => (/* reexport */ values/* repr */.Sj),
  jg: () => (/* reexport */ library/* structBuiltin */.jg),
  HO: () => (/* binding */ toJS),
  tx: () => (/* reexport */ topLevelCalls),
  go: () => (/* reexport */ values/* typeName */.go),
  AS: () => (/* reexport */ library/* unpackArgs */.AS)
});

// UNUSED EXPORTS: Builtin, Bytes, Dict, Float, HostValue, List, OpaqueValue, StarSet, Thread, Tuple, equals, freeze, str, truth, universe, walk

// EXTERNAL MODULE: ./lib/starlark/errors.js
var errors = __webpack_require__(39981);
// EXTERNAL MODULE: ./lib/starlark/eval.js
var starlark_eval = __webpack_require__(37096);
// EXTERNAL MODULE: ./lib/starlark/library.js
var library = __webpack_require__(35195);
;// CONCATENATED MODULE: ./lib/starlark/ast.js
/** Calls `visit` on every expression and statement under `node`, parents first. */
function walk(node, visit) {
    if (Array.isArray(node)) {
        for (const s of node)
            walk(s, visit);
        return;
    }
    visit(node);
    const sub = (e) => {
        if (e)
            walk(e, visit);
    };
    const params = (ps) => ps.forEach((p) => sub(p.default));
    switch (node.kind) {
        case 'List':
        case 'Tuple':
            node.elems.forEach(sub);
            break;
        case 'Dict':
            node.entries.forEach(([k, v]) => (sub(k), sub(v)));
            break;
        case 'Paren':
        case 'Unary':
            sub(node.x);
            break;
        case 'Binary':
            sub(node.x);
            sub(node.y);
            break;
        case 'Cond':
            sub(node.cond);
            sub(node.then);
            sub(node.else);
            break;
        case 'Call':
            sub(node.fn);
            node.args.forEach((a) => sub(a.value));
            break;
        case 'Dot':
            sub(node.x);
            break;
        case 'Index':
            sub(node.x);
            sub(node.y);
            break;
        case 'Slice':
            sub(node.x);
            sub(node.lo);
            sub(node.hi);
            sub(node.step);
            break;
        case 'Comp':
            for (const c of node.clauses) {
                if (c.kind === 'for') {
                    sub(c.vars);
                    sub(c.iter);
                }
                else
                    sub(c.cond);
            }
            sub(node.body);
            sub(node.value);
            break;
        case 'Lambda':
            params(node.params);
            sub(node.body);
            break;
        case 'ExprStmt':
            sub(node.x);
            break;
        case 'Assign':
            sub(node.lhs);
            sub(node.rhs);
            break;
        case 'Def':
            params(node.params);
            walk(node.body, visit);
            break;
        case 'If':
            sub(node.cond);
            walk(node.body, visit);
            walk(node.else, visit);
            break;
        case 'For':
            sub(node.vars);
            sub(node.iter);
            walk(node.body, visit);
            break;
        case 'While':
            sub(node.cond);
            walk(node.body, visit);
            break;
        case 'Return':
            sub(node.value);
            break;
        case 'Ident':
        case 'Literal':
        case 'Branch':
        case 'Load':
            break;
    }
}
/** The top-level call statements of a file, e.g. `plugin(...)` calls a host wants to pre-scan. */
function topLevelCalls(file, name) {
    const calls = [];
    for (const s of file.stmts) {
        if (s.kind !== 'ExprStmt' || s.x.kind !== 'Call')
            continue;
        if (name === undefined || (s.x.fn.kind === 'Ident' && s.x.fn.name === name))
            calls.push(s.x);
    }
    return calls;
}

// EXTERNAL MODULE: ./lib/starlark/spell.js
var spell = __webpack_require__(39806);
;// CONCATENATED MODULE: ./lib/starlark/resolve.js



class Block {
    parent;
    fn;
    names = new Map();
    constructor(parent, fn) {
        this.parent = parent;
        this.fn = fn;
    }
}
const doesnt = 'this Starlark dialect does not ';
function newScope(name, pos) {
    return {
        name,
        pos,
        locals: [],
        freevars: [],
        paramNames: [],
        numKwonly: 0,
        hasVarargs: false,
        hasKwargs: false,
    };
}
/** Names bound by statements of one function body (not inside nested functions or comprehensions). */
function boundNames(stmts, out) {
    const targets = (e) => {
        if (e.kind === 'Ident')
            out.push(e);
        else if (e.kind === 'Tuple' || e.kind === 'List')
            e.elems.forEach(targets);
        else if (e.kind === 'Paren')
            targets(e.x);
    };
    for (const s of stmts) {
        switch (s.kind) {
            case 'Assign':
                targets(s.lhs);
                break;
            case 'For':
                targets(s.vars);
                boundNames(s.body, out);
                break;
            case 'While':
                boundNames(s.body, out);
                break;
            case 'If':
                boundNames(s.body, out);
                boundNames(s.else, out);
                break;
            case 'Def':
                out.push(s.name);
                break;
            case 'Load':
                out.push(...s.to);
                break;
        }
    }
}
const exprKindName = {
    Call: 'callexpr',
    Literal: 'literal',
    Binary: 'binaryexpr',
    Unary: 'unaryexpr',
    Cond: 'condexpr',
    Comp: 'comprehension',
    Dict: 'dictexpr',
    Lambda: 'lambdaexpr',
    Slice: 'sliceexpr',
};
class Resolver {
    file;
    opts;
    predeclared;
    universal;
    errors = [];
    globals = [];
    globalIndex = new Map();
    /** First binding of each global seen so far in source order (for re-binding errors). */
    globalBound = new Map();
    loops = 0;
    block;
    toplevel;
    constructor(file, opts, predeclared, universal) {
        this.file = file;
        this.opts = opts;
        this.predeclared = predeclared;
        this.universal = universal;
        this.toplevel = newScope('<toplevel>', { line: 1, col: 1 });
        this.block = new Block(null, this.toplevel);
    }
    error(pos, msg) {
        this.errors.push(new errors/* StarlarkError */.H(msg, { file: this.file.path, line: pos.line, col: pos.col }));
    }
    fmtPos(p) {
        return `${this.file.path}:${p.line}:${p.col}`;
    }
    inFunction() {
        return this.block.fn !== this.toplevel;
    }
    resolveFile() {
        const names = [];
        boundNames(this.file.stmts, names);
        const loaded = new Set(this.file.stmts.flatMap((s) => (s.kind === 'Load' ? s.to : [])));
        for (const id of names) {
            const index = this.globalIndex.get(id.name);
            if (index === undefined) {
                this.globalIndex.set(id.name, this.globals.length);
                this.globals.push({ name: id.name, pos: { line: id.line, col: id.col }, loaded: loaded.has(id) });
            }
            else if (!loaded.has(id))
                this.globals[index].loaded = false;
        }
        this.stmts(this.file.stmts);
    }
    stmts(stmts) {
        for (const s of stmts)
            this.stmt(s);
    }
    stmt(s) {
        const topControl = !this.inFunction() && !this.opts.toplevelControl;
        switch (s.kind) {
            case 'ExprStmt':
                this.expr(s.x);
                break;
            case 'Branch':
                if (s.token !== 'pass' && this.loops === 0)
                    this.error(s, `${s.token} not in a loop`);
                break;
            case 'If':
                if (topControl)
                    this.error(s, 'if statement not within a function');
                this.expr(s.cond);
                this.stmts(s.body);
                this.stmts(s.else);
                break;
            case 'Assign':
                this.expr(s.rhs);
                this.assign(s.lhs, s.op !== '=');
                break;
            case 'Def':
                this.bind(s.name, false);
                this.func(s, s.name.name, s.params, s.body);
                break;
            case 'For':
                if (topControl)
                    this.error(s, 'for loop not within a function');
                this.expr(s.iter);
                this.assign(s.vars, false);
                this.loops++;
                this.stmts(s.body);
                this.loops--;
                break;
            case 'While':
                if (!this.opts.while)
                    this.error(s, doesnt + 'support while loops');
                if (topControl)
                    this.error(s, 'while loop not within a function');
                this.expr(s.cond);
                this.loops++;
                this.stmts(s.body);
                this.loops--;
                break;
            case 'Return':
                if (!this.inFunction())
                    this.error(s, 'return statement not within a function');
                if (s.value)
                    this.expr(s.value);
                break;
            case 'Load':
                if (this.inFunction())
                    this.error(s, 'load statement within a function');
                s.from.forEach((from, i) => {
                    if (from.name === '')
                        this.error(from.pos, 'load: empty identifier');
                    else if (from.name.startsWith('_'))
                        this.error(from.pos, `load: names with leading underscores are not exported: ${from.name}`);
                    this.bind(s.to[i], false);
                });
                break;
        }
    }
    assign(lhs, augmented) {
        switch (lhs.kind) {
            case 'Ident':
                this.bind(lhs, augmented);
                break;
            case 'Index':
                this.expr(lhs.x);
                this.expr(lhs.y);
                break;
            case 'Dot':
                this.expr(lhs.x);
                break;
            case 'Paren':
                this.assign(lhs.x, augmented);
                break;
            case 'Tuple':
            case 'List': {
                const what = lhs.kind === 'Tuple' ? 'tuple' : 'list';
                if (lhs.elems.length === 0 && lhs.kind === 'Tuple')
                    this.error(lhs, `can't assign to ()`);
                if (augmented)
                    this.error(lhs, `can't use ${what} expression in augmented assignment`);
                for (const e of lhs.elems)
                    this.assign(e, augmented);
                break;
            }
            default:
                this.error(lhs, `can't assign to ${exprKindName[lhs.kind] ?? lhs.kind.toLowerCase()}`);
        }
    }
    /** A binding occurrence of id in the current block. */
    bind(id, allowRebind) {
        if (this.block.parent === null) {
            const prev = this.globalBound.get(id.name);
            if (prev && !allowRebind && !this.opts.globalReassign)
                this.error(id, `cannot reassign global ${id.name} declared at ${this.fmtPos(prev)}`);
            if (!prev)
                this.globalBound.set(id.name, { line: id.line, col: id.col });
        }
        this.use(id);
    }
    use(id) {
        id.binding = this.lookup(this.block, id.name) ?? this.nonLocal(id);
    }
    /** Looks a name up in the local blocks of the function of `b` and, through closures, its parents. */
    lookup(b, name) {
        let blk = b;
        while (blk && blk.fn === b.fn) {
            const local = blk.names.get(name);
            if (local)
                return { scope: 'local', local };
            blk = blk.parent;
        }
        if (!blk)
            return undefined;
        const outer = this.lookup(blk, name);
        if (!outer)
            return undefined;
        if (outer.scope === 'local')
            outer.local.cell = true;
        const fn = b.fn;
        let index = fn.freevars.findIndex((f) => f.name === name);
        if (index < 0) {
            index = fn.freevars.length;
            fn.freevars.push({ name, outer });
        }
        return { scope: 'free', index };
    }
    nonLocal(id) {
        const g = this.globalIndex.get(id.name);
        if (g !== undefined)
            return { scope: 'global', index: g };
        if (this.predeclared.has(id.name))
            return { scope: 'predeclared', name: id.name };
        if (this.universal.has(id.name)) {
            if (id.name === 'set' && this.opts.set === false)
                this.error(id, doesnt + 'support sets');
            return { scope: 'universal', name: id.name };
        }
        const known = [...this.globalIndex.keys(), ...this.predeclared.keys(), ...this.universal.keys()];
        const hint = (0,spell/* nearest */.p)(id.name, known);
        this.error(id, `undefined: ${id.name}${hint ? ` (did you mean ${hint}?)` : ''}`);
        return { scope: 'undefined', name: id.name };
    }
    declareLocal(b, id) {
        const existing = b.names.get(id.name);
        if (existing)
            return existing;
        const local = { name: id.name, index: b.fn.locals.length, cell: false };
        b.fn.locals.push(local);
        b.names.set(id.name, local);
        return local;
    }
    func(node, name, params, body) {
        // Defaults are evaluated in the enclosing scope.
        for (const p of params)
            if (p.default)
                this.expr(p.default);
        const fn = newScope(name, { line: node.line, col: node.col });
        node.fn = fn;
        const block = new Block(this.block, fn);
        let star;
        let starStar;
        let seenOptional = false;
        const seen = new Set();
        const bindParam = (id, at) => {
            if (seen.has(id.name))
                this.error(at, `duplicate parameter: ${id.name}`);
            seen.add(id.name);
            id.binding = { scope: 'local', local: this.declareLocal(block, id) };
        };
        for (const p of params) {
            if (p.kind === 'plain' || p.kind === 'default') {
                const kind = p.kind === 'plain' ? 'required' : 'optional';
                if (starStar)
                    this.error(p.kind === 'plain' ? p.name : p, `${kind} parameter may not follow **${starStar.name.name}`);
                else if (star)
                    fn.numKwonly++;
                else if (p.kind === 'plain' && seenOptional)
                    this.error(p.name, 'required parameter may not follow optional');
                if (p.kind === 'default')
                    seenOptional = true;
                bindParam(p.name, p.kind === 'plain' ? p.name : p);
                fn.paramNames.push(p.name.name);
            }
            else if (p.kind === 'star') {
                if (starStar)
                    this.error(p, `* parameter may not follow **${starStar.name.name}`);
                else if (star)
                    this.error(p, 'multiple * parameters not allowed');
                else
                    star = p;
            }
            else {
                if (starStar)
                    this.error(p, 'multiple ** parameters not allowed');
                starStar = p;
            }
        }
        if (star) {
            if (star.name) {
                bindParam(star.name, star.name);
                fn.hasVarargs = true;
            }
            else if (fn.numKwonly === 0)
                this.error(star, 'bare * must be followed by keyword-only parameters');
        }
        if (starStar?.name) {
            bindParam(starStar.name, starStar.name);
            fn.hasKwargs = true;
        }
        const saved = this.block;
        const savedLoops = this.loops;
        this.block = block;
        this.loops = 0;
        if (Array.isArray(body)) {
            const names = [];
            boundNames(body, names);
            for (const id of names)
                this.declareLocal(block, id);
            this.stmts(body);
        }
        else
            this.expr(body);
        this.block = saved;
        this.loops = savedLoops;
    }
    comprehension(c) {
        const first = c.clauses[0];
        if (first.kind === 'for')
            this.expr(first.iter);
        const block = new Block(this.block, this.block.fn);
        const saved = this.block;
        this.block = block;
        const vars = [];
        for (const clause of c.clauses) {
            if (clause.kind === 'for') {
                walk(clause.vars, (n) => {
                    if (n.kind === 'Ident')
                        vars.push(n);
                });
            }
        }
        for (const id of vars)
            this.declareLocal(block, id);
        c.clauses.forEach((clause, i) => {
            if (clause.kind === 'for') {
                this.assign(clause.vars, false);
                if (i > 0)
                    this.expr(clause.iter);
            }
            else
                this.expr(clause.cond);
        });
        this.expr(c.body);
        if (c.value)
            this.expr(c.value);
        this.block = saved;
    }
    expr(e) {
        switch (e.kind) {
            case 'Ident':
                this.use(e);
                break;
            case 'Literal':
                break;
            case 'List':
            case 'Tuple':
                e.elems.forEach((x) => this.expr(x));
                break;
            case 'Dict':
                for (const [k, v] of e.entries) {
                    this.expr(k);
                    this.expr(v);
                }
                break;
            case 'Paren':
            case 'Unary':
            case 'Dot':
                this.expr(e.x);
                break;
            case 'Binary':
                this.expr(e.x);
                this.expr(e.y);
                break;
            case 'Cond':
                this.expr(e.cond);
                this.expr(e.then);
                this.expr(e.else);
                break;
            case 'Index':
                this.expr(e.x);
                this.expr(e.y);
                break;
            case 'Slice':
                this.expr(e.x);
                if (e.lo)
                    this.expr(e.lo);
                if (e.hi)
                    this.expr(e.hi);
                if (e.step)
                    this.expr(e.step);
                break;
            case 'Comp':
                this.comprehension(e);
                break;
            case 'Lambda':
                this.func(e, 'lambda', e.params, e.body);
                break;
            case 'Call': {
                this.expr(e.fn);
                let seenVarargs = false;
                let seenKwargs = false;
                let seenNamed = false;
                const names = new Set();
                for (const a of e.args) {
                    if (a.kind === 'starstar') {
                        if (seenKwargs)
                            this.error(a, 'multiple **kwargs not allowed');
                        seenKwargs = true;
                    }
                    else if (a.kind === 'star') {
                        if (seenKwargs)
                            this.error(a, '*args may not follow **kwargs');
                        else if (seenVarargs)
                            this.error(a, 'multiple *args not allowed');
                        seenVarargs = true;
                    }
                    else if (a.kind === 'named') {
                        if (seenKwargs)
                            this.error(a, 'keyword argument may not follow **kwargs');
                        else if (seenVarargs)
                            this.error(a, 'keyword argument may not follow *args');
                        if (names.has(a.name))
                            this.error(a, `keyword argument "${a.name}" is repeated`);
                        names.add(a.name);
                        seenNamed = true;
                    }
                    else {
                        if (seenVarargs)
                            this.error(a, 'positional argument may not follow *args');
                        else if (seenKwargs)
                            this.error(a, 'positional argument may not follow **kwargs');
                        else if (seenNamed)
                            this.error(a, 'positional argument may not follow named');
                    }
                    this.expr(a.value);
                }
                break;
            }
        }
    }
}
/**
 * Resolves a parsed file in place. Throws the first static error in source order.
 * `predeclared` names the host's builtins for this module, `universal` the language's.
 */
function resolveFile(file, opts, predeclared, universal) {
    const r = new Resolver(file, opts, predeclared, universal);
    try {
        r.resolveFile();
    }
    catch (e) {
        // What the parser's own limits let through, nested some other way (brackets within chains).
        if (e instanceof RangeError)
            throw new errors/* StarlarkError */.H('expression too deeply nested', { file: file.path, line: 1, col: 1 });
        throw e;
    }
    if (r.errors.length > 0) {
        const pos = (e) => e.position.line * 1e6 + e.position.col;
        throw r.errors.sort((a, b) => pos(a) - pos(b))[0];
    }
    file.toplevel = r.toplevel;
    return { globals: r.globals, toplevel: r.toplevel };
}

// EXTERNAL MODULE: ./lib/starlark/strings.js
var strings = __webpack_require__(24166);
;// CONCATENATED MODULE: ./lib/starlark/syntax.js


const KEYWORDS = new Set([
    'and',
    'break',
    'continue',
    'def',
    'elif',
    'else',
    'for',
    'if',
    'in',
    'lambda',
    'load',
    'not',
    'or',
    'pass',
    'return',
    'while',
]);
const OPERATORS = [
    '//=',
    '<<=',
    '>>=',
    '**',
    '==',
    '!=',
    '<=',
    '>=',
    '//',
    '<<',
    '>>',
    '+=',
    '-=',
    '*=',
    '/=',
    '%=',
    '&=',
    '|=',
    '^=',
    '+',
    '-',
    '*',
    '/',
    '%',
    '&',
    '|',
    '^',
    '~',
    '<',
    '>',
    '=',
    '(',
    ')',
    '[',
    ']',
    '{',
    '}',
    ',',
    ':',
    '.',
    ';',
];
/** Operators by first character, longest first. */
const OPERATORS_BY_CHAR = new Map();
for (const op of OPERATORS)
    OPERATORS_BY_CHAR.set(op[0], [...(OPERATORS_BY_CHAR.get(op[0]) ?? []), op]);
const isIdentStart = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c > '\x7f';
const isDigit = (c) => c >= '0' && c <= '9';
class Scanner {
    src;
    file;
    i;
    line = 1;
    lineStart;
    depth = 0;
    tokens = [];
    options = new Set();
    constructor(src, file) {
        this.src = src;
        this.file = file;
        // A UTF-8 byte order mark, as some Windows editors write, is not part of the program.
        this.i = this.lineStart = src.startsWith('\uFEFF') ? 1 : 0;
    }
    error(msg, line = this.line, col = this.i - this.lineStart + 1) {
        throw new errors/* StarlarkError */.H(msg, { file: this.file, line, col });
    }
    emit(k, line, col, v) {
        this.tokens.push({ k, v, line, col });
    }
    comment() {
        const start = this.i;
        while (this.i < this.src.length && this.src[this.i] !== '\n')
            this.i++;
        for (const m of this.src.slice(start, this.i).matchAll(/option:(\w+)/g))
            this.options.add(m[1]);
    }
    newline() {
        this.i++;
        this.line++;
        this.lineStart = this.i;
    }
    scan() {
        const src = this.src;
        const indents = [0];
        let atLineStart = true;
        for (;;) {
            if (atLineStart && this.depth === 0) {
                let col = 0;
                while (this.i < src.length) {
                    const c = src[this.i];
                    if (c === ' ')
                        col++;
                    else if (c === '\t')
                        col += 8 - (col % 8);
                    else if (c !== '\r' && c !== '\f')
                        break;
                    this.i++;
                }
                const c = src[this.i];
                if (this.i >= src.length)
                    break;
                if (c === '#') {
                    this.comment();
                    continue;
                }
                if (c === '\n') {
                    this.newline();
                    continue;
                }
                if (c === '\\' && src[this.i + 1] === '\n') {
                    this.i++;
                    this.newline();
                    continue;
                }
                atLineStart = false;
                const line = this.line;
                const tokCol = this.i - this.lineStart + 1;
                if (col > indents[indents.length - 1]) {
                    indents.push(col);
                    this.emit('INDENT', line, tokCol);
                }
                else if (col < indents[indents.length - 1]) {
                    while (col < indents[indents.length - 1]) {
                        indents.pop();
                        this.emit('OUTDENT', line, tokCol);
                    }
                    if (col !== indents[indents.length - 1])
                        this.error('unindent does not match any outer indentation level', line, tokCol);
                }
            }
            if (this.i >= src.length)
                break;
            const c = src[this.i];
            if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
                this.i++;
                continue;
            }
            if (c === '\n') {
                if (this.depth === 0) {
                    this.emit('NEWLINE', this.line, this.i - this.lineStart + 1);
                    atLineStart = true;
                }
                this.newline();
                continue;
            }
            if (c === '#') {
                this.comment();
                continue;
            }
            if (c === '\\') {
                if (src[this.i + 1] === '\n') {
                    this.i++;
                    this.newline();
                    continue;
                }
                if (src[this.i + 1] === '\r' && src[this.i + 2] === '\n') {
                    this.i += 2;
                    this.newline();
                    continue;
                }
                this.error(`invalid character '\\' in expression`);
            }
            this.token();
        }
        const line = this.line;
        const col = this.i - this.lineStart + 1;
        const last = this.tokens[this.tokens.length - 1];
        if (last && last.k !== 'NEWLINE' && last.k !== 'OUTDENT')
            this.emit('NEWLINE', line, col);
        while (indents.length > 1) {
            indents.pop();
            this.emit('OUTDENT', line, col);
        }
        this.emit('EOF', line, col);
        return this.tokens;
    }
    token() {
        const src = this.src;
        const line = this.line;
        const col = this.i - this.lineStart + 1;
        const c = src[this.i];
        // String prefixes: r, b, rb, br.
        const m = c === '"' || c === "'" || c === 'r' || c === 'b'
            ? /^(r|b|rb|br)?('|")/.exec(src.slice(this.i, this.i + 3))
            : null;
        if (m) {
            this.i += m[1]?.length ?? 0;
            const raw = m[1]?.includes('r') ?? false;
            const bytes = m[1]?.includes('b') ?? false;
            const value = this.string(raw, line, col);
            this.emit(bytes ? 'BYTES' : 'STRING', line, col, bytes ? { bytes: value } : value);
            return;
        }
        if (isIdentStart(c)) {
            const start = this.i;
            while (this.i < src.length && (isIdentStart(src[this.i]) || isDigit(src[this.i])))
                this.i++;
            const word = src.slice(start, this.i);
            if (KEYWORDS.has(word))
                this.emit(word, line, col);
            else
                this.emit('IDENT', line, col, word);
            return;
        }
        if (isDigit(c) || (c === '.' && isDigit(src[this.i + 1] ?? ''))) {
            this.number(line, col);
            return;
        }
        for (const op of OPERATORS_BY_CHAR.get(c) ?? []) {
            if (src.startsWith(op, this.i)) {
                this.i += op.length;
                if (op === '(' || op === '[' || op === '{')
                    this.depth++;
                else if (op === ')' || op === ']' || op === '}')
                    this.depth = Math.max(0, this.depth - 1);
                this.emit(op, line, col);
                return;
            }
        }
        this.error(`invalid character '${c}' in expression`);
    }
    number(line, col) {
        const src = this.src;
        const rest = src.slice(this.i);
        const radix = /^0([xXoObB])([0-9a-zA-Z_]*)/.exec(rest);
        if (radix) {
            this.i += radix[0].length;
            const base = { x: 16, o: 8, b: 2 }[radix[1].toLowerCase()];
            const digits = radix[2];
            const valid = { 16: /^[0-9a-fA-F]+$/, 8: /^[0-7]+$/, 2: /^[01]+$/ }[base];
            if (!valid.test(digits))
                this.error(`invalid int literal`, line, col);
            const prefix = { 16: '0x', 8: '0o', 2: '0b' }[base];
            this.emit('INT', line, col, normalizeBig(BigInt(prefix + digits)));
            return;
        }
        const dec = /^(\d*\.\d*(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+|\d+)/.exec(rest);
        const text = dec[0];
        this.i += text.length;
        if (isIdentStart(src[this.i] ?? ''))
            this.error(`invalid numeric literal`, line, col);
        if (/^\d+$/.test(text)) {
            if (text.length > 1 && text[0] === '0' && /[1-9]/.test(text))
                this.error(`obsolete form of octal literal; use 0o${text.slice(1)}`, line, col);
            this.emit('INT', line, col, normalizeBig(BigInt(text)));
            return;
        }
        this.emit('FLOAT', line, col, { float: Number(text) });
    }
    /** Scans a quoted literal at this.i and returns its decoded byte string. */
    string(raw, line, col) {
        const src = this.src;
        const quote = src[this.i];
        const triple = src.startsWith(quote.repeat(3), this.i);
        this.i += triple ? 3 : 1;
        let out = '';
        for (;;) {
            if (this.i >= src.length)
                this.error('unexpected EOF in string', line, col);
            const c = src[this.i];
            if (c === quote && (!triple || src.startsWith(quote.repeat(3), this.i))) {
                this.i += triple ? 3 : 1;
                return out;
            }
            if (c === '\n') {
                if (!triple)
                    this.error('unexpected newline in string', line, col);
                out += '\n';
                this.newline();
                continue;
            }
            if (c !== '\\') {
                // A run of plain ASCII characters is copied in one slice.
                const start = this.i;
                let j = start;
                for (; j < src.length; j++) {
                    const k = src.charCodeAt(j);
                    if (k >= 0x80 || k === 10 || k === 92 /* \\ */ || src[j] === quote)
                        break;
                }
                if (j > start) {
                    out += src.slice(start, j);
                    this.i = j;
                    continue;
                }
                const cp = src.codePointAt(this.i);
                out += (0,strings/* encodeUtf8Char */._0)(cp);
                this.i += cp > 0xffff ? 2 : 1;
                continue;
            }
            // Escape sequence.
            const e = src[this.i + 1];
            if (raw) {
                if (e === '\n') {
                    out += '\\\n';
                    this.i++;
                    this.newline();
                }
                else if (e !== undefined) {
                    out += '\\' + (e.codePointAt(0) < 0x80 ? e : (0,strings/* encodeUtf8Char */._0)(src.codePointAt(this.i + 1)));
                    this.i += 2;
                }
                else
                    this.i++;
                continue;
            }
            const escCol = this.i - this.lineStart + 1;
            this.i += 2;
            switch (e) {
                case '\n':
                    this.line++;
                    this.lineStart = this.i;
                    break;
                case '\\':
                case "'":
                case '"':
                    out += e;
                    break;
                case 'a':
                    out += '\x07';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'v':
                    out += '\v';
                    break;
                case 'x': {
                    const h = /^[0-9a-fA-F]{2}/.exec(src.slice(this.i, this.i + 2));
                    if (!h)
                        this.error(`invalid escape sequence \\x`, this.line, escCol);
                    this.i += 2;
                    out += String.fromCharCode(parseInt(h[0], 16));
                    break;
                }
                case 'u':
                case 'U': {
                    const n = e === 'u' ? 4 : 8;
                    const h = new RegExp(`^[0-9a-fA-F]{${n}}`).exec(src.slice(this.i, this.i + n));
                    if (!h)
                        this.error(`truncated escape sequence \\${e}`, this.line, escCol);
                    this.i += n;
                    const cp = parseInt(h[0], 16);
                    if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000))
                        this.error(`invalid Unicode code point U+${cp.toString(16).toUpperCase()}`, this.line, escCol);
                    out += (0,strings/* encodeUtf8Char */._0)(cp);
                    break;
                }
                default:
                    if (e >= '0' && e <= '7') {
                        const o = /^[0-7]{1,3}/.exec(src.slice(this.i - 1, this.i + 2))[0];
                        this.i += o.length - 1;
                        const v = parseInt(o, 8);
                        if (v > 255)
                            this.error(`invalid escape sequence \\${o}`, this.line, escCol);
                        out += String.fromCharCode(v);
                        break;
                    }
                    this.error(`invalid escape sequence \\${e ?? ''}`, this.line, escCol);
            }
        }
    }
}
/** Ints are JS numbers while they are safe integers, bigints beyond. */
function normalizeBig(b) {
    return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
// Binary operator precedence, lowest first (as in go.starlark.net's parser).
const PREC = {
    or: 1,
    and: 2,
    '==': 4,
    '!=': 4,
    '<': 4,
    '>': 4,
    '<=': 4,
    '>=': 4,
    in: 4,
    'not in': 4,
    '|': 5,
    '^': 6,
    '&': 7,
    '<<': 8,
    '>>': 8,
    '+': 9,
    '-': 9,
    '*': 10,
    '/': 10,
    '//': 10,
    '%': 10,
};
/**
 * Operators one expression may chain (`a + b + ... `): each nests the tree one level deeper, and
 * resolving and evaluating it recurse that deep (5,000 overflowed the stack; 3,000 did not).
 */
const MAX_OPERATOR_CHAIN = 1000;
const NOT_PREC = 3;
const CMP_PREC = 4;
const MAX_PREC = 11;
const AUGMENTED = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '&=', '|=', '^=', '<<=', '>>=']);
function describe(t) {
    switch (t.k) {
        case 'IDENT':
            return `identifier "${String(t.v)}"`;
        case 'NEWLINE':
            return 'newline';
        case 'INDENT':
            return 'indent';
        case 'OUTDENT':
            return 'outdent';
        case 'EOF':
            return 'end of file';
        case 'INT':
        case 'FLOAT':
            return 'number literal';
        case 'STRING':
        case 'BYTES':
            return 'string literal';
        default:
            return `'${t.k}'`;
    }
}
class Parser {
    tokens;
    file;
    p = 0;
    tok;
    constructor(tokens, file) {
        this.tokens = tokens;
        this.file = file;
        this.tok = tokens[0];
    }
    error(msg, at = this.tok) {
        throw new errors/* StarlarkError */.H(msg, { file: this.file, line: at.line, col: at.col });
    }
    /** The current token's kind (a method, so TypeScript does not narrow it across next()). */
    kind() {
        return this.tok.k;
    }
    next() {
        const t = this.tok;
        if (this.p < this.tokens.length - 1)
            this.p++;
        this.tok = this.tokens[this.p];
        return t;
    }
    peek() {
        return this.tokens[Math.min(this.p + 1, this.tokens.length - 1)];
    }
    expect(k) {
        if (this.kind() !== k)
            this.error(`got ${describe(this.tok)}, want '${k}'`);
        return this.next();
    }
    /**
     * `expect` for the bracket closing `open`: when what comes instead is on a later line, the
     * bracket was most likely left open (or a ',' is missing), so the error points back at it.
     */
    expectClosing(k, open) {
        if (this.kind() !== k && this.tok.line > open.line) {
            const opening = { ')': '(', ']': '[', '}': '{' }[k];
            this.error(`got ${describe(this.tok)}, want '${k}' (is the '${opening}' at ${open.line}:${open.col} closed, or a ',' missing?)`);
        }
        return this.expect(k);
    }
    ident() {
        if (this.kind() !== 'IDENT')
            this.error(`got ${describe(this.tok)}, want identifier`);
        const t = this.next();
        return { kind: 'Ident', name: t.v, line: t.line, col: t.col };
    }
    wholeExpr() {
        const x = this.expr();
        while (this.kind() === 'NEWLINE')
            this.next();
        if (this.kind() !== 'EOF')
            this.error(`got ${describe(this.tok)}, want end of expression`);
        return x;
    }
    parseFile() {
        const stmts = [];
        while (this.kind() !== 'EOF') {
            if (this.kind() === 'NEWLINE') {
                this.next();
                continue;
            }
            this.statement(stmts);
        }
        return stmts;
    }
    statement(out) {
        switch (this.kind()) {
            case 'def':
                out.push(this.def());
                return;
            case 'if':
                out.push(this.ifStmt());
                return;
            case 'for': {
                const t = this.next();
                const vars = this.loopVariables();
                this.expect('in');
                const iter = this.expr();
                this.expect(':');
                out.push({ kind: 'For', vars, iter, body: this.suite(), line: t.line, col: t.col });
                return;
            }
            case 'while': {
                const t = this.next();
                const cond = this.test();
                this.expect(':');
                out.push({ kind: 'While', cond, body: this.suite(), line: t.line, col: t.col });
                return;
            }
            case 'INDENT':
                this.error('unexpected indent');
                break;
            default:
                this.simpleStatement(out);
        }
    }
    def() {
        const t = this.next();
        const name = this.ident();
        this.expect('(');
        const params = this.params(')');
        this.expect(')');
        this.expect(':');
        return { kind: 'Def', name, params, body: this.suite(), line: t.line, col: t.col };
    }
    params(end) {
        const params = [];
        while (this.kind() !== end) {
            const t = this.tok;
            if (t.k === '*' || t.k === '**') {
                this.next();
                const name = t.k === '*' && this.kind() !== 'IDENT' ? undefined : this.ident();
                params.push({ kind: t.k === '*' ? 'star' : 'starstar', name, line: t.line, col: t.col });
            }
            else {
                const name = this.ident();
                if (this.kind() === '=') {
                    const eq = this.next();
                    params.push({ kind: 'default', name, default: this.test(), line: eq.line, col: eq.col });
                }
                else
                    params.push({ kind: 'plain', name, line: name.line, col: name.col });
            }
            if (this.kind() !== ',')
                break;
            this.next();
        }
        return params;
    }
    ifStmt() {
        const t = this.next();
        const cond = this.test();
        this.expect(':');
        const body = this.suite();
        let elseBody = [];
        if (this.kind() === 'elif')
            elseBody = [this.ifStmt()];
        else if (this.kind() === 'else') {
            this.next();
            this.expect(':');
            elseBody = this.suite();
        }
        return { kind: 'If', cond, body, else: elseBody, line: t.line, col: t.col };
    }
    suite() {
        const stmts = [];
        if (this.kind() !== 'NEWLINE') {
            this.simpleStatement(stmts);
            return stmts;
        }
        this.next();
        this.expect('INDENT');
        while (this.kind() !== 'OUTDENT' && this.kind() !== 'EOF') {
            if (this.kind() === 'NEWLINE') {
                this.next();
                continue;
            }
            this.statement(stmts);
        }
        this.expect('OUTDENT');
        return stmts;
    }
    simpleStatement(out) {
        for (;;) {
            out.push(this.smallStatement());
            if (this.kind() !== ';')
                break;
            this.next();
            if (this.kind() === 'NEWLINE' || this.kind() === 'EOF')
                break;
        }
        if (this.kind() === 'EOF')
            return;
        this.expect('NEWLINE');
    }
    smallStatement() {
        const t = this.tok;
        switch (t.k) {
            case 'return': {
                this.next();
                const terminal = ['NEWLINE', 'EOF', ';'].includes(this.kind());
                return { kind: 'Return', value: terminal ? undefined : this.expr(), line: t.line, col: t.col };
            }
            case 'break':
            case 'continue':
            case 'pass':
                this.next();
                return { kind: 'Branch', token: t.k, line: t.line, col: t.col };
            case 'load':
                return this.load();
        }
        const lhs = this.expr();
        if (this.kind() === '=' || AUGMENTED.has(this.kind())) {
            const op = this.next();
            const rhs = this.expr();
            return {
                kind: 'Assign',
                op: op.k,
                lhs,
                rhs,
                opPos: { line: op.line, col: op.col },
                line: t.line,
                col: t.col,
            };
        }
        return { kind: 'ExprStmt', x: lhs, line: t.line, col: t.col };
    }
    load() {
        const t = this.next();
        this.expect('(');
        if (this.kind() !== 'STRING')
            this.error(`first operand of load statement must be a string literal`);
        const m = this.next();
        const from = [];
        const to = [];
        while (this.kind() !== ')') {
            this.expect(',');
            if (this.kind() === ')')
                break;
            if (this.kind() === 'STRING') {
                const s = this.next();
                const name = s.v;
                from.push({ name, pos: { line: s.line, col: s.col } });
                to.push({ kind: 'Ident', name, line: s.line, col: s.col });
            }
            else if (this.kind() === 'IDENT') {
                const alias = this.ident();
                this.expect('=');
                if (this.kind() !== 'STRING')
                    this.error(`load operand must be "name" or localname="name"`);
                const s = this.next();
                from.push({ name: s.v, pos: { line: s.line, col: s.col } });
                to.push(alias);
            }
            else
                this.error(`load operand must be "name" or localname="name"`);
        }
        const close = this.expect(')');
        if (from.length === 0)
            this.error('load statement must import at least 1 symbol', close);
        return {
            kind: 'Load',
            module: m.v,
            modulePos: { line: m.line, col: m.col },
            from,
            to,
            line: t.line,
            col: t.col,
        };
    }
    loopVariables() {
        const first = this.primaryWithSuffix();
        if (this.kind() !== ',')
            return first;
        const elems = [first];
        while (this.kind() === ',') {
            this.next();
            if (this.kind() === 'in')
                break;
            elems.push(this.primaryWithSuffix());
        }
        return { kind: 'Tuple', elems, parens: false, line: first.line, col: first.col };
    }
    /** Expression = Test {',' Test} [','], a tuple when there is a comma. */
    expr(inParens = false) {
        const first = this.test();
        if (this.kind() !== ',')
            return first;
        const elems = [first];
        while (this.kind() === ',') {
            this.next();
            if (this.terminatesList())
                break;
            elems.push(this.test());
        }
        return { kind: 'Tuple', elems, parens: inParens, line: first.line, col: first.col };
    }
    terminatesList() {
        return ([')', ']', '}', '=', 'NEWLINE', 'EOF', ';', ':', 'in'].includes(this.kind()) ||
            AUGMENTED.has(this.kind()));
    }
    test() {
        if (this.kind() === 'lambda')
            return this.lambda(true);
        const x = this.binary(1);
        if (this.kind() !== 'if')
            return x;
        this.next();
        const cond = this.binary(1);
        if (this.kind() !== 'else')
            this.error(`got ${describe(this.tok)}, want 'else'`);
        this.next();
        const elseX = this.test();
        return { kind: 'Cond', cond, then: x, else: elseX, line: x.line, col: x.col };
    }
    testNoCond() {
        return this.kind() === 'lambda' ? this.lambda(false) : this.binary(1);
    }
    lambda(allowCond) {
        const t = this.next();
        const params = this.params(':');
        this.expect(':');
        const body = allowCond ? this.test() : this.testNoCond();
        return { kind: 'Lambda', params, body, line: t.line, col: t.col };
    }
    binary(prec) {
        if (prec >= MAX_PREC)
            return this.primaryWithSuffix();
        if (prec === NOT_PREC && this.kind() === 'not') {
            const t = this.next();
            const x = this.binary(prec);
            return { kind: 'Unary', op: 'not', x, line: t.line, col: t.col };
        }
        let x = this.binary(prec + 1);
        for (let chained = 0;; chained++) {
            const first = chained === 0;
            let op = this.kind();
            if (op === 'not') {
                // Only `not in` can continue an expression here.
                if (this.peek().k !== 'in')
                    this.error(`got ${describe(this.peek())}, want 'in'`, this.peek());
                op = 'not in';
            }
            const opPrec = PREC[op];
            if (opPrec === undefined || opPrec < prec)
                return x;
            if (!first && opPrec === CMP_PREC)
                this.error(`${x.op} does not associate with ${op} (use parens)`);
            if (chained === MAX_OPERATOR_CHAIN) {
                this.error(`expression too deeply nested (more than ${MAX_OPERATOR_CHAIN} operators in a row)`);
            }
            const t = this.next();
            if (op === 'not in')
                this.next();
            const y = this.binary(opPrec + 1);
            x = { kind: 'Binary', op, x, y, opPos: { line: t.line, col: t.col }, line: x.line, col: x.col };
        }
    }
    primaryWithSuffix() {
        const t = this.tok;
        if (t.k === '-' || t.k === '+' || t.k === '~') {
            this.next();
            const x = this.primaryWithSuffix();
            return { kind: 'Unary', op: t.k, x, line: t.line, col: t.col };
        }
        let x = this.operand();
        for (;;) {
            const s = this.tok;
            if (s.k === '.') {
                this.next();
                const name = this.ident();
                x = {
                    kind: 'Dot',
                    x,
                    name: name.name,
                    namePos: { line: name.line, col: name.col },
                    line: x.line,
                    col: x.col,
                };
            }
            else if (s.k === '[') {
                x = this.indexOrSlice(x);
            }
            else if (s.k === '(') {
                x = this.call(x);
            }
            else
                return x;
        }
    }
    indexOrSlice(x) {
        const lb = this.next();
        const lbrack = { line: lb.line, col: lb.col };
        let lo;
        if (this.kind() !== ':') {
            lo = this.expr();
            if (this.kind() === ']') {
                this.next();
                return { kind: 'Index', x, y: lo, lbrack, line: x.line, col: x.col };
            }
        }
        this.expect(':');
        let hi;
        let step;
        if (this.kind() !== ':' && this.kind() !== ']')
            hi = this.test();
        if (this.kind() === ':') {
            this.next();
            if (this.kind() !== ']')
                step = this.test();
        }
        this.expect(']');
        return { kind: 'Slice', x, lo, hi, step, lbrack, line: x.line, col: x.col };
    }
    call(fn) {
        const lp = this.next();
        const args = [];
        while (this.kind() !== ')') {
            const t = this.tok;
            if (t.k === '*' || t.k === '**') {
                this.next();
                args.push({ kind: t.k === '*' ? 'star' : 'starstar', value: this.test(), line: t.line, col: t.col });
            }
            else if (t.k === 'IDENT' && this.peek().k === '=') {
                const name = this.ident();
                this.next();
                args.push({ kind: 'named', name: name.name, value: this.test(), line: t.line, col: t.col });
            }
            else {
                args.push({ kind: 'positional', value: this.test(), line: t.line, col: t.col });
            }
            if (this.kind() !== ',')
                break;
            this.next();
        }
        this.expectClosing(')', lp);
        return { kind: 'Call', fn, args, lparen: { line: lp.line, col: lp.col }, line: fn.line, col: fn.col };
    }
    operand() {
        const t = this.tok;
        switch (t.k) {
            case 'IDENT':
                return this.ident();
            case 'INT':
            case 'FLOAT':
            case 'STRING':
            case 'BYTES':
                this.next();
                return { kind: 'Literal', value: t.v, line: t.line, col: t.col };
            case '(': {
                this.next();
                if (this.kind() === ')') {
                    this.next();
                    return { kind: 'Tuple', elems: [], parens: true, line: t.line, col: t.col };
                }
                const x = this.expr(true);
                this.expectClosing(')', t);
                if (x.kind === 'Tuple' && x.parens)
                    return { ...x, line: t.line, col: t.col };
                return { kind: 'Paren', x, line: t.line, col: t.col };
            }
            case '[': {
                this.next();
                if (this.kind() === ']') {
                    this.next();
                    return { kind: 'List', elems: [], line: t.line, col: t.col };
                }
                const first = this.test();
                if (this.kind() === 'for')
                    return this.comprehension(t, false, first, undefined, ']');
                const elems = [first];
                while (this.kind() === ',') {
                    this.next();
                    if (this.kind() === ']')
                        break;
                    elems.push(this.test());
                }
                this.expectClosing(']', t);
                return { kind: 'List', elems, line: t.line, col: t.col };
            }
            case '{': {
                this.next();
                const entries = [];
                if (this.kind() === '}') {
                    this.next();
                    return { kind: 'Dict', entries, line: t.line, col: t.col };
                }
                const k = this.test();
                this.expect(':');
                const v = this.test();
                if (this.kind() === 'for')
                    return this.comprehension(t, true, k, v, '}');
                entries.push([k, v]);
                while (this.kind() === ',') {
                    this.next();
                    if (this.kind() === '}')
                        break;
                    const k2 = this.test();
                    this.expect(':');
                    entries.push([k2, this.test()]);
                }
                this.expectClosing('}', t);
                return { kind: 'Dict', entries, line: t.line, col: t.col };
            }
        }
        this.error(`got ${describe(t)}, want primary expression`);
    }
    comprehension(open, dict, body, value, close) {
        const clauses = [];
        for (;;) {
            const t = this.tok;
            if (t.k === 'for') {
                this.next();
                const vars = this.loopVariables();
                this.expect('in');
                const iter = this.testNoCond();
                clauses.push({ kind: 'for', vars, iter, line: t.line, col: t.col });
            }
            else if (t.k === 'if') {
                this.next();
                clauses.push({ kind: 'if', cond: this.testNoCond(), line: t.line, col: t.col });
            }
            else
                break;
        }
        this.expectClosing(close, open);
        return { kind: 'Comp', dict, body, value, clauses, line: open.line, col: open.col };
    }
}
/** Parses a file; throws StarlarkError at the first scan or syntax error. */
function parse(path, src) {
    const scanner = new Scanner(src, path);
    const tokens = scanner.scan();
    try {
        const stmts = new Parser(tokens, path).parseFile();
        return { path, stmts, options: scanner.options };
    }
    catch (e) {
        if (e instanceof RangeError)
            throw new errors/* StarlarkError */.H('expression too deeply nested', { file: path, line: 1, col: 1 });
        throw e;
    }
}
/** Parses a single expression (for the REPL and hosts); anything after it is a syntax error. */
function parseExpr(path, src) {
    const tokens = new Scanner(src, path).scan();
    return new Parser(tokens, path).wholeExpr();
}

// EXTERNAL MODULE: ./lib/starlark/values.js
var values = __webpack_require__(3436);
;// CONCATENATED MODULE: ./lib/starlark/index.js















/** Named dialects. Comments `# option:NAME` in a file switch further options on. */
const dialects = {
    /** The language spec plus float, bytes and set: `edo starlark run` and `test`. */
    spec: { set: true },
    /** BUILD.edo / WORKSPACE.edo: no top-level `for`/`if`, `def` allowed, no while, no recursion. */
    build: { set: true },
    /** Everything allowed: `edo starlark check`, so real-world files only fail on real mistakes. */
    permissive: {
        set: true,
        toplevelControl: true,
        globalReassign: true,
        while: true,
        recursion: true,
    },
};
const OPTION_NAMES = {
    set: 'set',
    globalreassign: 'globalReassign',
    recursion: 'recursion',
    while: 'while',
    toplevelcontrol: 'toplevelControl',
};
function effectiveDialect(base, file) {
    const d = { ...base };
    for (const opt of file.options) {
        const key = OPTION_NAMES[opt];
        if (key)
            d[key] = true;
    }
    return d;
}
function predeclaredMap(p) {
    if (!p)
        return new Map();
    return p instanceof Map ? p : new Map(Object.entries(p));
}
/** Parses a file; throws StarlarkError on a syntax error. */
function parseFile(file, source) {
    return parse(file, source);
}
/**
 * Parses and resolves without executing: the static errors only (`edo starlark check`). `load`ed names
 * are bound without following the load. `predeclared` lists the host's predeclared names.
 */
function checkFile(file, source, opts = {}) {
    const ast = parse(file, source);
    const names = new Set(opts.predeclared ?? []);
    resolveFile(ast, effectiveDialect(opts.dialect ?? dialects.spec, ast), names, library/* universe */.sW);
    return ast;
}
function newThread(opts) {
    const print = opts.print;
    const th = new starlark_eval/* Thread */.jV(print
        ? (msg, t) => print((0,strings/* decodeUtf8 */._6)(msg), t)
        : (msg) => process.stdout.write(Buffer.from(msg + '\n', 'latin1')), opts.load);
    if (opts.maxSteps !== undefined)
        th.maxSteps = opts.maxSteps;
    return th;
}
/** Creates a thread for several modules to share (one step budget, one print handler). */
function createThread(opts = {}) {
    return newThread({ ...opts, file: '', source: '' });
}
/**
 * Executes a file as a module and returns its globals, frozen. Throws StarlarkError (static or
 * dynamic; `format()` prints `FILE:LINE:COL: message` and the traceback).
 */
function execModule(opts) {
    const ast = parse(opts.file, opts.source);
    const predeclared = predeclaredMap(opts.predeclared);
    const dialect = effectiveDialect(opts.dialect ?? dialects.spec, ast);
    const resolved = resolveFile(ast, dialect, predeclared, library/* universe */.sW);
    const module = new starlark_eval/* Module */.nV(opts.file, resolved.globals, predeclared, library/* universe */.sW, !!dialect.recursion);
    const run = new starlark_eval/* Compiler */.Ql(module, dialect).compileFile(ast);
    const thread = opts.thread ?? newThread(opts);
    try {
        run(thread);
    }
    catch (e) {
        throw asStarlarkError(e);
    }
    const globals = module.exports();
    for (const v of globals.values())
        (0,values/* freeze */.CN)(v);
    return globals;
}
/** Any failure as a StarlarkError: a JS exception that escaped is an interpreter bug, reported as such. */
function asStarlarkError(e) {
    if (e instanceof errors/* StarlarkError */.H)
        return e;
    const msg = e instanceof Error ? e.message : String(e);
    return new errors/* StarlarkError */.H(`internal error: ${msg}`);
}
/** Calls a Starlark callable from the host. */
function call(thread, fn, args = [], kwargs = {}) {
    const kw = Object.entries(kwargs);
    try {
        return (0,starlark_eval/* callValue */.Qm)(thread, fn, args, kw.length ? kw : null, thread.callerPosition() ?? null);
    }
    catch (e) {
        throw asStarlarkError(e);
    }
}
/**
 * Defines a builtin function for `predeclared`. Throwing `new StarlarkError(msg)` (no position) from
 * `impl` reports msg at the caller's position with a traceback.
 */
function defineBuiltin(name, impl) {
    return new values/* Builtin */.kP(name, (th, args, kwargs) => {
        const thread = th;
        const kw = kwargs ?? [];
        return impl({
            name,
            thread,
            args,
            kwargs: kw,
            position: thread.callerPosition(),
            unpack: (params) => (0,library/* unpackArgs */.AS)(name, args, kwargs, params),
        });
    });
}
/** An opaque host value with a type name, read-only attributes and a payload for the host. */
class OpaqueValue extends values/* HostValue */.Ih {
    type;
    attrs;
    payload;
    constructor(type, attrs, payload) {
        super();
        this.type = type;
        this.attrs = attrs;
        this.payload = payload;
    }
    attr(name) {
        return this.attrs.get(name);
    }
    attrNames() {
        return [...this.attrs.keys()];
    }
    children() {
        return [...this.attrs.values()];
    }
}
// ---- conversions ----
/**
 * A Starlark value as plain JS data: None→null, int→number (bigint beyond 2^53), float→number,
 * string→string, bytes→Uint8Array, list/tuple/set→array, dict→object (Map if a key is not a string),
 * struct→object. Functions and host values are returned as they are.
 */
function toJS(v) {
    if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint')
        return v;
    if (typeof v === 'string')
        return (0,strings/* decodeUtf8 */._6)(v);
    if (v instanceof values/* Float */.nt)
        return v.v;
    if (v instanceof values/* Bytes */.Ix)
        return Uint8Array.from(Buffer.from(v.s, 'latin1'));
    if (v instanceof values/* List */.B8 || v instanceof values/* Tuple */.rd)
        return v.elems.map(toJS);
    if (v instanceof values/* StarSet */.Rx)
        return v.values().map(toJS);
    if (v instanceof values/* Dict */.Bi) {
        const keys = v.keyList();
        if (keys.every((k) => typeof k === 'string')) {
            const out = {};
            for (const k of keys)
                out[(0,strings/* decodeUtf8 */._6)(k)] = toJS(v.get(k));
            return out;
        }
        return new Map(keys.map((k) => [toJS(k), toJS(v.get(k))]));
    }
    if (v instanceof values/* Struct */._k) {
        const out = {};
        for (const [k, x] of v.fields)
            out[k] = toJS(x);
        return out;
    }
    return v;
}
/** Plain JS data as a Starlark value (the inverse of toJS; Starlark values pass through). */
function fromJS(x) {
    if (x === null || x === undefined)
        return null;
    switch (typeof x) {
        case 'boolean':
            return x;
        case 'number':
            return Number.isSafeInteger(x) ? x : new values/* Float */.nt(x);
        case 'bigint':
            return (0,values/* normInt */.O8)(x);
        case 'string':
            return (0,strings/* encodeUtf8 */.Af)(x);
    }
    if (Array.isArray(x))
        return new values/* List */.B8(x.map(fromJS));
    if (x instanceof Uint8Array)
        return new values/* Bytes */.Ix(Buffer.from(x).toString('latin1'));
    if (x instanceof Map) {
        const d = new values/* Dict */.Bi();
        for (const [k, v] of x)
            d.setUnchecked(fromJS(k), fromJS(v));
        return d;
    }
    if (x instanceof values/* List */.B8 ||
        x instanceof values/* Tuple */.rd ||
        x instanceof values/* Dict */.Bi ||
        x instanceof values/* StarSet */.Rx ||
        x instanceof values/* Float */.nt ||
        x instanceof values/* Bytes */.Ix ||
        x instanceof values/* HostValue */.Ih ||
        x instanceof values/* Builtin */.kP ||
        typeof x !== 'object')
        return x;
    if (Object.getPrototypeOf(x) === Object.prototype) {
        const d = new values/* Dict */.Bi();
        for (const [k, v] of Object.entries(x))
            d.setUnchecked((0,strings/* encodeUtf8 */.Af)(k), fromJS(v));
        return d;
    }
    return x;
}
/**
 * A Loader that evaluates each module once per cache, reports load cycles as
 * `cycle in load graph: a -> b -> a`, and lets `builtinModules` (e.g. assert.star) be loaded by name.
 * `resolve(module, fromFile)` maps a load() argument to the file to evaluate. Calling the loader
 * with the root file (and any fromFile) evaluates it too, so cycles through the root are named.
 */
function createLoader(resolve, builtinModules = new Map()) {
    const cache = new Map();
    const inProgress = [];
    const loader = (module, fromFile, thread) => {
        const builtin = builtinModules.get(module);
        if (builtin)
            return builtin;
        const target = resolve(module, fromFile);
        const cached = cache.get(target.key);
        if (cached)
            return cached;
        const at = inProgress.findIndex((t) => t.key === target.key);
        if (at >= 0) {
            const cycle = [...inProgress.slice(at), target].map((t) => t.file).join(' -> ');
            throw new errors/* StarlarkError */.H(`cycle in load graph: ${cycle}`);
        }
        inProgress.push(target);
        try {
            const globals = execModule({ ...target, load: loader, thread });
            cache.set(target.key, globals);
            return globals;
        }
        finally {
            inProgress.pop();
        }
    };
    return loader;
}


/***/ }),

/***/ 35195:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ unpackArgs),
/* harmony export */   Gv: () => (/* binding */ methodResolver),
/* harmony export */   iu: () => (/* binding */ getAttr),
/* harmony export */   jg: () => (/* binding */ structBuiltin),
/* harmony export */   n8: () => (/* binding */ positional),
/* harmony export */   sW: () => (/* binding */ universe)
/* harmony export */ });
/* unused harmony export methodsOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39981);
/* harmony import */ var _ops_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29612);
/* harmony import */ var _spell_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39806);
/* harmony import */ var _strings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24166);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3436);
/**
 * The universal builtins and the methods of the built-in types, with go.starlark.net's semantics and
 * error wordings.
 */





// ---- argument unpacking ----
/**
 * Binds positional and keyword arguments to the named parameters of a builtin (`name?` marks an
 * optional one), as go.starlark.net's UnpackArgs. Absent optional parameters are undefined.
 */
function unpackArgs(fname, args, kw, params) {
    if (args.length > params.length)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: got ${args.length} arguments, want at most ${params.length}`);
    const out = new Array(params.length);
    for (let i = 0; i < args.length; i++)
        out[i] = args[i];
    if (kw) {
        for (const [k, v] of kw) {
            const i = params.findIndex((p) => p === k || p === k + '?');
            if (i < 0) {
                const hint = (0,_spell_js__WEBPACK_IMPORTED_MODULE_4__/* .nearest */ .p)(k, params.map((p) => p.replace(/\?$/, '')));
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: unexpected keyword argument ${(0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(k)}${hint ? ` (did you mean ${hint}?)` : ''}`);
            }
            if (out[i] !== undefined)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: got multiple values for keyword argument ${(0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(k)}`);
            out[i] = v;
        }
    }
    for (let i = 0; i < params.length; i++) {
        const p = params[i];
        if (out[i] === undefined && p.charCodeAt(p.length - 1) !== 63 /* ? */)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: missing argument for ${p}`);
    }
    return out;
}
/** Positional-only arguments, between min and max of them. */
function positional(fname, args, kw, min, max) {
    if (kw && kw.length > 0)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: unexpected keyword arguments`);
    if (args.length < min) {
        if (min === max)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: got ${args.length} arguments, want ${min}`);
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: got ${args.length} arguments, want at least ${min}`);
    }
    if (args.length > max) {
        if (min === max)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: got ${args.length} arguments, want ${max}`);
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: got ${args.length} arguments, want at most ${max}`);
    }
    return args;
}
function wantString(fname, param, v) {
    if (typeof v !== 'string')
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: for parameter ${param}: got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(v)}, want string`);
    return v;
}
function wantInt(fname, param, v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'bigint')
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: for parameter ${param}: ${v} out of range`);
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: for parameter ${param}: got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(v)}, want int`);
}
/** The elements of an iterable argument (a List's or Tuple's own array: callers must not mutate it). */
function iterableArg(fname, v) {
    if (v instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .List */ .B8 || v instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Tuple */ .rd)
        return v.elems;
    if (!(0,_ops_js__WEBPACK_IMPORTED_MODULE_1__/* .isIterable */ .xZ)(v))
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: for parameter 1: got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(v)}, want iterable`);
    return (0,_ops_js__WEBPACK_IMPORTED_MODULE_1__/* .iterate */ .nl)(v);
}
// ---- universal builtins ----
function strConcat(args, sep) {
    return args.map(_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx).join(sep);
}
function toInt(x, baseV) {
    if (typeof x === 'string') {
        let base = baseV === undefined ? 10 : wantInt('int', 'base', baseV);
        if (base !== 0 && (base < 2 || base > 36))
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('int: base must be an integer >= 2 && <= 36');
        let s = x;
        let neg = false;
        if (s.startsWith('+') || s.startsWith('-')) {
            neg = s[0] === '-';
            s = s.slice(1);
        }
        const prefix = /^0([xob])/i.exec(s);
        if (prefix) {
            const pb = { x: 16, o: 8, b: 2 }[prefix[1].toLowerCase()];
            if (base === 0)
                base = pb;
            if (base === pb)
                s = s.slice(2);
        }
        else if (base === 0) {
            if (s.length > 1 && s[0] === '0' && !/^0+$/.test(s))
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`int: invalid literal with base 0: ${x}`);
            base = 10;
        }
        const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base);
        if (s === '' || ![...s.toLowerCase()].every((c) => digits.includes(c)))
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`int: invalid literal with base ${baseV === undefined ? 10 : Number(baseV)}: ${x}`);
        let v = 0n;
        const b = BigInt(base);
        for (const c of s.toLowerCase())
            v = v * b + BigInt(digits.indexOf(c));
        return (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .normInt */ .O8)(neg ? -v : v);
    }
    if (baseV !== undefined)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`int: can't convert non-string with explicit base`);
    if (typeof x === 'boolean')
        return x ? 1 : 0;
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isInt */ .E6)(x))
        return x;
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Float */ .nt) {
        if (!Number.isFinite(x.v))
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`int: cannot convert float ${Number.isNaN(x.v) ? 'NaN' : 'infinity'} to integer`);
        return (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .normInt */ .O8)(BigInt(Math.trunc(x.v)));
    }
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`int: got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(x)}, want int, float, bool, or string`);
}
function toFloatValue(x) {
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Float */ .nt)
        return x;
    if (typeof x === 'boolean')
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Float */ .nt(x ? 1 : 0);
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isInt */ .E6)(x))
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Float */ .nt((0,_ops_js__WEBPACK_IMPORTED_MODULE_1__/* .toFloat */ .SP)(x));
    if (typeof x === 'string') {
        const s = x.trim().toLowerCase();
        if (/^[+-]?(inf|infinity)$/.test(s))
            return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Float */ .nt(s.startsWith('-') ? -Infinity : Infinity);
        if (/^[+-]?nan$/.test(s))
            return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Float */ .nt(NaN);
        if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) {
            const v = Number(s);
            if (!Number.isFinite(v))
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`floating-point number too large`);
            return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Float */ .nt(v);
        }
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`float: invalid float literal: ${x}`);
    }
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`float: got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(x)}, want number or string`);
}
function minMax(th, fname, args, kw, sign) {
    if (kw === null && args.length === 2 && typeof args[0] === 'number' && typeof args[1] === 'number')
        return sign < 0 ? Math.max(args[0], args[1]) : Math.min(args[0], args[1]);
    let key = null;
    let dflt = undefined;
    for (const [k, v] of kw ?? []) {
        if (k === 'key')
            key = v;
        else if (k === 'default')
            dflt = v;
        else {
            const hint = (0,_spell_js__WEBPACK_IMPORTED_MODULE_4__/* .nearest */ .p)(k, ['key', 'default']);
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: unexpected keyword argument ${(0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(k)}${hint ? ` (did you mean ${hint}?)` : ''}`);
        }
    }
    if (args.length === 0)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname} requires at least one positional argument`);
    if (args.length === 1 && !(0,_ops_js__WEBPACK_IMPORTED_MODULE_1__/* .isIterable */ .xZ)(args[0]))
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(args[0])} value is not iterable`);
    const items = args.length === 1 ? iterableArg(fname, args[0]) : args;
    if (items.length === 0) {
        if (dflt !== undefined)
            return dflt;
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: empty sequence`);
    }
    {
        let best = items[0];
        let bestKey = key === null ? best : th.callValue(key, [best]);
        for (let i = 1; i < items.length; i++) {
            const k = key === null ? items[i] : th.callValue(key, [items[i]]);
            if ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .compare */ .UD)('<', k, bestKey) * sign < 0) {
                best = items[i];
                bestKey = k;
            }
        }
        return best;
    }
}
function dictUpdate(fname, d, args, kw) {
    if (args.length > 1)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: got ${args.length} arguments, want at most 1`);
    if (args.length === 1) {
        const src = args[0];
        if (src instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Dict */ .Bi) {
            for (const [h, v] of src.map)
                d.set(src.keyOf(h), v);
        }
        else {
            if (!(0,_ops_js__WEBPACK_IMPORTED_MODULE_1__/* .isIterable */ .xZ)(src))
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(src)}, want iterable`);
            (0,_ops_js__WEBPACK_IMPORTED_MODULE_1__/* .iterate */ .nl)(src).forEach((pair, i) => {
                if (!(0,_ops_js__WEBPACK_IMPORTED_MODULE_1__/* .isIterable */ .xZ)(pair) || pair instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Dict */ .Bi || pair instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .StarSet */ .Rx)
                    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: dictionary update sequence element #${i} is not iterable (${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(pair)})`);
                const kv = (0,_ops_js__WEBPACK_IMPORTED_MODULE_1__/* .iterate */ .nl)(pair);
                if (kv.length !== 2)
                    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: dictionary update sequence element #${i} has length ${kv.length}, want 2`);
                d.set(kv[0], kv[1]);
            });
        }
    }
    if (kw) {
        const seen = new Set();
        for (const [k, v] of kw) {
            if (seen.has(k))
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: duplicate keyword arg: ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .repr */ .Sj)(k)}`);
            seen.add(k);
            d.set(k, v);
        }
    }
}
function sorted(th, args, kw) {
    const [iterable, key, reverse] = unpackArgs('sorted', args, kw, ['iterable', 'key?', 'reverse?']);
    const items = iterableArg('sorted', iterable);
    if (key !== undefined && !(key instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Builtin */ .kP) && (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(key) !== 'function')
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`sorted: for parameter key: got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(key)}, want callable`);
    const keys = key === undefined ? items : items.map((x) => th.callValue(key, [x]));
    const idx = items.map((_, i) => i);
    const rev = reverse !== undefined && (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .truth */ .Im)(reverse);
    idx.sort((a, b) => {
        const c = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .compare */ .UD)('<', keys[a], keys[b]);
        return rev ? -c : c;
    });
    return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .List */ .B8(idx.map((i) => items[i]));
}
function builtin(name, impl) {
    return [name, new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Builtin */ .kP(name, impl)];
}
/** The universal names of the language: visible in every module. */
const universe = new Map([
    ['None', null],
    ['True', true],
    ['False', false],
    builtin('abs', (_th, args, kw) => {
        const [x] = positional('abs', args, kw, 1, 1);
        if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Float */ .nt)
            return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Float */ .nt(Math.abs(x.v));
        if (typeof x === 'number')
            return Math.abs(x);
        if (typeof x === 'bigint')
            return x < 0n ? -x : x;
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`abs: got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(x)}, want int or float`);
    }),
    builtin('all', (_th, args, kw) => iterableArg('all', positional('all', args, kw, 1, 1)[0]).every(_values_js__WEBPACK_IMPORTED_MODULE_3__/* .truth */ .Im)),
    builtin('any', (_th, args, kw) => iterableArg('any', positional('any', args, kw, 1, 1)[0]).some(_values_js__WEBPACK_IMPORTED_MODULE_3__/* .truth */ .Im)),
    builtin('bool', (_th, args, kw) => (args.length ? (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .truth */ .Im)(positional('bool', args, kw, 0, 1)[0]) : false)),
    builtin('bytes', (_th, args, kw) => {
        const [x] = positional('bytes', args, kw, 1, 1);
        if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Bytes */ .Ix)
            return x;
        if (typeof x === 'string')
            return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Bytes */ .Ix(x);
        if ((0,_ops_js__WEBPACK_IMPORTED_MODULE_1__/* .isIterable */ .xZ)(x)) {
            return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Bytes */ .Ix((0,_ops_js__WEBPACK_IMPORTED_MODULE_1__/* .iterate */ .nl)(x)
                .map((b) => {
                if (typeof b !== 'number' || b < 0 || b > 255)
                    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`bytes: at index 0, ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .repr */ .Sj)(b)} out of range (want value in unsigned 8-bit range)`);
                return String.fromCharCode(b);
            })
                .join(''));
        }
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`bytes: got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(x)}, want string, bytes, or iterable of ints`);
    }),
    builtin('chr', (_th, args, kw) => {
        const [x] = positional('chr', args, kw, 1, 1);
        if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isInt */ .E6)(x))
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`chr: got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(x)}, want int`);
        if (x < 0)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`chr: Unicode code point ${x} out of range (<0)`);
        if (x > 0x10ffff)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`chr: Unicode code point U+${x.toString(16).toUpperCase()} out of range (>0x10FFFF)`);
        return (0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeUtf8Char */ ._0)(Number(x) >= 0xd800 && Number(x) < 0xe000 ? 0xfffd : Number(x));
    }),
    builtin('dict', (_th, args, kw) => {
        const d = new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Dict */ .Bi();
        dictUpdate('dict', d, args, kw);
        return d;
    }),
    builtin('dir', (_th, args, kw) => {
        const [x] = positional('dir', args, kw, 1, 1);
        const methods = methodsOf(x);
        const names = methods ? Object.keys(methods) : x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .HostValue */ .Ih ? x.attrNames() : [];
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .List */ .B8(names.slice().sort());
    }),
    builtin('enumerate', (_th, args, kw) => {
        const [x, start] = unpackArgs('enumerate', args, kw, ['x', 'start?']);
        const s = start === undefined ? 0 : wantInt('enumerate', 'start', start);
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .List */ .B8(iterableArg('enumerate', x).map((v, i) => new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Tuple */ .rd([s + i, v])));
    }),
    builtin('fail', (_th, args, kw) => {
        let sep = ' ';
        for (const [k, v] of kw ?? []) {
            if (k !== 'sep')
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`fail: unexpected keyword argument ${k}`);
            sep = wantString('fail', 'sep', v);
        }
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('fail: ' + strConcat(args, sep));
    }),
    builtin('float', (_th, args, kw) => {
        const [x] = positional('float', args, kw, 0, 1);
        return x === undefined ? new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Float */ .nt(0) : toFloatValue(x);
    }),
    builtin('getattr', (_th, args, kw) => {
        const [x, name, dflt] = positional('getattr', args, kw, 2, 3);
        const n = wantString('getattr', 'name', name);
        try {
            return getAttr(x, n);
        }
        catch (e) {
            if (dflt !== undefined)
                return dflt;
            throw e;
        }
    }),
    builtin('hasattr', (_th, args, kw) => {
        const [x, name] = positional('hasattr', args, kw, 2, 2);
        const n = wantString('hasattr', 'name', name);
        const methods = methodsOf(x);
        if (methods)
            return n in methods;
        return x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .HostValue */ .Ih && x.attr(n) !== undefined;
    }),
    builtin('hash', (_th, args, kw) => {
        const [x] = positional('hash', args, kw, 1, 1);
        // The spec: "Any other type of argument in an error, even if it is suitable as the key of a dict."
        if (typeof x !== 'string' && !(x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Bytes */ .Ix))
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`hash: got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(x)}, want string or bytes`);
        return (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .hashValue */ .gg)(x);
    }),
    builtin('int', (_th, args, kw) => {
        const [x, base] = unpackArgs('int', args, kw, ['x', 'base?']);
        return toInt(x, base);
    }),
    builtin('len', (_th, args, kw) => {
        const [x] = positional('len', args, kw, 1, 1);
        const n = (0,_ops_js__WEBPACK_IMPORTED_MODULE_1__/* .length */ .Bw)(x);
        if (n < 0)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`len: value of type ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(x)} has no len`);
        return n;
    }),
    builtin('list', (_th, args, kw) => {
        const [x] = positional('list', args, kw, 0, 1);
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .List */ .B8(x === undefined ? [] : iterableArg('list', x).slice());
    }),
    builtin('max', (th, args, kw) => minMax(th, 'max', args, kw, -1)),
    builtin('min', (th, args, kw) => minMax(th, 'min', args, kw, 1)),
    builtin('ord', (_th, args, kw) => {
        const [x] = positional('ord', args, kw, 1, 1);
        if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Bytes */ .Ix) {
            if (x.s.length !== 1)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`ord: bytes has length ${x.s.length}, want 1`);
            return x.s.charCodeAt(0);
        }
        if (typeof x !== 'string')
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`ord: got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(x)}, want string`);
        const [cp, n] = x.length > 0 ? (0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeRuneAt */ .Ee)(x, 0) : [0, 0];
        if (x.length === 0 || n !== x.length)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`ord: string encodes ${[...(0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .runes */ .mZ)(x)].length} Unicode code points, want 1`);
        return cp;
    }),
    builtin('print', (th, args, kw) => {
        let sep = ' ';
        for (const [k, v] of kw ?? []) {
            if (k !== 'sep')
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`print: unexpected keyword argument ${k}`);
            sep = wantString('print', 'sep', v);
        }
        th.print(strConcat(args, sep));
        return null;
    }),
    builtin('range', (_th, args, kw) => {
        positional('range', args, kw, 1, 3);
        const ints = args.map((a, i) => {
            const n = wantInt('range', ['start', 'stop', 'step'][args.length === 1 ? 1 : i], a);
            // As go.starlark.net, range arguments are 32-bit.
            if (n > 0x7fffffff || n < -0x80000000)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`range: ${n} out of range`);
            return n;
        });
        const [start, stop, step] = ints.length === 1 ? [0, ints[0], 1] : [ints[0], ints[1], ints[2] ?? 1];
        if (step === 0)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('range: step argument must not be zero');
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Range */ .Q6(start, stop, step);
    }),
    builtin('repr', (_th, args, kw) => (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .repr */ .Sj)(positional('repr', args, kw, 1, 1)[0])),
    builtin('reversed', (_th, args, kw) => {
        const [x] = positional('reversed', args, kw, 1, 1);
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .List */ .B8(iterableArg('reversed', x).slice().reverse());
    }),
    builtin('set', (_th, args, kw) => {
        const [x] = positional('set', args, kw, 0, 1);
        const s = new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .StarSet */ .Rx();
        if (x !== undefined)
            for (const v of iterableArg('set', x))
                s.addUnchecked(v);
        return s;
    }),
    builtin('sorted', (th, args, kw) => sorted(th, args, kw)),
    builtin('str', (_th, args, kw) => {
        const [x] = positional('str', args, kw, 1, 1);
        if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Bytes */ .Ix)
            return (0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeUtf8 */ .Af)((0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._6)(x.s));
        return (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(x);
    }),
    builtin('tuple', (_th, args, kw) => {
        const [x] = positional('tuple', args, kw, 0, 1);
        if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Tuple */ .rd)
            return x;
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Tuple */ .rd(x === undefined ? [] : iterableArg('tuple', x).slice());
    }),
    builtin('type', (_th, args, kw) => (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(positional('type', args, kw, 1, 1)[0])),
    builtin('zip', (_th, args, kw) => {
        if (kw && kw.length)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('zip: unexpected keyword arguments');
        const seqs = args.map((a, i) => {
            if (!(0,_ops_js__WEBPACK_IMPORTED_MODULE_1__/* .isIterable */ .xZ)(a))
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`zip: argument #${i + 1} is not iterable: ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(a)}`);
            return (0,_ops_js__WEBPACK_IMPORTED_MODULE_1__/* .iterate */ .nl)(a);
        });
        const n = seqs.length === 0 ? 0 : Math.min(...seqs.map((s) => s.length));
        const out = [];
        for (let i = 0; i < n; i++)
            out.push(new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Tuple */ .rd(seqs.map((s) => s[i])));
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .List */ .B8(out);
    }),
]);
/** `struct(**kwargs)`, for hosts that predeclare it. */
const structBuiltin = new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Builtin */ .kP('struct', (_th, args, kw) => {
    if (args.length > 0)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`struct: unexpected positional arguments`);
    return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Struct */ ._k(new Map(kw ?? []));
});
/** x.name for any value: a bound method, a host attribute, or an error with a spelling hint. */
function getAttr(x, name) {
    const methods = methodsOf(x);
    if (methods) {
        const m = methods[name];
        if (m)
            return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Builtin */ .kP(name, m, x);
        (0,_ops_js__WEBPACK_IMPORTED_MODULE_1__/* .noSuchAttr */ .Oh)(x, name, Object.keys(methods));
    }
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .HostValue */ .Ih) {
        const v = x.attr(name);
        if (v !== undefined)
            return v;
        (0,_ops_js__WEBPACK_IMPORTED_MODULE_1__/* .noSuchAttr */ .Oh)(x, name, x.attrNames());
    }
    (0,_ops_js__WEBPACK_IMPORTED_MODULE_1__/* .noSuchAttr */ .Oh)(x, name, []);
}
// ---- string methods ----
const WS = ' \t\n\v\f\r';
/** White space as Go's unicode.IsSpace: ASCII's, U+0085, U+00A0 and the Z categories. */
const ASCII_SPACE = `[${WS}]`;
const UNICODE_SPACE = `[${WS}\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]`;
const STRIP_BOTH = new RegExp(`^${UNICODE_SPACE}+|${UNICODE_SPACE}+$`, 'gu');
const STRIP_LEFT = new RegExp(`^${UNICODE_SPACE}+`, 'u');
const STRIP_RIGHT = new RegExp(`${UNICODE_SPACE}+$`, 'u');
/** A byte string as text: ASCII as is, valid UTF-8 decoded, anything else undefined (bytes only). */
function utf8Text(s) {
    return (0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .isAscii */ .ER)(s) ? undefined : (0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .validUtf8Text */ .tA)(s);
}
/** `split()` with no separator: words between runs of SPACE, at most `max` splits (from the right). */
function splitSpace(s, max, fromRight, space) {
    const words = s.split(new RegExp(`${space}+`, 'u')).filter((w) => w !== '');
    if (max < 0 || words.length <= max + 1)
        return words;
    // Split at most `max` times on whitespace runs, keeping the rest intact.
    const out = [];
    let rest = s.replace(new RegExp(fromRight ? `${space}+$` : `^${space}+`, 'u'), '');
    const last = new RegExp(`${space}+((?:(?!${space}).)*)$`, 'su');
    const first = new RegExp(`^((?:(?!${space}).)*)${space}+`, 'su');
    for (let n = 0; n < max; n++) {
        const m = (fromRight ? last : first).exec(rest);
        if (!m)
            break;
        if (fromRight) {
            out.unshift(m[1]);
            rest = rest.slice(0, m.index);
        }
        else {
            out.push(m[1]);
            rest = rest.slice(m[0].length);
        }
    }
    if (rest !== '') {
        if (fromRight)
            out.unshift(rest);
        else
            out.push(rest);
    }
    return out;
}
function stripChars(s, chars, left, right) {
    let i = 0;
    let j = s.length;
    if (left)
        while (i < j && chars.includes(s[i]))
            i++;
    if (right)
        while (j > i && chars.includes(s[j - 1]))
            j--;
    return s.slice(i, j);
}
/** Applies a JS text transformation to a byte string, with an ASCII fast path. */
function mapText(s, f) {
    return (0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .isAscii */ .ER)(s) ? f(s) : (0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeUtf8 */ .Af)(f((0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._6)(s)));
}
function testText(s, re) {
    const t = (0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._6)(s);
    return t.length > 0 && re.test(t);
}
function subRange(fname, s, start, end) {
    const n = s.length;
    const idx = (v, dflt, what) => {
        if (v === undefined || v === null)
            return dflt;
        const i = wantInt(fname, what, v);
        return Math.min(Math.max(i < 0 ? i + n : i, 0), n);
    };
    return [idx(start, 0, 'start'), idx(end, n, 'end')];
}
function find(fname, s, args, kw, last, strict) {
    const [sub, start, end] = unpackArgs(fname, args, kw, ['sub', 'start?', 'end?']);
    wantString(fname, 'sub', sub);
    const [i, j] = subRange(fname, s, start, end);
    const region = s.slice(i, j);
    const k = last ? region.lastIndexOf(sub) : region.indexOf(sub);
    if (j < i || k < 0) {
        if (strict)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: substring not found`);
        return -1;
    }
    return i + k;
}
function split(fname, s, args, kw, fromRight) {
    const [sepV, maxV] = unpackArgs(fname, args, kw, ['sep?', 'maxsplit?']);
    const max = maxV === undefined || maxV === null ? -1 : wantInt(fname, 'maxsplit', maxV);
    if (sepV === undefined || sepV === null) {
        // Unicode white space, as the spec and go.starlark.net (unicode.IsSpace) have it.
        const text = utf8Text(s);
        if (text === undefined)
            return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .List */ .B8(splitSpace(s, max, fromRight, ASCII_SPACE));
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .List */ .B8(splitSpace(text, max, fromRight, UNICODE_SPACE).map(_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeUtf8 */ .Af));
    }
    const sep = wantString(fname, 'sep', sepV);
    if (sep === '')
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: empty separator`);
    const parts = s.split(sep);
    if (max < 0 || parts.length <= max + 1)
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .List */ .B8(parts);
    if (fromRight)
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .List */ .B8([parts.slice(0, parts.length - max).join(sep), ...parts.slice(parts.length - max)]);
    return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .List */ .B8([...parts.slice(0, max), parts.slice(max).join(sep)]);
}
function formatString(s, args, kw) {
    let out = '';
    let auto = 0;
    let mode;
    let i = 0;
    for (;;) {
        const open = s.indexOf('{', i);
        const closeBrace = s.indexOf('}', i);
        if (closeBrace >= 0 && (open < 0 || closeBrace < open)) {
            if (s[closeBrace + 1] !== '}')
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)("format: single '}' in format");
            out += s.slice(i, closeBrace + 1);
            i = closeBrace + 2;
            continue;
        }
        if (open < 0)
            return out + s.slice(i);
        out += s.slice(i, open);
        if (s[open + 1] === '{') {
            out += '{';
            i = open + 2;
            continue;
        }
        const close = s.indexOf('}', open);
        if (close < 0)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)("format: unmatched '{' in format");
        let field = s.slice(open + 1, close);
        i = close + 1;
        // `{0:}` and `{0!r:}`: an empty format spec is no spec (go.starlark.net).
        const colon = field.indexOf(':');
        if (colon >= 0) {
            if (colon < field.length - 1)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('format: format spec features not supported in replacement fields');
            field = field.slice(0, colon);
        }
        let conv = 's';
        const bang = field.indexOf('!');
        if (bang >= 0) {
            conv = field.slice(bang + 1);
            field = field.slice(0, bang);
            if (conv !== 's' && conv !== 'r')
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`format: unknown conversion "${conv}"`);
        }
        let arg;
        if (field === '') {
            if (mode === 'manual')
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('format: cannot switch from manual field specification to automatic field numbering');
            mode = 'auto';
            if (auto >= args.length)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('format: tuple index out of range');
            arg = args[auto++];
        }
        else if (/^\d+$/.test(field)) {
            if (mode === 'auto')
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('format: cannot switch from automatic field numbering to manual field specification');
            mode = 'manual';
            const n = Number(field);
            if (n >= args.length)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('format: tuple index out of range');
            arg = args[n];
        }
        else {
            if (field.includes('{'))
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('format: nested replacement fields not supported');
            if (field.includes('.'))
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`format: attribute syntax x.y is not supported in replacement fields: ${field}`);
            if (field.includes('['))
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`format: element syntax a[i] is not supported in replacement fields: ${field}`);
            arg = kw?.find(([k]) => k === field)?.[1];
            if (arg === undefined)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`format: keyword ${field} not found`);
        }
        out += conv === 'r' ? (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .repr */ .Sj)(arg) : (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(arg);
    }
}
/** A method table without a prototype, so names like `constructor` are not methods. */
function methodTable(methods) {
    return Object.assign(Object.create(null), methods);
}
function noArgs(fname, args, kw) {
    positional(fname, args, kw, 0, 0);
}
const stringMethods = methodTable({
    capitalize: (_th, a, kw, s) => {
        noArgs('capitalize', a, kw);
        return mapText(s, (t) => {
            const [first = '', ...rest] = t;
            return toTitle(first) + mapRunes(rest.join(''), toLower);
        });
    },
    codepoint_ords: (_th, a, kw, s) => {
        noArgs('codepoint_ords', a, kw);
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .StringView */ .x_(s, 'codepoint_ords');
    },
    codepoints: (_th, a, kw, s) => {
        noArgs('codepoints', a, kw);
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .StringView */ .x_(s, 'codepoints');
    },
    count: (_th, a, kw, s) => {
        const [sub, start, end] = unpackArgs('count', a, kw, ['sub', 'start?', 'end?']);
        wantString('count', 'sub', sub);
        const [i, j] = subRange('count', s, start, end);
        const region = s.slice(i, Math.max(i, j));
        if (sub === '')
            return region.length + 1;
        return region.split(sub).length - 1;
    },
    elem_ords: (_th, a, kw, s) => {
        noArgs('elem_ords', a, kw);
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .StringView */ .x_(s, 'elem_ords');
    },
    elems: (_th, a, kw, s) => {
        noArgs('elems', a, kw);
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .StringView */ .x_(s, 'elems');
    },
    endswith: (_th, a, kw, s) => affix('endswith', s, a, kw, (r, x) => r.endsWith(x)),
    find: (_th, a, kw, s) => find('find', s, a, kw, false, false),
    format: (_th, a, kw, s) => formatString(s, a, kw),
    index: (_th, a, kw, s) => find('index', s, a, kw, false, true),
    // Letters and decimal digits, as Go's unicode.IsLetter || unicode.IsDigit (Nd): "²" is neither.
    isalnum: (_th, a, kw, s) => (noArgs('isalnum', a, kw), testText(s, /^[\p{L}\p{Nd}]+$/u)),
    isalpha: (_th, a, kw, s) => (noArgs('isalpha', a, kw), testText(s, /^\p{L}+$/u)),
    isdigit: (_th, a, kw, s) => (noArgs('isdigit', a, kw), testText(s, /^\p{Nd}+$/u)),
    islower: (_th, a, kw, s) => {
        noArgs('islower', a, kw);
        const t = (0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._6)(s);
        return t !== t.toUpperCase() && t === t.toLowerCase();
    },
    isspace: (_th, a, kw, s) => (noArgs('isspace', a, kw), testText(s, /^\s+$/u)),
    istitle: (_th, a, kw, s) => {
        noArgs('istitle', a, kw);
        // Uppercase may only follow uncased characters, lowercase only cased ones (as Python).
        let cased = false;
        let prevCased = false;
        for (const ch of (0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._6)(s)) {
            if (/[\p{Lu}\p{Lt}]/u.test(ch)) {
                if (prevCased)
                    return false;
                prevCased = cased = true;
            }
            else if (/\p{Ll}/u.test(ch)) {
                if (!prevCased)
                    return false;
                prevCased = cased = true;
            }
            else
                prevCased = false;
        }
        return cased;
    },
    isupper: (_th, a, kw, s) => {
        noArgs('isupper', a, kw);
        const t = (0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._6)(s);
        return t !== t.toLowerCase() && t === t.toUpperCase();
    },
    join: (_th, a, kw, s) => {
        const [x] = positional('join', a, kw, 1, 1);
        const items = iterableArg('join', x);
        for (const it of items)
            if (typeof it !== 'string')
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`join: in list, want string, got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(it)}`);
        return items.join(s);
    },
    lower: (_th, a, kw, s) => (noArgs('lower', a, kw), mapText(s, (t) => mapRunes(t, toLower))),
    lstrip: (_th, a, kw, s) => strip('lstrip', s, a, kw, true, false),
    partition: (_th, a, kw, s) => partition('partition', s, a, kw, false),
    removeprefix: (_th, a, kw, s) => {
        const [p] = positional('removeprefix', a, kw, 1, 1);
        wantString('removeprefix', 'prefix', p);
        return s.startsWith(p) ? s.slice(p.length) : s;
    },
    removesuffix: (_th, a, kw, s) => {
        const [p] = positional('removesuffix', a, kw, 1, 1);
        wantString('removesuffix', 'suffix', p);
        return p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
    },
    replace: (_th, a, kw, s) => {
        if (kw === null && a.length === 2 && typeof a[0] === 'string' && typeof a[1] === 'string' && a[0] !== '')
            return replaceAll(s, a[0], a[1]);
        const [old, nw, countV] = unpackArgs('replace', a, kw, ['old', 'new', 'count?']);
        wantString('replace', 'old', old);
        wantString('replace', 'new', nw);
        const count = countV === undefined ? -1 : wantInt('replace', 'count', countV);
        if (old === '') {
            // As Go and Python: `new` goes before each of the first `count` characters, and after the
            // last one when the count reaches past it ("abc" → "-a-b-c-" with no count).
            const chars = Array.from((0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .runes */ .mZ)(s), ([, start, len]) => s.slice(start, len + start));
            const inserts = count < 0 ? chars.length + 1 : Math.min(count, chars.length + 1);
            let out = '';
            for (let k = 0; k < chars.length; k++)
                out += (k < inserts ? nw : '') + chars[k];
            return inserts > chars.length ? out + nw : out;
        }
        if (count < 0)
            return replaceAll(s, old, nw);
        let out = '';
        let i = 0;
        for (let n = 0; n < count; n++) {
            const j = s.indexOf(old, i);
            if (j < 0)
                break;
            out += s.slice(i, j) + nw;
            i = j + old.length;
        }
        return out + s.slice(i);
    },
    rfind: (_th, a, kw, s) => find('rfind', s, a, kw, true, false),
    rindex: (_th, a, kw, s) => find('rindex', s, a, kw, true, true),
    rpartition: (_th, a, kw, s) => partition('rpartition', s, a, kw, true),
    rsplit: (_th, a, kw, s) => split('rsplit', s, a, kw, true),
    rstrip: (_th, a, kw, s) => strip('rstrip', s, a, kw, false, true),
    split: (_th, a, kw, s) => split('split', s, a, kw, false),
    splitlines: (_th, a, kw, s) => {
        const [keep] = unpackArgs('splitlines', a, kw, ['keepends?']);
        const lines = [];
        // The spec: "line terminators (currently assumed to be a single newline, \n, regardless of platform)".
        const re = /\n/g;
        let i = 0;
        for (let m = re.exec(s); m; m = re.exec(s)) {
            lines.push(s.slice(i, keep !== undefined && (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .truth */ .Im)(keep) ? m.index + m[0].length : m.index));
            i = m.index + m[0].length;
        }
        if (i < s.length)
            lines.push(s.slice(i));
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .List */ .B8(lines);
    },
    startswith: (_th, a, kw, s) => affix('startswith', s, a, kw, (r, x) => r.startsWith(x)),
    strip: (_th, a, kw, s) => strip('strip', s, a, kw, true, true),
    title: (_th, a, kw, s) => (noArgs('title', a, kw), mapText(s, titleCase)),
    upper: (_th, a, kw, s) => (noArgs('upper', a, kw), mapText(s, (t) => mapRunes(t, toUpper))),
});
/**
 * Replaces every occurrence of a non-empty `old`. The native replaceAll returns a flat string (a
 * concatenation loop would leave a rope of many small strings for the GC to trace); `$` patterns in
 * the replacement are avoided by split/join.
 */
function replaceAll(s, old, nw) {
    return nw.includes('$') ? s.split(old).join(nw) : s.replaceAll(old, nw);
}
/**
 * Case mappings one code point at a time, as Go's unicode.ToUpper/ToLower/ToTitle: JS's full
 * mappings change lengths ("ß" → "SS", "İ" → "i̇"), which go.starlark.net's never do.
 */
function simpleCase(ch, mapped) {
    return [...mapped].length === 1 ? mapped : ch;
}
const toUpper = (ch) => simpleCase(ch, ch.toUpperCase());
/** Unicode's simple lowercase of "İ" is "i"; JS gives the full mapping "i̇" only. */
const toLower = (ch) => (ch === 'İ' ? 'i' : simpleCase(ch, ch.toLowerCase()));
/** Titlecase differs from uppercase only for the Latin digraphs (ǆ → ǅ, not Ǆ). */
const TITLE_DIGRAPHS = {
    Ǆ: 'ǅ',
    ǅ: 'ǅ',
    ǆ: 'ǅ',
    Ǉ: 'ǈ',
    ǈ: 'ǈ',
    ǉ: 'ǈ',
    Ǌ: 'ǋ',
    ǋ: 'ǋ',
    ǌ: 'ǋ',
    Ǳ: 'ǲ',
    ǲ: 'ǲ',
    ǳ: 'ǲ',
};
const toTitle = (ch) => TITLE_DIGRAPHS[ch] ?? toUpper(ch);
function mapRunes(t, f) {
    let out = '';
    for (const ch of t)
        out += f(ch);
    return out;
}
function titleCase(t) {
    let out = '';
    let prevLetter = false;
    for (const ch of t) {
        const letter = /\p{L}/u.test(ch);
        out += letter ? (prevLetter ? toLower(ch) : toTitle(ch)) : ch;
        prevLetter = letter;
    }
    return out;
}
function affix(fname, s, a, kw, test) {
    const [x, start, end] = unpackArgs(fname, a, kw, ['prefix', 'start?', 'end?']);
    const [i, j] = subRange(fname, s, start, end);
    const region = s.slice(i, Math.max(i, j));
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Tuple */ .rd) {
        return x.elems.some((e, i) => {
            if (typeof e !== 'string')
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(e)}, for element ${i}, want string`);
            return test(region, e);
        });
    }
    if (typeof x !== 'string')
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(x)}, want string or tuple of strings`);
    return test(region, x);
}
function strip(fname, s, a, kw, left, right) {
    const [chars] = positional(fname, a, kw, 0, 1);
    if (chars === undefined || chars === null || chars === '') {
        const text = utf8Text(s);
        if (text === undefined)
            return stripChars(s, WS, left, right);
        const trimmed = left && right ? text.replace(STRIP_BOTH, '') : text.replace(left ? STRIP_LEFT : STRIP_RIGHT, '');
        return (0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeUtf8 */ .Af)(trimmed);
    }
    wantString(fname, 'chars', chars);
    if ((0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .isAscii */ .ER)(chars))
        return stripChars(s, chars, left, right);
    const cps = new Set([...(0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .runes */ .mZ)(chars)].map(([cp]) => cp));
    const rs = [...(0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .runes */ .mZ)(s)];
    let i = 0;
    let j = rs.length;
    if (left)
        while (i < j && cps.has(rs[i][0]))
            i++;
    if (right)
        while (j > i && cps.has(rs[j - 1][0]))
            j--;
    if (i >= j)
        return '';
    return s.slice(rs[i][1], rs[j - 1][1] + rs[j - 1][2]);
}
function partition(fname, s, a, kw, last) {
    const [sep] = positional(fname, a, kw, 1, 1);
    wantString(fname, 'sep', sep);
    if (sep === '')
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${fname}: empty separator`);
    const i = last ? s.lastIndexOf(sep) : s.indexOf(sep);
    if (i < 0)
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Tuple */ .rd(last ? ['', '', s] : [s, '', '']);
    return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Tuple */ .rd([s.slice(0, i), sep, s.slice(i + sep.length)]);
}
// ---- bytes, list, dict, set methods ----
const bytesMethods = methodTable({
    elems: (_th, a, kw, b) => {
        noArgs('elems', a, kw);
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .StringView */ .x_(b.s, 'elems', true);
    },
});
const listMethods = methodTable({
    append: (_th, a, kw, l) => {
        const [x] = positional('append', a, kw, 1, 1);
        l.checkMutable('append to');
        l.elems.push(x);
        return null;
    },
    clear: (_th, a, kw, l) => {
        noArgs('clear', a, kw);
        l.checkMutable('clear');
        l.elems.length = 0;
        return null;
    },
    extend: (_th, a, kw, l) => {
        const [x] = positional('extend', a, kw, 1, 1);
        const items = iterableArg('extend', x);
        l.checkMutable('extend');
        l.elems.push(...items);
        return null;
    },
    index: (_th, a, kw, l) => {
        const [x, start, end] = positional('index', a, kw, 1, 3);
        const n = l.elems.length;
        const norm = (v, d) => {
            if (v === undefined || v === null)
                return d;
            const i = wantInt('index', 'start', v);
            return Math.min(Math.max(i < 0 ? i + n : i, 0), n);
        };
        for (let i = norm(start, 0); i < norm(end, n); i++)
            if ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .equals */ .aI)(l.elems[i], x))
                return i;
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('index: value not in list');
    },
    insert: (_th, a, kw, l) => {
        const [iV, x] = positional('insert', a, kw, 2, 2);
        let i = (0,_ops_js__WEBPACK_IMPORTED_MODULE_1__/* .asIndexInt */ .wf)(iV, 'insert');
        l.checkMutable('insert into');
        const n = l.elems.length;
        if (i < 0)
            i += n;
        l.elems.splice(Math.min(Math.max(i, 0), n), 0, x);
        return null;
    },
    pop: (_th, a, kw, l) => {
        const [iV] = positional('pop', a, kw, 0, 1);
        const n = l.elems.length;
        let i = iV === undefined ? n - 1 : (0,_ops_js__WEBPACK_IMPORTED_MODULE_1__/* .asIndexInt */ .wf)(iV, 'pop');
        const orig = iV === undefined ? -1 : i;
        if (i < 0)
            i += n;
        if (i < 0 || i >= n) {
            if (n === 0)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`pop: index ${orig} out of range: empty list`);
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`pop: index ${orig} out of range [${-n}:${n - 1}]`);
        }
        l.checkMutable('pop from');
        return l.elems.splice(i, 1)[0];
    },
    remove: (_th, a, kw, l) => {
        const [x] = positional('remove', a, kw, 1, 1);
        l.checkMutable('remove from');
        const i = l.elems.findIndex((e) => (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .equals */ .aI)(e, x));
        if (i < 0)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('remove: element not found');
        l.elems.splice(i, 1);
        return null;
    },
});
const dictMethods = methodTable({
    clear: (_th, a, kw, d) => {
        noArgs('clear', a, kw);
        d.clear();
        return null;
    },
    get: (_th, a, kw, d) => {
        const [k, dflt] = positional('get', a, kw, 1, 2);
        const v = d.get(k);
        return v !== undefined ? v : dflt === undefined ? null : dflt;
    },
    items: (_th, a, kw, d) => {
        noArgs('items', a, kw);
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .List */ .B8([...d.map].map(([h, v]) => new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Tuple */ .rd([d.keyOf(h), v])));
    },
    keys: (_th, a, kw, d) => {
        noArgs('keys', a, kw);
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .List */ .B8(d.keyList());
    },
    pop: (_th, a, kw, d) => {
        const [k, dflt] = positional('pop', a, kw, 1, 2);
        const v = d.delete(k);
        if (v !== undefined)
            return v;
        if (dflt !== undefined)
            return dflt;
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`pop: missing key ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .repr */ .Sj)(k)}`);
    },
    popitem: (_th, a, kw, d) => {
        noArgs('popitem', a, kw);
        if (d.size === 0)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('popitem: empty dict');
        const h = d.map.keys().next().value;
        const k = d.keyOf(h);
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Tuple */ .rd([k, d.delete(k)]);
    },
    setdefault: (_th, a, kw, d) => {
        const [k, dflt] = unpackArgs('setdefault', a, kw, ['key', 'default?']);
        const v = d.get(k);
        if (v !== undefined)
            return v;
        const nv = dflt === undefined ? null : dflt;
        d.set(k, nv);
        return nv;
    },
    update: (_th, a, kw, d) => {
        dictUpdate('update', d, a, kw);
        return null;
    },
    values: (_th, a, kw, d) => {
        noArgs('values', a, kw);
        return new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .List */ .B8([...d.map.values()]);
    },
});
function setArgItems(fname, a) {
    return a.map((x) => iterableArg(fname, x));
}
const setMethods = methodTable({
    add: (_th, a, kw, s) => {
        const [x] = positional('add', a, kw, 1, 1);
        if (s.has(x)) {
            s.checkMutable('insert into');
            return null;
        }
        s.add(x);
        return null;
    },
    clear: (_th, a, kw, s) => {
        noArgs('clear', a, kw);
        if (s.size > 0)
            s.checkMutable('clear');
        s.map.clear();
        return null;
    },
    difference: (_th, a, kw, s) => {
        if (kw?.length)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('difference: unexpected keyword arguments');
        const out = new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .StarSet */ .Rx();
        const drop = new Set(setArgItems('difference', a).flat().map(_values_js__WEBPACK_IMPORTED_MODULE_3__/* .hashKey */ .EN));
        for (const [h, v] of s.map)
            if (!drop.has(h))
                out.map.set(h, v);
        return out;
    },
    discard: (_th, a, kw, s) => {
        const [x] = positional('discard', a, kw, 1, 1);
        const h = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .hashKey */ .EN)(x);
        s.checkMutable('delete from');
        s.map.delete(h);
        return null;
    },
    difference_update: (_th, a, kw, s) => {
        if (kw?.length)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('difference_update: unexpected keyword arguments');
        const drop = setArgItems('difference_update', a).flat().map(_values_js__WEBPACK_IMPORTED_MODULE_3__/* .hashKey */ .EN);
        s.checkMutable('delete from');
        for (const h of drop)
            s.map.delete(h);
        return null;
    },
    intersection_update: (_th, a, kw, s) => {
        if (kw?.length)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('intersection_update: unexpected keyword arguments');
        const keeps = setArgItems('intersection_update', a).map((items) => new Set(items.map(_values_js__WEBPACK_IMPORTED_MODULE_3__/* .hashKey */ .EN)));
        s.checkMutable('delete from');
        for (const h of [...s.map.keys()])
            if (keeps.some((k) => !k.has(h)))
                s.map.delete(h);
        return null;
    },
    symmetric_difference_update: (_th, a, kw, s) => {
        const [x] = positional('symmetric_difference_update', a, kw, 1, 1);
        const items = iterableArg('symmetric_difference_update', x);
        s.checkMutable('insert into');
        const seen = new Set();
        for (const v of items) {
            const h = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .hashKey */ .EN)(v);
            if (seen.has(h))
                continue;
            seen.add(h);
            if (s.map.has(h))
                s.map.delete(h);
            else
                s.map.set(h, v);
        }
        return null;
    },
    intersection: (_th, a, kw, s) => {
        if (kw?.length)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('intersection: unexpected keyword arguments');
        let cur = new Map(s.map);
        for (const items of setArgItems('intersection', a)) {
            const keep = new Set(items.map(_values_js__WEBPACK_IMPORTED_MODULE_3__/* .hashKey */ .EN));
            cur = new Map([...cur].filter(([h]) => keep.has(h)));
        }
        const out = new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .StarSet */ .Rx();
        out.map = cur;
        return out;
    },
    isdisjoint: (_th, a, kw, s) => {
        const [x] = positional('isdisjoint', a, kw, 0, 1);
        return iterableArg('isdisjoint', x).every((v) => !s.has(v));
    },
    issubset: (_th, a, kw, s) => {
        const [x] = positional('issubset', a, kw, 1, 1);
        const other = new Set(iterableArg('issubset', x).map(_values_js__WEBPACK_IMPORTED_MODULE_3__/* .hashKey */ .EN));
        return [...s.map.keys()].every((h) => other.has(h));
    },
    issuperset: (_th, a, kw, s) => {
        const [x] = positional('issuperset', a, kw, 1, 1);
        return iterableArg('issuperset', x).every((v) => s.has(v));
    },
    pop: (_th, a, kw, s) => {
        noArgs('pop', a, kw);
        if (s.size === 0)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('pop: empty set');
        s.checkMutable('delete from');
        const [h, v] = s.map.entries().next().value;
        s.map.delete(h);
        return v;
    },
    remove: (_th, a, kw, s) => {
        const [x] = positional('remove', a, kw, 1, 1);
        const h = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .hashKey */ .EN)(x);
        if (!s.map.has(h))
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`remove: missing key ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .repr */ .Sj)(x)}`);
        s.checkMutable('delete from');
        s.map.delete(h);
        return null;
    },
    symmetric_difference: (_th, a, kw, s) => {
        const [x] = positional('symmetric_difference', a, kw, 1, 1);
        const out = new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .StarSet */ .Rx();
        out.map = new Map(s.map);
        const seen = new Set();
        for (const v of iterableArg('symmetric_difference', x)) {
            const h = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .hashKey */ .EN)(v);
            if (seen.has(h))
                continue;
            seen.add(h);
            if (s.map.has(h))
                out.map.delete(h);
            else
                out.map.set(h, v);
        }
        return out;
    },
    union: (_th, a, kw, s) => {
        if (kw?.length)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('union: unexpected keyword arguments');
        const out = new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .StarSet */ .Rx();
        out.map = new Map(s.map);
        for (const v of setArgItems('union', a).flat())
            out.addUnchecked(v);
        return out;
    },
    update: (_th, a, kw, s) => {
        if (kw?.length)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('update: unexpected keyword arguments');
        const items = setArgItems('update', a).flat();
        for (const v of items)
            s.add(v);
        if (items.length === 0)
            s.checkMutable('insert into');
        return null;
    },
});
/**
 * The method `name` of each built-in type, resolved once per call site: returns the receiver's
 * implementation (undefined if the receiver's type has no such method or is not a built-in type).
 */
function methodResolver(name) {
    const s = stringMethods[name];
    const l = listMethods[name];
    const d = dictMethods[name];
    const st = setMethods[name];
    const b = bytesMethods[name];
    return (x) => typeof x === 'string'
        ? s
        : x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .List */ .B8
            ? l
            : x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Dict */ .Bi
                ? d
                : x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .StarSet */ .Rx
                    ? st
                    : x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Bytes */ .Ix
                        ? b
                        : undefined;
}
/** The method table of a built-in type, or undefined for other values. */
function methodsOf(x) {
    if (typeof x === 'string')
        return stringMethods;
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .List */ .B8)
        return listMethods;
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Dict */ .Bi)
        return dictMethods;
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .StarSet */ .Rx)
        return setMethods;
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Bytes */ .Ix)
        return bytesMethods;
    return undefined;
}


/***/ }),

/***/ 29612:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bw: () => (/* binding */ length),
/* harmony export */   Dx: () => (/* binding */ getIndex),
/* harmony export */   Oh: () => (/* binding */ noSuchAttr),
/* harmony export */   SP: () => (/* binding */ toFloat),
/* harmony export */   aw: () => (/* binding */ binary),
/* harmony export */   di: () => (/* binding */ slice),
/* harmony export */   gR: () => (/* binding */ contains),
/* harmony export */   gh: () => (/* binding */ unary),
/* harmony export */   l1: () => (/* binding */ unpack),
/* harmony export */   nl: () => (/* binding */ iterate),
/* harmony export */   p6: () => (/* binding */ setIndex),
/* harmony export */   wf: () => (/* binding */ asIndexInt),
/* harmony export */   xZ: () => (/* binding */ isIterable)
/* harmony export */ });
/* unused harmony export interpolate */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39981);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3436);
/* harmony import */ var _strings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24166);
/* harmony import */ var _spell_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39806);
/**
 * Operators, indexing, slicing, iteration and attribute access on Starlark values: the slow paths
 * the compiled closures fall back to when their inline fast paths (int arithmetic, string
 * concatenation, list/dict indexing) do not apply. Errors use go.starlark.net's wordings.
 */





// Limits on what one operation may allocate (go.starlark.net uses 1<<30; V8 strings and arrays
// cannot grow that far without aborting the process).
const MAX_ELEMS = 1 << 25;
const MAX_STRING = 1 << 28;
function toFloat(v) {
    if (v instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Float */ .nt)
        return v.v;
    const f = Number(v);
    if (!Number.isFinite(f))
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('int too large to convert to float');
    return f;
}
function isNum(v) {
    return typeof v === 'number' || typeof v === 'bigint' || v instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Float */ .nt;
}
/** An int as a JS number within int32-ish bounds, or an error in go's words. */
function asIndexInt(v, what) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'bigint')
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${what ? what + ': ' : ''}${v} out of range`);
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${what ? what + ': ' : ''}got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(v)}, want int`);
}
function intOp(op, x, y) {
    if (typeof x === 'number' && typeof y === 'number') {
        let r;
        switch (op) {
            case '+':
                r = x + y;
                break;
            case '-':
                r = x - y;
                break;
            case '*':
                r = x * y;
                break;
            default:
                r = NaN;
        }
        if (Number.isSafeInteger(r))
            return r === 0 ? 0 : r;
    }
    const a = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bigOf */ .yA)(x);
    const b = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .bigOf */ .yA)(y);
    switch (op) {
        case '+':
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .normInt */ .O8)(a + b);
        case '-':
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .normInt */ .O8)(a - b);
        case '*':
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .normInt */ .O8)(a * b);
        case '//': {
            if (b === 0n)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('floored division by zero');
            let q = a / b;
            if (a % b !== 0n && a < 0n !== b < 0n)
                q -= 1n;
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .normInt */ .O8)(q);
        }
        case '%': {
            if (b === 0n)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('integer modulo by zero');
            let r = a % b;
            if (r !== 0n && r < 0n !== b < 0n)
                r += b;
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .normInt */ .O8)(r);
        }
        case '&':
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .normInt */ .O8)(a & b);
        case '|':
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .normInt */ .O8)(a | b);
        case '^':
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .normInt */ .O8)(a ^ b);
        case '<<': {
            if (b < 0n)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`negative shift count: ${b}`);
            if (b >= 512n)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`shift count too large: ${b}`);
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .normInt */ .O8)(a << b);
        }
        case '>>':
            if (b < 0n)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`negative shift count: ${b}`);
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .normInt */ .O8)(a >> b);
    }
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`unknown binary op: int ${op} int`);
}
/** Python-style float modulo: the result has the sign of the divisor. */
function floatMod(x, y) {
    let r = x % y;
    if (r !== 0 && r < 0 !== y < 0)
        r += y;
    return r;
}
function floatOp(op, x, y) {
    const a = toFloat(x);
    const b = toFloat(y);
    switch (op) {
        case '+':
            return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Float */ .nt(a + b);
        case '-':
            return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Float */ .nt(a - b);
        case '*':
            return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Float */ .nt(a * b);
        case '/':
            if (b === 0)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('floating-point division by zero');
            return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Float */ .nt(a / b);
        case '//':
            if (b === 0)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('floored division by zero');
            return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Float */ .nt(Math.floor(a / b));
        case '%':
            if (b === 0)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('floating-point modulo by zero');
            return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Float */ .nt(floatMod(a, b));
    }
    return undefined;
}
function repeat(elems, n) {
    if (elems.length === 0)
        return [];
    if (typeof n === 'bigint' || n > 0x7fffffff)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`repeat count ${n} too large`);
    if (n < 1)
        return [];
    if (elems.length * n >= MAX_ELEMS)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`excessive repeat (${elems.length} * ${n} elements)`);
    if (elems.length === 1)
        return new Array(n).fill(elems[0]);
    const out = new Array(elems.length * n);
    for (let i = 0; i < n; i++)
        for (let j = 0; j < elems.length; j++)
            out[i * elems.length + j] = elems[j];
    return out;
}
function repeatString(s, n) {
    if (s === '')
        return '';
    if (typeof n === 'bigint' || n > 0x7fffffff)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`repeat count ${n} too large`);
    if (n < 1)
        return '';
    if (s.length * n >= MAX_STRING)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`excessive repeat (${s.length} * ${n} elements)`);
    return s.repeat(n);
}
/** Any binary operator except `and`, `or` and the comparisons handled by the compiler inline. */
function binary(op, x, y) {
    switch (op) {
        case '+':
            if (typeof x === 'string' && typeof y === 'string')
                return x + y;
            if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(x) && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(y))
                return intOp(op, x, y);
            if (isNum(x) && isNum(y))
                return floatOp(op, x, y);
            if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .List */ .B8 && y instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .List */ .B8)
                return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .List */ .B8(x.elems.concat(y.elems));
            if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Tuple */ .rd && y instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Tuple */ .rd)
                return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Tuple */ .rd(x.elems.concat(y.elems));
            if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Bytes */ .Ix && y instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Bytes */ .Ix)
                return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Bytes */ .Ix(x.s + y.s);
            break;
        case '-':
            if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(x) && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(y))
                return intOp(op, x, y);
            if (isNum(x) && isNum(y))
                return floatOp(op, x, y);
            if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StarSet */ .Rx && y instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StarSet */ .Rx) {
                const out = new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StarSet */ .Rx();
                for (const [h, v] of x.map)
                    if (!y.map.has(h))
                        out.map.set(h, v);
                return out;
            }
            break;
        case '*':
            if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(x) && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(y))
                return intOp(op, x, y);
            if (isNum(x) && isNum(y))
                return floatOp(op, x, y);
            if (typeof x === 'string' && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(y))
                return repeatString(x, y);
            if (typeof y === 'string' && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(x))
                return repeatString(y, x);
            if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Bytes */ .Ix && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(y))
                return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Bytes */ .Ix(repeatString(x.s, y));
            if (y instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Bytes */ .Ix && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(x))
                return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Bytes */ .Ix(repeatString(y.s, x));
            if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .List */ .B8 && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(y))
                return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .List */ .B8(repeat(x.elems, y));
            if (y instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .List */ .B8 && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(x))
                return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .List */ .B8(repeat(y.elems, x));
            if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Tuple */ .rd && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(y))
                return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Tuple */ .rd(repeat(x.elems, y));
            if (y instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Tuple */ .rd && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(x))
                return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Tuple */ .rd(repeat(y.elems, x));
            break;
        case '/':
            if (isNum(x) && isNum(y))
                return floatOp(op, x, y);
            break;
        case '//':
            if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(x) && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(y))
                return intOp(op, x, y);
            if (isNum(x) && isNum(y))
                return floatOp(op, x, y);
            break;
        case '%':
            if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(x) && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(y))
                return intOp(op, x, y);
            if (isNum(x) && isNum(y))
                return floatOp(op, x, y);
            if (typeof x === 'string')
                return interpolate(x, y);
            break;
        case '|':
            if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(x) && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(y))
                return intOp(op, x, y);
            if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Dict */ .Bi && y instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Dict */ .Bi) {
                const out = new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Dict */ .Bi();
                for (const d of [x, y])
                    for (const [h, v] of d.map)
                        out.setUnchecked(d.keyOf(h), v);
                return out;
            }
            if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StarSet */ .Rx && y instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StarSet */ .Rx) {
                const out = new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StarSet */ .Rx();
                for (const s of [x, y])
                    for (const [h, v] of s.map)
                        out.map.set(h, v);
                return out;
            }
            break;
        case '&':
            if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(x) && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(y))
                return intOp(op, x, y);
            if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StarSet */ .Rx && y instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StarSet */ .Rx) {
                const out = new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StarSet */ .Rx();
                for (const [h, v] of x.map)
                    if (y.map.has(h))
                        out.map.set(h, v);
                return out;
            }
            break;
        case '^':
            if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(x) && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(y))
                return intOp(op, x, y);
            if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StarSet */ .Rx && y instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StarSet */ .Rx) {
                const out = new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StarSet */ .Rx();
                for (const [h, v] of x.map)
                    if (!y.map.has(h))
                        out.map.set(h, v);
                for (const [h, v] of y.map)
                    if (!x.map.has(h))
                        out.map.set(h, v);
                return out;
            }
            break;
        case '<<':
        case '>>':
            if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(x)) {
                if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(y))
                    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`unknown binary op: ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(x)} ${op} ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(y)}`);
                return intOp(op, x, y);
            }
            break;
        case 'in':
            return contains(y, x);
        case 'not in':
            return !contains(y, x);
        case '==':
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .equals */ .aI)(x, y);
        case '!=':
            return !(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .equals */ .aI)(x, y);
        case '<':
        case '<=':
        case '>':
        case '>=':
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .compareOp */ .pN)(op, x, y);
    }
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`unknown binary op: ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(x)} ${op} ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(y)}`);
}
function contains(coll, x) {
    if (coll instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Dict */ .Bi)
        return coll.get(x) !== undefined;
    if (coll instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .List */ .B8 || coll instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Tuple */ .rd) {
        for (const e of coll.elems)
            if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .equals */ .aI)(e, x))
                return true;
        return false;
    }
    if (typeof coll === 'string') {
        if (typeof x !== 'string')
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`'in <string>' requires string as left operand, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(x)}`);
        return coll.includes(x);
    }
    if (coll instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StarSet */ .Rx)
        return coll.has(x);
    if (coll instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Bytes */ .Ix) {
        if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Bytes */ .Ix)
            return coll.s.includes(x.s);
        if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(x)) {
            if (typeof x !== 'number' || x < 0 || x > 255)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`int in bytes: ${x} out of range`);
            return coll.s.includes(String.fromCharCode(x));
        }
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`'in bytes' requires bytes or int as left operand, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(x)}`);
    }
    if (coll instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Range */ .Q6) {
        if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(x) && !(x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Float */ .nt))
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`'in <range>' requires integer as left operand, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(x)}`);
        const n = x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Float */ .nt ? x.v : Number(x);
        if (!Number.isInteger(n))
            return false;
        const k = (n - coll.start) / coll.step;
        return Number.isInteger(k) && k >= 0 && k < coll.len;
    }
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`unknown binary op: ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(x)} in ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(coll)}`);
}
function unary(op, x) {
    if (op === '-') {
        if (typeof x === 'number')
            return 0 - x;
        if (typeof x === 'bigint')
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .normInt */ .O8)(-x);
        if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Float */ .nt)
            return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Float */ .nt(-x.v);
    }
    else if (op === '+') {
        if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(x))
            return x;
        if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Float */ .nt)
            return x;
    }
    else if (op === '~') {
        if (typeof x === 'number')
            return -x - 1;
        if (typeof x === 'bigint')
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .normInt */ .O8)(~x);
    }
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`unknown unary op: ${op} ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(x)}`);
}
// ---- % formatting ----
function interpolate(format, x) {
    let out = '';
    let index = 0;
    const nargs = x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Tuple */ .rd ? x.elems.length : 1;
    let i = 0;
    for (;;) {
        const j = format.indexOf('%', i);
        if (j < 0) {
            out += format.slice(i);
            break;
        }
        out += format.slice(i, j);
        i = j + 1;
        if (format[i] === '%') {
            out += '%';
            i++;
            continue;
        }
        let arg;
        if (format[i] === '(') {
            const k = format.indexOf(')', i);
            if (k < 0)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('incomplete format key');
            const key = format.slice(i + 1, k);
            if (!(x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Dict */ .Bi))
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('format requires a mapping');
            arg = x.get(key);
            if (arg === undefined)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`key not found: ${key}`);
            i = k + 1;
        }
        else {
            if (index >= nargs)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('not enough arguments for format string');
            arg = x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Tuple */ .rd ? x.elems[index] : x;
        }
        if (i >= format.length)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('incomplete format');
        const c = format[i];
        switch (c) {
            case 's':
                out += (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(arg);
                break;
            case 'r':
                out += (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .repr */ .Sj)(arg);
                break;
            case 'd':
            case 'i':
            case 'o':
            case 'x':
            case 'X': {
                let n = arg;
                if (arg instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Float */ .nt) {
                    if (!Number.isFinite(arg.v))
                        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`cannot convert float ${Number.isNaN(arg.v) ? 'NaN' : 'infinity'} to integer`);
                    n = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .normInt */ .O8)(BigInt(Math.trunc(arg.v)));
                }
                else if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(arg))
                    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`%${c} format requires integer: cannot convert ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(arg)} to int`);
                const radix = c === 'o' ? 8 : c === 'x' || c === 'X' ? 16 : 10;
                const s = n.toString(radix);
                out += c === 'X' ? s.toUpperCase() : s;
                break;
            }
            case 'e':
            case 'f':
            case 'g':
            case 'E':
            case 'F':
            case 'G':
                if (!isNum(arg))
                    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`%${c} format requires float, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(arg)}`);
                out += (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFloat */ .kr)(toFloat(arg), c);
                break;
            case 'c':
                if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(arg)) {
                    if (typeof arg !== 'number' || arg < 0 || arg > 0x10ffff)
                        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`%c format requires a valid Unicode code point, got ${arg}`);
                    out += (0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeUtf8Char */ ._0)(arg);
                }
                else if (typeof arg === 'string') {
                    const [, n] = arg.length ? (0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeRuneAt */ .Ee)(arg, 0) : [0, 0];
                    if (arg.length === 0 || n !== arg.length)
                        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('%c format requires a single-character string');
                    out += arg;
                }
                else
                    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`%c format requires int or single-character string, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(arg)}`);
                break;
            default:
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`unknown conversion %${c}`);
        }
        i++;
        index++;
    }
    if (index < nargs && !(x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Dict */ .Bi))
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('too many arguments for format string');
    return out;
}
// ---- indexing and slicing ----
function outOfRange(index, n, x) {
    // A big int index arrives as a float: shown as the integer it is, not 1.18e+21.
    const i = Number.isSafeInteger(index) || !Number.isFinite(index) ? String(index) : BigInt(index).toString();
    if (n === 0)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`index ${i} out of range: empty ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(x)}`);
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(x)} index ${i} out of range [${-n}:${n - 1}]`);
}
function indexOf(x, y, n) {
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(y))
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(x)} index: got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(y)}, want int`);
    if (typeof y === 'bigint')
        outOfRange(Number(y), n, x);
    const i = y < 0 ? y + n : y;
    if (i < 0 || i >= n)
        outOfRange(y, n, x);
    return i;
}
function getIndex(x, y) {
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Dict */ .Bi) {
        const v = x.get(y);
        if (v === undefined)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`key ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .repr */ .Sj)(y)} not in dict`);
        return v;
    }
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .List */ .B8 || x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Tuple */ .rd)
        return x.elems[indexOf(x, y, x.elems.length)];
    if (typeof x === 'string')
        return x[indexOf(x, y, x.length)];
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Bytes */ .Ix)
        return x.s.charCodeAt(indexOf(x, y, x.s.length));
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Range */ .Q6)
        return x.at(indexOf(x, y, x.len));
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StringView */ .x_ && x.indexable)
        return x.at(indexOf(x, y, x.s.length));
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`unhandled index operation ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(x)}[${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(y)}]`);
}
function setIndex(x, y, z) {
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Dict */ .Bi) {
        x.set(y, z);
        return;
    }
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .List */ .B8) {
        const i = indexOf(x, y, x.elems.length);
        x.checkMutable('assign to element of');
        x.elems[i] = z;
        return;
    }
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(x)} value does not support item assignment`);
}
function sliceIndex(v, n, what) {
    if (v === undefined || v === null)
        return undefined;
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(v))
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`invalid ${what} index: got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(v)}, want int`);
    const i = typeof v === 'bigint' ? (v < 0n ? -Infinity : Infinity) : v;
    return i < 0 ? i + n : i;
}
function slice(x, lo, hi, stepV) {
    let n;
    if (typeof x === 'string')
        n = x.length;
    else if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .List */ .B8 || x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Tuple */ .rd)
        n = x.elems.length;
    else if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Bytes */ .Ix)
        n = x.s.length;
    else if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Range */ .Q6)
        n = x.len;
    else
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`invalid slice operand ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(x)}`);
    let step = 1;
    if (stepV !== undefined && stepV !== null) {
        if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isInt */ .E6)(stepV))
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(stepV)} for slice step, want int`);
        step = Number(stepV);
        if (step === 0)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('zero is not a valid slice step');
    }
    let start;
    let end;
    if (step > 0) {
        start = Math.min(Math.max(sliceIndex(lo, n, 'start') ?? 0, 0), n);
        end = Math.min(Math.max(sliceIndex(hi, n, 'end') ?? n, 0), n);
        if (end < start)
            end = start;
    }
    else {
        start = Math.min(sliceIndex(lo, n, 'start') ?? n - 1, n - 1);
        end = Math.max(sliceIndex(hi, n, 'end') ?? -1, -1);
        if (start < end)
            start = end;
    }
    const pick = (get) => {
        const out = [];
        if (step > 0)
            for (let i = start; i < end; i += step)
                out.push(get(i));
        else
            for (let i = start; i > end; i += step)
                out.push(get(i));
        return out;
    };
    if (typeof x === 'string')
        return step === 1 ? x.slice(start, end) : pick((i) => x[i]).join('');
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Bytes */ .Ix)
        return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Bytes */ .Ix(step === 1 ? x.s.slice(start, end) : pick((i) => x.s[i]).join(''));
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .List */ .B8)
        return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .List */ .B8(step === 1 ? x.elems.slice(start, end) : pick((i) => x.elems[i]));
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Tuple */ .rd)
        return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Tuple */ .rd(step === 1 ? x.elems.slice(start, end) : pick((i) => x.elems[i]));
    const r = x;
    // As go.starlark.net: the stop is where the slice's end falls (range(10)[::-3] is range(9, -1, -3)).
    return new _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Range */ .Q6(r.start + r.step * start, r.start + r.step * end, r.step * step);
}
// ---- iteration ----
/** The elements of an iterable value, as an array snapshot; `what` names the context for errors. */
function iterate(x, what) {
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .List */ .B8 || x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Tuple */ .rd)
        return x.elems.slice();
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Dict */ .Bi)
        return x.keyList();
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StarSet */ .Rx)
        return x.values();
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Range */ .Q6) {
        if (x.len > MAX_ELEMS)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`range with ${x.len} elements is too large to materialize`);
        const out = new Array(x.len);
        for (let i = 0; i < x.len; i++)
            out[i] = x.at(i);
        return out;
    }
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StringView */ .x_)
        return x.items();
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(what ? `${what}: got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(x)}, want iterable` : `${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(x)} value is not iterable`);
}
function isIterable(x) {
    return (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .List */ .B8 ||
        x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Tuple */ .rd ||
        x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Dict */ .Bi ||
        x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StarSet */ .Rx ||
        x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Range */ .Q6 ||
        x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StringView */ .x_);
}
function length(x) {
    if (typeof x === 'string')
        return x.length;
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .List */ .B8 || x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Tuple */ .rd)
        return x.elems.length;
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Dict */ .Bi || x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StarSet */ .Rx)
        return x.size;
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Range */ .Q6)
        return x.len;
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Bytes */ .Ix)
        return x.s.length;
    if (x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .StringView */ .x_ && x.indexable)
        return x.s.length;
    return -1;
}
function unpack(x, n) {
    if (!isIterable(x))
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`got ${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(x)} in sequence assignment`);
    const elems = x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .List */ .B8 || x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .Tuple */ .rd ? x.elems : iterate(x);
    if (elems.length > n)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`too many values to unpack (got ${elems.length}, want ${n})`);
    if (elems.length < n)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`too few values to unpack (got ${elems.length}, want ${n})`);
    return elems;
}
// ---- attributes ----
function noSuchAttr(x, name, names) {
    const hint = (0,_spell_js__WEBPACK_IMPORTED_MODULE_3__/* .nearest */ .p)(name, names);
    const msg = x instanceof _values_js__WEBPACK_IMPORTED_MODULE_1__/* .HostValue */ .Ih && x.type === 'struct'
        ? `struct has no .${name} attribute`
        : `${(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(x)} has no .${name} field or method`;
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(hint ? `${msg} (did you mean .${hint}?)` : msg);
}


/***/ }),

/***/ 24166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ encodeUtf8),
/* harmony export */   ER: () => (/* binding */ isAscii),
/* harmony export */   Ee: () => (/* binding */ decodeRuneAt),
/* harmony export */   Lo: () => (/* binding */ messageText),
/* harmony export */   _0: () => (/* binding */ encodeUtf8Char),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   mZ: () => (/* binding */ runes),
/* harmony export */   tA: () => (/* binding */ validUtf8Text)
/* harmony export */ });
/**
 * Starlark strings are sequences of bytes (the spec's UTF-K with K=8, as in go.starlark.net). They are
 * held as JS "byte strings": one JS char per byte, each char code < 0x100. An ASCII string is therefore
 * the same JS string in both representations, which keeps the common case free of conversions; text
 * crosses the boundary (source literals, print, host conversions) through encodeUtf8/decodeUtf8.
 */
const NON_ASCII = /[\u0080-\uffff]/;
function isAscii(s) {
    return !NON_ASCII.test(s);
}
/** JS (UTF-16) text to a byte string. */
function encodeUtf8(s) {
    return isAscii(s) ? s : Buffer.from(s, 'utf8').toString('latin1');
}
/** A byte string to JS text; invalid sequences become U+FFFD. */
function decodeUtf8(b) {
    return isAscii(b) ? b : Buffer.from(b, 'latin1').toString('utf8');
}
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
/** A char no byte string holds: the text is JS text already. */
const BEYOND_BYTES = /[\u0100-\uffff]/;
/**
 * An error message as text. Messages quote Starlark strings (byte strings) next to the host's own
 * words (JS text): a message that is all bytes and valid UTF-8 is decoded, anything else is text
 * already ("é" as one JS char is not valid UTF-8 as a byte).
 */
function messageText(message) {
    if (isAscii(message) || BEYOND_BYTES.test(message))
        return message;
    return validUtf8Text(message) ?? message;
}
/** A byte string as JS text when it is valid UTF-8, else undefined. */
function validUtf8Text(b) {
    try {
        return STRICT_UTF8.decode(Buffer.from(b, 'latin1'));
    }
    catch {
        return undefined;
    }
}
function encodeUtf8Char(cp) {
    if (cp < 0x80)
        return String.fromCharCode(cp);
    if (cp < 0x800)
        return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    if (cp < 0x10000)
        return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    return String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}
/**
 * Decodes the UTF-8 sequence at byte offset i: [code point, length]. An invalid byte decodes as
 * U+FFFD with length 1, like Go's utf8.DecodeRuneInString.
 */
function decodeRuneAt(s, i) {
    const b0 = s.charCodeAt(i);
    if (b0 < 0x80)
        return [b0, 1];
    const cont = (k) => {
        const b = s.charCodeAt(i + k);
        return b >= 0x80 && b < 0xc0 ? b & 63 : -1;
    };
    if (b0 >= 0xc2 && b0 < 0xe0) {
        const c1 = cont(1);
        if (c1 >= 0)
            return [((b0 & 31) << 6) | c1, 2];
    }
    else if (b0 >= 0xe0 && b0 < 0xf0) {
        const c1 = cont(1);
        const c2 = cont(2);
        if (c1 >= 0 && c2 >= 0) {
            const cp = ((b0 & 15) << 12) | (c1 << 6) | c2;
            if (cp >= 0x800 && (cp < 0xd800 || cp >= 0xe000))
                return [cp, 3];
        }
    }
    else if (b0 >= 0xf0 && b0 < 0xf5) {
        const c1 = cont(1);
        const c2 = cont(2);
        const c3 = cont(3);
        if (c1 >= 0 && c2 >= 0 && c3 >= 0) {
            const cp = ((b0 & 7) << 18) | (c1 << 12) | (c2 << 6) | c3;
            if (cp >= 0x10000 && cp <= 0x10ffff)
                return [cp, 4];
        }
    }
    return [0xfffd, 1];
}
/** The code points of a byte string, with the byte offset and length of each. */
function* runes(s) {
    for (let i = 0; i < s.length;) {
        const [cp, n] = decodeRuneAt(s, i);
        yield [cp, i, n];
        i += n;
    }
}
// As Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space only.
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
/** Go-style quoting, as go.starlark.net's repr: printable text kept, other bytes escaped. */
function quote(s, q = '"') {
    let out = q;
    for (let i = 0; i < s.length;) {
        const c = s.charCodeAt(i);
        if (c < 0x80) {
            i++;
            const ch = s[i - 1];
            if (ch === q || ch === '\\')
                out += '\\' + ch;
            else if (c >= 0x20 && c < 0x7f)
                out += ch;
            else if (c === 7)
                out += '\\a';
            else if (c === 8)
                out += '\\b';
            else if (c === 12)
                out += '\\f';
            else if (c === 10)
                out += '\\n';
            else if (c === 13)
                out += '\\r';
            else if (c === 9)
                out += '\\t';
            else if (c === 11)
                out += '\\v';
            else
                out += '\\x' + c.toString(16).padStart(2, '0');
            continue;
        }
        const [cp, n] = decodeRuneAt(s, i);
        if (cp === 0xfffd && n === 1) {
            out += '\\x' + c.toString(16).padStart(2, '0');
        }
        else if (printable.test(String.fromCodePoint(cp)) && cp !== 0xad) {
            out += s.slice(i, i + n);
        }
        else if (cp < 0x10000)
            out += '\\u' + cp.toString(16).padStart(4, '0');
        else
            out += '\\U' + cp.toString(16).padStart(8, '0');
        i += n;
    }
    return out + q;
}


/***/ }),

/***/ 3436:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ List),
/* harmony export */   Bi: () => (/* binding */ Dict),
/* harmony export */   CN: () => (/* binding */ freeze),
/* harmony export */   E6: () => (/* binding */ isInt),
/* harmony export */   EN: () => (/* binding */ hashKey),
/* harmony export */   Hn: () => (/* binding */ StarFunction),
/* harmony export */   Ih: () => (/* binding */ HostValue),
/* harmony export */   Im: () => (/* binding */ truth),
/* harmony export */   Ix: () => (/* binding */ Bytes),
/* harmony export */   O8: () => (/* binding */ normInt),
/* harmony export */   Q6: () => (/* binding */ Range),
/* harmony export */   Rx: () => (/* binding */ StarSet),
/* harmony export */   Sj: () => (/* binding */ repr),
/* harmony export */   UD: () => (/* binding */ compare),
/* harmony export */   _k: () => (/* binding */ Struct),
/* harmony export */   aI: () => (/* binding */ equals),
/* harmony export */   fh: () => (/* binding */ Cell),
/* harmony export */   gg: () => (/* binding */ hashValue),
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   kP: () => (/* binding */ Builtin),
/* harmony export */   kr: () => (/* binding */ formatFloat),
/* harmony export */   nt: () => (/* binding */ Float),
/* harmony export */   pN: () => (/* binding */ compareOp),
/* harmony export */   rd: () => (/* binding */ Tuple),
/* harmony export */   x_: () => (/* binding */ StringView),
/* harmony export */   yA: () => (/* binding */ bigOf)
/* harmony export */ });
/* unused harmony export toNumber */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39981);
/* harmony import */ var _strings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24166);
/**
 * Starlark values and their core operations (truth, equality, ordering, hashing, repr).
 *
 * Representation: None = null, bool = boolean, int = number while it is a safe integer and bigint
 * beyond (never a bigint in the safe range), string = byte string (./strings.ts), float = Float, and
 * classes for the rest. Keeping small ints and strings as JS primitives keeps the hot paths free of
 * allocation.
 */


class Float {
    v;
    constructor(v) {
        this.v = v;
    }
}
class Bytes {
    s;
    constructor(s) {
        this.s = s;
    }
}
class Tuple {
    elems;
    constructor(elems) {
        this.elems = elems;
    }
}
/** Shared by list, dict and set: freezing and the mutation-during-iteration guard. */
class Mutable {
    frozen = false;
    itercount = 0;
    checkMutable(verb) {
        if (this.frozen)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`cannot ${verb} frozen ${this.kindName}`);
        if (this.itercount > 0)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`cannot ${verb} ${this.kindName} during iteration`);
    }
}
class List extends Mutable {
    elems;
    get kindName() {
        return 'list';
    }
    constructor(elems = []) {
        super();
        this.elems = elems;
    }
}
/**
 * Insertion-ordered hash table keyed by hashKey(k). `keys` holds the original key only for entries
 * whose hash key differs from the key itself (tuples, floats, bytes…), so string- and int-keyed
 * dicts are a plain Map.
 */
class Dict extends Mutable {
    get kindName() {
        return 'hash table';
    }
    map = new Map();
    keys = null;
    get(k) {
        return this.map.get(typeof k === 'string' ? k : hashKey(k));
    }
    set(k, v) {
        this.checkMutable('insert into');
        this.setUnchecked(k, v);
    }
    setUnchecked(k, v) {
        if (typeof k === 'string') {
            this.map.set(k, v);
            return;
        }
        const h = hashKey(k);
        // An equal key already there stays (`d[1.0] = x` on a dict with key 1 keeps the int), as in Python.
        if (h !== k && !this.map.has(h))
            (this.keys ??= new Map()).set(h, k);
        this.map.set(h, v);
    }
    delete(k) {
        this.checkMutable('delete from');
        const h = hashKey(k);
        const v = this.map.get(h);
        if (v !== undefined) {
            this.map.delete(h);
            this.keys?.delete(h);
        }
        return v;
    }
    clear() {
        this.checkMutable('clear');
        this.map.clear();
        this.keys = null;
    }
    keyOf(h) {
        const k = this.keys?.get(h);
        return k === undefined ? h : k;
    }
    keyList() {
        if (!this.keys)
            return [...this.map.keys()];
        return [...this.map.keys()].map((h) => this.keyOf(h));
    }
    get size() {
        return this.map.size;
    }
}
/** A set: hash key to element. */
class StarSet extends Mutable {
    get kindName() {
        return 'hash table';
    }
    map = new Map();
    has(v) {
        return this.map.has(hashKey(v));
    }
    add(v) {
        this.checkMutable('insert into');
        this.addUnchecked(v);
    }
    /** An equal element already there stays, as in Python. */
    addUnchecked(v) {
        const h = hashKey(v);
        if (!this.map.has(h))
            this.map.set(h, v);
    }
    get size() {
        return this.map.size;
    }
    values() {
        return [...this.map.values()];
    }
}
class Range {
    start;
    stop;
    step;
    len;
    constructor(start, stop, step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step);
        this.len = Math.max(0, n);
    }
    at(i) {
        return this.start + i * this.step;
    }
}
/** The iterable views `s.elems()`, `s.elem_ords()`, `s.codepoints()`, `s.codepoint_ords()`, `b.elems()`. */
class StringView {
    s;
    method;
    bytes;
    constructor(s, method, bytes = false) {
        this.s = s;
        this.method = method;
        this.bytes = bytes;
    }
    get type() {
        if (this.bytes)
            return 'bytes.elems';
        return this.method.startsWith('elem') ? 'elems' : 'codepoints';
    }
    /** Byte views are indexable and have a length; code point views are only iterable. */
    get indexable() {
        return this.method.startsWith('elem');
    }
    at(i) {
        return this.method === 'elems' && !this.bytes ? this.s[i] : this.s.charCodeAt(i);
    }
    items() {
        if (this.indexable)
            return Array.from({ length: this.s.length }, (_, i) => this.at(i));
        const out = [];
        for (let i = 0; i < this.s.length;) {
            const [cp, n] = (0,_strings_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeRuneAt */ .Ee)(this.s, i);
            out.push(this.method === 'codepoints' ? this.s.slice(i, i + n) : cp);
            i += n;
        }
        return out;
    }
}
/** A variable shared between a function and the closures that capture it. */
class Cell {
    v = undefined;
}
/** A function implemented in JS: a universal builtin, a method bound to its receiver, or a host builtin. */
class Builtin {
    name;
    impl;
    recv;
    constructor(name, impl, recv = undefined) {
        this.name = name;
        this.impl = impl;
        this.recv = recv;
    }
}
/**
 * A value type defined by the host (Edo's rule results, providers…). Subclasses name their type and
 * expose attributes; the interpreter freezes, compares and prints them through these hooks.
 */
class HostValue {
    frozen = false;
    /** The attribute, or undefined if there is none. */
    attr(_name) {
        return undefined;
    }
    attrNames() {
        return [];
    }
    /** Values reachable from this one, so freezing reaches them. */
    children() {
        return [];
    }
    repr() {
        return `<${this.type}>`;
    }
    equals(other) {
        return this === other;
    }
    truth() {
        return true;
    }
}
/** `struct(**kwargs)`: an immutable record of named fields. */
class Struct extends HostValue {
    fields;
    constructorName;
    type = 'struct';
    constructor(fields, constructorName = 'struct') {
        super();
        this.fields = fields;
        this.constructorName = constructorName;
    }
    attr(name) {
        return this.fields.get(name);
    }
    attrNames() {
        return [...this.fields.keys()].sort();
    }
    children() {
        return [...this.fields.values()];
    }
    repr() {
        const parts = this.attrNames().map((k) => `${k} = ${repr(this.fields.get(k))}`);
        return `${this.constructorName}(${parts.join(', ')})`;
    }
    equals(other) {
        if (!(other instanceof Struct) || other.fields.size !== this.fields.size)
            return false;
        for (const [k, v] of this.fields) {
            if (!other.fields.has(k) || !equals(v, other.fields.get(k)))
                return false;
        }
        return true;
    }
}
/** A `def` or `lambda` value; `code` and `freevars` are the compiler's (./eval.ts). */
class StarFunction {
    name;
    code;
    defaults;
    freevars;
    module;
    frozen = false;
    constructor(name, code, defaults, freevars, module) {
        this.name = name;
        this.code = code;
        this.defaults = defaults;
        this.freevars = freevars;
        this.module = module;
    }
}
function typeName(v) {
    switch (typeof v) {
        case 'string':
            return 'string';
        case 'number':
        case 'bigint':
            return 'int';
        case 'boolean':
            return 'bool';
        case 'object':
            if (v === null)
                return 'NoneType';
            if (v instanceof List)
                return 'list';
            if (v instanceof Dict)
                return 'dict';
            if (v instanceof Tuple)
                return 'tuple';
            if (v instanceof Float)
                return 'float';
            if (v instanceof StarSet)
                return 'set';
            if (v instanceof Bytes)
                return 'bytes';
            if (v instanceof Range)
                return 'range';
            if (v instanceof StarFunction)
                return 'function';
            if (v instanceof Builtin)
                return 'builtin_function_or_method';
            if (v instanceof HostValue)
                return v.type;
            if (v instanceof StringView)
                return v.type;
    }
    return typeof v;
}
function isInt(v) {
    return typeof v === 'number' || typeof v === 'bigint';
}
function truth(v) {
    switch (typeof v) {
        case 'boolean':
            return v;
        case 'number':
            return v !== 0;
        case 'string':
            return v.length > 0;
        case 'bigint':
            return v !== 0n;
    }
    if (v === null)
        return false;
    if (v instanceof List || v instanceof Tuple)
        return v.elems.length > 0;
    if (v instanceof Dict || v instanceof StarSet)
        return v.size > 0;
    if (v instanceof Float)
        return v.v !== 0;
    if (v instanceof Bytes)
        return v.s.length > 0;
    if (v instanceof Range)
        return v.len > 0;
    if (v instanceof HostValue)
        return v.truth();
    return true;
}
/** A bigint result, as a number when it fits. */
function normInt(b) {
    return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
function bigOf(v) {
    return typeof v === 'bigint' ? v : BigInt(v);
}
/** The int or float value as a JS number (ints may lose precision). */
function toNumber(v) {
    return v instanceof Float ? v.v : Number(v);
}
// ---- hashing ----
let nextId = 1;
const identities = new WeakMap();
function identity(o) {
    let id = identities.get(o);
    if (id === undefined)
        identities.set(o, (id = nextId++));
    return id;
}
/** The Map key of a hashable value: equal values have identical keys. */
function hashKey(v) {
    switch (typeof v) {
        case 'string':
        case 'number':
        case 'bigint':
        case 'boolean':
            return v;
    }
    if (v === null)
        return null;
    if (v instanceof Float) {
        const x = v.v;
        if (Number.isInteger(x) && !Number.isSafeInteger(x))
            return BigInt(x);
        return x === 0 ? 0 : x;
    }
    if (v instanceof Tuple)
        return '\u0100' + v.elems.map(nestedKey).join(',');
    if (v instanceof Bytes)
        return '\u0101' + v.s;
    if (v instanceof List || v instanceof Dict || v instanceof StarSet)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`unhashable type: ${typeName(v)}`);
    if (v instanceof Range)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('unhashable: range');
    if (v instanceof StringView)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`unhashable: ${v.type}`);
    if (v instanceof Struct)
        return ('\u0103' +
            v
                .attrNames()
                .map((k) => `${k}=${nestedKey(v.fields.get(k))}`)
                .join(','));
    return v; // functions and host values hash by identity
}
function nestedKey(v) {
    const k = hashKey(v);
    switch (typeof k) {
        case 'string':
            return `s${k.length}:${k}`;
        case 'number':
        case 'bigint':
            return `n${k}`;
        case 'boolean':
            return k ? 'T' : 'F';
    }
    if (k === null)
        return 'N';
    return `o${identity(k)}`;
}
/** The `hash()` builtin: Java's String.hashCode for strings, as go.starlark.net. */
/**
 * `hash(x)` as the spec defines it: a string's is Java's String.hashCode of its UTF-16 text, a
 * bytes value's the 32-bit FNV-1a of its bytes.
 */
function hashValue(v) {
    if (typeof v === 'string') {
        const text = Buffer.from(v, 'latin1').toString('utf8');
        let h = 0;
        for (let i = 0; i < text.length; i++)
            h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
        return h;
    }
    let h = 0x811c9dc5;
    for (let i = 0; i < v.s.length; i++)
        h = Math.imul(h ^ v.s.charCodeAt(i), 0x01000193) >>> 0;
    return h;
}
// ---- equality and ordering ----
// Comparisons of nested containers stop at this depth (cyclic values would recurse forever).
const MAX_DEPTH = 100;
function equals(x, y, depth = 0) {
    const tx = typeof x;
    const ty = typeof y;
    if (x === y &&
        (tx !== 'object' || x === null || !(x instanceof List || x instanceof Dict || x instanceof Tuple)))
        return true;
    if (tx !== 'object' && ty !== 'object')
        return false;
    if (depth > MAX_DEPTH)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('comparison exceeded maximum recursion depth');
    if (x === null || y === null)
        return false;
    if (x instanceof Float)
        return (y instanceof Float || isInt(y)) && numCompare(x, y) === 0;
    if (y instanceof Float)
        return isInt(x) && numCompare(x, y) === 0;
    if (x instanceof List)
        return y instanceof List && seqEquals(x.elems, y.elems, depth);
    if (x instanceof Tuple)
        return y instanceof Tuple && seqEquals(x.elems, y.elems, depth);
    if (x instanceof Dict) {
        if (!(y instanceof Dict) || x.size !== y.size)
            return false;
        for (const [h, v] of x.map) {
            const w = y.map.get(h);
            if (w === undefined || !equals(v, w, depth + 1))
                return false;
        }
        return true;
    }
    if (x instanceof StarSet) {
        if (!(y instanceof StarSet) || x.size !== y.size)
            return false;
        for (const h of x.map.keys())
            if (!y.map.has(h))
                return false;
        return true;
    }
    if (x instanceof Bytes)
        return y instanceof Bytes && x.s === y.s;
    if (x instanceof Range) {
        if (!(y instanceof Range) || x.len !== y.len)
            return false;
        return x.len === 0 || (x.start === y.start && (x.len === 1 || x.step === y.step));
    }
    if (x instanceof HostValue)
        return x.equals(y);
    return false;
}
function seqEquals(a, b, depth) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (!equals(a[i], b[i], depth + 1))
            return false;
    return true;
}
/** -1, 0, 1 for two numbers (int or float); NaN compares as NaN. */
function numCompare(x, y) {
    if (typeof x === 'bigint' || typeof y === 'bigint') {
        if (isInt(x) && isInt(y)) {
            const a = bigOf(x);
            const b = bigOf(y);
            return a < b ? -1 : a > b ? 1 : 0;
        }
        // int vs float: compare exactly when the float is integral.
        const f = x instanceof Float ? x.v : y.v;
        const i = x instanceof Float ? y : x;
        if (!Number.isFinite(f)) {
            // NaN is the greatest float; ±inf compare with any int.
            const r = Number.isNaN(f) || f > 0 ? -1 : 1;
            return x instanceof Float ? -r : r;
        }
        const fi = BigInt(Math.floor(f));
        const ib = bigOf(i);
        let r = ib < fi ? -1 : ib > fi ? 1 : f > Math.floor(f) ? -1 : 0;
        if (x instanceof Float)
            r = -r;
        return r;
    }
    const a = toNumber(x);
    const b = toNumber(y);
    if (a < b)
        return -1;
    if (a > b)
        return 1;
    if (a === b)
        return 0;
    // As go.starlark.net, NaN equals NaN and is greater than every other number.
    return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1;
}
const opName = { '<': '<', '<=': '<=', '>': '>', '>=': '>=' };
/** Three-way comparison for ordered operators and sorting; errors for unordered or unlike types. */
function compare(op, x, y, depth = 0) {
    if (depth > MAX_DEPTH)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('comparison exceeded maximum recursion depth');
    const tx = typeof x;
    if (tx === typeof y) {
        if (tx === 'string' || tx === 'number')
            return x < y ? -1 : x > y ? 1 : 0;
        if (tx === 'boolean')
            return Number(x) - Number(y);
    }
    if ((isInt(x) || x instanceof Float) && (isInt(y) || y instanceof Float))
        return numCompare(x, y);
    if (x instanceof List && y instanceof List)
        return seqCompare(op, x.elems, y.elems, depth);
    if (x instanceof Tuple && y instanceof Tuple)
        return seqCompare(op, x.elems, y.elems, depth);
    if (x instanceof Bytes && y instanceof Bytes)
        return x.s < y.s ? -1 : x.s > y.s ? 1 : 0;
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${typeName(x)} ${opName[op] ?? op} ${typeName(y)} not implemented`);
}
function seqCompare(op, a, b, depth) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        if (!equals(a[i], b[i], depth + 1))
            return compare(op, a[i], b[i], depth + 1);
    }
    return a.length - b.length;
}
/** Evaluates an ordered comparison operator. */
function compareOp(op, x, y) {
    if (x instanceof StarSet && y instanceof StarSet) {
        // Sets are ordered by inclusion.
        const subset = (a, b) => [...a.map.keys()].every((h) => b.map.has(h));
        if (op === '<=')
            return subset(x, y);
        if (op === '>=')
            return subset(y, x);
        if (op === '<')
            return x.size < y.size && subset(x, y);
        return y.size < x.size && subset(y, x);
    }
    const c = compare(op, x, y);
    switch (op) {
        case '<':
            return c < 0;
        case '<=':
            return c <= 0;
        case '>':
            return c > 0;
        default:
            return c >= 0;
    }
}
// ---- formatting ----
/** Go's %g with the shortest representation, always with a '.' or exponent (go.starlark.net). */
function formatFloat(x, conv = 'g') {
    if (!Number.isFinite(x))
        return Number.isNaN(x) ? 'nan' : x > 0 ? '+inf' : '-inf';
    if (conv === 'g' || conv === 'G') {
        const s = shortestG(x, conv === 'G');
        return /[.eEn]/.test(s) ? s : s + '.0';
    }
    const sign = x < 0 || Object.is(x, -0) ? '-' : '';
    const a = Math.abs(x);
    if (conv === 'f' || conv === 'F') {
        // toFixed switches to exponent notation from 1e21; print big values exactly instead.
        return sign + (a >= 1e21 ? `${BigInt(a)}.000000` : a.toFixed(6));
    }
    const e = sign + a.toExponential(6).replace(/e([+-])(\d)$/, 'e$10$2');
    return conv === 'E' ? e.toUpperCase() : e;
}
function shortestG(x, upper) {
    if (x === 0)
        return Object.is(x, -0) ? '-0' : '0';
    const exp = x.toExponential(); // shortest round-trip digits
    const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp);
    const digits = m[2] + (m[3] ?? '');
    const e = parseInt(m[4], 10);
    if (e < -4 || e >= 6) {
        const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        const es = Math.abs(e) < 10 ? `0${Math.abs(e)}` : `${Math.abs(e)}`;
        return `${m[1]}${mant}${upper ? 'E' : 'e'}${e < 0 ? '-' : '+'}${es}`;
    }
    let s;
    if (e < 0)
        s = '0.' + '0'.repeat(-e - 1) + digits;
    else if (digits.length <= e + 1)
        s = digits + '0'.repeat(e + 1 - digits.length);
    else
        s = digits.slice(0, e + 1) + '.' + digits.slice(e + 1);
    return m[1] + s;
}
function str(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number')
        return String(v);
    return repr(v);
}
function repr(v, seen) {
    switch (typeof v) {
        case 'string':
            return (0,_strings_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(v);
        case 'number':
        case 'bigint':
            return String(v);
        case 'boolean':
            return v ? 'True' : 'False';
    }
    if (v === null)
        return 'None';
    if (v instanceof Float)
        return formatFloat(v.v);
    if (v instanceof List || v instanceof Dict || v instanceof Tuple || v instanceof StarSet) {
        seen ??= [];
        if (seen.includes(v))
            return v instanceof List ? '[...]' : v instanceof Dict ? '{...}' : '(...)';
        seen.push(v);
        let out;
        if (v instanceof List)
            out = '[' + v.elems.map((e) => repr(e, seen)).join(', ') + ']';
        else if (v instanceof Tuple)
            out = '(' + v.elems.map((e) => repr(e, seen)).join(', ') + (v.elems.length === 1 ? ',)' : ')');
        else if (v instanceof Dict) {
            const parts = [];
            for (const [h, val] of v.map)
                parts.push(`${repr(v.keyOf(h), seen)}: ${repr(val, seen)}`);
            out = '{' + parts.join(', ') + '}';
        }
        else
            out =
                'set([' +
                    v
                        .values()
                        .map((e) => repr(e, seen))
                        .join(', ') +
                    '])';
        seen.pop();
        return out;
    }
    if (v instanceof Bytes)
        return 'b' + quoteBytes(v.s);
    if (v instanceof Range)
        return v.step === 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
    if (v instanceof StarFunction)
        return `<function ${v.name}>`;
    if (v instanceof Builtin) {
        return v.recv === undefined
            ? `<built-in function ${v.name}>`
            : `<built-in method ${v.name} of ${typeName(v.recv)} value>`;
    }
    if (v instanceof HostValue)
        return v.repr();
    if (v instanceof StringView)
        return `${v.bytes ? 'b' + quoteBytes(v.s) : (0,_strings_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(v.s)}.${v.method}()`;
    return String(v);
}
function quoteBytes(s) {
    let out = '"';
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80)
            out += '\\x' + c.toString(16).padStart(2, '0');
        else
            out += (0,_strings_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(s[i]).slice(1, -1);
    }
    return out + '"';
}
// ---- freezing ----
function freeze(v) {
    if (v === null || typeof v !== 'object')
        return;
    if (v instanceof List) {
        if (v.frozen)
            return;
        v.frozen = true;
        v.elems.forEach(freeze);
    }
    else if (v instanceof Tuple)
        v.elems.forEach(freeze);
    else if (v instanceof Dict) {
        if (v.frozen)
            return;
        v.frozen = true;
        for (const [h, val] of v.map) {
            freeze(v.keyOf(h));
            freeze(val);
        }
    }
    else if (v instanceof StarSet) {
        if (v.frozen)
            return;
        v.frozen = true;
        v.values().forEach(freeze);
    }
    else if (v instanceof StarFunction) {
        if (v.frozen)
            return;
        v.frozen = true;
        v.defaults.forEach(freeze);
        v.freevars.forEach((c) => freeze(c.v));
    }
    else if (v instanceof HostValue) {
        if (v.frozen)
            return;
        v.frozen = true;
        v.children().forEach(freeze);
    }
    else if (v instanceof Builtin)
        freeze(v.recv);
}


/***/ })

};
