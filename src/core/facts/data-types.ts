import { DATA_TYPES, type DataType } from './schema';
import { noPracticeFound, offTopic, type BlockContext } from './context';
import { ValueCollector } from './collector';
import { loose, matchesOf, primed, type Clause } from './text';

/**
 * Data types: what the company collects (`collected`) and what third parties receive or collect
 * (`shared_types`). A lexicon maps the ways policies name data to the gold vocabulary; a clause
 * contributes only when it is about collection (or sharing) and the practice is not denied
 * ("we do not collect location data").
 *
 * The CCPA's statutory categories map as: identifiers → contact / device_identifiers / user_profile
 * by what they list; commercial information → purchase; internet or other electronic network
 * activity → online_activity; geolocation → location; audio, electronic, visual, thermal, olfactory
 * (sensory) information → audio_video; professional or employment-related and non-public education
 * information, protected classifications, racial or ethnic origin, religious beliefs, union membership,
 * sexual orientation → demographic; inferences drawn to build a profile, account log-in credentials →
 * user_profile; government identifiers → personal_identifier; genetic, biometric and neural data,
 * health → health; contents of mail, e-mail and text messages → online_activity (as message history).
 */

interface TypeTerm {
  type: DataType;
  pattern: RegExp;
  /** A cheap test every match of `pattern` passes (a word each alternative contains), run first. */
  cue?: RegExp;
}

// Cues are primed like the patterns (text.ts, PRIMING_SAMPLE): they run on every clause.
const term = (type: DataType, source: string, cue?: RegExp): TypeTerm => ({ type, pattern: loose(source), cue: cue && primed(cue) });

