import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { handleError, sendProblem } from './errors.js';

/**
 * Let the routes of `scope` take a file as their body: `application/json` and `text/csv` kept as
 * the bytes sent (importers report lines and columns of the file itself, not of re-serialized JSON),
 * limited by the app's body limit; any other content type is a 415 problem ending with `hint`
 * ("send the file as text/csv or application/json"). Only this scope reads CSV.
 */
export function acceptFileBodies(scope: FastifyInstance, hint: string): void {
  scope.removeContentTypeParser('application/json');
  const keepBytes = (_request: FastifyRequest, body: Buffer, done: (error: Error | null, body?: Buffer) => void) => done(null, body);
  scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, keepBytes);
  scope.addContentTypeParser('text/csv', { parseAs: 'buffer' }, keepBytes);
  scope.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return sendProblem(request, reply, 415, 'UNSUPPORTED_MEDIA_TYPE', `content type ${JSON.stringify(request.headers['content-type'] ?? '')} is not accepted; ${hint}`);
    }
    return handleError(error, request, reply);
  });
}
