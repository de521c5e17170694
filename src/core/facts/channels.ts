import type { BlockContext } from './context';
import { ValueCollector } from './collector';
import { loose, matchesOf, negatedBefore, primed } from './text';

/**
 * How to exercise rights: contact channels and in-app paths, exactly as written.
 * E-mail addresses count wherever they appear (policies give them for privacy contact); phone
 * numbers, URLs and settings paths count in a rights/contact context; postal address lines are
 * the short lines that follow a "contact us" lead-in. The opt-out controls the US state laws
 * require ("Do Not Sell or Share My Personal Information", "Your Privacy Choices", Global Privacy
 * Control) count where the user is told to use them.
 */

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const URL = /(?:https?:\/\/|www\.)[^\s<>"'“”()\[\]]+[^\s<>"'“”()\[\].,;:!?]/g;
/**
 * Phone numbers: at least 7 digits with separators, optional country code (or the North American
 * trunk "1-" of toll-free numbers: 1-800-555-0199); not dates or years.
 */
const PHONE = /(?<![\w.])(?:\+\d{1,3}[\s.-]?|1[\s.-](?=\(?\d{3}[\s.)-]))?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,8}){1,3}(?![\w])/g;
const PHONE_CUE = loose('requests?\\s*[:：]|phone|tel(?:ephone)?|call|hotline|toll[- ]free|customer service|contact|fax|热线|电话');
const CONTACT_CUE = loose(
  'contact|e-?mail|write|call|request|exercise|access|update|delete|correct|withdraw|revoke|opt[- ]?out|unsubscrib|manage|settings?|modify|amend|questions|complaint|visit|through|via|cancel|change',
);
/** A settings path written with ">" separators: “Me” >“User account”, Settings > Privacy. */
const MENU_PATH = /(?:[“"‘'][^“”"‘’'\n]{1,30}[”"’']|(?=[A-Za-z])(?<![A-Za-z][\w-]*?)(?:[A-Za-z][\w-]*[ ]){0,2}[A-Za-z][\w-]*)(?:\s*>\s*(?:[“"‘'][^“”"‘’'\n]{1,30}[”"’']|[A-Za-z][\w-]*(?:[ ][A-Za-z][\w-]*){0,2}))+/g;
/** Named pages and settings: "account page", "account settings", "the authorization page of the X platform". */
const SETTINGS_PAGE =
  /(?<![A-Za-z])(?:through|via|visiting|visit|using|with|on|in|at|from|go to|going to|complet(?:e|ing)|fill(?:ing)? (?:out|in)|submit(?:ting)?)\s+(?:the\s+|your\s+|our\s+|an?\s+)?((?:(?!this\b|that\b|these\b|our\b|the\b|web\b|home\b|following\b)[A-Za-z-]+\s+){0,5}?(?:[Ss]ettings?|[Pp]age|[Dd]ashboard|[Cc]ent(?:er|re)|[Pp]ortal|[Ff]orm))(?:\s+of\s+(?:the\s+)?[A-Z]\w*(?:\s+[A-Z]\w*)?\s+(?:platform|app|application|website))?/g;
