import { TransactionRunner } from '@xinzhi/server-db';

/** Loads the demo catalog and pain points (idempotent); filled in with the catalog. */
export async function seedDemoSolutions(
  _tx: TransactionRunner,
  _directory: { parks: Record<string, string>; tenants: Record<string, { id: string; people: Record<string, { userId: string }> }> },
): Promise<{ solutions: number; painPoints: number }> {
  return { solutions: 0, painPoints: 0 };
}
