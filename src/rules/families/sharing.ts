import type { Rule } from '../types';
import { M_AUX, M_DATA, M_SELL, M_SHARE, firstParty } from '../phrases';
import { AUX, DATA, META_SENTENCE, SHARE_VERB, THIRD, WE, gap, rx, words } from '../lexicon';
import { CHILDREN_TOPIC, QUESTION_OR_RELATIVE_LEAD, REFERRAL, TRANSFER_ABROAD } from './sentence-scope';

/**
 * California's "Shine the Light" right (Civil Code 1798.83) is about disclosures for direct marketing, but a
 * section that explains it states a regional right, not a sharing practice: annotators file it under audiences.
 */
const SHINE_THE_LIGHT = rx(words('shine the light|1798\\.83|your california privacy rights|california civil code'));

/**
 * Third-party sharing and collection: disclosure to others (affiliates, processors, advertisers,
 * authorities, buyers of the business) and collection BY others (their cookies, SDKs, analytics).
 * Negative statements are still sharing ("we do not sell your data … except"), so negation keeps.
 * Receiving data FROM others is first-party collection (collection/received-from-others). Sentences about children,
 * pointers to other pages and California "Shine the Light" sections are left to audiences/other.
 */
export const sharingRules: Rule[] = [
  {
    id: 'sharing/third-party-disclosure',
    category: 'sharing',
    description:
      'A disclosure verb with a third-party recipient in the same sentence ("we may share your information with our service providers", ' +
      '"we will not disclose … to third parties unless"). Negation keeps the category: denials are sharing statements too.',
    patterns: [rx(SHARE_VERB, gap(8), words('with|to|among|between|within'), gap(4), THIRD), rx(THIRD, gap(6), words('(?:to )?whom we (?:share|disclose|provide|transfer)|with whom we share'))],
    // Links to other sites are not disclosures ("we may provide links to third-party sites").
    unless: [
      META_SENTENCE,
      CHILDREN_TOPIC,
      REFERRAL,
      SHINE_THE_LIGHT,
      rx(words('links?|linked|hyperlinks?'), gap(2), words('to|from'), gap(2), words('third[- ]party|other|external|outside|these|such|unaffiliated|non-affiliated|nonaffiliated')),
      // The user complaining to a regulator ("you can file complaints or report to the supervisory authority") is a right.
      rx(words('file|lodge|make|submit'), ' (?:a |any )?', words('complaints?')),
    ],
    negation: 'keep',
    weight: 1,
    examples: {
      match: [
        'We may share your information with our service providers.',
        'We will not disclose your personal data to third parties unless required by law.',
        'Aspart of delivering our service, your information may be transferred and shared with third parties, including ouraffiliates.',
      ],
      noMatch: ['We use your email address to send you receipts.', 'This Privacy Policy explains how we share information with partners.'],
    },
  },
  {
    id: 'sharing/sell-rent',
    category: 'sharing',
    description: 'Selling, renting or trading personal data, affirmed or denied ("we do not sell or rent your personal information").',
    // A denial needs no data noun: "we do not sell, rent or trade" is about the user's data in a policy.
    match: [...firstParty(`(do|does|will|would|shall|can|also)? (not|never) ${M_SELL}`)],
    patterns: [rx(words('sell|sells|sold|selling|sale of|rent|rents|rented|renting|trade|trades|lease|leases'), gap(4), DATA), rx(DATA, gap(4), words('sold|rented|traded'))],
    // Selling goods is not selling data: "we sell smart home devices", "we do not sell products to children".
    unless: [META_SENTENCE, CHILDREN_TOPIC, REFERRAL, SHINE_THE_LIGHT, rx(words('products|goods|tickets|merchandise|items'), gap(2), words('sold|for sale')), rx(words('sell|sells|selling|sold'), gap(1), words('products|goods|tickets|merchandise|items|devices|subscriptions')), rx(words('trade names?|trademarks?|trade secrets?|trade dress'))],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['We do not sell or rent your personal information.', 'Your data will never be sold.', "We don't sell, rent or trade to anyone.", 'Our company will never rent it.'],
      noMatch: ['We sell smart home devices.', 'We do not sell products for purchase by children.'],
    },
  },
  {
    id: 'sharing/third-party-collects',
    category: 'sharing',
    description:
      'Third parties collecting or using data themselves: their cookies, pixels, SDKs, analytics and ad networks ' +
      '("our partners may collect", "third-party cookies", "Google Analytics").',
    patterns: [
      rx(THIRD, AUX, ' ', words('collect|collects|gather|gathers|use|uses|receive|receives|obtain|obtains|place|places|set|sets|track|tracks|access|have access to|record|process|processes|serve|serves|may use|may collect|combine|combines|assist us|help us|monitor|monitors|analy[sz]e|analy[sz]es|deliver|delivers|present|presents')),
      // Not "analytics cookies": cookie notices name the site's own analytics class that way (collection/cookie-categories).
      rx(words('third-party|third party|advertising|advertisers\'?|partners\'?'), ' ', words('cookies?|web beacons?|pixels?|tags?|sdks?|tracking technolog(?:y|ies)|tracking|scripts?|plug-?ins?|widgets?')),
      // Named tracking vendors. The bare names of the practice ("online behavioral advertising", "interest-based ads") are
      // left out: policies use them mostly to tell users how to opt out, and as a cue they cost more than they found.
      rx(words('google analytics|doubleclick|google adsense|adsense|facebook pixel|omniture|quantcast|comscore|nielsen|adobe analytics|mixpanel|hotjar|crashlytics|firebase|criteo|taboola|outbrain|chartbeat|scorecard research|social (?:media )?plug-?ins?|meta pixel|tiktok pixel|linkedin insight tag|microsoft clarity|google tag manager|hubspot|amplitude|intercom|braze|optimizely|new relic|sentry|datadog|stripe|paypal|klaviyo|mailchimp|salesforce|zendesk|appsflyer|onetrust')),
    ],
    unless: [META_SENTENCE, CHILDREN_TOPIC, REFERRAL, SHINE_THE_LIGHT],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['Our partners may collect information about your browsing.', 'We use Google Analytics to understand traffic.', 'Some pages contain third-party cookies.', 'Ad networks may independently collect your IP address.'],
      noMatch: ['We collect your name when you register.'],
    },
  },
  {
    id: 'sharing/they-collect',
    category: 'sharing',
    description:
      'Third parties referred back to ("they", "these features", "such providers") collecting or tracking: "they may place a ' +
      'separate cookie on your computer", "these features may collect your IP address". A policy speaks of itself as "we", ' +
      'so a "they" that collects data is someone else. Needs a data or tracker object, so "when they use the internet" ' +
      'and "when they receive these signals" do not count.',
    patterns: [
      rx(
        words('they|these (?:features|tools|services|plug-?ins|widgets|networks|servers|sites|websites|content providers|providers|companies|vendors|partners|advertisers|third parties)|such (?:features|tools|services|networks|providers|content providers|companies|vendors|partners|advertisers|third parties)|(?:advertising|ad) (?:networks|servers|companies)|content providers'),
        AUX,
        ' ',
        words('collect|collects|gather|gathers|place|places|set|sets|use|uses|record|records|track|tracks|access|obtain|obtains|combine|log|read|recognize'),
        gap(4),
        '["\'(]?',
        words('cookies?|web beacons?|beacons|pixel tags?|pixels?|gifs?|single-pixel|information|data|ip address(?:es)?|device identifiers?|identifiers|location|browsing|your (?:name|e-?mail|activity|activities|usage|visits?|browser|device)'),
      ),
    ],
    unless: [META_SENTENCE, CHILDREN_TOPIC, REFERRAL, SHINE_THE_LIGHT],
    // "… so you can understand how they collect, use and share your information" points to their policies.
    notPrecededBy: QUESTION_OR_RELATIVE_LEAD,
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['As part of their service, they may place a separate cookie on your computer.', 'These features may collect your IP address and the page you are visiting.'],
      noMatch: ['Children should ask a parent before they use the internet.', 'Read their policies to understand how they collect and use your information.'],
    },
  },
  {
    id: 'sharing/handled-by-others',
    category: 'sharing',
    description:
      'Data or ads handled by someone else, said without "we share": "your card number is processed through a third-party ' +
      'vendor", "ads are served by third-party companies", "we allow advertisers to place cookies", "we make your postal ' +
      'address available to other companies". Links to other sites ("sites operated by third parties") are not handling.',
    patterns: [
      rx(
        words('processed|collected|gathered|served|delivered|handled|stored|hosted|administered'),
        ' (?:directly )?',
        words('through|by'),
        ' (?:a |an |the |our |these |such )?',
        words('third[- ]part(?:y|ies)|outside (?:companies|parties|vendors)|unaffiliated|other companies|vendors?|service providers?|advertis(?:ers?|ing companies|ing partners)|partners'),
      ),
      rx(
        words('allow|allows|enable|enables|permit|permits|let|lets|authorize|authorizes'),
        ' (?:certain |select |such |these |other |our )?',
        words('third[- ]part(?:y|ies)|advertisers?|advertising (?:companies|partners|networks)|ad networks|other (?:businesses|companies|users|members)|partners|service providers|vendors'),
        gap(3),
        words('to (?:see|view|access|collect|use|place|set|serve|recognize|read|track|obtain|receive)'),
      ),
      rx(words('make|makes|made|making'), gap(3), words('information|data|address|addresses|names|lists?|details|records|profiles?'), ' available to'),
    ],
    unless: [
      META_SENTENCE,
      CHILDREN_TOPIC,
      REFERRAL,
      SHINE_THE_LIGHT,
      rx(words('links?|linked|hyperlinks?|websites?|sites?'), gap(2), words('operated|owned|maintained|controlled'), ' by'),
    ],
    negation: 'keep',
    weight: 1,
    examples: {
      match: [
        'Your credit card number is processed through a third-party vendor.',
        'We allow advertising companies to place cookies on your computer.',
        'From time to time we make your postal address available to companies that send catalogs.',
      ],
      noMatch: ['Our site contains links to websites operated by third parties.', 'We make our services available to adults only.'],
    },
  },
  {
    id: 'sharing/legal-disclosure',
    category: 'sharing',
    description:
      'Disclosure to authorities and in legal process ("if required by law, subpoena, court order", "to protect our rights") where ' +
      'disclosure is being discussed.',
    patterns: [rx(words('subpoenas?|court orders?|legal process|law enforcement|government (?:agencies|authorities|requests)|regulatory authorities|public authorities|legal requirements?|required by law|comply with (?:the )?law|comply with (?:any )?(?:applicable )?(?:laws?|legal obligations?)'))],
    requires: [rx(words('disclose|discloses|disclosed|disclosure|disclosures|share|shares|shared|release|released|provide (?:your |personal |such |the |any )?(?:information|data)|turn over|respond to (?:a |any |such )?(?:subpoenas?|court|legal|lawful|government|law enforcement|requests? (?:from|by) (?:public|government|law))|cooperate with|transfer|sell'))],
    unless: [META_SENTENCE, CHILDREN_TOPIC, REFERRAL, SHINE_THE_LIGHT],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['We may disclose information in response to a subpoena or court order.', 'We may release data when required by law.'],
      noMatch: ['We retain records as required by law.'],
    },
  },
  {
    id: 'sharing/business-transfer',
    category: 'sharing',
    description: 'Data passing to a buyer or successor in a merger, acquisition, bankruptcy or sale of assets.',
    patterns: [rx(words('merger|mergers|acquisition|acquisitions|acquired|bankruptcy|reorgani[sz]ation|sale of (?:all|some|substantially all|our|the company|assets)|change of control|change in control|sale or transfer|divestiture|successor'))],
    // Not satisfied by the trigger itself: "Instagram had been acquired by Facebook" is company news, not a data transfer.
    requires: [rx(words('information|data|assets?|transfer|transferred|transferable|disclose|disclosed|share|shared|sold|sale'))],
    unless: [META_SENTENCE, CHILDREN_TOPIC, REFERRAL, SHINE_THE_LIGHT],
    negation: 'keep',
    weight: 1,
    examples: {
      match: ['If we are acquired or merge with another company, your information may be transferred to the new owner.', 'In the event of a bankruptcy, user data may be sold as an asset.'],
      noMatch: ['We may update this notice at any time.'],
    },
  },
  {
    id: 'sharing/recipient-nouns',
    category: 'sharing',
    description:
      'Recipients named as such ("service providers who perform services on our behalf", "our affiliates", "advertisers") — weak alone, ' +
      'strong next to any data noun.',
    patterns: [rx(words('service providers?|third-party service providers?|third party service providers?|vendors|contractors|affiliates|affiliated companies|subsidiaries|business partners|marketing partners|advertisers|advertising partners|sponsors|co-branded|processors|sub-processors|third parties|third-parties|outside parties|on our behalf|on behalf of us|publicly available|publicly visible|public forums?|message boards?|publicly display'))],
    requires: [rx(DATA)],
    unless: [META_SENTENCE, CHILDREN_TOPIC, REFERRAL, SHINE_THE_LIGHT],
    negation: 'keep',
    weight: 0.6,
    examples: {
      match: ['Service providers process your data on our behalf.', 'Information you post on public forums may be seen by other users and third parties.'],
      noMatch: ['Thank you for reading.'],
    },
  },
  {
    id: 'sharing/transfer-abroad-to-others',
    category: 'sharing',
    description:
      'International transfers involving affiliates or third parties, or the safeguards for them (standard contractual clauses, ' +
      'Privacy Shield, adequacy decisions).',
    patterns: [rx(words('standard contractual clauses|model clauses|privacy shield|adequacy decisions?|binding corporate rules|cross-border transfers?|transferred (?:to|and processed in) (?:other )?countr(?:y|ies)|transfer(?:red)? (?:outside|abroad)|other countries|outside (?:of )?(?:your|the) (?:country|jurisdiction|eea|european economic area|european union|eu)'))],
    unless: [META_SENTENCE, CHILDREN_TOPIC, REFERRAL, SHINE_THE_LIGHT],
    negation: 'keep',
    // OPP-115 files many transfer statements under international audiences; weak alone.
    weight: 0.5,
    examples: {
      match: ['Your information may be transferred to other countries.', 'We rely on Standard Contractual Clauses for these transfers.'],
      noMatch: ['We keep data for two years.'],
    },
  },
];

