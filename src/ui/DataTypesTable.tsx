import type { DataTypeRow, SummaryItem } from './summary-model';
import type { SourceQuote } from './sources';
import type { ScrollTarget } from './api';
import { Evidence } from './Evidence';
import { t } from '../i18n';

interface DataTypesTableProps {
  rows: DataTypeRow[];
  sharedColumn: boolean;
  /** `collected:<type>` or `shared_types:<type>` of the open mark, or null. */
  openKey: string | null;
  onToggle: (key: string) => void;
  sourcesFor: (item: SummaryItem) => SourceQuote[];
  onShowOnPage: (target: ScrollTarget) => Promise<void>;
}

/**
 * The privacy label's core: one row per data type, a mark where the policy says it is collected
 * and where it says third parties get it. Each mark is a button opening the sentence it was read
 * from, in a row right under it. Collected marks carry `data-value` (the `collected` values, as in
 * every other section); shared marks carry `data-shared-value`.
 */
export function DataTypesTable({ rows, sharedColumn, openKey, onToggle, sourcesFor, onShowOnPage }: DataTypesTableProps) {
  const columns = sharedColumn ? 3 : 2;
  return (
    <table class="data-types">
      <caption class="visually-hidden">{t('popup_table_caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('popup_table_data_type')}</th>
          <th scope="col" class="mark-col">
            {t('popup_table_collected')}
          </th>
          {sharedColumn ? (
            <th scope="col" class="mark-col">
              {t('popup_table_shared')}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const open = [row.collected, row.shared].find((item) => item && keyOf(item) === openKey);
          const panelId = `data-type-evidence-${row.value}`;
          return [
            <tr key={row.value} data-type={row.value} class={open ? 'open' : undefined}>
              <th scope="row">
                <span class="row-label">{row.label}</span>
              </th>
              <MarkCell item={row.collected} kind="collected" openKey={openKey} panelId={panelId} onToggle={onToggle} />
              {sharedColumn ? <MarkCell item={row.shared} kind="shared" openKey={openKey} panelId={panelId} onToggle={onToggle} /> : null}
            </tr>,
            open ? (
              <tr key={`${row.value}-evidence`} class="evidence-row">
                <td colSpan={columns}>
                  <Evidence
                    key={openKey!}
                    id={panelId}
                    heading={t(open === row.collected ? 'popup_table_evidence_collected' : 'popup_table_evidence_shared', open.hint ? `${open.label} (${open.hint})` : open.label)}
                    sources={sourcesFor(open)}
                    onShowOnPage={onShowOnPage}
                  />
                </td>
              </tr>
            ) : null,
          ];
        })}
      </tbody>
    </table>
  );
}

export function keyOf(item: SummaryItem): string {
  return `${item.ref.field}:${item.value}`;
}

interface MarkCellProps {
  item: SummaryItem | undefined;
  kind: 'collected' | 'shared';
  openKey: string | null;
  panelId: string;
  onToggle: (key: string) => void;
}

function MarkCell({ item, kind, openKey, panelId, onToggle }: MarkCellProps) {
  if (!item) {
    return (
      <td class="mark-col">
        <span class="no-mark" aria-hidden="true">
          –
        </span>
        <span class="visually-hidden">{t(kind === 'collected' ? 'popup_table_not_collected' : 'popup_table_not_shared')}</span>
      </td>
    );
  }
  const key = keyOf(item);
  const open = key === openKey;
  return (
    <td class="mark-col">
      <button
        type="button"
        class={`mark mark-${kind}`}
        {...(kind === 'collected' ? { 'data-value': item.value } : { 'data-shared-value': item.value })}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={t(kind === 'collected' ? 'popup_table_collected_label' : 'popup_table_shared_label', item.label)}
        onClick={() => onToggle(key)}
      >
        <span aria-hidden="true">✓</span>
      </button>
    </td>
  );
}
