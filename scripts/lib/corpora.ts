import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Category } from '../../src/core/categories';
import type { BlockKind } from '../../src/core/types';

/**
 * Reading the team corpora for the evaluation and benchmark scripts. The data stays in ../shared
 * beside the repo (FP_SHARED overrides) and is never copied in; a script whose data is missing
 * stops with a message that says where it looked.
 */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = process.env.FP_SHARED ?? resolve(ROOT, '../shared');

export function readSharedText(rel: string, reader: string): string {
  const path = resolve(SHARED_DIR, rel);
  if (!existsSync(path)) {
    console.error(`Missing data: ${path}. ${reader} reads the team corpora from ../shared beside the repo (or set FP_SHARED).`);
    process.exit(2);
  }
  return readFileSync(path, 'utf8');
}

export function readSharedJsonl<T>(rel: string, reader: string): T[] {
  return readSharedText(rel, reader)
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** OPP-115's category names → the product's keys (one to one; see ../shared/gold/README.md). */
export const OPP_CATEGORY: Record<string, Category> = {
  'First Party Collection/Use': 'collection',
  'Third Party Sharing/Collection': 'sharing',
  'User Choice/Control': 'choice',
  'User Access, Edit and Deletion': 'access',
  'Data Retention': 'retention',
  'Data Security': 'security',
  'Policy Change': 'change',
  'Do Not Track': 'dnt',
  'International and Specific Audiences': 'audiences',
  Other: 'other',
};

/** A line of ../shared/gold/seeds.blocks.jsonl. */
export interface SeedBlockRecord {
  seed: string;
  index: number;
  kind: BlockKind;
  text: string;
  categories: Category[];
  section: string;
}

/** A line of ../shared/opp115-dev/segments.jsonl (majority = at least 2 of 3 annotators). */
export interface OppSegmentRecord {
  policy: string;
  segment: number;
  text: string;
  majority: string[];
  union: string[];
}
