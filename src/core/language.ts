/**
 * A small, DOM-free language guess for deciding "English (supported) or not": writing-system
 * detection for non-Latin scripts, then stop-word profiles for Latin-script European languages.
 * Returns a primary BCP-47 subtag ('en', 'de', …) or 'und' when there is too little text.
 * It only needs to be right about the dominant language of a whole document, so it samples.
 */

/** Function words that are frequent in running text and rare in the other profiled languages. */
const STOP_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'we', 'you', 'your', 'with', 'for', 'this', 'are', 'or', 'by', 'not', 'be', 'it', 'our', 'which', 'from', 'have', 'will', 'may', 'any', 'when', 'use', 'information', 'such', 'other'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sie', 'wir', 'ihre', 'den', 'dem', 'des', 'auf', 'für', 'eine', 'einer', 'oder', 'auch', 'werden', 'wird', 'zu', 'von', 'bei', 'sind', 'ihrer', 'daten', 'diese', 'durch', 'uns'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'pour', 'que', 'qui', 'dans', 'nous', 'vous', 'vos', 'votre', 'sur', 'par', 'pas', 'ou', 'au', 'aux', 'ces', 'sont', 'avec', 'données', 'être', 'peut', 'leur', 'cette'],
  es: ['el', 'los', 'las', 'del', 'y', 'es', 'una', 'por', 'para', 'que', 'con', 'su', 'sus', 'se', 'lo', 'al', 'como', 'más', 'nuestro', 'nuestros', 'usted', 'datos', 'puede', 'este', 'esta', 'o', 'son', 'cuando', 'sobre', 'también'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'gli', 'delle', 'dei', 'della', 'del', 'sono', 'con', 'non', 'una', 'questo', 'questa', 'anche', 'nostro', 'nostri', 'dati', 'essere', 'alla', 'nel', 'nella', 'può', 'tuoi', 'suoi', 'vostri', 'ai'],
  pt: ['o', 'os', 'as', 'do', 'da', 'dos', 'das', 'e', 'é', 'um', 'uma', 'para', 'que', 'com', 'não', 'seus', 'suas', 'nós', 'você', 'dados', 'pelo', 'pela', 'ao', 'aos', 'mais', 'também', 'sobre', 'quando', 'seu', 'sua'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'wij', 'we', 'uw', 'u', 'niet', 'met', 'voor', 'op', 'zijn', 'worden', 'wordt', 'ook', 'door', 'bij', 'naar', 'deze', 'onze', 'kunnen', 'gegevens', 'als', 'aan', 'of', 'die'],
  sv: ['och', 'att', 'det', 'som', 'en', 'är', 'av', 'för', 'med', 'till', 'den', 'på', 'vi', 'du', 'din', 'dina', 'inte', 'om', 'kan', 'har', 'våra', 'vår', 'eller', 'de', 'uppgifter', 'när', 'från', 'också', 'dessa', 'ska'],
  da: ['og', 'at', 'det', 'som', 'en', 'er', 'af', 'for', 'med', 'til', 'den', 'på', 'vi', 'du', 'din', 'dine', 'ikke', 'om', 'kan', 'har', 'vores', 'eller', 'de', 'oplysninger', 'når', 'fra', 'også', 'disse', 'skal', 'bliver'],
  no: ['og', 'at', 'det', 'som', 'en', 'er', 'av', 'for', 'med', 'til', 'den', 'på', 'vi', 'du', 'din', 'dine', 'ikke', 'om', 'kan', 'har', 'våre', 'vår', 'eller', 'de', 'opplysninger', 'når', 'fra', 'også', 'disse', 'skal'],
  fi: ['ja', 'on', 'että', 'ei', 'se', 'tai', 'kanssa', 'me', 'sinun', 'tietoja', 'tiedot', 'voimme', 'joka', 'jos', 'kun', 'ovat', 'myös', 'niin', 'mukaan', 'tämä', 'näitä', 'meidän', 'sekä', 'voi', 'olla', 'kuten', 'mitä', 'jotka', 'henkilötietoja', 'palvelun'],
  pl: ['i', 'w', 'z', 'na', 'do', 'nie', 'się', 'że', 'jest', 'to', 'o', 'od', 'przez', 'dla', 'lub', 'oraz', 'jak', 'są', 'może', 'twoje', 'danych', 'dane', 'po', 'ich', 'tym', 'jego', 'które', 'który', 'osobowych', 'także'],
  cs: ['a', 'v', 'se', 'na', 'je', 'že', 'to', 's', 'z', 'do', 'o', 'pro', 'jako', 'nebo', 'jsou', 'by', 'které', 'který', 'vaše', 'vás', 'údaje', 'údajů', 'osobní', 'také', 'jejich', 'při', 'tak', 'podle', 'může', 'jsme'],
  ro: ['și', 'si', 'de', 'la', 'în', 'in', 'este', 'care', 'pentru', 'cu', 'nu', 'din', 'sau', 'pe', 'să', 'sa', 'datele', 'dumneavoastră', 'noi', 'sunt', 'ale', 'al', 'prin', 'acest', 'această', 'fi', 'mai', 'personale', 'vor', 'poate'],
  hu: ['a', 'az', 'és', 'hogy', 'nem', 'is', 'egy', 'van', 'vagy', 'meg', 'de', 'csak', 'által', 'ha', 'mint', 'adatok', 'adatait', 'személyes', 'amely', 'kell', 'azt', 'ezt', 'valamint', 'minden', 'során', 'alapján', 'fel', 'után', 'ön', 'önnek'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'olarak', 'da', 'de', 'veya', 'gibi', 'olan', 'kişisel', 'verilerinizi', 'verileri', 'sizin', 'biz', 'ise', 'daha', 'çok', 'her', 'kadar', 'hizmet', 'tarafından', 'olduğu', 'ancak', 'size', 'ki', 'mi', 'şekilde', 'hakkında'],
  id: ['dan', 'yang', 'di', 'ke', 'dari', 'untuk', 'dengan', 'kami', 'anda', 'ini', 'itu', 'atau', 'tidak', 'akan', 'dalam', 'pada', 'data', 'informasi', 'dapat', 'kepada', 'adalah', 'oleh', 'juga', 'sebagai', 'tersebut', 'kita', 'bahwa', 'jika', 'hanya', 'pribadi'],
};

