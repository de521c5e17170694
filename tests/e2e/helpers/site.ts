import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import { readShared, readSharedJsonl, sharedPath } from '../../helpers/shared';

/**
 * A small vendor website served from 127.0.0.1, built at test time from ../shared/seeds: each seed
 * policy becomes a privacy page with the chrome a real vendor page has (header with logo and nav,
 * footer with "Privacy Policy" and "Terms" links), next to ordinary pages that are not policies
 * (product page, blog article, terms of service). Every resource is inline: the only requests a
 * page makes go to this server, which is what the network test relies on.
 */

export interface GoldBlock {
  seed: string;
  index: number;
  kind: 'heading' | 'paragraph' | 'bullet';
  text: string;
  categories: string[];
  section: string;
}

export interface SeedPage {
  seed: string;
  /** 0-based position in the sorted seed list; the URL is /legal/privacy-<n>.html. */
  n: number;
  path: string;
  gold: GoldBlock[];
}

const BULLET_MARKER = /^(?:[•·▪◦‣●○■□–—*-]|\d{1,2}[.)]|[a-z][.)])\s+/;

/** What a reader sees of a gold block once it is rendered (list markers become list styling). */
export function renderedText(block: Pick<GoldBlock, 'kind' | 'text'>): string {
  return block.kind === 'bullet' ? block.text.replace(BULLET_MARKER, '') : block.text;
}

