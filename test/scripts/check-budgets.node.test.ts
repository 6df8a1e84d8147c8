/** The size budgets of scripts/check-budgets.ts as part of `npm test` (which builds first), so CI fails over budget. */
import { describe, expect, it } from 'vitest';
import { budgets, webJsGzipBytes, workerGzipBytes } from '../../scripts/check-budgets.ts';

describe('size budgets', () => {
  it('keeps the Worker bundle within 300 KB gzip', { timeout: 120_000 }, () => {
    expect(workerGzipBytes()).toBeLessThanOrEqual(budgets.workerGzipBytes);
  });

  it('keeps the web JavaScript within 200 KB gzip', () => {
    const { total, files } = webJsGzipBytes();
    expect(files.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(budgets.webJsGzipBytes);
  });
});
