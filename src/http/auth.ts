import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { allowsScope, type ApiScope } from '../core/auth/api-key-format.js';
import { authenticateApiKey, type Principal } from '../services/api-keys/authenticate-api-key.js';
import type { Deps } from '../services/deps.js';
import { sendFailure, sendProblem } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

/**
 * An onRequest hook that admits only callers whose API key grants `scope`. It runs before the body
 * is read, so an unauthenticated caller cannot make the server parse a large body.
 */
export function requireScope(deps: Deps, scope: ApiScope): onRequestHookHandler {
  return async function checkApiKey(request: FastifyRequest, reply: FastifyReply) {
    const result = await authenticateApiKey(deps, request.headers.authorization);
    if (!result.ok) {
      reply.header('www-authenticate', 'Bearer realm="landfall"');
      return sendFailure(request, reply, result);
    }
    if (!allowsScope(result.value.scopes, scope, request.method)) {
      const readOnly = result.value.scopes.includes('admin:read') && scope === 'admin';
      return sendProblem(request, reply, 403, 'FORBIDDEN', readOnly ? 'this account may only read (role read_only)' : `this API key lacks the "${scope}" scope`);
    }
    request.principal = result.value;
  };
}

/** OpenAPI security requirement for routes behind an API key. */
export const bearerSecurity = [{ bearerAuth: [] }];
