/**
 * The @actions clients log every request as `::debug::` lines on stdout (the runner hides them
 * unless debugging is on). In-process tests drop those lines so the suite's output stays readable;
 * everything else still reaches stdout. Returns the function that restores stdout.
 */
export function hideActionsDebug(): () => void {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    if (String(chunk).startsWith('::debug::')) return true;
    return write(chunk, ...rest);
  }) as typeof process.stdout.write;
  return () => {
    process.stdout.write = write;
  };
}
