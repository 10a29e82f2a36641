/**
 * The admin's calls to the support inbox API (/v1/admin/support/...), with the tab's key and the
 * same problem+json handling as api.ts, and the shapes the inbox screens read.
 */
import { createCaller } from './api.js';
import type { Money } from './api-types.js';

const TAB_KEY = 'landfall.admin.key';

export type ConversationSummary = {
  id: string;
  status: string;
  subject: string;
  buyer: { email: string; name: string | null };
  order: string | null;
  market: string | null;
  locale: string | null;
  localeSource: string;
  team: string | null;
  assignee: string | null;
  firstResponseDueAt: string | null;
  firstRespondedAt: string | null;
  resolutionDueAt: string | null;
  overdue: boolean;
  followUpOf: string | null;
  lastMessageAt: string;
  createdAt: string;
  closedAt: string | null;
};
export type Attachment = { id: string; filename: string; declaredType: string; detectedType: string | null; verdict: string; size: number };
export type Message = { id: string; direction: 'inbound' | 'outbound' | 'note'; channel: string; author: string; body: string; truncated: boolean; language: string | null; attachments: Attachment[]; email: { status: string; lastError: string | null } | null; createdAt: string };
export type Conversation = Omit<ConversationSummary, 'order'> & {
  messages: Message[];
  buyerTime: Array<{ timeZone: string; time: string; offsetMinutes: number }>;
  waitedBusinessMinutes: number | null;
  order: null | {
    number: string;
    status: string;
    incoterm: string;
    currency: string;
    totals: Record<string, Money>;
    lines: Array<{ sku: string; title: string; quantity: number; goods: Money; duties: Money; taxes: Money; taxScheme: string | null }>;
    shipments: Array<{ position: number; status: string; carrier: string; trackingNumber: string | null; latest: string | null; awaitingPayment: Money | null; events: Array<{ status: string; at: string; location: string | null }> }>;
  };
  otherConversations: Array<{ id: string; subject: string; status: string; lastMessageAt: string }>;
};
export type SavedReply = { name: string; locale: string; body: string; updatedAt: string };
export type AdminUser = { id: string; email: string; name: string; role: string };
export type Team = { id: string; name: string; schedule: { timeZone: string; hours: Record<string, Array<[string, string]>>; holidays: string[] }; markets: string[]; firstResponseMinutes: number; resolutionMinutes: number };
export type Figures = { count: number; median: number | null; p90: number | null; withinTarget: number; withinTargetPercent: number | null };
export type MarketTimes = { market: string | null; conversations: number; unanswered: number; open: number; firstResponse: Figures; resolution: Figures };
export type SupportReport = { from: string; to: string; markets: MarketTimes[]; all: MarketTimes };

export type SupportApi = ReturnType<typeof createSupportApi>;

export function createSupportApi(key: string, fetcher: typeof fetch = fetch.bind(globalThis)) {
  const call = createCaller(key, fetcher);
  const seg = encodeURIComponent;
  return {
    list: (params: { status?: string; assignee?: string; cursor?: string | null }) => {
      const q = new URLSearchParams({ limit: '25' });
      if (params.status) q.set('status', params.status);
      if (params.assignee) q.set('assignee', params.assignee);
      if (params.cursor) q.set('cursor', params.cursor);
      return call<{ items: ConversationSummary[]; nextCursor: string | null }>('GET', `/v1/admin/support/conversations?${q}`);
    },
    get: (id: string) => call<Conversation>('GET', `/v1/admin/support/conversations/${seg(id)}`),
    reply: (id: string, text: string, close: boolean) => call<Conversation>('POST', `/v1/admin/support/conversations/${seg(id)}/replies`, { text, close }),
    note: (id: string, text: string) => call<Conversation>('POST', `/v1/admin/support/conversations/${seg(id)}/notes`, { text }),
    update: (id: string, patch: { assignee?: string | null; status?: string }) => call<Conversation>('PATCH', `/v1/admin/support/conversations/${seg(id)}`, patch),
    savedReplies: () => call<{ items: SavedReply[] }>('GET', '/v1/admin/support/saved-replies'),
    users: () => call<{ items: AdminUser[] }>('GET', '/v1/admin/users'),
    teams: () => call<{ items: Team[] }>('GET', '/v1/admin/support/teams'),
    createTeam: (team: Omit<Team, 'id'>) => call<Team>('POST', '/v1/admin/support/teams', team),
    report: (from: string, to: string) => call<SupportReport>('GET', `/v1/admin/support/report?from=${seg(from)}&to=${seg(to)}`),
    attachmentUrl: (id: string) => `/v1/admin/support/attachments/${seg(id)}`,
    download: async (id: string) => {
      const r = await fetcher(`/v1/admin/support/attachments/${seg(id)}`, { headers: { authorization: `Bearer ${key}` } });
      if (!r.ok) throw new Error(`the attachment could not be downloaded (${r.status})`);
      return r.blob();
    },
  };
}

export function supportApiOfTab(): SupportApi {
  return createSupportApi(sessionStorage.getItem(TAB_KEY) ?? '');
}
