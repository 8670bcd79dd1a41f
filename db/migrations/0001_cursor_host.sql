ALTER TABLE "rooms" ADD COLUMN "host_member_id" uuid;--> statement-breakpoint
-- Rooms made before this migration: their host is the member with the host role.
UPDATE "rooms" SET "host_member_id" = (
  SELECT "id" FROM "members" WHERE "members"."room_id" = "rooms"."id" AND "members"."role" = 'host'
  ORDER BY "created_at" LIMIT 1
);
