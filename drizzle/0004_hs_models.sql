CREATE TABLE "hs_confirmations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"text" text NOT NULL,
	"hs6" text NOT NULL,
	"product_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hs_confirmations_hs6" CHECK ("hs_confirmations"."hs6" ~ '^[0-9]{6}$'),
	CONSTRAINT "hs_confirmations_text" CHECK (char_length("hs_confirmations"."text") between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "hs_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" text NOT NULL,
	"nomenclature_source" text NOT NULL,
	"nomenclature_sha256" text NOT NULL,
	"examples_source" text,
	"examples_sha256" text,
	"codes" integer NOT NULL,
	"examples" integer NOT NULL,
	"model" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "hs_confirmations_created_idx" ON "hs_confirmations" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "hs_models_active_created_idx" ON "hs_models" USING btree ("active","created_at");