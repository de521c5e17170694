import { detectLanguage } from './language';
import { blocksFromText } from './text-blocks';

/**
 * DOM-free privacy-policy scoring. The page detector (src/page/detect.ts) and the plain-text path
 * (`detectPolicyFromText`, the CLI's `analyze FILE.txt`) both reduce a document to
 * `PolicyFeatures` and score them here.
 *
 * What makes a privacy policy, in general:
 *  - it names itself: title/main heading "Privacy Policy/Notice/Statement", and the text refers
 *    to itself ("this Privacy Policy", "this Notice");
 *  - it covers the practice topics (collection, use, sharing, rights/choices, cookies, retention,
 *    security, children, contact, changes), as section headings and across the whole text;
 *  - privacy vocabulary ("personal information", "third parties", "opt out") is dense and spread
 *    over the document, not concentrated in one paragraph.
 * Hard negatives get their own signals: terms of service / other legal documents (they name
 * themselves "these Terms"), news and blog articles about privacy (bylines, reported speech),
 * privacy-settings pages (controls, little prose), cookie banners (short text on a page about
 * something else: the banner is not part of the content we score).
 */

/**
 * The detector's verdict. Same shape as `Detection` in src/messaging/protocol.ts (the core may
 * not import the messaging layer; the types are structurally identical and checked where used).
 */
export interface Detection {
  isPolicy: boolean;
  score: number;
  signals: string[];
  /** BCP-47-ish primary language guess ('en', 'de', …) or 'und'. */
  language: string;
}

export interface PolicyFeatures {
  /** Document title (`<title>`), may be empty. */
  title: string;
  /** Main headings (h1, or the first heading), in order. */
  mainHeadings: string[];
  /** All section headings (h1–h6 and heading-like blocks), in order. */
  headings: string[];
  /** Readable text of the main content, blocks joined by newlines. */
  text: string;
  url?: string;
  /** Interactive settings controls (checkboxes, switches, radios, selects) on the page. */
  controls?: number;
  /**
   * The blocks `headings`/`text` came from, in order. With them the scorer can find a privacy
   * section inside another document (a Terms page that carries the privacy statement) and say
   * which blocks it spans.
   */
  blocks?: readonly SectionBlock[];
  /** Text of the link the user followed to reach this page, when known (an extra hint, never enough alone). */
  linkText?: string;
  /**
   * Headings that are links to other pages (a search result's title, a card in an index): they
   * head entries pointing elsewhere, not sections of this document. Not in `headings`.
   */
  linkedHeadings?: string[];
  /** Text the page quotes from elsewhere (<blockquote>, <q>): not the page speaking. */
  quotations?: string[];
}

/** What the section finder reads of a block. */
export interface SectionBlock {
  kind: string;
  text: string;
}

/** A privacy policy that is one section of a page holding another document. */
export interface PrivacySection {
  /** Index of the section's heading block. */
  start: number;
  /** One past the section's last block. */
  end: number;
  heading: string;
  /** The section's own score, as if it were a page of its own. */
  score: number;
}

export interface ScoreDetail extends Detection {
  /** Numeric contributions by signal name (for eval reports). */
  contributions: Record<string, number>;
  /** Set when the policy is a section of a page holding another document: only it is the policy. */
  section?: PrivacySection;
}

/** Decision threshold on the summed score. */
export const POLICY_THRESHOLD = 5;

// ---- vocabulary ------------------------------------------------------------------------------

/** A document naming itself a privacy policy, in the languages whose policies we can recognise. */
const POLICY_NAME =
  /\b(?:privacy|data[- ]protection|data[- ]privacy|personal[- ](?:data|information)(?: protection)?)(?:[- ]and[- ](?:cookies?|security|data protection))?[- ](?:policy|policies|notice|statement|charter|declaration|information|disclosure)\b|\bprivacy(?: & | and )(?:cookies?|security) (?:policy|notice|statement|commitment)\b|\bprivacy (?:commitment|pledge|practices)\b|\bprivacy\b[^|.\n]{0,40}\b(?:policy|policies|notice|statement)\b|^\s*privacy\s*(?:$|[|:–—-])|(?:^|[|:–—-])\s*privacy\s*$|\bdatenschutz(?:erklärung|hinweise|richtlinie|information(?:en)?|bestimmungen)?\b|\bpolitique de (?:confidentialité|protection des données)|\b(?:política|aviso) de privacidad|\bpolítica de privacidade|\binformativa (?:sulla )?privacy|\bprivacybeleid|\bprivacyverklaring|\bintegritetspolicy|\bpersondatapolitik|\bpersonvern(?:erklæring)?|\btietosuoja(?:seloste|käytäntö)?|\bpolityka prywatności|\bochrana osobních údajů|\bzásady ochrany|\bgizlilik politikası|\bполитика конфиденциальности|\bконфиденциальност|隐私政策|隱私權政策|隐私声明|プライバシーポリシー|個人情報保護方針|개인정보\s*처리방침/iu;

