CREATE TABLE "reveals" (
	"room_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"item_id" text NOT NULL,
	"revealed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reveals_room_id_kind_item_id_pk" PRIMARY KEY("room_id","kind","item_id")
);
--> statement-breakpoint
ALTER TABLE "rooms" ADD COLUMN "reached_ms" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "reveals" ADD CONSTRAINT "reveals_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;