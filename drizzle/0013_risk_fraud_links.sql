ALTER TABLE "risk_store_values" DROP CONSTRAINT "risk_store_values_pkey";--> statement-breakpoint
ALTER TABLE "risk_store_values" ADD COLUMN "slot" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "risk_store_values" ADD CONSTRAINT "risk_store_values_currency_slot_pk" PRIMARY KEY("currency","slot");--> statement-breakpoint
CREATE INDEX "risk_card_fraud_idx" ON "risk_assessments" USING btree ("card_key") WHERE "risk_assessments"."outcome" = 'fraud';--> statement-breakpoint
CREATE INDEX "risk_email_fraud_idx" ON "risk_assessments" USING btree ("email_key") WHERE "risk_assessments"."outcome" = 'fraud';--> statement-breakpoint
CREATE INDEX "risk_device_fraud_idx" ON "risk_assessments" USING btree ("device_key") WHERE "risk_assessments"."outcome" = 'fraud';--> statement-breakpoint
CREATE INDEX "risk_ip_fraud_idx" ON "risk_assessments" USING btree ("ip_key") WHERE "risk_assessments"."outcome" = 'fraud';--> statement-breakpoint
CREATE INDEX "risk_address_fraud_idx" ON "risk_assessments" USING btree ("address_key") WHERE "risk_assessments"."outcome" = 'fraud';--> statement-breakpoint
-- The store's normal order values, counted in the statement that records an assessment (one round
-- trip, one commit): orders that were not declined, with a total, in one of eight slots per currency.
CREATE FUNCTION "risk_store_value_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.decision <> 'decline' AND NEW.currency IS NOT NULL AND NEW.total_minor > 0 THEN
    INSERT INTO risk_store_values (currency, slot, count, sum_log, sum_log_sq)
    VALUES (NEW.currency, floor(random() * 8)::int, 1, ln(NEW.total_minor), ln(NEW.total_minor) ^ 2)
    ON CONFLICT (currency, slot) DO UPDATE SET count = risk_store_values.count + 1, sum_log = risk_store_values.sum_log + excluded.sum_log, sum_log_sq = risk_store_values.sum_log_sq + excluded.sum_log_sq;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "risk_store_value_count" AFTER INSERT ON "risk_assessments" FOR EACH ROW EXECUTE FUNCTION "risk_store_value_count"();