/** How policies name each data type. Order matters only for span choice, not for values. */
export const TYPE_TERMS: TypeTerm[] = [
  term('contact', "e-?mail(?:ing)? address(?:es)?|(?:tele)?phone (?:and fax )?numbers?|mobile (?:phone )?numbers?|cell ?phone numbers?|fax numbers?|(?:postal|mailing|physical|home|street|delivery|shipping|billing|contact|mail) address(?:es)?|contact (?:details|information|info|data)|(?<![a-z])names? and (?:e-?mail |postal |mailing |home )?address|(?:your|full|first|last|real) names?(?![a-z])|(?=n)(?<=[:,] ?)names?(?=,| and)|address book", /mail|phone|number|address|contact|name/i),
  // "credit card processing" names a service a vendor performs, not data: the data is named elsewhere.
  term('financial', "(?<!process(?:ing)? )(?:credit|debit|payment)(?:/debit)? ?card(?! (?:processing|processors?|payments? processing))|payment (?:information|details|data|method|instrument)s?|card (?:number|details)|bank (?:account|card|details)s?|billing information|financial (?:information|data|details|account)|last (?:four|4) digits of (?:your |the )?(?:payment |credit |debit )?card|card(?:'s)? expir(?:y|ation)|credit (?:checks?|history|score)|account information for payment|tax (?:id|number)", /card|payment|bank|billing|financial|credit|tax/i),
  // A shopping cart holds what the user is about to buy: purchase data.
  term('purchase', "(?<![a-z])orders?(?: data| history| information| details| records)?(?= for|,| and|\\.|;| data)|order (?:data|history|information|details|records)|purchase (?:history|information|records|details|data)|purchas(?:es|ing history)|transaction (?:history|records|information|data|details)|records of (?:consumption|transactions|purchases)|shopping (?:cart|basket)s?|products? (?:or services )?(?:you )?(?:have )?(?:buy|bought|purchased?)|(?:when|if) you (?:buy|purchase|order) |commercial (?:information|data)", /order|purchas|transaction|consumption|bought|buy|shopping|commercial/i),
  // "the laws of your location" is a jurisdiction and "the error location" a place in code, not where the user is.
  term('location', "geo-?location|(?<![a-z])(?<!(?:online|franchised|retail|store|physical|same|one|business|office|central|secure|web) )location(?![a-z])(?<!(?:laws?|regulations?|rules|jurisdiction|courts?) (?:of|in|at) (?:your |the |their |its )?location)(?<!(?:failure|error|crash|fault|exception|code|file|storage|server) location)(?! of (?:our|the) (?:servers?|offices?|data))|(?<![a-z])gps(?![a-z])|latitude|longitude|geographic(?:al)? (?:location|area|region|information)|where you are(?! confined)|positioning", /locat|gps|latitude|longitude|geographic|where\s*you\s*are|positioning/i),
  // A language listed among a browser's or device's properties ("browser type and version and language") is a setting.
  term('demographic', "(?<![a-z])(?<!years? of |the )age(?![a-z-])(?! of (?:13|16|18|\\d))|gender|(?<![a-z])sex(?![a-z])|date of birth|birth ?(?:day|date)|nationality|country of residence|job (?:title|function)|profession(?![a-z])|occupation|(?<![a-z])income|marital status|education(?:al)? (?:level|background|information|records|history)|zip ?codes?|postal codes?|demographic|languages?(?<!(?:browser|device|operating system)[a-z ,]{0,40}languages?)(?= preference|,)|ethnicity|race(?![a-z])|information about your company|employment(?:[- ]related)? (?:history|information|records|status|details|data)|professional (?:qualifications|background|experience|information|licen[cs]es|certifications)|work history|student records|(?:school|academic) records|(?:racial|ethnic) origin|religio(?:n|us (?:or philosophical )?(?:beliefs?|affiliations?|views))|philosophical beliefs|(?:trade )?union membership|political (?:opinions|views|affiliations?|beliefs)|sexual orientation|citizenship(?: or immigration)?(?: status)?|immigration status|veteran (?:or military )?status|protected classifications?", /age|gender|sex|birth|national|countr|job|profession|occupation|income|marital|education|zip|postal|demographic|language|ethnic|race|company|employ|work|student|school|academic|racial|religio|philosoph|union|politic|citizen|immigra|veteran|classification/i),
  // Hardware the user is told to upgrade or install is a product, not data about the device.
  term('computer_information', "types? of (?:web )?browser|browser configuration|information about (?:your|users['’]?|the user['’]?s?|visitors['’]?) (?:computers?|devices?|mobile devices)|(?:computer|device) (?:hardware|software)|browser (?:types?|versions?|languages?|settings|information)|types? of (?:browser|device|computer)|operating system|(?<![a-z])os version|system version|(?:device|computer|hardware) (?:type|model|manufacturer|information|settings|details|name)s?|model (?:name|number)|manufacturer|hardware(?<!(?:upgrad|updat|install|repair|replac|sell|buy)[a-z]* (?:\\w+ )?hardware)|screen (?:size|resolution)|(?:internet service provider|(?<![a-z])isp)(?![a-z])|software version|app(?:lication)? version|technical information|technical, usage|performance (?:information|data)|platform (?:type|version)|computer information|mobile carrier|crash (?:reports?|logs?|data)|error reports?|(?<![a-z])browser,? (?:and )?os(?![a-z])|diagnostic (?:data|information|logs?|reports?)|operator information|(?<![a-z])device information|information (?:about|on) (?:the type of )?(?:your )?device", /browser|computer|device|hardware|software|operating|system|model|manufactur|screen|isp|internet\s*service|version|technical|performance|platform|carrier|operator|crash|diagnostic|error|(?<![a-z])os(?![a-z])/i),
  term('device_identifiers', "ip address(?:es)?|internet protocol(?: \\(ip\\))? address(?:es)?|mac address(?:es)?|(?<![a-z])imei|(?<![a-z])imsi|(?<![a-z])udid|(?<![a-z])idfa|(?<![a-z])meid|advertising (?:id|identifier)s?|android id|device (?:id|identifiers?|identification(?: numbers?| information)?|serial numbers?|numbers?)|(?:product )?serial numbers?|unique (?:device )?identifiers?|identification number|user identification information|(?:other |anonymous )?identifiers?(?![a-z])", /ip|internet\s*protocol|mac|imei|imsi|udid|idfa|meid|advertising|android|device|serial|identif/i),
  term('cookies_tracking', "cookies?|web beacons?|pixel(?:s| tags?)|tracking pixels?|clear gifs?|web bugs?|web siphons?|local (?:shared )?(?:storage|objects)|(?<![a-z])lsos?(?![a-z])|flash cookies|tracking technolog(?:y|ies)|similar technologies|(?<![a-z])sdks?(?![a-z])|tags and scripts", /cookie|beacon|pixel|gif|bug|siphon|local|lso|technolog|sdk|tags/i),
  // "in other interactions with us" is an occasion and "depends on how you use" a condition; a device's online status is device state.
  term('online_activity', "brows(?:ing|er) (?:history|behaviou?r|activity|activities|data)|pages? (?:you )?(?:view|visit)(?:ed)?|what pages you view|links (?:you )?click|click(?:s|stream| data|-through)|usage (?:data|information|statistics|patterns|details|history)|usage(?:,| and| or| &)(?:\\s+[a-z]+,?){1,3}\\s+(?:information|data)(?![a-z])|aggregated usage|(?:log|logging) (?:files?|information|data)|server logs?|system logs?|weblogs|web logs|search (?:queries|history|terms)|referr(?:ing|al|er) (?:url|page|source|site)s?|exit pages|time spent|access times?|(?:date|day|time)s? (?:and (?:date|day|time) )?of (?:your |the )?visits?|date/time stamp|how(?<!depend(?:s|ing)? (?:up)?on how) (?:(?:often |frequent(?:ly)? )?you use|you (?:use|interact))|interactions?(?<=(?:your|their|users['’]?|visitors['’]?|about|of|track(?:ing)?|record(?:ing)?) interactions?) with|traffic data|message history|actions taken|events that occur|online activit(?:y|ies)|user (?:habits|behaviou?rs?)|statistics of how you use|information about your visit|how (?:the )?(?:site|service)s? (?:is|are) used|online(?<!(?:device|equipment|product|camera|router|network) online) status|communication data|(?:your |users['’]? |their )?visits? to (?:this|our|the|these)|visitation patterns|(?:site|website|web site) usage|areas (?:of our site )?you visit|pages? (?:you are |they )?visit(?:ing|ed)?|which pages?|browsing activit|activit(?:y|ies) on (?:our|the|this)|(?:number of )?times (?:you|they) (?:have )?viewed|track (?:this|your|the) clicks?|(?:internet|electronic|online)(?: or other)?(?: similar| electronic)? network activit(?:y|ies)|contents? of (?:your |the )?(?:mail|e-?mails?|text messages|messages|communications|calls)|message contents?|chat (?:transcripts?|logs?|history|messages)"),
  // "card or account information" is a financial account; "user id" must not match "user identity".
  term('user_profile', "account(?<!(?:card|bank|payment|financial|credit|debit|billing) (?:or|and|/) ?account) (?:information|details|data|name|credentials|number)|(?:user ?name|username|user ?id(?=s?(?![a-z]))|screen ?name|nickname|log[- ]?in (?:credentials|information|name|details|id)|login(?= (?:and|or) [a-z]+ (?:information|data|details))|password(?![- ]protected))s?|account log[- ]?ins?(?![a-z])|(?:account|user|log[- ]?in|sign[- ]?in) credentials|inferences?(?= (?:drawn|derived|made|we (?:draw|make|derive)|about you|about your|regarding your|concerning your|(?:as|in) to your))|(?:user|customer|personal|member) accounts?|(?<=(?:such as|including|like|[:,;(])\\s?)(?!(?:bank|card|credit|debit|payment|financial|billing|e-?mail|social|media|paypal|advertising|business|third|other|following|same|such)(?![a-z]))(?:[a-z0-9]+ )?accounts?(?=\\s?(?:[,;.)]|and |or |$))|profile (?:information|data|picture|photo)|(?:(?:create|register)(?:ing)?|(?:creation|registration) of) (?:a |an |your |the )?(?:\\w+ )?account|information (?:obtained |collected |taken )?from (?:your |the )?(?:\\w+ )?account|account registration|settings?(?= information)|union id|open id|setup information|(?:marketing|communication|e-?mail|account|privacy|notification|language) preferences", /account|user|name|log-?in|password|profile|setting|union|open\s*id|setup|preference|credential|inferen/i),
  term('health', "(?<!public |public, )health(?! care provider)|medical|fitness|heart rate|biometric|sleep data|blood|genetic (?:data|information|testing|test results)|disability (?:status|information|data)|(?<![a-z])(?:voice|face|palm)prints?|(?<!(?:browser|device|digital|canvas) )fingerprints?(?!ing)|face geometry|(?:iris|retina(?:l)?) (?:scans?|images?)|neural data|(?:physical or mental|mental or physical) (?:health|condition|disability)", /health|medical|fitness|heart|biometric|sleep|blood|genetic|disabilit|physical|mental|print|geometry|iris|retina|neural/i),
  term('social_media', "social (?:media|network(?:ing)?) (?:account|profile|information|data)s?|facebook (?:profile|friends|account|id)|twitter (?:handle|account)|(?:sign|log) ?in (?:with|through|via) (?:facebook|google|twitter|wechat|apple)|third-party accounts?", /social|facebook|twitter|sign|log|third-party/i),
  // "participate in surveys and contests" is an activity; only answers given to them are data.
  term('survey', "survey (?:responses|answers|data|information|results)|(?:responses|answers) (?:to|in|from) (?:our |a |any )?(?:surveys?|questionnaires?|polls?)|information (?:you provide |collected |submitted )?(?:in|through|via|from) (?:our |a |an |any )?(?:online )?(?:surveys?|questionnaires?)|(?:participate|take part) in (?:an |our )?online surveys?", /survey|questionnaire|poll/i),
  term('personal_identifier', "social security (?:number|no)|(?<![a-z])ssn(?![a-z])|passport|driver(?:['’]?s)? licen[cs]e|national (?:id|identity|identification)|government[- ]issued (?:id|identification)|identity card|id card|tax identification|(?<![a-z])ssn|(?<![a-z])(?:state|government|national)[- ](?:issued )?(?:identification|id)(?: cards?| numbers?)?|identification cards?|government identifiers", /social\s*security|ssn|passport|licen|national|government|identity|id\s*card|tax|identification/i),
  term('audio_video', "photo(?:graph)?s?|(?:still |video )?images?|videos?|audio|voice (?:recordings?|commands?|data|messages?)|recordings?|screenshots?|camera footage|(?:facial|face) (?:images?|recognition)|(?:visual|audiovisual|sensory) (?:information|data)|(?:call|phone call|customer service call) recordings?|record(?:ings?|s)? (?:of )?(?:our |your )?(?:customer service |support |telephone |phone )?calls|(?:audio|electronic|visual|thermal|olfactory)(?:,? (?:or |and )?(?:audio|electronic|visual|thermal|olfactory)){1,5},? (?:or |and )?similar (?:information|data)", /photo|image|video|audio|voice|recording|screenshot|camera|facial|face|visual|sensory|thermal|olfactory|record|call/i),
  term('sensor', "sensors?|accelerometer|gyroscope|(?:motion|temperature|humidity|light) sensor", /sensor|accelerometer|gyroscope/i),
  // "the Wi-Fi name and password": the password belongs to the network, not to an account.
  term('network', "wi-?fi(?: network| information| status| account| credentials| name| password)?(?: (?:and|or|&) (?:its |the )?(?:password|passcode|key))?|(?<![a-z])ssid|(?<![a-z])bssid|(?<![a-z])rssi|router|network (?:information|status|type|name|connection)s?|wlan|bluetooth", /wi-?fi|ssid|rssi|router|network|wlan|bluetooth/i),
  term('generic_personal', "(?<!non[- ]?)(?<!non)personal(?:ly identifiable)? (?:information|data|details)|personally identifiable|(?<![a-z])pii(?![a-z])|information (?:that )?you (?:voluntarily )?(?:provide|submit|share|post|upload|give)|(?:event )?registration information|feedback|shared content|information (?:that )?you post|personal information that you provide", /personal|pii|you|registration|feedback|shared\s*content/i),
];

