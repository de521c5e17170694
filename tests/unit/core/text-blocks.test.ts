import { describe, expect, it } from 'vitest';
import { blocksFromText, pyStrip } from '../../../src/core/text-blocks';
import { BlockSchema } from '../../../src/core/types';
import { readShared, readSharedJsonl } from '../../helpers/shared';

interface GoldBlock {
  seed: string;
  index: number;
  kind: string;
  text: string;
  section: string;
}

describe('blocksFromText', () => {
  it('makes one block per non-empty line, trimmed like Python str.strip()', () => {
    const blocks = blocksFromText('  Privacy Policy \r\n\r\n\tWe collect your name.\u00a0\n   \n\u3000Contact us at privacy@example.com.\u3000');
    expect(blocks.map((b) => b.text)).toEqual(['Privacy Policy', 'We collect your name.', 'Contact us at privacy@example.com.']);
    expect(blocks.map((b) => b.id)).toEqual([0, 1, 2]);
    for (const b of blocks) expect(BlockSchema.parse(b)).toEqual(b);
  });

  it('strips exactly what Python strips (not the BOM)', () => {
    expect(pyStrip('\ufeffText\u2028')).toBe('\ufeffText');
    expect(pyStrip('\u001c\u0085 x \u205f')).toBe('x');
  });

  it('recognises headings, bullets and sections', () => {
    const text = [
      'Privacy Policy',
      'Effective Date: 1 May 2024',
      'Information We Collect',
      'We collect the following information:',
      '• your name and email address;',
      '- your device identifiers;',
      '* your location.',
      'How long do we keep your data?',
      'We keep it for two years.',
      '1. Cookies',
      'We use cookies to remember you.',
      'Table of contents',
      '1. Collection',
      '2. Sharing',
      '3. Rights',
      'Acme Inc.',
      '120 Main Street',
      'Thank you',
    ].join('\n');
    const blocks = blocksFromText(text);
    const kinds = Object.fromEntries(blocks.map((b) => [b.text, b.kind]));
    expect(kinds['Privacy Policy']).toBe('heading');
    expect(kinds['Effective Date: 1 May 2024']).toBe('paragraph');
    expect(kinds['Information We Collect']).toBe('heading');
    expect(kinds['We collect the following information:']).toBe('paragraph');
    expect(kinds['• your name and email address;']).toBe('bullet');
    expect(kinds['- your device identifiers;']).toBe('bullet');
    expect(kinds['* your location.']).toBe('bullet');
    expect(kinds['How long do we keep your data?']).toBe('heading');
    expect(kinds['1. Cookies']).toBe('heading');
    expect(kinds['1. Collection']).toBe('bullet');
    expect(kinds['3. Rights']).toBe('bullet');
    expect(kinds['Acme Inc.']).toBe('paragraph');
    expect(kinds['120 Main Street']).toBe('paragraph');
    expect(kinds['Thank you']).toBe('paragraph'); // last line: nothing follows a title
    const bullet = blocks.find((b) => b.text === '- your device identifiers;')!;
    expect(bullet.section).toBe('Information We Collect');
    expect(blocks[0].section).toBe('');
    expect(blocks[2].section).toBe('Privacy Policy'); // a heading's section is the heading before it
  });

  it('reads Markdown headings', () => {
    const blocks = blocksFromText('# Privacy Policy\nWe collect data.\n## Sharing\n**Service providers**\nWe use processors.\n- item one');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading', 'heading', 'paragraph', 'bullet']);
    expect(blocks[4].section).toBe('**Service providers**');
  });

  it('gives clear empty results on empty or blank input', () => {
    expect(blocksFromText('')).toEqual([]);
    expect(blocksFromText('  \n\n\t \r\n')).toEqual([]);
    expect(blocksFromText(undefined as unknown as string)).toEqual([]);
  });

  it('handles a huge single line and many lines quickly', () => {
    const long = 'word '.repeat(400_000);
    const t0 = performance.now();
    const blocks = blocksFromText(`${long}\n${'A line of text.\n'.repeat(50_000)}`);
    expect(blocks.length).toBe(50_001);
    expect(blocks[0].text.length).toBe(long.trim().length);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('agrees with the gold blocks of all five seeds (text exactly, kind and section ≥ 95 %)', () => {
    const gold = readSharedJsonl<GoldBlock>('gold/seeds.blocks.jsonl');
    const seeds = [...new Set(gold.map((g) => g.seed))];
    expect(seeds.length).toBe(5);
    let total = 0;
    let kindAgree = 0;
    let sectionAgree = 0;
    for (const seed of seeds) {
      const expected = gold.filter((g) => g.seed === seed).sort((a, b) => a.index - b.index);
      const got = blocksFromText(readShared(`seeds/${seed}.txt`));
      expect(got.map((b) => b.text), `block texts of ${seed}`).toEqual(expected.map((g) => g.text));
      expected.forEach((g, i) => {
        total++;
        if (got[i].kind === g.kind) kindAgree++;
        if (got[i].section === g.section) sectionAgree++;
      });
    }
    expect(kindAgree / total).toBeGreaterThanOrEqual(0.95);
    expect(sectionAgree / total).toBeGreaterThanOrEqual(0.95);
  });
});
