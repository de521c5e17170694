import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The suite-wide network audit (tests/e2e/zz-network-audit.e2e.test.ts) reads what every other
 * file's browsers logged, so it must run last, whatever order vitest would pick from timings.
 */
class NetworkAuditLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isAudit = (f: TestSpecification) => /[\\/]zz-[^\\/]*$/.test(f.moduleId);
    return [...sorted.filter((f) => !isAudit(f)), ...sorted.filter(isAudit)];
  }
}

// End-to-end tests: the built extension ($FINEPRINT_OUT_DIR or .output, chrome-mv3) in real Debian
// Chromium, on pages served from 127.0.0.1. Run after `npm run build`. One browser at a time (2-core machines).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    sequence: { sequencer: NetworkAuditLast },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    reporters: ['default'],
  },
});