/** Verbs of first-party collection ("we collect", "we automatically record", "you provide us"). */
const COLLECT_CUE = loose(
  "collect|gather|obtain|receiv|record|acquir|captur|(?<![a-z])log(?:s|ged)?(?![a-z])|(?:you )?provide (?:to )?us|provide us|(?:ask|request)(?:s|ed)? (?:you )?(?:for|to provide)|(?:need|require)s? you to (?:provide|enter|submit)|submit|upload|(?:will be |is |are )sent to|we (?:will |may |can |also |automatically )*(?:access|use|process|store|keep|save|read|detect|track|infer|derive)|information (?:we|that we)|stores? (?:small )?(?:data files|cookies)|use (?:of )?cookies|(?:we|you) (?:may )?use [a-z ]{0,20}(?:cookies|technologies|software)|automatically",
);
/** Words in a heading or lead-in that mark a collection section or list. */
const COLLECT_FRAME = loose(
  "collect|information (?:we|you|that)|what (?:personal )?information|types? of (?:personal )?(?:information|data)|categories of|data we|information you provide|log (?:information|files)|cookie|(?:may )?include|such as|following",
);
/** A lead-in that introduces a list of data collected ("The information we collect includes:"), not any list. */
const LEAD_IN_COLLECTS = loose("collect|gather|obtain|receiv|includ|information (?:we|you|that)|(?:types?|categories|kinds?) of (?:personal )?(?:information|data)|data we|you provide");
const NEGATED_COLLECT = loose(
  "(?:do|does|will|shall|would|did)(?: not|n['’]t| never) (?:\\w+ly )?(?:(?:attempt|try|seek|intend|aim) to )?(?:collect|gather|seek|ask|obtain|request|receive|store|track|record)|(?:prohibited|forbidden|barred) from (?:collecting|gathering|obtaining)|never (?:\\w+ly )?(?:collect|gather|seek|ask|obtain|store|track)|not (?:be )?collected|not (?:seek|try to seek)|(?<![a-z])(?:avoid|refrain from) (?:collecting|gathering|obtaining)",
);
const SHARE_CUE = loose(
  "shar(?:e|ed|es|ing)(?![a-z])|disclos|transfer|(?<![a-z])(?:sell|sold|rent(?![a-z]))|releas(?:e|ed|es|ing)(?![a-z])|make [a-z ]{0,40} available to|(?:we|will|may) (?:also )?(?:supply|furnish|release|transmit)(?![a-z])|(?:we|will|may) (?:also )?(?:provide|give|deliver|pass)(?: (?:along|on))? (?:it|them|this|that|these|those|such|your|certain|some|any|all|personal|aggregate)(?![a-z])|(?<![a-z])to (?:also )?(?:supply|furnish|release|transmit)(?![a-z])|(?:delivered|supplied|released|provided|transmitted|available) to|(?:provide|give|make (?:it |them )?available|send|pass)[a-z]* (?:[a-z ]{0,40})?(?:to|with) (?:our |the |these |such |certain )?(?:third|affiliat|partner|advertis|service provider|vendor|government|law|compan|other compan|subsidiar|public)",
);
const THIRD_PARTY = loose(
  "third[- ]?part(?:y|ies)|(?:to|with) others(?![a-z])|outside (?:entit|organi[sz]ation|part(?:y|ies)|compan|firms?)|franchis|merchants?|marketers?|sponsors?|carriers?|institutions|other (?:users|people|entities|organi[sz]ations)|affiliat|partners?(?![a-z])|advertis|ad networks?|service providers?|vendors?|(?<![a-z])processors?|analytics|government|law enforcement|authorit(?:y|ies)|subsidiar|compan(?:y|ies)|google|facebook|amazon|public|buyers?|purchaser|successor|seller|provider",
);
/** A third party as the subject of collection: "advertisers may use cookies", "Google Analytics collects". */
const THIRD_PARTY_COLLECTS = loose(
  "(?:(?:ads|advertisements) (?:appearing|displayed|served)[^.;]{0,60}(?:delivered|served) (?:to (?:you|users) )?by)|(?:used|use[sd]?) to serve (?:ads|advertisements)|(?:third[- ]?part(?:y|ies)|partners|advertis(?:ers?|ing (?:networks?|partners?|companies|providers?|services?))|ad networks?|analytics (?:providers?|companies|services?|software)|google(?: analytics)?|facebook|these (?:parties|companies|services|features|providers|networks)|social media features|they)(?<!(?:use|with|to|by|from|through|via|on|of|about) (?:these|those|the|such) [a-z ]{0,20})(?:,?\\s+(?!(?:when|if|you|we|i|unless|while|as|because|so|our|us|or|accounts?|are|is|was|were|been|being)(?![a-z]))[a-z-]+){0,4}?(?:,\\s+(?:which|who|that)[^,.;]{1,80},)?,? (?:may |might |can |will )?(?:also )?(?:(?:have|has) (?:also )?(?:used|collected|placed|set|received|obtained|gathered|tracked|accessed|acquired|recorded|stored)|(?:use|collect|place|set|receive|obtain|gather|track|serve|access|acquire|record|store)s?(?![a-z]))|(?:cookies|beacons|pixels|tags|technologies|sdks?|scripts)(?: that are| are)? (?:provided|placed|served|set|operated|owned|managed|supplied) by (?:our |the |these |certain |select |various |some )?(?:third|advertis|ad (?:networks?|servers?|companies)|partner|analytics|vendor|service provider)|(?:third[- ]?part|vendor|partner|advertis|provider|institution|contractor|processor)[a-z]{0,30}[^.;]{0,60}? (?:who|which|that) (?:may |will |also |might )*(?:receive|collect|obtain|access|have access)",
);
const NEGATED_SHARE = loose("(?:do|does|will|shall|would)(?: not|n['’]t| never) (?:\\w+,?\\s+(?:or\\s+|and\\s+|nor\\s+)?){0,3}(?:share|disclose|sell|rent|transfer|provide|trade|give|release|lease|exchange)|never (?:\\w+,?\\s+(?:or\\s+|and\\s+|nor\\s+)?){0,3}(?:share|disclose|sell|rent|trade|give|release)|(?:do|does|will)(?: not|n['’]t| never) (?:allow|permit|authori[sz]e|let) (?:any )?(?:third|other|outside|advertis|partner|service provider|vendor)[^.;]{0,40} (?:to )?(?:collect|access|use|receive)|(?:is|are|be|will be|will not be|is never|are never)(?: not| never)? (?:be )?(?:shared|disclosed|sold|rented|transferred)(?<=not \\w+|never \\w+|not be \\w+)");
/**
 * The company discloses data without naming who receives it ("We may share certain information
 * about you, including your name"): "share", "disclose", "sell" with a data object already say it leaves.
 */
