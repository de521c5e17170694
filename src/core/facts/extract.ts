import type { ClassifiedBlock } from '../types';
import { DATA_TYPES, PURPOSES, RECIPIENTS, RIGHTS, type Facts, type FactSpan } from './schema';
import { buildContexts } from './context';
import { extractDataTypes } from './data-types';
import { extractRecipients } from './recipients';
import { extractPurposes } from './purposes';
import { extractRights } from './rights';
import { extractChannels } from './channels';
import { extractRetention } from './retention';
import { extractChildren, extractTransfers } from './audiences';
import { extractSecurity } from './security';
import { extractChanges } from './changes';
import { extractRedFlags } from './red-flags';
import { extractCompany } from './company';
import { extractContradictions } from './contradictions';

/**
 * CONTRACT (owned by the facts work): read the summary from classified blocks.
 * Fields not covered are absent; covered-but-silent fields are present and empty.
 *
 * Every field is covered, so every field is present. `contradictions` holds only the two
 * well-defined shapes of conflict in contradictions.ts (an empty list means none of those was found).
 */
export function extractFacts(blocks: ClassifiedBlock[]): { facts: Facts; spans: FactSpan[] } {
  const contexts = buildContexts(Array.isArray(blocks) ? blocks.filter(isUsableBlock) : []);
  const spans: FactSpan[] = [];
  const facts: Facts = {};

  const company = extractCompany(contexts);
  facts.company = company.names;
  facts.company_evidence = company.evidence;
  spans.push(...company.spans);

  const types = extractDataTypes(contexts);
  facts.collected = types.collected.values(DATA_TYPES);
  facts.collected_evidence = types.collected.evidenceMap(DATA_TYPES);
  facts.shared_types = types.shared.values(DATA_TYPES);
  facts.shared_types_evidence = types.shared.evidenceMap(DATA_TYPES);
  spans.push(...types.collected.spans, ...types.shared.spans);

  const recipients = extractRecipients(contexts);
  facts.shared_with = recipients.sharedWith.values(RECIPIENTS);
  facts.shared_evidence = recipients.sharedWith.evidenceMap(RECIPIENTS);
  facts.sells_data = recipients.sells.value;
  facts.sells_data_evidence = recipients.sells.evidence;
  spans.push(...recipients.sharedWith.spans);
  for (const s of recipients.sellSpans) spans.push({ field: 'sells_data', value: s.value, block: s.block, start: s.start, end: s.end });

  const purposes = extractPurposes(contexts);
  facts.purposes = purposes.values(PURPOSES);
  facts.purposes_evidence = purposes.evidenceMap(PURPOSES);
  spans.push(...purposes.spans);

  const rights = extractRights(contexts);
  facts.rights = rights.values(RIGHTS);
  facts.rights_evidence = rights.evidenceMap(RIGHTS);
  spans.push(...rights.spans);

  const channels = extractChannels(contexts);
  facts.how_to_exercise = channels.values();
  facts.how_to_exercise_evidence = channels.evidenceMap();
  spans.push(...channels.spans);

  const retention = extractRetention(contexts);
  facts.retention = retention.statements;
  spans.push(...retention.spans);

  const children = extractChildren(contexts);
  facts.children = children.children;
  facts.children_evidence = children.evidence;
  spans.push(...children.spans);

  const transfers = extractTransfers(contexts);
  facts.transfers = transfers.transfers;
  facts.transfers_evidence = transfers.evidence;
  spans.push(...transfers.spans);

  const security = extractSecurity(contexts);
  facts.security_measures = security.values();
  facts.security_evidence = security.evidenceMap();
  spans.push(...security.spans);

  const changes = extractChanges(contexts);
  facts.change_notice = changes.change_notice;
  if (changes.quote) facts.change_notice_quote = changes.quote;
  facts.change_notice_evidence = changes.evidence;
  spans.push(...changes.spans);
  facts.consent_by_use = changes.consentByUse.length > 0;
  facts.consent_by_use_evidence = [...new Set(changes.consentByUse.map((c) => c.block))].sort((a, b) => a - b);
  for (const c of changes.consentByUse) spans.push({ field: 'consent_by_use', value: 'true', block: c.block, start: c.clause.start, end: c.clause.end });

  const changeQuote = changes.quote ? { block: changes.evidence.find((id) => contexts.find((c) => c.block.id === id)?.text.includes(changes.quote!)) ?? changes.evidence[0], quote: changes.quote } : undefined;
  facts.red_flags = extractRedFlags(contexts, {
    changeWithoutNotice: changes.change_notice === 'none_without_notice' ? changeQuote : undefined,
    changesPostedOnly: changes.change_notice === 'posted_only' ? changeQuote : undefined,
    consentByUse: changes.consentByUse,
    businessSale: recipients.sells.businessSale,
  });
  for (const f of facts.red_flags) {
    const ctx = contexts.find((c) => c.block.id === f.index);
    const at = ctx ? ctx.text.indexOf(f.quote) : -1;
    if (at >= 0) spans.push({ field: 'red_flags', value: f.flag, block: f.index, start: at, end: at + f.quote.length });
  }

  facts.contradictions = extractContradictions(contexts, types.collected.everyMention());

  return { facts, spans };
}

function isUsableBlock(b: ClassifiedBlock): boolean {
  return !!b && typeof b.text === 'string' && Number.isInteger(b.id) && b.id >= 0;
}
