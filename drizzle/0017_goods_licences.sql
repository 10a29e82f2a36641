CREATE TABLE "goods_licences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rule" text NOT NULL,
	"destination" text NOT NULL,
	"reference" text NOT NULL,
	"valid_from" text NOT NULL,
	"valid_to" text,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goods_licences_dates" CHECK ("goods_licences"."valid_to" is null or "goods_licences"."valid_to" >= "goods_licences"."valid_from"),
	CONSTRAINT "goods_licences_destination" CHECK ("goods_licences"."destination" ~ '^([A-Z]{2}|EU|\*)$')
);
--> statement-breakpoint
CREATE UNIQUE INDEX "goods_licences_rule_destination_reference_idx" ON "goods_licences" USING btree ("rule","destination","reference");