const DISCLOSES_DATA = loose(
  "(?:(?<![a-z])we|will|may|might|can|could) (?:also )?(?:share|disclose|sell|rent|release)(?:,? (?:or |and )?(?:share|disclose|sell|rent|release|use))* (?:certain |some |your |any |the |this |such |all |that |of )*(?:personal |personally identifiable |contact |other |non-public |identifiable )?(?:information|data|details)(?![a-z])(?! (?:we|you) (?:describe|explain))",
);

/**
 * Content made visible to everyone or to other users: OPP-115 counts it as disclosed to the public
 * ("Any information you disclose in your public activities, along with your screen name, becomes public").
 */
const MADE_PUBLIC = loose("becomes? public|(?:is|are|be|will be|may be) (?:made )?publicly (?:available|visible|viewable|displayed|accessible)|publicly (?:visible|viewable|displayed) (?:[a-z]+ )?(?:profile|information)|(?:allow|let|enable)s? (?:third parties|others|other (?:users|members|people)) to see");

/** A denial with an exception still shares ("we do not share ... except with service providers"). */
const SHARE_EXCEPTION = loose("except|unless|other than|apart from|only (?:with|to|in|when|if|for|as)");

/** A sentence that spells out the data the previous one named: "This information includes", "Directory information consists of:". */
const FOLLOW_UP_LIST = /^\W*(?:(?:this|these|such|that|the) (?:[\w-]+ ){0,2}(?:information|data|details)|(?:\w[\w-]*|-) (?:information|data)) (?:may )?(?:includes?|consists? of|comprises?|(?:is|are) (?:limited to|defined as))\b/i;
/** Sentences about the policy itself, not a practice: "This Policy describes how we treat personal information". */
const ABOUT_THE_POLICY = loose("(?:this|our|the) (?:online )?(?:privacy )?(?:policy|statement|notice|section)(?:\\s+[a-z]+){0,3}? (?:describes|explains|covers|applies|sets (?:out|forth)|tells|informs|outlines)|(?:describe|explain|understand(?:ing)?|learn|read) (?:about )?how we (?:collect|use|treat|handle|process)|how we (?:collect|use|treat|handle|protect)(?:,?\\s+(?:and\\s+|or\\s+)?(?:otherwise\\s+)?[a-z]+){0,5}\\s+(?:your )?(?:personal|personally)");
/** An exception the user controls ("unless you choose to provide it") is not an exception to the denial. */
const USER_CHOICE_EXCEPTION = loose("unless you (?:choose|decide|elect|opt|want|wish|voluntarily|yourself)[a-z ]{0,30}");
/** A choice about collection, not a collection: "stop the further collection of your child's information". */
const STOP_COLLECTION = loose("(?:stop|prevent|refuse|limit|restrict|object to|opt[- ]?out of|block|disable|decline) (?:the |any |all )?(?:further |future )?(?:collection|gathering|tracking)");
/** A clause about protecting data: "Once your personal information is received, we protect it". */
const PROTECTS_DATA = loose("(?:protect|safeguard|secure|encrypt)(?:s|ed|ing)?(?![a-z])|safety of|security of");
/** Heading-like fragments that ask or announce ("What personally identifiable information we collect."). */
const HEADING_LIKE = /^\W*(?:what|which|how|why|where|when|who)\b[^.;:]{0,90}[.:]?\s*$/i;
/** The company as an actor of the clause: "we", "us", "our site collects". */
const FIRST_PARTY_ACTOR = /(?<![a-z])(?:we|us)(?![a-z])|(?<![a-z])our (?:site|website|web site|servers?|systems?|app|services?)(?: [a-z]+){0,2} (?:may |will |automatically )*(?:collect|record|log|receive|gather)/i;
/**
 * A sentence defining a tracking technology ("A cookie is a small file that often includes a unique
 * identifier"): it explains the technology, it does not list data collected.
 */
