CREATE TABLE "indicator_series" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"source" text NOT NULL,
	"import_run_id" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"series_id" text NOT NULL,
	"country" char(2) NOT NULL,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	"value_text" text NOT NULL,
	"import_run_id" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_values_series_id_country_year_pk" PRIMARY KEY("series_id","country","year"),
	CONSTRAINT "indicator_values_country" CHECK ("indicator_values"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "indicator_values_year" CHECK ("indicator_values"."year" between 1900 and 2100)
);
--> statement-breakpoint
CREATE TABLE "market_scoring_profiles" (
	"id" text PRIMARY KEY NOT NULL,
	"config" jsonb NOT NULL,
	"updated_by" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "import_runs" DROP CONSTRAINT "import_runs_kind";--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_series_id_indicator_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."indicator_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_values_country_idx" ON "indicator_values" USING btree ("country");--> statement-breakpoint
ALTER TABLE "import_runs" ADD CONSTRAINT "import_runs_kind" CHECK ("import_runs"."kind" in ('hs', 'uk-tariff', 'uk-commodities', 'us-hts', 'ecb', 'indicators'));