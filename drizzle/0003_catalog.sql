CREATE TABLE "product_national_codes" (
	"product_id" uuid NOT NULL,
	"territory" char(2) NOT NULL,
	"code" text NOT NULL,
	CONSTRAINT "product_national_codes_product_id_territory_pk" PRIMARY KEY("product_id","territory"),
	CONSTRAINT "product_national_codes_territory" CHECK ("product_national_codes"."territory" ~ '^[A-Z]{2}$'),
	CONSTRAINT "product_national_codes_code" CHECK ("product_national_codes"."code" ~ '^[0-9]{8,10}$')
);
--> statement-breakpoint
CREATE TABLE "product_translations" (
	"product_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"customs_description" text,
	"search_config" "regconfig" NOT NULL,
	"search_extra" text DEFAULT '' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector("product_translations"."search_config", "product_translations"."title"), 'A') || setweight(to_tsvector("product_translations"."search_config", coalesce("product_translations"."customs_description", '')), 'B') || setweight(to_tsvector("product_translations"."search_config", coalesce("product_translations"."description", '')), 'C') || setweight(to_tsvector('simple'::regconfig, "product_translations"."search_extra"), 'D')) STORED NOT NULL,
	CONSTRAINT "product_translations_product_id_locale_pk" PRIMARY KEY("product_id","locale"),
	CONSTRAINT "product_translations_locale" CHECK ("product_translations"."locale" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' and char_length("product_translations"."locale") <= 35),
	CONSTRAINT "product_translations_title" CHECK (char_length("product_translations"."title") between 1 and 200),
	CONSTRAINT "product_translations_description" CHECK (char_length("product_translations"."description") <= 5000),
	CONSTRAINT "product_translations_customs" CHECK (char_length("product_translations"."customs_description") <= 200)
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"handle" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"hs_code" char(6) NOT NULL,
	"origin_country" char(2) NOT NULL,
	"material" text,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"images" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_handle_unique" UNIQUE("handle"),
	CONSTRAINT "products_handle" CHECK ("products"."handle" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length("products"."handle") <= 100),
	CONSTRAINT "products_status" CHECK ("products"."status" in ('draft', 'active', 'archived')),
	CONSTRAINT "products_hs_code" CHECK ("products"."hs_code" ~ '^[0-9]{6}$'),
	CONSTRAINT "products_origin_country" CHECK ("products"."origin_country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "products_images" CHECK (jsonb_typeof("products"."images") = 'array')
);
--> statement-breakpoint
CREATE TABLE "variants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"sku" text NOT NULL,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"price_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"weight_g" integer NOT NULL,
	"length_mm" integer,
	"width_mm" integer,
	"height_mm" integer,
	"barcode" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "variants_sku_unique" UNIQUE("sku"),
	CONSTRAINT "variants_sku" CHECK ("variants"."sku" ~ '^[A-Za-z0-9._-]{1,64}$'),
	CONSTRAINT "variants_price" CHECK ("variants"."price_minor" >= 0),
	CONSTRAINT "variants_currency" CHECK ("variants"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "variants_weight" CHECK ("variants"."weight_g" between 1 and 1000000),
	CONSTRAINT "variants_dimensions" CHECK (("variants"."length_mm" is null and "variants"."width_mm" is null and "variants"."height_mm" is null) or ("variants"."length_mm" > 0 and "variants"."width_mm" > 0 and "variants"."height_mm" > 0)),
	CONSTRAINT "variants_options" CHECK (jsonb_typeof("variants"."options") = 'object')
);
--> statement-breakpoint
ALTER TABLE "product_national_codes" ADD CONSTRAINT "product_national_codes_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_translations" ADD CONSTRAINT "product_translations_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "variants" ADD CONSTRAINT "variants_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "product_translations_search_idx" ON "product_translations" USING gin ("search");--> statement-breakpoint
CREATE INDEX "product_translations_locale_idx" ON "product_translations" USING btree ("locale","product_id");--> statement-breakpoint
CREATE INDEX "products_created_idx" ON "products" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "products_status_created_idx" ON "products" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "products_categories_idx" ON "products" USING gin ("categories");--> statement-breakpoint
CREATE INDEX "products_tags_idx" ON "products" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "variants_product_idx" ON "variants" USING btree ("product_id","position");