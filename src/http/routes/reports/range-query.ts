/** The `from` and `to` query parameters of the reports over a range of UTC days. */
export const RANGE_QUERY = {
  from: { type: 'string', maxLength: 10, description: 'first day, YYYY-MM-DD (default: 29 days before to)', examples: ['2026-11-01'] },
  to: { type: 'string', maxLength: 10, description: 'last day, YYYY-MM-DD, included (default: today, UTC); at most 366 days after from', examples: ['2026-11-30'] },
} as const;
