import type { PageInfo, TabState } from '../messaging/protocol';
import type { Facts } from '../core/facts/schema';
import { CATEGORIES } from '../core/categories';
import { CHANGE_NOTICE_LABELS, DATA_TYPE_LABELS, PURPOSE_LABELS, RECIPIENT_LABELS, RIGHT_LABELS } from './labels';

/**
 * Validation of the two replies the popup renders (PageInfo, TabState), without zod.
 *
 * Why not the zod schemas of protocol.ts: zod 4 classic adds ~100 kB minified to the popup
 * (measured: popup chunk 147.6 kB with it), over the popup's 60 kB budget, and zod/mini still
 * ~38 kB. These checks mirror `PageInfoSchema` and `TabStateSchema` field for field;
 * tests/unit/ui/validate.test.ts runs both on the same valid and mutated inputs and requires the
 * same verdict, and fails when a Facts field is added to the schema but not here.
 *
 * Unknown keys are allowed (as zod objects do) and ignored by the popup.
 */
type Check = (v: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const str =
  (max = Infinity): Check =>
  (v) =>
    typeof v === 'string' && v.length <= max;
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const int =
  (min = -Infinity): Check =>
  (v) =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= min;
const bool: Check = (v) => typeof v === 'boolean';
const oneOf = (values: readonly string[]): Check => {
  const set = new Set(values);
  return (v) => typeof v === 'string' && set.has(v);
};
const arr =
  (item: Check, { min = 0, max = Infinity } = {}): Check =>
  (v) =>
    Array.isArray(v) && v.length >= min && v.length <= max && v.every((x) => item(x));
const opt =
  (inner: Check): Check =>
  (v) =>
    v === undefined || inner(v);
const nullable =
  (inner: Check): Check =>
  (v) =>
    v === null || inner(v);
const obj =
  (shape: Record<string, Check>): Check =>
  (v) =>
    isObject(v) && Object.keys(shape).every((k) => shape[k](v[k]));
const record =
  (value: Check): Check =>
  (v) =>
    isObject(v) && Object.keys(v).every((k) => value(v[k]));

const keysOf = (table: object): string[] => Object.keys(table);

const url = str(8192);
const blockIds = arr(int(0));
const evidenceMap = record(blockIds);
const duration = obj({ value: (v) => num(v) && (v as number) >= 0, unit: oneOf(['day', 'week', 'month', 'year']) });

const detection = obj({ isPolicy: bool, score: num, signals: arr(str()), language: str() });
const policyLink = obj({ href: url, text: str(500) });

/** Every FactsSchema field, checked as the schema does. Keep in step with src/core/facts/schema.ts. */
export const FACTS_CHECKS: Record<keyof Facts, Check> = {
  company: opt(arr(str())),
  company_evidence: opt(blockIds),
  collected: opt(arr(oneOf(keysOf(DATA_TYPE_LABELS)))),
  collected_evidence: opt(evidenceMap),
  shared_types: opt(arr(oneOf(keysOf(DATA_TYPE_LABELS)))),
  shared_types_evidence: opt(evidenceMap),
  shared_with: opt(arr(oneOf(keysOf(RECIPIENT_LABELS)))),
  shared_evidence: opt(evidenceMap),
  sells_data: opt(oneOf(['yes', 'no', 'unstated'])),
  sells_data_evidence: opt(blockIds),
  purposes: opt(arr(oneOf(keysOf(PURPOSE_LABELS)))),
  purposes_evidence: opt(evidenceMap),
  rights: opt(arr(oneOf(keysOf(RIGHT_LABELS)))),
  rights_evidence: opt(evidenceMap),
  how_to_exercise: opt(arr(str())),
  how_to_exercise_evidence: opt(evidenceMap),
  retention: opt(
    arr(
      obj({
        quote: str(),
        index: int(0),
        min: opt(duration),
        max: opt(duration),
        unspecified: opt(bool),
        backups: opt(bool),
      }),
    ),
  ),
  children: opt(obj({ min_age: nullable(int()), parental_consent: nullable(bool) })),
  children_evidence: opt(blockIds),
  transfers: opt(obj({ countries: arr(str()), safeguards: arr(str()) })),
  transfers_evidence: opt(blockIds),
  security_measures: opt(arr(str())),
  security_evidence: opt(evidenceMap),
  change_notice: opt(oneOf(keysOf(CHANGE_NOTICE_LABELS))),
  change_notice_quote: opt(str()),
  change_notice_evidence: opt(blockIds),
  consent_by_use: opt(bool),
  consent_by_use_evidence: opt(blockIds),
  red_flags: opt(arr(obj({ flag: str(), quote: str(), index: int(0) }))),
  contradictions: opt(arr(obj({ a: int(), b: int(), why: str() }))),
};

const facts = obj(FACTS_CHECKS);
const category = oneOf(CATEGORIES);
const classifiedBlock = obj({
  id: int(0),
  text: str(),
  section: str(),
  kind: oneOf(['heading', 'paragraph', 'bullet', 'cell']),
  categories: arr(category, { min: 1 }),
  evidence: arr(obj({ rule: str(), category, start: int(0), end: int(0) })),
});
const factSpan = obj({ field: str(), value: str(), block: int(0), start: int(0), end: int(0) });
const analysis = obj({
  blocks: arr(classifiedBlock),
  facts,
  spans: arr(factSpan),
  stats: obj({ blocks: int(), words: int(), ms: num }),
});

export const PAGE_INFO_STATUSES = ['policy', 'not-policy', 'unsupported-language', 'pending'] as const;
export const TAB_STATE_STATUSES = ['policy', 'not-policy', 'unsupported-language', 'unknown'] as const;

/** Every PageInfoSchema field (a test holds the key list to the schema's). */
export const PAGE_INFO_CHECKS: Record<keyof PageInfo, Check> = {
  url,
  title: str(),
  status: oneOf(PAGE_INFO_STATUSES),
  highlights: bool,
  policyLink: nullable(policyLink),
  error: opt(str()),
};
/** Every TabStateSchema field. */
export const TAB_STATE_CHECKS: Record<keyof TabState, Check> = {
  status: oneOf(TAB_STATE_STATUSES),
  url: opt(url),
  title: opt(str()),
  detection: opt(detection),
  analysis: opt(analysis),
  analyzedAt: opt(num),
  truncated: opt(bool),
};
const pageInfo = obj(PAGE_INFO_CHECKS);
const tabState = obj(TAB_STATE_CHECKS);

export function parsePageInfo(v: unknown): PageInfo | null {
  return pageInfo(v) ? (v as PageInfo) : null;
}

export function parseTabState(v: unknown): TabState | null {
  return tabState(v) ? (v as TabState) : null;
}

/** `{ok: false, error}`: a receiver refused the request (ErrorReplySchema). */
export function parseErrorReply(v: unknown): { ok: false; error: string } | null {
  return isObject(v) && v.ok === false && typeof v.error === 'string' ? { ok: false, error: v.error } : null;
}
