/* global TextEncoder */
// A minimal ustar writer: regular files only, fixed mode, owner and mtime, so the same files give
// the same bytes (and the same layer digest). Layers in this form can be staged by any rule.
const encoder = new TextEncoder();
const BLOCK = 512;

function field(header, offset, length, text) {
  header.set(encoder.encode(text).subarray(0, length), offset);
}

/** `value` as a zero-padded octal field of `length` bytes (NUL-terminated). */
function octal(header, offset, length, value) {
  field(header, offset, length, value.toString(8).padStart(length - 1, '0'));
}

/** A tar archive of `files` ([[path, bytes]], paths up to 100 bytes) as one Uint8Array. */
export function tarOf(files) {
  const size = files.reduce((total, [, bytes]) => total + BLOCK + Math.ceil(bytes.length / BLOCK) * BLOCK, 0);
  const archive = new Uint8Array(size + 2 * BLOCK);
  let offset = 0;
  for (const [path, bytes] of files) {
    if (encoder.encode(path).length > 100) throw new RangeError(`path too long for a tar header: ${path}`);
    const header = archive.subarray(offset, offset + BLOCK);
    field(header, 0, 100, path);
    octal(header, 100, 8, 0o644);
    octal(header, 108, 8, 0);
    octal(header, 116, 8, 0);
    octal(header, 124, 12, bytes.length);
    octal(header, 136, 12, 0);
    header[156] = 0x30; // a regular file
    field(header, 257, 8, 'ustar\u000000');
    // The checksum is computed with its own field as spaces.
    header.fill(0x20, 148, 156);
    octal(
      header,
      148,
      7,
      header.reduce((sum, byte) => sum + byte, 0),
    );
    archive.set(bytes, offset + BLOCK);
    offset += BLOCK + Math.ceil(bytes.length / BLOCK) * BLOCK;
  }
  return archive;
}
