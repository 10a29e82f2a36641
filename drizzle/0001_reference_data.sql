CREATE TABLE "fx_rates" (
	"source" text NOT NULL,
	"base" char(3) NOT NULL,
	"quote" char(3) NOT NULL,
	"rate_date" date NOT NULL,
	"rate" text NOT NULL,
	"import_run_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fx_rates_source_base_quote_rate_date_pk" PRIMARY KEY("source","base","quote","rate_date"),
	CONSTRAINT "fx_rates_currencies" CHECK ("fx_rates"."base" ~ '^[A-Z]{3}$' and "fx_rates"."quote" ~ '^[A-Z]{3}$' and "fx_rates"."base" <> "fx_rates"."quote"),
	CONSTRAINT "fx_rates_rate" CHECK ("fx_rates"."rate" ~ '^(0|[1-9][0-9]*)(\.[0-9]+)?$' and "fx_rates"."rate"::numeric > 0)
);
--> statement-breakpoint
CREATE TABLE "hs_nomenclature" (
	"edition" text NOT NULL,
	"code" text NOT NULL,
	"level" smallint NOT NULL,
	"parent" text,
	"section" text,
	"description" text NOT NULL,
	"source" text NOT NULL,
	"import_run_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hs_nomenclature_edition_code_pk" PRIMARY KEY("edition","code"),
	CONSTRAINT "hs_nomenclature_edition" CHECK ("hs_nomenclature"."edition" ~ '^HS[0-9]{4}$'),
	CONSTRAINT "hs_nomenclature_code" CHECK ("hs_nomenclature"."code" ~ '^[0-9]+$' and char_length("hs_nomenclature"."code") = "hs_nomenclature"."level"),
	CONSTRAINT "hs_nomenclature_level" CHECK ("hs_nomenclature"."level" in (2, 4, 6))
);
--> statement-breakpoint
CREATE TABLE "import_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"sha256" char(64) NOT NULL,
	"byte_size" integer NOT NULL,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL,
	"finished_at" timestamp (3) with time zone,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"inserted" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"failure" text,
	CONSTRAINT "import_runs_kind" CHECK ("import_runs"."kind" in ('hs', 'uk-tariff', 'uk-commodities', 'us-hts', 'ecb')),
	CONSTRAINT "import_runs_status" CHECK ("import_runs"."status" in ('running', 'succeeded', 'failed')),
	CONSTRAINT "import_runs_sha256" CHECK ("import_runs"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "national_nomenclature" (
	"territory" char(2) NOT NULL,
	"code" text NOT NULL,
	"suffix" char(2) NOT NULL,
	"sid" integer,
	"description" text NOT NULL,
	"parent_code" text,
	"parent_suffix" char(2),
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source" text NOT NULL,
	"import_run_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "national_nomenclature_territory_code_suffix_valid_from_pk" PRIMARY KEY("territory","code","suffix","valid_from"),
	CONSTRAINT "national_nomenclature_territory" CHECK ("national_nomenclature"."territory" ~ '^[A-Z]{2}$'),
	CONSTRAINT "national_nomenclature_code" CHECK ("national_nomenclature"."code" ~ '^[0-9]{4,14}$'),
	CONSTRAINT "national_nomenclature_validity" CHECK ("national_nomenclature"."valid_to" is null or "national_nomenclature"."valid_to" >= "national_nomenclature"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "tariff_lines" (
	"territory" char(2) NOT NULL,
	"code" text NOT NULL,
	"description" text NOT NULL,
	"mfn_rate" text NOT NULL,
	"special_rate" text,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"source" text NOT NULL,
	"import_run_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tariff_lines_territory_code_effective_from_pk" PRIMARY KEY("territory","code","effective_from"),
	CONSTRAINT "tariff_lines_territory" CHECK ("tariff_lines"."territory" ~ '^[A-Z]{2}$'),
	CONSTRAINT "tariff_lines_code" CHECK ("tariff_lines"."code" ~ '^[0-9]{4,14}$'),
	CONSTRAINT "tariff_lines_rate" CHECK (char_length(btrim("tariff_lines"."mfn_rate")) > 0),
	CONSTRAINT "tariff_lines_effective" CHECK ("tariff_lines"."effective_to" is null or "tariff_lines"."effective_to" > "tariff_lines"."effective_from")
);
--> statement-breakpoint
ALTER TABLE "fx_rates" ADD CONSTRAINT "fx_rates_import_run_id_import_runs_id_fk" FOREIGN KEY ("import_run_id") REFERENCES "public"."import_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hs_nomenclature" ADD CONSTRAINT "hs_nomenclature_import_run_id_import_runs_id_fk" FOREIGN KEY ("import_run_id") REFERENCES "public"."import_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_nomenclature" ADD CONSTRAINT "national_nomenclature_import_run_id_import_runs_id_fk" FOREIGN KEY ("import_run_id") REFERENCES "public"."import_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariff_lines" ADD CONSTRAINT "tariff_lines_import_run_id_import_runs_id_fk" FOREIGN KEY ("import_run_id") REFERENCES "public"."import_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_runs_kind_started_idx" ON "import_runs" USING btree ("kind","started_at");