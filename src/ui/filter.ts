/**
 * The popup's filter box: a query narrows every section to the items whose label, value, hint or
 * quoted sentence contains every word typed, ignoring case and accents ("e-mail" finds "E-Mail",
 * "resume" finds "résumé"). Pure, so it is tested without a DOM.
 */

/** Lower case without diacritics, runs of spaces as one. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** The words of a query; none for a blank one (which matches everything). */
export function queryWords(query: string): string[] {
  return normalise(query).split(' ').filter(Boolean);
}

/** Every word occurs somewhere in the texts (each word may be in a different one). */
export function matchesAll(words: readonly string[], texts: readonly (string | undefined)[]): boolean {
  if (words.length === 0) return true;
  const haystack = normalise(texts.filter(Boolean).join('\n'));
  return words.every((w) => haystack.includes(w));
}
