import { useState } from 'preact/hooks';
import type { Analysis } from '../core/analysis-schema';
import { CATEGORY_INFO, PRACTICE_CATEGORIES, highlightCounts, type Category } from '../core/categories';
import { t } from '../i18n';
import { categoryLabel } from './labels';
import { ErrorNote } from './ErrorNote';

interface HighlightToggleProps {
  initial: boolean;
  /** Resolves once the page applied the change (with the page's new state when it sends one);
   * rejects when it could not be reached. */
  onChange: (enabled: boolean) => Promise<{ highlights: boolean } | null>;
}

/** The on-page highlights switch. Optimistic, reverted with a message when the page does not answer. */
export function HighlightToggle({ initial, onChange }: HighlightToggleProps) {
  const [enabled, setEnabled] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const change = (next: boolean) => {
    setEnabled(next);
    setError(null);
    setBusy(true);
    onChange(next).then(
      (page) => {
        setBusy(false);
        // The page has the last word: it may have nothing to highlight (e.g. its analysis failed).
        if (page && page.highlights !== next) {
          setEnabled(page.highlights);
          setError(t('popup_highlight_nothing'));
        }
      },
      () => {
        setEnabled(!next);
        setBusy(false);
        setError(t('popup_page_unreachable'));
      },
    );
  };
  return (
    <div class="toggle-row">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="highlight-toggle"
          checked={enabled}
          disabled={busy}
          onChange={(e) => change((e.currentTarget as HTMLInputElement).checked)}
        />
        <span class="switch-track" aria-hidden="true" />
        <span class="switch-label">{t('popup_highlight_toggle')}</span>
      </label>
      <ErrorNote text={error} />
    </div>
  );
}

/** Blocks per highlight colour: the same counts as the legend on the page. */
export function categoryCounts(blocks: Analysis['blocks']): { category: Category; count: number }[] {
  const counts = highlightCounts(blocks);
  return PRACTICE_CATEGORIES.filter((c) => counts[c]).map((category) => ({ category, count: counts[category]! }));
}

/** Legend of the highlight colours, with how many paragraphs of each kind the policy has. */
export function Legend({ blocks }: { blocks: Analysis['blocks'] }) {
  const counts = categoryCounts(blocks);
  if (counts.length === 0) return null;
  return (
    <ul class="legend" aria-label={t('popup_legend_label')}>
      {counts.map(({ category, count }) => {
        const info = CATEGORY_INFO[category];
        return (
          <li key={category} class="legend-item" title={categoryLabel(category).hint}>
            <span class="swatch" style={{ background: info.color }} aria-hidden="true" />
            {categoryLabel(category).label} <span class="legend-count">{count}</span>
          </li>
        );
      })}
    </ul>
  );
}