const DEFINES_TECHNOLOGY = /^\W*(?:\w[\w-]*\W+){0,6}?(?:a |an |the )?(?:cookies?|web beacons?|pixels?(?: tags?)?|clear gifs?|web bugs?|local storage|flash cookies?|tracking technolog(?:y|ies)) (?:is|are) (?:an? |small |tiny |simple |text |alphanumeric |unique |pieces? |bits? |files? |strings? )/i;
/**
 * A sentence that continues the previous one's list: "This information includes", "It may include",
 * "Log data includes:". A mere "including" inside another statement ("Your information, including
 * personal data, may be transferred abroad") does not list what was collected.
 */
const FOLLOWS_UP = /^\W*(?:this|these|such|that|it|the (?:information|data))\b|\binclud(?:es?|ing:)(?![a-z])/i;
/** A statement of what data is used for ("will be used to", "we may use your personal information to"). */
const USE_STATEMENT = /(?:be|is|are) used\b|\bwe (?:may |will |also |can )*use\b/i;
/** A user right exercised on the data just named: "to access, correct or delete your personal information". */
const RIGHTS_VERB_BEFORE = /(?<![a-z])(?:access|correct|modify|update|delete|erase|rectify|amend|edit|review|export|remove)(?:ing)?(?:,?\s+(?:or\s+|and\s+|and\/or\s+)?(?:access|correct|modify|update|delete|erase|rectify|amend|edit|review|export|remove)(?:ing)?)*\s+(?:to\s+)?(?:your|their|the|any|such)\s+(?:own\s+)?$/i;
/** How many sentences back "this information" reaches. */
const ANAPHOR_REACH = 3;
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
    // A list item the classifier left as 'other' takes its topic from a lead-in that says what is collected.
    const collectedWeak = offTopic(ctx, ['collection']) && !(ctx.leadIn !== '' && noPracticeFound(ctx) && hasCue(LEAD_IN_COLLECTS, ctx.leadIn));
    const sharedWeak = offTopic(ctx, ['sharing']);
    let previousCollects = false;
    let previousShares = false;
    let sharedListOpen = false;
    let previousClauseText = '';
    let previousAnonymous = false;
    /**
     * Types named in the last sentences before, for "We collect your e-mail address. This information
     * will be shared with...": a demonstrative reaches back a couple of sentences, not to everything
     * the block named.
     */
    const earlier: Array<Array<{ type: DataType; start: number; end: number }>> = [];
    // First pass: what each clause names. Each term is matched once per clause; the mentions serve
    // both the look-back list and the values.
    const clauses = ctx.clauses;
    // Cheap word tests first (block, then sentence); the full pattern runs only where they pass.
    const present = TYPE_TERMS.map((t) => !t.cue || t.cue.test(ctx.text));
    const mentionsOf = clauses.map((clause) => attributeMentions(clause.text, TYPE_TERMS.map((t, i) => (present[i] && (!t.cue || clauses.length === 1 || t.cue.test(clause.text)) ? matchesOf(t.pattern, clause.text) : []))));
    const namedOf = clauses.map((clause, c) => {
      const named: (typeof earlier)[number] = [];
      TYPE_TERMS.forEach((t, i) => {
        if (t.type === 'generic_personal') return;
        const m = mentionsOf[c][i].find((x) => !isDeniedMention(clause.text, x.start));
        if (m) named.push({ type: t.type, start: clause.start + m.start, end: clause.start + m.end });
      });
      return named;
    });
    const anaphorOf = clauses.map((clause) => hasCue(ANAPHOR, clause.text));
    // Which clauses need to know whether they speak of collection or sharing (the costly part): those
    // that name a type or point back to one, and the clauses before them whose state they inherit
    // (a follow-up list, a "this information includes" sentence, an item after a semicolon).
    const needed = clauses.map((_, c) => mentionsOf[c].some((ms) => ms.length > 0) || (anaphorOf[c] && namedOf.slice(Math.max(0, c - ANAPHOR_REACH), c).some((n) => n.length > 0)));
    for (let c = clauses.length - 2; c >= 0; c--) {
      const next = clauses[c + 1].text;
      if (needed[c + 1] && (FOLLOWS_UP.test(next) || FOLLOW_UP_LIST.test(next) || /;\s*$/.test(clauses[c].text))) needed[c] = true;
    }
    for (let c = 0; c < clauses.length; c++) {
      const clause = clauses[c];
      if (!needed[c]) {
        // Nothing here or after depends on this clause's practice; keep only what later clauses read.
        previousCollects = previousShares = sharedListOpen = previousAnonymous = false;
        previousClauseText = clause.text;
        earlier.push(namedOf[c]);
        continue;
      }
      const about = classifyClause(clause, ctx, frameSaysCollect);
      // "We collect log data. This information includes your IP address...": the follow-up
      // sentence lists what the previous one said is collected.
      // An item after a semicolon continues the list the previous clause opened ("such as demographic
      // data; information about your device, including IP address").
      if (!about.collect && previousCollects && (FOLLOWS_UP.test(clause.text) || /;\s*$/.test(previousClauseText))) {
        about.collect = true;
        about.explicitCollect = true;
      }
      previousCollects = about.explicitCollect;
      // "We may release directory information to the public. Directory information includes: name;
      // home address; ...": the follow-up sentence lists what the previous one said is disclosed.
      // Items of that list separated by semicolons are clauses of their own and inherit it.
      const continuesList = sharedListOpen && /;\s*$/.test(previousClauseText);
      if (!about.share && ((previousShares && !previousAnonymous && FOLLOW_UP_LIST.test(clause.text)) || continuesList)) {
        about.share = true;
        sharedListOpen = true;
      } else sharedListOpen = about.share && /:\s*\S/.test(clause.text) && FOLLOW_UP_LIST.test(clause.text);
      previousClauseText = clause.text;
      previousShares = about.share;
      previousAnonymous = about.anonymousOnly;
      if (about.share && anaphorOf[c]) {
        for (const e of earlier.slice(-ANAPHOR_REACH).flat()) shared.add(e.type, ctx.block.id, e.start, e.end, sharedWeak);
      }
      const mentions = mentionsOf[c];
      earlier.push(namedOf[c]);
      if (!about.collect && !about.share) continue;
      if (!mentions.some((ms) => ms.length > 0)) continue;
      const definesTechnology = DEFINES_TECHNOLOGY.test(clause.text);
      // Nor where the sentence talks about the policy or asks a question (headings such as
      // "What personal information do we collect?", "This policy describes how we treat personal information").
      if (hasCue(ABOUT_THE_POLICY, clause.text)) continue;
      for (let i = 0; i < TYPE_TERMS.length; i++) {
        const t = TYPE_TERMS[i];
        const generic = t.type === 'generic_personal';
        // A generic "personal information" only counts where a clause itself says it is collected
        // or shared: the phrase appears in almost every sentence of a policy.
        if (generic && !about.explicitCollect && !about.share && ctx.block.kind !== 'bullet') continue;
        if (t.type !== 'cookies_tracking' && definesTechnology) continue;
        if (generic && (/\?\s*$/.test(clause.text) || HEADING_LIKE.test(clause.text))) continue;
        for (const m of mentions[i]) {
          if (isDeniedMention(clause.text, m.start) || isNegatedMention(clause.text, m.start) || isCompanyContact(clause.text, m.start, m.end)) continue;
          // "request to modify your personal information": data the user acts on, not a statement that it is collected.
          if (generic && RIGHTS_VERB_BEFORE.test(clause.text.slice(Math.max(0, m.start - 60), m.start))) continue;
          const start = clause.start + m.start;
          const end = clause.start + m.end;
          // "Once your personal information is received, we protect it": a clause about safeguarding
          // data is not evidence that personal information as such is collected.
          // "Personal information" over a list of named types, in a lead-in or in a statement of use is
          // an umbrella word: the value stands, but the blocks that name it as the item are the evidence.
          const umbrella = generic && (namedOf[c].length > 0 || /:\s*$/.test(clause.text) || USE_STATEMENT.test(clause.text));
          if (about.collect && !(generic && hasCue(PROTECTS_DATA, clause.text))) collected.add(t.type, ctx.block.id, start, end, collectedWeak || umbrella);
          if (about.share && !about.anonymousOnly && !isTargetingBasis(clause.text, m.start)) shared.add(t.type, ctx.block.id, start, end, sharedWeak || umbrella);
          break;
        }
      }
    }
  }
  return { collected, shared };
}

