import type { BlockContext } from './context';
import type { FactSpan } from './schema';
import { primed, squash } from './text';

/**
 * The organisation behind the policy: legal names ("Zosi Technologies Co., Limited", "ZMI USA
 * Corporation") and the short brand the policy then uses ("ZOSI"). A brand is kept only when it is
 * a word of a legal name found in the text and the policy uses it on its own repeatedly, so that
 * defined terms like "Services" or "Notice" are not taken for the company.
 * US and EU legal names often put a comma before the suffix: "Harbor Lane Foods, Inc. ("Harbor")",
 * "Pinecrest Labs, LLC" match; "Apple, Google and Microsoft" (no suffix after the comma) does not.
 */

const LEGAL_NAME = primed(/(?:[A-Z][\p{L}\d&'’-]*(?:[ ]|(?=[A-Z])|(?=, (?:Inc|LLC|L\.L\.C|Ltd|Limited|GmbH|B\.V\.|S\.A\.|PLC|AG|Corp)))){1,6}?(?:, )?(?:Co\.?,?\s?(?:Ltd|Limited)\.?|Company(?:,)? (?:Ltd|Limited)\.?|Corporation|Corp\.|Inc\.?|Incorporated|L\.?L\.?C\.?|Ltd\.?|Limited|GmbH|S\.A\.|PLC|plc|AG|B\.V\.|Pty\.? Ltd\.?|SAS|S\.r\.l\.|K\.K\.)(?![A-Za-z])/gu);
const CORPORATE_SUFFIX = /Co\.?,?\s?(?:Ltd|Limited)|Company|Corporation|Corp\.|Inc|L\.?L\.?C|Ltd|Limited|GmbH|S\.A\.|PLC|plc|AG|B\.V\.|Pty|SAS|S\.r\.l\.|K\.K\./;
const NOT_NAME_START = /^(?:The|This|These|Our|We|By|If|In|For|And|Of|A|An|To|When|All|Any|Your|Please|Address|From|With)\s+/;
const GENERIC_WORDS = new Set(['technology', 'technologies', 'electrical', 'electronics', 'communication', 'communications', 'group', 'holdings', 'international', 'usa', 'company', 'co', 'ltd', 'limited', 'inc', 'corporation', 'corp', 'llc', 'shenzhen', 'foshan', 'beijing', 'shanghai', 'hangzhou', 'guangzhou', 'china', 'the', 'and', 'smart', 'home', 'information', 'network', 'software', 'digital']);

/** Words that introduce an example of a kind of recipient: the legal name after them is someone else's. */
const EXAMPLE_LEAD = /(?:including|such as|e\.g\.|for example|for instance|namely|like)[,:]?\s*$/i;
/** Place names inside a legal name ("Acme Ireland Ltd.", "Acme Europe GmbH"): the seat of an entity, never the brand. */
const PLACE_WORDS = new Set(['europe', 'european', 'emea', 'asia', 'pacific', 'americas', 'america', 'ireland', 'germany', 'deutschland', 'france', 'netherlands', 'spain', 'italy', 'uk', 'britain', 'australia', 'canada', 'india', 'japan', 'singapore', 'brazil', 'mexico', 'global', 'worldwide', 'north', 'south', 'east', 'west']);

export function extractCompany(contexts: BlockContext[]): { names: string[]; evidence: number[]; spans: FactSpan[] } {
  const names: string[] = [];
  const evidence = new Set<number>();
  const spans: FactSpan[] = [];
  for (const ctx of contexts) {
    // Every legal name ends in a corporate suffix; a block without one is skipped cheaply.
    if (!CORPORATE_SUFFIX.test(ctx.text)) continue;
    LEGAL_NAME.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LEGAL_NAME.exec(ctx.text)) !== null) {
      let name = m[0];
      let start = m.index;
      const lead = NOT_NAME_START.exec(name);
      if (lead) {
        name = name.slice(lead[0].length);
        start += lead[0].length;
      }
      if (name.split(/\s+/).length < 2 && !/[A-Z][a-z]+[A-Z]/.test(name)) continue;
      // "Payment service providers, including Paylane Europe B.V.": a third party named as an example of a recipient.
      if (EXAMPLE_LEAD.test(ctx.text.slice(Math.max(0, start - 40), start))) continue;
      if (!names.some((n) => squash(n) === squash(name))) names.push(name.trim());
      evidence.add(ctx.block.id);
      spans.push({ field: 'company', value: name.trim(), block: ctx.block.id, start, end: start + name.trim().length });
    }
  }
  // Brands: distinctive words of the legal names that the policy also uses standalone.
  const brands: string[] = [];
  const allText = contexts.map((c) => c.text).join('\n');
  for (const n of names) {
    for (const word of n.split(/[\s,]+/)) {
      const w = word.replace(/[^\p{L}\d]/gu, '');
      if (w.length < 3 || GENERIC_WORDS.has(w.toLowerCase()) || PLACE_WORDS.has(w.toLowerCase())) continue;
      // Glued words ("ZuoMiTechnology") hide the brand: take its leading capitalised run too.
      const candidates = [w, ...(w.match(/^[A-Z][a-z]*[A-Z][a-z]*(?=[A-Z][a-z])/) ?? [])];
      for (const c of candidates) {
        const standalone = allText.match(new RegExp(`(?<![\\p{L}])${escapeRe(c)}(?![\\p{Ll}])`, 'giu'))?.length ?? 0;
        if (standalone >= 3 && !brands.some((b) => squash(b) === squash(c)) && !names.some((x) => squash(x) === squash(c))) {
          brands.push(preferredCase(allText, c));
          break;
        }
      }
      // The brand leads the legal name ("Kestrel Fit Inc." → "Kestrel"); later words ("Fit") are the rest of the name.
      break;
    }
  }
  // The brand with a corporate word ("Viomi Group", "ZuoMi Technology") names the company too, and
  // the blocks that use that full form are evidence of it.
  for (const brand of [...brands]) {
    const withCorporateWord = new RegExp(`(?<![\\p{L}])${escapeRe(brand)}\\s+(?:Group|Technology|Technologies|Holdings|Corporation|Company|Inc\\.?)(?![\\p{L}])`, 'gu');
    for (const ctx of contexts) {
      if (!ctx.text.includes(brand)) continue;
      for (const m of ctx.text.matchAll(withCorporateWord)) {
        const name = m[0].replace(/\s+/g, ' ');
        if (![...names, ...brands].some((x) => squash(x) === squash(name))) brands.push(name);
        evidence.add(ctx.block.id);
        spans.push({ field: 'company', value: name, block: ctx.block.id, start: m.index!, end: m.index! + m[0].length });
      }
    }
  }
  return { names: [...names, ...brands], evidence: [...evidence].sort((a, b) => a - b), spans };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The most frequent spelling of a word in the text ("ZOSI" over "Zosi"). */
function preferredCase(text: string, word: string): string {
  const counts = new Map<string, number>();
  for (const m of text.match(new RegExp(`(?<![\\p{L}])${escapeRe(word)}(?![\\p{Ll}])`, 'giu')) ?? []) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? word;
}
