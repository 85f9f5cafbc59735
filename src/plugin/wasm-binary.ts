/**
 * Just enough of the WebAssembly binary format for the plugin host: top-level sections of a
 * component or core module, custom sections, and a core module's memory limits.
 * See https://webassembly.github.io/spec/core/binary/modules.html (core) and the component
 * model's Binary.md (components share the 8-byte preamble and the section framing).
 */

const MAGIC = [0x00, 0x61, 0x73, 0x6d];
const CUSTOM_SECTION = 0;
export const MEMORY_SECTION = 5;
/** 64 KiB: the wasm page size. */
export const WASM_PAGE = 65536;

export interface Section {
  id: number;
  /** Offset of the section's id byte. */
  header: number;
  /** Offset of the section's content (after id and size). */
  start: number;
  end: number;
}

export function isWasm(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && MAGIC.every((b, i) => bytes[i] === b);
}

/** True for a component (layer 1), false for a core module (layer 0). */
export function isComponent(bytes: Uint8Array): boolean {
  return isWasm(bytes) && bytes[6] === 0x01;
}

function readUleb(bytes: Uint8Array, offset: number): [value: number, next: number] {
  let result = 0;
  let shift = 0;
  let pos = offset;
  for (;;) {
    if (pos >= bytes.length) throw new Error('truncated LEB128');
    const byte = bytes[pos++]!;
    result += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return [result, pos];
    shift += 7;
    if (shift > 63) throw new Error('LEB128 too long');
  }
}

export function uleb(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  do {
    let byte = rest % 128;
    rest = Math.floor(rest / 128);
    if (rest > 0) byte |= 0x80;
    out.push(byte);
  } while (rest > 0);
  return out;
}

export function* sections(bytes: Uint8Array): Generator<Section> {
  if (!isWasm(bytes)) throw new Error('not a WebAssembly binary (bad magic)');
  let pos = 8;
  while (pos < bytes.length) {
    const id = bytes[pos]!;
    const [size, start] = readUleb(bytes, pos + 1);
    const end = start + size;
    if (end > bytes.length) throw new Error(`section ${id} runs past the end of the binary`);
    yield { id, header: pos, start, end };
    pos = end;
  }
}

/** The contents of every top-level custom section called `name`. */
export function customSections(bytes: Uint8Array, name: string): Uint8Array[] {
  const found: Uint8Array[] = [];
  for (const section of sections(bytes)) {
    if (section.id !== CUSTOM_SECTION) continue;
    const [nameLength, nameStart] = readUleb(bytes, section.start);
    const sectionName = Buffer.from(bytes.subarray(nameStart, nameStart + nameLength)).toString('utf8');
    if (sectionName === name) found.push(bytes.subarray(nameStart + nameLength, section.end));
  }
  return found;
}

/** `bytes` with a custom section appended (valid anywhere in modules and components). */
export function appendCustomSection(bytes: Uint8Array, name: string, data: Uint8Array): Uint8Array {
  const encodedName = Buffer.from(name, 'utf8');
  const content = [...uleb(encodedName.length), ...encodedName];
  const size = uleb(content.length + data.length);
  return Buffer.concat([bytes, Uint8Array.of(CUSTOM_SECTION, ...size, ...content), data]);
}

export interface MemoryCapResult {
  bytes: Uint8Array;
  /** Minimum pages of each memory the module defines. */
  minimumPages: number[];
}

/**
 * Gives every memory a core module defines a maximum of at most `maxPages`, so that
 * `memory.grow` fails at the cap instead of taking host memory. Imported memories are left
 * alone: their limits come from the module that defines them, which is rewritten too.
 * Only 32-bit, unshared memories are supported (what wasm32 guests produce); anything else
 * is refused rather than left uncapped.
 */
export function capMemory(bytes: Uint8Array, maxPages: number): MemoryCapResult {
  for (const section of sections(bytes)) {
    if (section.id !== MEMORY_SECTION) continue;
    let [count, pos] = readUleb(bytes, section.start);
    const limits: number[] = [...uleb(count)];
    const minimumPages: number[] = [];
    while (count-- > 0) {
      const flags = bytes[pos++]!;
      if (flags > 0x01)
        throw new Error(`memory limits flag 0x${flags.toString(16)} (shared or 64-bit) is not supported`);
      const [min, afterMin] = readUleb(bytes, pos);
      pos = afterMin;
      let max = maxPages;
      if (flags === 0x01) {
        const [declaredMax, afterMax] = readUleb(bytes, pos);
        pos = afterMax;
        max = Math.min(declaredMax, maxPages);
      }
      minimumPages.push(min);
      limits.push(0x01, ...uleb(min), ...uleb(Math.max(min, max)));
    }
    const rewritten = Buffer.concat([
      bytes.subarray(0, section.header),
      Uint8Array.of(MEMORY_SECTION, ...uleb(limits.length), ...limits),
      bytes.subarray(section.end),
    ]);
    return { bytes: rewritten, minimumPages };
  }
  return { bytes, minimumPages: [] };
}
