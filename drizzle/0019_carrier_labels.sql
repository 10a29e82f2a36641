CREATE SEQUENCE "public"."test_carrier_serial_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "carrier_labels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"carrier" text NOT NULL,
	"service" text NOT NULL,
	"tracking_number" text NOT NULL,
	"carrier_shipment_id" text NOT NULL,
	"pdf" "bytea" NOT NULL,
	"cost_minor" bigint,
	"currency" char(3),
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"voided_at" timestamp (3) with time zone,
	CONSTRAINT "carrier_labels_status" CHECK (("carrier_labels"."status" = 'active' and "carrier_labels"."voided_at" is null) or ("carrier_labels"."status" = 'voided' and "carrier_labels"."voided_at" is not null)),
	CONSTRAINT "carrier_labels_cost" CHECK ("carrier_labels"."cost_minor" is null or ("carrier_labels"."cost_minor" >= 0 and "carrier_labels"."currency" is not null))
);
--> statement-breakpoint
CREATE TABLE "carrier_webhook_deliveries" (
	"carrier" text NOT NULL,
	"delivery_id" text NOT NULL,
	"events" integer NOT NULL,
	"received_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "carrier_webhook_deliveries_carrier_delivery_id_pk" PRIMARY KEY("carrier","delivery_id")
);
--> statement-breakpoint
CREATE TABLE "test_carrier_events" (
	"id" text PRIMARY KEY NOT NULL,
	"parcel_id" text NOT NULL,
	"seq" integer NOT NULL,
	"status" text NOT NULL,
	"location" text NOT NULL,
	"description" text NOT NULL,
	"amount_due_minor" bigint,
	"currency" char(3),
	"due_at" timestamp (3) with time zone NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp (3) with time zone NOT NULL,
	"delivered_at" timestamp (3) with time zone,
	CONSTRAINT "test_carrier_events_state" CHECK ("test_carrier_events"."state" in ('pending', 'delivered', 'failed', 'cancelled')),
	CONSTRAINT "test_carrier_events_status" CHECK ("test_carrier_events"."status" in ('label_created', 'picked_up', 'in_transit', 'customs_hold', 'customs_released', 'out_for_delivery', 'delivered', 'delivery_failed', 'returned_to_sender'))
);
--> statement-breakpoint
CREATE TABLE "test_carrier_parcels" (
	"id" text PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"tracking_number" text NOT NULL,
	"service" text NOT NULL,
	"scenario" text NOT NULL,
	"request" jsonb NOT NULL,
	"pdf" "bytea" NOT NULL,
	"cost_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"voided_at" timestamp (3) with time zone,
	CONSTRAINT "test_carrier_parcels_tracking_number_unique" UNIQUE("tracking_number"),
	CONSTRAINT "test_carrier_parcels_status" CHECK ("test_carrier_parcels"."status" in ('active', 'voided'))
);
--> statement-breakpoint
CREATE TABLE "tracking_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"label_id" uuid,
	"carrier" text NOT NULL,
	"carrier_event_id" text NOT NULL,
	"tracking_number" text NOT NULL,
	"status" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"location" text,
	"description" text,
	"amount_due_minor" bigint,
	"currency" char(3),
	"received_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tracking_events_status" CHECK ("tracking_events"."status" in ('label_created', 'picked_up', 'in_transit', 'customs_hold', 'customs_released', 'out_for_delivery', 'delivered', 'delivery_failed', 'returned_to_sender')),
	CONSTRAINT "tracking_events_amount" CHECK ("tracking_events"."amount_due_minor" is null or ("tracking_events"."amount_due_minor" >= 0 and "tracking_events"."currency" is not null))
);
--> statement-breakpoint
ALTER TABLE "shipments" DROP CONSTRAINT "shipments_status";--> statement-breakpoint
ALTER TABLE "carrier_labels" ADD CONSTRAINT "carrier_labels_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_carrier_events" ADD CONSTRAINT "test_carrier_events_parcel_id_test_carrier_parcels_id_fk" FOREIGN KEY ("parcel_id") REFERENCES "public"."test_carrier_parcels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracking_events" ADD CONSTRAINT "tracking_events_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracking_events" ADD CONSTRAINT "tracking_events_label_id_carrier_labels_id_fk" FOREIGN KEY ("label_id") REFERENCES "public"."carrier_labels"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "carrier_labels_tracking_idx" ON "carrier_labels" USING btree ("tracking_number");--> statement-breakpoint
CREATE UNIQUE INDEX "carrier_labels_active_idx" ON "carrier_labels" USING btree ("shipment_id") WHERE "carrier_labels"."status" = 'active';--> statement-breakpoint
CREATE INDEX "carrier_labels_carrier_shipment_idx" ON "carrier_labels" USING btree ("carrier","carrier_shipment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "test_carrier_events_parcel_seq_idx" ON "test_carrier_events" USING btree ("parcel_id","seq");--> statement-breakpoint
CREATE INDEX "test_carrier_events_due_idx" ON "test_carrier_events" USING btree ("next_attempt_at") WHERE "test_carrier_events"."state" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "test_carrier_parcels_reference_idx" ON "test_carrier_parcels" USING btree ("reference") WHERE "test_carrier_parcels"."status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "tracking_events_carrier_event_idx" ON "tracking_events" USING btree ("carrier","carrier_event_id");--> statement-breakpoint
CREATE INDEX "tracking_events_shipment_idx" ON "tracking_events" USING btree ("shipment_id","at");--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_status" CHECK ("shipments"."status" in ('planned', 'labelled', 'shipped', 'delivered', 'returned'));