/** Minimum words before we dare a guess. */
const MIN_WORDS = 12;
/** A non-Latin script dominates when it holds this share of the letters. */
const SCRIPT_MIN_SHARE = 0.3;
/** Cap on analysed characters: three windows across the document. */
const SAMPLE_CHARS = 30_000;

const STOP_INDEX: Map<string, string[]> = (() => {
  const index = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(STOP_WORDS)) {
    for (const w of words) {
      const langs = index.get(w) ?? [];
      langs.push(lang);
      index.set(w, langs);
    }
  }
  return index;
})();

const SCRIPTS: Array<[RegExp, string]> = [
  [/[\u3040-\u30ff]/gu, 'ja'], // kana marks Japanese even among Han characters
  [/[\uac00-\ud7af\u1100-\u11ff]/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Bengali}/gu, 'bn'],
  [/\p{Script=Tamil}/gu, 'ta'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Armenian}/gu, 'hy'],
];

function sample(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const w = Math.floor(SAMPLE_CHARS / 3);
  const mid = Math.floor(text.length / 2);
  return `${text.slice(0, w)} ${text.slice(mid - w / 2, mid + w / 2)} ${text.slice(-w)}`;
}

export function detectLanguage(text: string): string {
  if (typeof text !== 'string') return 'und';
  const s = sample(text);
  const letters = (s.match(/\p{L}/gu) ?? []).length;
  if (letters < 20) return 'und';

  // Writing systems first: a page mostly in CJK, Cyrillic, Arabic … is not English.
  let bestScript = '';
  let bestScriptCount = 0;
  let hanCount = 0;
  let kanaCount = 0;
  for (const [re, lang] of SCRIPTS) {
    const n = (s.match(re) ?? []).length;
    if (lang === 'zh') hanCount = n;
    if (lang === 'ja') kanaCount = n;
    if (n > bestScriptCount) {
      bestScript = lang;
      bestScriptCount = n;
    }
  }
  // Japanese mixes Han and kana: count them together.
  if (kanaCount > 0 && kanaCount + hanCount > bestScriptCount) {
    bestScript = 'ja';
    bestScriptCount = kanaCount + hanCount;
  }
  // CJK characters carry a word each; weigh them so short CJK passages still count.
  if (bestScriptCount >= SCRIPT_MIN_SHARE * letters) {
    if (bestScript === 'ru' && /[іїєґ]/iu.test(s)) return 'uk';
    return bestScript;
  }

  const words = s.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  if (words.length < MIN_WORDS) return 'und';
  const scores = new Map<string, number>();
  for (const w of words) {
    const langs = STOP_INDEX.get(w);
    if (!langs) continue;
    // A word shared by several languages is weaker evidence for each.
    for (const lang of langs) scores.set(lang, (scores.get(lang) ?? 0) + 1 / langs.length);
  }
  let best = 'und';
  let bestScore = 0;
  for (const [lang, score] of scores) {
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  // Too few function words (word lists, code, names): do not guess.
  if (bestScore < Math.max(3, words.length * 0.05)) return 'und';
  return best;
}
