import { useState } from 'preact/hooks';
import type { PopupApi } from './api';
import { exportFileName, exportJson, exportMarkdown, type ExportSource } from './export';
import { t } from '../i18n';

/** "Copy as Markdown" and "Download JSON", with a spoken result ("Copied", or why not). */
export function ExportBar({ api, source }: { api: PopupApi; source: ExportSource }) {
  const [note, setNote] = useState<{ text: string; error?: boolean } | null>(null);
  const copy = () => {
    setNote(null);
    exportMarkdown(source)
      .then((markdown) => api.copyText(markdown))
      .then(
        () => setNote({ text: t('popup_export_copied') }),
        () => setNote({ text: t('popup_export_copy_failed'), error: true }),
      );
  };
  const download = () => {
    try {
      api.download(exportFileName(source.url, new Date()), 'application/json', exportJson(source));
      setNote({ text: t('popup_export_downloaded') });
    } catch {
      setNote({ text: t('popup_export_download_failed'), error: true });
    }
  };
  return (
    <div class="export" role="group" aria-labelledby="export-title">
      <h2 id="export-title" class="export-title">
        {t('popup_export_title')}
      </h2>
      <div class="export-buttons">
        <button type="button" class="button button-small" data-action="copy-markdown" onClick={copy}>
          {t('popup_export_copy_markdown')}
        </button>
        <button type="button" class="button button-small" data-action="download-json" onClick={download}>
          {t('popup_export_download_json')}
        </button>
      </div>
      <p class={note?.error ? 'export-note toggle-error' : 'export-note'} role="status">
        {note?.text ?? ''}
      </p>
    </div>
  );
}
