import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { AnnotationProperties } from '@actions/core';

/**
 * The CLI reports a positioned mistake as `FILE:LINE:COL: [TARGET: ][plugin P: ]error: MESSAGE`
 * (EdoError.format). In a workflow that becomes an annotation on the file, so GitHub shows it on
 * the line in the pull request.
 */
export interface Annotation {
  message: string;
  properties: AnnotationProperties;
}

const POSITIONED =
  /^(?<file>[^\s:][^:]*):(?<line>\d+):(?<col>\d+): (?:(?<where>.*?): )?error: (?<message>.*)$/;
/** `[edo: ][TARGET: ][plugin P: ]error: MESSAGE`; log lines that merely contain "error:" do not match. */
const UNPOSITIONED =
  /^(?:edo: )?(?<where>(?:@\S*)?\/\/\S+?: (?:plugin \S+: )?|plugin \S+: )?error: (?<message>.*)$/;

/**
 * The annotation for one line of CLI error output, or undefined when the line is not an error.
 * A relative FILE is looked up in BASES (the directories the CLI may have shown it relative to:
 * the process's and the command's working directory) and made relative to REPO_ROOT for GitHub.
 */
export function annotationFromLine(line: string, bases: string[], repoRoot: string): Annotation | undefined {
  const positioned = POSITIONED.exec(line);
  if (positioned?.groups) {
    const { file, line: lineNo, col, where, message } = positioned.groups;
    const candidates = isAbsolute(file) ? [file] : bases.map((base) => resolve(base, file));
    const absolute = candidates.find((c) => existsSync(c)) ?? candidates[0];
    const inRepo = relative(repoRoot, absolute);
    return {
      message: where ? `${where}: ${message}` : message,
      properties: {
        file: inRepo.startsWith('..') ? absolute : inRepo,
        startLine: Number(lineNo),
        startColumn: Number(col),
      },
    };
  }
  const plain = UNPOSITIONED.exec(line);
  if (plain?.groups) {
    const where = plain.groups.where?.replace(/: $/, '');
    return {
      message: where ? `${where}: ${plain.groups.message}` : plain.groups.message,
      properties: {},
    };
  }
  return undefined;
}
