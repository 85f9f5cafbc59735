/** How many of a log's last lines an error shows. */
const TAIL_LINES = 20;

/** The last lines of a log, none for a log with nothing but blank space. */
export function lastLines(text: string): string[] {
  const trimmed = text.trimEnd();
  return trimmed === '' ? [] : trimmed.split('\n').slice(-TAIL_LINES);
}

/** A log's last lines as an error shows them under its message. */
export function logExcerpt(text: string): string[] {
  return lastLines(text).map((line) => `  | ${line}`);
}

/** Where a component writes what a user may want to read later (the seed's `log` resource). */
export interface Log {
  write(data: string | Uint8Array): void;
}
