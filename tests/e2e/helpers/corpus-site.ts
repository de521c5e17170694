import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { readSharedJsonl, sharedPath } from '../../helpers/shared';
import { escapeHtml, loadSeeds, renderSeedPage } from './site';

/**
 * Pages from the team corpora served from 127.0.0.1, for the in-browser bench and the robustness
 * tests: the five seed policies (rendered as in ./site.ts), OPP-115 dev policies (their segments as
 * paragraphs under a "Privacy Policy" title), and the detect-dev pages as they were saved.
 *
 * The saved detect-dev pages still reference scripts, images and fonts on their original hosts. They
 * are served with a Content-Security-Policy that lets only inline styles and data: images through, so
 * the browser never tries the network and a page costs the same in every load: what is measured is
 * the HTML, its layout and the extension, not the reachability of a CDN.
 */

export interface CorpusPage {
  /** Path on the server, e.g. /opp/1017_sci-news.com.html */
  path: string;
  name: string;
  kind: 'seed' | 'opp115' | 'detect-other';
  words: number;
}

export interface CorpusSite {
  origin: string;
  pages: CorpusPage[];
  url(path: string): string;
  close(): Promise<void>;
}

interface OppSegment {
  policy: string;
  segment: number;
  text: string;
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** An OPP-115 policy as a plain vendor page: a title, one paragraph per segment. */
export function renderOppPolicy(policy: string, segments: readonly string[]): string {
  const site = policy.replace(/^\d+_/, '');
  const body = segments.map((t) => `<p>${escapeHtml(t)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Privacy Policy | ${escapeHtml(site)}</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:760px;margin:32px auto;padding:0 24px}</style></head>
<body><header><a href="/">${escapeHtml(site)}</a></header><main><h1>Privacy Policy</h1>
${body}
</main><footer><a href="/privacy.html">Privacy Policy</a> <a href="/terms.html">Terms</a></footer></body></html>`;
}

/** OPP-115 dev policies, largest first (by words). */
export function oppPoliciesBySize(): { policy: string; segments: string[]; words: number }[] {
  const groups = new Map<string, OppSegment[]>();
  for (const s of readSharedJsonl<OppSegment>('opp115-dev/segments.jsonl')) groups.set(s.policy, [...(groups.get(s.policy) ?? []), s]);
  return [...groups]
    .map(([policy, segs]) => {
      const segments = segs.sort((a, b) => a.segment - b.segment).map((s) => s.text);
      return { policy, segments, words: segments.reduce((n, t) => n + countWords(t), 0) };
    })
    .sort((a, b) => b.words - a.words);
}

const DETECT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

export interface CorpusSiteOptions {
  /** How many of the largest OPP-115 dev policies to serve (default 10). */
  oppLargest?: number;
  /** Serve the detect-dev pages labelled "other" (default true). */
  detectOther?: boolean;
  /** Extra pages (path → HTML, or HTML with the Content-Security-Policy to serve it under). */
  extra?: Record<string, string | { html: string; csp?: string }>;
}

export async function startCorpusSite(opts: CorpusSiteOptions = {}): Promise<CorpusSite> {
  const bodies = new Map<string, { html: string; csp?: string }>();
  const pages: CorpusPage[] = [];
  for (const seed of loadSeeds()) {
    bodies.set(seed.path, { html: renderSeedPage(seed) });
    pages.push({ path: seed.path, name: `seed:${seed.seed}`, kind: 'seed', words: seed.gold.reduce((n, b) => n + countWords(b.text), 0) });
  }
  for (const p of oppPoliciesBySize().slice(0, opts.oppLargest ?? 10)) {
    const path = `/opp/${encodeURIComponent(p.policy)}.html`;
    bodies.set(path, { html: renderOppPolicy(p.policy, p.segments) });
    pages.push({ path, name: `opp:${p.policy}`, kind: 'opp115', words: p.words });
  }
  if (opts.detectOther !== false) {
    for (const entry of readSharedJsonl<{ file: string; label: string }>('detect-dev/index.jsonl').filter((e) => e.label === 'other')) {
      const path = `/detect/${entry.file.split('/').map(encodeURIComponent).join('/')}`;
      const html = readFileSync(sharedPath(`detect-dev/${entry.file}`), 'utf8');
      bodies.set(path, { html, csp: DETECT_CSP });
      pages.push({ path, name: `detect:${entry.file}`, kind: 'detect-other', words: countWords(html.replace(/<[^>]*>/g, ' ')) });
    }
  }
  for (const [path, page] of Object.entries(opts.extra ?? {})) bodies.set(path, typeof page === 'string' ? { html: page } : page);

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const body = bodies.get(path);
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...(body.csp ? { 'content-security-policy': body.csp } : {}),
    });
    res.end(body.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    pages,
    url: (path) => origin + path,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
