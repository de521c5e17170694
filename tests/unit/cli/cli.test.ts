import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { FactsSchema } from '../../../src/core/facts/schema';
import { CATEGORIES } from '../../../src/core/categories';
import { readShared, readSharedJsonl, sharedPath } from '../../helpers/shared';

/**
 * The command line, run for real as a subprocess on temp files: what a user or a script sees
 * (stdout lines, stderr messages, exit codes), not the functions behind it.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SEED = '001_42424312f3601af9';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function cli(args: string[], opts: { stdin?: string | null; stdinFile?: string; timeout?: number } = {}): Promise<Run> {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, FINEPRINT_DEBUG: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeout ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr, ms: Date.now() - started });
    });
    child.stdin.on('error', () => {
      // The CLI may exit before reading all of stdin (usage errors): not a test failure.
    });
    if (opts.stdin !== undefined && opts.stdin !== null) child.stdin.end(opts.stdin);
    else child.stdin.end();
  });
}

const lines = (out: string) => out.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
/** Node prints "    at fn (file:line)" frames for uncaught errors: the CLI must never show one. */
const expectNoStackTrace = (r: Run) => expect(r.stderr, 'no stack trace on stderr').not.toMatch(/^\s+at .+:\d+/m);

let dir: string;
const file = (name: string) => join(dir, name);

const POLICY_HTML = (paras: string[]) => `<!doctype html><html lang="en"><head><title>Privacy Policy | Acme</title></head>
<body><header><nav><a href="/">Home</a><a href="/shop">Shop</a></nav></header>
<main><h1>Privacy Policy</h1>${paras.map((p) => `<p>${p}</p>`).join('\n')}</main>
<footer><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms</a></footer></body></html>`;

