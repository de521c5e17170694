import { fstatSync } from 'node:fs';
import { parseArgs, checkUrl, UsageError, type FlagSpec } from './args';
import { LineWriter, warn } from './output';

/**
 * Fineprint's command line: `npm run --silent cli -- <command> …`. A stable public interface over
 * the same core the extension runs. Exit codes: 0 success (a page that is not a policy is a
 * success), 1 some input could not be read, 2 usage error.
 */

export const USAGE = `Usage: npm run --silent cli -- <command> [options]

Commands:
  classify                      Read JSON lines {"id", "text", "section"?} on stdin; write one line
                                {"id", "categories", "evidence"} per input line (same order).
  detect FILE... [--url URL]    Is each HTML (or text) file a privacy policy? One JSON line per file:
                                {"file", "isPolicy", "score", "signals", "language"}.
  analyze FILE [--url URL] [--format json|md]
                                Classify a policy (.html or .txt) and summarise it: blocks with
                                categories, and the facts the popup shows.

Options:
  --url URL       The page's address, an extra detection signal (content alone is enough).
  --format F      analyze output: json (default) or md (a summary for people).
  -h, --help      Show this text.

Exit codes: 0 success (including "not a policy"), 1 a file or stdin could not be read,
2 usage error, 70 internal error (a bug: please report it).`;

const COMMAND_FLAGS: Record<string, Record<string, FlagSpec>> = {
  classify: {},
  detect: { url: {} },
  analyze: { url: {}, format: { values: ['json', 'md'] } },
};

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    (command === undefined ? process.stderr : process.stdout).write(USAGE + '\n');
    return command === undefined ? 2 : 0;
  }
  const spec = COMMAND_FLAGS[command];
  if (!spec) throw new UsageError(`unknown command "${command}"`);
  const args = parseArgs(rest, spec);
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const writer = new LineWriter(process.stdout);

  if (command === 'classify') {
    if (args.positionals.length) throw new UsageError('classify reads stdin and takes no file arguments (use: classify < in.jsonl)');
    if (process.stdin.isTTY) throw new UsageError('classify reads JSON lines from stdin (use: classify < in.jsonl)');
    if (stdinIsDirectory()) {
      warn('cannot read stdin: it is a directory (use: classify < in.jsonl)');
      return 1;
    }
    // Commands load the classifier (compromise) lazily: usage errors and --help answer at once.
    const { runClassify } = await import('./classify');
    let summary;
    try {
      summary = await runClassify(process.stdin, writer);
    } catch (err) {
      warn(`cannot read stdin: ${describe(err)}`);
      return 1;
    }
    if (summary.classified === 0 && summary.errors > 0) {
      warn(`no line could be classified (${summary.errors} malformed)`);
      return 1;
    }
    if (summary.errors > 0) warn(`${summary.errors} malformed line(s) skipped (see their "error" output lines)`);
    return 0;
  }

  const url = checkUrl(args.flags.url);
  if (args.positionals.length === 0) throw new UsageError(`${command} needs at least one FILE`);

  if (command === 'detect') {
    const { runDetect } = await import('./detect');
    const { failed } = await runDetect(args.positionals, { url }, writer);
    return failed > 0 ? 1 : 0;
  }

  // analyze
  if (args.positionals.length > 1) throw new UsageError('analyze takes one FILE');
  const { analyzeFile, reportProblems } = await import('./analyze');
  const { renderMarkdown } = await import('./markdown');
  const result = analyzeFile(args.positionals[0], { url });
  reportProblems(result);
  if (args.flags.format === 'md') await writer.text(renderMarkdown(result).replace(/\n*$/, '\n'));
  else await writer.line(result);
  return result.error ? 1 : 0;
}

function stdinIsDirectory(): boolean {
  try {
    return fstatSync(0).isDirectory();
  } catch {
    return false;
  }
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'EISDIR') return 'stdin is a directory';
  return err instanceof Error ? err.message : String(err);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      warn(err.message);
      process.stderr.write('\n' + USAGE + '\n');
      process.exitCode = 2;
      return;
    }
    // Anything else is our bug: one line on stderr, the stack only when asked for.
    warn(`internal error: ${err instanceof Error ? err.message : String(err)}${process.env.FINEPRINT_DEBUG ? '' : ' (set FINEPRINT_DEBUG=1 for details)'}`);
    if (process.env.FINEPRINT_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 70;
  },
);
