/** Rows read with `id in (...)` come back in any order: this puts them in the order asked, leaving out those not found. */
export function inOrder<R extends { id: number }>(rows: R[], ids: readonly number[]): R[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
