import { t } from '../i18n';

/**
 * How a person reaches the company to exercise a right, from a `how_to_exercise` string as the
 * policy wrote it. Only e-mails and http(s) web addresses become links; anything else (phone
 * numbers, postal lines, "Settings > Privacy") stays text. Policy text is hostile input: a
 * `javascript:` or `data:` "URL" must never become a clickable href.
 */
export type ChannelKind = 'email' | 'web' | 'phone' | 'text';

export interface Channel {
  kind: ChannelKind;
  /** The string as written (trimmed). */
  text: string;
  /** Safe link target: `mailto:` or `http(s):` only. */
  href?: string;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const SCHEME_URL = /\bhttps?:\/\/[^\s<>"'`]+/i;
// A bare host with a known-looking TLD and optional path: "www.example.com/privacy", "example.eu".
const BARE_URL = /^(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,24}(?:[/?#][^\s<>"'`]*)?$/i;
const PHONE = /^\+?[\d\s().\-–/]+$/;

export function classifyChannel(raw: string): Channel {
  const text = raw.trim();
  const email = EMAIL.exec(text);
  // "privacy@example.com" or "mailto:privacy@example.com"; an e-mail inside a longer phrase is
  // still the channel that matters, so link it but keep the phrase as the visible text.
  if (email && !/^https?:/i.test(text)) return { kind: 'email', text, href: `mailto:${email[0]}` };

  const scheme = SCHEME_URL.exec(text);
  if (scheme) {
    const href = safeWebUrl(trimUrlPunctuation(scheme[0]));
    if (href) return { kind: 'web', text, href };
  }
  if (BARE_URL.test(text)) {
    const href = safeWebUrl(`https://${trimUrlPunctuation(text)}`);
    if (href) return { kind: 'web', text, href };
  }

  const digits = text.replace(/\D/g, '').length;
  if (PHONE.test(text) && digits >= 5 && digits <= 17) return { kind: 'phone', text };
  return { kind: 'text', text };
}

/** A normalised http(s) URL, or null for anything else (other schemes, credentials, junk). */
export function safeWebUrl(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || !url.hostname) return null;
  return url.href;
}

/** Sentence punctuation glued to a URL in running text is not part of it. */
function trimUrlPunctuation(url: string): string {
  return url.replace(/[.,;:!?)\]}'"’”]+$/, '');
}

/** "E-mail", "Web", "Phone", "Where": the small caption above a contact channel. */
export function channelKindLabel(kind: ChannelKind): string {
  return t(`popup_channel_${kind}`);
}
