/**
 * Hand-rolled argument parsing (the CLI takes three commands and two flags; a dependency would
 * be larger than the parser). Each command declares the flags it accepts; anything else is a
 * usage error, reported with exit code 2 and the usage text.
 */

export class UsageError extends Error {}

export interface FlagSpec {
  /** Allowed values; omitted = any non-empty string. */
  values?: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string>;
  help: boolean;
}

export function parseArgs(argv: readonly string[], spec: Record<string, FlagSpec>): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string> = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq === -1 ? undefined : eq);
      const flag = spec[name];
      if (!flag) throw new UsageError(`unknown option --${name}`);
      let value: string | undefined;
      if (eq !== -1) value = arg.slice(eq + 1);
      else {
        value = argv[i + 1];
        if (value === undefined || value.startsWith('--')) throw new UsageError(`option --${name} needs a value`);
        i++;
      }
      if (value === '') throw new UsageError(`option --${name} needs a value`);
      if (flag.values && !flag.values.includes(value)) {
        throw new UsageError(`option --${name} must be one of ${flag.values.join(', ')} (got "${value}")`);
      }
      if (name in flags) throw new UsageError(`option --${name} given twice`);
      flags[name] = value;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    positionals.push(arg);
  }
  return { positionals, flags, help };
}

/** `--url` must be an absolute http(s) URL: it is read as a signal, a bare word would mislead. */
export function checkUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--url must be an absolute URL such as https://example.com/privacy (got "${url}")`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:') {
    throw new UsageError(`--url must be an http(s) URL (got "${url}")`);
  }
  return parsed.href;
}
