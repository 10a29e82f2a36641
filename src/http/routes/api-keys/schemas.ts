import { API_SCOPES } from '../../../core/auth/api-key-format.js';

export const apiKeySchema = {
  $id: 'ApiKey',
  type: 'object',
  required: ['id', 'name', 'prefix', 'scopes', 'createdAt', 'revokedAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    name: { type: 'string' },
    prefix: { type: 'string', description: 'The public part of the key, shown in lists to tell keys apart' },
    scopes: { type: 'array', items: { type: 'string', enum: [...API_SCOPES] } },
    createdAt: { type: 'string', format: 'date-time' },
    revokedAt: { type: ['string', 'null'], format: 'date-time' },
  },
} as const;
