import { DATA_TYPES, type DataType } from './schema';
import type { BlockContext } from './context';
import { ValueCollector } from './collector';
import { loose, matchesOf, type Clause } from './text';

/**
 * Data types: what the company collects (`collected`) and what third parties receive or collect
 * (`shared_types`). A lexicon maps the ways policies name data to the gold vocabulary; a clause
 * contributes only when it is about collection (or sharing) and the practice is not denied
 * ("we do not collect location data").
 */

interface TypeTerm {
  type: DataType;
  pattern: RegExp;
}

const term = (type: DataType, source: string): TypeTerm => ({ type, pattern: loose(source) });

/** How policies name each data type. Order matters only for span choice, not for values. */
export const TYPE_TERMS: TypeTerm[] = [
  term('contact', "e-?mail(?:ing)? address(?:es)?|(?:tele)?phone (?:and fax )?numbers?|mobile (?:phone )?numbers?|cell ?phone numbers?|fax numbers?|(?:postal|mailing|physical|home|street|delivery|shipping|billing|contact|mail) address(?:es)?|contact (?:details|information|info|data)|(?<![a-z])names? and (?:e-?mail |postal |mailing |home )?address|(?:your|full|first|last|real) names?(?![a-z])|(?<=[:,] ?)names?(?=,| and)|address book"),
  // "credit card processing" names a service a vendor performs, not data: the data is named elsewhere.
  term('financial', "(?<!process(?:ing)? )(?:credit|debit|payment)(?:/debit)? ?card(?! (?:processing|processors?|payments? processing))|payment (?:information|details|data|method|instrument)s?|card (?:number|details)|bank (?:account|card|details)s?|billing information|financial (?:information|data|details|account)|credit (?:checks?|history|score)|account information for payment|tax (?:id|number)"),
  term('purchase', "(?<![a-z])orders?(?: data| history| information| details| records)?(?= for|,| and|\\.|;| data)|order (?:data|history|information|details|records)|purchase (?:history|information|records|details|data)|purchas(?:es|ing history)|transaction (?:history|records|information|data|details)|records of (?:consumption|transactions|purchases)|products? (?:or services )?(?:you )?(?:have )?(?:buy|bought|purchased?)|(?:when|if) you (?:buy|purchase|order) "),
  term('location', "geo-?location|(?<![a-z])(?<!(?:online|franchised|retail|store|physical|same|one|business|office|central|secure|web) )location(?![a-z])(?! of (?:our|the) (?:servers?|offices?|data))|(?<![a-z])gps(?![a-z])|latitude|longitude|geographic(?:al)? (?:location|area|region|information)|where you are(?! confined)|positioning"),
  term('demographic', "(?<![a-z])(?<!years? of |the )age(?![a-z])(?! of (?:13|16|18|\\d))|gender|(?<![a-z])sex(?![a-z])|date of birth|birth ?(?:day|date)|nationality|country of residence|job (?:title|function)|profession|occupation|(?<![a-z])income|marital status|education(?:al)? (?:level|background)|zip ?codes?|postal codes?|demographic|languages?(?= preference|,)|ethnicity|race(?![a-z])|information about your company"),
  term('computer_information', "types? of (?:web )?browser|browser configuration|information about your (?:computer|device)|(?:computer|device) (?:hardware|software)|browser (?:types?|versions?|languages?|settings|information)|types? of (?:browser|device|computer)|operating system|(?<![a-z])os version|system version|(?:device|computer|hardware) (?:type|model|manufacturer|information|settings|details|name)s?|model (?:name|number)|manufacturer|hardware|screen (?:size|resolution)|(?:internet service provider|(?<![a-z])isp)(?![a-z])|software version|app(?:lication)? version|technical information|technical, usage|performance (?:information|data)|platform (?:type|version)|computer information|mobile carrier|operator information|(?<![a-z])device information|information (?:about|on) (?:the type of )?(?:your )?device"),
  term('device_identifiers', "ip address(?:es)?|internet protocol(?: \\(ip\\))? address(?:es)?|mac address(?:es)?|(?<![a-z])imei|(?<![a-z])imsi|(?<![a-z])udid|(?<![a-z])idfa|(?<![a-z])meid|advertising (?:id|identifier)s?|android id|device (?:id|identifiers?|identification(?: numbers?| information)?|serial numbers?|numbers?)|(?:product )?serial numbers?|unique (?:device )?identifiers?|identification number|user identification information|(?:other |anonymous )?identifiers?(?![a-z])"),
  term('cookies_tracking', "cookies?|web beacons?|pixel(?:s| tags?)|tracking pixels?|clear gifs?|web bugs?|web siphons?|local (?:shared )?(?:storage|objects)|(?<![a-z])lsos?(?![a-z])|flash cookies|tracking technolog(?:y|ies)|similar technologies|(?<![a-z])sdks?(?![a-z])|tags and scripts"),
  term('online_activity', "brows(?:ing|er) (?:history|behaviou?r|activity|activities|data)|pages? (?:you )?(?:view|visit)(?:ed)?|what pages you view|links (?:you )?click|click(?:s|stream| data|-through)|usage (?:data|information|statistics|patterns|details|history)|aggregated usage|(?:log|logging) (?:files?|information|data)|server logs?|system logs?|weblogs|web logs|search (?:queries|history|terms)|referr(?:ing|al|er) (?:url|page|source|site)s?|exit pages|time spent|access times?|date/time stamp|how (?:often |frequent(?:ly)? )?you use|how you (?:use|interact)|interactions? with|traffic data|message history|actions taken|events that occur|online activit(?:y|ies)|user (?:habits|behaviou?rs?)|statistics of how you use|information about your visit|how (?:the )?(?:site|service)s? (?:is|are) used|online status|communication data|(?:your |users['’]? |their )?visits? to (?:this|our|the|these)|visitation patterns|(?:site|website|web site) usage|areas (?:of our site )?you visit|pages? (?:you are |they )?visit(?:ing|ed)?|which pages?|browsing activit|activit(?:y|ies) on (?:our|the|this)|(?:number of )?times (?:you|they) (?:have )?viewed|track (?:this|your|the) clicks?"),
  term('user_profile', "account (?:information|details|data|name|credentials|number)|(?:user ?name|username|user id|nickname|login(?: credentials| information| name)?|password)s?|(?:mi|viomi|user|customer|personal) accounts?|profile (?:information|data|picture|photo)|(?:create|register)(?:ing)? (?:a |an |your )?(?:\\w+ )?account|account registration|settings?(?= information)|union id|open id|setup information|(?:marketing|communication|e-?mail|account|privacy|notification) preferences"),
  term('health', "(?<!public |public, )health(?! care provider)|medical|fitness|heart rate|biometric|sleep data|blood"),
  term('social_media', "social (?:media|network(?:ing)?) (?:account|profile|information|data)s?|facebook (?:profile|friends|account|id)|twitter (?:handle|account)|(?:sign|log) ?in (?:with|through|via) (?:facebook|google|twitter|wechat|apple)|third-party accounts?"),
  // "participate in surveys and contests" is an activity; only answers given to them are data.
  term('survey', "survey (?:responses|answers|data|information|results)|(?:responses|answers) (?:to|in|from) (?:our |a |any )?(?:surveys?|questionnaires?|polls?)|information (?:you provide |collected |submitted )?(?:in|through|via|from) (?:our |a |an |any )?(?:online )?(?:surveys?|questionnaires?)|(?:participate|take part) in (?:an |our )?online surveys?"),
  term('personal_identifier', "social security (?:number|no)|(?<![a-z])ssn(?![a-z])|passport|driver'?s licen[cs]e|national (?:id|identity|identification)|government[- ]issued (?:id|identification)|identity card|id card|tax identification|(?<![a-z])ssn"),
  term('audio_video', "photo(?:graph)?s?|(?:still |video )?images?|videos?|audio|voice (?:recordings?|commands?|data|messages?)|recordings?|screenshots?|camera footage|(?:facial|face) (?:images?|recognition)"),
  term('sensor', "sensors?|accelerometer|gyroscope|(?:motion|temperature|humidity|light) sensor"),
  term('network', "wi-?fi(?: network| information| status| account| credentials| name| password)?|(?<![a-z])ssid|(?<![a-z])bssid|(?<![a-z])rssi|router|network (?:information|status|type|name|connection)s?|wlan|bluetooth"),
  term('generic_personal', "(?<!non[- ]?)(?<!non)personal(?:ly identifiable)? (?:information|data|details)|personally identifiable|(?<![a-z])pii(?![a-z])|information (?:that )?you (?:voluntarily )?(?:provide|submit|share|post|upload|give)|(?:event )?registration information|feedback|shared content|information (?:that )?you post|personal information that you provide"),
];

