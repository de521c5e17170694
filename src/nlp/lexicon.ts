/**
 * Words the run-together repair may split a token into. Scraped and PDF-converted policies lose
 * spaces ("Wemay", "ouraffiliates", "personaldata", "inthis"); a token is only split when BOTH halves
 * are known words and the whole token is not, so real words ("another", "within", "information")
 * stay intact. The list is closed on purpose: function words that policies glue most often, plus the
 * vocabulary the rules read. Lower case.
 */
const FUNCTION_WORDS = `a an the this that these those there their they them then than we us our ours you your yours
it its he she his her i me my by as at in on of to for from with without within into onto upon and or nor but if
so not no is are was were be been being has have had do does did done can could may might must shall should will
would when where what which who whom whose how why while also only all any each every some such other others
more most less about after before over under up out off per via both either neither same own very just
whether because until unless except including include includes included etc`;

/** Compounds of function words that must never be split ("an"+"other", "with"+"in"). */
const COMPOUNDS = `another within without into onto upon whatever whenever wherever whoever however therefore
thereafter thereby therein hereby herein hereto hereunder whereas whereby itself ourselves yourself yourselves
themselves himself herself myself cannot anyone anything anywhere anybody anytime someone something somewhere
sometimes somewhat everyone everything everywhere nobody nothing nowhere otherwise moreover furthermore
nevertheless notwithstanding meanwhile whatsoever also already always almost although altogether alongside
inform informed information informational install installed income increase indeed instance insofar inside
indicate forward format formal forth forthwith together today towards toward token total often often onto
offer offers offered offering online once ongoing order ordering origin island issue issues item items
maybe mayor candidate cancel cancelled canada thus theme theory there's assets assist assume notice notices
notify notified noted note notes nothing weather website websites webpage webpages welcome well were western
ourselves anyway anyhow allow allows allowed allowing alone along answer answers inward inwards outside
outline output outcome outcomes outlined overall overseas override update updated updates updating upload
uploaded uploads underage overage apart soon mean means meaning area areas thereon whereon hereon onus upon withdraw withdrawn withdrawal withhold withheld thereof whereof hereof inasmuch`;

/** Content words of privacy policies (the vocabulary the rules read). */
const DOMAIN_WORDS = `information data personal personally identifiable identify identifies identified privacy policy
policies notice statement collect collects collected collecting collection use uses used using usage share shares
shared sharing disclose discloses disclosed disclosure sell sells sold sale store stores stored storage process
processes processed processing transfer transfers transferred retain retains retained retention keep keeps kept
delete deletes deleted deletion remove removed access accessed correct correction update review edit export
protect protects protected protection secure security safeguard safeguards encrypt encrypted encryption
third party parties partner partners affiliate affiliates affiliated subsidiary subsidiaries provider providers
service services vendor vendors advertiser advertisers advertising ads analytics company companies business
businesses site sites app apps application applications product products device devices account accounts
cookie cookies beacon beacons pixel pixels browser browsers setting settings preference preferences choice
choices option options opt consent consents agree agreement permission request requests contact contacts email
emails address addresses name names phone number numbers location locations payment payments card credit
financial children child minor minors age parent parents parental under years year old change changes changed
changing modify modified material track tracking signal signals law laws legal government authority authorities
user users customer customers visitor visitors member members registration register registered profile
purchase purchases order orders content part provide provides provided providing receive received send sent
marketing communications communication newsletter newsletters mobile smart home cloud subscription subscriptions
terms conditions time times period periods long necessary required purposes purpose process may can
ensure make made allow give given used we our you your products services site`;

export const SPLIT_LEXICON: ReadonlySet<string> = new Set(
  `${FUNCTION_WORDS} ${COMPOUNDS} ${DOMAIN_WORDS}`.split(/\s+/).filter(Boolean),
);

export function isKnownWord(lower: string): boolean {
  return SPLIT_LEXICON.has(lower);
}
