import { useMemo, useState } from 'preact/hooks';
import type { Analysis } from '../core/analysis-schema';
import { CATEGORY_INFO } from '../core/categories';
import { buildSections, type SummarySection } from './summary-model';
import { findSources } from './sources';
import type { ScrollTarget } from './api';
import { FactList } from './FactList';

interface SummaryProps {
  analysis: Analysis;
  onShowOnPage: (target: ScrollTarget) => Promise<void>;
}

const WARNING_ACCENT = '#d97706';
/** Sections of short vocabulary labels, shown as chips. */
const CHIP_FIELDS = new Set(['collected', 'purposes', 'shared_with', 'shared_types', 'rights']);

/**
 * The policy summary, one `section[data-field]` per facts field present. Only one item is open at
 * a time: the popup is small, and one visible sentence is easier to follow.
 */
export function Summary({ analysis, onShowOnPage }: SummaryProps) {
  const sections = useMemo(() => buildSections(analysis.facts), [analysis]);
  const [open, setOpen] = useState<{ field: string; index: number } | null>(null);

  if (sections.length === 0) {
    return (
      <p class="summary-missing">
        Fineprint read this policy but has no summary for it yet. The highlights on the page show what each paragraph is about.
      </p>
    );
  }

  return (
    <div class="summary">
      {sections.map((section) => (
        <SummarySectionView
          key={section.field}
          section={section}
          openIndex={open?.field === section.field ? open.index : -1}
          onToggle={(index) => setOpen((o) => (o && o.field === section.field && o.index === index ? null : { field: section.field, index }))}
          analysis={analysis}
          onShowOnPage={onShowOnPage}
        />
      ))}
    </div>
  );
}

interface SectionViewProps {
  section: SummarySection;
  openIndex: number;
  onToggle: (index: number) => void;
  analysis: Analysis;
  onShowOnPage: (target: ScrollTarget) => Promise<void>;
}

function SummarySectionView({ section, openIndex, onToggle, analysis, onShowOnPage }: SectionViewProps) {
  const accent = section.category === 'warning' ? WARNING_ACCENT : CATEGORY_INFO[section.category].color;
  const headingId = `section-${section.field}`;
  const inline = section.field === 'sells_data';
  const countable = !inline && section.items.length > 1;
  return (
    <section
      class={`section${inline ? ' section-inline' : ''}${section.category === 'warning' ? ' section-warning' : ''}${
        section.items.length === 0 ? ' section-empty' : ''
      }${section.tone ? ` tone-${section.tone}` : ''}`}
      data-field={section.field}
      data-value={section.sectionValue}
      aria-labelledby={headingId}
      style={{ '--accent': accent }}
    >
      <h2 id={headingId}>
        {section.title}
        {inline ? ':' : null}
        {countable ? <span class="count">{section.items.length}</span> : null}
      </h2>
      {section.items.length === 0 ? (
        <p class="empty" data-value={section.emptyValue}>
          {section.emptyText}
        </p>
      ) : (
        <FactList
          idPrefix={section.field}
          items={section.items}
          layout={CHIP_FIELDS.has(section.field) ? 'chips' : 'list'}
          limit={section.field === 'red_flags' ? 3 : 6}
          openIndex={openIndex}
          onToggle={onToggle}
          sourcesFor={(item) => findSources(analysis, item.ref)}
          onShowOnPage={onShowOnPage}
        />
      )}
    </section>
  );
}