/** Verbs of first-party collection ("we collect", "we automatically record", "you provide us"). */
const COLLECT_CUE = loose(
  "collect|gather|obtain|receiv|record|acquir|captur|(?<![a-z])log(?:s|ged)?(?![a-z])|(?:you )?provide (?:to )?us|provide us|(?:ask|request) (?:you )?(?:for|to provide)|submit|upload|(?:will be |is |are )sent to|we (?:will |may |can |also |automatically )*(?:access|use|process|store|keep|save|read|detect|track)|information (?:we|that we)|stores? (?:small )?(?:data files|cookies)|use (?:of )?cookies|(?:we|you) (?:may )?use [a-z ]{0,20}(?:cookies|technologies|software)|automatically",
);
/** Words in a heading or lead-in that mark a collection section or list. */
const COLLECT_FRAME = loose(
  "collect|information (?:we|you|that)|what (?:personal )?information|types? of (?:personal )?(?:information|data)|categories of|data we|information you provide|log (?:information|files)|cookie|(?:may )?include|such as|following",
);
const NEGATED_COLLECT = loose(
  "(?:do|does|will|shall|would|did)(?: not|n['’]t| never) (?:\\w+ly )?(?:collect|gather|seek|ask|obtain|request|receive|store|track|record)|never (?:\\w+ly )?(?:collect|gather|seek|ask|obtain|store|track)|not (?:be )?collected|not (?:seek|try to seek)",
);
const SHARE_CUE = loose(
  "shar(?:e|ed|es|ing)(?![a-z])|disclos|transfer|sell|sold|rent(?![a-z])|(?:we|will|may|to) (?:also )?(?:provide|supply|furnish|release|give|deliver|pass|transmit)(?![a-z])|(?:delivered|supplied|released|provided|transmitted|available) to|(?:provide|give|make (?:it |them )?available|send|pass)[a-z]* (?:[a-z ]{0,40})?(?:to|with) (?:our |the |these |such |certain )?(?:third|affiliat|partner|advertis|service provider|vendor|government|law|compan|other compan|subsidiar|public)",
);
const THIRD_PARTY = loose(
  "third[- ]?part(?:y|ies)|franchis|merchants?|marketers?|sponsors?|carriers?|institutions|other (?:users|people|entities|organi[sz]ations)|affiliat|partners?(?![a-z])|advertis|ad networks?|service providers?|vendors?|(?<![a-z])processors?|analytics|government|law enforcement|authorit(?:y|ies)|subsidiar|compan(?:y|ies)|google|facebook|amazon|public|buyers?|purchaser|successor|seller|provider",
);
/** A third party as the subject of collection: "advertisers may use cookies", "Google Analytics collects". */
const THIRD_PARTY_COLLECTS = loose(
  "(?:(?:ads|advertisements) (?:appearing|displayed|served)[^.;]{0,60}(?:delivered|served) (?:to (?:you|users) )?by)|(?:used|use[sd]?) to serve (?:ads|advertisements)|(?:third[- ]?part(?:y|ies)|partners|advertis\\w*|ad networks?|analytics (?:providers?|companies|services?|software)|google(?: analytics)?|facebook|these (?:parties|companies|services|features|providers|networks)|social media features|they)(?: [a-z-]+){0,4}? (?:may |might |can |will )?(?:also )?(?:use|collect|place|set|receive|obtain|gather|track|serve|access|acquire|record|store)",
);
const NEGATED_SHARE = loose("(?:do|does|will|shall|would)(?: not|n['’]t| never) (?:\\w+ )?(?:share|disclose|sell|rent|transfer|provide|trade)|never (?:\\w+ )?(?:share|disclose|sell|rent|trade)|(?:is|are|be|will be|will not be|is never|are never)(?: not| never)? (?:be )?(?:shared|disclosed|sold|rented|transferred)(?<=not \\w+|never \\w+|not be \\w+)");
/** A denial with an exception still shares ("we do not share ... except with service providers"). */
const SHARE_EXCEPTION = loose("except|unless|other than|apart from|only (?:with|to|in|when|if|for|as)");

