import type { PolicyLink } from '../messaging/protocol';

/**
 * CONTRACT (owned by the detection work): the site's own privacy-policy link on a page that
 * is not a policy (footer "Privacy", "Privacy Policy", "Data Protection" …), absolute URL.
 */
export function findPolicyLink(_doc: Document, _baseUrl: string): PolicyLink | null {
  throw new Error('findPolicyLink: not implemented yet');
}
