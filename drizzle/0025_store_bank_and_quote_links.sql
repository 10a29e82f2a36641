ALTER TABLE "store_settings" ADD COLUMN "bank_account_holder" text;--> statement-breakpoint
ALTER TABLE "store_settings" ADD COLUMN "bank_iban" text;--> statement-breakpoint
ALTER TABLE "store_settings" ADD COLUMN "bank_bic" text;--> statement-breakpoint
ALTER TABLE "quotes" ADD COLUMN "buyer_token_hash" text;--> statement-breakpoint
ALTER TABLE "quotes" ADD COLUMN "buyer_link_sent_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "quotes" ADD COLUMN "accepted_by" text;