/** The clause lets the user act on their data or choices. */
const ACT_CUE = loose('(?<![a-z])(?:access|update|edit|delete|withdraw|manage|opt|change|modify|amend|turn|revoke|reset|review|correct|cancel|unsubscrib|control|view|exercis|submit)');
const QUOTED_ACTION = /(?:click(?:ing)?|tap(?:ping)?|select(?:ing)?|press(?:ing)?|use|using) (?:on )?(?:the )?(“[^”]{1,30}”|"[^"]{1,30}")/gi;
const SIGN_IN_ACTION = loose('sign in to your account|log ?in to your account|by (?:unbinding|unlinking|resetting|removing) (?:the |your )(?:device|account)', 'gi');
const CONTACT_LEAD = loose('contact us(?: at| by| via)?[: ]*$|(?:write|send) (?:to )?us(?: at)?[: ]*$|(?:address|reach us)(?: is)?[: ]*$|contact (?:information|details)[: ]*$|please contact[^.]*$|following (?:address|contact)', 'i');
const ADDRESS_LABEL = /^\s*(?:(?:postal |mailing |registered )?address|(?:by )?(?:postal )?(?:mail|post)|zip(?: code)?|post(?:al)? code|attn|attention|tel(?:ephone)?|phone|fax)\s*[:：]\s*/i;
/** A labelled contact line that is not itself a postal line ("Email: privacy@…", "Phone: …"). */
const CONTACT_LABEL_LINE = /^\s*(?:e-?mail|tel(?:ephone)?|phone|fax|web(?:site)?|online)\s*[:：]/i;
/** A section heading that is only "Contact" / "Contact us" / "How to contact us": the lines under it are contact details. */
const CONTACT_HEADING = /^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s*)?(?:how (?:to|do I|can I|do you|can you) )?contact(?:ing)?(?: us| information| details|(?: [A-Z][\w&'’-]*){1,3})?\s*\??\s*$/i;
/**
 * A contact line that runs on into labelled details ("Acme B.V., attn. DPO, Main Street 5, 1000 AB City.
 * Email: dpo@acme.example"): the part before the first label is the postal address.
 */
// Starts only at the first space of a run (or its full stop), so a long run of spaces is scanned once.
const BEFORE_CONTACT_LABEL = /(?<!\s)\.?\s+(?:\||(?=(?:e-?mail|tel(?:ephone)?|phone|fax|web(?:site)?)\s*[:：]))/i;
/**
 * An address given inside a sentence: "write to us at 12 Quay Road, Leeds LS1 4AB", "requests may be
 * addressed to: Privacy Team, 9 Elm Court, Bristol BS1 2AA; email …", "Mail: Acme, 1 Main St, Springfield".
 * The address runs to the next ";", sentence end, bracket or label. "Write to us with your questions"
 * has no address (no number and comma after the lead).
 */
const INLINE_ADDRESS = /(?:write to (?:us|[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3})(?: at)?|(?:addressed|mailed|posted|sent by (?:post|mail)) to|by (?:post|mail) (?:to|at)|(?:postal|mailing) address(?: is)?|(?<![\w-])mail\s*[:：])\s*[:：]?\s+((?:[^;.(]|\.(?=[,\w]))+)/gi;

/**
 * The opt-out controls the US state privacy laws name: the "Do Not Sell or Share My Personal
 * Information" and "Limit the Use of My Sensitive Personal Information" links, the "Your Privacy
 * Choices" link, and the Global Privacy Control browser signal. They count where the sentence tells
 * the user to use them (click, visit, enable, through the link), not where it says they are ignored.
 */
const OPT_OUT_CONTROL = /(?<![a-z])(?:do not (?:sell|share)(?: (?:or|and|\/|&) (?:sell|share))? my (?:personal )?(?:information|info|data)|limit the use of my sensitive personal information|your privacy choices|global privacy control)(?![a-z])/gi;
/**
 * Global Privacy Control is a browser signal: a sentence saying how the site treats it ("Our site honours
 * the Global Privacy Control signal as an opt-out") explains it; one addressed to the user ("you can opt out
 * with a Global Privacy Control signal", "enable Global Privacy Control in your browser") tells them to use it.
 */
const ADDRESSES_USER = /(?<![a-z])(?:you|your|users?)(?![a-z])|^\W*(?:enable|turn on|use|set up|install|switch on)(?![a-z])/i;
const USES_CONTROL = primed(/click|tap|select|(?<![a-z])link|button|visit|using|(?<![a-z])use(?![a-z])|through|via|enabl|turn(?:ing)? on|setting|signal|browser|footer|opt[- ]?out|submit/i);

const EXAMPLE_EMAIL = /@(?:example|domain|email)\.(?:com|org)$/i;

export function extractChannels(contexts: BlockContext[]): ValueCollector<string> {
  const out = new ValueCollector<string>('how_to_exercise');
  let addressLinesLeft = 0;
  for (const ctx of contexts) {
    const text = ctx.text;
    const id = ctx.block.id;
    // Cheap character tests first: most blocks hold no address, link, menu path or number.
    const hasAt = text.includes('@');
    const hasLink = /https?:|www\./i.test(text);
    const hasMenu = text.includes('>');
    const hasDigits = /\d/.test(text);
    for (const m of hasAt ? matchesOf(EMAIL, text) : []) {
      if (!EXAMPLE_EMAIL.test(m.match[0])) out.add(m.match[0], id, m.start, m.end);
    }
    for (const clause of ctx.clauses) {
      CONTACT_CUE.lastIndex = 0;
      const contactish = CONTACT_CUE.test(clause.text) || /contact|rights?|request|access|choice|control|withdraw|revok|consent|delet|opt[- ]?out/i.test(ctx.frame);
      if (contactish) {
        for (const m of hasLink ? matchesOf(URL, clause.text) : []) {
          const lead = clause.text.slice(Math.max(0, m.start - 60), m.start);
          // Links to other companies' terms ("you agree to Amazon's privacy policy (https://...)") are not channels.
          if (/(?:terms|polic(?:y|ies)|agreement)\s*\(?\s*$/i.test(lead) && !/contact|request|manage|access/i.test(lead)) continue;
          out.add(m.match[0], id, clause.start + m.start, clause.start + m.end);
        }
        ACT_CUE.lastIndex = 0;
        // The user is addressed: "you can", or an instruction ("please complete", "To submit a request, ...").
        const userActs = ACT_CUE.test(clause.text) && /(?<![a-z])you|(?<![a-z])please(?![a-z])|^\W*to (?:submit|exercise|make|request|opt)/i.test(clause.text);
        for (const m of userActs ? matchesOf(SETTINGS_PAGE, clause.text) : []) {
          const phrase = m.match[1];
          if (!phrase || phrase.trim().split(/\s+/).length < 2) continue;
          if (!/(?:account|privacy|authori|personal|profile|password|permission|consent|cookie)/i.test(phrase)) continue;
          const full = m.match[0].slice(m.match[0].indexOf(phrase));
          const start = clause.start + m.start + m.match[0].indexOf(phrase);
          out.add(full, id, start, start + full.length);
        }
        for (const re of [QUOTED_ACTION, SIGN_IN_ACTION]) {
          for (const m of matchesOf(re, clause.text)) {
            const value = m.match[1] ?? m.match[0];
            // A quoted opt-out link is kept once, under its name, by the rule below.
            if (re === QUOTED_ACTION && matchesOf(OPT_OUT_CONTROL, value).length > 0) continue;
            const start = clause.start + m.start + m.match[0].indexOf(value);
            out.add(value, id, start, start + value.length);
          }
        }
      }
      for (const m of USES_CONTROL.test(clause.text) ? matchesOf(OPT_OUT_CONTROL, clause.text) : []) {
        if (negatedBefore(clause.text, m.start)) continue;
        if (/global privacy control/i.test(m.match[0]) && !ADDRESSES_USER.test(clause.text)) continue;
        out.add(m.match[0], id, clause.start + m.start, clause.start + m.end);
      }
      for (const m of hasMenu && clause.text.includes('>') ? matchesOf(MENU_PATH, clause.text) : []) {
        if (!/>/.test(m.match[0]) || /<|\/>/.test(m.match[0])) continue;
        const { value, offset } = trimMenuPath(m.match[0]);
        if (!value.includes('>')) continue;
        out.add(value, id, clause.start + m.start + offset, clause.start + m.start + offset + value.length);
      }
      for (const m of hasDigits && /\d/.test(clause.text) ? matchesOf(PHONE, clause.text) : []) {
        const digits = m.match[0].replace(/\D/g, '');
        if (digits.length < 7 || digits.length > 15) continue;
        if (/^(?:19|20)\d{2}$/.test(m.match[0])) continue;
        const lead = clause.text.slice(Math.max(0, m.start - 40), m.start);
        PHONE_CUE.lastIndex = 0;
        if (!PHONE_CUE.test(lead) && !/contact/i.test(ctx.frame) && addressLinesLeft <= 0) continue;
        out.add(m.match[0], id, clause.start + m.start, clause.start + m.end);
      }
    }
    for (const m of /\d/.test(text) && /,/.test(text) ? matchesOf(INLINE_ADDRESS, text) : []) {
      const value = m.match[1].replace(/[\s,]+$/, '');
      if (!/\d/.test(value) || !value.includes(',') || !looksLikeAddressLine(value)) continue;
      const start = m.start + m.match[0].lastIndexOf(m.match[1]);
      out.add(value, id, start, start + value.length);
    }
    // Postal address: short lines right after "contact us at:" (or under a contact heading).
    const addressPart = addressLinesLeft > 0 ? text.split(BEFORE_CONTACT_LABEL)[0] : '';
    if (addressLinesLeft > 0 && looksLikeAddressLine(addressPart)) {
      const label = ADDRESS_LABEL.exec(addressPart);
      const start = label ? label[0].length : 0;
      const value = addressPart.slice(start).trim();
      if (value && !EMAIL.test(value)) out.add(value, id, start, start + value.length);
      EMAIL.lastIndex = 0;
      addressLinesLeft--;
    } else if (!(addressLinesLeft > 0 && CONTACT_LABEL_LINE.test(text))) {
      // An "Email: …" or "Phone: …" line in the middle of the contact details does not end them.
      addressLinesLeft = 0;
    } else {
      addressLinesLeft--;
    }
    if (ctx.block.kind !== 'heading' && CONTACT_LEAD.test(text.trim())) addressLinesLeft = 6;
    else if (ctx.block.kind === 'heading' && CONTACT_HEADING.test(text)) addressLinesLeft = 6;
    CONTACT_LEAD.lastIndex = 0;
  }
  return out;
}

/** Words that lead into a settings path ("turn it off under Account > Notifications"): not part of its first label. */
const PATH_LEAD = /^(?:under|in|into|to|at|via|from|on|off|open|opening|go|tap|select|click|visit|navigate|the|your|our|it|them|then|by|with|using|choose|is|are)$/i;
/** Words that follow a path ("Settings > Privacy and on our website"): a connector followed by a lowercase word ends it ("Privacy and Security" stays). */
const PATH_TAIL = /^(?:and|or|then|to|on|in|from|at|for|via|where|which|until|when|whenever|while|if|once|before|after|so|as|anytime|below|above)$/i;

/**
 * The settings path without the words around it: "off under Account > Notifications" → "Account >
 * Notifications"; "Settings > Privacy and on" → "Settings > Privacy". Quoted labels stay whole.
 */
function trimMenuPath(raw: string): { value: string; offset: number } {
  const parts = raw.split('>');
  const firstWords = parts[0].split(/(\s+)/);
  let drop = 0;
  // Keep the words after the last glue word of the first label.
  for (let i = 0; i < firstWords.length; i += 2) if (PATH_LEAD.test(firstWords[i]) && i < firstWords.length - 1) drop = i + 2;
  const dropped = firstWords.slice(0, drop).join('');
  parts[0] = firstWords.slice(drop).join('');
  const lastWords = parts[parts.length - 1].split(/(\s+)/);
  const cut = lastWords.findIndex((w, i) => i > 0 && i % 2 === 0 && PATH_TAIL.test(w) && (/^[a-z]/.test(lastWords[i + 2] ?? '') || /^[a-z]/.test(w) && !lastWords[i + 2]));
  if (cut > 0) parts[parts.length - 1] = lastWords.slice(0, cut).join('');
  const joined = parts.join('>');
  const lead = joined.length - joined.trimStart().length;
  return { value: joined.trim(), offset: dropped.length + lead };
}

/** A postal line: short, not a sentence, no verbs of a statement. */
function looksLikeAddressLine(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 120) return false;
  if (t.split(/\s+/).length > 14) return false;
  if (/[.!?]$/.test(t) && !/(?:ltd|inc|co|corp|p\.r\.c|llc|[A-Z])\.$/i.test(t)) return false;
  if (/\b(?:we|you|please|will|may|if|our|thank)\b/i.test(t)) return false;
  return /\d|(?:ltd|inc|llc|corp|corporation|company|limited|gmbh|street|st|road|rd|avenue|ave|suite|floor|building|district|city|province|ct|drive|dr|lane|blvd)\b|,/i.test(t);
}