const SEED_LINES = () =>
  readShared(`seeds/${SEED}.txt`)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fineprint-cli-'));
  sharedPath(`seeds/${SEED}.txt`);
  writeFileSync(file('policy.html'), POLICY_HTML(SEED_LINES()));
  writeFileSync(
    file('product.html'),
    `<!doctype html><html lang="en"><head><title>Outdoor Camera 2K | Acme</title></head><body>
<header><nav><a href="/">Home</a></nav></header><main><h1>Outdoor Camera 2K</h1>
<p>See every detail day and night with a 2K sensor and colour night vision.</p><p>$89.99</p>
<ul><li>Weatherproof housing.</li><li>Two-way audio.</li><li>Motion zones.</li></ul>
<h2>Reviews</h2><p>Set up in ten minutes and the picture at night is excellent.</p></main>
<footer><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms</a></footer></body></html>`,
  );
  const german = Array.from(
    { length: 12 },
    () =>
      'Wir verarbeiten Ihre personenbezogenen Daten nur im Rahmen der gesetzlichen Bestimmungen. Sie haben das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten. Die Daten werden an Dritte nicht weitergegeben, es sei denn, wir sind gesetzlich dazu verpflichtet.',
  );
  writeFileSync(file('datenschutz.html'), `<html lang="de"><head><title>Datenschutzerklärung</title></head><body><h1>Datenschutzerklärung</h1>${german.map((p) => `<p>${p}</p>`).join('')}</body></html>`);
  writeFileSync(file('empty.html'), '');
  writeFileSync(file('blank.txt'), '   \n\n  \t\n');
  writeFileSync(file('binary.html'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  mkdirSync(file('a-directory.html'));
  // A sparse file: larger than the input limit without using the disk.
  writeFileSync(file('huge.html'), '');
  truncateSync(file('huge.html'), 60 * 1024 * 1024);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('cli: usage', () => {
  it('prints usage and exits 2 on no command, an unknown command or an unknown option', async () => {
    const cases = [[], ['frobnicate'], ['analyze', '--bogus', 'x.html'], ['analyze', 'x.html', '--format', 'pdf'], ['detect', '--url']];
    const runs = await Promise.all(cases.map((args) => cli(args)));
    for (const [i, args] of cases.entries()) {
      const r = runs[i];
      expect(r.code, `args ${JSON.stringify(args)}`).toBe(2);
      expect(r.stderr).toContain('Usage: npm run --silent cli --');
      expect(r.stdout).toBe('');
      expectNoStackTrace(r);
    }
  });

  it('--help prints usage on stdout and exits 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('classify');
    expect(r.stdout).toContain('Exit codes');
  });

  it('rejects a --url that is not an absolute URL, and a missing FILE', async () => {
    const bad = await cli(['detect', file('policy.html'), '--url', 'not a url']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--url must be an absolute URL/);
    const none = await cli(['analyze']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/needs at least one FILE/);
  });
});

describe('cli: classify', () => {
  it('classifies each line on its own, in order, skipping blank lines and reporting malformed ones', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'We collect your email address and device identifiers when you register.' }),
      '',
      'this is not json',
      JSON.stringify({ id: 'b', text: 'We may update this privacy policy from time to time and will post the new version here.', section: 'Changes' }),
      JSON.stringify({ id: 'c' }),
      JSON.stringify([1, 2]),
      JSON.stringify({ id: 'd', text: '' }),
      '   ',
      JSON.stringify({ id: 'e', text: 'We keep your data for as long as your account is active, then delete it within 30 days.' }),
    ].join('\n');
    const r = await cli(['classify'], { stdin: input });
    expect(r.code).toBe(0);
    expectNoStackTrace(r);
    const out = lines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['a', null, 'b', 'c', null, 'd', 'e']);
    expect(out[1].error).toMatch(/line 3: not valid JSON/);
    expect(out[3].error).toMatch(/line 5: "text"/);
    expect(out[4].error).toMatch(/expected an object/);
    expect(r.stderr).toMatch(/3 malformed line/);
    const texts: Record<string, string> = { a: JSON.parse(input.split('\n')[0]).text, b: JSON.parse(input.split('\n')[3]).text };
    for (const o of out.filter((x) => !x.error)) {
      expect(Object.keys(o).sort()).toEqual(['categories', 'evidence', 'id']);
      expect(o.categories.length).toBeGreaterThan(0);
      for (const c of o.categories) expect(CATEGORIES).toContain(c);
      for (const e of o.evidence) {
        expect(Object.keys(e).sort()).toEqual(['category', 'end', 'rule', 'start']);
        expect(o.categories).toContain(e.category);
        if (texts[o.id]) expect(e.end).toBeLessThanOrEqual(texts[o.id].length);
        expect(e.start).toBeLessThanOrEqual(e.end);
      }
    }
    expect(out[0].categories).toContain('collection');
    expect(out[2].categories).toContain('change');
    expect(out[6].categories).toContain('retention');
    expect(out[5].categories).toEqual(['other']);
  });

  it('streams a large input: 5000 lines in, 5000 lines out in the same order', async () => {
    const texts = [
      'We share your information with advertising partners.',
      'You can opt out of marketing emails at any time.',
      'Our products are not directed to children under 13.',
      'The weather was nice.',
    ];
    const input = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: `row-${i}`, text: texts[i % texts.length] })).join('\n') + '\n';
    const r = await cli(['classify'], { stdin: input });
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out).toHaveLength(5000);
    expect(out.every((o, i) => o.id === `row-${i}` && Array.isArray(o.categories))).toBe(true);
    expect(r.ms, 'classify should handle 5000 short lines in well under a minute').toBeLessThan(60_000);
  });

  it('exits non-zero with a message when nothing could be classified or stdin is unreadable', async () => {
    const bad = await cli(['classify'], { stdin: 'nope\n{also nope\n' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/no line could be classified/);
    expect(lines(bad.stdout)).toHaveLength(2);

    const dirStdin = await new Promise<Run>((res, rej) => {
      const started = Date.now();
      const child = spawn('/bin/sh', ['-c', `"${process.execPath}" --import tsx src/cli/main.ts classify < "${dir}"`], { cwd: ROOT });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', rej);
      child.on('close', (code) => res({ code, stdout, stderr, ms: Date.now() - started }));
    });
    expect(dirStdin.code).toBe(1);
    expect(dirStdin.stderr).toMatch(/cannot read stdin/);
    expectNoStackTrace(dirStdin);

    const extra = await cli(['classify', 'file.jsonl'], { stdin: '' });
    expect(extra.code).toBe(2);
  });
});

