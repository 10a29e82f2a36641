CREATE TABLE "markets" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"countries" text[] NOT NULL,
	"currency" char(3) NOT NULL,
	"locales" text[] NOT NULL,
	"incoterm" text NOT NULL,
	"tax_inclusive" boolean NOT NULL,
	"duties_included" boolean DEFAULT false NOT NULL,
	"payment_methods" text[] NOT NULL,
	"pricing" jsonb NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "markets_id" CHECK ("markets"."id" ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
	CONSTRAINT "markets_currency" CHECK ("markets"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "markets_incoterm" CHECK ("markets"."incoterm" in ('DDP', 'DAP')),
	CONSTRAINT "markets_countries" CHECK (cardinality("markets"."countries") > 0),
	CONSTRAINT "markets_locales" CHECK (cardinality("markets"."locales") > 0)
);
--> statement-breakpoint
CREATE TABLE "price_list_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"market_id" text NOT NULL,
	"sku" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "price_list_amount" CHECK ("price_list_entries"."amount_minor" >= 0),
	CONSTRAINT "price_list_dates" CHECK ("price_list_entries"."effective_to" is null or "price_list_entries"."effective_to" > "price_list_entries"."effective_from")
);
--> statement-breakpoint
ALTER TABLE "price_list_entries" ADD CONSTRAINT "price_list_entries_market_id_markets_id_fk" FOREIGN KEY ("market_id") REFERENCES "public"."markets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "price_list_market_sku_idx" ON "price_list_entries" USING btree ("market_id","sku","effective_from");