import { describe, expect, it } from 'vitest';
import { handleCommand, type CommandDeps } from '../../../src/background/commands';
import { CONTEXT_RULE_DESCRIPTIONS, MAX_RULE_LINE, firstSentence, ruleDescriber } from '../../../src/background/rule-descriptions';
import { handleBackgroundMessage, type BackgroundDeps } from '../../../src/background/handlers';
import { analyzeBlocks } from '../../../src/core/analysis';
import { AnalyzeReplySchema, ContentRequestSchema, PAGE_COMMANDS } from '../../../src/messaging/protocol';
import { RULES } from '../../../src/rules';
import { createTabCache } from '../../../src/storage/tab-cache';
import { MemoryArea } from '../storage/memory-area';
import config from '../../../wxt.config';

function deps(options: { active?: number; fail?: boolean } = {}) {
  const sent: [number, unknown][] = [];
  const d: CommandDeps = {
    activeTab: async () => (options.active === undefined ? undefined : { id: options.active }),
    sendToTab: async (tabId, message) => {
      sent.push([tabId, message]);
      if (options.fail) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true };
    },
  };
  return { d, sent };
}

describe('keyboard commands (src/background/commands.ts)', () => {
  it('forwards each page command to the tab it was pressed in, as a message the content script accepts', async () => {
    for (const command of PAGE_COMMANDS) {
      const { d, sent } = deps();
      const outcome = await handleCommand(command, { id: 7 }, d);
      expect(outcome).toEqual({ ok: true, tabId: 7, command, reply: { ok: true } });
      expect(sent).toEqual([[7, { type: 'fp/page-command', command }]]);
      expect(ContentRequestSchema.safeParse(sent[0][1]).success).toBe(true);
    }
  });

  it('falls back to the active tab when the event names none', async () => {
    const { d, sent } = deps({ active: 3 });
    expect(await handleCommand('next-highlight', undefined, d)).toMatchObject({ ok: true, tabId: 3 });
    expect(sent[0][0]).toBe(3);
  });

  it('refuses unknown commands and sends nothing', async () => {
    const { d, sent } = deps({ active: 3 });
    expect(await handleCommand('_execute_action', { id: 1 }, d)).toMatchObject({ ok: false });
    expect(await handleCommand({ toString: () => 'x' }, { id: 1 }, d)).toMatchObject({ ok: false });
    expect(sent).toEqual([]);
  });

  it('says so (never throws) when there is no tab or the tab has no content script', async () => {
    expect(await handleCommand('toggle-highlights', undefined, deps().d)).toEqual({ ok: false, error: 'toggle-highlights: there is no active tab.' });
    const outcome = await handleCommand('toggle-highlights', { id: 4 }, deps({ fail: true }).d);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toMatch(/did not answer \(Could not establish connection/);
  });

  it('the content side rejects malformed page commands', () => {
    expect(ContentRequestSchema.safeParse({ type: 'fp/page-command', command: 'next' }).success).toBe(false);
    expect(ContentRequestSchema.safeParse({ type: 'fp/page-command' }).success).toBe(false);
  });

  it('the manifest declares exactly these commands, with Alt+Shift keys and i18n descriptions', async () => {
    const manifestOf = (config as { manifest: (env: { browser: string }) => { commands?: Record<string, { suggested_key: Record<string, string>; description: string }> } }).manifest;
    for (const browser of ['chrome', 'firefox']) {
      const commands = manifestOf({ browser }).commands!;
      expect(Object.keys(commands).sort()).toEqual([...PAGE_COMMANDS].sort());
      for (const [name, c] of Object.entries(commands)) {
        // Chrome: Ctrl or Alt is required; Alt+Shift+letter is free in Chrome and Firefox.
        expect(c.suggested_key.default, name).toMatch(/^Alt\+Shift\+[A-Z]$/);
        expect(c.suggested_key.mac, name).toMatch(/^MacCtrl\+Shift\+[A-Z]$/);
        expect(c.description, name).toMatch(/^__MSG_cmd_[a-z_]+__$/);
      }
      const keys = Object.values(commands).map((c) => c.suggested_key.default);
      expect(new Set(keys).size).toBe(keys.length);
      // Keys Chrome itself uses with Alt+Shift (feedback, toolbar focus, dialogs, bookmarks bar).
      for (const taken of ['I', 'T', 'A', 'B']) expect(keys).not.toContain(`Alt+Shift+${taken}`);
    }
  });
});

describe('rule lines for the tooltip (src/background/rule-descriptions.ts)', () => {
  it('takes the first sentence without its parenthesised examples, bounded', () => {
    expect(firstSentence('The company as subject ("we collect", "our servers log"). Not inside a relative clause.')).toBe('The company as subject.');
    expect(firstSentence('Named rights (e.g. "the right (of) access"), as GDPR lists them.')).toBe('Named rights, as GDPR lists them.');
    expect(firstSentence('("only examples")')).toBe('("only examples")');
    expect(firstSentence('x'.repeat(400)).length).toBe(MAX_RULE_LINE);
  });

  it('describes every registry rule and every context step the classifier uses', () => {
    const describe = ruleDescriber(RULES);
    for (const rule of RULES) expect(describe(rule.id), rule.id).toMatch(/\w.{8,}/);
    for (const id of Object.keys(CONTEXT_RULE_DESCRIPTIONS)) expect(describe(id)).toBe(CONTEXT_RULE_DESCRIPTIONS[id]);
    expect(describe('no/such-rule')).toBeUndefined();
  });

  it('the analyze-page reply carries one line per rule that fired, for the real classifier', async () => {
    const background: BackgroundDeps = {
      self: { id: 'x', pageOrigin: 'chrome-extension://x/' },
      cache: createTabCache(new MemoryArea()),
      analyze: analyzeBlocks,
      badge: { showPolicy: async () => {}, showUnsupported: async () => {}, clear: async () => {} },
      describeRule: ruleDescriber(RULES),
    };
    const blocks = [
      { id: 0, text: 'Information we collect', section: '', kind: 'heading' as const },
      { id: 1, text: 'We collect your email address and share it with advertisers.', section: 'Information we collect', kind: 'paragraph' as const },
      { id: 2, text: 'Your name.', section: 'Information we collect', kind: 'bullet' as const },
    ];
    const reply = AnalyzeReplySchema.parse(
      await handleBackgroundMessage(
        { type: 'fp/analyze-page', url: 'https://a.example/privacy', title: 'Privacy', detection: { isPolicy: true, score: 1, signals: [], language: 'en' }, blocks },
        { id: 'x', url: 'https://a.example/privacy', tab: { id: 1 } },
        background,
      ),
    );
    const fired = new Set(reply.blocks.flatMap((b) => b.evidence.map((e) => e.rule)));
    expect(fired.size).toBeGreaterThan(1);
    expect(new Set(reply.rules!.map((r) => r.id))).toEqual(fired);
    for (const r of reply.rules!) expect(r.description.length).toBeGreaterThan(8);
  });
});
