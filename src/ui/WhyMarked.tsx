import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Analysis } from '../core/analysis-schema';
import { t, type MessageKey } from '../i18n';
import { ruleMessageKey } from '../i18n/rule-key';
import { categoryLabel } from './labels';
import { whyMarked } from './why-marked';

type ClassifiedBlock = Analysis['blocks'][number];

/** The analysis blocks by id, provided once by the App so every quote can explain its block. */
export const BlocksContext = createContext<ReadonlyMap<number, ClassifiedBlock> | null>(null);

export function blocksById(blocks: readonly ClassifiedBlock[]): Map<number, ClassifiedBlock> {
  return new Map(blocks.map((b) => [b.id, b]));
}

/**
 * "Why is this paragraph marked?": a disclosure under a quote listing, per highlight category of
 * its block, the rules that fired, their one-line explanation and the words they matched. The
 * same reasons the page's tooltip gives, so popup and page never disagree.
 */
export function WhyMarked({ block }: { block: number }) {
  const blocks = useContext(BlocksContext);
  const found = blocks?.get(block);
  if (!found) return null;
  const reasons = whyMarked(found);
  if (reasons.length === 0) return null;
  return (
    <details class="why-marked" data-testid="why-marked">
      <summary>{t('popup_why_marked_summary')}</summary>
      <ul>
        {reasons.map((r) => {
          const key = ruleMessageKey(r.rule);
          const line = t(key as MessageKey);
          return (
            <li key={`${r.category}:${r.rule}`} data-rule={r.rule} data-category={r.category}>
              <strong>{categoryLabel(r.category).label}</strong> · <code>{r.rule}</code>
              {line !== key ? <span class="why-line"> {line}</span> : null}
              <span class="why-words"> {r.fromContext ? t('popup_why_marked_by_context') : t('popup_why_marked_matched', r.words)}</span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