type Mention = ReturnType<typeof matchesOf>[number];

const USER_PROFILE = TYPE_TERMS.findIndex((t) => t.type === 'user_profile');
const GENERIC = TYPE_TERMS.findIndex((t) => t.type === 'generic_personal');

/**
 * Decide which type each mention of a clause speaks for (mentions[i] are the matches of TYPE_TERMS[i]):
 *  - a word inside a longer phrase of another type belongs to that phrase ("browser languages" is
 *    browser data, not a demographic; "account information for payment" is financial);
 *  - an account that is the object of a purpose ("to establish and maintain customer accounts",
 *    "Managing user account;", "To set up your account") is why data is used, not data collected;
 *  - an account that data is tied to ("devices you bind to your account", "sign in to your account")
 *    is where the data goes, not a piece of the user's profile.
 */
function attributeMentions(clause: string, mentions: Mention[][]): Mention[][] {
  let total = 0;
  for (const ms of mentions) total += ms.length;
  if (total === 0) return mentions;
  let out = mentions;
  if (total > 1) {
    const inside = (m: Mention, i: number) => mentions.some((other, j) => j !== i && j !== GENERIC && other.some((o) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
    // Most clauses have no nested mentions: rebuild the lists only where one is.
    if (mentions.some((ms, i) => ms.some((m) => inside(m, i)))) out = mentions.map((ms, i) => ms.filter((m) => !inside(m, i)));
  }
  if (out[USER_PROFILE].length > 0) {
    const notData = [...matchesOf(ACCOUNT_AS_PURPOSE, clause), ...matchesOf(ACCOUNT_AS_PLACE, clause)];
    if (notData.length > 0) out[USER_PROFILE] = out[USER_PROFILE].filter((m) => !notData.some((p) => p.start <= m.start && p.end >= m.end));
  }
  return out;
}

/** Verbs of running an account; with "to"/"for" before them, or opening a list item, they state a purpose. */
const ACCOUNT_AS_PURPOSE = loose(
  "(?:^\\W*(?:\\(?\\d{1,2}[.)]\\s*)?|(?<![a-z])(?:to|for|of) )(?:establish|maintain|manag|creat|set(?:ting)? ?up|administer|open|register|servic)[a-z]*(?:(?:,| and| or)+ (?:establish|maintain|manag|creat|set(?:ting)? ?up|administer|open|register|servic|updat|clos|delet)[a-z]*)* (?:[\\w‘'’]+\\s+){0,3}?accounts?(?![a-z])",
);

/** An account as the place data is tied to or entered through. */
const ACCOUNT_AS_PLACE = loose(
  "(?:bind|bond|link|connect|associat|sync|tie|tied|add|sign(?:ed|ing)? ?in|log(?:ged|ging)? ?in)[a-z]*(?![a-z]) (?:[\\w-]+(?![\\w-])\\s+){0,5}?(?:with|to|into|in|under) (?:your |the |a |an |their |his |her )?(?:[\\w-]+ )?accounts?(?![a-z])(?! (?:information|details|data|name|credentials|number|settings))",
);

interface ClauseAbout {
  collect: boolean;
  explicitCollect: boolean;
  share: boolean;
  /** The clause shares only aggregate, anonymous or de-identified data (no personal data type is disclosed). */
  anonymousOnly: boolean;
}

/** "non-personally identifiable information", "information that does not personally identify": not identifiable data. */
const ANONYMOUS_DATA_PHRASE = loose("non-? ?personal(?:ly)?(?: identifiable)? (?:information|data)|(?:not|cannot be used to) (?:personally )?identif[a-z]*|anonymous(?:ly)?|aggregated? (?:and |or )?(?:anonymous |de-identified )?(?:personal )?(?:information|data)");
/** Data stripped of identity: "aggregate demographic data", "in anonymized form", "non-personal information". */
const ANONYMOUS_DATA = loose("aggregat(?!or)|anonymi[sz]|anonymous|de-?identified|non-?personal|non-?identifiable|not (?:personally )?identif|cannot be used to identify|does not identify|statistical (?:information|data)");
/** The clause also discloses identifiable data ("aggregate and personal information", "your personal information"). */
const IDENTIFIABLE_DATA = loose("(?<!non[- ]?)(?<!non)(?:personal(?:ly identifiable)? (?:information|data)|(?<![a-z])pii(?![a-z])|identifiable)(?! (?:is|are) not)");

/**
 * "ads based on your interests and demographics": the data is the basis of targeting done for the
 * company, not something handed over.
 */
function isTargetingBasis(clause: string, at: number): boolean {
  return /(?:based (?:up)?on|tailored to|relevant to|according to)\s+(?:your\s+|their\s+|the\s+)?(?:[\w-]+,?\s+(?:and\s+)?){0,3}$/i.test(clause.slice(Math.max(0, at - 60), at));
}

/**
 * Sentences that mention sharing without stating it: the California "request a list of the
 * information we shared" notice, liability disclaimers about what others do with data.
 */
const NOT_A_SHARING_STATEMENT = loose(
  "request (?:a list|information about)|(?:request|obtain|ask)[^.;]{0,80}(?:a list|the (?:names|categories|identity))|(?:not|no) (?:be )?(?:responsible|liable) for|opt[- ]?out of (?:having|such|(?:our |the |this |any )?(?:shar|disclos|sale|sell))|(?:request|ask|tell|direct|instruct) (?:that )?(?:us|we) (?:to )?(?:not|stop|refrain)|request that [^;]{0,40}? not (?:share|disclose|sell|rent|transfer)|opt[- ]?out of (?:the )?(?:tracking|interest[- ]based|targeted|behaviou?ral|personali[sz]ed)|(?:settings|tools?|controls?|choices) (?:that )?(?:allow|let|enable|help) you to (?:control|manage|review|limit)|(?:permit|allow|authori[sz]e|consent to) us to (?:share|disclose|sell)|(?:control|block|delete|disable|refuse|reject|manage) (?:the )?(?:cookies|tracking)|do not track",
);

/**
 * Phrases with a disclosure verb or a third-party word that do not describe the company handing
 * data to someone else; they are blanked before the sharing cues are read:
 *  - the user as the actor: "you may share content with your friends", "allows you to share", "if
 *    you rent or purchase textbooks";
 *  - a file placed on the user's own device: "cookies that we transfer to your device";
 *  - moving data across borders: "may transfer your information to other countries" (a transfer
 *    abroad, recorded under transfers, not a recipient).
 */
const NOT_A_DISCLOSURE = loose(
  "(?:(?<![a-z])you|users?|visitors?|members?|customers?)(?: (?:may|can|might|choose to|decide to|elect to|also|then))* (?:share|post|publish|disclose|transfer|provide|give|send|submit|rent|sell|buy|lease)[a-z]*|(?:register|sign|log|logging)[a-z]*(?: (?:in|on|up|into|onto|to))?(?:\\s+[a-z.&]+){0,6}? (?:using|with|through|via) (?:your |a |an |their )?(?:facebook|google|twitter|apple|linkedin|social|third[- ]party|[a-z]+ account)|(?:authori[sz]e|allow|permit) us to access|(?:(?<![a-z])you|users|members|visitors|(?:allows?|enables?|lets?|permits?|invites?|helps?) (?:you|users)|ability|option|choose|choice)(?:\\s+[a-z]+){0,3}? (?:to )?(?:share|post|send|transfer|disclose|make (?:public|available))[a-z]*(?:\\s+[a-z'’]+){0,6}? (?:with|to|on|through|via) (?:your|their|other|others|friends|the public|social)|when you (?:share|post|recommend|like)|(?:transfer|send|place|store|save|set|deliver|download)[a-z]*(?:\\s+[a-z]+){0,4}? (?:to|on|in|onto) (?:your|the user['’]?s?) (?:device|computer|browser|hard (?:drive|disk)|mobile|phone|terminal|machine)|(?:transfer|transmit|process|store|move)[a-z]*(?:,?\\s+[a-z]+){0,10}? (?:across (?:national )?borders|(?:to|in) (?:other |another |any )?(?:countr|jurisdiction)|outside (?:of )?(?:your|the|the european|the eea|the united|your country))",
);

const blankOut = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  return text.replace(re, (m) => ' '.repeat(m.length));
};

const INCOMING = loose("(?:receiv|obtain|get|collect|gather|acquir)[a-z]{0,20} (?:[^.;]{0,60} )?from (?:\\w{1,60}(?:\\s+\\w{1,60}){0,2} )?(?:third|other|our (?:partners|affiliates)|partners|social|facebook|affiliates|sources|carriers|merchants)|(?:give|provide|send|share|pass)s? (?:with )?us(?![a-z])|(?:gives?|provides?|sends?|shares?|passe?s?|discloses?) (?:[^.;]{0,60} )?(?:with|to) us(?![a-z])|(?:provided|given|sent|disclosed) to us|other sources");
const OUTGOING = loose("(?:shar|disclos|provid|transfer|sell|rent|giv|send|pass)[a-z]{0,20} (?:[^.;]{0,60} )?(?:with|to) (?:our |the |these |such |certain |select )?(?:third|affiliat|partner|advertis|service provider|vendor|compan|other)");

function classifyClause(clause: Clause, ctx: BlockContext, frameSaysCollect: boolean): ClauseAbout {
  const t = clause.text;
  const disclosure = blankOut(NOT_A_DISCLOSURE, t);
  // "We don't collect personal information unless you choose to provide it" still denies collecting it
  // on our own: only an exception on the company's side ("except to process your order") lifts the denial.
  const deniedCollect = hasCue(NEGATED_COLLECT, t) && !hasCue(SHARE_EXCEPTION, blankOut(USER_CHOICE_EXCEPTION, t));
  const stopsCollection = hasCue(STOP_COLLECTION, t);
  // "Our advertising partners may collect your browsing history": a third party collecting is sharing
  // (OPP-115: third-party collection on the site), not the company's own collection, unless the company
  // is a subject too ("we and our partners collect").
  const onlyThirdPartyCollects = hasCue(THIRD_PARTY_COLLECTS, t) && !FIRST_PARTY_ACTOR.test(t);
  const explicitCollect = !deniedCollect && !stopsCollection && !onlyThirdPartyCollects && hasCue(COLLECT_CUE, t);
  const thirdParty = hasCue(THIRD_PARTY, disclosure);
  const shareVerb = hasCue(SHARE_CUE, disclosure);
  const deniedShare = hasCue(NEGATED_SHARE, t) && !hasCue(SHARE_EXCEPTION, t);
  const thirdPartyCollects = hasCue(THIRD_PARTY_COLLECTS, t);
  // Data flowing to the company from a third party ("we receive information from our partners",
  // "the social media site will give us") is collection from a source, not sharing.
  const incomingOnly = hasCue(INCOMING, t) && !hasCue(OUTGOING, t);
  const share = !deniedShare && !incomingOnly && ((shareVerb && thirdParty) || thirdPartyCollects || hasCue(DISCLOSES_DATA, disclosure) || hasCue(MADE_PUBLIC, t)) && !hasCue(NOT_A_SHARING_STATEMENT, t);
  // A sharing sentence names data the company holds, but it is evidence of sharing, not of collection,
  // unless it also says the data is collected.
  // Without a verb of its own, a sentence counts only as an item of a collection list (a bullet or
  // a short "Location information: ..." line under a collection heading or lead-in).
  const listLike = ctx.block.kind === 'bullet' || ctx.block.kind === 'cell' || ctx.text.length < 400 || /^[^.:]{2,60}:/.test(clause.text);
  // "You can access device settings at any time": a sentence about what the user can do is a choice,
  // not an item of the collection list it sits under.
  const userActs = /^\W*(?:(?:\d{1,2}[.)]\s*)?)(?:you|users?)\s+(?:can|may|could|might|are able to|have the (?:right|option))(?![a-z])/i.test(t);
  const collectByFrame = frameSaysCollect && listLike && !userActs && !deniedCollect && !onlyThirdPartyCollects && !(shareVerb && thirdParty && !explicitCollect) && !ctx.categories.has('security');
  const anonymousOnly = share && !(thirdPartyCollects && !shareVerb) && hasCue(ANONYMOUS_DATA, t) && !hasCue(IDENTIFIABLE_DATA, blankOut(ANONYMOUS_DATA_PHRASE, t));
  return { collect: explicitCollect || collectByFrame, explicitCollect, share, anonymousOnly };
}

