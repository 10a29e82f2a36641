CREATE TABLE "risk_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"source" text NOT NULL,
	"order_ref" text,
	"order_id" uuid,
	"order_number" text,
	"market" text,
	"currency" char(3),
	"total_minor" bigint,
	"card_key" text,
	"email_key" text,
	"device_key" text,
	"ip_key" text,
	"address_key" text,
	"customer_key" text,
	"score" integer NOT NULL,
	"logit" double precision NOT NULL,
	"decision" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"missing_signals" jsonb NOT NULL,
	"sca" jsonb NOT NULL,
	"features" jsonb NOT NULL,
	"input" jsonb NOT NULL,
	"fallback" text,
	"policy_version" text NOT NULL,
	"review_status" text,
	"reviewed_by" text,
	"reviewed_at" timestamp (3) with time zone,
	"review_note" text,
	"outcome" text,
	"outcome_source" text,
	"outcome_at" timestamp (3) with time zone,
	CONSTRAINT "risk_assessments_decision" CHECK ("risk_assessments"."decision" in ('approve', 'challenge', 'review', 'decline')),
	CONSTRAINT "risk_assessments_score" CHECK ("risk_assessments"."score" between 0 and 100),
	CONSTRAINT "risk_assessments_review" CHECK ("risk_assessments"."review_status" is null or "risk_assessments"."review_status" in ('pending', 'approved', 'declined')),
	CONSTRAINT "risk_assessments_outcome" CHECK ("risk_assessments"."outcome" is null or "risk_assessments"."outcome" in ('fraud', 'legitimate')),
	CONSTRAINT "risk_assessments_source" CHECK ("risk_assessments"."source" in ('checkout', 'api'))
);
--> statement-breakpoint
CREATE TABLE "risk_rules" (
	"id" text PRIMARY KEY NOT NULL,
	"description" text NOT NULL,
	"when" jsonb NOT NULL,
	"weight" double precision NOT NULL,
	"action" text,
	"enabled" integer DEFAULT 1 NOT NULL,
	"source" text,
	"position" integer NOT NULL,
	"updated_by" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risk_rules_action" CHECK ("risk_rules"."action" is null or "risk_rules"."action" in ('approve', 'challenge', 'review', 'decline'))
);
--> statement-breakpoint
CREATE TABLE "risk_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_store_values" (
	"currency" char(3) PRIMARY KEY NOT NULL,
	"count" bigint NOT NULL,
	"sum_log" double precision NOT NULL,
	"sum_log_sq" double precision NOT NULL
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "risk_assessment_id" uuid;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "risk_status" text;--> statement-breakpoint
CREATE INDEX "risk_card_idx" ON "risk_assessments" USING btree ("card_key","created_at") WHERE "risk_assessments"."card_key" is not null;--> statement-breakpoint
CREATE INDEX "risk_email_idx" ON "risk_assessments" USING btree ("email_key","created_at") WHERE "risk_assessments"."email_key" is not null;--> statement-breakpoint
CREATE INDEX "risk_device_idx" ON "risk_assessments" USING btree ("device_key","created_at") WHERE "risk_assessments"."device_key" is not null;--> statement-breakpoint
CREATE INDEX "risk_ip_idx" ON "risk_assessments" USING btree ("ip_key","created_at") WHERE "risk_assessments"."ip_key" is not null;--> statement-breakpoint
CREATE INDEX "risk_address_idx" ON "risk_assessments" USING btree ("address_key","created_at") WHERE "risk_assessments"."address_key" is not null;--> statement-breakpoint
CREATE INDEX "risk_customer_idx" ON "risk_assessments" USING btree ("customer_key","created_at") WHERE "risk_assessments"."customer_key" is not null;--> statement-breakpoint
CREATE INDEX "risk_review_idx" ON "risk_assessments" USING btree ("created_at") WHERE "risk_assessments"."review_status" = 'pending';--> statement-breakpoint
CREATE INDEX "risk_labeled_idx" ON "risk_assessments" USING btree ("outcome_at") WHERE "risk_assessments"."outcome" is not null;--> statement-breakpoint
CREATE INDEX "risk_recent_idx" ON "risk_assessments" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "risk_order_idx" ON "risk_assessments" USING btree ("order_id");--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_risk_status" CHECK ("orders"."risk_status" is null or "orders"."risk_status" in ('approved', 'challenge', 'review', 'released', 'declined', 'unassessed'));