CREATE SEQUENCE "public"."quote_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1001 CACHE 1;--> statement-breakpoint
CREATE TABLE "companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"country" char(2) NOT NULL,
	"tax_number" text,
	"eori" text,
	"email" text NOT NULL,
	"address" jsonb NOT NULL,
	"price_list" text,
	"payment_terms" text DEFAULT 'prepayment' NOT NULL,
	"credit_limit_minor" bigint,
	"iban" text,
	"bic" text,
	"account_holder" text,
	"status" text DEFAULT 'active' NOT NULL,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "companies_country" CHECK ("companies"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "companies_payment_terms" CHECK ("companies"."payment_terms" in ('prepayment', 'net_30', 'net_60')),
	CONSTRAINT "companies_status" CHECK ("companies"."status" in ('active', 'suspended')),
	CONSTRAINT "companies_credit" CHECK ("companies"."credit_limit_minor" is null or "companies"."credit_limit_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "company_buyers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"role" text DEFAULT 'buyer' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "company_buyers_role" CHECK ("company_buyers"."role" in ('buyer', 'approver'))
);
--> statement-breakpoint
CREATE TABLE "freight_shipments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"document_kind" text NOT NULL,
	"document_number" text,
	"carrier" text,
	"voyage" text,
	"shipper" jsonb NOT NULL,
	"consignee" jsonb NOT NULL,
	"notify_party" jsonb,
	"place_of_receipt" text,
	"port_of_loading" text NOT NULL,
	"port_of_discharge" text NOT NULL,
	"place_of_delivery" text,
	"packages" jsonb NOT NULL,
	"gross_weight_g" integer NOT NULL,
	"marks" text,
	"status" text DEFAULT 'booked' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "freight_shipments_mode" CHECK ("freight_shipments"."mode" in ('sea', 'inland_waterway', 'air', 'road', 'rail', 'multimodal')),
	CONSTRAINT "freight_shipments_document_kind" CHECK ("freight_shipments"."document_kind" in ('bill_of_lading', 'sea_waybill', 'air_waybill', 'cmr', 'cim', 'multimodal_bill_of_lading')),
	CONSTRAINT "freight_shipments_status" CHECK ("freight_shipments"."status" in ('booked', 'shipped', 'arrived', 'cancelled')),
	CONSTRAINT "freight_shipments_weight" CHECK ("freight_shipments"."gross_weight_g" > 0),
	CONSTRAINT "freight_shipments_packages" CHECK (jsonb_typeof("freight_shipments"."packages") = 'array' and jsonb_array_length("freight_shipments"."packages") > 0)
);
--> statement-breakpoint
CREATE TABLE "quotes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"company_id" uuid NOT NULL,
	"buyer_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"incoterm" text NOT NULL,
	"transport_mode" text NOT NULL,
	"named_place" text NOT NULL,
	"currency" char(3) NOT NULL,
	"warehouse" text NOT NULL,
	"lines" jsonb NOT NULL,
	"calculation" jsonb NOT NULL,
	"goods_minor" bigint NOT NULL,
	"total_minor" bigint NOT NULL,
	"valid_until" date NOT NULL,
	"pro_forma_number" text,
	"pro_forma_issued_at" timestamp (3) with time zone,
	"order_id" uuid,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quotes_number_unique" UNIQUE("number"),
	CONSTRAINT "quotes_pro_forma_number_unique" UNIQUE("pro_forma_number"),
	CONSTRAINT "quotes_status" CHECK ("quotes"."status" in ('draft', 'sent', 'accepted', 'ordered', 'expired', 'cancelled')),
	CONSTRAINT "quotes_incoterm" CHECK ("quotes"."incoterm" in ('EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP')),
	CONSTRAINT "quotes_transport_mode" CHECK ("quotes"."transport_mode" in ('sea', 'inland_waterway', 'air', 'road', 'rail', 'multimodal')),
	CONSTRAINT "quotes_amounts" CHECK ("quotes"."goods_minor" >= 0 and "quotes"."total_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "wholesale_price_lists" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"currency" char(3) NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wholesale_price_lists_code" CHECK ("wholesale_price_lists"."code" ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
	CONSTRAINT "wholesale_price_lists_currency" CHECK ("wholesale_price_lists"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "wholesale_price_lists_dates" CHECK ("wholesale_price_lists"."valid_to" is null or "wholesale_price_lists"."valid_to" > "wholesale_price_lists"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "wholesale_prices" (
	"price_list" text NOT NULL,
	"variant_id" uuid NOT NULL,
	"min_order_quantity" integer DEFAULT 1 NOT NULL,
	"order_multiple" integer DEFAULT 1 NOT NULL,
	"tiers" jsonb NOT NULL,
	CONSTRAINT "wholesale_prices_price_list_variant_id_pk" PRIMARY KEY("price_list","variant_id"),
	CONSTRAINT "wholesale_prices_moq" CHECK ("wholesale_prices"."min_order_quantity" between 1 and 1000000 and "wholesale_prices"."order_multiple" between 1 and 100000),
	CONSTRAINT "wholesale_prices_tiers" CHECK (jsonb_typeof("wholesale_prices"."tiers") = 'array' and jsonb_array_length("wholesale_prices"."tiers") > 0)
);
--> statement-breakpoint
ALTER TABLE "orders" DROP CONSTRAINT "orders_incoterm";--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "sales_channel" text DEFAULT 'storefront' NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "channel_order_id" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "company_id" uuid;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "quote_id" uuid;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "payment_terms" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "payment_due_on" date;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_price_list_wholesale_price_lists_code_fk" FOREIGN KEY ("price_list") REFERENCES "public"."wholesale_price_lists"("code") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_buyers" ADD CONSTRAINT "company_buyers_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freight_shipments" ADD CONSTRAINT "freight_shipments_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_buyer_id_company_buyers_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."company_buyers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wholesale_prices" ADD CONSTRAINT "wholesale_prices_price_list_wholesale_price_lists_code_fk" FOREIGN KEY ("price_list") REFERENCES "public"."wholesale_price_lists"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wholesale_prices" ADD CONSTRAINT "wholesale_prices_variant_id_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "companies_name_idx" ON "companies" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "company_buyers_email_idx" ON "company_buyers" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "freight_shipments_order_idx" ON "freight_shipments" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "quotes_company_idx" ON "quotes" USING btree ("company_id","created_at");--> statement-breakpoint
CREATE INDEX "quotes_created_idx" ON "quotes" USING btree ("created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_channel_order_idx" ON "orders" USING btree ("sales_channel","channel_order_id") WHERE "orders"."channel_order_id" is not null;--> statement-breakpoint
CREATE INDEX "orders_company_idx" ON "orders" USING btree ("company_id","created_at") WHERE "orders"."company_id" is not null;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_sales_channel" CHECK ("orders"."sales_channel" ~ '^[a-z][a-z0-9_-]{1,31}$');--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_payment_terms" CHECK ("orders"."payment_terms" is null or "orders"."payment_terms" in ('prepayment', 'net_30', 'net_60'));--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_incoterm" CHECK ("orders"."incoterm" in ('EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'));