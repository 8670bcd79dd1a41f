// Exits 0 when the Redis server at the given URL answers PING within 5 s.
import { createClient } from "redis";

const client = createClient({ url: process.argv[2], socket: { connectTimeout: 5000, reconnectStrategy: false } });
client.on("error", () => {});
try {
  await client.connect();
  await client.ping();
  await client.close();
} catch (error) {
  console.error(`[test] Redis: ${error.message}`);
  process.exit(1);
}