export const sharingWeShare: Rule = {
  id: 'sharing/we-share',
  category: 'sharing',
  description:
    'The company as subject of a disclosure verb about data, without a named recipient ("we may share aggregated information", ' +
    '"we do not sell your personal data"). Negation keeps.',
  // Subject, modals/adverbs ("we may also", "we won't", "allow us to"), disclosure verb, data noun within four words.
  match: [...firstParty(`${M_AUX} ${M_SHARE} .{0,4} ${M_DATA}`)],
  patterns: [
    // "We may also provide your mailing address to…": providing the user's data onward to someone other than the user.
    rx(WE, AUX, ' ', words('provide|provides|give|gives|send|sends|supply|furnish|make|forward|forwards|pass|passes|pass on|report|reports|release|releases'), ' ', words('your|such|this|that|these|the|any|certain|some|all|aggregated?|anonymi[sz]ed|anonymous|non-personal|de-identified|statistical'), gap(3), DATA, gap(6), '(?:to|with) (?!you\\b|us\\b|our users\\b)'),
    // The recipient first: "we do not provide advertisers with your name", "we may supply our partners with aggregate data".
    rx(WE, AUX, ' ', words('provide|provides|furnish|furnishes|supply|supplies'), '(?! (?:you|users|our users|visitors|customers|our customers|members|parents)\\b)', gap(6), words('with'), gap(3), DATA),rx(DATA, gap(3), words('may be shared|will be shared|is shared|are shared|may be disclosed|will be disclosed|is disclosed|may be transferred|can be shared|be shared|be disclosed|will not be shared|will not be disclosed|not be shared|not be disclosed'))],
  // The company moving its own data abroad ("we may transfer and store your information in other countries") is
  // storage, i.e. collection; transfers to named recipients are still caught by sharing/third-party-disclosure.
  unless: [META_SENTENCE, CHILDREN_TOPIC, REFERRAL, SHINE_THE_LIGHT, TRANSFER_ABROAD],
  negation: 'keep',
  weight: 1,
  examples: {
    match: [
      'We may share aggregated information publicly.',
      'Your personal information will not be disclosed without your consent.',
      "We won't disclose your email address.",
      'You authorize us to share your contact details.',
      'We may also provide your mailing address to companies that send catalogs.',
      'We will forward the details you enter to the dealer you select.',
      'We do not provide advertisers with your name or e-mail address.',
    ],
    noMatch: [
      'We collect your location to show nearby stores.',
      'We may transfer and store your information in other countries where we operate.',
      'We provide the information to you in a portable format.',
      'We provide our customers with information about new products.',
    ],
  },
};

