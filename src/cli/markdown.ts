/**
 * `analyze --format md`. The renderer is shared with the popup's "Copy as Markdown" and lives in
 * the pure core (src/core/report/markdown.ts); the CLI's output is unchanged by the move.
 */
export { escapeMd, label, renderMarkdown, type ReportInput } from '../core/report/markdown';