/**
 * "We do not collect any personally identifiable information", "is not shared": a mention governed
 * by a denied practice in the same clause is not evidence, unless the clause carves out an
 * exception ("we do not share your e-mail address except with our mail vendor").
 */
function isNegatedMention(clause: string, at: number): boolean {
  if (hasCue(SHARE_EXCEPTION, clause)) return false;
  const lead = clause.slice(Math.max(0, at - 60), at);
  return DENIAL_BEFORE_MENTION.test(lead) || NOT_LINKED_TO.test(clause.slice(Math.max(0, at - 140), at)) || /^[^.;,]{0,25}?(?:is|are|will be|be)\s+(?:not|never)\s+(?:\w+ly\s+)?(?:collected|shared|disclosed|sold|rented|stored|tracked|used)/i.test(clause.slice(at));
}
const DENIAL_BEFORE_MENTION = new RegExp(
  String.raw`(?:(?:(?:do|does|did|will|shall|would|can|may)\s*(?:not|n['’]t|never)|never|neither)\s+(?:\w+ly\s+)?(?:(?:attempt|try|seek|intend|aim)\s+to\s+)?(?:use\s+(?:[\w-]+\s+){1,3}to\s+)?|(?:prohibited|forbidden|barred|not (?:permitted|allowed)) (?:from|to)\s+|(?<![a-z])(?:avoid|refrain from)\s+)(?:collect|gather|seek|ask for|request|obtain|receive|store|track|record|share|disclose|sell|rent|trade|give|release|transfer|use)(?:ing)?(?:[\w,]*\s+(?:or|and|nor)\s+\w+)*\s+(?:any\s+|your\s+|the\s+|such\s+|this\s+|that\s+|other\s+)*(?:[\w-]+\s+){0,2}$`,
  'i',
);

/**
 * "We do not link the data in the analytics software to any personally identifiable information":
 * data the company keeps apart from the mention is not evidence that the mentioned data is collected.
 */
const NOT_LINKED_TO = /(?:not|never|n['’]t)\s+(?:\w+ly\s+)?(?:link|associate|combine|connect|match|merge|tie|correlate)[^.;]{0,100}?\s(?:with|to)\s+(?:any\s+|your\s+|the\s+|other\s+)*(?:[\w-]+\s+)?$/i;

/**
 * The company's own contact details ("write to us at the postal address listed below", "contact us
 * at the e-mail address above") are a channel, not the user's data.
 */
function isCompanyContact(clause: string, start: number, end: number): boolean {
  const before = clause.slice(Math.max(0, start - 40), start);
  const after = clause.slice(end, end + 30);
  return (/(?:the|our)\s+$/i.test(before) && /^\s*(?:listed|below|above|shown|provided (?:below|above)|at the (?:bottom|end))/i.test(after)) || /(?:contact|write to|email|e-mail|reach|call)\s+us\s+(?:at|via|by|using)\s+(?:the\s+|our\s+)?$/i.test(before);
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
