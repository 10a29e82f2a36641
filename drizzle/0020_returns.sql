CREATE TABLE "return_lines" (
	"return_id" uuid NOT NULL,
	"idx" integer NOT NULL,
	"order_line" integer NOT NULL,
	"sku" text NOT NULL,
	"quantity" integer NOT NULL,
	"reason" text NOT NULL,
	"note" text,
	"received_quantity" integer DEFAULT 0 NOT NULL,
	"restocked_quantity" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "return_lines_return_id_idx_pk" PRIMARY KEY("return_id","idx"),
	CONSTRAINT "return_lines_reason" CHECK ("return_lines"."reason" in ('damaged', 'wrong_item', 'not_as_described', 'no_longer_needed', 'size_or_fit', 'arrived_late', 'other')),
	CONSTRAINT "return_lines_quantities" CHECK ("return_lines"."quantity" > 0 and "return_lines"."received_quantity" between 0 and "return_lines"."quantity" and "return_lines"."restocked_quantity" between 0 and "return_lines"."received_quantity")
);
--> statement-breakpoint
CREATE TABLE "return_policy" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"refund_shipping" text NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "return_policy_single_row" CHECK ("return_policy"."id" = 1),
	CONSTRAINT "return_policy_refund_shipping" CHECK ("return_policy"."refund_shipping" in ('never', 'shop_at_fault', 'always'))
);
--> statement-breakpoint
CREATE TABLE "return_relief_records" (
	"return_id" uuid NOT NULL,
	"shipment_id" uuid NOT NULL,
	"order_number" text NOT NULL,
	"export_tracking_number" text,
	"carrier" text NOT NULL,
	"export_country" char(2) NOT NULL,
	"import_country" char(2) NOT NULL,
	"incoterm" text NOT NULL,
	"paid_by" text NOT NULL,
	"currency" char(3) NOT NULL,
	"shipped_at" timestamp (3) with time zone,
	"shipped_source" text,
	"delivered_at" timestamp (3) with time zone,
	"delivered_source" text,
	"received_at" timestamp (3) with time zone NOT NULL,
	"lines" jsonb NOT NULL,
	CONSTRAINT "return_relief_records_return_id_shipment_id_pk" PRIMARY KEY("return_id","shipment_id"),
	CONSTRAINT "return_relief_paid_by" CHECK ("return_relief_records"."paid_by" in ('seller', 'buyer')),
	CONSTRAINT "return_relief_sources" CHECK (("return_relief_records"."shipped_source" is null or "return_relief_records"."shipped_source" in ('carrier', 'operator')) and ("return_relief_records"."delivered_source" is null or "return_relief_records"."delivered_source" in ('carrier', 'operator')))
);
--> statement-breakpoint
CREATE TABLE "return_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"warehouse" text NOT NULL,
	"reject_reason" text,
	"cancel_reason" text,
	"label_carrier" text,
	"label_service" text,
	"label_tracking_number" text,
	"label_carrier_shipment_id" text,
	"label_pdf" "bytea",
	"label_cost_minor" bigint,
	"label_currency" char(3),
	"refund_id" uuid,
	"refund_parts" jsonb,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"approved_at" timestamp (3) with time zone,
	"in_transit_at" timestamp (3) with time zone,
	"received_at" timestamp (3) with time zone,
	"refunded_at" timestamp (3) with time zone,
	"rejected_at" timestamp (3) with time zone,
	"cancelled_at" timestamp (3) with time zone,
	CONSTRAINT "return_requests_label_tracking_number_unique" UNIQUE("label_tracking_number"),
	CONSTRAINT "return_requests_status" CHECK ("return_requests"."status" in ('requested', 'approved', 'label_created', 'in_transit', 'received', 'refunded', 'rejected', 'cancelled')),
	CONSTRAINT "return_requests_label" CHECK ("return_requests"."status" <> 'label_created' or "return_requests"."label_tracking_number" is not null),
	CONSTRAINT "return_requests_refund" CHECK ("return_requests"."status" <> 'refunded' or ("return_requests"."refund_id" is not null and "return_requests"."refunded_at" is not null)),
	CONSTRAINT "return_requests_received" CHECK ("return_requests"."status" not in ('received', 'refunded') or "return_requests"."received_at" is not null)
);
--> statement-breakpoint
ALTER TABLE "return_lines" ADD CONSTRAINT "return_lines_return_id_return_requests_id_fk" FOREIGN KEY ("return_id") REFERENCES "public"."return_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_relief_records" ADD CONSTRAINT "return_relief_records_return_id_return_requests_id_fk" FOREIGN KEY ("return_id") REFERENCES "public"."return_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_relief_records" ADD CONSTRAINT "return_relief_records_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_requests" ADD CONSTRAINT "return_requests_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_requests" ADD CONSTRAINT "return_requests_refund_id_order_refunds_id_fk" FOREIGN KEY ("refund_id") REFERENCES "public"."order_refunds"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "return_requests_order_idx" ON "return_requests" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "return_requests_created_idx" ON "return_requests" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "return_requests_status_idx" ON "return_requests" USING btree ("status","created_at","id");