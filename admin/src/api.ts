/** The admin's client of the Landfall HTTP API: bearer key, JSON in and out, problem+json as ApiError. */

export type FieldIssue = { field: string; message: string };
export type Problem = { status: number; code: string; title: string; detail: string; errors?: FieldIssue[] };

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
  /** The message for one field, when the server named it. */
  forField(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field)?.message;
  }
}

export type Money = { amount: string; currency: string };
export type Variant = { id: string; sku: string; options: Record<string, string>; price: Money; weightKg: string };
export type Translation = { title: string; description?: string | null; customsDescription?: string | null };
export type Product = {
  id: string;
  handle: string;
  status: 'draft' | 'active' | 'archived';
  hsCode: string;
  originCountry: string;
  material: string | null;
  categories: string[];
  tags: string[];
  translations: Record<string, Translation>;
  variants: Variant[];
  updatedAt: string;
};
export type ProductPage = { items: Product[]; nextCursor: string | null };
export type HsCandidate = { hs6: string; confidence: number; heading: string; chapter: string; description: string; matchedTerms: string[] };
export type HsClassification = { candidates: HsCandidate[]; abstained: boolean; modelId: string };

export type Api = ReturnType<typeof createApi>;

export function createApi(key: string, fetcher: typeof fetch = fetch.bind(globalThis)) {
  async function call<T>(method: string, url: string, body?: unknown, contentType = 'application/json'): Promise<T> {
    const response = await fetcher(url, {
      method,
      headers: { authorization: `Bearer ${key}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': contentType }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const json = text === '' ? undefined : (JSON.parse(text) as unknown);
    if (!response.ok) {
      const p = (json ?? {}) as Partial<Problem>;
      throw new ApiError({ status: response.status, code: p.code ?? 'HTTP_ERROR', title: p.title ?? response.statusText, detail: p.detail ?? `${method} ${url} answered ${response.status}`, ...(p.errors ? { errors: p.errors } : {}) });
    }
    return json as T;
  }
  return {
    listProducts: (params: { cursor?: string | null; q?: string; limit?: number }) => {
      const query = new URLSearchParams();
      if (params.cursor) query.set('cursor', params.cursor);
      if (params.q) query.set('q', params.q);
      query.set('limit', String(params.limit ?? 25));
      return call<ProductPage>('GET', `/v1/admin/products?${query}`);
    },
    getProduct: (id: string) => call<Product>('GET', `/v1/admin/products/${encodeURIComponent(id)}`),
    patchProduct: (id: string, patch: Record<string, unknown>) => call<Product>('PATCH', `/v1/admin/products/${encodeURIComponent(id)}`, patch, 'application/merge-patch+json'),
    classify: (item: { text: string; material?: string; category?: string }) => call<HsClassification>('POST', '/v1/hs/classify', { ...item, limit: 5 }),
    confirmHsCode: (body: { text: string; hs6: string; productId: string }) => call<{ text: string; hs6: string }>('POST', '/v1/hs/confirmations', body),
  };
}
