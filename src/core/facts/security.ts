import type { BlockContext } from './context';
import { ValueCollector } from './collector';
import { loose, matchesOf, negatedBefore } from './text';

/**
 * Security measures, as short labels ("encryption", "access control"). A measure counts in a clause
 * that says data is protected (or under a security heading) and is not a disclaimer
 * ("we cannot guarantee...") or advice to the user ("choose a strong password").
 */

export const SECURITY_TERMS: Array<{ value: string; pattern: RegExp }> = [
  { value: 'encryption', pattern: loose('encrypt') },
  { value: 'SSL/TLS (https)', pattern: loose('(?<![a-z])(?:ssl|tls|https)(?![a-z])|secure sockets? layer|transport layer security') },
  { value: 'physical, technical and organizational measures', pattern: loose('physical security measures|(?:physical|technical|electronic|administrative|organi[sz]ational|managerial|management)(?:,| and| or) (?:[a-z]+(?:,| and| or) )*(?:[a-z]+ )?(?:measures|safeguards|procedures|controls)') },
  { value: 'access control', pattern: loose('access control|(?:limit|restrict)(?:s|ed|ing)? access|only (?:allow )?(?:our )?(?:\\w+ )?(?:staff|employees|personnel)(?: and authori[sz]ed personnel)?(?: (?:who|that) need| to access| may access| will have access)|authori[sz]ed (?:personnel|staff|employees) (?:to access|only)|need[- ]to[- ]know|access (?:system|management|rights)|least[- ]privilege|role[- ]based access') },
  { value: 'confidentiality obligations', pattern: loose('confidentiality (?:agreements?|obligations?|terms|clauses|undertakings)|(?:bound|obliged) by confidentiality|confidentiality terms of the contract|strict confidentiality') },
  { value: 'staff training', pattern: loose('training|awareness (?:programs?|courses)') },
  { value: 'password protection', pattern: loose('password protect') },
  { value: 'secure servers and facilities', pattern: loose('secure (?:servers|facilities|data cent)|controlled facilities|firewalls?') },
  { value: 'data isolation', pattern: loose('isolat') },
  { value: 'dedicated security team', pattern: loose('(?:data )?(?:security|protection) (?:department|team)') },
  { value: 'breach notification', pattern: loose('(?:security )?incident[^.;]{0,80}(?:inform|notif)|(?:data |security )?breach[^.;]{0,80}(?:inform|notif)|(?:inform|notif)[^.;]{0,80}(?:breach|incident)') },
  { value: 'security review and audits', pattern: loose('(?<![a-z])(?:review|audit|assess|test)(?:s|ed|ing)? [^.;]{0,70}(?:security|practices|(?<!trust (?:and|&) )safety|systems)|regular(?:ly)? review|security (?:review|audit|assessment)|penetration test|soc ?2|iso(?:/iec)? ?27001|(?<![a-z])audited|bug bounty|audit log') },
  { value: 'authentication', pattern: loose('authenticat|two-factor|multi-factor|2fa') },
  { value: 'data classification by sensitivity', pattern: loose('(?:categori[sz]e|classif)[a-z]* (?:your )?data') },
  { value: 'risk-control service provider', pattern: loose('risk control service') },
  { value: 'agreements with recipients to protect data', pattern: loose('(?:agreements?|contracts?(?![a-z])|sign[a-z]{0,30} |require[sd]? (?:them|such|these|those|the above|our|third|all|that|any)|obtain the agreement)[^.;]{0,120}(?:to protect|protect (?:the|your)|take (?:enough |appropriate |reasonable )?(?:steps|measures)|confidentiality|security measures|safety environment|(?:according to|in accordance with) our instructions)') },
  { value: 'local-only storage of credentials', pattern: loose('(?:only )?stored? (?:only )?(?:locally|on your (?:device|phone))') },
];

const PROTECT_CUE = loose('protect|secur|safeguard|safe(?:ty)?(?![a-z])|unauthori[sz]ed|confidential|encrypt|prevent');
const DISCLAIMER = loose("cannot guarantee|can['’]t guarantee|not (?:be )?(?:held )?responsible|not (?:always |100% )?(?:safe|secure)|no (?:method|system|transmission)|you (?:should|must|can|are responsible)|your (?:assistance|failure)|by not disclosing|avoiding obvious");

export function extractSecurity(contexts: BlockContext[]): ValueCollector<string> {
  const out = new ValueCollector<string>('security_measures');
  for (const ctx of contexts) {
    const frame = /secur|protect|safe/i.test(ctx.frame) || ctx.categories.has('security');
    for (const clause of ctx.clauses) {
      PROTECT_CUE.lastIndex = 0;
      if (!frame && !PROTECT_CUE.test(clause.text)) continue;
      DISCLAIMER.lastIndex = 0;
      if (DISCLAIMER.test(clause.text)) continue;
      for (const { value, pattern } of SECURITY_TERMS) {
        for (const m of matchesOf(pattern, clause.text)) {
          if (negatedBefore(clause.text, m.start, 25)) continue;
          // Measures named outside a security section must be about protecting data.
          if (!frame && value !== 'encryption' && value !== 'SSL/TLS (https)' && !/protect|secur|safeguard|safety|unauthori[sz]ed|hackers?/i.test(clause.text)) continue;
          out.add(value, ctx.block.id, clause.start + m.start, clause.start + m.end);
          break;
        }
      }
    }
  }
  return out;
}
