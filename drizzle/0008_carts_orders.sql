CREATE SEQUENCE "public"."order_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 10001 CACHE 1;--> statement-breakpoint
CREATE TABLE "cart_lines" (
	"cart_id" uuid NOT NULL,
	"variant_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "cart_lines_cart_id_variant_id_pk" PRIMARY KEY("cart_id","variant_id"),
	CONSTRAINT "cart_lines_quantity" CHECK ("cart_lines"."quantity" between 1 and 999)
);
--> statement-breakpoint
CREATE TABLE "carts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"market" text NOT NULL,
	"currency" char(3) NOT NULL,
	"country" char(2) NOT NULL,
	"locale" text,
	"email" text,
	"address" jsonb,
	"discount_code" text,
	"delivery_option" text,
	"status" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "carts_status" CHECK ("carts"."status" in ('open', 'ordered')),
	CONSTRAINT "carts_country" CHECK ("carts"."country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "discount_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"market" text,
	"kind" text NOT NULL,
	"percent" text,
	"amount_minor" bigint,
	"currency" char(3),
	"min_subtotal_minor" bigint,
	"min_subtotal_currency" char(3),
	"valid_from" date NOT NULL,
	"valid_to" date,
	"max_redemptions" integer,
	"redemptions" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "discount_codes_kind" CHECK (("discount_codes"."kind" = 'percentage' and "discount_codes"."percent" is not null and "discount_codes"."amount_minor" is null) or ("discount_codes"."kind" = 'fixed' and "discount_codes"."amount_minor" > 0 and "discount_codes"."currency" is not null and "discount_codes"."percent" is null)),
	CONSTRAINT "discount_codes_redemptions" CHECK ("discount_codes"."redemptions" >= 0 and ("discount_codes"."max_redemptions" is null or "discount_codes"."redemptions" <= "discount_codes"."max_redemptions"))
);
--> statement-breakpoint
CREATE TABLE "order_lines" (
	"order_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"variant_id" uuid,
	"sku" text NOT NULL,
	"title" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_minor" bigint NOT NULL,
	"discount_minor" bigint NOT NULL,
	"goods_minor" bigint NOT NULL,
	"tax_included_minor" bigint NOT NULL,
	"duties_minor" bigint NOT NULL,
	"taxes_minor" bigint NOT NULL,
	"tax_scheme" text,
	"hs_code" text,
	"origin_country" char(2),
	"weight_g" integer NOT NULL,
	"warehouse" text NOT NULL,
	"refunded_quantity" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "order_lines_order_id_position_pk" PRIMARY KEY("order_id","position"),
	CONSTRAINT "order_lines_quantity" CHECK ("order_lines"."quantity" > 0 and "order_lines"."refunded_quantity" between 0 and "order_lines"."quantity")
);
--> statement-breakpoint
CREATE TABLE "order_refunds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"payment_refund_id" uuid,
	"amount_minor" bigint NOT NULL,
	"parts" jsonb NOT NULL,
	"lines" jsonb NOT NULL,
	"not_refunded" jsonb NOT NULL,
	"reason" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "order_refunds_amount" CHECK ("order_refunds"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"cart_id" uuid,
	"market" text NOT NULL,
	"currency" char(3) NOT NULL,
	"country" char(2) NOT NULL,
	"locale" text,
	"email" text NOT NULL,
	"address" jsonb NOT NULL,
	"incoterm" text NOT NULL,
	"status" text NOT NULL,
	"goods_minor" bigint NOT NULL,
	"discount_minor" bigint NOT NULL,
	"shipping_minor" bigint NOT NULL,
	"duties_minor" bigint NOT NULL,
	"taxes_minor" bigint NOT NULL,
	"taxes_included_minor" bigint NOT NULL,
	"fees_minor" bigint NOT NULL,
	"total_minor" bigint NOT NULL,
	"due_on_delivery_minor" bigint NOT NULL,
	"captured_minor" bigint DEFAULT 0 NOT NULL,
	"refunded_minor" bigint DEFAULT 0 NOT NULL,
	"discount_code" text,
	"payment_method" text,
	"rules_version" text NOT NULL,
	"quote" jsonb NOT NULL,
	"stock_hold" text,
	"cancel_reason" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"paid_at" timestamp (3) with time zone,
	"cancelled_at" timestamp (3) with time zone,
	CONSTRAINT "orders_number_unique" UNIQUE("number"),
	CONSTRAINT "orders_cart_id_unique" UNIQUE("cart_id"),
	CONSTRAINT "orders_status" CHECK ("orders"."status" in ('pending_payment', 'paid', 'partially_fulfilled', 'fulfilled', 'delivered', 'cancelled', 'refunded', 'partially_refunded')),
	CONSTRAINT "orders_incoterm" CHECK ("orders"."incoterm" in ('DDP', 'DAP')),
	CONSTRAINT "orders_amounts" CHECK ("orders"."total_minor" >= 0 and "orders"."captured_minor" >= 0 and "orders"."refunded_minor" between 0 and "orders"."captured_minor")
);
--> statement-breakpoint
CREATE TABLE "shipments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"warehouse" text NOT NULL,
	"service" text NOT NULL,
	"carrier" text NOT NULL,
	"channel" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"tracking_number" text,
	"lines" jsonb NOT NULL,
	"shipping_minor" bigint NOT NULL,
	"duties_minor" bigint NOT NULL,
	"taxes_minor" bigint NOT NULL,
	"fees_minor" bigint NOT NULL,
	"min_days" integer NOT NULL,
	"max_days" integer NOT NULL,
	"shipped_at" timestamp (3) with time zone,
	"delivered_at" timestamp (3) with time zone,
	CONSTRAINT "shipments_status" CHECK ("shipments"."status" in ('planned', 'shipped', 'delivered')),
	CONSTRAINT "shipments_tracking" CHECK ("shipments"."status" = 'planned' or "shipments"."tracking_number" is not null)
);
--> statement-breakpoint
ALTER TABLE "cart_lines" ADD CONSTRAINT "cart_lines_cart_id_carts_id_fk" FOREIGN KEY ("cart_id") REFERENCES "public"."carts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cart_lines" ADD CONSTRAINT "cart_lines_variant_id_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_variant_id_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_refunds" ADD CONSTRAINT "order_refunds_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "carts_expiry_idx" ON "carts" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "order_refunds_order_idx" ON "order_refunds" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "orders_created_idx" ON "orders" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "orders_email_idx" ON "orders" USING btree ("email");--> statement-breakpoint
CREATE INDEX "orders_pending_idx" ON "orders" USING btree ("created_at") WHERE "orders"."status" = 'pending_payment';--> statement-breakpoint
CREATE UNIQUE INDEX "shipments_order_position_idx" ON "shipments" USING btree ("order_id","position");