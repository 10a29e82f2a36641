import type { FastifyReply, FastifyRequest } from 'fastify';

/** The `format` query parameter every report takes: json (the default) or csv. */
export const FORMAT_QUERY = { format: { type: 'string', enum: ['json', 'csv'], description: 'csv: the report as text/csv (RFC 4180, UTF-8); the same as Accept: text/csv' } } as const;

/** The quality an Accept header gives a media type (its own entry, else type/*, else * / *; 0 when absent). */
function quality(accept: string, type: string): number {
  let best = -1;
  let specificity = -1;
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    const value = q ? Number(q.slice(2)) : 1;
    const [major] = type.split('/');
    const level = range === type ? 2 : range === `${major}/*` ? 1 : range === '*/*' ? 0 : -1;
    if (level > specificity && Number.isFinite(value)) {
      specificity = level;
      best = value;
    }
  }
  return Math.max(0, best);
}

/**
 * CSV when `?format=csv`, or with no `format` when the Accept header prefers text/csv to
 * application/json (RFC 9110 content negotiation; a tie answers JSON).
 */
export function wantsCsv(request: FastifyRequest<{ Querystring: { format?: string } }>): boolean {
  const format = request.query.format;
  if (format !== undefined) return format === 'csv';
  const accept = request.headers.accept;
  if (!accept) return false;
  return quality(accept, 'text/csv') > quality(accept, 'application/json');
}

/** Send CSV text as an attachment named `filename`, UTF-8. */
export function sendCsv(reply: FastifyReply, filename: string, text: string): FastifyReply {
  return reply
    .type('text/csv; charset=utf-8; header=present')
    .header('content-disposition', `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`)
    .send(text);
}
