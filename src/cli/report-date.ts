import type { CliContext } from './context.js';

/**
 * The date written into reports and templates: SOURCE_DATE_EPOCH (seconds since 1970, the
 * reproducible-builds convention) when set, so the same input gives the same bytes; else now.
 */
export function reportDate(ctx: CliContext): Date {
  const epoch = ctx.env.SOURCE_DATE_EPOCH?.trim();
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return ctx.now();
}
