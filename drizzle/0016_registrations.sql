CREATE TABLE "registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scheme" text NOT NULL,
	"number" text NOT NULL,
	"region" text,
	"valid_from" text NOT NULL,
	"valid_to" text,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registrations_dates" CHECK ("registrations"."valid_to" is null or "registrations"."valid_to" >= "registrations"."valid_from")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_scheme_number_idx" ON "registrations" USING btree ("scheme","number");