/** A sentence that refers back to data named before it. */
const ANAPHOR = loose("(?<![a-z])(?:this|that|such|these|those|the above) (?:information|data|details)");

function hasCue(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

export interface DataTypeResult {
  collected: ValueCollector<DataType>;
  shared: ValueCollector<DataType>;
}

export function extractDataTypes(contexts: BlockContext[]): DataTypeResult {
  const collected = new ValueCollector<DataType>('collected');
  const shared = new ValueCollector<DataType>('shared_types');
  for (const ctx of contexts) {
    const frameSaysCollect = hasCue(COLLECT_FRAME, ctx.frame) || ctx.categories.has('collection');
    let previousCollects = false;
    /** Types named in earlier sentences of this block, for "This information will be shared with...". */
    const earlier: Array<{ type: DataType; start: number; end: number }> = [];
    for (const clause of ctx.clauses) {
      const about = classifyClause(clause, ctx, frameSaysCollect);
      // "We collect log data. This information includes your IP address...": the follow-up
      // sentence lists what the previous one said is collected.
      if (!about.collect && previousCollects && /^\W*(?:this|these|such|that|it|the (?:information|data))\b|includ/i.test(clause.text)) {
        about.collect = true;
        about.explicitCollect = true;
      }
      previousCollects = about.explicitCollect;
      if (about.share && ANAPHOR.test(clause.text)) {
        for (const e of earlier) shared.add(e.type, ctx.block.id, e.start, e.end);
      }
      ANAPHOR.lastIndex = 0;
      for (const t of TYPE_TERMS) {
        if (t.type === 'generic_personal') continue;
        const m = matchesOf(t.pattern, clause.text).find((x) => !isDeniedMention(clause.text, x.start));
        if (m) earlier.push({ type: t.type, start: clause.start + m.start, end: clause.start + m.end });
      }
      if (!about.collect && !about.share) continue;
      for (const t of TYPE_TERMS) {
        // A generic "personal information" only counts where a clause itself says it is collected
        // or shared: the phrase appears in almost every sentence of a policy.
        if (t.type === 'generic_personal' && !about.explicitCollect && !about.share && ctx.block.kind !== 'bullet') continue;
        for (const m of matchesOf(t.pattern, clause.text)) {
          if (isDeniedMention(clause.text, m.start)) continue;
          const start = clause.start + m.start;
          const end = clause.start + m.end;
          if (about.collect) collected.add(t.type, ctx.block.id, start, end);
          if (about.share) shared.add(t.type, ctx.block.id, start, end);
          break;
        }
      }
    }
  }
  return { collected, shared };
}

interface ClauseAbout {
  collect: boolean;
  explicitCollect: boolean;
  share: boolean;
}

/**
 * Sentences that mention sharing without stating it: the California "request a list of the
 * information we shared" notice, liability disclaimers about what others do with data.
 */
const NOT_A_SHARING_STATEMENT = loose("request (?:a list|information about)|(?:not|no) (?:be )?(?:responsible|liable) for|opt[- ]?out of (?:having|such)");

const INCOMING = loose("(?:receiv|obtain|get|collect|gather|acquir)[a-z]* (?:[^.;]{0,60} )?from (?:\\w+ ){0,3}(?:third|other|our (?:partners|affiliates)|partners|social|facebook|affiliates|sources|carriers|merchants)|(?:give|provide|send|share|pass)s? (?:with )?us(?![a-z])|(?:provided|given|sent|disclosed) to us|other sources");
const OUTGOING = loose("(?:shar|disclos|provid|transfer|sell|rent|giv|send|pass)[a-z]* (?:[^.;]{0,60} )?(?:with|to) (?:our |the |these |such |certain |select )?(?:third|affiliat|partner|advertis|service provider|vendor|compan|other)");

function classifyClause(clause: Clause, ctx: BlockContext, frameSaysCollect: boolean): ClauseAbout {
  const t = clause.text;
  const deniedCollect = hasCue(NEGATED_COLLECT, t) && !hasCue(SHARE_EXCEPTION, t);
  const explicitCollect = !deniedCollect && hasCue(COLLECT_CUE, t);
  const thirdParty = hasCue(THIRD_PARTY, t);
  const shareVerb = hasCue(SHARE_CUE, t);
  const deniedShare = hasCue(NEGATED_SHARE, t) && !hasCue(SHARE_EXCEPTION, t);
  const thirdPartyCollects = hasCue(THIRD_PARTY_COLLECTS, t);
  // Data flowing to the company from a third party ("we receive information from our partners",
  // "the social media site will give us") is collection from a source, not sharing.
  const incomingOnly = hasCue(INCOMING, t) && !hasCue(OUTGOING, t);
  const share = !deniedShare && !incomingOnly && ((shareVerb && thirdParty) || thirdPartyCollects) && !hasCue(NOT_A_SHARING_STATEMENT, t);
  // A sharing sentence names data the company holds, but it is evidence of sharing, not of collection,
  // unless it also says the data is collected.
  // Without a verb of its own, a sentence counts only as an item of a collection list (a bullet or
  // a short "Location information: ..." line under a collection heading or lead-in).
  const listLike = ctx.block.kind === 'bullet' || ctx.block.kind === 'cell' || ctx.text.length < 400 || /^[^.:]{2,60}:/.test(clause.text);
  const collectByFrame = frameSaysCollect && listLike && !deniedCollect && !(shareVerb && thirdParty && !explicitCollect) && !ctx.categories.has('security');
  return { collect: explicitCollect || collectByFrame, explicitCollect, share };
}

/** "not including location", "other than your e-mail address": the mention is excluded. */
function isDeniedMention(clause: string, at: number): boolean {
  // Inside "(not including your name, address or e-mail address)" or "(but not user name ...)".
  const open = clause.lastIndexOf('(', at);
  if (open >= 0 && clause.indexOf(')', open) >= at && /^\(\s*(?:but\s+)?(?:not|excluding|other than|except|never)/i.test(clause.slice(open, open + 20))) return true;
  const lead = clause.slice(Math.max(0, at - 30), at).toLowerCase();
  return /(?:not including|other than|excluding|except|apart from|never)\s*(?:your\s*|the\s*)?$/.test(lead) || /non-?\s*$/.test(lead);
}

export const DATA_TYPE_ORDER = DATA_TYPES;
