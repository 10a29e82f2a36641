CREATE TABLE "carrier_duty_invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"carrier" text NOT NULL,
	"invoice_number" text NOT NULL,
	"invoice_date" date NOT NULL,
	"currency" char(3) NOT NULL,
	"duties_minor" bigint NOT NULL,
	"taxes_minor" bigint NOT NULL,
	"fees_minor" bigint DEFAULT 0 NOT NULL,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "carrier_duty_invoices_amounts" CHECK ("carrier_duty_invoices"."duties_minor" >= 0 and "carrier_duty_invoices"."taxes_minor" >= 0 and "carrier_duty_invoices"."fees_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"actor_kind" text NOT NULL,
	"key_id" uuid,
	"user_id" uuid,
	"actor" text NOT NULL,
	"role" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"status" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"ip" text,
	CONSTRAINT "audit_log_actor_kind" CHECK ("audit_log"."actor_kind" in ('user', 'api_key'))
);
--> statement-breakpoint
ALTER TABLE "carrier_duty_invoices" ADD CONSTRAINT "carrier_duty_invoices_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "carrier_duty_invoices_parcel_idx" ON "carrier_duty_invoices" USING btree ("carrier","invoice_number","shipment_id");--> statement-breakpoint
CREATE INDEX "carrier_duty_invoices_shipment_idx" ON "carrier_duty_invoices" USING btree ("shipment_id");--> statement-breakpoint
CREATE INDEX "carrier_duty_invoices_date_idx" ON "carrier_duty_invoices" USING btree ("invoice_date");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at","id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("key_id","at");