// A party or a record that is not there (a mistyped code, a party that ended): says so
// and leads back.
import Link from "next/link";

export function Missing({ title, message }: { title: string; message: string }) {
  return (
    <main className="page">
      <section className="card" role="alert">
        <h1>{title}</h1>
        <p>{message}</p>
        <Link className="button" href="/" prefetch={false}>
          Back to the start
        </Link>
      </section>
    </main>
  );
}
