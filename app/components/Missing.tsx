// A party that is not there (a mistyped code, a party that ended): says so and leads back.
import Link from "next/link";

export function Missing({ code, message }: { code: string; message: string }) {
  return (
    <main className="page">
      <section className="card" role="alert">
        <h2>Party {code}</h2>
        <p>{message}</p>
        <Link className="button" href="/" prefetch={false}>
          Back to the start
        </Link>
      </section>
    </main>
  );
}
