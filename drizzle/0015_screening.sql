CREATE TABLE "sanctions_editions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"edition" text,
	"source" text NOT NULL,
	"sha256" text NOT NULL,
	"entries" integer NOT NULL,
	"names" integer NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	"imported_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sanctions_editions_kind" CHECK ("sanctions_editions"."kind" in ('csl', 'ofac-sdn', 'ofac-non-sdn', 'un', 'eu', 'uk'))
);
--> statement-breakpoint
CREATE TABLE "sanctions_entries" (
	"edition_id" uuid NOT NULL,
	"list" text NOT NULL,
	"entry_id" text NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"aliases" jsonb NOT NULL,
	"countries" jsonb NOT NULL,
	"addresses" jsonb NOT NULL,
	"programs" jsonb NOT NULL,
	"remarks" text,
	CONSTRAINT "sanctions_entries_edition_id_list_entry_id_pk" PRIMARY KEY("edition_id","list","entry_id")
);
--> statement-breakpoint
CREATE TABLE "screenings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"source" text NOT NULL,
	"query" jsonb NOT NULL,
	"decision" text NOT NULL,
	"matches" jsonb NOT NULL,
	"editions" jsonb NOT NULL,
	"reference" text,
	CONSTRAINT "screenings_decision" CHECK ("screenings"."decision" in ('clear', 'potential_match', 'match'))
);
--> statement-breakpoint
ALTER TABLE "sanctions_entries" ADD CONSTRAINT "sanctions_entries_edition_id_sanctions_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."sanctions_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sanctions_editions_active_idx" ON "sanctions_editions" USING btree ("kind") WHERE "sanctions_editions"."active";--> statement-breakpoint
CREATE INDEX "screenings_at_idx" ON "screenings" USING btree ("at");