import type { Block, BlockClassification, Evidence } from '../core/types';
import { PRACTICE_CATEGORIES, type Category } from '../core/categories';
import { RULES } from './registry';
import { compileRule, prepare, runRules, type CompiledRule, type RuleHit } from './engine';
import type { Rule } from './types';
import { isIncidentalChoice } from './families/choice-scope';
import { introductionDrops } from './families/introduction';
import { stateRightsDrops } from './families/state-rights';

type Practice = (typeof PRACTICE_CATEGORIES)[number];

/** Score a category must reach from distinct rules in one block (weak cues weigh 0.5–0.6). */
const THRESHOLD = 1;
/** Share of a section's blocks that must carry a category for its heading to get it too. */
const HEADING_SHARE = 0.5;

let compiledBody: CompiledRule[] | null = null;
let compiledHeading: CompiledRule[] | null = null;

function compiled(heading: boolean): CompiledRule[] {
  if (!compiledBody || !compiledHeading) {
    compiledHeading = RULES.map(compileRule);
    compiledBody = compiledHeading.filter((c) => !c.rule.headingOnly);
  }
  return heading ? compiledHeading : compiledBody;
}

/** Categories whose distinct-rule weights reach the threshold, and the hits that support them. */
export function scoreHits(hits: RuleHit[]): { categories: Set<Practice>; evidence: Evidence[] } {
  const byCategory = new Map<Category, Map<string, Rule>>();
  for (const h of hits) {
    const rules = byCategory.get(h.rule.category) ?? new Map<string, Rule>();
    rules.set(h.rule.id, h.rule);
    byCategory.set(h.rule.category, rules);
  }
  const categories = new Set<Practice>();
  for (const [category, rules] of byCategory) {
    if (category === 'other') continue;
    let score = 0;
    for (const r of rules.values()) score += r.weight;
    if (score >= THRESHOLD - 1e-9) categories.add(category as Practice);
  }
  const evidence = hits
    .filter((h) => categories.has(h.rule.category as Practice))
    .map((h) => ({ rule: h.rule.id, category: h.rule.category, start: h.start, end: h.end }));
  return { categories, evidence };
}

/** Classify a text on its own (no document context). */
export function classifyText(text: string, heading = false): { categories: Set<Practice>; evidence: Evidence[] } {
  const prepared = prepare(text);
  const hits = runRules(prepared, compiled(heading));
  const scored = scoreHits(hits);
  // A choice clause inside a collection/sharing paragraph qualifies that practice (see ./families/choice-scope.ts).
  if (scored.categories.has('choice')) {
    const choiceHits = hits.filter((h) => h.rule.category === 'choice');
    if (isIncidentalChoice(choiceHits, prepared.sentences.length, scored.categories)) {
      scored.categories.delete('choice');
      scored.evidence = scored.evidence.filter((e) => e.category !== 'choice');
    }
  }
  // An introduction ("Welcome to…", "Your privacy is important to us") names topics without stating them
  // (see ./families/introduction.ts).
  if (!heading) {
    // A state privacy-rights notice ("Your California Privacy Rights") retells the law's terms (see ./families/state-rights.ts).
    for (const c of [...introductionDrops(text, scored.categories), ...stateRightsDrops(text, scored.categories)]) {
      scored.categories.delete(c as Practice);
      scored.evidence = scored.evidence.filter((e) => e.category !== c);
    }
  }
  // "How do we protect your personal data?" names data only as the object of another topic: a heading
  // that opens a sharing/security/access/... section is not a collection heading too.
  if (heading && scored.categories.has('collection') && scored.categories.size > 1) {
    scored.categories.delete('collection');
    scored.evidence = scored.evidence.filter((e) => e.category !== 'collection');
  }
  return scored;
}

const LIST_MARKER = /^\s*(?:[-*\u2022\u25AA\u25CF\u25E6\u2023\u2043\u00B7\u2013\u2014>]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s/i;
/** A sentence that announces a list: "We collect the following:", "…may include:". */
const LEAD_IN = /(?::\s*$|\b(?:include|includes|including|following|such as|as follows|for example|for instance|listed below|below)\b[^.]{0,40}[:.]?\s*$)/i;

/** A coarse heading style, so sub-headings can be told from headings of the same level. */
function headingStyle(text: string): string {
  const t = text.trim();
  if (/^[IVXivx\u2160-\u217F]{1,5}[.)\s]/.test(t)) return 'roman';
  if (/^\d{1,2}\.\d/.test(t)) return 'decimal2';
  if (/^\d{1,2}[.)]/.test(t)) return 'decimal';
  if (/^[A-Za-z][.)]\s/.test(t)) return 'letter';
  if (t.endsWith('?')) return 'question';
  return 'plain';
}

/**
 * Contact details and page furniture ("Address: …", "Zip code: 528000", "Accept All", "contact us at"):
 * they sit under whatever heading came last but state no practice, so they never inherit its topic.
 */
const BOILERPLATE = /\b(?:contact us|contact our|write to us|e-?mail us|call us|questions (?:or comments )?about this|comments or questions|zip code|postal code|co\.,? ltd|attn)\b|\b(?:e-?mail|address|tel|telephone|phone|fax)\s?:|\b(?:inc|llc|gmbh|ltd)\.?(?=\s|$)|@[a-z0-9-]+\.[a-z]{2,}/i;

function isBoilerplate(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return words <= 3 || BOILERPLATE.test(text);
}

/** Phrases that announce a table of contents or a list of the topics the policy covers. */
const TOC_STRONG = /\b(?:help you understand the following|following (?:content|contents|questions|topics|sections)|table of contents|click (?:on )?the links? below|jump to (?:each|a|the|any) section|in this (?:privacy )?(?:policy|notice|statement) you will find)\b/i;
const TOC_WEAK = /\b(?:policy|statement|notice) (?:covers|answers|addresses|includes|contains|explains)\b/i;

