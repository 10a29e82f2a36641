export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                            database: {
                                /** @enum {string} */
                                kind: "pglite" | "postgres";
                                latencyMs: number;
                            };
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/store": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The store: name, base currency, default locale, home country */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            baseCurrency: string;
                            defaultLocale: string;
                            originCountry: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys, oldest first, with cursor pagination */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ApiKey"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an API key; the key is in the answer this once and never again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        scopes: ("admin" | "api" | "admin:read" | "admin:operator")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The API key in clear. Store it now. */
                            key: string;
                            apiKey: components["schemas"]["ApiKey"];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/landed-cost/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Quote the landed cost of a consignment: duties, import taxes and fees, each explained */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LandedCostRequest"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LandedCostAnswer"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/landed-cost/quotes/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Quote up to 100 consignments; results in the same order, each a quote or a problem */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        requests: components["schemas"]["LandedCostRequest"][];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                index: number;
                                ok: boolean;
                                quote?: components["schemas"]["LandedCostAnswer"];
                                problem?: components["schemas"]["Problem"];
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rule set: version, counts by kind, destinations covered */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: string;
                            counts: {
                                [key: string]: number;
                            };
                            destinations: string[];
                            importedLinesSkipped: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rules/destinations/{country}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every rule in effect for a destination on a date (default: today, UTC) */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path: {
                    country: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rules/tariffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tariff lines of a customs territory in effect on a date (default today, UTC), under or covering an HS code */
        get: {
            parameters: {
                query?: {
                    territory?: string;
                    hs?: string;
                    date?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One rule as written, with its source and dates */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kind: string;
                            rule: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products, newest first, with cursor pagination, filters and full-text search */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: "draft" | "active" | "archived";
                    category?: string;
                    tag?: string;
                    /** @description Search text (words, "phrases", -excluded, or); words match as prefixes */
                    q?: string;
                    /** @description Search the text of this locale (with its stemming); default: every locale */
                    locale?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                handle: string;
                                /** @enum {string} */
                                status: "draft" | "active" | "archived";
                                hsCode: string;
                                nationalCodes: {
                                    [key: string]: string;
                                };
                                originCountry: string;
                                material: string | null;
                                categories: string[];
                                tags: string[];
                                images: {
                                    url: string;
                                    alt: string | null;
                                }[];
                                translations: {
                                    [key: string]: {
                                        title: string;
                                        description: string | null;
                                        customsDescription: string | null;
                                    };
                                };
                                variants: {
                                    /** Format: uuid */
                                    id: string;
                                    sku: string;
                                    options: {
                                        [key: string]: string;
                                    };
                                    price: {
                                        amount: string;
                                        currency: string;
                                    };
                                    weightKg: string;
                                    dimensionsCm: {
                                        length?: string;
                                        width?: string;
                                        height?: string;
                                    } | null;
                                    barcode: string | null;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a product with its texts and variants (409 when the handle or a SKU is taken) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description A product with its texts by locale and its variants. Unknown fields are refused. */
            requestBody: {
                content: {
                    "application/json": {
                        /** @example robusta-beans-500g */
                        handle: string;
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status?: "draft" | "active" | "archived";
                        /**
                         * @description HS subheading, 6 digits (dots allowed: "0901.11")
                         * @example 090111
                         */
                        hsCode: string;
                        /**
                         * @description 8 to 10 digit codes by territory (ISO country or EU)
                         * @example {
                         *       "US": "0901110020"
                         *     }
                         */
                        nationalCodes?: {
                            [key: string]: string;
                        };
                        /** @example VN */
                        originCountry: string;
                        material?: string;
                        categories?: string[];
                        tags?: string[];
                        images?: {
                            /**
                             * Format: uri-reference
                             * @description an http(s) URL, or a path on this store starting with one / ("/media/demo/a.png")
                             */
                            url: string;
                            alt?: string;
                        }[];
                        /**
                         * @description Texts by BCP 47 locale; en is required
                         * @example {
                         *       "en": {
                         *         "title": "Robusta coffee beans"
                         *       }
                         *     }
                         */
                        translations: {
                            [key: string]: {
                                title: string;
                                description?: string;
                                customsDescription?: string;
                            };
                        };
                        variants: {
                            /** @description Unique across the catalog */
                            sku: string;
                            /**
                             * @example {
                             *       "size": "500 g"
                             *     }
                             */
                            options?: {
                                [key: string]: string;
                            };
                            /** @description In the store's base currency; no more decimals than the currency has */
                            price: {
                                /** @example 12.50 */
                                amount: string;
                                /** @example USD */
                                currency: string;
                            };
                            /** @description Above 0, up to 1,000, at most 3 decimals */
                            weightKg: string | number;
                            dimensionsCm?: {
                                /** @description A decimal number, as a string ("0.25") or a JSON number */
                                length: string | number;
                                /** @description A decimal number, as a string ("0.25") or a JSON number */
                                width: string | number;
                                /** @description A decimal number, as a string ("0.25") or a JSON number */
                                height: string | number;
                            };
                            /** @description GTIN/EAN/UPC (check digit verified) or another code */
                            barcode?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "archived";
                            hsCode: string;
                            nationalCodes: {
                                [key: string]: string;
                            };
                            originCountry: string;
                            material: string | null;
                            categories: string[];
                            tags: string[];
                            images: {
                                url: string;
                                alt: string | null;
                            }[];
                            translations: {
                                [key: string]: {
                                    title: string;
                                    description: string | null;
                                    customsDescription: string | null;
                                };
                            };
                            variants: {
                                /** Format: uuid */
                                id: string;
                                sku: string;
                                options: {
                                    [key: string]: string;
                                };
                                price: {
                                    amount: string;
                                    currency: string;
                                };
                                weightKg: string;
                                dimensionsCm: {
                                    length?: string;
                                    width?: string;
                                    height?: string;
                                } | null;
                                barcode: string | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/products/{idOrHandle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product, any status, by id or handle */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A UUID, or a handle */
                    idOrHandle: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "archived";
                            hsCode: string;
                            nationalCodes: {
                                [key: string]: string;
                            };
                            originCountry: string;
                            material: string | null;
                            categories: string[];
                            tags: string[];
                            images: {
                                url: string;
                                alt: string | null;
                            }[];
                            translations: {
                                [key: string]: {
                                    title: string;
                                    description: string | null;
                                    customsDescription: string | null;
                                };
                            };
                            variants: {
                                /** Format: uuid */
                                id: string;
                                sku: string;
                                options: {
                                    [key: string]: string;
                                };
                                price: {
                                    amount: string;
                                    currency: string;
                                };
                                weightKg: string;
                                dimensionsCm: {
                                    length?: string;
                                    width?: string;
                                    height?: string;
                                } | null;
                                barcode: string | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/products/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a product: it leaves the store, its variants stay (a PATCH of status brings it back) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "archived";
                            hsCode: string;
                            nationalCodes: {
                                [key: string]: string;
                            };
                            originCountry: string;
                            material: string | null;
                            categories: string[];
                            tags: string[];
                            images: {
                                url: string;
                                alt: string | null;
                            }[];
                            translations: {
                                [key: string]: {
                                    title: string;
                                    description: string | null;
                                    customsDescription: string | null;
                                };
                            };
                            variants: {
                                /** Format: uuid */
                                id: string;
                                sku: string;
                                options: {
                                    [key: string]: string;
                                };
                                price: {
                                    amount: string;
                                    currency: string;
                                };
                                weightKg: string;
                                dimensionsCm: {
                                    length?: string;
                                    width?: string;
                                    height?: string;
                                } | null;
                                barcode: string | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/store/markets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The markets this store sells in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Market"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/store/market": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resolve the buyer market and language: URL segment, then edge country header, then Accept-Language, then the default */
        get: {
            parameters: {
                query?: {
                    /** @description the {language}-{country} URL segment, e.g. de-de */
                    path?: string;
                    country?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            market: components["schemas"]["Market"];
                            country: string;
                            locale: string;
                            source: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/markets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List markets */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Market"][];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/markets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or replace a market (a country may belong to one market only) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Market"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Market"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/markets/{id}/price-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A market's price list (prices set by hand per SKU and dates) */
        get: {
            parameters: {
                query?: {
                    sku?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                sku: string;
                                price: components["schemas"]["Money"];
                                /** Format: date */
                                effectiveFrom: string;
                                /** Format: date */
                                effectiveTo: string | null;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Set a market price for a SKU between two dates (entries for one SKU may not overlap) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sku: string;
                        price: components["schemas"]["Money"];
                        /** Format: date */
                        effectiveFrom: string;
                        /** Format: date */
                        effectiveTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sku: string;
                            price: components["schemas"]["Money"];
                            /** Format: date */
                            effectiveFrom: string;
                            /** Format: date */
                            effectiveTo: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/store/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active products localized for a market: text in its language, prices in its currency */
        get: {
            parameters: {
                query?: {
                    /** @description market id; omitted: resolved from the country header and Accept-Language */
                    market?: string;
                    /** @description the buyer country (ISO alpha-2) */
                    country?: string;
                    /** @description a language the market speaks (BCP 47) */
                    locale?: string;
                    limit?: number;
                    cursor?: string;
                    category?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            market: {
                                [key: string]: unknown;
                            };
                            inclusion: {
                                [key: string]: unknown;
                            };
                            fx: {
                                [key: string]: unknown;
                            };
                            items: {
                                [key: string]: unknown;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/store/products/{handle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One active product localized for a market */
        get: {
            parameters: {
                query?: {
                    /** @description market id; omitted: resolved from the country header and Accept-Language */
                    market?: string;
                    /** @description the buyer country (ISO alpha-2) */
                    country?: string;
                    /** @description a language the market speaks (BCP 47) */
                    locale?: string;
                };
                header?: never;
                path: {
                    handle: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            market: {
                                [key: string]: unknown;
                            };
                            inclusion: {
                                [key: string]: unknown;
                            };
                            fx: {
                                [key: string]: unknown;
                            };
                            items: {
                                [key: string]: unknown;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hs/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ranked HS6 candidates with confidence for one product text ({text}) or many ({items: [...]}, up to 100) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text?: string;
                        material?: string;
                        category?: string;
                        origin?: string;
                        items?: {
                            text: string;
                            material?: string;
                            category?: string;
                            origin?: string;
                        }[];
                        limit?: number;
                        abstainBelow?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidates: {
                                hs6: string;
                                confidence: number;
                                heading: string;
                                chapter: string;
                                description: string;
                                matchedTerms: string[];
                            }[];
                            abstained: boolean;
                            modelId: string;
                        } | {
                            results: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hs/confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the HS code the merchant confirmed for a product text; later answers learn from it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        hs6: string;
                        /** Format: uuid */
                        productId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            text: string;
                            hs6: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/warehouses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List warehouses */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                country: string;
                                address: {
                                    lines: string[];
                                    city: string;
                                    postalCode: string;
                                    region?: string;
                                };
                                markets: string[];
                                active: boolean;
                                position: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/warehouses/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or replace a warehouse (its country, address and the markets it ships to) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example Venlo fulfilment */
                        name: string;
                        /**
                         * @description ISO 3166-1 alpha-2
                         * @example NL
                         */
                        country: string;
                        address: {
                            lines: string[];
                            city: string;
                            postalCode: string;
                            region?: string;
                        };
                        /**
                         * @description ids of the markets it ships to
                         * @example [
                         *       "eu",
                         *       "uk"
                         *     ]
                         */
                        markets: string[];
                        /** @default true */
                        active?: boolean;
                        /** @default 0 */
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            country: string;
                            address: {
                                lines: string[];
                                city: string;
                                postalCode: string;
                                region?: string;
                            };
                            markets: string[];
                            active: boolean;
                            position: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock levels by SKU and warehouse: on hand, reserved by checkouts, available */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    sku?: string;
                    /** @description warehouse code */
                    warehouse?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                sku: string;
                                /** Format: uuid */
                                variantId: string;
                                /** @description warehouse code */
                                warehouse: string;
                                /** @description units in the warehouse */
                                onHand: number;
                                /** @description units held by checkouts */
                                reserved: number;
                                /** @description onHand - reserved: what can still be sold */
                                available: number;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/inventory/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock movements, newest first, with cursor pagination */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    sku?: string;
                    /** @description warehouse code */
                    warehouse?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                sku: string;
                                /** @description null once the variant is deleted */
                                variantId: string | null;
                                warehouse: string;
                                /** @enum {string} */
                                kind: "receipt" | "adjustment" | "sale" | "return";
                                /** @description signed change of on-hand units */
                                quantity: number;
                                onHandAfter: number;
                                reason: string | null;
                                /** @description purchase order, order number, ... */
                                reference: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Record a receipt, adjustment or return of a SKU in a warehouse (409 when it would take stock below what checkouts hold) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example COF-ROB-250 */
                        sku: string;
                        /** @example vn-hoian */
                        warehouse: string;
                        /**
                         * @description sales come from converted reservations, not from here
                         * @enum {string}
                         */
                        kind: "receipt" | "adjustment" | "return";
                        /**
                         * @description receipts and returns: positive; adjustments: signed. At most 1,000,000 either way.
                         * @example 120
                         */
                        quantity: number;
                        reason?: string;
                        reference?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            movement: {
                                /** Format: uuid */
                                id: string;
                                sku: string;
                                /** @description null once the variant is deleted */
                                variantId: string | null;
                                warehouse: string;
                                /** @enum {string} */
                                kind: "receipt" | "adjustment" | "sale" | "return";
                                /** @description signed change of on-hand units */
                                quantity: number;
                                onHandAfter: number;
                                reason: string | null;
                                /** @description purchase order, order number, ... */
                                reference: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            level: {
                                sku: string;
                                warehouse: string;
                                onHand: number;
                                reserved: number;
                                available: number;
                            };
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipping/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Shipping options for a cart, per warehouse serving the market, priced in the market's currency with delivery windows */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example eu */
                        market: string;
                        destination: {
                            /** @example DE */
                            country: string;
                            /** @example 10115 */
                            postalCode?: string;
                        };
                        lines: {
                            /** @example COF-ROB-500 */
                            sku: string;
                            quantity: number;
                        }[];
                        /**
                         * Format: date
                         * @description Cards and FX rates of this date (default today, UTC); when given, delivery dates are returned too
                         */
                        date?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            market: string;
                            currency: string;
                            /** Format: date */
                            date: string;
                            destination: {
                                country: string;
                                /** @description normalized */
                                postalCode: string | null;
                            };
                            /** @description Weight: variant weights x quantities; volume: packed sizes x quantities */
                            parcel: {
                                weightG: number;
                                volumeCm3: string;
                                units: number;
                            };
                            warehouses: {
                                warehouse: {
                                    code: string;
                                    name: string;
                                    country: string;
                                };
                                /** @description Cheapest first */
                                options: {
                                    service: string;
                                    carrier: string;
                                    name: string;
                                    /** @enum {string} */
                                    channel: "postal" | "courier";
                                    /** @description In the market's currency: converted at the ECB reference rate, half-up to the minor unit */
                                    price: {
                                        /** @example 12.40 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    /** @description In the rate card's currency */
                                    cardPrice: {
                                        /** @example 12.40 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    breakdown: {
                                        baseFreight: string;
                                        fuelSurcharge: string;
                                        remoteSurcharge: string;
                                        currency: string;
                                    };
                                    weight: {
                                        actualG: number;
                                        volumetricG: number | null;
                                        chargeableG: number;
                                    };
                                    zone: string;
                                    /** @description Business days (Mon-Fri, no holidays) after the quote date; earliest and latest only when the request gave a date */
                                    deliveryWindow: {
                                        minDays: number;
                                        maxDays: number;
                                        /** Format: date */
                                        earliest?: string;
                                        /** Format: date */
                                        latest?: string;
                                    };
                                    fx: {
                                        rate: string;
                                        /** Format: date */
                                        rateDate: string;
                                        source: string;
                                    } | null;
                                    rateCard: {
                                        id: string;
                                        /** Format: date */
                                        effectiveFrom: string;
                                        effectiveTo: string | null;
                                        source: string;
                                    };
                                    explanation: string[];
                                }[];
                                unavailable: {
                                    service: string;
                                    code: string;
                                    reason: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/shipping/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List shipping services */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @example nl-express */
                                code: string;
                                /** @example Express courier */
                                carrier: string;
                                /** @example European express */
                                name: string;
                                /**
                                 * @description How parcels clear customs; the landed-cost engine applies postal or courier rules
                                 * @enum {string}
                                 */
                                channel: "postal" | "courier";
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/shipping/services/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or replace a shipping service (its rate cards stay) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example Express courier */
                        carrier: string;
                        /** @example European express */
                        name: string;
                        /**
                         * @description How parcels clear customs; the landed-cost engine applies postal or courier rules
                         * @enum {string}
                         */
                        channel: "postal" | "courier";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example nl-express */
                            code: string;
                            /** @example Express courier */
                            carrier: string;
                            /** @example European express */
                            name: string;
                            /**
                             * @description How parcels clear customs; the landed-cost engine applies postal or courier rules
                             * @enum {string}
                             */
                            channel: "postal" | "courier";
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/shipping/rate-cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List rate cards, by service, warehouse and start date */
        get: {
            parameters: {
                query?: {
                    service?: string;
                    warehouse?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                service: string;
                                warehouse: string;
                                currency: string;
                                /** Format: date */
                                effectiveFrom: string;
                                /** Format: date */
                                effectiveTo: string | null;
                                source: string;
                                card: {
                                    /** @example USD */
                                    currency: string;
                                    /**
                                     * @description the chargeable weight is rounded up to a multiple of this (500 for half-kilo steps)
                                     * @default 1
                                     */
                                    weightStepG: number;
                                    /** @description cm³ per kg (5000 or 6000); absent: actual weight only */
                                    volumetricDivisor?: number;
                                    /**
                                     * @description percent of the base freight
                                     * @default 0
                                     * @example 18.5
                                     */
                                    fuelSurchargePercent: string;
                                    /** @description heaviest parcel taken (actual weight, grams) */
                                    maxWeightG?: number;
                                    zones: {
                                        /** @example eu */
                                        id: string;
                                        /**
                                         * @example [
                                         *       "DE",
                                         *       "FR"
                                         *     ]
                                         */
                                        countries: string[];
                                        /** @description Business days (Mon-Fri) */
                                        transitDays: {
                                            min: number;
                                            max: number;
                                        };
                                        /** @description Ascending; the first break whose upToG is at least the chargeable weight sets the price; prices never decrease */
                                        breaks: {
                                            /** @description grams */
                                            upToG: number;
                                            /** @description minor units of the card currency */
                                            price: number;
                                        }[];
                                        /** @description Above the last break: this price per started step */
                                        additional?: {
                                            /** @enum {integer} */
                                            stepG: 500 | 1000;
                                            /** @description minor units */
                                            price: number;
                                        };
                                    }[];
                                    /** @description Flat surcharges by postal-code range: the first N letters and digits of the code (spaces and hyphens dropped, upper case) between from and to (N letters and digits each) */
                                    remoteAreas: {
                                        country: string;
                                        /** @example 25980 */
                                        from: string;
                                        /** @example 25999 */
                                        to: string;
                                        /** @description minor units */
                                        amount: number;
                                    }[];
                                };
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a rate card for a service from a warehouse (periods of one service and warehouse may not overlap) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description A rate card of a service from a warehouse between two dates; amounts in minor units of currency, weights in grams */
            requestBody: {
                content: {
                    "application/json": {
                        /** @example nl-express */
                        service: string;
                        /** @example nl-venlo */
                        warehouse: string;
                        /** Format: date */
                        effectiveFrom: string;
                        /**
                         * Format: date
                         * @description exclusive; null or absent: open-ended
                         */
                        effectiveTo?: string | null;
                        /** @description where the prices come from (contract, published tariff) */
                        source: string;
                        /** @example USD */
                        currency: string;
                        /**
                         * @description the chargeable weight is rounded up to a multiple of this (500 for half-kilo steps)
                         * @default 1
                         */
                        weightStepG?: number;
                        /** @description cm³ per kg (5000 or 6000); absent: actual weight only */
                        volumetricDivisor?: number;
                        /**
                         * @description percent of the base freight
                         * @default 0
                         * @example 18.5
                         */
                        fuelSurchargePercent?: string;
                        /** @description heaviest parcel taken (actual weight, grams) */
                        maxWeightG?: number;
                        zones: {
                            /** @example eu */
                            id: string;
                            /**
                             * @example [
                             *       "DE",
                             *       "FR"
                             *     ]
                             */
                            countries: string[];
                            /** @description Business days (Mon-Fri) */
                            transitDays: {
                                min: number;
                                max: number;
                            };
                            /** @description Ascending; the first break whose upToG is at least the chargeable weight sets the price; prices never decrease */
                            breaks: {
                                /** @description grams */
                                upToG: number;
                                /** @description minor units of the card currency */
                                price: number;
                            }[];
                            /** @description Above the last break: this price per started step */
                            additional?: {
                                /** @enum {integer} */
                                stepG: 500 | 1000;
                                /** @description minor units */
                                price: number;
                            };
                        }[];
                        /** @description Flat surcharges by postal-code range: the first N letters and digits of the code (spaces and hyphens dropped, upper case) between from and to (N letters and digits each) */
                        remoteAreas?: {
                            country: string;
                            /** @example 25980 */
                            from: string;
                            /** @example 25999 */
                            to: string;
                            /** @description minor units */
                            amount: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            service: string;
                            warehouse: string;
                            currency: string;
                            /** Format: date */
                            effectiveFrom: string;
                            /** Format: date */
                            effectiveTo: string | null;
                            source: string;
                            card: {
                                /** @example USD */
                                currency: string;
                                /**
                                 * @description the chargeable weight is rounded up to a multiple of this (500 for half-kilo steps)
                                 * @default 1
                                 */
                                weightStepG: number;
                                /** @description cm³ per kg (5000 or 6000); absent: actual weight only */
                                volumetricDivisor?: number;
                                /**
                                 * @description percent of the base freight
                                 * @default 0
                                 * @example 18.5
                                 */
                                fuelSurchargePercent: string;
                                /** @description heaviest parcel taken (actual weight, grams) */
                                maxWeightG?: number;
                                zones: {
                                    /** @example eu */
                                    id: string;
                                    /**
                                     * @example [
                                     *       "DE",
                                     *       "FR"
                                     *     ]
                                     */
                                    countries: string[];
                                    /** @description Business days (Mon-Fri) */
                                    transitDays: {
                                        min: number;
                                        max: number;
                                    };
                                    /** @description Ascending; the first break whose upToG is at least the chargeable weight sets the price; prices never decrease */
                                    breaks: {
                                        /** @description grams */
                                        upToG: number;
                                        /** @description minor units of the card currency */
                                        price: number;
                                    }[];
                                    /** @description Above the last break: this price per started step */
                                    additional?: {
                                        /** @enum {integer} */
                                        stepG: 500 | 1000;
                                        /** @description minor units */
                                        price: number;
                                    };
                                }[];
                                /** @description Flat surcharges by postal-code range: the first N letters and digits of the code (spaces and hyphens dropped, upper case) between from and to (N letters and digits each) */
                                remoteAreas: {
                                    country: string;
                                    /** @example 25980 */
                                    from: string;
                                    /** @example 25999 */
                                    to: string;
                                    /** @description minor units */
                                    amount: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook endpoints (without secrets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                description: string | null;
                                eventTypes: string[];
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Register a webhook endpoint; the signing secret is in this answer only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example https://erp.example.com/landfall */
                        url: string;
                        description?: string;
                        /**
                         * @example [
                         *       "order.*",
                         *       "product.updated"
                         *     ]
                         */
                        eventTypes: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            description: string | null;
                            eventTypes: string[];
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            secret: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a webhook endpoint and its pending deliveries */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries, newest first: what was sent where, the attempts and the last answer */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    endpoint?: string;
                    event?: string;
                    status?: "pending" | "delivered" | "failed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                endpointId: string;
                                /** Format: uuid */
                                eventId: string;
                                eventType: string;
                                /** @enum {string} */
                                status: "pending" | "delivered" | "failed";
                                attempts: number;
                                /** Format: date-time */
                                nextAttemptAt: string | null;
                                /** Format: date-time */
                                lastAttemptAt: string | null;
                                lastStatusCode: number | null;
                                lastError: string | null;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again (at the next worker tick, within seconds) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            endpointId: string;
                            /** Format: uuid */
                            eventId: string;
                            eventType: string;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "failed";
                            attempts: number;
                            /** Format: date-time */
                            nextAttemptAt: string | null;
                            /** Format: date-time */
                            lastAttemptAt: string | null;
                            lastStatusCode: number | null;
                            lastError: string | null;
                            /** Format: date-time */
                            deliveredAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event outbox, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    type?: string;
                    subjectKind?: string;
                    subjectId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @example product.updated */
                                type: string;
                                subject: {
                                    kind: string;
                                    id: string;
                                };
                                data: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payment-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The payment methods offered to a buyer: the market's methods that serve the buyer's country and the market's currency
         * @description `market` defaults to the market selling to `country`; `country` to the market's first. `skipped` lists what the market lists but cannot offer here, and why (unknown id, country, currency).
         */
        get: {
            parameters: {
                query?: {
                    market?: string;
                    country?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            market: string;
                            country: string;
                            currency: string;
                            methods: {
                                /** @example ideal */
                                id: string;
                                /** @example iDEAL */
                                name: string;
                                /** @enum {string} */
                                kind: "card" | "wallet" | "redirect" | "voucher" | "qr" | "bank_transfer" | "bnpl" | "debit" | "cod";
                                /** @enum {string} */
                                flow: "card" | "redirect" | "offline";
                                manualCapture: boolean;
                            }[];
                            skipped: {
                                id: string;
                                /** @enum {string} */
                                reason: "unknown" | "country" | "currency";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a payment for a checkout or order with a method the buyer is offered */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Optional. A unique key per intended operation (a UUID is best), 1 to 255 printable characters. A retry with the same key and body answers the first result (header Idempotent-Replayed: true) instead of acting twice; the same key with another body is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_USE. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the checkout or order, 1 to 200 characters */
                        reference: string;
                        amount: {
                            /** @example 25.90 */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        /** @example card */
                        method: string;
                        /**
                         * @description the buyer's country (ISO 3166-1 alpha-2)
                         * @example NL
                         */
                        country: string;
                        /**
                         * @description when given, the method must be one the market offers
                         * @example eu
                         */
                        market?: string;
                        /**
                         * @description manual: authorize now, capture later (cards, wallets, PayPal, Klarna, Afterpay)
                         * @default automatic
                         * @enum {string}
                         */
                        capture?: "automatic" | "manual";
                        /**
                         * @description required: authenticate the card payment with 3-D Secure whatever the card (what fraud screening asks with a challenge decision)
                         * @default automatic
                         * @enum {string}
                         */
                        threeDSecure?: "automatic" | "required";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description the checkout or order this payment is for */
                            reference: string;
                            /** @example test */
                            provider: string;
                            providerPaymentId: string;
                            /**
                             * @example card
                             * @example ideal
                             * @example konbini
                             */
                            method: string;
                            /** @enum {string} */
                            status: "requires_action" | "processing" | "authorized" | "succeeded" | "failed" | "cancelled";
                            amount: {
                                /** @example 25.90 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            captured: {
                                /** @example 25.90 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            refunded: {
                                /** @example 25.90 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /** @enum {string} */
                            refundStatus: "none" | "partial" | "full";
                            /** @description confirm (call /confirm); redirect (send the buyer to url: 3-D Secure or the bank); display_instructions (voucher, QR code, bank transfer, cash on delivery: show details) */
                            nextAction: ({
                                /** @enum {string} */
                                type?: "confirm" | "redirect" | "display_instructions";
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            failure: {
                                /**
                                 * @example card_declined
                                 * @example insufficient_funds
                                 */
                                code?: string;
                                message?: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            refunds?: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                paymentId: string;
                                providerRefundId: string;
                                amount: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                /** @enum {string} */
                                status: "pending" | "succeeded" | "failed";
                                reason: string | null;
                                /** @description goods, shipping, duty, tax, fees as decimal strings */
                                parts: {
                                    [key: string]: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm: card details (cards; with Stripe a paymentMethod token), a return URL (redirect methods) or nothing (vouchers, QR codes, transfers)
         * @description A declined card answers 200 with status failed and failure.code (card_declined, insufficient_funds, ...).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description card methods (test provider only: a real provider takes a token from its hosted fields) */
                        card?: {
                            /** @example 4242424242424242 */
                            number: string;
                            expMonth: number;
                            expYear: number;
                            cvc: string;
                        };
                        /** @description where the buyer comes back after a redirect (required for redirect methods; with Stripe, for cards too) */
                        returnUrl?: string;
                        /**
                         * @description Stripe payments: the PaymentMethod id (pm_...) made by Stripe's hosted fields in the buyer's browser; required for cards, which refuse card details. Optional for other methods (iDEAL, PayNow, ...: Stripe makes one)
                         * @example pm_1Q0PsIJvEtkwdCNYMSaVuRz6
                         */
                        paymentMethod?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description the checkout or order this payment is for */
                            reference: string;
                            /** @example test */
                            provider: string;
                            providerPaymentId: string;
                            /**
                             * @example card
                             * @example ideal
                             * @example konbini
                             */
                            method: string;
                            /** @enum {string} */
                            status: "requires_action" | "processing" | "authorized" | "succeeded" | "failed" | "cancelled";
                            amount: {
                                /** @example 25.90 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            captured: {
                                /** @example 25.90 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            refunded: {
                                /** @example 25.90 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /** @enum {string} */
                            refundStatus: "none" | "partial" | "full";
                            /** @description confirm (call /confirm); redirect (send the buyer to url: 3-D Secure or the bank); display_instructions (voucher, QR code, bank transfer, cash on delivery: show details) */
                            nextAction: ({
                                /** @enum {string} */
                                type?: "confirm" | "redirect" | "display_instructions";
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            failure: {
                                /**
                                 * @example card_declined
                                 * @example insufficient_funds
                                 */
                                code?: string;
                                message?: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            refunds?: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                paymentId: string;
                                providerRefundId: string;
                                amount: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                /** @enum {string} */
                                status: "pending" | "succeeded" | "failed";
                                reason: string | null;
                                /** @description goods, shipping, duty, tax, fees as decimal strings */
                                parts: {
                                    [key: string]: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/{id}/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Capture an authorized payment, all of it or an amount */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount?: {
                            /** @example 25.90 */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description the checkout or order this payment is for */
                            reference: string;
                            /** @example test */
                            provider: string;
                            providerPaymentId: string;
                            /**
                             * @example card
                             * @example ideal
                             * @example konbini
                             */
                            method: string;
                            /** @enum {string} */
                            status: "requires_action" | "processing" | "authorized" | "succeeded" | "failed" | "cancelled";
                            amount: {
                                /** @example 25.90 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            captured: {
                                /** @example 25.90 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            refunded: {
                                /** @example 25.90 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /** @enum {string} */
                            refundStatus: "none" | "partial" | "full";
                            /** @description confirm (call /confirm); redirect (send the buyer to url: 3-D Secure or the bank); display_instructions (voucher, QR code, bank transfer, cash on delivery: show details) */
                            nextAction: ({
                                /** @enum {string} */
                                type?: "confirm" | "redirect" | "display_instructions";
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            failure: {
                                /**
                                 * @example card_declined
                                 * @example insufficient_funds
                                 */
                                code?: string;
                                message?: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            refunds?: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                paymentId: string;
                                providerRefundId: string;
                                amount: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                /** @enum {string} */
                                status: "pending" | "succeeded" | "failed";
                                reason: string | null;
                                /** @description goods, shipping, duty, tax, fees as decimal strings */
                                parts: {
                                    [key: string]: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a payment before it is captured (releases an authorization) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description the checkout or order this payment is for */
                            reference: string;
                            /** @example test */
                            provider: string;
                            providerPaymentId: string;
                            /**
                             * @example card
                             * @example ideal
                             * @example konbini
                             */
                            method: string;
                            /** @enum {string} */
                            status: "requires_action" | "processing" | "authorized" | "succeeded" | "failed" | "cancelled";
                            amount: {
                                /** @example 25.90 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            captured: {
                                /** @example 25.90 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            refunded: {
                                /** @example 25.90 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /** @enum {string} */
                            refundStatus: "none" | "partial" | "full";
                            /** @description confirm (call /confirm); redirect (send the buyer to url: 3-D Secure or the bank); display_instructions (voucher, QR code, bank transfer, cash on delivery: show details) */
                            nextAction: ({
                                /** @enum {string} */
                                type?: "confirm" | "redirect" | "display_instructions";
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            failure: {
                                /**
                                 * @example card_declined
                                 * @example insufficient_funds
                                 */
                                code?: string;
                                message?: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            refunds?: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                paymentId: string;
                                providerRefundId: string;
                                amount: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                /** @enum {string} */
                                status: "pending" | "succeeded" | "failed";
                                reason: string | null;
                                /** @description goods, shipping, duty, tax, fees as decimal strings */
                                parts: {
                                    [key: string]: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment with its refunds */
        get: {
            parameters: {
                query?: {
                    /** @description ask the provider first (a return page reached before the webhook) */
                    refresh?: boolean;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description the checkout or order this payment is for */
                            reference: string;
                            /** @example test */
                            provider: string;
                            providerPaymentId: string;
                            /**
                             * @example card
                             * @example ideal
                             * @example konbini
                             */
                            method: string;
                            /** @enum {string} */
                            status: "requires_action" | "processing" | "authorized" | "succeeded" | "failed" | "cancelled";
                            amount: {
                                /** @example 25.90 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            captured: {
                                /** @example 25.90 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            refunded: {
                                /** @example 25.90 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /** @enum {string} */
                            refundStatus: "none" | "partial" | "full";
                            /** @description confirm (call /confirm); redirect (send the buyer to url: 3-D Secure or the bank); display_instructions (voucher, QR code, bank transfer, cash on delivery: show details) */
                            nextAction: ({
                                /** @enum {string} */
                                type?: "confirm" | "redirect" | "display_instructions";
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            failure: {
                                /**
                                 * @example card_declined
                                 * @example insufficient_funds
                                 */
                                code?: string;
                                message?: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            refunds?: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                paymentId: string;
                                providerRefundId: string;
                                amount: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                /** @enum {string} */
                                status: "pending" | "succeeded" | "failed";
                                reason: string | null;
                                /** @description goods, shipping, duty, tax, fees as decimal strings */
                                parts: {
                                    [key: string]: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/{id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund part or all of a captured payment (Idempotency-Key required) */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Required. A unique key per intended operation (a UUID is best), 1 to 255 printable characters. A retry with the same key and body answers the first result (header Idempotent-Replayed: true) instead of acting twice; the same key with another body is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_USE. */
                    "idempotency-key": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: {
                            /** @example 25.90 */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        reason?: string;
                        /** @description goods, shipping, duty, tax, fees as decimal strings adding up to amount */
                        parts?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            paymentId: string;
                            providerRefundId: string;
                            amount: {
                                /** @example 25.90 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /** @enum {string} */
                            status: "pending" | "succeeded" | "failed";
                            reason: string | null;
                            /** @description goods, shipping, duty, tax, fees as decimal strings */
                            parts: {
                                [key: string]: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            payment: {
                                /** Format: uuid */
                                id: string;
                                /** @description the checkout or order this payment is for */
                                reference: string;
                                /** @example test */
                                provider: string;
                                providerPaymentId: string;
                                /**
                                 * @example card
                                 * @example ideal
                                 * @example konbini
                                 */
                                method: string;
                                /** @enum {string} */
                                status: "requires_action" | "processing" | "authorized" | "succeeded" | "failed" | "cancelled";
                                amount: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                captured: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                refunded: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                /** @enum {string} */
                                refundStatus: "none" | "partial" | "full";
                                /** @description confirm (call /confirm); redirect (send the buyer to url: 3-D Secure or the bank); display_instructions (voucher, QR code, bank transfer, cash on delivery: show details) */
                                nextAction: ({
                                    /** @enum {string} */
                                    type?: "confirm" | "redirect" | "display_instructions";
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                failure: {
                                    /**
                                     * @example card_declined
                                     * @example insufficient_funds
                                     */
                                    code?: string;
                                    message?: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                refunds?: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    paymentId: string;
                                    providerRefundId: string;
                                    amount: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    /** @enum {string} */
                                    status: "pending" | "succeeded" | "failed";
                                    reason: string | null;
                                    /** @description goods, shipping, duty, tax, fees as decimal strings */
                                    parts: {
                                        [key: string]: string;
                                    } | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/carts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a cart in a market (optionally with its first lines, email and address) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description return=minimal: answer only id, status, version and lines (no pricing); read the priced cart with GET when needed */
                    prefer?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example eu */
                        market: string;
                        /** @description the buyer's country (default: the edge's country header when the market sells there, else the market's first) */
                        country?: string;
                        /** @description optional; must be the market's currency (422 CURRENCY_MISMATCH otherwise) */
                        currency?: string;
                        /** @example de */
                        locale?: string;
                        /** Format: email */
                        email?: string;
                        address?: {
                            name: string;
                            lines: string[];
                            city: string;
                            /** @example 10115 */
                            postalCode?: string | null;
                            /** @example CA */
                            region?: string | null;
                            /** @example DE */
                            country: string;
                            phone?: string | null;
                        };
                        lines?: {
                            /** @example COF-ROB-250 */
                            sku: string;
                            quantity: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "open" | "ordered";
                            /** @description goes up with every change */
                            version: number;
                            /** Format: date-time */
                            expiresAt?: string;
                            /** Format: date-time */
                            createdAt?: string;
                            /** Format: date-time */
                            updatedAt?: string;
                            /** Format: date */
                            date?: string;
                            market: string;
                            country: string;
                            currency: string;
                            /** @enum {string} */
                            incoterm: "DDP" | "DAP";
                            locale?: string | null;
                            email?: string | null;
                            address?: {
                                name: string;
                                lines: string[];
                                city: string;
                                /** @example 10115 */
                                postalCode?: string | null;
                                /** @example CA */
                                region?: string | null;
                                /** @example DE */
                                country: string;
                                phone?: string | null;
                            } | null;
                            discountCode?: string | null;
                            deliveryOption?: string | null;
                            order?: {
                                number?: string;
                            } | null;
                            /** @description each line at the market price: unitPrice, lineTotal, discount, goods, taxIncluded, hsCode, originCountry, and restrictions (restricted or prohibited goods in the destination: allowed, barredChannels, reason for the buyer, findings with rule, action, licence, conditions) */
                            lines: {
                                [key: string]: unknown;
                            }[];
                            /** @description the code and what it takes off, or why it does not apply */
                            discount?: {
                                [key: string]: unknown;
                            } | null;
                            /** @description ways to ship the cart, cheapest landed cost first: parcels per warehouse and service, each with shipping, duties, taxes, fees, the charge lines (rule and formula) and the delivery window; `chosen` marks the one in the totals */
                            deliveryOptions: {
                                [key: string]: unknown;
                            }[];
                            /** @description why the chosen warehouses: the plans weighed with their totals and verdicts */
                            routing?: {
                                [key: string]: unknown;
                            } | null;
                            totals: {
                                goods?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                discount?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                shipping?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                duties?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxes?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxesIncluded?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                fees?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                total?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                payableAtCheckout?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                payableOnDelivery?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                            } | null;
                            /** @description DDP: duties and taxes included and paid now; DAP: an estimate of what the carrier collects on delivery */
                            statement: string;
                            /** @description the payment methods offered in the buyer's country */
                            paymentMethods?: {
                                [key: string]: unknown;
                            }[];
                            /** @description the reference rates used, with stale: true when older than the store allows */
                            fx?: {
                                [key: string]: unknown;
                            }[];
                            rulesVersion?: string;
                            warnings?: string[];
                            /** @description what stops a checkout, each naming the field to fix */
                            problems: {
                                code?: string;
                                field?: string;
                                message?: string;
                                /** @description for the buyer, in the cart's language (GOODS_RESTRICTED) */
                                reason?: string;
                            }[];
                            checkoutReady: boolean;
                        } | {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "open" | "ordered";
                            version: number;
                            /** Format: date-time */
                            expiresAt?: string;
                            lines: {
                                sku?: string;
                                quantity?: number;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/carts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cart priced now, with its delivery options and landed cost */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the cart id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "open" | "ordered";
                            /** @description goes up with every change */
                            version: number;
                            /** Format: date-time */
                            expiresAt?: string;
                            /** Format: date-time */
                            createdAt?: string;
                            /** Format: date-time */
                            updatedAt?: string;
                            /** Format: date */
                            date?: string;
                            market: string;
                            country: string;
                            currency: string;
                            /** @enum {string} */
                            incoterm: "DDP" | "DAP";
                            locale?: string | null;
                            email?: string | null;
                            address?: {
                                name: string;
                                lines: string[];
                                city: string;
                                /** @example 10115 */
                                postalCode?: string | null;
                                /** @example CA */
                                region?: string | null;
                                /** @example DE */
                                country: string;
                                phone?: string | null;
                            } | null;
                            discountCode?: string | null;
                            deliveryOption?: string | null;
                            order?: {
                                number?: string;
                            } | null;
                            /** @description each line at the market price: unitPrice, lineTotal, discount, goods, taxIncluded, hsCode, originCountry, and restrictions (restricted or prohibited goods in the destination: allowed, barredChannels, reason for the buyer, findings with rule, action, licence, conditions) */
                            lines: {
                                [key: string]: unknown;
                            }[];
                            /** @description the code and what it takes off, or why it does not apply */
                            discount?: {
                                [key: string]: unknown;
                            } | null;
                            /** @description ways to ship the cart, cheapest landed cost first: parcels per warehouse and service, each with shipping, duties, taxes, fees, the charge lines (rule and formula) and the delivery window; `chosen` marks the one in the totals */
                            deliveryOptions: {
                                [key: string]: unknown;
                            }[];
                            /** @description why the chosen warehouses: the plans weighed with their totals and verdicts */
                            routing?: {
                                [key: string]: unknown;
                            } | null;
                            totals: {
                                goods?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                discount?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                shipping?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                duties?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxes?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxesIncluded?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                fees?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                total?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                payableAtCheckout?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                payableOnDelivery?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                            } | null;
                            /** @description DDP: duties and taxes included and paid now; DAP: an estimate of what the carrier collects on delivery */
                            statement: string;
                            /** @description the payment methods offered in the buyer's country */
                            paymentMethods?: {
                                [key: string]: unknown;
                            }[];
                            /** @description the reference rates used, with stale: true when older than the store allows */
                            fx?: {
                                [key: string]: unknown;
                            }[];
                            rulesVersion?: string;
                            warnings?: string[];
                            /** @description what stops a checkout, each naming the field to fix */
                            problems: {
                                code?: string;
                                field?: string;
                                message?: string;
                                /** @description for the buyer, in the cart's language (GOODS_RESTRICTED) */
                                reason?: string;
                            }[];
                            checkoutReady: boolean;
                        } | {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "open" | "ordered";
                            version: number;
                            /** Format: date-time */
                            expiresAt?: string;
                            lines: {
                                sku?: string;
                                quantity?: number;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set the email, delivery address, locale, discount code or delivery option */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description return=minimal: answer only id, status, version and lines (no pricing); read the priced cart with GET when needed */
                    prefer?: string;
                };
                path: {
                    /** @description the cart id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email?: string;
                        address?: {
                            name: string;
                            lines: string[];
                            city: string;
                            /** @example 10115 */
                            postalCode?: string | null;
                            /** @example CA */
                            region?: string | null;
                            /** @example DE */
                            country: string;
                            phone?: string | null;
                        };
                        locale?: string;
                        /** @description a code to apply, or null to remove it */
                        discountCode?: string | null;
                        /** @description the id of one of deliveryOptions, or null for the cheapest */
                        deliveryOption?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "open" | "ordered";
                            /** @description goes up with every change */
                            version: number;
                            /** Format: date-time */
                            expiresAt?: string;
                            /** Format: date-time */
                            createdAt?: string;
                            /** Format: date-time */
                            updatedAt?: string;
                            /** Format: date */
                            date?: string;
                            market: string;
                            country: string;
                            currency: string;
                            /** @enum {string} */
                            incoterm: "DDP" | "DAP";
                            locale?: string | null;
                            email?: string | null;
                            address?: {
                                name: string;
                                lines: string[];
                                city: string;
                                /** @example 10115 */
                                postalCode?: string | null;
                                /** @example CA */
                                region?: string | null;
                                /** @example DE */
                                country: string;
                                phone?: string | null;
                            } | null;
                            discountCode?: string | null;
                            deliveryOption?: string | null;
                            order?: {
                                number?: string;
                            } | null;
                            /** @description each line at the market price: unitPrice, lineTotal, discount, goods, taxIncluded, hsCode, originCountry, and restrictions (restricted or prohibited goods in the destination: allowed, barredChannels, reason for the buyer, findings with rule, action, licence, conditions) */
                            lines: {
                                [key: string]: unknown;
                            }[];
                            /** @description the code and what it takes off, or why it does not apply */
                            discount?: {
                                [key: string]: unknown;
                            } | null;
                            /** @description ways to ship the cart, cheapest landed cost first: parcels per warehouse and service, each with shipping, duties, taxes, fees, the charge lines (rule and formula) and the delivery window; `chosen` marks the one in the totals */
                            deliveryOptions: {
                                [key: string]: unknown;
                            }[];
                            /** @description why the chosen warehouses: the plans weighed with their totals and verdicts */
                            routing?: {
                                [key: string]: unknown;
                            } | null;
                            totals: {
                                goods?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                discount?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                shipping?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                duties?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxes?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxesIncluded?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                fees?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                total?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                payableAtCheckout?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                payableOnDelivery?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                            } | null;
                            /** @description DDP: duties and taxes included and paid now; DAP: an estimate of what the carrier collects on delivery */
                            statement: string;
                            /** @description the payment methods offered in the buyer's country */
                            paymentMethods?: {
                                [key: string]: unknown;
                            }[];
                            /** @description the reference rates used, with stale: true when older than the store allows */
                            fx?: {
                                [key: string]: unknown;
                            }[];
                            rulesVersion?: string;
                            warnings?: string[];
                            /** @description what stops a checkout, each naming the field to fix */
                            problems: {
                                code?: string;
                                field?: string;
                                message?: string;
                                /** @description for the buyer, in the cart's language (GOODS_RESTRICTED) */
                                reason?: string;
                            }[];
                            checkoutReady: boolean;
                        } | {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "open" | "ordered";
                            version: number;
                            /** Format: date-time */
                            expiresAt?: string;
                            lines: {
                                sku?: string;
                                quantity?: number;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/carts/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add units of a SKU (to its line when there is one) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description return=minimal: answer only id, status, version and lines (no pricing); read the priced cart with GET when needed */
                    prefer?: string;
                };
                path: {
                    /** @description the cart id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example COF-ROB-250 */
                        sku: string;
                        quantity: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "open" | "ordered";
                            /** @description goes up with every change */
                            version: number;
                            /** Format: date-time */
                            expiresAt?: string;
                            /** Format: date-time */
                            createdAt?: string;
                            /** Format: date-time */
                            updatedAt?: string;
                            /** Format: date */
                            date?: string;
                            market: string;
                            country: string;
                            currency: string;
                            /** @enum {string} */
                            incoterm: "DDP" | "DAP";
                            locale?: string | null;
                            email?: string | null;
                            address?: {
                                name: string;
                                lines: string[];
                                city: string;
                                /** @example 10115 */
                                postalCode?: string | null;
                                /** @example CA */
                                region?: string | null;
                                /** @example DE */
                                country: string;
                                phone?: string | null;
                            } | null;
                            discountCode?: string | null;
                            deliveryOption?: string | null;
                            order?: {
                                number?: string;
                            } | null;
                            /** @description each line at the market price: unitPrice, lineTotal, discount, goods, taxIncluded, hsCode, originCountry, and restrictions (restricted or prohibited goods in the destination: allowed, barredChannels, reason for the buyer, findings with rule, action, licence, conditions) */
                            lines: {
                                [key: string]: unknown;
                            }[];
                            /** @description the code and what it takes off, or why it does not apply */
                            discount?: {
                                [key: string]: unknown;
                            } | null;
                            /** @description ways to ship the cart, cheapest landed cost first: parcels per warehouse and service, each with shipping, duties, taxes, fees, the charge lines (rule and formula) and the delivery window; `chosen` marks the one in the totals */
                            deliveryOptions: {
                                [key: string]: unknown;
                            }[];
                            /** @description why the chosen warehouses: the plans weighed with their totals and verdicts */
                            routing?: {
                                [key: string]: unknown;
                            } | null;
                            totals: {
                                goods?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                discount?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                shipping?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                duties?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxes?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxesIncluded?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                fees?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                total?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                payableAtCheckout?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                payableOnDelivery?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                            } | null;
                            /** @description DDP: duties and taxes included and paid now; DAP: an estimate of what the carrier collects on delivery */
                            statement: string;
                            /** @description the payment methods offered in the buyer's country */
                            paymentMethods?: {
                                [key: string]: unknown;
                            }[];
                            /** @description the reference rates used, with stale: true when older than the store allows */
                            fx?: {
                                [key: string]: unknown;
                            }[];
                            rulesVersion?: string;
                            warnings?: string[];
                            /** @description what stops a checkout, each naming the field to fix */
                            problems: {
                                code?: string;
                                field?: string;
                                message?: string;
                                /** @description for the buyer, in the cart's language (GOODS_RESTRICTED) */
                                reason?: string;
                            }[];
                            checkoutReady: boolean;
                        } | {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "open" | "ordered";
                            version: number;
                            /** Format: date-time */
                            expiresAt?: string;
                            lines: {
                                sku?: string;
                                quantity?: number;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/carts/{id}/lines/{sku}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a line's quantity (0 removes it) */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description return=minimal: answer only id, status, version and lines (no pricing); read the priced cart with GET when needed */
                    prefer?: string;
                };
                path: {
                    id: string;
                    sku: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 0 removes the line */
                        quantity: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "open" | "ordered";
                            /** @description goes up with every change */
                            version: number;
                            /** Format: date-time */
                            expiresAt?: string;
                            /** Format: date-time */
                            createdAt?: string;
                            /** Format: date-time */
                            updatedAt?: string;
                            /** Format: date */
                            date?: string;
                            market: string;
                            country: string;
                            currency: string;
                            /** @enum {string} */
                            incoterm: "DDP" | "DAP";
                            locale?: string | null;
                            email?: string | null;
                            address?: {
                                name: string;
                                lines: string[];
                                city: string;
                                /** @example 10115 */
                                postalCode?: string | null;
                                /** @example CA */
                                region?: string | null;
                                /** @example DE */
                                country: string;
                                phone?: string | null;
                            } | null;
                            discountCode?: string | null;
                            deliveryOption?: string | null;
                            order?: {
                                number?: string;
                            } | null;
                            /** @description each line at the market price: unitPrice, lineTotal, discount, goods, taxIncluded, hsCode, originCountry, and restrictions (restricted or prohibited goods in the destination: allowed, barredChannels, reason for the buyer, findings with rule, action, licence, conditions) */
                            lines: {
                                [key: string]: unknown;
                            }[];
                            /** @description the code and what it takes off, or why it does not apply */
                            discount?: {
                                [key: string]: unknown;
                            } | null;
                            /** @description ways to ship the cart, cheapest landed cost first: parcels per warehouse and service, each with shipping, duties, taxes, fees, the charge lines (rule and formula) and the delivery window; `chosen` marks the one in the totals */
                            deliveryOptions: {
                                [key: string]: unknown;
                            }[];
                            /** @description why the chosen warehouses: the plans weighed with their totals and verdicts */
                            routing?: {
                                [key: string]: unknown;
                            } | null;
                            totals: {
                                goods?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                discount?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                shipping?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                duties?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxes?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxesIncluded?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                fees?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                total?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                payableAtCheckout?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                payableOnDelivery?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                            } | null;
                            /** @description DDP: duties and taxes included and paid now; DAP: an estimate of what the carrier collects on delivery */
                            statement: string;
                            /** @description the payment methods offered in the buyer's country */
                            paymentMethods?: {
                                [key: string]: unknown;
                            }[];
                            /** @description the reference rates used, with stale: true when older than the store allows */
                            fx?: {
                                [key: string]: unknown;
                            }[];
                            rulesVersion?: string;
                            warnings?: string[];
                            /** @description what stops a checkout, each naming the field to fix */
                            problems: {
                                code?: string;
                                field?: string;
                                message?: string;
                                /** @description for the buyer, in the cart's language (GOODS_RESTRICTED) */
                                reason?: string;
                            }[];
                            checkoutReady: boolean;
                        } | {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "open" | "ordered";
                            version: number;
                            /** Format: date-time */
                            expiresAt?: string;
                            lines: {
                                sku?: string;
                                quantity?: number;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Remove a line */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description return=minimal: answer only id, status, version and lines (no pricing); read the priced cart with GET when needed */
                    prefer?: string;
                };
                path: {
                    id: string;
                    sku: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "open" | "ordered";
                            /** @description goes up with every change */
                            version: number;
                            /** Format: date-time */
                            expiresAt?: string;
                            /** Format: date-time */
                            createdAt?: string;
                            /** Format: date-time */
                            updatedAt?: string;
                            /** Format: date */
                            date?: string;
                            market: string;
                            country: string;
                            currency: string;
                            /** @enum {string} */
                            incoterm: "DDP" | "DAP";
                            locale?: string | null;
                            email?: string | null;
                            address?: {
                                name: string;
                                lines: string[];
                                city: string;
                                /** @example 10115 */
                                postalCode?: string | null;
                                /** @example CA */
                                region?: string | null;
                                /** @example DE */
                                country: string;
                                phone?: string | null;
                            } | null;
                            discountCode?: string | null;
                            deliveryOption?: string | null;
                            order?: {
                                number?: string;
                            } | null;
                            /** @description each line at the market price: unitPrice, lineTotal, discount, goods, taxIncluded, hsCode, originCountry, and restrictions (restricted or prohibited goods in the destination: allowed, barredChannels, reason for the buyer, findings with rule, action, licence, conditions) */
                            lines: {
                                [key: string]: unknown;
                            }[];
                            /** @description the code and what it takes off, or why it does not apply */
                            discount?: {
                                [key: string]: unknown;
                            } | null;
                            /** @description ways to ship the cart, cheapest landed cost first: parcels per warehouse and service, each with shipping, duties, taxes, fees, the charge lines (rule and formula) and the delivery window; `chosen` marks the one in the totals */
                            deliveryOptions: {
                                [key: string]: unknown;
                            }[];
                            /** @description why the chosen warehouses: the plans weighed with their totals and verdicts */
                            routing?: {
                                [key: string]: unknown;
                            } | null;
                            totals: {
                                goods?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                discount?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                shipping?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                duties?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxes?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxesIncluded?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                fees?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                total?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                payableAtCheckout?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                payableOnDelivery?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                            } | null;
                            /** @description DDP: duties and taxes included and paid now; DAP: an estimate of what the carrier collects on delivery */
                            statement: string;
                            /** @description the payment methods offered in the buyer's country */
                            paymentMethods?: {
                                [key: string]: unknown;
                            }[];
                            /** @description the reference rates used, with stale: true when older than the store allows */
                            fx?: {
                                [key: string]: unknown;
                            }[];
                            rulesVersion?: string;
                            warnings?: string[];
                            /** @description what stops a checkout, each naming the field to fix */
                            problems: {
                                code?: string;
                                field?: string;
                                message?: string;
                                /** @description for the buyer, in the cart's language (GOODS_RESTRICTED) */
                                reason?: string;
                            }[];
                            checkoutReady: boolean;
                        } | {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "open" | "ordered";
                            version: number;
                            /** Format: date-time */
                            expiresAt?: string;
                            lines: {
                                sku?: string;
                                quantity?: number;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/carts/{id}/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check out: hold the stock, freeze the quote into an order, and start its payment (Idempotency-Key recommended)
         * @description A cart becomes at most one order. With the same Idempotency-Key a retry answers the first result. 409 CHECKOUT_BLOCKED lists what to fix; 409 INSUFFICIENT_STOCK names the lines; 409 QUOTE_CHANGED when expectedTotal no longer holds.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Optional. A unique key per intended operation (a UUID is best), 1 to 255 printable characters. A retry with the same key and body answers the first result (header Idempotent-Replayed: true) instead of acting twice; the same key with another body is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_USE. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description the cart id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        payment?: {
                            /**
                             * @example card
                             * @example ideal
                             */
                            method: string;
                            /** @enum {string} */
                            capture?: "automatic" | "manual";
                        };
                        /** @description the amount due now that the buyer was shown; 409 QUOTE_CHANGED when it is no longer so */
                        expectedTotal?: {
                            /** @example 25.90 */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        /** @description the buyer's session for fraud screening, in the shape of a risk order (POST /v1/risk/assessments): ip {address, country, isProxy, isHosting}, device {id, language, timezone, userAgent}, session {secondsOnSite, pagesViewed}, card {bin, last4, issuerCountry, fingerprint, funding}, customer {id, createdAt}, billing {...}; all optional, what is missing is stated in the assessment */
                        risk?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            order: {
                                /** Format: uuid */
                                id: string;
                                /** @example LF-100420 */
                                number: string;
                                /** @enum {string} */
                                status: "pending_payment" | "paid" | "partially_fulfilled" | "fulfilled" | "delivered" | "cancelled" | "refunded" | "partially_refunded";
                                market: string;
                                country?: string;
                                currency: string;
                                locale?: string | null;
                                email?: string;
                                address?: {
                                    name: string;
                                    lines: string[];
                                    city: string;
                                    /** @example 10115 */
                                    postalCode?: string | null;
                                    /** @example CA */
                                    region?: string | null;
                                    /** @example DE */
                                    country: string;
                                    phone?: string | null;
                                };
                                /**
                                 * @description DDP or DAP for the storefront; a distributor order from a quote may be under any Incoterms 2020 rule
                                 * @enum {string}
                                 */
                                incoterm?: "EXW" | "FCA" | "FAS" | "FOB" | "CFR" | "CIF" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP";
                                /**
                                 * @description storefront, a marketplace id (amazon, ebay) for an imported order, or b2b for a distributor order
                                 * @example storefront
                                 */
                                salesChannel?: string;
                                /** @description the marketplace's own order id */
                                channelOrderId?: string | null;
                                /** @description the distributor company of a b2b order */
                                companyId?: string | null;
                                /** @description the quote a b2b order came from */
                                quoteId?: string | null;
                                /** @enum {string|null} */
                                paymentTerms?: "prepayment" | "net_30" | "net_60" | null;
                                /**
                                 * Format: date
                                 * @description when a b2b order on net terms is due
                                 */
                                paymentDueOn?: string | null;
                                totals: {
                                    goods?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    discount?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    shipping?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    duties?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    taxes?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    taxesIncluded?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    fees?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    total?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    dueOnDelivery?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    captured?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    refunded?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                };
                                discountCode?: string | null;
                                paymentMethod?: string | null;
                                rulesVersion?: string;
                                /** @description why paid stock could not be taken (raised to the operator) */
                                stockHold?: string | null;
                                risk?: {
                                    /**
                                     * @description fraud screening at checkout; review holds the order from shipping until a person decides
                                     * @enum {string}
                                     */
                                    status: "approved" | "challenge" | "review" | "released" | "declined" | "unassessed";
                                    assessmentId: string | null;
                                };
                                cancelReason?: string | null;
                                /** @description lines as bought: unit price, discount, goods, duties and taxes per line, warehouse, refunded quantity */
                                lines: {
                                    [key: string]: unknown;
                                }[];
                                /** @description parcels as routed at checkout: planned, shipped (tracking number), delivered */
                                shipments: {
                                    [key: string]: unknown;
                                }[];
                                /** @description refunds with their parts (goods, shipping, duties, taxes, fees) and what was kept back and why */
                                refunds?: {
                                    [key: string]: unknown;
                                }[];
                                /** @description the payments of this order (merchant view) */
                                payments?: {
                                    [key: string]: unknown;
                                }[];
                                /** @description the landed-cost quote frozen at checkout: rules version, rates, parcels with their charge lines */
                                quote?: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                createdAt?: string;
                                /** Format: date-time */
                                paidAt?: string | null;
                                /** Format: date-time */
                                cancelledAt?: string | null;
                            };
                            /** @description the payment started for the order (see /v1/payments) */
                            payment: {
                                [key: string]: unknown;
                            } | null;
                            paymentError: {
                                code?: string;
                                message?: string;
                                field?: string;
                            } | null;
                            /** @description fraud screening before payment (a decline is answered 402 ORDER_DECLINED and places no order) */
                            risk?: {
                                assessmentId?: string | null;
                                /** @enum {string} */
                                decision?: "approve" | "challenge" | "review";
                                score?: number;
                            } | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                402: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                451: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A buyer's order by number and email (order lookup) */
        get: {
            parameters: {
                query: {
                    email: string;
                };
                header?: never;
                path: {
                    /** @example LF-100420 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @example LF-100420 */
                            number: string;
                            /** @enum {string} */
                            status: "pending_payment" | "paid" | "partially_fulfilled" | "fulfilled" | "delivered" | "cancelled" | "refunded" | "partially_refunded";
                            market: string;
                            country?: string;
                            currency: string;
                            locale?: string | null;
                            email?: string;
                            address?: {
                                name: string;
                                lines: string[];
                                city: string;
                                /** @example 10115 */
                                postalCode?: string | null;
                                /** @example CA */
                                region?: string | null;
                                /** @example DE */
                                country: string;
                                phone?: string | null;
                            };
                            /**
                             * @description DDP or DAP for the storefront; a distributor order from a quote may be under any Incoterms 2020 rule
                             * @enum {string}
                             */
                            incoterm?: "EXW" | "FCA" | "FAS" | "FOB" | "CFR" | "CIF" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP";
                            /**
                             * @description storefront, a marketplace id (amazon, ebay) for an imported order, or b2b for a distributor order
                             * @example storefront
                             */
                            salesChannel?: string;
                            /** @description the marketplace's own order id */
                            channelOrderId?: string | null;
                            /** @description the distributor company of a b2b order */
                            companyId?: string | null;
                            /** @description the quote a b2b order came from */
                            quoteId?: string | null;
                            /** @enum {string|null} */
                            paymentTerms?: "prepayment" | "net_30" | "net_60" | null;
                            /**
                             * Format: date
                             * @description when a b2b order on net terms is due
                             */
                            paymentDueOn?: string | null;
                            totals: {
                                goods?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                discount?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                shipping?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                duties?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxes?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxesIncluded?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                fees?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                total?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                dueOnDelivery?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                captured?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                refunded?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                            };
                            discountCode?: string | null;
                            paymentMethod?: string | null;
                            rulesVersion?: string;
                            /** @description why paid stock could not be taken (raised to the operator) */
                            stockHold?: string | null;
                            risk?: {
                                /**
                                 * @description fraud screening at checkout; review holds the order from shipping until a person decides
                                 * @enum {string}
                                 */
                                status: "approved" | "challenge" | "review" | "released" | "declined" | "unassessed";
                                assessmentId: string | null;
                            };
                            cancelReason?: string | null;
                            /** @description lines as bought: unit price, discount, goods, duties and taxes per line, warehouse, refunded quantity */
                            lines: {
                                [key: string]: unknown;
                            }[];
                            /** @description parcels as routed at checkout: planned, shipped (tracking number), delivered */
                            shipments: {
                                [key: string]: unknown;
                            }[];
                            /** @description refunds with their parts (goods, shipping, duties, taxes, fees) and what was kept back and why */
                            refunds?: {
                                [key: string]: unknown;
                            }[];
                            /** @description the payments of this order (merchant view) */
                            payments?: {
                                [key: string]: unknown;
                            }[];
                            /** @description the landed-cost quote frozen at checkout: rules version, rates, parcels with their charge lines */
                            quote?: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            createdAt?: string;
                            /** Format: date-time */
                            paidAt?: string | null;
                            /** Format: date-time */
                            cancelledAt?: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{number}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start (again) the payment of an order waiting for one */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Optional. A unique key per intended operation (a UUID is best), 1 to 255 printable characters. A retry with the same key and body answers the first result (header Idempotent-Replayed: true) instead of acting twice; the same key with another body is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_USE. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @example LF-100420 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        method: string;
                        /** @enum {string} */
                        capture?: "automatic" | "manual";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description the checkout or order this payment is for */
                            reference: string;
                            /** @example test */
                            provider: string;
                            providerPaymentId: string;
                            /**
                             * @example card
                             * @example ideal
                             * @example konbini
                             */
                            method: string;
                            /** @enum {string} */
                            status: "requires_action" | "processing" | "authorized" | "succeeded" | "failed" | "cancelled";
                            amount: {
                                /** @example 25.90 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            captured: {
                                /** @example 25.90 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            refunded: {
                                /** @example 25.90 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /** @enum {string} */
                            refundStatus: "none" | "partial" | "full";
                            /** @description confirm (call /confirm); redirect (send the buyer to url: 3-D Secure or the bank); display_instructions (voucher, QR code, bank transfer, cash on delivery: show details) */
                            nextAction: ({
                                /** @enum {string} */
                                type?: "confirm" | "redirect" | "display_instructions";
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            failure: {
                                /**
                                 * @example card_declined
                                 * @example insufficient_funds
                                 */
                                code?: string;
                                message?: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            refunds?: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                paymentId: string;
                                providerRefundId: string;
                                amount: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                /** @enum {string} */
                                status: "pending" | "succeeded" | "failed";
                                reason: string | null;
                                /** @description goods, shipping, duty, tax, fees as decimal strings */
                                parts: {
                                    [key: string]: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @example LF-100420 */
                                number: string;
                                /** @enum {string} */
                                status: "pending_payment" | "paid" | "partially_fulfilled" | "fulfilled" | "delivered" | "cancelled" | "refunded" | "partially_refunded";
                                market: string;
                                country?: string;
                                currency: string;
                                locale?: string | null;
                                email?: string;
                                address?: {
                                    name: string;
                                    lines: string[];
                                    city: string;
                                    /** @example 10115 */
                                    postalCode?: string | null;
                                    /** @example CA */
                                    region?: string | null;
                                    /** @example DE */
                                    country: string;
                                    phone?: string | null;
                                };
                                /**
                                 * @description DDP or DAP for the storefront; a distributor order from a quote may be under any Incoterms 2020 rule
                                 * @enum {string}
                                 */
                                incoterm?: "EXW" | "FCA" | "FAS" | "FOB" | "CFR" | "CIF" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP";
                                /**
                                 * @description storefront, a marketplace id (amazon, ebay) for an imported order, or b2b for a distributor order
                                 * @example storefront
                                 */
                                salesChannel?: string;
                                /** @description the marketplace's own order id */
                                channelOrderId?: string | null;
                                /** @description the distributor company of a b2b order */
                                companyId?: string | null;
                                /** @description the quote a b2b order came from */
                                quoteId?: string | null;
                                /** @enum {string|null} */
                                paymentTerms?: "prepayment" | "net_30" | "net_60" | null;
                                /**
                                 * Format: date
                                 * @description when a b2b order on net terms is due
                                 */
                                paymentDueOn?: string | null;
                                totals: {
                                    goods?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    discount?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    shipping?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    duties?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    taxes?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    taxesIncluded?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    fees?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    total?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    dueOnDelivery?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    captured?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    refunded?: {
                                        /** @example 25.90 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                };
                                discountCode?: string | null;
                                paymentMethod?: string | null;
                                rulesVersion?: string;
                                /** @description why paid stock could not be taken (raised to the operator) */
                                stockHold?: string | null;
                                risk?: {
                                    /**
                                     * @description fraud screening at checkout; review holds the order from shipping until a person decides
                                     * @enum {string}
                                     */
                                    status: "approved" | "challenge" | "review" | "released" | "declined" | "unassessed";
                                    assessmentId: string | null;
                                };
                                cancelReason?: string | null;
                                /** @description lines as bought: unit price, discount, goods, duties and taxes per line, warehouse, refunded quantity */
                                lines: {
                                    [key: string]: unknown;
                                }[];
                                /** @description parcels as routed at checkout: planned, shipped (tracking number), delivered */
                                shipments: {
                                    [key: string]: unknown;
                                }[];
                                /** @description refunds with their parts (goods, shipping, duties, taxes, fees) and what was kept back and why */
                                refunds?: {
                                    [key: string]: unknown;
                                }[];
                                /** @description the payments of this order (merchant view) */
                                payments?: {
                                    [key: string]: unknown;
                                }[];
                                /** @description the landed-cost quote frozen at checkout: rules version, rates, parcels with their charge lines */
                                quote?: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                createdAt?: string;
                                /** Format: date-time */
                                paidAt?: string | null;
                                /** Format: date-time */
                                cancelledAt?: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order with its payments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example LF-100420 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @example LF-100420 */
                            number: string;
                            /** @enum {string} */
                            status: "pending_payment" | "paid" | "partially_fulfilled" | "fulfilled" | "delivered" | "cancelled" | "refunded" | "partially_refunded";
                            market: string;
                            country?: string;
                            currency: string;
                            locale?: string | null;
                            email?: string;
                            address?: {
                                name: string;
                                lines: string[];
                                city: string;
                                /** @example 10115 */
                                postalCode?: string | null;
                                /** @example CA */
                                region?: string | null;
                                /** @example DE */
                                country: string;
                                phone?: string | null;
                            };
                            /**
                             * @description DDP or DAP for the storefront; a distributor order from a quote may be under any Incoterms 2020 rule
                             * @enum {string}
                             */
                            incoterm?: "EXW" | "FCA" | "FAS" | "FOB" | "CFR" | "CIF" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP";
                            /**
                             * @description storefront, a marketplace id (amazon, ebay) for an imported order, or b2b for a distributor order
                             * @example storefront
                             */
                            salesChannel?: string;
                            /** @description the marketplace's own order id */
                            channelOrderId?: string | null;
                            /** @description the distributor company of a b2b order */
                            companyId?: string | null;
                            /** @description the quote a b2b order came from */
                            quoteId?: string | null;
                            /** @enum {string|null} */
                            paymentTerms?: "prepayment" | "net_30" | "net_60" | null;
                            /**
                             * Format: date
                             * @description when a b2b order on net terms is due
                             */
                            paymentDueOn?: string | null;
                            totals: {
                                goods?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                discount?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                shipping?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                duties?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxes?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxesIncluded?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                fees?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                total?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                dueOnDelivery?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                captured?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                refunded?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                            };
                            discountCode?: string | null;
                            paymentMethod?: string | null;
                            rulesVersion?: string;
                            /** @description why paid stock could not be taken (raised to the operator) */
                            stockHold?: string | null;
                            risk?: {
                                /**
                                 * @description fraud screening at checkout; review holds the order from shipping until a person decides
                                 * @enum {string}
                                 */
                                status: "approved" | "challenge" | "review" | "released" | "declined" | "unassessed";
                                assessmentId: string | null;
                            };
                            cancelReason?: string | null;
                            /** @description lines as bought: unit price, discount, goods, duties and taxes per line, warehouse, refunded quantity */
                            lines: {
                                [key: string]: unknown;
                            }[];
                            /** @description parcels as routed at checkout: planned, shipped (tracking number), delivered */
                            shipments: {
                                [key: string]: unknown;
                            }[];
                            /** @description refunds with their parts (goods, shipping, duties, taxes, fees) and what was kept back and why */
                            refunds?: {
                                [key: string]: unknown;
                            }[];
                            /** @description the payments of this order (merchant view) */
                            payments?: {
                                [key: string]: unknown;
                            }[];
                            /** @description the landed-cost quote frozen at checkout: rules version, rates, parcels with their charge lines */
                            quote?: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            createdAt?: string;
                            /** Format: date-time */
                            paidAt?: string | null;
                            /** Format: date-time */
                            cancelledAt?: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{number}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an order not yet shipped (a paid one is refunded in full and restocked) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Optional. A unique key per intended operation (a UUID is best), 1 to 255 printable characters. A retry with the same key and body answers the first result (header Idempotent-Replayed: true) instead of acting twice; the same key with another body is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_USE. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @example LF-100420 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @example LF-100420 */
                            number: string;
                            /** @enum {string} */
                            status: "pending_payment" | "paid" | "partially_fulfilled" | "fulfilled" | "delivered" | "cancelled" | "refunded" | "partially_refunded";
                            market: string;
                            country?: string;
                            currency: string;
                            locale?: string | null;
                            email?: string;
                            address?: {
                                name: string;
                                lines: string[];
                                city: string;
                                /** @example 10115 */
                                postalCode?: string | null;
                                /** @example CA */
                                region?: string | null;
                                /** @example DE */
                                country: string;
                                phone?: string | null;
                            };
                            /**
                             * @description DDP or DAP for the storefront; a distributor order from a quote may be under any Incoterms 2020 rule
                             * @enum {string}
                             */
                            incoterm?: "EXW" | "FCA" | "FAS" | "FOB" | "CFR" | "CIF" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP";
                            /**
                             * @description storefront, a marketplace id (amazon, ebay) for an imported order, or b2b for a distributor order
                             * @example storefront
                             */
                            salesChannel?: string;
                            /** @description the marketplace's own order id */
                            channelOrderId?: string | null;
                            /** @description the distributor company of a b2b order */
                            companyId?: string | null;
                            /** @description the quote a b2b order came from */
                            quoteId?: string | null;
                            /** @enum {string|null} */
                            paymentTerms?: "prepayment" | "net_30" | "net_60" | null;
                            /**
                             * Format: date
                             * @description when a b2b order on net terms is due
                             */
                            paymentDueOn?: string | null;
                            totals: {
                                goods?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                discount?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                shipping?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                duties?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxes?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxesIncluded?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                fees?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                total?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                dueOnDelivery?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                captured?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                refunded?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                            };
                            discountCode?: string | null;
                            paymentMethod?: string | null;
                            rulesVersion?: string;
                            /** @description why paid stock could not be taken (raised to the operator) */
                            stockHold?: string | null;
                            risk?: {
                                /**
                                 * @description fraud screening at checkout; review holds the order from shipping until a person decides
                                 * @enum {string}
                                 */
                                status: "approved" | "challenge" | "review" | "released" | "declined" | "unassessed";
                                assessmentId: string | null;
                            };
                            cancelReason?: string | null;
                            /** @description lines as bought: unit price, discount, goods, duties and taxes per line, warehouse, refunded quantity */
                            lines: {
                                [key: string]: unknown;
                            }[];
                            /** @description parcels as routed at checkout: planned, shipped (tracking number), delivered */
                            shipments: {
                                [key: string]: unknown;
                            }[];
                            /** @description refunds with their parts (goods, shipping, duties, taxes, fees) and what was kept back and why */
                            refunds?: {
                                [key: string]: unknown;
                            }[];
                            /** @description the payments of this order (merchant view) */
                            payments?: {
                                [key: string]: unknown;
                            }[];
                            /** @description the landed-cost quote frozen at checkout: rules version, rates, parcels with their charge lines */
                            quote?: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            createdAt?: string;
                            /** Format: date-time */
                            paidAt?: string | null;
                            /** Format: date-time */
                            cancelledAt?: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{number}/shipments/{position}/ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a parcel shipped with its tracking number */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                    position: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        trackingNumber: string;
                        carrier?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @example LF-100420 */
                            number: string;
                            /** @enum {string} */
                            status: "pending_payment" | "paid" | "partially_fulfilled" | "fulfilled" | "delivered" | "cancelled" | "refunded" | "partially_refunded";
                            market: string;
                            country?: string;
                            currency: string;
                            locale?: string | null;
                            email?: string;
                            address?: {
                                name: string;
                                lines: string[];
                                city: string;
                                /** @example 10115 */
                                postalCode?: string | null;
                                /** @example CA */
                                region?: string | null;
                                /** @example DE */
                                country: string;
                                phone?: string | null;
                            };
                            /**
                             * @description DDP or DAP for the storefront; a distributor order from a quote may be under any Incoterms 2020 rule
                             * @enum {string}
                             */
                            incoterm?: "EXW" | "FCA" | "FAS" | "FOB" | "CFR" | "CIF" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP";
                            /**
                             * @description storefront, a marketplace id (amazon, ebay) for an imported order, or b2b for a distributor order
                             * @example storefront
                             */
                            salesChannel?: string;
                            /** @description the marketplace's own order id */
                            channelOrderId?: string | null;
                            /** @description the distributor company of a b2b order */
                            companyId?: string | null;
                            /** @description the quote a b2b order came from */
                            quoteId?: string | null;
                            /** @enum {string|null} */
                            paymentTerms?: "prepayment" | "net_30" | "net_60" | null;
                            /**
                             * Format: date
                             * @description when a b2b order on net terms is due
                             */
                            paymentDueOn?: string | null;
                            totals: {
                                goods?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                discount?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                shipping?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                duties?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxes?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxesIncluded?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                fees?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                total?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                dueOnDelivery?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                captured?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                refunded?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                            };
                            discountCode?: string | null;
                            paymentMethod?: string | null;
                            rulesVersion?: string;
                            /** @description why paid stock could not be taken (raised to the operator) */
                            stockHold?: string | null;
                            risk?: {
                                /**
                                 * @description fraud screening at checkout; review holds the order from shipping until a person decides
                                 * @enum {string}
                                 */
                                status: "approved" | "challenge" | "review" | "released" | "declined" | "unassessed";
                                assessmentId: string | null;
                            };
                            cancelReason?: string | null;
                            /** @description lines as bought: unit price, discount, goods, duties and taxes per line, warehouse, refunded quantity */
                            lines: {
                                [key: string]: unknown;
                            }[];
                            /** @description parcels as routed at checkout: planned, shipped (tracking number), delivered */
                            shipments: {
                                [key: string]: unknown;
                            }[];
                            /** @description refunds with their parts (goods, shipping, duties, taxes, fees) and what was kept back and why */
                            refunds?: {
                                [key: string]: unknown;
                            }[];
                            /** @description the payments of this order (merchant view) */
                            payments?: {
                                [key: string]: unknown;
                            }[];
                            /** @description the landed-cost quote frozen at checkout: rules version, rates, parcels with their charge lines */
                            quote?: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            createdAt?: string;
                            /** Format: date-time */
                            paidAt?: string | null;
                            /** Format: date-time */
                            cancelledAt?: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{number}/shipments/{position}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a shipped parcel delivered */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                    position: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @example LF-100420 */
                            number: string;
                            /** @enum {string} */
                            status: "pending_payment" | "paid" | "partially_fulfilled" | "fulfilled" | "delivered" | "cancelled" | "refunded" | "partially_refunded";
                            market: string;
                            country?: string;
                            currency: string;
                            locale?: string | null;
                            email?: string;
                            address?: {
                                name: string;
                                lines: string[];
                                city: string;
                                /** @example 10115 */
                                postalCode?: string | null;
                                /** @example CA */
                                region?: string | null;
                                /** @example DE */
                                country: string;
                                phone?: string | null;
                            };
                            /**
                             * @description DDP or DAP for the storefront; a distributor order from a quote may be under any Incoterms 2020 rule
                             * @enum {string}
                             */
                            incoterm?: "EXW" | "FCA" | "FAS" | "FOB" | "CFR" | "CIF" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP";
                            /**
                             * @description storefront, a marketplace id (amazon, ebay) for an imported order, or b2b for a distributor order
                             * @example storefront
                             */
                            salesChannel?: string;
                            /** @description the marketplace's own order id */
                            channelOrderId?: string | null;
                            /** @description the distributor company of a b2b order */
                            companyId?: string | null;
                            /** @description the quote a b2b order came from */
                            quoteId?: string | null;
                            /** @enum {string|null} */
                            paymentTerms?: "prepayment" | "net_30" | "net_60" | null;
                            /**
                             * Format: date
                             * @description when a b2b order on net terms is due
                             */
                            paymentDueOn?: string | null;
                            totals: {
                                goods?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                discount?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                shipping?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                duties?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxes?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxesIncluded?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                fees?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                total?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                dueOnDelivery?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                captured?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                refunded?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                            };
                            discountCode?: string | null;
                            paymentMethod?: string | null;
                            rulesVersion?: string;
                            /** @description why paid stock could not be taken (raised to the operator) */
                            stockHold?: string | null;
                            risk?: {
                                /**
                                 * @description fraud screening at checkout; review holds the order from shipping until a person decides
                                 * @enum {string}
                                 */
                                status: "approved" | "challenge" | "review" | "released" | "declined" | "unassessed";
                                assessmentId: string | null;
                            };
                            cancelReason?: string | null;
                            /** @description lines as bought: unit price, discount, goods, duties and taxes per line, warehouse, refunded quantity */
                            lines: {
                                [key: string]: unknown;
                            }[];
                            /** @description parcels as routed at checkout: planned, shipped (tracking number), delivered */
                            shipments: {
                                [key: string]: unknown;
                            }[];
                            /** @description refunds with their parts (goods, shipping, duties, taxes, fees) and what was kept back and why */
                            refunds?: {
                                [key: string]: unknown;
                            }[];
                            /** @description the payments of this order (merchant view) */
                            payments?: {
                                [key: string]: unknown;
                            }[];
                            /** @description the landed-cost quote frozen at checkout: rules version, rates, parcels with their charge lines */
                            quote?: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            createdAt?: string;
                            /** Format: date-time */
                            paidAt?: string | null;
                            /** Format: date-time */
                            cancelledAt?: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{number}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund lines (goods, and duties and taxes where the scheme allows), shipping and fees (Idempotency-Key required) */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Required. A unique key per intended operation (a UUID is best), 1 to 255 printable characters. A retry with the same key and body answers the first result (header Idempotent-Replayed: true) instead of acting twice; the same key with another body is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_USE. */
                    "idempotency-key": string;
                };
                path: {
                    /** @example LF-100420 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lines?: {
                            /** @example COF-ROB-250 */
                            sku: string;
                            quantity: number;
                        }[];
                        /** @description refund what is left of the shipping (and the tax on it) */
                        shipping?: boolean;
                        fees?: boolean;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @example LF-100420 */
                            number: string;
                            /** @enum {string} */
                            status: "pending_payment" | "paid" | "partially_fulfilled" | "fulfilled" | "delivered" | "cancelled" | "refunded" | "partially_refunded";
                            market: string;
                            country?: string;
                            currency: string;
                            locale?: string | null;
                            email?: string;
                            address?: {
                                name: string;
                                lines: string[];
                                city: string;
                                /** @example 10115 */
                                postalCode?: string | null;
                                /** @example CA */
                                region?: string | null;
                                /** @example DE */
                                country: string;
                                phone?: string | null;
                            };
                            /**
                             * @description DDP or DAP for the storefront; a distributor order from a quote may be under any Incoterms 2020 rule
                             * @enum {string}
                             */
                            incoterm?: "EXW" | "FCA" | "FAS" | "FOB" | "CFR" | "CIF" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP";
                            /**
                             * @description storefront, a marketplace id (amazon, ebay) for an imported order, or b2b for a distributor order
                             * @example storefront
                             */
                            salesChannel?: string;
                            /** @description the marketplace's own order id */
                            channelOrderId?: string | null;
                            /** @description the distributor company of a b2b order */
                            companyId?: string | null;
                            /** @description the quote a b2b order came from */
                            quoteId?: string | null;
                            /** @enum {string|null} */
                            paymentTerms?: "prepayment" | "net_30" | "net_60" | null;
                            /**
                             * Format: date
                             * @description when a b2b order on net terms is due
                             */
                            paymentDueOn?: string | null;
                            totals: {
                                goods?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                discount?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                shipping?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                duties?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxes?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                taxesIncluded?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                fees?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                total?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                dueOnDelivery?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                captured?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                refunded?: {
                                    /** @example 25.90 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                            };
                            discountCode?: string | null;
                            paymentMethod?: string | null;
                            rulesVersion?: string;
                            /** @description why paid stock could not be taken (raised to the operator) */
                            stockHold?: string | null;
                            risk?: {
                                /**
                                 * @description fraud screening at checkout; review holds the order from shipping until a person decides
                                 * @enum {string}
                                 */
                                status: "approved" | "challenge" | "review" | "released" | "declined" | "unassessed";
                                assessmentId: string | null;
                            };
                            cancelReason?: string | null;
                            /** @description lines as bought: unit price, discount, goods, duties and taxes per line, warehouse, refunded quantity */
                            lines: {
                                [key: string]: unknown;
                            }[];
                            /** @description parcels as routed at checkout: planned, shipped (tracking number), delivered */
                            shipments: {
                                [key: string]: unknown;
                            }[];
                            /** @description refunds with their parts (goods, shipping, duties, taxes, fees) and what was kept back and why */
                            refunds?: {
                                [key: string]: unknown;
                            }[];
                            /** @description the payments of this order (merchant view) */
                            payments?: {
                                [key: string]: unknown;
                            }[];
                            /** @description the landed-cost quote frozen at checkout: rules version, rates, parcels with their charge lines */
                            quote?: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            createdAt?: string;
                            /** Format: date-time */
                            paidAt?: string | null;
                            /** Format: date-time */
                            cancelledAt?: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/discount-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Discount codes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                code?: string;
                                kind?: string;
                                redemptions?: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create or replace a discount code (percentage or fixed, per market) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example WELCOME10 */
                        code: string;
                        market?: string | null;
                        /** @enum {string} */
                        kind: "percentage" | "fixed";
                        /** @example 10 */
                        percent?: string;
                        amount?: {
                            /** @example 25.90 */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        minSubtotal?: {
                            /** @example 25.90 */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        /** Format: date */
                        validFrom?: string;
                        /** Format: date */
                        validTo?: string;
                        maxRedemptions?: number;
                        active?: boolean;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description a discount code with its redemptions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code?: string;
                            kind?: string;
                            redemptions?: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sales by market and currency and by sales channel, orders per day, duties and taxes collected (UTC days, default the last 30; one sales channel with ?channel=) */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description first day, YYYY-MM-DD (default: 29 days before to)
                     * @example 2026-11-01
                     */
                    from?: string;
                    /**
                     * @description last day, YYYY-MM-DD, included (default: today, UTC); at most 366 days after from
                     * @example 2026-11-30
                     */
                    to?: string;
                    /**
                     * @description only the orders of this sales channel: storefront, a marketplace (amazon, ebay), b2b
                     * @example amazon
                     */
                    channel?: string;
                    /** @description CSV rows per market and currency (default) or per sales channel and currency */
                    by?: "market" | "channel";
                    /** @description csv: the report as text/csv (RFC 4180, UTF-8); the same as Accept: text/csv */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            from: string;
                            /** Format: date */
                            to: string;
                            days: number;
                            /**
                             * @description days are UTC calendar days
                             * @enum {string}
                             */
                            timeZone: "UTC";
                            currencies: string[];
                            counts: {
                                placed: number;
                                paid: number;
                            };
                            /** @description per currency, never summed across currencies */
                            totals: {
                                currency: string;
                                /** @description paid orders */
                                orders: number;
                                goods: components["schemas"]["Money"];
                                discount: components["schemas"]["Money"];
                                shipping: components["schemas"]["Money"];
                                duties: components["schemas"]["Money"];
                                taxes: components["schemas"]["Money"];
                                taxesIncluded: components["schemas"]["Money"];
                                fees: components["schemas"]["Money"];
                                total: components["schemas"]["Money"];
                                dueOnDelivery: components["schemas"]["Money"];
                                refunded: components["schemas"]["Money"];
                                net: components["schemas"]["Money"];
                            }[];
                            /** @description paid orders by market and currency (an order counts on the UTC day it was paid) */
                            sales: {
                                market: string;
                                currency: string;
                                /** @description paid orders */
                                orders: number;
                                goods: components["schemas"]["Money"];
                                discount: components["schemas"]["Money"];
                                shipping: components["schemas"]["Money"];
                                duties: components["schemas"]["Money"];
                                taxes: components["schemas"]["Money"];
                                taxesIncluded: components["schemas"]["Money"];
                                fees: components["schemas"]["Money"];
                                total: components["schemas"]["Money"];
                                dueOnDelivery: components["schemas"]["Money"];
                                refunded: components["schemas"]["Money"];
                                net: components["schemas"]["Money"];
                            }[];
                            /** @description every day of the range: orders placed (any status), orders paid, and what the paid ones charged per currency */
                            ordersPerDay: {
                                /** Format: date */
                                date: string;
                                placed: number;
                                paid: number;
                                sales: {
                                    currency: string;
                                    orders: number;
                                    total: components["schemas"]["Money"];
                                }[];
                            }[];
                            /** @description the sales channel every figure is limited to (?channel=), or null for all */
                            channel?: string | null;
                            /** @description paid orders per sales channel (storefront, a marketplace id such as amazon or ebay, b2b) and currency */
                            byChannel?: {
                                channel: string;
                                currency: string;
                                /** @description paid orders */
                                orders: number;
                                goods: components["schemas"]["Money"];
                                discount: components["schemas"]["Money"];
                                shipping: components["schemas"]["Money"];
                                duties: components["schemas"]["Money"];
                                taxes: components["schemas"]["Money"];
                                taxesIncluded: components["schemas"]["Money"];
                                fees: components["schemas"]["Money"];
                                total: components["schemas"]["Money"];
                                dueOnDelivery: components["schemas"]["Money"];
                                refunded: components["schemas"]["Money"];
                                net: components["schemas"]["Money"];
                            }[];
                            /** @description duties and taxes charged on the paid orders, what went back in refunds, and what stays, per market and currency */
                            dutiesAndTaxes: {
                                market: string;
                                currency: string;
                                orders: number;
                                duties: components["schemas"]["Money"];
                                taxes: components["schemas"]["Money"];
                                dutiesRefunded: components["schemas"]["Money"];
                                taxesRefunded: components["schemas"]["Money"];
                                dutiesNet: components["schemas"]["Money"];
                                taxesNet: components["schemas"]["Money"];
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/tax-returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A low-value scheme return (IOSS, UK VAT, AU GST, NZ GST, NO VOEC) for a period: per member state or country and rate, taxable amounts and tax in the return currency, corrections, rates used
         * @description CSV with ?format=csv or Accept: text/csv. A bad scheme or period is 400 naming the field.
         */
        get: {
            parameters: {
                query: {
                    /**
                     * @description one of IOSS, UK_VAT, AU_GST, NZ_GST, NO_VOEC
                     * @example IOSS
                     */
                    scheme: string;
                    /** @description YYYY-MM for IOSS (monthly), YYYY-Qn for the quarterly schemes; default the latest period that has ended */
                    period?: string;
                    /** @description csv: the report as text/csv (RFC 4180, UTF-8); the same as Accept: text/csv */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            scheme?: "IOSS" | "UK_VAT" | "AU_GST" | "NZ_GST" | "NO_VOEC";
                            name?: string;
                            /** @description the scheme name order lines carry for this return */
                            lineScheme?: string;
                            figuresPer?: string;
                            returnCurrency?: string;
                            /** @description the period: code, granularity, start, lastDay, dueDate, ended */
                            period?: {
                                [key: string]: unknown;
                            };
                            registration?: {
                                [key: string]: unknown;
                            } | null;
                            figures?: ({
                                /** @description member state of consumption (IOSS) or country */
                                country?: string;
                                /** @description VAT/GST rate in percent, e.g. "19", "5.5" */
                                rate?: string;
                                /** @description sales of the period */
                                sales?: {
                                    lines?: number;
                                    taxable?: components["schemas"]["Money"];
                                    tax?: components["schemas"]["Money"];
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description refunds counted in the period (negative) */
                                refunds?: {
                                    lines?: number;
                                    taxable?: components["schemas"]["Money"];
                                    tax?: components["schemas"]["Money"];
                                } & {
                                    [key: string]: unknown;
                                };
                                taxable?: components["schemas"]["Money"];
                                tax?: components["schemas"]["Money"];
                                byCurrency?: {
                                    [key: string]: unknown;
                                }[];
                                /** @description the order lines behind this figure */
                                linesUrl?: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description taxable and tax of the figures */
                            totals?: {
                                [key: string]: unknown;
                            };
                            corrections?: {
                                [key: string]: unknown;
                            }[];
                            /** @description taxable and tax of the corrections */
                            correctionsTotal?: {
                                [key: string]: unknown;
                            };
                            payable?: components["schemas"]["Money"];
                            declared?: {
                                [key: string]: unknown;
                            } | null;
                            fx?: {
                                [key: string]: unknown;
                            }[];
                            lineCount?: number;
                            linesUrl?: string;
                            /** @description the scheme rules used, each with its source: period, due, chargeableEvent, corrections, conversion, declaredRounding */
                            rules?: {
                                [key: string]: unknown;
                            };
                            /** @description false when a currency could not be converted for want of a stored rate */
                            complete?: boolean;
                            warnings?: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/tax-returns/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The order lines behind a tax return or one of its figures: order, line, date, rate, taxable amount and tax
         * @description Filter by country, rate, section (period, correction), salePeriod and kind (sale, refund); a page at a time (limit 1-1000, default 100). CSV gives every matching line.
         */
        get: {
            parameters: {
                query: {
                    /**
                     * @description one of IOSS, UK_VAT, AU_GST, NZ_GST, NO_VOEC
                     * @example IOSS
                     */
                    scheme: string;
                    /** @description YYYY-MM for IOSS (monthly), YYYY-Qn for the quarterly schemes; default the latest period that has ended */
                    period?: string;
                    country?: string;
                    rate?: string;
                    section?: string;
                    salePeriod?: string;
                    kind?: string;
                    limit?: string;
                    cursor?: string;
                    /** @description csv: the report as text/csv (RFC 4180, UTF-8); the same as Accept: text/csv */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            scheme: string;
                            period: string;
                            /** @description lines matching the filter */
                            total: number;
                            items: {
                                [key: string]: unknown;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/currency-exposure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per currency: held, owed (scheme taxes not yet due, carriers, pending refunds), net in the base currency at the latest ECB rates, and the margin effect of a rate move of move %
         * @description CSV with ?format=csv or Accept: text/csv. A bad date, range or move is 400 naming the field.
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description first day, YYYY-MM-DD (default: 29 days before to)
                     * @example 2026-11-01
                     */
                    from?: string;
                    /**
                     * @description last day, YYYY-MM-DD, included (default: today, UTC); at most 366 days after from
                     * @example 2026-11-30
                     */
                    to?: string;
                    /**
                     * @description rate move in percent, above 0 and at most 100, up to 2 decimals (default 10)
                     * @example 10
                     */
                    move?: string;
                    /** @description csv: the report as text/csv (RFC 4180, UTF-8); the same as Accept: text/csv */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            from?: string;
                            /** Format: date */
                            to?: string;
                            /** @enum {string} */
                            timeZone?: "UTC";
                            /**
                             * Format: date
                             * @description today: the position is valued at the latest rates on or before it
                             */
                            valuedOn?: string;
                            rates?: {
                                [key: string]: unknown;
                            } | null;
                            baseCurrency?: string;
                            /** @description the rate move in percent */
                            move?: string;
                            currencies?: ({
                                currency?: string;
                                captured?: components["schemas"]["Money"];
                                refunded?: components["schemas"]["Money"];
                                held?: components["schemas"]["Money"];
                                /** @description schemeTaxes (returns not yet due), carriers (DDP parcels: invoiced, else quoted), pendingRefunds, total */
                                owed?: {
                                    [key: string]: unknown;
                                };
                                net?: components["schemas"]["Money"];
                                /** @description 1 unit in the base currency */
                                rate?: string | null;
                                inBase?: {
                                    [key: string]: unknown;
                                } | null;
                                /** @description change of net in the base currency if the currency gains move % against it */
                                ifStronger?: components["schemas"]["Money"] | null;
                                ifWeaker?: components["schemas"]["Money"] | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description held, owed, net, ifStronger, ifWeaker in the base currency */
                            totals?: {
                                [key: string]: unknown;
                            };
                            schemeTaxes?: {
                                [key: string]: unknown;
                            }[];
                            ordersUrl?: string;
                            complete?: boolean;
                            warnings?: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/duties-reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Duties, import taxes and fees quoted at checkout for DDP parcels against what carriers invoiced, per parcel and per market and currency; parcels still without an invoice
         * @description Parcels shipped in the range (UTC days) and parcels with an invoice dated in it. CSV with ?format=csv or Accept: text/csv.
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description first day, YYYY-MM-DD (default: 29 days before to)
                     * @example 2026-11-01
                     */
                    from?: string;
                    /**
                     * @description last day, YYYY-MM-DD, included (default: today, UTC); at most 366 days after from
                     * @example 2026-11-30
                     */
                    to?: string;
                    /** @description csv: the report as text/csv (RFC 4180, UTF-8); the same as Accept: text/csv */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            from?: string;
                            /** Format: date */
                            to?: string;
                            /** @enum {string} */
                            timeZone?: "UTC";
                            parcels?: {
                                [key: string]: unknown;
                            }[];
                            summary?: {
                                [key: string]: unknown;
                            }[];
                            warnings?: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders paid in a range (UTC days), of one market, currency or country when named: the orders behind a sales figure
         * @description Oldest payment first, a page at a time (limit 1-500, default 100). CSV (?format=csv or Accept: text/csv) gives every order.
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description first day, YYYY-MM-DD (default: 29 days before to)
                     * @example 2026-11-01
                     */
                    from?: string;
                    /**
                     * @description last day, YYYY-MM-DD, included (default: today, UTC); at most 366 days after from
                     * @example 2026-11-30
                     */
                    to?: string;
                    market?: string;
                    currency?: string;
                    country?: string;
                    /** @description only the orders of this sales channel: storefront, amazon, ebay, b2b */
                    channel?: string;
                    limit?: string;
                    cursor?: string;
                    /** @description csv: the report as text/csv (RFC 4180, UTF-8); the same as Accept: text/csv */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            timeZone: string;
                            filter: {
                                [key: string]: unknown;
                            };
                            items: ({
                                number?: string;
                                market?: string;
                                country?: string;
                                currency?: string;
                                incoterm?: string;
                                status?: string;
                                /** Format: date-time */
                                paidAt?: string;
                                goods?: components["schemas"]["Money"];
                                discount?: components["schemas"]["Money"];
                                shipping?: components["schemas"]["Money"];
                                duties?: components["schemas"]["Money"];
                                taxes?: components["schemas"]["Money"];
                                fees?: components["schemas"]["Money"];
                                total?: components["schemas"]["Money"];
                                refunded?: components["schemas"]["Money"];
                                net?: components["schemas"]["Money"];
                                /** @description storefront, a marketplace id (amazon, ebay) or b2b */
                                salesChannel?: string;
                                /** @description the marketplace's own order id */
                                channelOrderId?: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{number}/shipments/{position}/duty-invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A parcel's recorded carrier invoices, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example LF-100420 */
                    number: string;
                    position: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            order: string;
                            shipment: number;
                            carrier: string;
                            items: {
                                /** Format: uuid */
                                id: string;
                                order: string;
                                shipment: number;
                                carrier: string;
                                invoiceNumber: string;
                                /** Format: date */
                                invoiceDate: string;
                                currency: string;
                                duties: components["schemas"]["Money"];
                                taxes: components["schemas"]["Money"];
                                fees: components["schemas"]["Money"];
                                total: components["schemas"]["Money"];
                                note: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record what a carrier invoiced for a parcel's duties, import taxes and fees
         * @description Fields in error are 400 VALIDATION_FAILED, each named. The same carrier invoice number twice for the parcel, or an invoice in another currency than its earlier ones, is 409 CONFLICT. Unknown order or shipment: 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example LF-100420 */
                    number: string;
                    position: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example DHL-2026-00881 */
                        invoiceNumber: string;
                        /**
                         * Format: date
                         * @description not after today
                         */
                        invoiceDate: string;
                        /** @example EUR */
                        currency: string;
                        /**
                         * @description decimal string in the currency, e.g. "3.00"
                         * @example 3.00
                         */
                        duties: string;
                        /** @example 0.00 */
                        taxes: string;
                        /**
                         * @description default "0"
                         * @example 6.50
                         */
                        fees?: string;
                        /** @description default: the parcel's carrier */
                        carrier?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            order: string;
                            shipment: number;
                            carrier: string;
                            invoiceNumber: string;
                            /** Format: date */
                            invoiceDate: string;
                            currency: string;
                            duties: components["schemas"]["Money"];
                            taxes: components["schemas"]["Money"];
                            fees: components["schemas"]["Money"];
                            total: components["schemas"]["Money"];
                            note: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password: a session token for 12 hours (401 for a wrong email or password, 429 after 5 failures in a row) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            /** Format: date-time */
                            expiresAt: string;
                            user: {
                                /** Format: uuid */
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "operator" | "read_only";
                                /** Format: date-time */
                                lastSignInAt: string | null;
                                locked: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            };
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/sessions/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out: end the session this request is made with */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is calling: the signed-in user and their scopes, or the API key */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind?: "user" | "api-key";
                            name?: string;
                            /**
                             * @description the admin role the caller acts as
                             * @enum {string}
                             */
                            role?: "owner" | "operator" | "read_only";
                            scopes?: string[];
                            user?: {
                                /** Format: uuid */
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "operator" | "read_only";
                                /** Format: date-time */
                                lastSignInAt: string | null;
                                locked: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            } | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people who sign in to the admin */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items?: {
                                /** Format: uuid */
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "operator" | "read_only";
                                /** Format: date-time */
                                lastSignInAt: string | null;
                                locked: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add an admin user (owner, operator or read_only) with a password of 12 characters or more */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "owner" | "operator" | "read_only";
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "operator" | "read_only";
                            /** Format: date-time */
                            lastSignInAt: string | null;
                            locked: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/import-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Import runs, newest first: source, status, counts, first rejected rows */
        get: {
            parameters: {
                query?: {
                    kind?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items?: {
                                /** Format: uuid */
                                id?: string;
                                /**
                                 * @example ecb
                                 * @example uk-tariff
                                 * @example us-hts
                                 * @example hs
                                 */
                                kind?: string;
                                source?: string;
                                sha256?: string;
                                byteSize?: number;
                                options?: {
                                    [key: string]: string;
                                };
                                /** @enum {string} */
                                status?: "running" | "succeeded" | "failed";
                                /** Format: date-time */
                                startedAt?: string;
                                /** Format: date-time */
                                finishedAt?: string | null;
                                rowsRead?: number;
                                /** @description inserted + updated + unchanged so far: with rowsRead - skipped - rejected, the progress of a running import */
                                written?: number;
                                inserted?: number;
                                updated?: number;
                                unchanged?: number;
                                skipped?: number;
                                rejected?: number;
                                errors?: {
                                    line?: number;
                                    field?: string;
                                    message?: string;
                                }[];
                                failure?: string | null;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/risk/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Score an order: 0-100, approve | challenge | review | decline, with reasons in plain words
         * @description The body is the order as checkout builds it: id, createdAt, market, currency, total (major units, e.g. "129.90"), items[] {sku, title, category, quantity, unitPrice}, customer {id, email, name, createdAt, phone}, billing and shipping {name, line1, city, postalCode, country; shipping.service}, payment {method, card {bin, last4, issuerCountry, fingerprint, funding}, attempt, declinedBefore, avsResult, cvcResult}, ip {address, country, isProxy, isHosting}, device {id, language, timezone, userAgent}, session {secondsOnSite, pagesViewed}. Any field may be missing: missingSignals says what its absence did. A negative total, an unknown currency or a bad quantity is refused (400, naming the field).
         */
        post: {
            parameters: {
                query?: {
                    record?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null when the assessment was not recorded (?record=false) */
                            id?: string | null;
                            score: number;
                            /** @enum {string} */
                            decision: "approve" | "challenge" | "review" | "decline";
                            /** @description ranked by contribution (weight in log-odds; points: what the reason adds to the score) */
                            reasons: {
                                [key: string]: unknown;
                            }[];
                            /** @description fields absent or unusable, and what their absence did */
                            missingSignals: {
                                [key: string]: unknown;
                            }[];
                            sca: {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null when the assessment was not recorded (?record=false) */
                            id?: string | null;
                            score: number;
                            /** @enum {string} */
                            decision: "approve" | "challenge" | "review" | "decline";
                            /** @description ranked by contribution (weight in log-odds; points: what the reason adds to the score) */
                            reasons: {
                                [key: string]: unknown;
                            }[];
                            /** @description fields absent or unusable, and what their absence did */
                            missingSignals: {
                                [key: string]: unknown;
                            }[];
                            sca: {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/risk/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One recorded assessment, with the signals it read, its review and the outcome learned later */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/risk/assessments/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Label an assessed order with what became of it (fraud: a chargeback, a fraud refund; legitimate): the model learns from labels */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/risk/features": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The features rules can read: name, kind, meaning and the order fields they need */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/risk/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review queue: assessments held for a person, with reasons, the buyer history and the order */
        get: {
            parameters: {
                query?: {
                    status?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/risk/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide a review: {"decision": "approve" | "decline", "note"}; approve captures and releases the order, decline voids and cancels it; the model learns */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/risk/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The store’s risk rules in order, and the features they can read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/risk/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or replace a rule: {description, when, weight, action, enabled, source, position} */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a rule */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/risk/rules/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Test mode: what a rule would have done on past orders (hits, changed decisions, fraud vs legitimate); nothing is saved */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/risk/model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The learned model: labels, weights, fit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/risk/model/train": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Train the model on the store’s labeled outcomes now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/market-selection/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Countries ranked by the store's profile: score, rank, coverage, what lifts and sinks each, the method in words; ?sensitivity=true adds how ranks move when a weight moves */
        get: {
            parameters: {
                query?: {
                    sensitivity?: boolean;
                    top?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Rank with a profile given in the request (try weights without saving them) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        profile: {
                            [key: string]: unknown;
                        };
                        sensitivity?: boolean;
                        top?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/market-selection/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The store's scoring profile: indicators with weights and directions, normalization, missing-value policy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Replace the store's scoring profile */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/market-selection/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imported indicator series: name, unit, source, countries and years covered */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/market-selection/composites/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reproduce a published composite index (lpi) from its components for a year: ?year=2018&method=pca-first-component|least-squares|weighted-mean&weights=w1,...&round=N; agreement per country */
        get: {
            parameters: {
                query?: {
                    year?: string;
                    method?: string;
                    weights?: string;
                    round?: string;
                };
                header?: never;
                path: {
                    index: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/market-selection/composites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reproduce any index the merchant configures: {published, components[], year, method, weights, round} */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/screening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Screen a name against every active denied-party list: clear, potential_match (hold for review) or match (block), with each matching entry, its score and why
         * @description Body: {"name": "...", "country": "RU" or "Russia" (optional), "type": "individual" | "entity" (optional), "reference": "your order or customer id" (optional)}. The screening is recorded with the list editions it ran against.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        country?: string;
                        type?: string;
                        reference?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/screening/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Screen an address: against the sanctioned destinations (match: block) and the street addresses the active lists publish (potential_match: hold for review)
         * @description Body: {"lines": ["Friedrichstrasse 123"], "city": "Berlin", "postalCode": "10117" (optional), "region": "BE" (optional), "country": "DE", "reference": "your order id" (optional)}. Recorded with the list editions it ran against.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/screening/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imported list editions, the active one of each kind first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/screening/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recorded screenings, newest first: the query, decision, strongest matches with why, source, reference and the list editions used */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    decision?: "clear" | "potential_match" | "match";
                    source?: "api" | "checkout" | "cli";
                    /** @description As recorded; an order number (LF-100420) also finds the screening checkout recorded under the order id */
                    reference?: string;
                    /**
                     * @description A day (YYYY-MM-DD, UTC, included) or a timestamp with its offset
                     * @example 2026-11-01
                     */
                    from?: string;
                    /**
                     * @description A day (YYYY-MM-DD, UTC, included) or a timestamp with its offset
                     * @example 2026-11-30
                     */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                at: string;
                                query: {
                                    /**
                                     * @description address: an address screened against the addresses the lists publish, `name` being the address in one line
                                     * @enum {string}
                                     */
                                    kind: "name" | "address";
                                    name: string;
                                    /** @description As given: an ISO code or an English name */
                                    country: string | null;
                                    type: string | null;
                                };
                                /** @enum {string} */
                                decision: "clear" | "potential_match" | "match";
                                /** @description The strongest matches: at most 3 in a history page, all of them in one screening */
                                matches: {
                                    /** @description The list the entry is on (eu, ofac-sdn, un, ...) */
                                    list: string;
                                    /** @description The list's own id of the entry */
                                    id: string;
                                    /** @description The entry's primary name */
                                    name: string;
                                    /** @description The name or alias that matched */
                                    matchedName: string;
                                    score: number;
                                    /** @description Plain-language reasons, strongest first */
                                    why: string[];
                                }[];
                                matchCount: number;
                                /** @enum {string} */
                                source: "api" | "checkout" | "cli";
                                /** @description The caller's reference (POST /v1/screening) or the order id (checkout) */
                                reference: string | null;
                                editions: {
                                    /** @description The list kind (csl, ofac-sdn, ofac-non-sdn, un, eu, uk) */
                                    kind: string;
                                    /**
                                     * Format: uuid
                                     * @description The edition id (GET /v1/admin/screening/lists)
                                     */
                                    id: string;
                                    /** @description The publication or generation date the imported file states; null when it states none */
                                    edition: string | null;
                                    /**
                                     * Format: date-time
                                     * @description When the edition was imported; null if it is no longer stored
                                     */
                                    importedAt: string | null;
                                    /** @description The imported file or folder */
                                    file: string | null;
                                    /** @description Whether it is still the active edition of its kind */
                                    active: boolean | null;
                                }[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/screening/history/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One recorded screening whole: every match with why, and the list editions it ran against */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            at: string;
                            query: {
                                /**
                                 * @description address: an address screened against the addresses the lists publish, `name` being the address in one line
                                 * @enum {string}
                                 */
                                kind: "name" | "address";
                                name: string;
                                /** @description As given: an ISO code or an English name */
                                country: string | null;
                                type: string | null;
                            };
                            /** @enum {string} */
                            decision: "clear" | "potential_match" | "match";
                            /** @description The strongest matches: at most 3 in a history page, all of them in one screening */
                            matches: {
                                /** @description The list the entry is on (eu, ofac-sdn, un, ...) */
                                list: string;
                                /** @description The list's own id of the entry */
                                id: string;
                                /** @description The entry's primary name */
                                name: string;
                                /** @description The name or alias that matched */
                                matchedName: string;
                                score: number;
                                /** @description Plain-language reasons, strongest first */
                                why: string[];
                            }[];
                            matchCount: number;
                            /** @enum {string} */
                            source: "api" | "checkout" | "cli";
                            /** @description The caller's reference (POST /v1/screening) or the order id (checkout) */
                            reference: string | null;
                            editions: {
                                /** @description The list kind (csl, ofac-sdn, ofac-non-sdn, un, eu, uk) */
                                kind: string;
                                /**
                                 * Format: uuid
                                 * @description The edition id (GET /v1/admin/screening/lists)
                                 */
                                id: string;
                                /** @description The publication or generation date the imported file states; null when it states none */
                                edition: string | null;
                                /**
                                 * Format: date-time
                                 * @description When the edition was imported; null if it is no longer stored
                                 */
                                importedAt: string | null;
                                /** @description The imported file or folder */
                                file: string | null;
                                /** @description Whether it is still the active edition of its kind */
                                active: boolean | null;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registrations (EORI, IOSS, EU OSS, UK VAT, AU GST, NZ GST, NO VOEC, SG OVR, CH VAT, US state permits) with numbers and dates */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a registration: {scheme, number, region (US), validFrom, validTo, note}; the number is checked (format and check digit where the scheme has one) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/registrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a registration */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/registrations/thresholds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For each market, what the law requires and at which threshold, against the running totals of the store's paid orders: registered, exceeded, approaching (from 80 %), below */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/restrictions/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check goods against the restricted and prohibited goods rules of a destination (and channel): blocked, by which channel, licences needed, conditions to meet */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/restrictions/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The restricted and prohibited goods rules, with dates, sources and whether each is in force today */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/restrictions/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalog checked against each country of a market: the products with something to say, per country (blocked, channels barred, licences, conditions) */
        get: {
            parameters: {
                query?: {
                    market?: string;
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/restrictions/licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Licences and certificates held for restricted-goods rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Record a licence or certificate: {rule, destination, reference, validFrom, validTo, note}; restricted lines to that destination are then allowed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/restrictions/licences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a licence */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{number}/documents/commercial-invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order's commercial invoice (one per parcel) as PDF */
        get: {
            parameters: {
                query?: {
                    /** @description weight of the outer packaging in grams, added to the goods for the gross weight (default 0) */
                    packagingG?: number;
                    /** @description only this parcel (0-based position) */
                    shipment?: number;
                };
                header?: never;
                path: {
                    /** @example LF-100420 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the document as PDF (real text, Noto Sans embedded) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{number}/documents/proforma-invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order's pro forma invoice (one per parcel) as PDF */
        get: {
            parameters: {
                query?: {
                    /** @description weight of the outer packaging in grams, added to the goods for the gross weight (default 0) */
                    packagingG?: number;
                    /** @description only this parcel (0-based position) */
                    shipment?: number;
                };
                header?: never;
                path: {
                    /** @example LF-100420 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the document as PDF (real text, Noto Sans embedded) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{number}/shipments/{position}/documents/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A parcel's CN 22 or CN 23 (PDF), ICS2 pre-declaration data (JSON) or packing slip (PDF)
         * @description CN 22 / CN 23 are chosen by channel, weight and value in SDR (UPU); asking for the one that does not apply is 422 naming the rule. ICS2 data exists for parcels entering the EU, Norway or Switzerland from outside.
         */
        get: {
            parameters: {
                query?: {
                    /** @description weight of the outer packaging in grams, added to the goods for the gross weight (default 0) */
                    packagingG?: number;
                };
                header?: never;
                path: {
                    number: string;
                    position: number;
                    kind: "cn22" | "cn23" | "ics2" | "packing-slip";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the document: application/pdf, or application/json for ics2 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/warehouses/{code}/pick-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A warehouse's pick list (PDF): the planned parcels of paid orders, summed per SKU, and the parcels held */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example vn-hoian */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the document as PDF (real text, Noto Sans embedded) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{number}/shipments/{position}/label": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shipment's active label as PDF (application/pdf) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example LF-100420 */
                    number: string;
                    position: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Buy the shipment's label from its carrier adapter
         * @description Refused for an unpaid, cancelled or refunded order (409 ORDER_STATE_CONFLICT, field status), an order held for fraud review (409 ORDER_UNDER_REVIEW), goods the destination stops by this channel (422 GOODS_RESTRICTED). 201 with a new label; 200 with the active label when the shipment has one. The body may name the test carrier scenario: { "testScenario": "returned" }.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example LF-100420 */
                    number: string;
                    position: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @example LF-100420 */
                            order: string;
                            shipment: {
                                id: string;
                                position: number;
                            };
                            /**
                             * @description the adapter that sold the label
                             * @example test
                             */
                            carrier: string;
                            /** @example nl-postal-economy */
                            service: string;
                            /** @example CP000000015NL */
                            trackingNumber: string;
                            carrierShipmentId: string;
                            /** @enum {string} */
                            status: "active" | "voided";
                            cost: {
                                amount: string;
                                currency: string;
                            } | null;
                            /** @description path of the label PDF (GET with an admin key) */
                            pdf: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            voidedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @example LF-100420 */
                            order: string;
                            shipment: {
                                id: string;
                                position: number;
                            };
                            /**
                             * @description the adapter that sold the label
                             * @example test
                             */
                            carrier: string;
                            /** @example nl-postal-economy */
                            service: string;
                            /** @example CP000000015NL */
                            trackingNumber: string;
                            carrierShipmentId: string;
                            /** @enum {string} */
                            status: "active" | "voided";
                            cost: {
                                amount: string;
                                currency: string;
                            } | null;
                            /** @description path of the label PDF (GET with an admin key) */
                            pdf: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            voidedAt: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Void the shipment's label (not after the carrier picked the parcel up) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example LF-100420 */
                    number: string;
                    position: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @example LF-100420 */
                            order: string;
                            shipment: {
                                id: string;
                                position: number;
                            };
                            /**
                             * @description the adapter that sold the label
                             * @example test
                             */
                            carrier: string;
                            /** @example nl-postal-economy */
                            service: string;
                            /** @example CP000000015NL */
                            trackingNumber: string;
                            carrierShipmentId: string;
                            /** @enum {string} */
                            status: "active" | "voided";
                            cost: {
                                amount: string;
                                currency: string;
                            } | null;
                            /** @description path of the label PDF (GET with an admin key) */
                            pdf: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            voidedAt: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{number}/tracking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A buyer's parcels and their tracking events (order number and email, like the order lookup) */
        get: {
            parameters: {
                query: {
                    email: string;
                };
                header?: never;
                path: {
                    /** @example LF-100420 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            order: string;
                            status: string;
                            shipments: {
                                position: number;
                                /** @enum {string} */
                                status: "planned" | "labelled" | "shipped" | "delivered" | "returned";
                                carrier: string;
                                service: string;
                                trackingNumber: string | null;
                                latest: string | null;
                                /** @description duties and taxes the buyer pays the carrier before delivery (DAP customs hold) */
                                awaitingPayment: {
                                    amount: string;
                                    currency: string;
                                } | null;
                                events: {
                                    /** @description label_created, picked_up, in_transit, customs_hold, customs_released, out_for_delivery, delivered, delivery_failed, returned_to_sender */
                                    status: string;
                                    /** Format: date-time */
                                    at: string;
                                    location: string | null;
                                    amountDue: {
                                        amount: string;
                                        currency: string;
                                    } | null;
                                    /** @description the carrier's words (admin only) */
                                    description?: string | null;
                                    /**
                                     * Format: date-time
                                     * @description admin only
                                     */
                                    receivedAt?: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{number}/tracking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order's parcels and their tracking events, with the carrier's words */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example LF-100420 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            order: string;
                            status: string;
                            shipments: {
                                position: number;
                                /** @enum {string} */
                                status: "planned" | "labelled" | "shipped" | "delivered" | "returned";
                                carrier: string;
                                service: string;
                                trackingNumber: string | null;
                                latest: string | null;
                                /** @description duties and taxes the buyer pays the carrier before delivery (DAP customs hold) */
                                awaitingPayment: {
                                    amount: string;
                                    currency: string;
                                } | null;
                                events: {
                                    /** @description label_created, picked_up, in_transit, customs_hold, customs_released, out_for_delivery, delivered, delivery_failed, returned_to_sender */
                                    status: string;
                                    /** Format: date-time */
                                    at: string;
                                    location: string | null;
                                    amountDue: {
                                        amount: string;
                                        currency: string;
                                    } | null;
                                    /** @description the carrier's words (admin only) */
                                    description?: string | null;
                                    /**
                                     * Format: date-time
                                     * @description admin only
                                     */
                                    receivedAt?: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{number}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A buyer's returns of an order, and how many units of each line can still be returned */
        get: {
            parameters: {
                query: {
                    email: string;
                };
                header?: never;
                path: {
                    /** @example LF-100420 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                order: string;
                                /** @enum {string} */
                                status: "requested" | "approved" | "label_created" | "in_transit" | "received" | "refunded" | "rejected" | "cancelled";
                                lines: {
                                    sku: string;
                                    /** @description the order line's position */
                                    orderLine: number;
                                    quantity: number;
                                    /** @enum {string} */
                                    reason: "damaged" | "wrong_item" | "not_as_described" | "no_longer_needed" | "size_or_fit" | "arrived_late" | "other";
                                    note: string | null;
                                    receivedQuantity: number;
                                    /** @description units put back on the shelf (damaged ones are received, not restocked) */
                                    restockedQuantity: number;
                                }[];
                                label: {
                                    carrier: string;
                                    trackingNumber: string;
                                } | null;
                                rejectReason: string | null;
                                refund: {
                                    total: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                receivedAt: string | null;
                                /** Format: date-time */
                                refundedAt: string | null;
                            }[];
                            returnable: {
                                sku: string;
                                left: number;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Ask to return shipped lines of an order, each with a reason
         * @description The email must be the order's (a wrong one answers 404 like an unknown order). Refused, changing nothing: an unpaid, cancelled, fully refunded or unshipped order (409 ORDER_STATE_CONFLICT, field status); a SKU not in the order (400, lines[i].sku); a line not shipped, more units than are left to return, lines from two warehouses (422 RETURN_NOT_RETURNABLE, naming the line).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example LF-100420 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example ana@example.com */
                        email: string;
                        lines: {
                            sku: string;
                            quantity: number;
                            /** @enum {string} */
                            reason: "damaged" | "wrong_item" | "not_as_described" | "no_longer_needed" | "size_or_fit" | "arrived_late" | "other";
                            /** @description free text; required with reason other */
                            note?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            order: string;
                            /** @enum {string} */
                            status: "requested" | "approved" | "label_created" | "in_transit" | "received" | "refunded" | "rejected" | "cancelled";
                            lines: {
                                sku: string;
                                /** @description the order line's position */
                                orderLine: number;
                                quantity: number;
                                /** @enum {string} */
                                reason: "damaged" | "wrong_item" | "not_as_described" | "no_longer_needed" | "size_or_fit" | "arrived_late" | "other";
                                note: string | null;
                                receivedQuantity: number;
                                /** @description units put back on the shelf (damaged ones are received, not restocked) */
                                restockedQuantity: number;
                            }[];
                            label: {
                                carrier: string;
                                trackingNumber: string;
                            } | null;
                            rejectReason: string | null;
                            refund: {
                                total: {
                                    /** @example 29.32 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            refundedAt: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns, newest first (filter by status; ?order= gives the returns of one order) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: string;
                    order?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @example LF-100420 */
                                order: string;
                                /** @enum {string} */
                                status: "requested" | "approved" | "label_created" | "in_transit" | "received" | "refunded" | "rejected" | "cancelled";
                                warehouse: string;
                                currency: string;
                                lines: {
                                    sku: string;
                                    /** @description the order line's position */
                                    orderLine: number;
                                    quantity: number;
                                    /** @enum {string} */
                                    reason: "damaged" | "wrong_item" | "not_as_described" | "no_longer_needed" | "size_or_fit" | "arrived_late" | "other";
                                    note: string | null;
                                    receivedQuantity: number;
                                    /** @description units put back on the shelf (damaged ones are received, not restocked) */
                                    restockedQuantity: number;
                                }[];
                                label: {
                                    carrier: string;
                                    service: string | null;
                                    trackingNumber: string;
                                    cost: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    } | null;
                                    /** @description path of the label PDF (GET, admin key) */
                                    pdf: string;
                                } | null;
                                rejectReason: string | null;
                                cancelReason: string | null;
                                refund: {
                                    /** @description the order refund that paid it */
                                    id: string;
                                    total: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    parts: {
                                        /** @enum {string} */
                                        part: "goods" | "duties" | "taxes" | "shipping" | "fees";
                                        refunded: {
                                            /** @example 29.32 */
                                            amount: string;
                                            /** @example EUR */
                                            currency: string;
                                        };
                                        keptBack: {
                                            /** @example 29.32 */
                                            amount: string;
                                            /** @example EUR */
                                            currency: string;
                                        };
                                        rules: {
                                            /** @example refund.EU.IOSS */
                                            id: string;
                                            /** @description whether this rule lets the part go back */
                                            refundable: boolean;
                                            note: string;
                                            /** @description the law or notice the rule rests on (null for the store policy) */
                                            source: string | null;
                                            skus: string[];
                                        }[];
                                    }[];
                                } | null;
                                relief: {
                                    shipmentId: string;
                                    orderNumber: string;
                                    exportTrackingNumber: string | null;
                                    carrier: string;
                                    exportCountry: string;
                                    importCountry: string;
                                    incoterm: string;
                                    /** @enum {string} */
                                    paidBy: "seller" | "buyer";
                                    /** Format: date-time */
                                    shippedAt: string | null;
                                    /** @enum {string|null} */
                                    shippedSource: "carrier" | "operator" | null;
                                    /** Format: date-time */
                                    deliveredAt: string | null;
                                    /** @enum {string|null} */
                                    deliveredSource: "carrier" | "operator" | null;
                                    /** Format: date-time */
                                    receivedAt: string;
                                    lines: {
                                        sku: string;
                                        title: string;
                                        hsCode: string | null;
                                        originCountry: string | null;
                                        quantity: number;
                                        value: {
                                            /** @example 29.32 */
                                            amount: string;
                                            /** @example EUR */
                                            currency: string;
                                        };
                                        duties: {
                                            /** @example 29.32 */
                                            amount: string;
                                            /** @example EUR */
                                            currency: string;
                                        };
                                        taxes: {
                                            /** @example 29.32 */
                                            amount: string;
                                            /** @example EUR */
                                            currency: string;
                                        };
                                        taxScheme: string | null;
                                    }[];
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                approvedAt: string | null;
                                /** Format: date-time */
                                inTransitAt: string | null;
                                /** Format: date-time */
                                receivedAt: string | null;
                                /** Format: date-time */
                                refundedAt: string | null;
                                /** Format: date-time */
                                rejectedAt: string | null;
                                /** Format: date-time */
                                cancelledAt: string | null;
                                /** @description the return parcel as the carrier reports it (detail only) */
                                tracking?: {
                                    status: string;
                                    at: string;
                                    location: string | null;
                                }[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/return-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The store's return policy (whether the delivery is refunded with a return) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            refundShipping: "never" | "shop_at_fault" | "always";
                            isDefault: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set the store's return policy: { refundShipping: never | shop_at_fault | always } */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refundShipping: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            refundShipping: "never" | "shop_at_fault" | "always";
                            isDefault: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/returns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A return: lines, label, refund parts with their rules, the relief record, and the return parcel's tracking */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @example LF-100420 */
                            order: string;
                            /** @enum {string} */
                            status: "requested" | "approved" | "label_created" | "in_transit" | "received" | "refunded" | "rejected" | "cancelled";
                            warehouse: string;
                            currency: string;
                            lines: {
                                sku: string;
                                /** @description the order line's position */
                                orderLine: number;
                                quantity: number;
                                /** @enum {string} */
                                reason: "damaged" | "wrong_item" | "not_as_described" | "no_longer_needed" | "size_or_fit" | "arrived_late" | "other";
                                note: string | null;
                                receivedQuantity: number;
                                /** @description units put back on the shelf (damaged ones are received, not restocked) */
                                restockedQuantity: number;
                            }[];
                            label: {
                                carrier: string;
                                service: string | null;
                                trackingNumber: string;
                                cost: {
                                    /** @example 29.32 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                } | null;
                                /** @description path of the label PDF (GET, admin key) */
                                pdf: string;
                            } | null;
                            rejectReason: string | null;
                            cancelReason: string | null;
                            refund: {
                                /** @description the order refund that paid it */
                                id: string;
                                total: {
                                    /** @example 29.32 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                parts: {
                                    /** @enum {string} */
                                    part: "goods" | "duties" | "taxes" | "shipping" | "fees";
                                    refunded: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    keptBack: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    rules: {
                                        /** @example refund.EU.IOSS */
                                        id: string;
                                        /** @description whether this rule lets the part go back */
                                        refundable: boolean;
                                        note: string;
                                        /** @description the law or notice the rule rests on (null for the store policy) */
                                        source: string | null;
                                        skus: string[];
                                    }[];
                                }[];
                            } | null;
                            relief: {
                                shipmentId: string;
                                orderNumber: string;
                                exportTrackingNumber: string | null;
                                carrier: string;
                                exportCountry: string;
                                importCountry: string;
                                incoterm: string;
                                /** @enum {string} */
                                paidBy: "seller" | "buyer";
                                /** Format: date-time */
                                shippedAt: string | null;
                                /** @enum {string|null} */
                                shippedSource: "carrier" | "operator" | null;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                /** @enum {string|null} */
                                deliveredSource: "carrier" | "operator" | null;
                                /** Format: date-time */
                                receivedAt: string;
                                lines: {
                                    sku: string;
                                    title: string;
                                    hsCode: string | null;
                                    originCountry: string | null;
                                    quantity: number;
                                    value: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    duties: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    taxes: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    taxScheme: string | null;
                                }[];
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            approvedAt: string | null;
                            /** Format: date-time */
                            inTransitAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            refundedAt: string | null;
                            /** Format: date-time */
                            rejectedAt: string | null;
                            /** Format: date-time */
                            cancelledAt: string | null;
                            /** @description the return parcel as the carrier reports it (detail only) */
                            tracking?: {
                                status: string;
                                at: string;
                                location: string | null;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/returns/{id}/label": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The return label's PDF (application/pdf) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/returns/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a requested return: buy its return label from the carrier adapter (or { "label": false })
         * @description requested -> label_created (or approved without a label). A carrier refusal changes nothing (422 CARRIER_REFUSED). Out of order: 409 RETURN_STATE_CONFLICT naming the status.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        label?: boolean;
                        testScenario?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @example LF-100420 */
                            order: string;
                            /** @enum {string} */
                            status: "requested" | "approved" | "label_created" | "in_transit" | "received" | "refunded" | "rejected" | "cancelled";
                            warehouse: string;
                            currency: string;
                            lines: {
                                sku: string;
                                /** @description the order line's position */
                                orderLine: number;
                                quantity: number;
                                /** @enum {string} */
                                reason: "damaged" | "wrong_item" | "not_as_described" | "no_longer_needed" | "size_or_fit" | "arrived_late" | "other";
                                note: string | null;
                                receivedQuantity: number;
                                /** @description units put back on the shelf (damaged ones are received, not restocked) */
                                restockedQuantity: number;
                            }[];
                            label: {
                                carrier: string;
                                service: string | null;
                                trackingNumber: string;
                                cost: {
                                    /** @example 29.32 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                } | null;
                                /** @description path of the label PDF (GET, admin key) */
                                pdf: string;
                            } | null;
                            rejectReason: string | null;
                            cancelReason: string | null;
                            refund: {
                                /** @description the order refund that paid it */
                                id: string;
                                total: {
                                    /** @example 29.32 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                parts: {
                                    /** @enum {string} */
                                    part: "goods" | "duties" | "taxes" | "shipping" | "fees";
                                    refunded: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    keptBack: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    rules: {
                                        /** @example refund.EU.IOSS */
                                        id: string;
                                        /** @description whether this rule lets the part go back */
                                        refundable: boolean;
                                        note: string;
                                        /** @description the law or notice the rule rests on (null for the store policy) */
                                        source: string | null;
                                        skus: string[];
                                    }[];
                                }[];
                            } | null;
                            relief: {
                                shipmentId: string;
                                orderNumber: string;
                                exportTrackingNumber: string | null;
                                carrier: string;
                                exportCountry: string;
                                importCountry: string;
                                incoterm: string;
                                /** @enum {string} */
                                paidBy: "seller" | "buyer";
                                /** Format: date-time */
                                shippedAt: string | null;
                                /** @enum {string|null} */
                                shippedSource: "carrier" | "operator" | null;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                /** @enum {string|null} */
                                deliveredSource: "carrier" | "operator" | null;
                                /** Format: date-time */
                                receivedAt: string;
                                lines: {
                                    sku: string;
                                    title: string;
                                    hsCode: string | null;
                                    originCountry: string | null;
                                    quantity: number;
                                    value: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    duties: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    taxes: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    taxScheme: string | null;
                                }[];
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            approvedAt: string | null;
                            /** Format: date-time */
                            inTransitAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            refundedAt: string | null;
                            /** Format: date-time */
                            rejectedAt: string | null;
                            /** Format: date-time */
                            cancelledAt: string | null;
                            /** @description the return parcel as the carrier reports it (detail only) */
                            tracking?: {
                                status: string;
                                at: string;
                                location: string | null;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/returns/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a requested return, with the reason the buyer is shown
         * @description requested -> rejected. Out of order: 409 RETURN_STATE_CONFLICT.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @example LF-100420 */
                            order: string;
                            /** @enum {string} */
                            status: "requested" | "approved" | "label_created" | "in_transit" | "received" | "refunded" | "rejected" | "cancelled";
                            warehouse: string;
                            currency: string;
                            lines: {
                                sku: string;
                                /** @description the order line's position */
                                orderLine: number;
                                quantity: number;
                                /** @enum {string} */
                                reason: "damaged" | "wrong_item" | "not_as_described" | "no_longer_needed" | "size_or_fit" | "arrived_late" | "other";
                                note: string | null;
                                receivedQuantity: number;
                                /** @description units put back on the shelf (damaged ones are received, not restocked) */
                                restockedQuantity: number;
                            }[];
                            label: {
                                carrier: string;
                                service: string | null;
                                trackingNumber: string;
                                cost: {
                                    /** @example 29.32 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                } | null;
                                /** @description path of the label PDF (GET, admin key) */
                                pdf: string;
                            } | null;
                            rejectReason: string | null;
                            cancelReason: string | null;
                            refund: {
                                /** @description the order refund that paid it */
                                id: string;
                                total: {
                                    /** @example 29.32 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                parts: {
                                    /** @enum {string} */
                                    part: "goods" | "duties" | "taxes" | "shipping" | "fees";
                                    refunded: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    keptBack: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    rules: {
                                        /** @example refund.EU.IOSS */
                                        id: string;
                                        /** @description whether this rule lets the part go back */
                                        refundable: boolean;
                                        note: string;
                                        /** @description the law or notice the rule rests on (null for the store policy) */
                                        source: string | null;
                                        skus: string[];
                                    }[];
                                }[];
                            } | null;
                            relief: {
                                shipmentId: string;
                                orderNumber: string;
                                exportTrackingNumber: string | null;
                                carrier: string;
                                exportCountry: string;
                                importCountry: string;
                                incoterm: string;
                                /** @enum {string} */
                                paidBy: "seller" | "buyer";
                                /** Format: date-time */
                                shippedAt: string | null;
                                /** @enum {string|null} */
                                shippedSource: "carrier" | "operator" | null;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                /** @enum {string|null} */
                                deliveredSource: "carrier" | "operator" | null;
                                /** Format: date-time */
                                receivedAt: string;
                                lines: {
                                    sku: string;
                                    title: string;
                                    hsCode: string | null;
                                    originCountry: string | null;
                                    quantity: number;
                                    value: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    duties: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    taxes: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    taxScheme: string | null;
                                }[];
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            approvedAt: string | null;
                            /** Format: date-time */
                            inTransitAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            refundedAt: string | null;
                            /** Format: date-time */
                            rejectedAt: string | null;
                            /** Format: date-time */
                            cancelledAt: string | null;
                            /** @description the return parcel as the carrier reports it (detail only) */
                            tracking?: {
                                status: string;
                                at: string;
                                location: string | null;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/returns/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a return before its goods come back (its label is voided at the carrier)
         * @description requested, approved or label_created -> cancelled.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @example LF-100420 */
                            order: string;
                            /** @enum {string} */
                            status: "requested" | "approved" | "label_created" | "in_transit" | "received" | "refunded" | "rejected" | "cancelled";
                            warehouse: string;
                            currency: string;
                            lines: {
                                sku: string;
                                /** @description the order line's position */
                                orderLine: number;
                                quantity: number;
                                /** @enum {string} */
                                reason: "damaged" | "wrong_item" | "not_as_described" | "no_longer_needed" | "size_or_fit" | "arrived_late" | "other";
                                note: string | null;
                                receivedQuantity: number;
                                /** @description units put back on the shelf (damaged ones are received, not restocked) */
                                restockedQuantity: number;
                            }[];
                            label: {
                                carrier: string;
                                service: string | null;
                                trackingNumber: string;
                                cost: {
                                    /** @example 29.32 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                } | null;
                                /** @description path of the label PDF (GET, admin key) */
                                pdf: string;
                            } | null;
                            rejectReason: string | null;
                            cancelReason: string | null;
                            refund: {
                                /** @description the order refund that paid it */
                                id: string;
                                total: {
                                    /** @example 29.32 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                parts: {
                                    /** @enum {string} */
                                    part: "goods" | "duties" | "taxes" | "shipping" | "fees";
                                    refunded: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    keptBack: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    rules: {
                                        /** @example refund.EU.IOSS */
                                        id: string;
                                        /** @description whether this rule lets the part go back */
                                        refundable: boolean;
                                        note: string;
                                        /** @description the law or notice the rule rests on (null for the store policy) */
                                        source: string | null;
                                        skus: string[];
                                    }[];
                                }[];
                            } | null;
                            relief: {
                                shipmentId: string;
                                orderNumber: string;
                                exportTrackingNumber: string | null;
                                carrier: string;
                                exportCountry: string;
                                importCountry: string;
                                incoterm: string;
                                /** @enum {string} */
                                paidBy: "seller" | "buyer";
                                /** Format: date-time */
                                shippedAt: string | null;
                                /** @enum {string|null} */
                                shippedSource: "carrier" | "operator" | null;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                /** @enum {string|null} */
                                deliveredSource: "carrier" | "operator" | null;
                                /** Format: date-time */
                                receivedAt: string;
                                lines: {
                                    sku: string;
                                    title: string;
                                    hsCode: string | null;
                                    originCountry: string | null;
                                    quantity: number;
                                    value: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    duties: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    taxes: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    taxScheme: string | null;
                                }[];
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            approvedAt: string | null;
                            /** Format: date-time */
                            inTransitAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            refundedAt: string | null;
                            /** Format: date-time */
                            rejectedAt: string | null;
                            /** Format: date-time */
                            cancelledAt: string | null;
                            /** @description the return parcel as the carrier reports it (detail only) */
                            tracking?: {
                                status: string;
                                at: string;
                                location: string | null;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/returns/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The goods are back: restock each line at the warehouse it shipped from (damaged ones with restock false)
         * @description approved, label_created or in_transit -> received; writes the duty drawback and returned-goods relief record. Without a body every unit is received, restocked unless returned as damaged.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lines?: {
                            sku: string;
                            quantity: number;
                            restock: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @example LF-100420 */
                            order: string;
                            /** @enum {string} */
                            status: "requested" | "approved" | "label_created" | "in_transit" | "received" | "refunded" | "rejected" | "cancelled";
                            warehouse: string;
                            currency: string;
                            lines: {
                                sku: string;
                                /** @description the order line's position */
                                orderLine: number;
                                quantity: number;
                                /** @enum {string} */
                                reason: "damaged" | "wrong_item" | "not_as_described" | "no_longer_needed" | "size_or_fit" | "arrived_late" | "other";
                                note: string | null;
                                receivedQuantity: number;
                                /** @description units put back on the shelf (damaged ones are received, not restocked) */
                                restockedQuantity: number;
                            }[];
                            label: {
                                carrier: string;
                                service: string | null;
                                trackingNumber: string;
                                cost: {
                                    /** @example 29.32 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                } | null;
                                /** @description path of the label PDF (GET, admin key) */
                                pdf: string;
                            } | null;
                            rejectReason: string | null;
                            cancelReason: string | null;
                            refund: {
                                /** @description the order refund that paid it */
                                id: string;
                                total: {
                                    /** @example 29.32 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                parts: {
                                    /** @enum {string} */
                                    part: "goods" | "duties" | "taxes" | "shipping" | "fees";
                                    refunded: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    keptBack: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    rules: {
                                        /** @example refund.EU.IOSS */
                                        id: string;
                                        /** @description whether this rule lets the part go back */
                                        refundable: boolean;
                                        note: string;
                                        /** @description the law or notice the rule rests on (null for the store policy) */
                                        source: string | null;
                                        skus: string[];
                                    }[];
                                }[];
                            } | null;
                            relief: {
                                shipmentId: string;
                                orderNumber: string;
                                exportTrackingNumber: string | null;
                                carrier: string;
                                exportCountry: string;
                                importCountry: string;
                                incoterm: string;
                                /** @enum {string} */
                                paidBy: "seller" | "buyer";
                                /** Format: date-time */
                                shippedAt: string | null;
                                /** @enum {string|null} */
                                shippedSource: "carrier" | "operator" | null;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                /** @enum {string|null} */
                                deliveredSource: "carrier" | "operator" | null;
                                /** Format: date-time */
                                receivedAt: string;
                                lines: {
                                    sku: string;
                                    title: string;
                                    hsCode: string | null;
                                    originCountry: string | null;
                                    quantity: number;
                                    value: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    duties: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    taxes: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    taxScheme: string | null;
                                }[];
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            approvedAt: string | null;
                            /** Format: date-time */
                            inTransitAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            refundedAt: string | null;
                            /** Format: date-time */
                            rejectedAt: string | null;
                            /** Format: date-time */
                            cancelledAt: string | null;
                            /** @description the return parcel as the carrier reports it (detail only) */
                            tracking?: {
                                status: string;
                                at: string;
                                location: string | null;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/returns/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund a received return: goods, duties and taxes where the destination allows, delivery where the store policy says so
         * @description received -> refunded, through the order refund (payment refund keyed by the return, so a retry refunds once). The answer lists each part refunded or kept back with the rules.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @example LF-100420 */
                            order: string;
                            /** @enum {string} */
                            status: "requested" | "approved" | "label_created" | "in_transit" | "received" | "refunded" | "rejected" | "cancelled";
                            warehouse: string;
                            currency: string;
                            lines: {
                                sku: string;
                                /** @description the order line's position */
                                orderLine: number;
                                quantity: number;
                                /** @enum {string} */
                                reason: "damaged" | "wrong_item" | "not_as_described" | "no_longer_needed" | "size_or_fit" | "arrived_late" | "other";
                                note: string | null;
                                receivedQuantity: number;
                                /** @description units put back on the shelf (damaged ones are received, not restocked) */
                                restockedQuantity: number;
                            }[];
                            label: {
                                carrier: string;
                                service: string | null;
                                trackingNumber: string;
                                cost: {
                                    /** @example 29.32 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                } | null;
                                /** @description path of the label PDF (GET, admin key) */
                                pdf: string;
                            } | null;
                            rejectReason: string | null;
                            cancelReason: string | null;
                            refund: {
                                /** @description the order refund that paid it */
                                id: string;
                                total: {
                                    /** @example 29.32 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                parts: {
                                    /** @enum {string} */
                                    part: "goods" | "duties" | "taxes" | "shipping" | "fees";
                                    refunded: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    keptBack: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    rules: {
                                        /** @example refund.EU.IOSS */
                                        id: string;
                                        /** @description whether this rule lets the part go back */
                                        refundable: boolean;
                                        note: string;
                                        /** @description the law or notice the rule rests on (null for the store policy) */
                                        source: string | null;
                                        skus: string[];
                                    }[];
                                }[];
                            } | null;
                            relief: {
                                shipmentId: string;
                                orderNumber: string;
                                exportTrackingNumber: string | null;
                                carrier: string;
                                exportCountry: string;
                                importCountry: string;
                                incoterm: string;
                                /** @enum {string} */
                                paidBy: "seller" | "buyer";
                                /** Format: date-time */
                                shippedAt: string | null;
                                /** @enum {string|null} */
                                shippedSource: "carrier" | "operator" | null;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                /** @enum {string|null} */
                                deliveredSource: "carrier" | "operator" | null;
                                /** Format: date-time */
                                receivedAt: string;
                                lines: {
                                    sku: string;
                                    title: string;
                                    hsCode: string | null;
                                    originCountry: string | null;
                                    quantity: number;
                                    value: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    duties: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    taxes: {
                                        /** @example 29.32 */
                                        amount: string;
                                        /** @example EUR */
                                        currency: string;
                                    };
                                    taxScheme: string | null;
                                }[];
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            approvedAt: string | null;
                            /** Format: date-time */
                            inTransitAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            refundedAt: string | null;
                            /** Format: date-time */
                            rejectedAt: string | null;
                            /** Format: date-time */
                            cancelledAt: string | null;
                            /** @description the return parcel as the carrier reports it (detail only) */
                            tracking?: {
                                status: string;
                                at: string;
                                location: string | null;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{number}/freight-shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order's freight shipments, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example LF-100420 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @example LF-100420 */
                                orderNumber: string;
                                /** @enum {string} */
                                mode: "sea" | "inland_waterway" | "air" | "road" | "rail" | "multimodal";
                                /** @enum {string} */
                                documentKind: "bill_of_lading" | "sea_waybill" | "air_waybill" | "cmr" | "cim" | "multimodal_bill_of_lading";
                                documentNumber: string | null;
                                carrier: string | null;
                                voyage: string | null;
                                shipper: {
                                    name: string;
                                    address: {
                                        name: string;
                                        lines: string[];
                                        city: string;
                                        postalCode: string | null;
                                        region: string | null;
                                        country: string;
                                        phone: string | null;
                                    };
                                    contact: string | null;
                                    taxNumber: string | null;
                                    eori: string | null;
                                };
                                consignee: {
                                    name: string;
                                    address: {
                                        name: string;
                                        lines: string[];
                                        city: string;
                                        postalCode: string | null;
                                        region: string | null;
                                        country: string;
                                        phone: string | null;
                                    };
                                    contact: string | null;
                                    taxNumber: string | null;
                                    eori: string | null;
                                };
                                notifyParty: {
                                    name: string;
                                    address: {
                                        name: string;
                                        lines: string[];
                                        city: string;
                                        postalCode: string | null;
                                        region: string | null;
                                        country: string;
                                        phone: string | null;
                                    };
                                    contact: string | null;
                                    taxNumber: string | null;
                                    eori: string | null;
                                } | null;
                                placeOfReceipt: string | null;
                                portOfLoading: string;
                                portOfDischarge: string;
                                placeOfDelivery: string | null;
                                packages: {
                                    count: number;
                                    kind: string;
                                    marks: string;
                                    description: string;
                                    grossWeightG: number;
                                    volumeCm3: number | null;
                                    hsCode: string | null;
                                }[];
                                packageCount: number;
                                /** @description grams */
                                grossWeightG: number;
                                marks: string | null;
                                /** @enum {string} */
                                status: "booked" | "shipped" | "arrived" | "cancelled";
                                incoterm: {
                                    /** @enum {string} */
                                    code: "EXW" | "FCA" | "FAS" | "FOB" | "CFR" | "CIF" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP";
                                    name: string;
                                    place: string;
                                    /** @example FOB VNSGN (Incoterms 2020) */
                                    text: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a freight shipment to an order: parties, ports, packages, gross weight, marks (the order's Incoterm must suit the mode) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example LF-100420 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "sea" | "inland_waterway" | "air" | "road" | "rail" | "multimodal";
                        /**
                         * @description default: bill_of_lading by sea, air_waybill by air, cmr by road, cim by rail
                         * @enum {string}
                         */
                        documentKind?: "bill_of_lading" | "sea_waybill" | "air_waybill" | "cmr" | "cim" | "multimodal_bill_of_lading";
                        /**
                         * @description air waybill numbers are checked (3-digit prefix + 8-digit serial, check digit mod 7)
                         * @example 176-12345675
                         */
                        documentNumber?: string;
                        carrier?: string;
                        /**
                         * @description vessel and voyage, or flight number by air
                         * @example MAERSK ESSEN 245W
                         * @example VN 31
                         */
                        voyage?: string;
                        /** @description default: the store at the warehouse the order ships from */
                        shipper?: {
                            name: string;
                            address: {
                                lines: string[];
                                city: string;
                                postalCode?: string;
                                region?: string;
                                /** @example DE */
                                country: string;
                                phone?: string;
                            };
                            contact?: string;
                            taxNumber?: string;
                            /** @example DE123456789012345 */
                            eori?: string;
                        };
                        /** @description default: the order's company, else its buyer at the delivery address */
                        consignee?: {
                            name: string;
                            address: {
                                lines: string[];
                                city: string;
                                postalCode?: string;
                                region?: string;
                                /** @example DE */
                                country: string;
                                phone?: string;
                            };
                            contact?: string;
                            taxNumber?: string;
                            /** @example DE123456789012345 */
                            eori?: string;
                        };
                        notifyParty?: {
                            name: string;
                            address: {
                                lines: string[];
                                city: string;
                                postalCode?: string;
                                region?: string;
                                /** @example DE */
                                country: string;
                                phone?: string;
                            };
                            contact?: string;
                            taxNumber?: string;
                            /** @example DE123456789012345 */
                            eori?: string;
                        };
                        placeOfReceipt?: string;
                        /**
                         * @description UN/LOCODE; IATA airport code by air
                         * @example VNSGN
                         */
                        portOfLoading: string;
                        /** @example DEHAM */
                        portOfDischarge: string;
                        placeOfDelivery?: string;
                        packages: {
                            count: number;
                            /**
                             * @description UN/ECE Recommendation 21 package code
                             * @example CT
                             * @example PX
                             * @example CN
                             */
                            kind: string;
                            /**
                             * @description marks and numbers as printed on the packages; container numbers (ISO 6346) are checked
                             * @example KHN/HAM 1-40
                             */
                            marks: string;
                            description: string;
                            /** @description gross weight of all the line's packages, grams */
                            grossWeightG: number;
                            volumeCm3?: number;
                            /** @example 090121 */
                            hsCode?: string;
                        }[];
                        /** @description default: the packages' sum; when given, within 500 g per line of it */
                        grossWeightG?: number;
                        marks?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @example LF-100420 */
                            orderNumber: string;
                            /** @enum {string} */
                            mode: "sea" | "inland_waterway" | "air" | "road" | "rail" | "multimodal";
                            /** @enum {string} */
                            documentKind: "bill_of_lading" | "sea_waybill" | "air_waybill" | "cmr" | "cim" | "multimodal_bill_of_lading";
                            documentNumber: string | null;
                            carrier: string | null;
                            voyage: string | null;
                            shipper: {
                                name: string;
                                address: {
                                    name: string;
                                    lines: string[];
                                    city: string;
                                    postalCode: string | null;
                                    region: string | null;
                                    country: string;
                                    phone: string | null;
                                };
                                contact: string | null;
                                taxNumber: string | null;
                                eori: string | null;
                            };
                            consignee: {
                                name: string;
                                address: {
                                    name: string;
                                    lines: string[];
                                    city: string;
                                    postalCode: string | null;
                                    region: string | null;
                                    country: string;
                                    phone: string | null;
                                };
                                contact: string | null;
                                taxNumber: string | null;
                                eori: string | null;
                            };
                            notifyParty: {
                                name: string;
                                address: {
                                    name: string;
                                    lines: string[];
                                    city: string;
                                    postalCode: string | null;
                                    region: string | null;
                                    country: string;
                                    phone: string | null;
                                };
                                contact: string | null;
                                taxNumber: string | null;
                                eori: string | null;
                            } | null;
                            placeOfReceipt: string | null;
                            portOfLoading: string;
                            portOfDischarge: string;
                            placeOfDelivery: string | null;
                            packages: {
                                count: number;
                                kind: string;
                                marks: string;
                                description: string;
                                grossWeightG: number;
                                volumeCm3: number | null;
                                hsCode: string | null;
                            }[];
                            packageCount: number;
                            /** @description grams */
                            grossWeightG: number;
                            marks: string | null;
                            /** @enum {string} */
                            status: "booked" | "shipped" | "arrived" | "cancelled";
                            incoterm: {
                                /** @enum {string} */
                                code: "EXW" | "FCA" | "FAS" | "FOB" | "CFR" | "CIF" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP";
                                name: string;
                                place: string;
                                /** @example FOB VNSGN (Incoterms 2020) */
                                text: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/freight-shipments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A freight shipment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @example LF-100420 */
                            orderNumber: string;
                            /** @enum {string} */
                            mode: "sea" | "inland_waterway" | "air" | "road" | "rail" | "multimodal";
                            /** @enum {string} */
                            documentKind: "bill_of_lading" | "sea_waybill" | "air_waybill" | "cmr" | "cim" | "multimodal_bill_of_lading";
                            documentNumber: string | null;
                            carrier: string | null;
                            voyage: string | null;
                            shipper: {
                                name: string;
                                address: {
                                    name: string;
                                    lines: string[];
                                    city: string;
                                    postalCode: string | null;
                                    region: string | null;
                                    country: string;
                                    phone: string | null;
                                };
                                contact: string | null;
                                taxNumber: string | null;
                                eori: string | null;
                            };
                            consignee: {
                                name: string;
                                address: {
                                    name: string;
                                    lines: string[];
                                    city: string;
                                    postalCode: string | null;
                                    region: string | null;
                                    country: string;
                                    phone: string | null;
                                };
                                contact: string | null;
                                taxNumber: string | null;
                                eori: string | null;
                            };
                            notifyParty: {
                                name: string;
                                address: {
                                    name: string;
                                    lines: string[];
                                    city: string;
                                    postalCode: string | null;
                                    region: string | null;
                                    country: string;
                                    phone: string | null;
                                };
                                contact: string | null;
                                taxNumber: string | null;
                                eori: string | null;
                            } | null;
                            placeOfReceipt: string | null;
                            portOfLoading: string;
                            portOfDischarge: string;
                            placeOfDelivery: string | null;
                            packages: {
                                count: number;
                                kind: string;
                                marks: string;
                                description: string;
                                grossWeightG: number;
                                volumeCm3: number | null;
                                hsCode: string | null;
                            }[];
                            packageCount: number;
                            /** @description grams */
                            grossWeightG: number;
                            marks: string | null;
                            /** @enum {string} */
                            status: "booked" | "shipped" | "arrived" | "cancelled";
                            incoterm: {
                                /** @enum {string} */
                                code: "EXW" | "FCA" | "FAS" | "FOB" | "CFR" | "CIF" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP";
                                name: string;
                                place: string;
                                /** @example FOB VNSGN (Incoterms 2020) */
                                text: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move a freight shipment on (booked -> shipped -> arrived, or cancelled) or record its document number, carrier, voyage */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description booked -> shipped (needs the document number) -> arrived; cancelled while booked
                         * @enum {string}
                         */
                        status?: "booked" | "shipped" | "arrived" | "cancelled";
                        documentNumber?: string;
                        carrier?: string | null;
                        voyage?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @example LF-100420 */
                            orderNumber: string;
                            /** @enum {string} */
                            mode: "sea" | "inland_waterway" | "air" | "road" | "rail" | "multimodal";
                            /** @enum {string} */
                            documentKind: "bill_of_lading" | "sea_waybill" | "air_waybill" | "cmr" | "cim" | "multimodal_bill_of_lading";
                            documentNumber: string | null;
                            carrier: string | null;
                            voyage: string | null;
                            shipper: {
                                name: string;
                                address: {
                                    name: string;
                                    lines: string[];
                                    city: string;
                                    postalCode: string | null;
                                    region: string | null;
                                    country: string;
                                    phone: string | null;
                                };
                                contact: string | null;
                                taxNumber: string | null;
                                eori: string | null;
                            };
                            consignee: {
                                name: string;
                                address: {
                                    name: string;
                                    lines: string[];
                                    city: string;
                                    postalCode: string | null;
                                    region: string | null;
                                    country: string;
                                    phone: string | null;
                                };
                                contact: string | null;
                                taxNumber: string | null;
                                eori: string | null;
                            };
                            notifyParty: {
                                name: string;
                                address: {
                                    name: string;
                                    lines: string[];
                                    city: string;
                                    postalCode: string | null;
                                    region: string | null;
                                    country: string;
                                    phone: string | null;
                                };
                                contact: string | null;
                                taxNumber: string | null;
                                eori: string | null;
                            } | null;
                            placeOfReceipt: string | null;
                            portOfLoading: string;
                            portOfDischarge: string;
                            placeOfDelivery: string | null;
                            packages: {
                                count: number;
                                kind: string;
                                marks: string;
                                description: string;
                                grossWeightG: number;
                                volumeCm3: number | null;
                                hsCode: string | null;
                            }[];
                            packageCount: number;
                            /** @description grams */
                            grossWeightG: number;
                            marks: string | null;
                            /** @enum {string} */
                            status: "booked" | "shipped" | "arrived" | "cancelled";
                            incoterm: {
                                /** @enum {string} */
                                code: "EXW" | "FCA" | "FAS" | "FOB" | "CFR" | "CIF" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP";
                                name: string;
                                place: string;
                                /** @example FOB VNSGN (Incoterms 2020) */
                                text: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/admin/freight-shipments/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shipping instructions for the bill of lading, air waybill or consignment note (PDF) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the data sheet as PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Buyers' emails, newest first, by status, kind or order */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: string;
                    kind?: string;
                    order?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "order_confirmation" | "payment_received" | "shipped" | "customs_hold" | "delivered" | "return_approved" | "return_rejected" | "refund" | "quote_sent";
                                order: string | null;
                                to: string;
                                locale: string;
                                /** @enum {string} */
                                status: "pending" | "sent" | "failed" | "skipped";
                                attempts: number;
                                /** Format: date-time */
                                nextAttemptAt: string | null;
                                lastError: string | null;
                                skippedReason: string | null;
                                /** @description the subject line as sent */
                                subject: string | null;
                                messageId: string | null;
                                smtpResponse: string | null;
                                /** Format: date-time */
                                sentAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/emails/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a failed or skipped email again (same Message-ID), at the mail worker's next run */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "order_confirmation" | "payment_received" | "shipped" | "customs_hold" | "delivered" | "return_approved" | "return_rejected" | "refund" | "quote_sent";
                            order: string | null;
                            to: string;
                            locale: string;
                            /** @enum {string} */
                            status: "pending" | "sent" | "failed" | "skipped";
                            attempts: number;
                            /** Format: date-time */
                            nextAttemptAt: string | null;
                            lastError: string | null;
                            skippedReason: string | null;
                            /** @description the subject line as sent */
                            subject: string | null;
                            messageId: string | null;
                            smtpResponse: string | null;
                            /** Format: date-time */
                            sentAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/email-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each email message of a language: the shipped text, the merchant's wording, the arguments it may use */
        get: {
            parameters: {
                query?: {
                    locale?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            locale: string;
                            locales: string[];
                            kinds: string[];
                            messages: {
                                key: string;
                                shipped: string;
                                override: string | null;
                                arguments: string[];
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/email-templates/{locale}/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Word one email message in one language (ICU, using only the arguments the message is given) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    locale: string;
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example Danke für Ihre Bestellung {number}! */
                        message: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            locale: string;
                            key: string;
                            message: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Go back to the shipped wording of a message */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    locale: string;
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/email-templates/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An email as it would be sent: of a real order (`order`) or a made-up one, with the saved wording and any unsaved `messages` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "order_confirmation" | "payment_received" | "shipped" | "customs_hold" | "delivered" | "return_approved" | "return_rejected" | "refund" | "quote_sent";
                        locale: string;
                        /** @example LF-100420 */
                        order?: string;
                        /** @description message key -> unsaved ICU text, checked as when saved */
                        messages?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subject: string;
                            html: string;
                            text: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feeds/{market}/google.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Google Merchant Center feed (RSS 2.0 with the g: namespace) of a market
         * @description Every active variant that meets the channel's required attributes, in the market's first language and currency, priced as the storefront prices it (tax included where the channel requires it), with stock and shipping. Items left out are listed by GET /v1/admin/feeds/{market}.
         */
        get: {
            parameters: {
                query?: {
                    /** @description one of the market's countries (default its first): prices, tax and links for buyers there */
                    country?: string;
                    /** @description one of the market's languages (default its first): titles, descriptions and links in it */
                    language?: string;
                };
                header?: never;
                path: {
                    market: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feeds/{market}/google.tsv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Google Merchant Center feed (tab-separated) of a market
         * @description Every active variant that meets the channel's required attributes, in the market's first language and currency, priced as the storefront prices it (tax included where the channel requires it), with stock and shipping. Items left out are listed by GET /v1/admin/feeds/{market}.
         */
        get: {
            parameters: {
                query?: {
                    /** @description one of the market's countries (default its first): prices, tax and links for buyers there */
                    country?: string;
                    /** @description one of the market's languages (default its first): titles, descriptions and links in it */
                    language?: string;
                };
                header?: never;
                path: {
                    market: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feeds/{market}/meta.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Meta (Facebook, Instagram) catalog feed (CSV) of a market
         * @description Every active variant that meets the channel's required attributes, in the market's first language and currency, priced as the storefront prices it (tax included where the channel requires it), with stock and shipping. Items left out are listed by GET /v1/admin/feeds/{market}.
         */
        get: {
            parameters: {
                query?: {
                    /** @description one of the market's countries (default its first): prices, tax and links for buyers there */
                    country?: string;
                    /** @description one of the market's languages (default its first): titles, descriptions and links in it */
                    language?: string;
                };
                header?: never;
                path: {
                    market: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/feeds/{market}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What each channel's feed of a market holds: item count, problems by product and field, URLs, when it was built */
        get: {
            parameters: {
                query?: {
                    /** @description one of the market's countries (default its first): prices, tax and links for buyers there */
                    country?: string;
                    /** @description one of the market's languages (default its first): titles, descriptions and links in it */
                    language?: string;
                };
                header?: never;
                path: {
                    market: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            market: string;
                            country: string;
                            channels: {
                                /** @enum {string} */
                                channel: "google" | "meta";
                                name?: string;
                                locale?: string;
                                currency?: string;
                                taxIncluded?: boolean;
                                /** @description the ECB rate prices and shipping were converted with; stale when older than allowed */
                                fx?: {
                                    [key: string]: unknown;
                                };
                                itemCount: number;
                                problemCount: number;
                                /** @description the first 1,000 problems */
                                problems: {
                                    product: string;
                                    sku: string;
                                    field: string;
                                    message: string;
                                }[];
                                urls: {
                                    format: string;
                                    url: string;
                                }[];
                                /** Format: date-time */
                                generatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/inbound/postmark": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Inbound email in Postmark's webhook format (HTTP Basic credentials in the webhook URL) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            outcome: "new" | "appended" | "reopened" | "follow_up" | "duplicate";
                            /** Format: uuid */
                            conversation: string;
                            notes: string[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A buyer's message from a contact form (a headless storefront's) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        name?: string;
                        subject?: string;
                        message: string;
                        order?: string;
                        locale?: string;
                        market?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            outcome: "new" | "appended" | "reopened" | "follow_up" | "duplicate";
                            /** Format: uuid */
                            conversation: string;
                            notes: string[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            outcome: "new" | "appended" | "reopened" | "follow_up" | "duplicate";
                            /** Format: uuid */
                            conversation: string;
                            notes: string[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/support/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inbox: conversations with the latest message first (status active = open or pending) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: "active" | "open" | "pending" | "closed";
                    team?: string;
                    assignee?: string;
                    market?: string;
                    email?: string;
                    order?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                [key: string]: unknown;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/support/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A conversation with its messages, the buyer's language and local time, the order with its landed cost, shipments and tracking */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Assign (an admin user id or null), change the status (open, pending, closed) or the team */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assignee?: string | null;
                        /** @enum {string} */
                        status?: "open" | "pending" | "closed";
                        team?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/admin/support/conversations/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the buyer (sent as an email in the thread); `close: true` closes the conversation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        close?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/support/conversations/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An internal note (never sent to the buyer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/support/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file a buyer sent (always as a download; a file whose type lies, or a program, as application/octet-stream) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/support/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Support teams with their hours, holidays, markets and SLA targets */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a support team */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        schedule?: {
                            [key: string]: unknown;
                        };
                        markets?: string[];
                        firstResponseMinutes?: number;
                        resolutionMinutes?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/support/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a support team (its conversations keep their messages) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a support team (open conversations keep their due times) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        schedule?: {
                            [key: string]: unknown;
                        };
                        markets?: string[];
                        firstResponseMinutes?: number;
                        resolutionMinutes?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/admin/support/saved-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saved replies, by name and language */
        get: {
            parameters: {
                query?: {
                    locale?: string;
                    name?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/support/saved-replies/{name}/{locale}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Write a saved reply in one language */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                    locale: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Remove a saved reply in one language */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                    locale: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/support/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** First-response and resolution times per market, in business minutes, for conversations started in a range of UTC days */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Distributor companies, newest first (q: name, email, tax number or EORI contains) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    country?: string;
                    status?: string;
                    priceList?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                country: string;
                                email: string;
                                /** @description normalized: EU VAT with its prefix (DE136695976), GB VAT, ABN, ... */
                                taxNumber: string | null;
                                eori: string | null;
                                priceList: string | null;
                                /** @enum {string} */
                                paymentTerms: "prepayment" | "net_30" | "net_60";
                                /** @description minor units of the price list's currency; null: no limit */
                                creditLimitMinor: number | null;
                                /** @enum {string} */
                                status: "active" | "suspended";
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a distributor company with its buyers */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description ISO 3166-1 alpha-2 */
                        country?: string;
                        email?: string;
                        address?: {
                            name: string;
                            lines: string[];
                            city: string;
                            postalCode?: string | null;
                            region?: string | null;
                            /** @example DE */
                            country: string;
                            phone?: string | null;
                        };
                        /** @description checked by the country: EU VAT with check digits, GB VAT, AU ABN, NZ IRD, CH UID, SG GST/UEN; others format only */
                        taxNumber?: string | null;
                        /** @description an EU member state, GB or XI EORI; a GB/XI EORI must carry the GB VAT number's nine digits */
                        eori?: string | null;
                        priceList?: string | null;
                        /** @enum {string} */
                        paymentTerms?: "prepayment" | "net_30" | "net_60";
                        creditLimitMinor?: number | null;
                        /** @description checked: registry length and ISO 7064 MOD 97-10; given with bic */
                        iban?: string | null;
                        /** @description ISO 9362; its country must be the IBAN's */
                        bic?: string | null;
                        accountHolder?: string | null;
                        /** @enum {string} */
                        status?: "active" | "suspended";
                        note?: string | null;
                        /** @description POST only */
                        buyers?: {
                            name: string;
                            email: string;
                            phone?: string | null;
                            /**
                             * @default buyer
                             * @enum {string}
                             */
                            role?: "buyer" | "approver";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            country: string;
                            email: string;
                            /** @description normalized: EU VAT with its prefix (DE136695976), GB VAT, ABN, ... */
                            taxNumber: string | null;
                            eori: string | null;
                            priceList: string | null;
                            /** @enum {string} */
                            paymentTerms: "prepayment" | "net_30" | "net_60";
                            /** @description minor units of the price list's currency; null: no limit */
                            creditLimitMinor: number | null;
                            /** @enum {string} */
                            status: "active" | "suspended";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            address: {
                                name: string;
                                lines: string[];
                                city: string;
                                postalCode?: string | null;
                                region?: string | null;
                                /** @example DE */
                                country: string;
                                phone?: string | null;
                            };
                            bankDetails: {
                                /** @description compact */
                                iban: string;
                                /** @description in groups of four */
                                ibanPrinted: string;
                                bic: string;
                                accountHolder: string | null;
                            } | null;
                            note: string | null;
                            buyers: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                companyId: string;
                                name: string;
                                email: string;
                                phone: string | null;
                                /** @enum {string} */
                                role: "buyer" | "approver";
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A company with its buyers and bank details */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            country: string;
                            email: string;
                            /** @description normalized: EU VAT with its prefix (DE136695976), GB VAT, ABN, ... */
                            taxNumber: string | null;
                            eori: string | null;
                            priceList: string | null;
                            /** @enum {string} */
                            paymentTerms: "prepayment" | "net_30" | "net_60";
                            /** @description minor units of the price list's currency; null: no limit */
                            creditLimitMinor: number | null;
                            /** @enum {string} */
                            status: "active" | "suspended";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            address: {
                                name: string;
                                lines: string[];
                                city: string;
                                postalCode?: string | null;
                                region?: string | null;
                                /** @example DE */
                                country: string;
                                phone?: string | null;
                            };
                            bankDetails: {
                                /** @description compact */
                                iban: string;
                                /** @description in groups of four */
                                ibanPrinted: string;
                                bic: string;
                                accountHolder: string | null;
                            } | null;
                            note: string | null;
                            buyers: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                companyId: string;
                                name: string;
                                email: string;
                                phone: string | null;
                                /** @enum {string} */
                                role: "buyer" | "approver";
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a company (the fields given; null clears an optional one); checked whole */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description ISO 3166-1 alpha-2 */
                        country?: string;
                        email?: string;
                        address?: {
                            name: string;
                            lines: string[];
                            city: string;
                            postalCode?: string | null;
                            region?: string | null;
                            /** @example DE */
                            country: string;
                            phone?: string | null;
                        };
                        /** @description checked by the country: EU VAT with check digits, GB VAT, AU ABN, NZ IRD, CH UID, SG GST/UEN; others format only */
                        taxNumber?: string | null;
                        /** @description an EU member state, GB or XI EORI; a GB/XI EORI must carry the GB VAT number's nine digits */
                        eori?: string | null;
                        priceList?: string | null;
                        /** @enum {string} */
                        paymentTerms?: "prepayment" | "net_30" | "net_60";
                        creditLimitMinor?: number | null;
                        /** @description checked: registry length and ISO 7064 MOD 97-10; given with bic */
                        iban?: string | null;
                        /** @description ISO 9362; its country must be the IBAN's */
                        bic?: string | null;
                        accountHolder?: string | null;
                        /** @enum {string} */
                        status?: "active" | "suspended";
                        note?: string | null;
                        /** @description POST only */
                        buyers?: {
                            name: string;
                            email: string;
                            phone?: string | null;
                            /**
                             * @default buyer
                             * @enum {string}
                             */
                            role?: "buyer" | "approver";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            country: string;
                            email: string;
                            /** @description normalized: EU VAT with its prefix (DE136695976), GB VAT, ABN, ... */
                            taxNumber: string | null;
                            eori: string | null;
                            priceList: string | null;
                            /** @enum {string} */
                            paymentTerms: "prepayment" | "net_30" | "net_60";
                            /** @description minor units of the price list's currency; null: no limit */
                            creditLimitMinor: number | null;
                            /** @enum {string} */
                            status: "active" | "suspended";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            address: {
                                name: string;
                                lines: string[];
                                city: string;
                                postalCode?: string | null;
                                region?: string | null;
                                /** @example DE */
                                country: string;
                                phone?: string | null;
                            };
                            bankDetails: {
                                /** @description compact */
                                iban: string;
                                /** @description in groups of four */
                                ibanPrinted: string;
                                bic: string;
                                accountHolder: string | null;
                            } | null;
                            note: string | null;
                            buyers: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                companyId: string;
                                name: string;
                                email: string;
                                phone: string | null;
                                /** @enum {string} */
                                role: "buyer" | "approver";
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/admin/companies/{id}/buyers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a buyer to a company (an email no other buyer has) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        email: string;
                        phone?: string | null;
                        /**
                         * @default buyer
                         * @enum {string}
                         */
                        role?: "buyer" | "approver";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            companyId: string;
                            name: string;
                            email: string;
                            phone: string | null;
                            /** @enum {string} */
                            role: "buyer" | "approver";
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/companies/{id}/buyers/{buyerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a buyer from a company */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    buyerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/price-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Wholesale price lists with their number of items */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                currency: string;
                                /** Format: date */
                                validFrom: string;
                                /**
                                 * Format: date
                                 * @description exclusive; null: open-ended
                                 */
                                validTo: string | null;
                                note: string | null;
                                itemCount: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/price-lists/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A wholesale price list with its items by SKU */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            currency: string;
                            /** Format: date */
                            validFrom: string;
                            /**
                             * Format: date
                             * @description exclusive; null: open-ended
                             */
                            validTo: string | null;
                            note: string | null;
                            itemCount: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            items: {
                                sku: string;
                                /** @default 1 */
                                minOrderQuantity: number;
                                /** @default 1 */
                                orderMultiple: number;
                                /** @description ascending minQuantity; the first at or below the MOQ */
                                tiers: {
                                    minQuantity: number;
                                    /** @description minor units of the list currency */
                                    unitPriceMinor: number;
                                }[];
                                /** Format: uuid */
                                variantId: string;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Create or replace a wholesale price list whole (items not given leave it) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        currency: string;
                        /** Format: date */
                        validFrom: string;
                        /** Format: date */
                        validTo?: string | null;
                        note?: string | null;
                        items: {
                            sku: string;
                            /** @default 1 */
                            minOrderQuantity?: number;
                            /** @default 1 */
                            orderMultiple?: number;
                            /** @description ascending minQuantity; the first at or below the MOQ */
                            tiers: {
                                minQuantity: number;
                                /** @description minor units of the list currency */
                                unitPriceMinor: number;
                            }[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            currency: string;
                            /** Format: date */
                            validFrom: string;
                            /**
                             * Format: date
                             * @description exclusive; null: open-ended
                             */
                            validTo: string | null;
                            note: string | null;
                            itemCount: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            items: {
                                sku: string;
                                /** @default 1 */
                                minOrderQuantity: number;
                                /** @default 1 */
                                orderMultiple: number;
                                /** @description ascending minQuantity; the first at or below the MOQ */
                                tiers: {
                                    minQuantity: number;
                                    /** @description minor units of the list currency */
                                    unitPriceMinor: number;
                                }[];
                                /** Format: uuid */
                                variantId: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            currency: string;
                            /** Format: date */
                            validFrom: string;
                            /**
                             * Format: date
                             * @description exclusive; null: open-ended
                             */
                            validTo: string | null;
                            note: string | null;
                            itemCount: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            items: {
                                sku: string;
                                /** @default 1 */
                                minOrderQuantity: number;
                                /** @default 1 */
                                orderMultiple: number;
                                /** @description ascending minQuantity; the first at or below the MOQ */
                                tiers: {
                                    minQuantity: number;
                                    /** @description minor units of the list currency */
                                    unitPriceMinor: number;
                                }[];
                                /** Format: uuid */
                                variantId: string;
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/price-lists/{code}/price": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tier price of a quantity of a SKU, or why it cannot be ordered (below the MOQ, not a multiple) */
        get: {
            parameters: {
                query: {
                    sku: string;
                    quantity: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            priceList: string;
                            currency: string;
                            sku: string;
                            quantity: number;
                            unitPriceMinor: number;
                            lineMinor: number;
                            tier: {
                                minQuantity: number;
                                /** @description minor units of the list currency */
                                unitPriceMinor: number;
                            };
                            minOrderQuantity: number;
                            orderMultiple: number;
                            tiers: {
                                minQuantity: number;
                                /** @description minor units of the list currency */
                                unitPriceMinor: number;
                            }[];
                            /** @description the list is valid today */
                            inEffect: boolean;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Distributor quotes, newest first (?companyId=, ?status=) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    companyId?: string;
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @example Q-1001 */
                                number: string;
                                /** @enum {string} */
                                status: "draft" | "sent" | "accepted" | "ordered" | "expired" | "cancelled";
                                company?: {
                                    id?: string;
                                    name?: string | null;
                                    country?: string | null;
                                };
                                buyerId?: string | null;
                                incoterm: string;
                                transportMode?: string;
                                namedPlace?: string;
                                currency: string;
                                warehouse?: string;
                                lines?: {
                                    [key: string]: unknown;
                                }[];
                                /** @description minor units of the quote currency (cents) */
                                goodsMinor: number;
                                /** @description the seller's price under the rule (goods + the costs the seller bears) */
                                totalMinor: number;
                                /** @description cost lines with who bears each, risk, insurance cover, price, buyer extra, landed cost, the comparison of usable rules, the landed-cost engine lines and rates */
                                calculation: {
                                    [key: string]: unknown;
                                };
                                /** Format: date */
                                validUntil: string;
                                proForma?: {
                                    number?: string;
                                    issuedAt?: string;
                                    url?: string;
                                } | null;
                                /** @description when the distributor was last sent its link */
                                buyerLinkSentAt?: string | null;
                                /** @description who accepted: `operator`, or the buyer's email through the link */
                                acceptedBy?: string | null;
                                order?: {
                                    id?: string;
                                    number?: string | null;
                                } | null;
                                note?: string | null;
                                createdAt?: string;
                                updatedAt?: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Quote a distributor's order under an Incoterms 2020 rule: who bears each cost and the risk, the seller's price, the buyer's extra, the landed cost at the door, and every usable rule compared */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        companyId: string;
                        /** Format: uuid */
                        buyerId?: string | null;
                        /**
                         * @description one of the eleven Incoterms 2020 rules; FAS, FOB, CFR and CIF only by sea or inland waterway
                         * @enum {string}
                         */
                        incoterm: "EXW" | "FCA" | "FAS" | "FOB" | "CFR" | "CIF" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP";
                        /** @enum {string} */
                        transportMode: "sea" | "inland_waterway" | "air" | "road" | "rail" | "multimodal";
                        /** @example Hamburg, DE */
                        namedPlace: string;
                        /** @description warehouse code the goods leave from (default: the first active one with the stock) */
                        warehouse?: string;
                        lines: {
                            sku: string;
                            quantity: number;
                        }[];
                        /** @description the forwarder's figures */
                        costs?: {
                            /** @description minor units of the quote currency (cents) */
                            loading?: number;
                            /** @description minor units of the quote currency (cents) */
                            exportClearance?: number;
                            /** @description minor units of the quote currency (cents) */
                            mainCarriage?: number;
                            /** @description minor units of the quote currency (cents) */
                            insurance?: number;
                            /** @description minor units of the quote currency (cents) */
                            unloading?: number;
                            /** @description minor units of the quote currency (cents) */
                            importClearance?: number;
                        };
                        /**
                         * @description premium in percent of the insured value; the premium is computed on the minimum cover (110 % of the CIF value)
                         * @example 0.35
                         */
                        insuranceRatePercent?: string;
                        /** @default 30 */
                        validDays?: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @example Q-1001 */
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "ordered" | "expired" | "cancelled";
                            company?: {
                                id?: string;
                                name?: string | null;
                                country?: string | null;
                            };
                            buyerId?: string | null;
                            incoterm: string;
                            transportMode?: string;
                            namedPlace?: string;
                            currency: string;
                            warehouse?: string;
                            lines?: {
                                [key: string]: unknown;
                            }[];
                            /** @description minor units of the quote currency (cents) */
                            goodsMinor: number;
                            /** @description the seller's price under the rule (goods + the costs the seller bears) */
                            totalMinor: number;
                            /** @description cost lines with who bears each, risk, insurance cover, price, buyer extra, landed cost, the comparison of usable rules, the landed-cost engine lines and rates */
                            calculation: {
                                [key: string]: unknown;
                            };
                            /** Format: date */
                            validUntil: string;
                            proForma?: {
                                number?: string;
                                issuedAt?: string;
                                url?: string;
                            } | null;
                            /** @description when the distributor was last sent its link */
                            buyerLinkSentAt?: string | null;
                            /** @description who accepted: `operator`, or the buyer's email through the link */
                            acceptedBy?: string | null;
                            order?: {
                                id?: string;
                                number?: string | null;
                            } | null;
                            note?: string | null;
                            createdAt?: string;
                            updatedAt?: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/quotes/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A distributor quote with its calculation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example Q-1001 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @example Q-1001 */
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "ordered" | "expired" | "cancelled";
                            company?: {
                                id?: string;
                                name?: string | null;
                                country?: string | null;
                            };
                            buyerId?: string | null;
                            incoterm: string;
                            transportMode?: string;
                            namedPlace?: string;
                            currency: string;
                            warehouse?: string;
                            lines?: {
                                [key: string]: unknown;
                            }[];
                            /** @description minor units of the quote currency (cents) */
                            goodsMinor: number;
                            /** @description the seller's price under the rule (goods + the costs the seller bears) */
                            totalMinor: number;
                            /** @description cost lines with who bears each, risk, insurance cover, price, buyer extra, landed cost, the comparison of usable rules, the landed-cost engine lines and rates */
                            calculation: {
                                [key: string]: unknown;
                            };
                            /** Format: date */
                            validUntil: string;
                            proForma?: {
                                number?: string;
                                issuedAt?: string;
                                url?: string;
                            } | null;
                            /** @description when the distributor was last sent its link */
                            buyerLinkSentAt?: string | null;
                            /** @description who accepted: `operator`, or the buyer's email through the link */
                            acceptedBy?: string | null;
                            order?: {
                                id?: string;
                                number?: string | null;
                            } | null;
                            note?: string | null;
                            createdAt?: string;
                            updatedAt?: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/quotes/{number}/pro-forma": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An accepted quote's pro forma invoice as PDF (Incoterm and named place, payment terms, bank details) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example Q-1001 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the pro forma invoice */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/quotes/{number}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the quote to the distributor (draft or sent -> sent): emails its buyer a new link to the quote (the old one stops working) and answers it once as `buyerLink`; an expired one is 409 QUOTE_EXPIRED */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example Q-1001 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @example Q-1001 */
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "ordered" | "expired" | "cancelled";
                            company?: {
                                id?: string;
                                name?: string | null;
                                country?: string | null;
                            };
                            buyerId?: string | null;
                            incoterm: string;
                            transportMode?: string;
                            namedPlace?: string;
                            currency: string;
                            warehouse?: string;
                            lines?: {
                                [key: string]: unknown;
                            }[];
                            /** @description minor units of the quote currency (cents) */
                            goodsMinor: number;
                            /** @description the seller's price under the rule (goods + the costs the seller bears) */
                            totalMinor: number;
                            /** @description cost lines with who bears each, risk, insurance cover, price, buyer extra, landed cost, the comparison of usable rules, the landed-cost engine lines and rates */
                            calculation: {
                                [key: string]: unknown;
                            };
                            /** Format: date */
                            validUntil: string;
                            proForma?: {
                                number?: string;
                                issuedAt?: string;
                                url?: string;
                            } | null;
                            /** @description when the distributor was last sent its link */
                            buyerLinkSentAt?: string | null;
                            /** @description who accepted: `operator`, or the buyer's email through the link */
                            acceptedBy?: string | null;
                            order?: {
                                id?: string;
                                number?: string | null;
                            } | null;
                            note?: string | null;
                            createdAt?: string;
                            updatedAt?: string;
                            /**
                             * Format: uri
                             * @example https://shop.example/quotes/Q-1001?t=…
                             */
                            buyerLink: string;
                            /** @description the email address the link was sent to */
                            sentTo: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/quotes/{number}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The distributor accepts: issues the pro forma invoice number, with the account to pay into (`payTo`, default the store's bank account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example Q-1001 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the account the distributor pays into; default the store's bank account */
                        payTo?: {
                            accountHolder: string;
                            iban: string;
                            bic: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @example Q-1001 */
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "ordered" | "expired" | "cancelled";
                            company?: {
                                id?: string;
                                name?: string | null;
                                country?: string | null;
                            };
                            buyerId?: string | null;
                            incoterm: string;
                            transportMode?: string;
                            namedPlace?: string;
                            currency: string;
                            warehouse?: string;
                            lines?: {
                                [key: string]: unknown;
                            }[];
                            /** @description minor units of the quote currency (cents) */
                            goodsMinor: number;
                            /** @description the seller's price under the rule (goods + the costs the seller bears) */
                            totalMinor: number;
                            /** @description cost lines with who bears each, risk, insurance cover, price, buyer extra, landed cost, the comparison of usable rules, the landed-cost engine lines and rates */
                            calculation: {
                                [key: string]: unknown;
                            };
                            /** Format: date */
                            validUntil: string;
                            proForma?: {
                                number?: string;
                                issuedAt?: string;
                                url?: string;
                            } | null;
                            /** @description when the distributor was last sent its link */
                            buyerLinkSentAt?: string | null;
                            /** @description who accepted: `operator`, or the buyer's email through the link */
                            acceptedBy?: string | null;
                            order?: {
                                id?: string;
                                number?: string | null;
                            } | null;
                            note?: string | null;
                            createdAt?: string;
                            updatedAt?: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/quotes/{number}/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Place the order of an accepted quote: stock held (prepayment) or taken (net terms), payment terms and due date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example Q-1001 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 14 */
                        holdDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            quote: {
                                id: string;
                                /** @example Q-1001 */
                                number: string;
                                /** @enum {string} */
                                status: "draft" | "sent" | "accepted" | "ordered" | "expired" | "cancelled";
                                company?: {
                                    id?: string;
                                    name?: string | null;
                                    country?: string | null;
                                };
                                buyerId?: string | null;
                                incoterm: string;
                                transportMode?: string;
                                namedPlace?: string;
                                currency: string;
                                warehouse?: string;
                                lines?: {
                                    [key: string]: unknown;
                                }[];
                                /** @description minor units of the quote currency (cents) */
                                goodsMinor: number;
                                /** @description the seller's price under the rule (goods + the costs the seller bears) */
                                totalMinor: number;
                                /** @description cost lines with who bears each, risk, insurance cover, price, buyer extra, landed cost, the comparison of usable rules, the landed-cost engine lines and rates */
                                calculation: {
                                    [key: string]: unknown;
                                };
                                /** Format: date */
                                validUntil: string;
                                proForma?: {
                                    number?: string;
                                    issuedAt?: string;
                                    url?: string;
                                } | null;
                                /** @description when the distributor was last sent its link */
                                buyerLinkSentAt?: string | null;
                                /** @description who accepted: `operator`, or the buyer's email through the link */
                                acceptedBy?: string | null;
                                order?: {
                                    id?: string;
                                    number?: string | null;
                                } | null;
                                note?: string | null;
                                createdAt?: string;
                                updatedAt?: string;
                            };
                            order: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/quotes/{number}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Call a quote off before it is ordered */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example Q-1001 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @example Q-1001 */
                            number: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "accepted" | "ordered" | "expired" | "cancelled";
                            company?: {
                                id?: string;
                                name?: string | null;
                                country?: string | null;
                            };
                            buyerId?: string | null;
                            incoterm: string;
                            transportMode?: string;
                            namedPlace?: string;
                            currency: string;
                            warehouse?: string;
                            lines?: {
                                [key: string]: unknown;
                            }[];
                            /** @description minor units of the quote currency (cents) */
                            goodsMinor: number;
                            /** @description the seller's price under the rule (goods + the costs the seller bears) */
                            totalMinor: number;
                            /** @description cost lines with who bears each, risk, insurance cover, price, buyer extra, landed cost, the comparison of usable rules, the landed-cost engine lines and rates */
                            calculation: {
                                [key: string]: unknown;
                            };
                            /** Format: date */
                            validUntil: string;
                            proForma?: {
                                number?: string;
                                issuedAt?: string;
                                url?: string;
                            } | null;
                            /** @description when the distributor was last sent its link */
                            buyerLinkSentAt?: string | null;
                            /** @description who accepted: `operator`, or the buyer's email through the link */
                            acceptedBy?: string | null;
                            order?: {
                                id?: string;
                                number?: string | null;
                            } | null;
                            note?: string | null;
                            createdAt?: string;
                            updatedAt?: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/store/bank-account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The store's bank account that distributors pay into (null while none is set) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null while no account is set */
                            account: {
                                accountHolder?: string;
                                /** @example NL91ABNA0417164300 */
                                iban?: string;
                                /** @example NL91 ABNA 0417 1643 00 */
                                ibanPrinted?: string;
                                /** @example ABNANL2A */
                                bic?: string;
                            } | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set the store's bank account: { accountHolder, iban, bic } (ISO 13616 IBAN with its check digits, ISO 9362 BIC of a bank in the IBAN's country) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountHolder: string;
                        iban: string;
                        bic: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null while no account is set */
                            account: {
                                accountHolder?: string;
                                /** @example NL91ABNA0417164300 */
                                iban?: string;
                                /** @example NL91 ABNA 0417 1643 00 */
                                ibanPrinted?: string;
                                /** @example ABNANL2A */
                                bic?: string;
                            } | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orders/{number}/bank-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bank transfers recorded for an order, with its total, what was received and what is open */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example LF-100420 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            order?: string;
                            status?: string;
                            paymentTerms?: string | null;
                            /** Format: date */
                            paymentDueOn?: string | null;
                            total?: components["schemas"]["Money"];
                            received?: components["schemas"]["Money"];
                            open?: components["schemas"]["Money"];
                            /** Format: date-time */
                            paidAt?: string | null;
                            transfers?: {
                                /** @description the transfer's payment id */
                                id?: string;
                                order?: string;
                                /** @description the bank's reference, as compared: trimmed, spaces collapsed, upper case */
                                reference?: string;
                                amount?: components["schemas"]["Money"];
                                /** Format: date */
                                receivedOn?: string;
                                refunded?: components["schemas"]["Money"];
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a distributor's bank transfer against its order: parts add up, and the order is paid when they reach its total
         * @description 201 with the transfer and the order account; the same transfer (same reference, amount and day) again answers 200 with what is stored and changes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example LF-100420 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: {
                            /** @example 1523.73 */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        /**
                         * @description the bank's reference for this transfer, at most 140 characters
                         * @example PF-Q-1001 / 2026-12-01
                         */
                        reference: string;
                        /**
                         * @description the day the transfer arrived, YYYY-MM-DD, not after today
                         * @example 2026-12-01
                         */
                        receivedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description false: this transfer was already recorded, and this is what is stored */
                            created?: boolean;
                            transfer?: {
                                /** @description the transfer's payment id */
                                id?: string;
                                order?: string;
                                /** @description the bank's reference, as compared: trimmed, spaces collapsed, upper case */
                                reference?: string;
                                amount?: components["schemas"]["Money"];
                                /** Format: date */
                                receivedOn?: string;
                                refunded?: components["schemas"]["Money"];
                            };
                            account?: {
                                order?: string;
                                status?: string;
                                paymentTerms?: string | null;
                                /** Format: date */
                                paymentDueOn?: string | null;
                                total?: components["schemas"]["Money"];
                                received?: components["schemas"]["Money"];
                                open?: components["schemas"]["Money"];
                                /** Format: date-time */
                                paidAt?: string | null;
                                transfers?: {
                                    /** @description the transfer's payment id */
                                    id?: string;
                                    order?: string;
                                    /** @description the bank's reference, as compared: trimmed, spaces collapsed, upper case */
                                    reference?: string;
                                    amount?: components["schemas"]["Money"];
                                    /** Format: date */
                                    receivedOn?: string;
                                    refunded?: components["schemas"]["Money"];
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description false: this transfer was already recorded, and this is what is stored */
                            created?: boolean;
                            transfer?: {
                                /** @description the transfer's payment id */
                                id?: string;
                                order?: string;
                                /** @description the bank's reference, as compared: trimmed, spaces collapsed, upper case */
                                reference?: string;
                                amount?: components["schemas"]["Money"];
                                /** Format: date */
                                receivedOn?: string;
                                refunded?: components["schemas"]["Money"];
                            };
                            account?: {
                                order?: string;
                                status?: string;
                                paymentTerms?: string | null;
                                /** Format: date */
                                paymentDueOn?: string | null;
                                total?: components["schemas"]["Money"];
                                received?: components["schemas"]["Money"];
                                open?: components["schemas"]["Money"];
                                /** Format: date-time */
                                paidAt?: string | null;
                                transfers?: {
                                    /** @description the transfer's payment id */
                                    id?: string;
                                    order?: string;
                                    /** @description the bank's reference, as compared: trimmed, spaces collapsed, upper case */
                                    reference?: string;
                                    amount?: components["schemas"]["Money"];
                                    /** Format: date */
                                    receivedOn?: string;
                                    refunded?: components["schemas"]["Money"];
                                }[];
                            };
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/receivables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Distributor orders not yet paid (net terms and prepayment) per company: total, received by bank transfer, open, due date, days overdue, aged into current, 1-30, 31-60, 61-90 and over 90 days, with totals per currency
         * @description CSV with ?format=csv or Accept: text/csv. A bad asOf is 400 naming it.
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description the day the report stands at, YYYY-MM-DD (default: today, UTC)
                     * @example 2027-01-31
                     */
                    asOf?: string;
                    /** @description csv: the report as text/csv (RFC 4180, UTF-8); the same as Accept: text/csv */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            asOf?: string;
                            /** @enum {string} */
                            timeZone?: "UTC";
                            buckets?: string[];
                            companies?: {
                                companyId?: string | null;
                                name?: string;
                                country?: string | null;
                                orders?: {
                                    order?: string;
                                    /** Format: date */
                                    orderedOn?: string;
                                    status?: string;
                                    paymentTerms?: string;
                                    /**
                                     * Format: date
                                     * @description null on prepayment: payable before the goods leave
                                     */
                                    dueOn?: string | null;
                                    daysOverdue?: number;
                                    /** @enum {string} */
                                    bucket?: "current" | "days1to30" | "days31to60" | "days61to90" | "over90";
                                    total?: components["schemas"]["Money"];
                                    received?: components["schemas"]["Money"];
                                    open?: components["schemas"]["Money"];
                                }[];
                                totals?: {
                                    currency?: string;
                                    orders?: number;
                                    total?: components["schemas"]["Money"];
                                    received?: components["schemas"]["Money"];
                                    open?: components["schemas"]["Money"];
                                    /** @description open amounts: current (not due, or prepayment), 1-30, 31-60, 61-90, over 90 days overdue */
                                    buckets?: {
                                        current?: components["schemas"]["Money"];
                                        days1to30?: components["schemas"]["Money"];
                                        days31to60?: components["schemas"]["Money"];
                                        days61to90?: components["schemas"]["Money"];
                                        over90?: components["schemas"]["Money"];
                                    };
                                }[];
                            }[];
                            totals?: {
                                currency?: string;
                                orders?: number;
                                total?: components["schemas"]["Money"];
                                received?: components["schemas"]["Money"];
                                open?: components["schemas"]["Money"];
                                /** @description open amounts: current (not due, or prepayment), 1-30, 31-60, 61-90, over 90 days overdue */
                                buckets?: {
                                    current?: components["schemas"]["Money"];
                                    days1to30?: components["schemas"]["Money"];
                                    days31to60?: components["schemas"]["Money"];
                                    days61to90?: components["schemas"]["Money"];
                                    over90?: components["schemas"]["Money"];
                                };
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log of admin changes, newest first: who, what, the entity before and after
         * @description One entry per admin change that succeeded (2xx) and per attempt refused by the caller's role (403). `actor` is a key id or user id, or the email or key name recorded; `from` is inclusive and `to` exclusive (a date alone is midnight UTC).
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    entityType?: string;
                    entityId?: string;
                    actor?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** Format: date-time */
                                at: string;
                                actor: {
                                    /** @enum {string} */
                                    kind: "user" | "api_key";
                                    /** @description the user's email, or the API key's name, when the change was made */
                                    name: string;
                                    keyId: string | null;
                                    userId: string | null;
                                    /** @enum {string|null} */
                                    role: "owner" | "operator" | "read_only" | null;
                                };
                                /** @example product.update */
                                action: string;
                                entity: {
                                    /** @example product */
                                    type: string;
                                    id: string | null;
                                };
                                method: string;
                                path: string;
                                status: number;
                                /** @enum {string} */
                                outcome: "succeeded" | "refused";
                                /** @description the entity as the admin API showed it (secrets redacted), or null */
                                before: unknown;
                                /** @description the entity as the admin API showed it (secrets redacted), or null */
                                after: unknown;
                                requestId: string | null;
                                ip: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a product with a JSON Merge Patch; the merged product is validated whole */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description A JSON Merge Patch (RFC 7396) of the product: fields given replace, null removes, objects (translations, nationalCodes) merge, arrays (variants, images, categories, tags) replace. Variants are matched by SKU. */
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "status": "active",
                     *       "translations": {
                     *         "de": {
                     *           "title": "Robusta-Kaffeebohnen"
                     *         },
                     *         "fr": null
                     *       }
                     *     }
                     */
                    "application/json": Record<string, unknown>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            handle: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "archived";
                            hsCode: string;
                            nationalCodes: {
                                [key: string]: string;
                            };
                            originCountry: string;
                            material: string | null;
                            categories: string[];
                            tags: string[];
                            images: {
                                url: string;
                                alt: string | null;
                            }[];
                            translations: {
                                [key: string]: {
                                    title: string;
                                    description: string | null;
                                    customsDescription: string | null;
                                };
                            };
                            variants: {
                                /** Format: uuid */
                                id: string;
                                sku: string;
                                options: {
                                    [key: string]: string;
                                };
                                price: {
                                    amount: string;
                                    currency: string;
                                };
                                weightKg: string;
                                dimensionsCm: {
                                    length?: string;
                                    width?: string;
                                    height?: string;
                                } | null;
                                barcode: string | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/admin/catalog/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import products and variants from a CSV or JSON file, with progress streamed as NDJSON
         * @description The body is the file itself: `text/csv` (one row per variant, the columns of `landfall catalog import --help`) or `application/json` (an array of product bodies). The file is read and checked first: an unreadable file, or one in which no product is valid, is a 400 problem.
         *
         *     Otherwise the answer is 200 `application/x-ndjson`, one JSON object per line, sent as the import goes:
         *     - `{"type":"progress","done":N,"total":T}` after each committed batch (products written so far, products to write);
         *     - then `{"type":"summary","dryRun":false,...}` with products and variants inserted, updated and unchanged, rejected rows and products, and the first 100 problems with their line and field;
         *     - or, when writing stops midway, `{"type":"error","code":"IMPORT_FAILED","message":"...","done":N,"total":T}`: committed batches stay, and importing the same file again finishes the job (products are upserted by handle, variants by SKU).
         *
         *     With `dryRun=true` nothing is written and the only line is `{"type":"summary","dryRun":true,"valid":{"products":P,"variants":V},...}`.
         */
        post: {
            parameters: {
                query?: {
                    /** @description must agree with the content type; default: from the content type */
                    format?: "csv" | "json";
                    /** @description read and check the file and say what would be imported; nothing is written */
                    dryRun?: boolean;
                    /** @description the file name, for the summary */
                    name?: string;
                    /** @description products per transaction */
                    batchSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description progress lines, then a summary (or an error) line */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": string;
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/carriers/{carrier}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A carrier's tracking events (signed; see docs/carriers.md)
         * @description Forged or stale: 401 WEBHOOK_UNAUTHENTICATED. A delivery received before: 409 WEBHOOK_REPLAYED. A tracking number that is none of our labels: 404 TRACKING_NUMBER_UNKNOWN. None of these change anything. Events received before (by event id) are dropped.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    carrier: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            received: boolean;
                            deliveryId: string;
                            events: number;
                            stored: number;
                            /** @description events received before (by the carrier event id), dropped */
                            duplicates: number;
                            applied: string[];
                            notes: string[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/channel-orders/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a marketplace's orders (Amazon JSON, eBay CSV) into the order pipeline
         * @description The body is the export itself: `application/json` for `channel=amazon` (getOrders' `payload.Orders[]`, each order with getOrderItems' `OrderItems[]`), `text/csv` for `channel=ebay` (Seller Hub Orders report). Every order becomes a paid order of that sales channel: SKUs matched to variants, the market from the ship-to country, stock taken from the warehouse the checkout's routing picks, parcels planned, `order.created` and `order.paid` written to the outbox; no buyer email. Orders imported before are skipped; a bad order is refused with its line, id and field while the others import. Amounts are the marketplace's; tax the marketplace collected as deemed supplier is kept out of the store's tax returns.
         */
        post: {
            parameters: {
                query: {
                    /** @description the marketplace the export comes from */
                    channel: "amazon" | "ebay";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channel?: string;
                            imported?: number;
                            /** @description orders imported before (same channel and marketplace order id): left unchanged */
                            skipped?: number;
                            refused?: {
                                /** @description the line of the file where the order (or the item at fault) is written */
                                line?: number;
                                /** @description the marketplace's order id, when it could be read */
                                orderId?: string | null;
                                /** @description the marketplace's field at fault: OrderItems[1].SellerSKU, Custom Label, ShippingAddress.CountryCode, ... */
                                field?: string;
                                /**
                                 * @example UNKNOWN_SKU
                                 * @example INSUFFICIENT_STOCK
                                 * @example UNKNOWN_COUNTRY
                                 * @example INVALID_AMOUNT
                                 * @example TOTAL_MISMATCH
                                 * @example ORDER_NOT_IMPORTABLE
                                 */
                                code?: string;
                                message?: string;
                            }[];
                            /** @description records that are no orders (the report's trailer, blank rows) */
                            ignored?: number;
                            orders?: {
                                channelOrderId?: string;
                                number?: string;
                                /** @enum {string} */
                                outcome?: "imported" | "skipped";
                            }[];
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/webhooks/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The test gateway's events (signed in TestGateway-Signature; see docs/test-gateway.md)
         * @description A replayed event answers 200 with duplicate true and changes nothing. A forged, absent or stale signature is 400 SIGNATURE_INVALID. An event about a payment not yet recorded is 404, so the gateway retries.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            received: boolean;
                            eventId: string;
                            type: string;
                            duplicate: boolean;
                            applied: boolean;
                            note?: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe's events (signed in Stripe-Signature; see docs/payments-stripe.md)
         * @description Give this URL to Stripe as a webhook endpoint (payment_intent.*, refund.created, refund.updated, refund.failed) and set its signing secret as LANDFALL_STRIPE_WEBHOOK_SECRET. A replayed event answers 200 with duplicate true and changes nothing. A forged, absent or stale (over 5 minutes) signature is 400 SIGNATURE_INVALID. An event about a payment not yet recorded is 404, so Stripe retries. With Stripe off, 404 PROVIDER_NOT_FOUND.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            received: boolean;
                            eventId: string;
                            type: string;
                            duplicate: boolean;
                            applied: boolean;
                            note?: string;
                        };
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An error as application/problem+json (RFC 9457). `code` is stable; `detail` is for people. */
        Problem: {
            /** @description URI reference naming the problem type */
            type: string;
            title: string;
            status: number;
            /** @example VALIDATION_FAILED */
            code: string;
            detail: string;
            instance?: string;
            requestId?: string;
            errors?: {
                field: string;
                message: string;
                /** @description for the buyer, in the cart's language, where there is one (GOODS_RESTRICTED) */
                reason?: string;
            }[];
        };
        ApiKey: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The public part of the key, shown in lists to tell keys apart */
            prefix: string;
            scopes: ("admin" | "api" | "admin:read" | "admin:operator")[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            revokedAt: string | null;
        };
        Money: {
            /** @example 25.00 */
            amount: string;
            /** @example EUR */
            currency: string;
        };
        /** @description Amounts are decimal strings in major units with no more decimals than their currency has. */
        LandedCostRequest: {
            /**
             * Format: date
             * @description The rules and rates of this date apply
             */
            date: string;
            /** @description ISO 4217 currency of the answer */
            currency: string;
            /**
             * @default DDP
             * @enum {string}
             */
            incoterm?: "DDP" | "DAP";
            shipFrom: {
                country: string;
            };
            shipTo: {
                country: string;
                region?: string;
                postalCode?: string;
            };
            /**
             * @default courier
             * @enum {string}
             */
            channel?: "courier" | "postal";
            shipping?: components["schemas"]["Money"];
            insurance?: components["schemas"]["Money"];
            seller?: {
                registrations?: {
                    /**
                     * @example IOSS
                     * @example UK_VAT
                     * @example AU_GST
                     * @example NZ_GST
                     * @example NO_VOEC
                     * @example SG_OVR
                     * @example CH_VAT
                     */
                    scheme: string;
                    number: string;
                }[];
            };
            items: {
                sku: string;
                description?: string;
                /** @description 6 to 10 digits; the longest matching tariff line wins */
                hsCode?: string;
                originCountry: string;
                unitPrice: components["schemas"]["Money"];
                quantity: number;
                unitWeightKg?: number | string;
                unitVolumeLitres?: number | string;
                claimPreference?: boolean;
                /** @description A known rate used instead of the tariff: "12%", "3.50 EUR/kg" */
                dutyRate?: string;
            }[];
        };
        LandedCostAnswer: {
            currency: string;
            /** @enum {string} */
            incoterm: "DDP" | "DAP";
            date: string;
            destination: {
                country: string;
                customsTerritory: string | null;
                currency: string | null;
            };
            totals: {
                items: string;
                shipping: string;
                insurance: string;
                duties: string;
                taxes: string;
                fees: string;
                landedCost: string;
            };
            payableAtCheckout: string;
            payableOnDelivery: string;
            duties: {
                /** @enum {string} */
                type: "duty" | "tax" | "fee";
                name: string;
                amount: string;
                currency: string;
                local?: components["schemas"]["Money"];
                rate: string;
                basis: string;
                baseAmount: components["schemas"]["Money"];
                formula: string;
                /** @enum {string} */
                program: "MFN" | "agreement" | "additional" | "declared" | "low-value duty" | "low-value scheme" | "import tax" | "fee";
                agreement?: string;
                /** @enum {string} */
                payer: "seller" | "buyer";
                /** @enum {string} */
                due: "checkout" | "delivery";
                sku: string | null;
                rule: {
                    id: string;
                    version: string;
                    source: string;
                    effectiveFrom: string;
                    effectiveTo?: string;
                };
                note?: string;
            }[];
            taxes: {
                /** @enum {string} */
                type: "duty" | "tax" | "fee";
                name: string;
                amount: string;
                currency: string;
                local?: components["schemas"]["Money"];
                rate: string;
                basis: string;
                baseAmount: components["schemas"]["Money"];
                formula: string;
                /** @enum {string} */
                program: "MFN" | "agreement" | "additional" | "declared" | "low-value duty" | "low-value scheme" | "import tax" | "fee";
                agreement?: string;
                /** @enum {string} */
                payer: "seller" | "buyer";
                /** @enum {string} */
                due: "checkout" | "delivery";
                sku: string | null;
                rule: {
                    id: string;
                    version: string;
                    source: string;
                    effectiveFrom: string;
                    effectiveTo?: string;
                };
                note?: string;
            }[];
            fees: {
                /** @enum {string} */
                type: "duty" | "tax" | "fee";
                name: string;
                amount: string;
                currency: string;
                local?: components["schemas"]["Money"];
                rate: string;
                basis: string;
                baseAmount: components["schemas"]["Money"];
                formula: string;
                /** @enum {string} */
                program: "MFN" | "agreement" | "additional" | "declared" | "low-value duty" | "low-value scheme" | "import tax" | "fee";
                agreement?: string;
                /** @enum {string} */
                payer: "seller" | "buyer";
                /** @enum {string} */
                due: "checkout" | "delivery";
                sku: string | null;
                rule: {
                    id: string;
                    version: string;
                    source: string;
                    effectiveFrom: string;
                    effectiveTo?: string;
                };
                note?: string;
            }[];
            deMinimis: {
                /** @enum {string} */
                appliesTo: "duty" | "tax";
                threshold: {
                    /** @example 25.00 */
                    amount: string;
                    /** @example EUR */
                    currency: string;
                } | null;
                valueTested: {
                    /** @example 25.00 */
                    amount: string;
                    /** @example EUR */
                    currency: string;
                } | null;
                basis: string;
                /** @enum {string} */
                outcome: "below" | "above" | "none";
                note: string;
                rule: {
                    id: string;
                    version: string;
                    source: string;
                    effectiveFrom: string;
                    effectiveTo?: string;
                } | null;
            }[];
            remittance: {
                scheme: string;
                registration: string;
                number: string | null;
                amount: string;
                currency: string;
                note: string;
            }[];
            items: {
                sku: string;
                calculable: boolean;
                reasons: {
                    code: string;
                    message: string;
                }[];
                customsValue: {
                    /** @example 25.00 */
                    amount: string;
                    /** @example EUR */
                    currency: string;
                } | null;
            }[];
            fx: {
                from: string;
                to: string;
                rate: string;
                rateDate: string;
                source: string;
                legs: {
                    base: string;
                    quote: string;
                    rate: string;
                    date: string;
                }[];
            }[];
            rulesVersion: string;
            complete: boolean;
            warnings: string[];
        };
        Market: {
            id: string;
            name: string;
            countries: string[];
            currency: string;
            /** @description BCP 47 tags, the default first */
            locales: string[];
            /** @enum {string} */
            incoterm: "DDP" | "DAP";
            taxInclusive: boolean;
            dutiesIncluded: boolean;
            paymentMethods: string[];
            pricing: {
                /** @example 2 */
                fxMarkupPercent: string;
                rounding: {
                    /** @description minor units */
                    increment: number;
                    mode: string;
                };
                charm?: {
                    modulus: number;
                    ending: number;
                    /** @enum {string} */
                    direction: "up" | "down" | "nearest";
                };
            };
            isDefault: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