/** Privacy words that appear in the title of things that are not the policy itself. */
const NOT_POLICY_TITLE =
  /\bprivacy (?:settings|preferences|dashboard|controls)\b|\bcookie (?:settings|preferences)\b|\bmanage (?:your )?(?:privacy|cookies|consent)\b|\bdo not sell\b/i;

const OTHER_LEGAL_TITLE =
  /\b(?:terms(?: of (?:service|use|sale)| and conditions| & conditions)?|conditions of (?:use|sale)|user agreement|acceptable use|eula|end user licen[cs]e|licen[cs]e agreement|licensing|disclaimer|imprint|impressum|legal notice|copyright|dmca|refund|shipping|returns?|community guidelines|code of conduct|accessibility(?: statement)?|security (?:policy|statement|practices|overview)|trust (?:center|centre))\b/i;

/** The document refers to itself as a privacy policy. */
const SELF_REFERENCE =
  /\b(?:this|the present|these) (?:online |website |global |web ?site |app |customer |consumer )?(?:privacy|data protection|data privacy|personal (?:data|information))(?: (?:and|&) cookies?)? (?:policy|notice|statement|charter|declaration|disclosure)\b/gi;
/** Weaker self-reference ("this Policy", "this Notice") once the privacy name is established. */
const GENERIC_SELF_REFERENCE = /\b(?:this|the) (?:policy|notice|statement)\b/gi;
/** Other legal documents name themselves "these Terms", "this Agreement". */
const OTHER_SELF_REFERENCE =
  /\b(?:these|this) (?:terms(?: of (?:service|use))?|terms and conditions|agreement|eula|license|licence|acceptable use policy|aup|guidelines|disclaimer)\b/gi;

