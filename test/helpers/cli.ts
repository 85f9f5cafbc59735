import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Runs `edo ARGS` in-process, in DIR, capturing its output. */
export async function runCli(args: string[], dir: string = process.cwd()): Promise<CliResult> {
  const out = collect();
  const err = collect();
  const code = await main(args, { stdout: out.stream, stderr: err.stream, env: process.env }, dir);
  return { code, stdout: out.text(), stderr: err.text() };
}
