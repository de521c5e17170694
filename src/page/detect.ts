import type { Detection } from '../messaging/protocol';

export interface Precheck {
  /** false: certainly not a policy, stop here. true: run the full check. */
  maybe: boolean;
  signals: string[];
}

/**
 * CONTRACT (owned by the detection work): the cheap first stage that runs on every page.
 * Reads as little as it can (URL, title, a few headings); must cost well under a millisecond.
 */
export function precheck(_doc: Document, _url?: string): Precheck {
  throw new Error('precheck: not implemented yet');
}

/** CONTRACT: the full check. Page content alone must be enough; the URL is an extra signal. */
export function detectPolicy(_doc: Document, _opts: { url?: string } = {}): Detection {
  throw new Error('detectPolicy: not implemented yet');
}
