import * as z from 'zod/mini';

/**
 * The policy summary ("facts"): one schema shared by the background worker, the popup and the CLI.
 * Field names, shapes and vocabularies are those of ../shared/gold/seeds.facts.json (see
 * ../shared/gold/README.md). Evidence values are block ids (`Block.id`, the 0-based index).
 *
 * A field that the extraction does not cover yet is ABSENT; a field it covers but the policy is
 * silent on is PRESENT and empty (e.g. `retention: []`, `sells_data: 'unstated'`), so the popup can
 * say "not mentioned" instead of guessing.
 */

export const DATA_TYPES = [
  'contact',
  'financial',
  'location',
  'demographic',
  'computer_information',
  'device_identifiers',
  'cookies_tracking',
  'online_activity',
  'user_profile',
  'health',
  'social_media',
  'survey',
  'personal_identifier',
  'audio_video',
  'sensor',
  'network',
  'purchase',
  'generic_personal',
] as const;

export const RECIPIENTS = [
  'affiliates',
  'service_providers',
  'advertisers',
  'analytics',
  'payment_processors',
  'law_enforcement',
  'business_transfer',
  'mapping_location_providers',
  'cloud_hosting',
  'partners',
  'public',
  'other_third_parties',
] as const;

export const PURPOSES = [
  'service_provision',
  'improvement_analytics',
  'marketing',
  'advertising',
  'personalization',
  'security_fraud',
  'legal_compliance',
  'communication',
  'research',
  'other',
] as const;

export const RIGHTS = [
  'access',
  'correction',
  'deletion',
  'portability',
  'restrict',
  'object',
  'withdraw_consent',
  'opt_out_marketing',
  'opt_out_location',
  'cookie_control',
  'account_closure',
  'complaint_authority',
  'automated_decision',
] as const;

export const CHANGE_NOTICES = ['none_without_notice', 'posted_only', 'direct_notice_for_material', 'unstated'] as const;

export const RED_FLAGS = [
  'changes_without_notice',
  'business_transfer_sale',
  'fee_for_requests',
  'may_refuse_requests',
  'backup_retention_after_deletion',
  'consent_by_use',
  'sharing_consent_by_use',
  'weak_protection_countries',
  'ad_targeting',
  'data_linked_to_identity',
  'no_security_guarantee',
  'keeps_prior_versions',
  'disclosure_without_consent',
  'collection_without_consent',
  'no_liability_for_breach',
  'cookie_consent_by_browsing',
  'changes_posted_only',
  'no_compliance_guarantee',
  'vague_retention',
  'limited_deletion_right',
  'limited_correction',
  'missing_contact_email',
  'credit_checks',
  'changes_any_time',
  'user_agreement_prevails',
  'third_party_personal_data',
  'sharing_without_approval',
  'rights_reduction_by_notice',
] as const;

export const DataTypeSchema = z.enum(DATA_TYPES);
export const RecipientSchema = z.enum(RECIPIENTS);
export const PurposeSchema = z.enum(PURPOSES);
export const RightSchema = z.enum(RIGHTS);
export type DataType = z.infer<typeof DataTypeSchema>;
export type Recipient = z.infer<typeof RecipientSchema>;
export type Purpose = z.infer<typeof PurposeSchema>;
export type Right = z.infer<typeof RightSchema>;

const NonNegativeInt = z.int().check(z.minimum(0));
const BlockIds = z.array(NonNegativeInt);
/** value → block ids that support it */
const EvidenceMap = z.record(z.string(), BlockIds);

/** A parsed duration: "at least 3 years" → { min: { value: 3, unit: 'year' } }. */
const DurationSchema = z.object({
  value: z.number().check(z.minimum(0)),
  unit: z.enum(['day', 'week', 'month', 'year']),
});

export const RetentionStatementSchema = z.object({
  quote: z.string(),
  index: NonNegativeInt,
  /** Parsed bounds, when the statement gives a period. */
  min: z.optional(DurationSchema),
  max: z.optional(DurationSchema),
  /** "as long as necessary", "as required by law": a period is implied but not given. */
  unspecified: z.optional(z.boolean()),
  /** The statement is about copies kept in backups. */
  backups: z.optional(z.boolean()),
});
export type RetentionStatement = z.infer<typeof RetentionStatementSchema>;

export const RedFlagSchema = z.object({
  flag: z.string(),
  quote: z.string(),
  index: NonNegativeInt,
});
export type RedFlag = z.infer<typeof RedFlagSchema>;

export const FactsSchema = z.object({
  company: z.optional(z.array(z.string())),
  company_evidence: z.optional(BlockIds),

  collected: z.optional(z.array(DataTypeSchema)),
  collected_evidence: z.optional(EvidenceMap),
  /** Data types disclosed to or collected by third parties (same vocabulary as `collected`). */
  shared_types: z.optional(z.array(DataTypeSchema)),
  shared_types_evidence: z.optional(EvidenceMap),
  shared_with: z.optional(z.array(RecipientSchema)),
  shared_evidence: z.optional(EvidenceMap),
  sells_data: z.optional(z.enum(['yes', 'no', 'unstated'])),
  sells_data_evidence: z.optional(BlockIds),
  purposes: z.optional(z.array(PurposeSchema)),
  purposes_evidence: z.optional(EvidenceMap),

  rights: z.optional(z.array(RightSchema)),
  rights_evidence: z.optional(EvidenceMap),
  /** Contact channels exactly as written: e-mails, phone numbers, URLs, postal lines, in-app paths. */
  how_to_exercise: z.optional(z.array(z.string())),
  how_to_exercise_evidence: z.optional(EvidenceMap),

  retention: z.optional(z.array(RetentionStatementSchema)),
  children: z.optional(z.object({ min_age: z.nullable(z.int()), parental_consent: z.nullable(z.boolean()) })),
  children_evidence: z.optional(BlockIds),
  transfers: z.optional(z.object({ countries: z.array(z.string()), safeguards: z.array(z.string()) })),
  transfers_evidence: z.optional(BlockIds),
  security_measures: z.optional(z.array(z.string())),
  security_evidence: z.optional(EvidenceMap),
  change_notice: z.optional(z.enum(CHANGE_NOTICES)),
  change_notice_quote: z.optional(z.string()),
  change_notice_evidence: z.optional(BlockIds),
  consent_by_use: z.optional(z.boolean()),
  consent_by_use_evidence: z.optional(BlockIds),

  red_flags: z.optional(z.array(RedFlagSchema)),
  contradictions: z.optional(z.array(z.object({ a: z.int(), b: z.int(), why: z.string() }))),
});
export type Facts = z.infer<typeof FactsSchema>;

/**
 * Where in a block a fact was read: lets the popup open the exact sentence and the page scroll
 * to it. `field` is a Facts key (e.g. 'collected'), `value` the vocabulary value or string it supports.
 */
export const FactSpanSchema = z.object({
  field: z.string(),
  value: z.string(),
  block: NonNegativeInt,
  start: NonNegativeInt,
  end: NonNegativeInt,
});
export type FactSpan = z.infer<typeof FactSpanSchema>;
