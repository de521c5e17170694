import { useState } from 'preact/hooks';
import type { SummaryItem } from './summary-model';
import type { SourceQuote } from './sources';
import type { ScrollTarget } from './api';
import { CHANNEL_KIND_LABELS } from './channels';
import { Evidence } from './Evidence';

export type FactLayout = 'chips' | 'list';

interface FactListProps {
  /** Prefix for element ids (the section's field). */
  idPrefix: string;
  items: SummaryItem[];
  /** Chips for short vocabulary labels (data types, recipients, rights); a list for quotes and strings. */
  layout: FactLayout;
  /** Items shown before "Show N more" (lists only). */
  limit?: number;
  /** Index of the expanded item in this list, or -1. */
  openIndex: number;
  onToggle: (index: number) => void;
  sourcesFor: (item: SummaryItem) => SourceQuote[];
  onShowOnPage: (target: ScrollTarget) => Promise<void>;
}

/** The items of one summary section: each a button that expands to the sentence it came from. */
export function FactList(props: FactListProps) {
  return props.layout === 'chips' ? <ChipList {...props} /> : <ItemList {...props} />;
}

/**
 * Vocabulary values as a wrap of chips: fourteen data types fit in a few lines. The open chip's
 * sentence shows under the whole group, with the chip's explanation as its heading.
 */
function ChipList({ idPrefix, items, openIndex, onToggle, sourcesFor, onShowOnPage }: FactListProps) {
  const panelId = `${idPrefix}-evidence`;
  const open = openIndex >= 0 ? items[openIndex] : undefined;
  return (
    <>
      <ul class="chips">
        {items.map((item, i) => (
          <li key={`${item.value}\u0000${i}`}>
            <button
              type="button"
              class={`chip${item.tone ? ` tone-${item.tone}` : ''}`}
              data-value={item.value}
              aria-expanded={i === openIndex}
              aria-controls={i === openIndex ? panelId : undefined}
              title={item.hint}
              onClick={() => onToggle(i)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
      {open ? (
        <Evidence key={`${panelId}-${openIndex}`} id={panelId} heading={open.hint ? `${open.label}: ${open.hint}` : open.label} sources={sourcesFor(open)} onShowOnPage={onShowOnPage} />
      ) : null}
    </>
  );
}

function ItemList({ idPrefix, items, limit, openIndex, onToggle, sourcesFor, onShowOnPage }: FactListProps) {
  const [showAll, setShowAll] = useState(false);
  // Collapsed items stay in the DOM (hidden), so the summary is complete for assistive tech
  // queries and tests; the open item is always visible.
  const visible = showAll || limit === undefined || items.length <= limit + 1 ? items.length : Math.max(limit, openIndex + 1);
  const hidden = items.length - visible;
  return (
    <>
      <ul class="items">
        {items.map((item, i) => {
          const open = i === openIndex;
          const panelId = `${idPrefix}-evidence-${i}`;
          const { channel } = item;
          return (
            <li key={`${item.value}\u0000${i}`} class={`item${item.tone ? ` tone-${item.tone}` : ''}${open ? ' open' : ''}`} hidden={i >= visible}>
              <div class="item-row">
                <button
                  type="button"
                  class="item-button"
                  data-value={item.value}
                  aria-expanded={open}
                  aria-controls={open ? panelId : undefined}
                  onClick={() => onToggle(i)}
                >
                  <span class="chevron" aria-hidden="true" />
                  <span class="item-text">
                    {channel ? <span class="channel-kind">{CHANNEL_KIND_LABELS[channel.kind]}</span> : null}
                    <span class={item.quoted ? 'item-label item-quote' : 'item-label'}>{item.label}</span>
                    {item.hint ? <span class="item-hint">{item.hint}</span> : null}
                    {item.detail ? <span class="item-detail">“{item.detail}”</span> : null}
                  </span>
                </button>
                {channel?.href ? (
                  <a
                    class="channel-link"
                    href={channel.href}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={channel.kind === 'email' ? `Write to ${channel.text}` : `Open ${channel.text} in a new tab`}
                  >
                    {channel.kind === 'email' ? 'Write' : 'Open'}
                  </a>
                ) : null}
              </div>
              {open ? <Evidence key={panelId} id={panelId} sources={sourcesFor(item)} noSourceText={item.noSourceText} onShowOnPage={onShowOnPage} /> : null}
            </li>
          );
        })}
      </ul>
      {hidden > 0 ? (
        <button type="button" class="more-button" onClick={() => setShowAll(true)}>
          Show {hidden} more
        </button>
      ) : null}
    </>
  );
}