sharingRules.push(sharingWeShare, {
  id: 'sharing/service-providers',
  category: 'sharing',
  description:
    'The company engaging others to handle data for it ("we employ other companies to perform functions on our behalf", ' +
    '"we and third parties may use cookies"): processors and joint collectors are third parties in OPP-115.',
  patterns: [
    rx(words('employ|employs|engage|engages|hire|hires|retain|retains|work with|works with|contract with|contracts with|partner with|rely on|use|uses'), gap(3), words('other companies|third[- ]part(?:y|ies)|contractors|independent contractors|vendors|service providers|outside companies|outside contractors|agents|suppliers|processors|sub-?processors|companies and individuals')),
    rx(words('we and|we, along with|along with|together with|we or'), gap(2), THIRD, gap(8), words('may use|use|collect|may collect|place|set|may place|may set|track')),
    // Processors held to a contract over the data they get: "our sub-processors are bound by data processing agreements",
    // "service providers are contractually required to keep it confidential".
    rx(words('processors|sub-?processors|service providers|vendors|contractors|suppliers'), ' (?:are|will be|must be|remain) (?:contractually |legally |also )?', words('bound|required|obligated|obliged|prohibited|restricted|only permitted|not permitted|not allowed')),
  ],
  unless: [META_SENTENCE, CHILDREN_TOPIC, REFERRAL, SHINE_THE_LIGHT],
  negation: 'keep',
  weight: 1,
  examples: {
    match: ['We employ other companies and individuals to perform functions on our behalf.', 'We and third parties that provide content on our Services may use cookies.', 'We use sub-processors to help us provide the Services.', 'Our sub-processors are bound by data processing agreements.'],
    noMatch: ['We employ encryption to protect your data.'],
  },
}, {
  id: 'sharing/public-disclosure',
  category: 'sharing',
  description:
    'Data made visible to the public or other users (posts, profiles, directories): disclosure to third parties in the OPP-115 sense.',
  patterns: [rx(words('visible to (?:the public|other users|others|anyone|everyone)|publicly (?:available|visible|accessible|displayed|posted|disclosed|disclose)|(?:available|accessible|viewable|visible) to (?:the )?(?:general )?public|public areas?|public forums?|publicly post|can be (?:seen|read|viewed) by (?:others|other users|anyone|the public)|may be (?:seen|read|viewed|collected|used) by (?:others|other users|anyone|the public)|general public'))],
  unless: [META_SENTENCE, CHILDREN_TOPIC, REFERRAL, SHINE_THE_LIGHT],
  negation: 'keep',
  weight: 1,
  examples: {
    match: ['Your profile name is visible to other users.', 'Anything you post in public forums may be read by others.'],
    noMatch: ['We keep your profile private.'],
  },
}, {
  id: 'sharing/people-you-share-with',
  category: 'sharing',
  description:
    'Other people given sight of the user\'s data: members of a shared home or account, invited users, contacts ("family ' +
    'members you invite can view live video", "other users can see your activity"). OPP-115 counts other users among the ' +
    'third parties data goes to.',
  patterns: [
    rx(words('other users|other members|other people|other participants|family members|household members|guests|shared users|people you (?:invite|share with|add)|anyone you (?:invite|share with|add)|your (?:contacts|followers|friends|connections)'), AUX, ' (?:be able to )?', words('see|view|access|watch|download')),
    rx(words('invite|invites|add|adds|share access with|give access to|grant access to|share (?:your )?(?:home|device|devices|camera|cameras|account|location) with'), gap(3), words('family members|household members|other users|other people|guests|someone|others|friends|people')),
  ],
  requires: [rx(words('see|sees|view|views|access|watch|control|download|track'))],
  unless: [META_SENTENCE, CHILDREN_TOPIC, REFERRAL],
  negation: 'keep',
  weight: 1,
  examples: {
    match: ['If you invite family members to your home, they will be able to see live video from your cameras.', 'Other users can see your activity and your playlists.'],
    noMatch: ['Invite friends to earn rewards.'],
  },
}, {
  id: 'sharing/connected-services',
  category: 'sharing',
  description:
    'Data passing to a service the user links: voice assistants, smart-home platforms, other apps ("if you link your device to ' +
    'Alexa, we send device status to that service"). Needs a passing verb: linking alone states no disclosure.',
  patterns: [
    // The user linking something of theirs (not "links to a third-party platform"): smart-home and assistant platforms, whose
    // integrations pass device data on. Linking a social account to sign in is mostly first-party collection in OPP-115.
    rx(words('link|links|linked|linking|connect|connects|connected|connecting|integrate|integrates|pair|paired|enable|enables'), ' (?:your |a |the |this |any )?', words('account|accounts|device|devices|camera|cameras|home|app|products?|speaker|thermostat|lights?|lock'), gap(3), words('alexa|amazon alexa|google assistant|google home|siri|homekit|smartthings|ifttt|voice assistants?|third[- ]party (?:integrations?|skills?|devices?|smart home (?:services?|platforms?))|smart home (?:services?|platforms?)')),
  ],
  requires: [rx(words('send|sends|sent|share|shares|shared|provide|provides|disclose|discloses|exchange|exchanges|transmit|transmits|pass|passes|receive|receives|access'))],
  unless: [META_SENTENCE, CHILDREN_TOPIC, REFERRAL, SHINE_THE_LIGHT],
  negation: 'keep',
  weight: 1,
  examples: {
    match: ['If you link your device to Amazon Alexa, we send device status and voice commands to that service.', 'When you connect your camera to a smart home platform, it may access your camera events.'],
    noMatch: ['You can link your account to Google Assistant in the app.', 'When you share links to content on a third-party platform, that action may be shared with them.'],
  },
}, {
  id: 'sharing/state-law-disclosure',
  category: 'sharing',
  description:
    'Disclosure in the terms of US state privacy laws: "disclosed for a business purpose", "sold or shared", "shared for ' +
    'cross-context behavioral advertising". Needs a disclosure verb, so a bare mention of the purpose is not counted.',
  patterns: [rx(words('for a business purpose|for business purposes|for a commercial purpose|for commercial purposes|cross-context behaviou?ral advertising|sold or shared|sell or share|selling or sharing|sale or sharing'))],
  requires: [rx(words('disclose|discloses|disclosed|disclosing|sell|sells|sold|selling|sale|share|shares|shared|sharing'))],
  unless: [META_SENTENCE, CHILDREN_TOPIC, REFERRAL],
  negation: 'keep',
  weight: 1,
  examples: {
    match: ['In the preceding 12 months, we have disclosed the following categories of personal information for a business purpose:', 'We do not share your data for cross-context behavioral advertising.'],
    noMatch: ['We use your data for business purposes such as billing.'],
  },
});