export function normalizeText(text: string): string {
  return text.replace(BULLET_MARKER, '').replace(/\s+/g, ' ').trim();
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function loadSeeds(): SeedPage[] {
  const files = readdirSync(sharedPath('seeds')).filter((f) => f.endsWith('.txt')).sort();
  const gold = readSharedJsonl<GoldBlock>('gold/seeds.blocks.jsonl');
  return files.map((file, n) => {
    const seed = file.replace(/\.txt$/, '');
    const lines = readShared(`seeds/${file}`)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const blocks = gold.filter((g) => g.seed === seed).sort((a, b) => a.index - b.index);
    if (blocks.length !== lines.length) {
      throw new Error(`gold for ${seed} has ${blocks.length} blocks but the seed has ${lines.length} non-empty lines`);
    }
    blocks.forEach((b, i) => {
      if (b.index !== i || b.text !== lines[i]) throw new Error(`gold block ${seed}#${i} does not match line ${i} of the seed`);
    });
    return { seed, n, path: `/legal/privacy-${n}.html`, gold: blocks };
  });
}

const STYLE = `
  body { margin: 0; font: 16px/1.55 Georgia, 'DejaVu Serif', serif; color: #1f2328; background: #fff; }
  header.site { display: flex; align-items: center; gap: 32px; padding: 14px 40px; background: #0f2a43; color: #fff; }
  header.site .logo { display: flex; align-items: center; gap: 10px; font: 700 20px/1 Arial, sans-serif; color: #fff; text-decoration: none; }
  header.site nav a { color: #cfe3f5; margin-right: 20px; font: 15px Arial, sans-serif; text-decoration: none; }
  main { max-width: 760px; margin: 32px auto 64px; padding: 0 24px; }
  main h1 { font: 700 34px/1.2 Arial, sans-serif; }
  main h2 { font: 700 22px/1.3 Arial, sans-serif; margin-top: 32px; }
  main li { margin: 6px 0; }
  footer.site { border-top: 1px solid #d0d7de; padding: 24px 40px; font: 14px Arial, sans-serif; color: #57606a; }
  footer.site a { color: #0969da; margin-right: 18px; }
  .hero { padding: 32px; background: #f6f8fa; border-radius: 8px; }
  .price { font: 700 28px Arial, sans-serif; }
`;

const LOGO = `<svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true"><circle cx="14" cy="14" r="12" fill="#58a6ff"/><circle cx="14" cy="14" r="5" fill="#0f2a43"/></svg>`;

function layout(title: string, main: string, opts: { privacyHref?: string } = {}): string {
  const privacyHref = opts.privacyHref ?? '/legal/privacy-0.html';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<header class="site">
  <a class="logo" href="/">${LOGO}<span>Lumacam</span></a>
  <nav aria-label="Main"><a href="/products/camera.html">Cameras</a><a href="/products/camera.html#doorbells">Doorbells</a><a href="/blog/news.html">Blog</a><a href="/support.html">Support</a></nav>
</header>
<main>
${main}
</main>
<footer class="site">
  <p>© 2024 Lumacam Inc. All rights reserved.</p>
  <p><a href="${privacyHref}">Privacy Policy</a><a href="/legal/terms.html">Terms</a><a href="/support.html">Contact us</a><a href="/careers.html">Careers</a></p>
</footer>
</body>
</html>`;
}

/** One element per gold block, so the page's blocks are the gold blocks in the same order. */
export function renderSeedPage(page: SeedPage): string {
  const parts: string[] = [];
  let list: string[] | null = null;
  let headings = 0;
  const closeList = () => {
    if (list) parts.push(`<ul>\n${list.join('\n')}\n</ul>`);
    list = null;
  };
  for (const b of page.gold) {
    const attrs = `data-gold-index="${b.index}"`;
    const text = escapeHtml(renderedText(b));
    if (b.kind === 'bullet') {
      list ??= [];
      list.push(`  <li ${attrs}>${text}</li>`);
      continue;
    }
    closeList();
    if (b.kind === 'heading') {
      const tag = headings++ === 0 ? 'h1' : 'h2';
      parts.push(`<${tag} ${attrs}>${text}</${tag}>`);
    } else parts.push(`<p ${attrs}>${text}</p>`);
  }
  closeList();
  const title = page.gold.find((b) => b.kind === 'heading')?.text ?? 'Privacy Policy';
  return layout(`${title} | Lumacam`, parts.join('\n'), { privacyHref: page.path });
}

export const PRODUCT_PATH = '/products/camera.html';
export const BLOG_PATH = '/blog/news.html';
export const TERMS_PATH = '/legal/terms.html';

function productPage(): string {
  return layout(
    'Lumacam Outdoor 2K Camera | Lumacam',
    `<section class="hero">
  <h1>Lumacam Outdoor 2K</h1>
  <p>See every detail day and night with a 2K sensor, colour night vision and a 160° field of view.</p>
  <p class="price">$89.99</p>
  <button type="button">Add to cart</button>
</section>
<h2>Features</h2>
<ul>
  <li>Weatherproof IP66 housing for rain, snow and dust.</li>
  <li>Two-way audio with noise cancellation.</li>
  <li>Motion zones and person detection on the camera itself.</li>
  <li>Works with a 2.4 GHz home network; no hub needed.</li>
</ul>
<h2>In the box</h2>
<p>Camera, mounting bracket, screws, a 3 m power cable and a quick start guide.</p>
<h2>Reviews</h2>
<p>“Set up in ten minutes and the picture at night is excellent.” — Dana, verified buyer</p>
<p>“The app is simple and the alerts are fast.” — Marco, verified buyer</p>`,
  );
}

function blogPage(): string {
  return layout(
    'Five tips for placing your outdoor camera | Lumacam Blog',
    `<article>
  <h1>Five tips for placing your outdoor camera</h1>
  <p>Posted on March 3, 2024 by the Lumacam team</p>
  <p>Where you mount a camera matters more than its resolution. A camera placed too high sees the tops of heads; too low, and it is easy to knock over.</p>
  <h2>1. Cover the entrances</h2>
  <p>Most visitors come through the front door, so start there. Side gates and garage doors come next.</p>
  <h2>2. Mind the sun</h2>
  <p>A camera facing east or west will be blinded at sunrise or sunset. Angle it slightly downward.</p>
  <h2>3. Keep Wi-Fi in reach</h2>
  <p>Check the signal strength in the app before drilling any holes; a mesh extender helps with long driveways.</p>
  <h2>4. Think about power</h2>
  <p>Battery models are flexible, but a wired camera never needs a recharge in winter.</p>
  <h2>5. Respect your neighbours</h2>
  <p>Point cameras at your own property and use motion zones to leave out the street.</p>
</article>`,
  );
}

function termsPage(): string {
  return layout(
    'Terms of Service | Lumacam',
    `<h1>Terms of Service</h1>
<p>Last updated: January 1, 2024</p>
<p>These Terms of Service govern your purchase and use of Lumacam cameras, the Lumacam app and related services. By creating an account you agree to these Terms.</p>
<h2>1. Your account</h2>
<p>You must provide accurate registration details and keep your password confidential. You are responsible for all activity under your account.</p>
<h2>2. Subscriptions and payment</h2>
<p>Cloud recording plans renew automatically each month until cancelled. Fees are non-refundable except where the law requires otherwise.</p>
<h2>3. Acceptable use</h2>
<p>You may not use the service to record people where they have a reasonable expectation of privacy, to break the law, or to interfere with the service.</p>
<h2>4. Warranty and liability</h2>
<p>Hardware comes with a one-year limited warranty. To the extent permitted by law, our liability is limited to the amount you paid in the twelve months before the claim.</p>
<h2>5. Governing law</h2>
<p>These Terms are governed by the laws of the State of Delaware. Disputes will be resolved by binding arbitration.</p>
<p>How we handle personal data is described in our <a href="/legal/privacy-0.html">Privacy Policy</a>.</p>`,
  );
}

export interface TestSite {
  origin: string;
  seeds: SeedPage[];
  url(path: string): string;
  /** Every request the server answered, in order (method + path). */
  served: string[];
  close(): Promise<void>;
}

export async function startSite(): Promise<TestSite> {
  const seeds = loadSeeds();
  const pages = new Map<string, string>();
  for (const s of seeds) pages.set(s.path, renderSeedPage(s));
  pages.set(PRODUCT_PATH, productPage());
  pages.set(BLOG_PATH, blogPage());
  pages.set(TERMS_PATH, termsPage());
  const served: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    served.push(`${req.method} ${path}`);
    const body = pages.get(path);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    seeds,
    url: (path) => origin + path,
    served,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
