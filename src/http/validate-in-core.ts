import type { FastifySchemaCompiler } from 'fastify';

/**
 * For routes whose input the core validates (so the library, CLI and HTTP report the same fields
 * the same way): the schema documents the body in OpenAPI, and Fastify only checks that the body is
 * a JSON object. Query strings and path parameters are not handled here.
 */
export const objectBodyOnly: FastifySchemaCompiler<unknown> = ({ httpPart }) => {
  if (httpPart !== 'body') return () => true;
  return (data: unknown) =>
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? { value: data }
      : { error: Object.assign(new Error('body must be a JSON object'), { validation: [{ instancePath: '', message: 'must be a JSON object', params: {} }], validationContext: 'body' }) };
};
