import { useState } from 'preact/hooks';
import type { SummaryItem } from './summary-model';
import type { SourceQuote } from './sources';
import type { ScrollTarget } from './api';
import { channelKindLabel } from './channels';
import { Evidence } from './Evidence';
import { t } from '../i18n';

export interface ItemListProps {
  /** Prefix for element ids (the section's field). */
  idPrefix: string;
  items: SummaryItem[];
  /** Items shown before "Show N more" (lists only; none while filtering). */
  limit?: number;
  /** `value` of the expanded item in this list, or null. */
  openValue: string | null;
  onToggle: (value: string) => void;
  sourcesFor: (item: SummaryItem) => SourceQuote[];
  onShowOnPage: (target: ScrollTarget) => Promise<void>;
}

/**
 * Vocabulary values as a wrap of chips: fourteen rights fit in a few lines. The open chip's
 * sentence shows under the whole group, with the chip's explanation as its heading.
 */
export function ChipList({ idPrefix, items, openValue, onToggle, sourcesFor, onShowOnPage }: ItemListProps) {
  const panelId = `${idPrefix}-evidence`;
  const open = items.find((i) => i.value === openValue);
  return (
    <>
      <ul class="chips">
        {items.map((item) => (
          <li key={item.value}>
            <button
              type="button"
              class={`chip${item.tone ? ` tone-${item.tone}` : ''}`}
              data-value={item.value}
              aria-expanded={item === open}
              aria-controls={item === open ? panelId : undefined}
              title={item.hint}
              onClick={() => onToggle(item.value)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
      {open ? (
        <Evidence key={`${panelId}-${open.value}`} id={panelId} heading={open.hint ? `${open.label}: ${open.hint}` : open.label} sources={sourcesFor(open)} onShowOnPage={onShowOnPage} />
      ) : null}
    </>
  );
}

/** Statements, quotes and contact channels: one row each, expanding in place. */
export function ItemList({ idPrefix, items, limit, openValue, onToggle, sourcesFor, onShowOnPage }: ItemListProps) {
  const [showAll, setShowAll] = useState(false);
  const openIndex = items.findIndex((i) => i.value === openValue);
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
                  onClick={() => onToggle(item.value)}
                >
                  <span class="chevron" aria-hidden="true" />
                  <span class="item-text">
                    {channel ? <span class="channel-kind">{channelKindLabel(channel.kind)}</span> : null}
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
                    aria-label={channel.kind === 'email' ? t('popup_channel_write_label', channel.text) : t('popup_channel_open_label', channel.text)}
                  >
                    {channel.kind === 'email' ? t('popup_channel_write') : t('popup_channel_open')}
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
          {t('popup_show_more', hidden)}
        </button>
      ) : null}
    </>
  );
}
