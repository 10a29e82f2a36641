import { getStoreBankAccount } from '../../../services/store/bank-account.js';
import { putStoreBankAccount } from '../../../services/store/bank-account-put.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';

const accountSchema = {
  type: 'object',
  required: ['account'],
  properties: {
    account: {
      type: ['object', 'null'],
      description: 'null while no account is set',
      properties: { accountHolder: { type: 'string' }, iban: { type: 'string', examples: ['NL91ABNA0417164300'] }, ibanPrinted: { type: 'string', examples: ['NL91 ABNA 0417 1643 00'] }, bic: { type: 'string', examples: ['ABNANL2A'] } },
    },
  },
} as const;

/**
 * The store's own bank account, which distributors pay into: printed on every pro forma invoice
 * and used when a quote is accepted without another account. Reading it is read_only; setting it
 * is the owner's (it decides where money goes). The IBAN and BIC are checked as a company's are.
 */
export const storeBankAccountRoutes: RouteRegistrar = (app, deps) => {
  const tags = ['store'];
  app.get('/v1/admin/store/bank-account', {
    onRequest: requireScope(deps, 'admin', 'read_only'),
    schema: { tags, summary: "The store's bank account that distributors pay into (null while none is set)", security: bearerSecurity, response: { 200: accountSchema, ...problemResponses(401, 403) } },
  }, async () => ({ account: await getStoreBankAccount(deps) }));

  app.put('/v1/admin/store/bank-account', {
    onRequest: requireScope(deps, 'admin', 'owner'),
    validatorCompiler: objectBodyOnly,
    schema: {
      tags,
      summary: "Set the store's bank account: { accountHolder, iban, bic } (ISO 13616 IBAN with its check digits, ISO 9362 BIC of a bank in the IBAN's country)",
      security: bearerSecurity,
      body: { type: 'object', required: ['accountHolder', 'iban', 'bic'], properties: { accountHolder: { type: 'string' }, iban: { type: 'string' }, bic: { type: 'string' } } },
      response: { 200: accountSchema, ...problemResponses(400, 401, 403, 415) },
    },
  }, async (request, reply) => {
    const r = await putStoreBankAccount(deps, request.body);
    return r.ok ? { account: r.value } : sendFailure(request, reply, r);
  });
};
