CREATE TABLE "conversation_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"declared_type" text NOT NULL,
	"detected_type" text,
	"verdict" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	CONSTRAINT "conversation_attachments_verdict" CHECK ("conversation_attachments"."verdict" in ('ok', 'mismatch', 'dangerous'))
);
--> statement-breakpoint
CREATE TABLE "conversation_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"channel" text NOT NULL,
	"author" text NOT NULL,
	"author_user_id" uuid,
	"body" text NOT NULL,
	"truncated" boolean DEFAULT false NOT NULL,
	"message_id" text,
	"in_reply_to" text,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"language" text,
	"raw_size" bigint,
	"email_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_messages_direction" CHECK ("conversation_messages"."direction" in ('inbound', 'outbound', 'note')),
	CONSTRAINT "conversation_messages_channel" CHECK ("conversation_messages"."channel" in ('form', 'email_webhook', 'smtp', 'admin'))
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token" text NOT NULL,
	"team_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"subject" text NOT NULL,
	"normalized_subject" text NOT NULL,
	"buyer_email" text NOT NULL,
	"buyer_name" text,
	"order_id" uuid,
	"market" text,
	"country" text,
	"locale" text,
	"locale_source" text DEFAULT 'unknown' NOT NULL,
	"assignee_id" uuid,
	"follow_up_of" uuid,
	"first_response_due_at" timestamp (3) with time zone,
	"first_responded_at" timestamp (3) with time zone,
	"resolution_due_at" timestamp (3) with time zone,
	"closed_at" timestamp (3) with time zone,
	"last_message_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversations_token_unique" UNIQUE("token"),
	CONSTRAINT "conversations_status" CHECK ("conversations"."status" in ('open', 'pending', 'closed')),
	CONSTRAINT "conversations_locale_source" CHECK ("conversations"."locale_source" in ('order', 'form', 'detected', 'unknown'))
);
--> statement-breakpoint
CREATE TABLE "saved_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"locale" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_replies_body" CHECK (char_length("saved_replies"."body") between 1 and 20000)
);
--> statement-breakpoint
CREATE TABLE "support_teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"schedule" jsonb NOT NULL,
	"markets" text[] DEFAULT '{}'::text[] NOT NULL,
	"first_response_minutes" integer NOT NULL,
	"resolution_minutes" integer NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_teams_name_unique" UNIQUE("name"),
	CONSTRAINT "support_teams_targets" CHECK ("support_teams"."first_response_minutes" > 0 and "support_teams"."resolution_minutes" >= "support_teams"."first_response_minutes")
);
--> statement-breakpoint
ALTER TABLE "conversation_attachments" ADD CONSTRAINT "conversation_attachments_message_id_conversation_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."conversation_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_messages" ADD CONSTRAINT "conversation_messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_messages" ADD CONSTRAINT "conversation_messages_author_user_id_admin_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."admin_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_messages" ADD CONSTRAINT "conversation_messages_email_id_email_messages_id_fk" FOREIGN KEY ("email_id") REFERENCES "public"."email_messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_team_id_support_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."support_teams"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_assignee_id_admin_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."admin_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversation_attachments_message_idx" ON "conversation_attachments" USING btree ("message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_messages_message_id_idx" ON "conversation_messages" USING btree ("message_id") WHERE "conversation_messages"."message_id" is not null and "conversation_messages"."direction" = 'inbound';--> statement-breakpoint
CREATE INDEX "conversation_messages_conversation_idx" ON "conversation_messages" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE INDEX "conversations_buyer_idx" ON "conversations" USING btree ("buyer_email","last_message_at");--> statement-breakpoint
CREATE INDEX "conversations_order_idx" ON "conversations" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "conversations_list_idx" ON "conversations" USING btree ("last_message_at","id");--> statement-breakpoint
CREATE INDEX "conversations_open_due_idx" ON "conversations" USING btree ("first_response_due_at") WHERE "conversations"."status" <> 'closed' and "conversations"."first_responded_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "saved_replies_name_locale_idx" ON "saved_replies" USING btree ("name","locale");