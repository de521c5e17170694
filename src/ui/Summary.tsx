import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../core/analysis-schema';
import { CATEGORY_INFO } from '../core/categories';
import { buildSections, type DataTypeRow, type SummaryItem, type SummarySection } from './summary-model';
import { findSources, type SourceQuote } from './sources';
import type { ScrollTarget } from './api';
import { ChipList, ItemList } from './FactList';
import { DataTypesTable, keyOf } from './DataTypesTable';
import { matchesAll, queryWords } from './filter';
import { t } from '../i18n';

interface SummaryProps {
  analysis: Analysis;
  onShowOnPage: (target: ScrollTarget) => Promise<void>;
}

const WARNING_ACCENT = '#d97706';

/** A section as shown: its items (or table rows) narrowed by the filter. */
interface ShownSection {
  section: SummarySection;
  items: SummaryItem[];
  rows: DataTypeRow[];
}

/**
 * The policy summary, one `section[data-field]` per facts field present, under a filter box that
 * narrows every section to what matches. Only one item is open at a time: the popup is small, and
 * one visible sentence is easier to follow.
 */
export function Summary({ analysis, onShowOnPage }: SummaryProps) {
  const sections = useMemo(() => buildSections(analysis.facts), [analysis]);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);

  // Sources are looked up once per item, for the open item and for filtering by quoted text.
  const sourcesFor = useMemo(() => {
    const cache = new Map<string, SourceQuote[]>();
    return (item: SummaryItem) => {
      const key = keyOf(item);
      let found = cache.get(key);
      if (!found) cache.set(key, (found = findSources(analysis, item.ref)));
      return found;
    };
  }, [analysis]);

  const words = queryWords(query);
  const shown = useMemo(() => filterSections(sections, words, sourcesFor), [sections, words.join(' '), sourcesFor]);
  const matches = shown.reduce((n, s) => n + (s.section.layout === 'table' ? s.rows.length : s.items.length), 0);

  // "/" jumps to the filter from anywhere in the popup, as on GitHub and in many docs sites.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || target?.closest('input, textarea, select')) return;
      e.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  if (sections.length === 0) return <p class="summary-missing">{t('popup_summary_missing')}</p>;

  const toggle = (key: string) => setOpenKey((k) => (k === key ? null : key));
  const clear = () => {
    setQuery('');
    input.current?.focus();
  };

  return (
    <div class="summary">
      <div class="filter" role="search">
        <input
          ref={input}
          type="search"
          class="filter-input"
          data-testid="filter"
          value={query}
          placeholder={t('popup_filter_placeholder')}
          aria-label={t('popup_filter_label')}
          aria-describedby="filter-status"
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              // Escape clears the filter rather than closing the popup.
              e.preventDefault();
              e.stopPropagation();
              setQuery('');
            }
          }}
        />
        <p id="filter-status" class={words.length ? 'filter-status' : 'visually-hidden'} role="status">
          {words.length ? (matches === 1 ? t('popup_filter_matches_one') : t('popup_filter_matches_other', matches)) : ''}
        </p>
      </div>
      {words.length && shown.length === 0 ? (
        <div class="no-matches" data-testid="no-matches">
          <p>{t('popup_filter_no_matches', query.trim())}</p>
          <button type="button" class="button button-small" onClick={clear}>
            {t('popup_filter_clear')}
          </button>
        </div>
      ) : null}
      {shown.map((s) => (
        <SummarySectionView
          key={s.section.field}
          shown={s}
          filtering={words.length > 0}
          openKey={openKey}
          onToggle={toggle}
          sourcesFor={sourcesFor}
          onShowOnPage={onShowOnPage}
        />
      ))}
    </div>
  );
}

/**
 * Sections narrowed to the items matching every query word in their label, value, hint, quote or
 * source sentence. A section whose title matches keeps everything; one with nothing to list stays
 * when its title or its "not mentioned" line matches ("retention" finds "No retention period stated").
 */
export function filterSections(sections: SummarySection[], words: string[], sourcesFor: (item: SummaryItem) => SourceQuote[]): ShownSection[] {
  const itemMatches = (item: SummaryItem) =>
    matchesAll(words, [item.label, item.hint, item.value, item.detail, item.channel?.text, ...sourcesFor(item).map((q) => q.sentence)]);
  const out: ShownSection[] = [];
  for (const section of sections) {
    const rows = section.rows ?? [];
    if (matchesAll(words, [section.title])) {
      out.push({ section, items: section.items, rows });
      continue;
    }
    const items = section.items.filter(itemMatches);
    const matchingRows = rows.filter((r) => matchesAll(words, [r.label, r.hint, r.value]) || [r.collected, r.shared].some((i) => i && itemMatches(i)));
    const silent = section.items.length === 0 && rows.length === 0 && matchesAll(words, [section.emptyText]);
    if (items.length || matchingRows.length || silent) out.push({ section, items, rows: matchingRows });
  }
  return out;
}

interface SectionViewProps {
  shown: ShownSection;
  filtering: boolean;
  openKey: string | null;
  onToggle: (key: string) => void;
  sourcesFor: (item: SummaryItem) => SourceQuote[];
  onShowOnPage: (target: ScrollTarget) => Promise<void>;
}

function SummarySectionView({ shown, filtering, openKey, onToggle, sourcesFor, onShowOnPage }: SectionViewProps) {
  const { section, items, rows } = shown;
  const accent = section.category === 'warning' ? WARNING_ACCENT : CATEGORY_INFO[section.category].color;
  const headingId = `section-${section.field}`;
  const inline = section.layout === 'inline';
  const count = section.layout === 'table' ? rows.length : items.length;
  const empty = count === 0;
  const openValue = openKey?.startsWith(`${section.field}:`) ? openKey.slice(section.field.length + 1) : null;
  const listProps = {
    idPrefix: section.field,
    items,
    openValue,
    onToggle: (value: string) => onToggle(`${section.field}:${value}`),
    sourcesFor,
    onShowOnPage,
  };
  return (
    <section
      class={`section${inline ? ' section-inline' : ''}${section.category === 'warning' ? ' section-warning' : ''}${empty ? ' section-empty' : ''}${
        section.tone ? ` tone-${section.tone}` : ''
      }`}
      data-field={section.field}
      data-value={section.sectionValue}
      aria-labelledby={headingId}
      style={{ '--accent': accent }}
    >
      <h2 id={headingId}>
        {section.title}
        {inline ? ':' : null}
        {!inline && !empty ? (
          <>
            {' '}
            <span class="count">{count}</span>
          </>
        ) : null}
      </h2>
      {empty ? (
        <p class="empty" data-value={section.emptyValue}>
          {section.emptyText}
        </p>
      ) : section.layout === 'table' ? (
        <DataTypesTable rows={rows} sharedColumn={section.sharedColumn ?? false} openKey={openKey} onToggle={onToggle} sourcesFor={sourcesFor} onShowOnPage={onShowOnPage} />
      ) : section.layout === 'chips' ? (
        <ChipList {...listProps} />
      ) : (
        <ItemList {...listProps} limit={filtering ? undefined : section.field === 'red_flags' ? 3 : 6} />
      )}
    </section>
  );
}