/** Practice topics: how policies talk about each, in text and headings. */
const TOPICS: Record<string, RegExp> = {
  collection:
    /\b(?:we|us|company) (?:may |might |will |also |automatically |only )?(?:collect|gather|obtain|receive|record|process)s?\b|\b(?:information|data) (?:that )?(?:we|you) (?:collect|provide|give|submit)|\bcollect(?:ion|s|ed)? (?:of )?(?:your |personal |certain |the following )?(?:information|data)|\binformation (?:we|you) (?:collect|provide)/i,
  use: /\b(?:how|why) (?:do )?we use\b|\buse (?:of )?(?:your |the |this |such |personal )+(?:information|data)\b|\b(?:use|process) (?:your |the |this |such )?(?:personal )?(?:information|data) (?:to|for)\b|\bpurposes? (?:of|for) (?:which|processing|using|collecting)/i,
  sharing:
    /\b(?:share|disclose|sell|rent|transfer|provide)s?(?:d)? (?:your |such |this |the |certain )?(?:personal )?(?:information|data)\b|\bthird[- ]part(?:y|ies)\b|\bservice providers?\b|\bwith (?:our )?(?:affiliates|partners|vendors)\b/i,
  rights:
    /\bopt[- ]?(?:out|in)\b|\bunsubscribe\b|\bright (?:to|of) (?:access|request|delete|deletion|erasure|object|rectif|correct|portab|restrict|withdraw|lodge|know|opt)|\byour (?:privacy )?(?:choices|rights|options)\b|\b(?:access|review|update|correct|delete)(?:,| or| and) (?:update|correct|delete|remove)\b|\bwithdraw (?:your )?consent\b/i,
  cookies: /\bcookies?\b|\bweb beacons?\b|\bpixel tags?\b|\btracking technolog|\blocal storage\b|\banalytics\b/i,
  retention:
    /\bretain(?:s|ed)?\b|\bretention\b|\b(?:keep|store) (?:your |the |this |such )?(?:personal )?(?:information|data) (?:for|as long|only)|\bas long as (?:necessary|needed|required|your account)/i,
  security:
    /\bsecurity (?:of (?:your )?(?:information|data)|measures|safeguards)|\b(?:safeguards?|encrypt(?:ion|ed)?|ssl|tls)\b|\bunauthori[sz]ed (?:access|disclosure|use)\b|\bprotect (?:your |the )?(?:personal )?(?:information|data)\b/i,
  children: /\bchild(?:ren)?(?:'s)?\b|\bunder (?:the age of )?1[3-8]\b|\bminors?\b|\bcoppa\b|\bparental consent\b/i,
  contact:
    /\bcontact us\b|\bquestions (?:about|regarding|concerning) (?:this|our)\b|\bprivacy@|\bdata protection officer\b|\bdpo\b|\bhow to (?:contact|reach) us\b/i,
  changes:
    /\b(?:changes?|updates?|modifications?|revisions?|amendments?) (?:to|of|in) (?:this|our|the)\b[^.]{0,30}\b(?:policy|notice|statement)|\bwe (?:may|will|reserve the right to) (?:update|change|modify|revise|amend) (?:this|our)\b|\blast (?:updated|modified|revised)\b|\beffective (?:date|as of)\b/i,
  legal:
    /\bgdpr\b|\bccpa\b|\bcpra\b|\bgeneral data protection regulation\b|\blegal bas[ie]s\b|\blegitimate interests?\b|\bdata controller\b|\bcontroller\b|\bprocessor\b|\bcalifornia (?:residents|consumer privacy)\b|\bshine the light\b|\bdo not track\b|\bsafe harbou?r\b|\bprivacy shield\b/i,
};
const TOPIC_NAMES = Object.keys(TOPICS);

/** Core privacy vocabulary counted for density and spread. */
const PRIVACY_TERMS =
  /\bpersonal(?:ly)? (?:identifiable )?(?:information|data)\b|\byour (?:personal )?(?:information|data)\b|\bthird[- ]part(?:y|ies)\b|\bcookies?\b|\bopt[- ]?out\b|\bprivacy\b|\bwe (?:may )?(?:collect|share|disclose|use)\b|\bidentif(?:y|iable|iers?)\b|\bip address(?:es)?\b/gi;

/** Multilingual "personal data" and "privacy" words: lets us recognise policies we cannot read. */
const FOREIGN_PRIVACY_TERMS =
  /personenbezogene[nr]? daten|datenschutz|données (?:à caractère )?personnelles|confidentialité|datos personales|privacidad|dati personali|dados pessoais|privacidade|persoonsgegevens|personuppgifter|personoplysninger|personopplysninger|henkilötie|dane osobowe|danych osobowych|osobní údaje|osobních údajů|kişisel veri|персональн|конфиденциальн|个人信息|個人情報|개인정보|البيانات الشخصية|הפרטיות|προσωπικά δεδομένα/giu;

const PRIVACY_WORD = /\bprivacy\b|\bdata protection\b|\bpersonal (?:data|information)\b/i;
const PRIVACY_DOC_NAME = String.raw`(?:privacy|data protection) (?:policy|notice|statement)\b`;
/** A privacy policy in general, or one the reader owns: "a privacy policy", "your privacy notice". */
const POLICY_IN_GENERAL = new RegExp(String.raw`\b(?:a|an|any|every|each|your)\s+(?:[\w-]+\s+){0,2}?` + PRIVACY_DOC_NAME, 'gi');
/** The page's own policy: "this privacy policy", "our privacy notice". */
const OWN_POLICY_MENTION = new RegExp(String.raw`\b(?:this|our|the present|these)\s+(?:[\w-]+\s+){0,2}?` + PRIVACY_DOC_NAME, 'gi');
/** Linked headings naming this many different privacy policies make the page a list of policies. */
const LISTING_MIN_POLICIES = 3;
const PROSE_MIN_WORDS = 6;

/** First-person statements of practice ("we collect", "we do not sell", "we may share"). */
const POLICY_VOICE =
  /\b(?:we|us)(?: (?:do not|don't|will not|won't|never|may|might|will|also|only|automatically|routinely|currently|generally))* (?:collect|use|share|disclose|store|keep|retain|sell|rent|process|receive|obtain|gather|track|transfer|protect|record|log)s?\b|\bis (?:collected|used|shared|stored|retained|disclosed)\b/gi;
const SECOND_PERSON = /\byou(?:r|rs)?\b/gi;

/** "This privacy policy" in the languages we recognise but cannot analyse yet. */
const FOREIGN_SELF_REFERENCE =
  /(?:cette|la présente) politique de confidentialité|diese[rnm]? datenschutz(?:erklärung|hinweise|richtlinie|information)|(?:esta|la presente) (?:política|aviso) de privacidad|(?:esta|nesta|a presente) política de privacidade|(?:la presente|questa) (?:informativa|privacy policy)|dit privacybeleid|deze privacyverklaring|denna integritetspolicy|niniejsz[aej] polityk[aęi] prywatności|настоящ(?:ая|ей) политик[аи] конфиденциальности|(?:本|此)(?:隐私政策|隐私声明|隱私權政策)|本プライバシーポリシー|본 개인정보/giu;

/** Reported speech and bylines: news and blog articles. */
const NEWS_MARKERS =
  /\b(?:said|says|told|according to|reported|reporters?|spokes(?:man|woman|person)|interview(?:ed)?|last week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/gi;
const BYLINE = /^(?:by|posted by|written by|published by)\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}\b/mu;

// ---- features -> score -----------------------------------------------------------------------

function countMatches(re: RegExp, text: string, cap = 10_000): number {
  const global = re.flags.includes('g') ? re : new RegExp(re.source, `${re.flags}g`);
  global.lastIndex = 0;
  let n = 0;
  while (global.exec(text) !== null && n < cap) n++;
  global.lastIndex = 0;
  return n;
}

/** Analysed text is capped: a policy reveals itself long before 400k characters. */
const MAX_SCORED_CHARS = 400_000;
const SPREAD_WINDOWS = 10;

export function scoreFeatures(features: PolicyFeatures): ScoreDetail {
  const page = scoreDocument(features);
  // A page that is not a policy as a whole, or that names itself as another document, may still
  // carry a privacy policy as one of its sections ("Terms of Use" followed by "Privacy Statement").
  if (features.blocks && (!page.isPolicy || page.contributions['other-legal-title'] !== undefined || page.contributions['other-self-reference'] !== undefined)) {
    const section = findPrivacySection(features.blocks, features.mainHeadings);
    if (section && (!page.isPolicy || section.score > page.score)) {
      const score = Math.max(page.score, section.score);
      // A page named a privacy policy is the policy as a whole (the section only confirms it);
      // a page named as another document holds the policy in that section only.
      const namedPolicy = page.contributions.title !== undefined || page.contributions.heading !== undefined;
      return {
        ...page,
        isPolicy: true,
        score,
        signals: [...page.signals, `embedded-privacy-section: "${clip(section.heading)}" (blocks ${section.start}–${section.end - 1}) scores ${section.score} on its own`],
        contributions: { ...page.contributions, 'embedded-privacy-section': Math.round((score - page.score) * 100) / 100 },
        ...(namedPolicy ? {} : { section }),
      };
    }
  }
  return page;
}

function scoreDocument(features: PolicyFeatures): ScoreDetail {
  const signals: string[] = [];
  const contributions: Record<string, number> = {};
  const add = (name: string, value: number, signal?: string) => {
    if (value === 0) return;
    contributions[name] = Math.round(((contributions[name] ?? 0) + value) * 100) / 100;
    if (signal) signals.push(signal);
  };

  const fullText = features.text.length > MAX_SCORED_CHARS ? features.text.slice(0, MAX_SCORED_CHARS) : features.text;
  const language = detectLanguage(`${features.title}\n${features.headings.slice(0, 20).join('\n')}\n${fullText}`);
  // Density, spread and length are measured on prose (lines of a few words or more): menus,
  // link lists and tag clouds that the block reader could not tell from content do not dilute it.
  const text = fullText
    .split('\n')
    .filter((line) => wordCount(line) >= PROSE_MIN_WORDS)
    .join('\n');
  const words = wordCount(text);
  const title = features.title.trim();
  const mainHeadings = features.mainHeadings.map((h) => h.trim()).filter(Boolean);

  // 1. The document names itself.
  const titleNames = namesPolicy(title);
  const headingNames = mainHeadings.some((h) => h.length <= 120 && namesPolicy(h));
  // "Privacy and Security …" is not another kind of document: only titles without privacy words are.
  const otherLegal = (t: string) => OTHER_LEGAL_TITLE.test(t) && !PRIVACY_WORD.test(t);
  const titleOtherLegal = !titleNames && otherLegal(title);
  const headingOtherLegal = !headingNames && mainHeadings.some((h) => h.length <= 120 && otherLegal(h));
  if (titleNames) add('title', 2.5, `title names a privacy policy: "${clip(title)}"`);
  if (headingNames) add('heading', 2.5, `main heading names a privacy policy: "${clip(mainHeadings.find((h) => POLICY_NAME.test(h))!)}"`);
  const named = titleNames || headingNames;
  if (NOT_POLICY_TITLE.test(title) || mainHeadings.some((h) => NOT_POLICY_TITLE.test(h))) {
    add('settings-title', named ? -1 : -2, 'title/heading is about privacy settings, not a policy');
  }
  if (!named && (titleOtherLegal || headingOtherLegal)) {
    add('other-legal-title', -3, `names another kind of document: "${clip(titleOtherLegal ? title : mainHeadings[0] ?? '')}"`);
  }

  // 2. Self-reference in the text. Quoted passages are another document speaking (a news story or
  // a forum post quoting a policy, a template shown as a sample): they say nothing about this page.
  const ownText = withoutQuotations(text, features.quotations);
  const selfRefs = countMatches(SELF_REFERENCE, ownText);
  const genericSelfRefs = countMatches(GENERIC_SELF_REFERENCE, ownText);
  const otherSelfRefs = countMatches(OTHER_SELF_REFERENCE, text);
  if (selfRefs > 0) add('self-reference', Math.min(3, 1.5 + 0.5 * Math.log2(selfRefs)), `refers to itself as a privacy policy ×${selfRefs}`);
  else if (named && genericSelfRefs >= 2) add('self-reference', 1, `refers to itself as "this policy/notice" ×${genericSelfRefs}`);
  // Combined documents (a policy page that also carries terms) keep half the weight.
  if (otherSelfRefs >= 3 && otherSelfRefs > 2 * (selfRefs + genericSelfRefs / 2)) {
    const weight = -Math.min(4, 1 + otherSelfRefs / 5) * (named ? 0.5 : 1);
    add('other-self-reference', weight, `refers to itself as terms/agreement ×${otherSelfRefs}`);
  }

  // A full privacy statement embedded under its own heading in a wider legal page.
  const embedded = embeddedPolicy(fullText, features.headings, mainHeadings);
  if (embedded) add('embedded-policy', 3, `contains a privacy statement section "${clip(embedded.heading)}" covering ${embedded.topics} topics`);

  // 3. Topic coverage: in headings (structure) and in the text (spread across the document).
  const headingTopics = new Set<string>();
  for (const h of features.headings.slice(0, 300)) {
    for (const name of TOPIC_NAMES) if (headingTopicMatch(name, h)) headingTopics.add(name);
  }
  const textTopics = TOPIC_NAMES.filter((name) => TOPICS[name].test(text));
  if (headingTopics.size >= 3) add('section-topics', Math.min(2.5, (headingTopics.size - 2) * 0.6), `section headings cover ${[...headingTopics].join(', ')}`);
  if (textTopics.length >= 5) add('text-topics', Math.min(3, (textTopics.length - 4) * 0.6), `text covers ${textTopics.length}/${TOPIC_NAMES.length} topics`);
  else if (textTopics.length <= 3 && words > 400 && (language === 'en' || language === 'und')) add('text-topics', -1.5, `long text covers only ${textTopics.length} privacy topics`);

  // The policy voice: the organisation tells the reader what it does with their data.
  const voice = countMatches(POLICY_VOICE, ownText);
  const secondPerson = countMatches(SECOND_PERSON, text);
  const secondPersonDensity = words ? (secondPerson * 1000) / words : 0;
  if (voice >= 2 && secondPersonDensity >= 12) add('voice', Math.min(2, 0.5 + voice / 4), `speaks to the reader about its practices ×${voice}`);

  // 4. Density and spread of privacy vocabulary.
  const termCount = countMatches(PRIVACY_TERMS, text);
  const density = words ? (termCount * 1000) / words : 0;
  const spread = spreadOf(text, PRIVACY_TERMS);
  const english = language === 'en' || language === 'und';
  if (density >= 8 && (spread >= 0.7 || words < SPREAD_MIN_WORDS)) add('density', Math.min(2.5, 1 + (density - 8) / 15 + (spread - 0.7) * 2), `privacy terms ${density.toFixed(0)}/1000 words, in ${(spread * 100).toFixed(0)}% of the text`);
  // English vocabulary says nothing about a policy written in another language.
  else if (english && (density < 4 || (spread < 0.4 && density < 8 && words >= SPREAD_MIN_WORDS))) add('density', -1.5, `privacy terms sparse (${density.toFixed(1)}/1000 words, ${(spread * 100).toFixed(0)}% spread)`);

  // 5. Policies we cannot read: name + privacy vocabulary in their language.
  if (language !== 'en' && language !== 'und') {
    const foreign = countMatches(FOREIGN_PRIVACY_TERMS, text);
    const foreignDensity = words ? (foreign * 1000) / words : 0;
    if (foreign >= 5 && foreignDensity >= 2) add('foreign-terms', foreign >= 15 ? 3.5 : 2.5, `privacy vocabulary in ${language} ×${foreign}`);
    const foreignSelf = countMatches(FOREIGN_SELF_REFERENCE, text);
    if (foreignSelf > 0) add('self-reference', 1.5, `refers to itself as a privacy policy (${language}) ×${foreignSelf}`);
  }

  // 6. Hard negatives.
  if (words < 40) add('too-short', -3, `only ${words} words of prose`);
  else if (words < 120) add('too-short', -1, `only ${words} words of prose`);
  const news = countMatches(NEWS_MARKERS, text);
  const newsDensity = words ? (news * 1000) / words : 0;
  if (newsDensity >= 3 || (BYLINE.test(text.slice(0, 3000)) && newsDensity >= 1.5)) {
    add('news', -Math.min(4, 1.5 + newsDensity / 3), `reads like an article (${news} reporting markers)`);
  }
  // A page whose linked headings name several privacy policies lists them (search results, a
  // directory or a hub of notices): each entry's snippet talks like a policy, the page is none.
  const listedPolicies = new Set((features.linkedHeadings ?? []).slice(0, 200).filter((h) => h.length <= 200 && POLICY_NAME.test(h)).map((h) => h.trim().toLowerCase()));
  // A policy with a few "related documents" cards still has more headings of its own.
  const listing = listedPolicies.size >= LISTING_MIN_POLICIES && features.headings.length <= (features.linkedHeadings?.length ?? 0);
  if (listing) add('policy-listing', -Math.min(8, 1.5 * listedPolicies.size), `links to ${listedPolicies.size} privacy policies under their own headings: a list of policies, not one`);
  // Guides, generators and explainers speak of "a privacy policy" / "your privacy policy" (one the
  // reader reads or must write); a policy speaks of "this" or "our" policy.
  const generalMentions = countMatches(POLICY_IN_GENERAL, ownText);
  const ownMentions = countMatches(OWN_POLICY_MENTION, ownText);
  if (generalMentions >= 3 && generalMentions > ownMentions) {
    // Never a word about its own policy: the privacy-policy name is the page's topic (an
    // encyclopedia or glossary entry "Privacy policy"), not the document's name.
    const topicOnly = named && ownMentions === 0 && selfRefs === 0 && genericSelfRefs === 0;
    add('about-policies', -Math.min(3, 1 + generalMentions / 4) - (topicOnly ? 2.5 : 0), `speaks of privacy policies in general ("a/your privacy policy" ×${generalMentions}, "this/our" ×${ownMentions})${topicOnly ? ', never of its own' : ''}`);
  }
  const controls = features.controls ?? 0;
  if (!named && controls >= 4 && words < 1500 && controls * 60 > words) {
    add('settings-page', -2.5, `${controls} settings controls, little prose`);
  }

  // 7. The link the user followed said "privacy policy": a hint like the URL, never enough alone.
  if (features.linkText && linkNamesPolicy(features.linkText)) add('link-text', 0.75, `reached through a link named "${clip(features.linkText, 60)}"`);

  // 8. URL: an extra hint, never enough on its own.
  if (features.url && /(?:^|[/._-])(?:privacy|datenschutz|privacidad|confidentialite|privacybeleid)(?:[-_]?(?:policy|notice|statement))?(?:[/._?#-]|$)/i.test(urlPath(features.url))) {
    add('url', 0.75, 'URL path mentions privacy');
  }

  const score = Math.round(Object.values(contributions).reduce((a, b) => a + b, 0) * 100) / 100;
  // Besides the score, a policy must show it is one: it names itself, or it is structured by
  // practice topics, or its text covers most practices in the first-person policy voice.
  const evident = !listing && (named || selfRefs > 0 || headingTopics.size >= 4 || (textTopics.length >= 6 && voice >= 3));
  const isPolicy = score >= POLICY_THRESHOLD && evident;
  return { isPolicy, score, signals, language, contributions };
}

/**
 * The title (or one of its " | "-separated parts) is the document's name: "Privacy Policy | Acme",
 * "Our Updated Privacy Notice". A headline that mentions a policy ("Acme quietly rewrites its
 * privacy policy") is a sentence about one: it talks of *its/their* policy, of changes, or runs long.
 */
function namesPolicy(title: string): boolean {
  if (!POLICY_NAME.test(title) || NOT_POLICY_TITLE.test(title)) return false;
  const parts = title.split(/(?<!\s)(?:\s+[|–—·:»-]\s+|\s*[|·»]\s*)/).filter((p) => POLICY_NAME.test(p));
  return parts.some((part) => {
    const words = part.trim().split(/\s+/).length;
    return words <= TITLE_NAME_MAX_WORDS && !HEADLINE_WORDS.test(part) && !NOT_A_NAME.test(part);
  });
}
const TITLE_NAME_MAX_WORDS = 9;
/**
 * Ways a title mentions a privacy policy without being one: a question ("What is a privacy
 * policy?"), a policy in general ("a privacy policy", "every privacy notice"), a sentence whose
 * subject acts on it ("We're updating our Privacy Policy"), or the name used as a modifier of
 * another noun: a tool, a template, a guide, a profession ("Privacy Policy Generator",
 * "Privacy Notice Template", "Privacy Policy Lawyer").
 */
const NOT_A_NAME = new RegExp(
  [
    String.raw`\?\s*$`,
    String.raw`\b(?:a|an|any|every|each)\s+(?:[\w-]+\s+){0,3}?(?:privacy|data protection)\b`,
    String.raw`\b(?:we|i|they)(?:['’](?:re|ve|ll|d|m))?\s+(?:[\w'’-]+\s+){0,4}?(?:our|the|its|their|a|an|this|my)\s+(?:[\w-]+\s+){0,2}?(?:privacy|data protection)\b`,
    String.raw`\b(?:privacy|data protection)[- ](?:policy|policies|notices?|statements?)[- ](?:generators?|templates?|builders?|creators?|makers?|checkers?|scanners?|analy[sz]ers?|examples?|samples?|wizards?|software|tools?|plugins?|widgets?|apps?|guides?|tutorials?|courses?|training|lawyers?|attorneys?|counsel|consultants?|consulting|writers?|writing|drafting|requirements?|laws?|compliance|management|jobs?|careers?|news)\b`,
  ].join('|'),
  'i',
);
const HEADLINE_WORDS =
  /\b(?:its|their|his|her|changes?|changed|rewrites?|rewrote|says?|said|why|how to read|explained|vs\.?|versus)\b[^|]{0,300}\b(?:privacy|policy|notice|statement)\b/i;

/** A link's text names a privacy policy ("Privacy", "Privacy Policy", "Datenschutz"), briefly. */
function linkNamesPolicy(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  if (!t || t.split(' ').length > 8 || NOT_POLICY_TITLE.test(t)) return false;
  return POLICY_NAME.test(t) || /^(?:our |your )?privacy(?: centre| center| hub)?$/i.test(t);
}

// ---- a privacy section inside another document -----------------------------------------------

/** A privacy section shorter than this (prose words) is a clause pointing to the policy, not one. */
const SECTION_MIN_WORDS = 150;
const SECTION_MIN_TOPICS = 2;
const SECTION_MAX_CANDIDATES = 6;
const SECTION_MAX_BLOCKS = 800;
const SECTION_MAX_CHARS = 120_000;
/** "14. Privacy Policy", "IV. Privacy", "B) Data protection": numbered like its siblings. */
const NUMBERED_HEADING = /^\s*(?:(\d{1,3})(?:\.\d+)*|([ivxlc]{1,6})|([a-z]))[.)]\s+\S/i;

/**
 * Finds a privacy policy that is one section of a page: a heading (not the page's main heading)
 * naming a privacy policy/statement, followed by text that would be recognised as a policy on a
 * page of its own. The section runs to the next heading naming another kind of document, the next
 * heading numbered like it ("15. Effective date" after "14. Privacy Policy"), or the end of the
 * page. A Terms clause "Privacy: see our Privacy Policy" is far too short to pass.
 * Bounded: a few candidates, each read up to a fixed number of blocks and characters.
 */
export function findPrivacySection(blocks: readonly SectionBlock[], mainHeadings: readonly string[] = []): PrivacySection | null {
  if (!Array.isArray(blocks) || blocks.length === 0) return null;
  const main = new Set(mainHeadings.map((h) => h.trim()));
  let best: PrivacySection | null = null;
  let candidates = 0;
  for (let i = 0; i < blocks.length && candidates < SECTION_MAX_CANDIDATES; i++) {
    const b = blocks[i];
    if (b?.kind !== 'heading' || typeof b.text !== 'string') continue;
    const heading = b.text.trim();
    if (i === 0 || heading.length > 120 || main.has(heading) || !namesPolicy(heading)) continue;
    candidates++;
    const numbered = NUMBERED_HEADING.exec(heading);
    const headings: string[] = [];
    const lines: string[] = [];
    let chars = 0;
    let end = i + 1;
    for (; end < blocks.length && end - i <= SECTION_MAX_BLOCKS && chars < SECTION_MAX_CHARS; end++) {
      const next = blocks[end];
      const text = typeof next?.text === 'string' ? next.text : '';
      if (next?.kind === 'heading') {
        if (OTHER_LEGAL_TITLE.test(text) && !PRIVACY_WORD.test(text) && text.length <= 120) break;
        if (numbered && sameNumbering(numbered, NUMBERED_HEADING.exec(text))) break;
        headings.push(text);
      }
      lines.push(text);
      chars += text.length;
    }
    const text = lines.join('\n');
    const proseWords = wordCount(text.split('\n').filter((l) => wordCount(l) >= PROSE_MIN_WORDS).join('\n'));
    if (proseWords < SECTION_MIN_WORDS) continue;
    if (TOPIC_NAMES.filter((name) => TOPICS[name].test(text)).length < SECTION_MIN_TOPICS) continue;
    const own = scoreDocument({ title: '', mainHeadings: [heading], headings, text });
    if (!own.isPolicy) continue;
    if (!best || own.score > best.score) best = { start: i, end, heading, score: own.score };
  }
  return best;
}

/** Two numbered headings are siblings when numbered the same way ("14." and "15.", "IV." and "V."). */
function sameNumbering(a: RegExpExecArray, b: RegExpExecArray | null): boolean {
  if (!b) return false;
  const depth = (m: RegExpExecArray) => (m[0].match(/\d+/g) ?? []).length;
  if (a[1] && b[1]) return depth(a) === depth(b);
  if (a[2] && b[2]) return true;
  return Boolean(a[3] && b[3]);
}

/** Below this many words of prose, "spread across the text" means nothing. */
const SPREAD_MIN_WORDS = 300;
const EMBEDDED_MIN_WORDS = 300;
const EMBEDDED_MIN_TOPICS = 5;
const EMBEDDED_MAX_TRIES = 5;

/**
 * A section whose heading names a privacy policy/statement (not the page's main heading) and
 * whose text is itself a policy: long enough, covering several practice topics, in policy voice.
 */
function embeddedPolicy(text: string, headings: string[], mainHeadings: string[]): { heading: string; topics: number } | null {
  const headingSet = new Set(headings.filter((h) => h.length <= 120 && POLICY_NAME.test(h) && !NOT_POLICY_TITLE.test(h) && !NOT_A_NAME.test(h)));
  if (headingSet.size === 0) return null;
  const lines = text.split('\n');
  // Bounded: a hostile page repeating the heading thousands of times costs a few sections at most.
  let tried = 0;
  for (let i = 0; i < lines.length && tried < EMBEDDED_MAX_TRIES; i++) {
    if (!headingSet.has(lines[i]) || mainHeadings.includes(lines[i])) continue;
    tried++;
    const section = lines.slice(i + 1, i + 400).join('\n').slice(0, 40_000);
    const sectionWords = section.split(/\s+/).length;
    if (sectionWords < EMBEDDED_MIN_WORDS) continue;
    const topics = TOPIC_NAMES.filter((name) => TOPICS[name].test(section)).length;
    if (topics >= EMBEDDED_MIN_TOPICS && countMatches(POLICY_VOICE, section) >= 3) return { heading: lines[i], topics };
  }
  return null;
}

/** A heading counts for a topic when it is short and says the topic (not a sentence mentioning it). */
function headingTopicMatch(name: string, heading: string): boolean {
  if (heading.length > 140) return false;
  const h = heading.toLowerCase();
  switch (name) {
    case 'collection':
      return /\b(?:collect|gather|information (?:we|you)|data (?:we|you)|what (?:information|data)|types? of (?:information|data)|categories of)/.test(h);
    case 'use':
      return /\b(?:use|uses|using|usage|purposes?|processing)\b/.test(h) && /\b(?:information|data|we|purposes?|processing)\b/.test(h);
    case 'sharing':
      return /\b(?:shar|disclos|third[- ]part|transfer|sell|sale of)/.test(h);
    case 'rights':
      return /\b(?:rights?|choices?|opt|access|control|preferences|options)\b/.test(h);
    case 'cookies':
      return /\b(?:cookies?|tracking|analytics|advertis)/.test(h);
    case 'retention':
      return /\b(?:retention|retain|how long|storage|store|keep)\b/.test(h);
    case 'security':
      return /\b(?:security|secure|protect|safeguard|safety)\b/.test(h);
    case 'children':
      return /\b(?:child|children|minors?|kids|under 1[3-8]|coppa)\b/.test(h);
    case 'contact':
      return /\b(?:contact|questions|reach us|how to reach)\b/.test(h);
    case 'changes':
      return /\b(?:changes?|updates?|amendments?|revisions?|modifications?)\b/.test(h) && /\b(?:policy|notice|statement|this)\b/.test(h);
    case 'legal':
      return /\b(?:gdpr|ccpa|california|european|eea|legal basis|international|transfers?|residents)\b/.test(h);
    default:
      return false;
  }
}

/** A quoted span this long is a passage from another text, not a term being defined ("we", "Services"). */
const QUOTATION_MIN_WORDS = 6;
/** Above this share of the text, <blockquote> is used for layout, not for quoting. */
const QUOTED_LAYOUT_SHARE = 0.5;
const QUOTED_SPAN = /“[^“”\n]{1,2000}”|"[^"\n]{1,2000}"/g;

/**
 * The text without what it quotes: lines that are quotations (blocks the page marks as quoted)
 * and quoted spans of a few words or more. A policy defines terms in quotes ("Personal Data");
 * articles, forum posts and template galleries quote whole sentences of other policies.
 */
function withoutQuotations(text: string, quotations: readonly string[] | undefined): string {
  let quotedLines = new Set((quotations ?? []).slice(0, 2000).map((q) => q.trim()).filter(Boolean));
  // Old pages indent whole documents with <blockquote>: when most of the text is "quoted", it is layout.
  let quotedChars = 0;
  for (const q of quotedLines) quotedChars += q.length;
  if (quotedChars > text.length * QUOTED_LAYOUT_SHARE) quotedLines = new Set();
  return text
    .split('\n')
    .filter((line) => !quotedLines.has(line.trim()))
    .join('\n')
    .replace(QUOTED_SPAN, (span) => (wordCount(span) >= QUOTATION_MIN_WORDS ? ' ' : span));
}

/** Words, with CJK text (no spaces) counted as roughly one word per two characters. */
function wordCount(text: string): number {
  if (!text) return 0;
  const spaced = text.match(/\S+/g)?.length ?? 0;
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  return spaced + Math.floor(cjk / 2);
}

/** Share of equal windows of the text containing at least one match. */
function spreadOf(text: string, re: RegExp): number {
  if (!text) return 0;
  const size = Math.ceil(text.length / SPREAD_WINDOWS);
  let hit = 0;
  for (let i = 0; i < SPREAD_WINDOWS; i++) {
    const window = text.slice(i * size, (i + 1) * size);
    const local = new RegExp(re.source, re.flags.replace('g', ''));
    if (local.test(window)) hit++;
  }
  return hit / SPREAD_WINDOWS;
}

function urlPath(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

function clip(s: string, n = 80): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

// ---- plain text --------------------------------------------------------------------------------

/** Detection for a plain-text document (`.txt` input): headings come from `blocksFromText`. */
export function detectPolicyFromText(text: string, opts: { title?: string; url?: string } = {}): Detection {
  const { contributions: _c, ...detection } = scoreText(text, opts);
  return detection;
}

export function scoreText(text: string, opts: { title?: string; url?: string } = {}): ScoreDetail {
  const safe = typeof text === 'string' ? text : '';
  const blocks = blocksFromText(safe.length > MAX_SCORED_CHARS ? safe.slice(0, MAX_SCORED_CHARS) : safe);
  const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
  const first = blocks[0]?.text ?? '';
  return scoreFeatures({
    title: opts.title ?? '',
    // A text file's first line is its title when it is short.
    mainHeadings: first && first.length <= 120 ? [first] : [],
    headings,
    text: blocks.map((b) => b.text).join('\n'),
    url: opts.url,
    blocks,
  });
}
