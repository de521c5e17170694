import { existsSync, readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared beside the repo (the corpora are never copied into the repo). FP_SHARED overrides. */
export const SHARED_DIR = process.env.FP_SHARED ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');

/** Absolute path of a file in ../shared; throws a clear error when the data is not there. */
export function sharedPath(rel: string): string {
  const p = resolve(SHARED_DIR, rel);
  if (!existsSync(p)) {
    throw new Error(
      `Missing data: ${p}. These tests read the team corpora from ../shared beside the repo ` +
        `(or set FP_SHARED). Clone or mount shared/ next to the repository and run again.`,
    );
  }
  return p;
}

export function readShared(rel: string): string {
  return readFileSync(sharedPath(rel), 'utf8');
}

export function readSharedJsonl<T = unknown>(rel: string): T[] {
  return readShared(rel)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