describe('cli: detect', () => {
  it('prints one line per file, in order, with isPolicy, score, signals and language', async () => {
    const r = await cli(['detect', file('policy.html'), file('product.html'), sharedPath(`seeds/${SEED}.txt`)]);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((o) => o.file)).toEqual([file('policy.html'), file('product.html'), sharedPath(`seeds/${SEED}.txt`)]);
    for (const o of out) {
      expect(Object.keys(o).sort()).toEqual(['file', 'isPolicy', 'language', 'score', 'signals']);
      expect(typeof o.score).toBe('number');
      expect(Array.isArray(o.signals)).toBe(true);
      expect(o.language).toBe('en');
    }
    expect(out[0].isPolicy).toBe(true);
    expect(out[1].isPolicy).toBe(false);
    expect(out[2].isPolicy).toBe(true);
  });

  it('needs no URL, and takes --url as an extra signal', async () => {
    const plain = lines((await cli(['detect', file('policy.html')])).stdout)[0];
    const withUrl = lines((await cli(['detect', file('policy.html'), '--url', 'https://acme.example/legal/privacy-policy'])).stdout)[0];
    expect(plain.isPolicy).toBe(true);
    expect(withUrl.isPolicy).toBe(true);
    expect(withUrl.score).toBeGreaterThanOrEqual(plain.score);
  });

  it('reports each unreadable file on its own line and on stderr, checks the others, exits 1', async () => {
    const files = ['missing.html', 'a-directory.html', 'binary.html', 'empty.html', 'blank.txt', 'huge.html', 'policy.html'].map(file);
    const r = await cli(['detect', ...files]);
    expect(r.code).toBe(1);
    expectNoStackTrace(r);
    const out = lines(r.stdout);
    expect(out.map((o) => o.file)).toEqual(files);
    const errors = out.map((o) => o.error);
    expect(errors[0]).toMatch(/no such file/);
    expect(errors[1]).toMatch(/directory/);
    expect(errors[2]).toMatch(/binary/);
    expect(errors[3]).toMatch(/empty/);
    expect(errors[4]).toMatch(/no text/);
    expect(errors[5]).toMatch(/too large/);
    expect(out[6].error).toBeUndefined();
    expect(out[6].isPolicy).toBe(true);
    const stderrLines = r.stderr.trim().split('\n');
    expect(stderrLines).toHaveLength(6);
    stderrLines.forEach((l, i) => expect(l).toContain(files[i]));
  });
});

