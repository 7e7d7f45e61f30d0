import { cookies } from 'next/headers';

// Dynamic like every page of the app (it reads the request's cookies) and renders a list of 50 items.
export default async function FloorPage() {
  const cookieCount = (await cookies()).getAll().length;
  const items = Array.from({ length: 50 }, (_, index) => ({ id: index, label: `Item ${index + 1}` }));
  return (
    <main>
      <h1>Floor</h1>
      <p>{cookieCount} cookies</p>
      <ul>
        {items.map((item) => (
          <li key={item.id}>{item.label}</li>
        ))}
      </ul>
    </main>
  );
}