/** A table of contents: a strong announcement, or a weak one followed by a run of questions. */
export function isTableOfContents(text: string): boolean {
  if (text.length > 3000) return false;
  if (TOC_STRONG.test(text)) return true;
  if (!TOC_WEAK.test(text)) return false;
  const questions = text.match(/\?|- (?=[A-Z])/g);
  return (questions?.length ?? 0) >= 3;
}

function isListItem(block: Block): boolean {
  return block.kind === 'bullet' || block.kind === 'cell' || LIST_MARKER.test(block.text);
}

/**
 * Classify one document's blocks in order. Own cues first; then context the way a reader uses it:
 * list items take the categories of the sentence that introduces them, blocks that state no
 * practice take the topic of their section heading, blocks in a children/regional section carry
 * `audiences`, and a heading gets the categories of the section it opens.
 */
export function classifyDocument(blocks: Block[]): BlockClassification[] {
  const own = blocks.map((b) => classifyText(b.text, b.kind === 'heading'));
  const topicCache = new Map<string, Set<Practice>>();
  const topicOf = (section: string): Set<Practice> => {
    let t = topicCache.get(section);
    if (!t) {
      t = section.trim() ? classifyText(section.slice(0, 2000), true).categories : new Set();
      topicCache.set(section, t);
    }
    return t;
  };

  const final: Set<Practice>[] = own.map((o) => new Set(o.categories));
  /** Why a category was added from context (rule id of the context step), per block. */
  const contextReason: Map<Practice, string>[] = blocks.map(() => new Map());
  const inherit = (i: number, from: Iterable<Practice>, reason: string) => {
    if (!blocks[i].text.trim()) return; // nothing to point evidence at
    for (const c of from) {
      if (final[i].has(c)) continue;
      final[i].add(c);
      contextReason[i].set(c, reason);
    }
  };

  // Tables of contents name every topic without stating any practice: the block and its list items are other.
  const toc = blocks.map(() => false);
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind === 'heading' || !isTableOfContents(blocks[i].text)) continue;
    toc[i] = true;
    for (let j = i + 1; j < blocks.length && isListItem(blocks[j]); j++) toc[j] = true;
  }
  for (let i = 0; i < blocks.length; i++) {
    if (!toc[i]) continue;
    final[i].clear();
    own[i].evidence = [];
  }

  let leadIn: Set<Practice> | null = null;
  // A regional/children heading ("Where the GDPR applies") opens a scope that its sub-headings stay in:
  // headings styled differently (questions under a statement, "1." under "IV.") are its subsections.
  let audienceScope: string | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading') {
      leadIn = null;
      const style = headingStyle(b.text);
      if (audienceScope !== null && style === audienceScope) audienceScope = null;
      if (audienceScope === null && own[i].categories.has('audiences')) audienceScope = style;
      else if (audienceScope !== null) inherit(i, ['audiences'], 'context/audience-section');
      continue;
    }
    if (toc[i]) {
      leadIn = null;
      continue;
    }
    if (audienceScope !== null) inherit(i, ['audiences'], 'context/audience-section');
    const cats = final[i];
    const topic = topicOf(b.section);
    if (isListItem(b)) {
      // A purpose item ("• To enforce our terms;") serves the practice its lead-in names (here sharing),
      // so the purpose cue alone does not make it a collection statement.
      if (leadIn && leadIn.size > 0 && !leadIn.has('collection') && cats.has('collection')) {
        const collectionRules = new Set(own[i].evidence.filter((e) => e.category === 'collection').map((e) => e.rule));
        if (collectionRules.size === 1 && collectionRules.has('collection/purpose-fragment')) {
          cats.delete('collection');
          own[i].evidence = own[i].evidence.filter((e) => e.category !== 'collection');
        }
      }
      if (leadIn && leadIn.size > 0) inherit(i, leadIn, 'context/list-lead-in');
      else if (cats.size === 0) inherit(i, topic, 'context/section-topic');
    } else {
      if (cats.size === 0 && !isBoilerplate(b.text)) inherit(i, topic, 'context/section-topic');
      const trimmed = b.text.trimEnd();
      leadIn = LEAD_IN.test(trimmed.slice(-80)) ? new Set(cats) : null;
    }
    if (topic.has('audiences')) inherit(i, ['audiences'], 'context/audience-section');
  }

  // Headings: own topic plus what most of their section says; an empty section borrows from the next heading.
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (blocks[i].kind !== 'heading') continue;
    const body: Set<Practice>[] = [];
    for (let j = i + 1; j < blocks.length && blocks[j].kind !== 'heading'; j++) body.push(final[j]);
    if (body.length === 0) {
      const j = i + 1;
      if (j < blocks.length && blocks[j].kind === 'heading') inherit(i, final[j], 'context/heading-opens-section');
    } else {
      const counts = new Map<Practice, number>();
      for (const s of body) for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
      const shared = [...counts].filter(([, n]) => n / body.length >= HEADING_SHARE).map(([c]) => c);
      inherit(i, shared, 'context/heading-opens-section');
    }
  }

  return blocks.map((b, i) => {
    const categories: Category[] = PRACTICE_CATEGORIES.filter((c) => final[i].has(c));
    const evidence: Evidence[] = own[i].evidence.filter((e) => e.start < e.end && e.end <= b.text.length);
    // Context-given categories point at the whole block: it is the block's place that carries them.
    for (const [category, rule] of contextReason[i]) evidence.push({ rule, category, start: 0, end: b.text.length });
    return { id: b.id, categories: categories.length ? categories : ['other'], evidence };
  });
}
