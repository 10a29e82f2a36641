import { createAdminUser, listAdminUsers, signIn, signOut, whoAmI } from '../../../services/admin-users/admin-users.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';

const userSchema = {
  type: 'object',
  required: ['id', 'email', 'name', 'role', 'lastSignInAt', 'locked', 'createdAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', enum: ['owner', 'operator', 'read_only'] },
    lastSignInAt: { type: ['string', 'null'], format: 'date-time' },
    locked: { type: 'boolean' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

/**
 * Admin users: sign in with email and password for a session token (used as Bearer, like an API
 * key, with the role's scopes), sign out, who am I; list and add users (admin scope).
 */
export const adminUserRoutes: RouteRegistrar = (app, deps) => {
  const tags = ['admin users'];
  app.post('/v1/admin/sessions', {
    validatorCompiler: objectBodyOnly,
    schema: {
      tags,
      summary: 'Sign in with email and password: a session token for 12 hours (401 for a wrong email or password, 429 after 5 failures in a row)',
      body: { type: 'object', required: ['email', 'password'], properties: { email: { type: 'string' }, password: { type: 'string' } } },
      response: {
        201: { type: 'object', required: ['token', 'expiresAt', 'user'], properties: { token: { type: 'string' }, expiresAt: { type: 'string', format: 'date-time' }, user: userSchema } },
        ...problemResponses(400, 401, 415, 429),
      },
    },
  }, async (request, reply) => {
    const r = await signIn(deps, request.body);
    if (!r.ok) {
      if (r.code === 'ACCOUNT_LOCKED') reply.header('retry-after', String(15 * 60));
      return sendFailure(request, reply, r);
    }
    return reply.code(201).header('cache-control', 'no-store').send(r.value);
  });

  app.delete('/v1/admin/sessions/current', {
    onRequest: requireScope(deps, 'admin', 'read_only'),
    schema: { tags, summary: 'Sign out: end the session this request is made with', security: bearerSecurity, response: { 204: { type: 'null' }, ...problemResponses(400, 401, 403) } },
  }, async (request, reply) => {
    const r = await signOut(deps, request.principal);
    return r.ok ? reply.code(204).send() : sendFailure(request, reply, r);
  });

  app.get('/v1/admin/me', {
    onRequest: requireScope(deps, 'admin', 'read_only'),
    schema: {
      tags,
      summary: 'Who is calling: the signed-in user and their scopes, or the API key',
      security: bearerSecurity,
      response: { 200: { type: 'object', properties: { kind: { type: 'string', enum: ['user', 'api-key'] }, name: { type: 'string' }, role: { type: 'string', enum: ['owner', 'operator', 'read_only'], description: 'the admin role the caller acts as' }, scopes: { type: 'array', items: { type: 'string' } }, user: { anyOf: [userSchema, { type: 'null' }] } } }, ...problemResponses(401, 403) },
    },
  }, async (request) => ({ ...(await whoAmI(deps, request.principal!)), role: request.principal!.role }));

  app.get('/v1/admin/users', {
    onRequest: requireScope(deps, 'admin', 'owner'),
    schema: { tags, summary: 'The people who sign in to the admin', security: bearerSecurity, response: { 200: { type: 'object', properties: { items: { type: 'array', items: userSchema } } }, ...problemResponses(401, 403) } },
  }, async () => ({ items: await listAdminUsers(deps) }));

  app.post('/v1/admin/users', {
    onRequest: requireScope(deps, 'admin', 'owner'),
    validatorCompiler: objectBodyOnly,
    schema: {
      tags,
      summary: 'Add an admin user (owner, operator or read_only) with a password of 12 characters or more',
      security: bearerSecurity,
      body: { type: 'object', required: ['email', 'name', 'role', 'password'], properties: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', enum: ['owner', 'operator', 'read_only'] }, password: { type: 'string' } } },
      response: { 201: userSchema, ...problemResponses(400, 401, 403, 409, 415) },
    },
  }, async (request, reply) => {
    const r = await createAdminUser(deps, request.body);
    return r.ok ? reply.code(201).send(r.value) : sendFailure(request, reply, r);
  });
};
