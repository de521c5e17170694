import { useState } from 'preact/hooks';
import type { SourceQuote } from './sources';
import type { ScrollTarget } from './api';
import { t } from '../i18n';
import { WhyMarked } from './WhyMarked';

interface EvidenceProps {
  id: string;
  /** What the sentence is evidence for, when the item itself is not right above (chips). */
  heading?: string;
  sources: SourceQuote[];
  /** Said instead of the default when there is no sentence to show. */
  noSourceText?: string;
  /** Resolves when the page scrolled; rejects when the page could not be reached. */
  onShowOnPage: (target: ScrollTarget) => Promise<void>;
}

/**
 * The sentence a summary item came from, with "Show on page". One source at a time (with
 * previous/next when there are several) keeps the popup short and gives exactly one scroll action.
 * Policy text is rendered as text nodes only.
 */
export function Evidence({ id, heading, sources, noSourceText, onShowOnPage }: EvidenceProps) {
  const [index, setIndex] = useState(0);
  const [note, setNote] = useState<string | null>(null);

  if (sources.length === 0) {
    return (
      <div class="evidence" id={id} data-testid="evidence">
        {heading ? <p class="evidence-heading">{heading}</p> : null}
        <p class="evidence-missing">{noSourceText ?? t('popup_evidence_no_source')}</p>
      </div>
    );
  }

  const current = sources[Math.min(index, sources.length - 1)];
  const go = (delta: number) => {
    setNote(null);
    setIndex((i) => (i + delta + sources.length) % sources.length);
  };
  const show = () => {
    setNote(null);
    onShowOnPage({ block: current.block, ...(current.start !== undefined ? { start: current.start, end: current.end } : {}) }).then(
      () => setNote(t('popup_evidence_shown')),
      () => setNote(t('popup_page_unreachable')),
    );
  };

  return (
    <div class="evidence" id={id} data-testid="evidence">
      {heading ? <p class="evidence-heading">{heading}</p> : null}
      {current.sentence ? (
        <blockquote class="quote">
          <Marked text={current.sentence} mark={current.mark} />
        </blockquote>
      ) : (
        <p class="evidence-missing">{t('popup_evidence_text_dropped')}</p>
      )}
      {current.section ? <p class="quote-section">{t('popup_evidence_in_section', current.section)}</p> : null}
      <div class="evidence-actions">
        <button type="button" class="button button-small" data-action="scroll-to" onClick={show}>
          {t('popup_show_on_page')}
        </button>
        {sources.length > 1 ? (
          <span class="source-nav">
            <button type="button" class="icon-button" aria-label={t('popup_source_previous')} onClick={() => go(-1)}>
              ‹
            </button>
            <span aria-live="polite">{t('popup_source_position', [index + 1, sources.length])}</span>
            <button type="button" class="icon-button" aria-label={t('popup_source_next')} onClick={() => go(1)}>
              ›
            </button>
          </span>
        ) : null}
      </div>
      {note ? (
        <p class="evidence-note" role="status">
          {note}
        </p>
      ) : null}
      {/* After the actions: "Show on page" stays the first stop after the sentence. */}
      <WhyMarked block={current.block} />
    </div>
  );
}

function Marked({ text, mark }: { text: string; mark?: { start: number; end: number } }) {
  if (!mark) return <>{text}</>;
  return (
    <>
      {text.slice(0, mark.start)}
      <mark>{text.slice(mark.start, mark.end)}</mark>
      {text.slice(mark.end)}
    </>
  );
}
