CREATE TABLE "ballots" (
	"poll_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"option_ids" jsonb NOT NULL,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ballots_poll_id_member_id_pk" PRIMARY KEY("poll_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "polls" (
	"id" uuid PRIMARY KEY NOT NULL,
	"room_id" uuid NOT NULL,
	"source" text NOT NULL,
	"pack_poll_id" text,
	"question" text NOT NULL,
	"options" jsonb NOT NULL,
	"kind" text NOT NULL,
	"hide_results" boolean DEFAULT false NOT NULL,
	"duration_ms" integer,
	"status" text NOT NULL,
	"opened_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"counts" jsonb NOT NULL,
	"voters" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "polls_room_id_idx" ON "polls" USING btree ("room_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "polls_room_pack_poll_idx" ON "polls" USING btree ("room_id","pack_poll_id");