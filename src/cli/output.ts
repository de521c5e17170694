import type { Writable } from 'node:stream';

/**
 * Writing results without losing them: when stdout is a pipe that is slower than us, `write`
 * returns false and we wait for 'drain' (a 10 000-line classify run would otherwise buffer
 * everything in memory). A closed pipe (`… | head`) ends the process quietly, like any Unix tool.
 */
export class LineWriter {
  constructor(private readonly out: Writable) {
    out.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
  }

  async line(value: unknown): Promise<void> {
    await this.text(JSON.stringify(value) + '\n');
  }

  async text(chunk: string): Promise<void> {
    if (!this.out.write(chunk)) await new Promise<void>((resolve) => this.out.once('drain', resolve));
  }
}

/** One line on stderr, prefixed so it is clear which tool said it. */
export function warn(message: string): void {
  process.stderr.write(`fineprint: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
}
