/**
 * Starlark strings are sequences of bytes (the spec's UTF-K with K=8, as in go.starlark.net). They are
 * held as JS "byte strings": one JS char per byte, each char code < 0x100. An ASCII string is therefore
 * the same JS string in both representations, which keeps the common case free of conversions; text
 * crosses the boundary (source literals, print, host conversions) through encodeUtf8/decodeUtf8.
 */

const NON_ASCII = /[\u0080-\uffff]/;

export function isAscii(s: string): boolean {
  return !NON_ASCII.test(s);
}

/** JS (UTF-16) text to a byte string. */
export function encodeUtf8(s: string): string {
  return isAscii(s) ? s : Buffer.from(s, 'utf8').toString('latin1');
}

/** A byte string to JS text; invalid sequences become U+FFFD. */
export function decodeUtf8(b: string): string {
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
export function messageText(message: string): string {
  if (isAscii(message) || BEYOND_BYTES.test(message)) return message;
  return validUtf8Text(message) ?? message;
}

/** A byte string as JS text when it is valid UTF-8, else undefined. */
export function validUtf8Text(b: string): string | undefined {
  try {
    return STRICT_UTF8.decode(Buffer.from(b, 'latin1'));
  } catch {
    return undefined;
  }
}

export function encodeUtf8Char(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp);
  if (cp < 0x800) return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  if (cp < 0x10000) return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  return String.fromCharCode(
    0xf0 | (cp >> 18),
    0x80 | ((cp >> 12) & 63),
    0x80 | ((cp >> 6) & 63),
    0x80 | (cp & 63),
  );
}

/**
 * Decodes the UTF-8 sequence at byte offset i: [code point, length]. An invalid byte decodes as
 * U+FFFD with length 1, like Go's utf8.DecodeRuneInString.
 */
export function decodeRuneAt(s: string, i: number): [number, number] {
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return [b0, 1];
  const cont = (k: number): number => {
    const b = s.charCodeAt(i + k);
    return b >= 0x80 && b < 0xc0 ? b & 63 : -1;
  };
  if (b0 >= 0xc2 && b0 < 0xe0) {
    const c1 = cont(1);
    if (c1 >= 0) return [((b0 & 31) << 6) | c1, 2];
  } else if (b0 >= 0xe0 && b0 < 0xf0) {
    const c1 = cont(1);
    const c2 = cont(2);
    if (c1 >= 0 && c2 >= 0) {
      const cp = ((b0 & 15) << 12) | (c1 << 6) | c2;
      if (cp >= 0x800 && (cp < 0xd800 || cp >= 0xe000)) return [cp, 3];
    }
  } else if (b0 >= 0xf0 && b0 < 0xf5) {
    const c1 = cont(1);
    const c2 = cont(2);
    const c3 = cont(3);
    if (c1 >= 0 && c2 >= 0 && c3 >= 0) {
      const cp = ((b0 & 7) << 18) | (c1 << 12) | (c2 << 6) | c3;
      if (cp >= 0x10000 && cp <= 0x10ffff) return [cp, 4];
    }
  }
  return [0xfffd, 1];
}

/** The code points of a byte string, with the byte offset and length of each. */
export function* runes(s: string): Generator<[cp: number, start: number, len: number]> {
  for (let i = 0; i < s.length;) {
    const [cp, n] = decodeRuneAt(s, i);
    yield [cp, i, n];
    i += n;
  }
}

// As Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space only.
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** Go-style quoting, as go.starlark.net's repr: printable text kept, other bytes escaped. */
export function quote(s: string, q = '"'): string {
  let out = q;
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      i++;
      const ch = s[i - 1];
      if (ch === q || ch === '\\') out += '\\' + ch;
      else if (c >= 0x20 && c < 0x7f) out += ch;
      else if (c === 7) out += '\\a';
      else if (c === 8) out += '\\b';
      else if (c === 12) out += '\\f';
      else if (c === 10) out += '\\n';
      else if (c === 13) out += '\\r';
      else if (c === 9) out += '\\t';
      else if (c === 11) out += '\\v';
      else out += '\\x' + c.toString(16).padStart(2, '0');
      continue;
    }
    const [cp, n] = decodeRuneAt(s, i);
    if (cp === 0xfffd && n === 1) {
      out += '\\x' + c.toString(16).padStart(2, '0');
    } else if (printable.test(String.fromCodePoint(cp)) && cp !== 0xad) {
      out += s.slice(i, i + n);
    } else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
    i += n;
  }
  return out + q;
}