describe('cli: analyze', () => {
  it('reads a seed .txt into exactly the gold blocks, classifies them and fills facts of the gold shape', async () => {
    const r = await cli(['analyze', sharedPath(`seeds/${SEED}.txt`)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [out] = lines(r.stdout);
    expect(out).toMatchObject({ file: sharedPath(`seeds/${SEED}.txt`), isPolicy: true, language: 'en' });
    const gold = readSharedJsonl<{ seed: string; index: number; text: string; section: string }>('gold/seeds.blocks.jsonl').filter((g) => g.seed === SEED);
    expect(out.blocks.map((b: { id: number }) => b.id)).toEqual(gold.map((g) => g.index));
    expect(out.blocks.map((b: { text: string }) => b.text)).toEqual(gold.map((g) => g.text));
    expect(out.blocks.map((b: { section: string }) => b.section)).toEqual(gold.map((g) => g.section));
    for (const b of out.blocks) {
      expect(Object.keys(b).sort()).toEqual(['categories', 'id', 'section', 'text']);
      expect(b.categories.length).toBeGreaterThan(0);
    }
    // Facts: the schema of ../shared/gold/seeds.facts.json, no unknown keys, evidence ids are blocks.
    const parsed = z.strictObject(FactsSchema.shape).safeParse(out.facts);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    const goldFacts = JSON.parse(readShared('gold/seeds.facts.json'))[SEED];
    for (const key of Object.keys(out.facts)) expect(Object.keys(goldFacts).concat(Object.keys(FactsSchema.shape))).toContain(key);
    expect(Object.keys(out.facts).length, 'the facts module fills some fields').toBeGreaterThan(0);
    const maxId = gold.length - 1;
    for (const [key, value] of Object.entries(out.facts)) {
      if (!key.endsWith('_evidence')) continue;
      const ids = Array.isArray(value) ? value : Object.values(value as Record<string, number[]>).flat();
      for (const id of ids as number[]) expect(id).toBeLessThanOrEqual(maxId);
    }
  });

  it('reads an HTML policy through the page reader (chrome skipped) and summarises it', async () => {
    const r = await cli(['analyze', file('policy.html'), '--url', 'https://acme.example/privacy']);
    expect(r.code).toBe(0);
    const [out] = lines(r.stdout);
    expect(out.isPolicy).toBe(true);
    expect(out.status).toBe('policy');
    const texts = out.blocks.map((b: { text: string }) => b.text);
    expect(texts[0]).toBe('Privacy Policy');
    expect(texts.slice(1)).toEqual(SEED_LINES().map((l) => l.replace(/\s+/g, ' ')));
    expect(texts, 'nav and footer links are not policy text').not.toContain('Shop');
    expect(z.strictObject(FactsSchema.shape).safeParse(out.facts).success).toBe(true);
  });

  it('still analyses a page that is not a policy, and says so', async () => {
    const r = await cli(['analyze', file('product.html')]);
    expect(r.code).toBe(0);
    const [out] = lines(r.stdout);
    expect(out.isPolicy).toBe(false);
    expect(out.status).toBe('not-policy');
    expect(out.blocks.length).toBeGreaterThan(0);
    expect(out.facts).toBeDefined();
    expect(r.stderr).toMatch(/does not look like a privacy policy/);
    const md = await cli(['analyze', file('product.html'), '--format', 'md']);
    expect(md.stdout).toMatch(/does not look like a privacy policy/);
  });

  it('does not summarise a non-English page: "language not supported yet", no facts', async () => {
    const r = await cli(['analyze', file('datenschutz.html')]);
    expect(r.code).toBe(0);
    const [out] = lines(r.stdout);
    expect(out.language).toBe('de');
    expect(out.status).toBe('unsupported-language');
    expect(out.facts).toBeUndefined();
    expect(out.note).toMatch(/language not supported yet/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/language not supported yet/);
    const detect = await cli(['detect', file('datenschutz.html')]);
    expect(detect.code, 'detecting a non-English page is not an error').toBe(0);
    expect(lines(detect.stdout)[0]).toMatchObject({ language: 'de' });
    expect(detect.stderr).toMatch(/language not supported yet/);
    const md = await cli(['analyze', file('datenschutz.html'), '--format', 'md']);
    expect(md.stdout).toMatch(/language not supported yet/);
    expect(md.stdout).not.toMatch(/## What they collect/);
  });

  it('--format md: a heading per topic, evidence block ids, "Not mentioned" for silent topics', async () => {
    const r = await cli(['analyze', sharedPath(`seeds/${SEED}.txt`), '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Privacy summary: /);
    expect(r.stdout).toMatch(/^## What they collect$/m);
    expect(r.stdout).toMatch(/^- .+ \(blocks? \d+(, \d+)*\)$/m);
    const json = lines((await cli(['analyze', sharedPath(`seeds/${SEED}.txt`)])).stdout)[0];
    for (const [field, heading] of [['collected', 'What they collect'], ['shared_with', 'Who they share it with'], ['rights', 'Your rights'], ['retention', 'How long they keep it']] as const) {
      const value = json.facts[field];
      if (value === undefined) expect(r.stdout, `${field} is not filled: no section`).not.toContain(`## ${heading}`);
      else if (Array.isArray(value) && value.length === 0) expect(r.stdout).toMatch(new RegExp(`## ${heading}\\n\\n_Not mentioned\\._`));
      else expect(r.stdout).toContain(`## ${heading}`);
    }
  });

  it('policy text cannot inject Markdown into the md report', async () => {
    writeFileSync(file('hostile.txt'), 'Privacy Policy\n# We collect <script>alert(1)</script> your email [click](http://evil.example) **now**\n');
    const r = await cli(['analyze', file('hostile.txt'), '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('<script>');
    expect(r.stdout).not.toMatch(/\]\(http:\/\/evil/);
  });

  it('finishes a 10 MB page, reading as much as the extension would, and says it was cut', async () => {
    const para = SEED_LINES().map((l) => `<p>${l.replace(/</g, '&lt;')}</p>`).join('\n');
    let html = '<!doctype html><html lang="en"><head><title>Privacy Policy</title></head><body><main><h1>Privacy Policy</h1>';
    while (html.length < 10 * 1024 * 1024) html += para;
    writeFileSync(file('ten-mb.html'), html + '</main></body></html>');
    const r = await cli(['analyze', file('ten-mb.html')], { timeout: 120_000 });
    expect(r.code).toBe(0);
    expectNoStackTrace(r);
    const [out] = lines(r.stdout);
    expect(out.isPolicy).toBe(true);
    expect(out.truncated).toBe(true);
    expect(out.blocks.length).toBeGreaterThan(1000);
    expect(r.stderr).toMatch(/very large page/);
    expect(r.ms, '10 MB page time').toBeLessThan(60_000);
    console.log(`[cli] analyze 10 MB html: ${r.ms} ms, ${out.blocks.length} blocks`);
  }, 120_000);

  it('reads legacy-encoded and UTF-16 text files', async () => {
    writeFileSync(file('latin1.html'), Buffer.from(POLICY_HTML(['We collect your name and e-mail address (café, naïve).', ...SEED_LINES().slice(0, 30)]), 'latin1'));
    const bom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED_LINES().join('\n'), 'utf16le')]);
    writeFileSync(file('utf16.txt'), bom);
    const r1 = await cli(['analyze', file('latin1.html')]);
    expect(r1.code).toBe(0);
    expect(lines(r1.stdout)[0].blocks.map((b: { text: string }) => b.text)).toContain('We collect your name and e-mail address (café, naïve).');
    const r2 = await cli(['analyze', file('utf16.txt')]);
    expect(r2.code).toBe(0);
    expect(lines(r2.stdout)[0].blocks).toHaveLength(SEED_LINES().length);
  });

  it('bad input: one clear stderr line, a JSON error line, exit 1, never a stack trace', async () => {
    const cases = [
      ['missing.txt', /no such file/],
      ['a-directory.html', /directory/],
      ['binary.html', /binary/],
      ['empty.html', /empty/],
      ['huge.html', /too large/],
    ] as const;
    const runs = await Promise.all(cases.map(([name]) => cli(['analyze', file(name)])));
    for (const [i, [name, message]] of cases.entries()) {
      const r = runs[i];
      expect(r.code, name).toBe(1);
      expectNoStackTrace(r);
      expect(r.stderr.trim().split('\n'), name).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      const [out] = lines(r.stdout);
      expect(out.file).toBe(file(name));
      expect(out.error).toMatch(message);
    }
  });
});
