import { getTableColumns, type InferSelectModel, type Table } from 'drizzle-orm';

/**
 * A row of `table` from its `to_json` in SQL (keys are column names), as drizzle would return it
 * (keys are the table's property names, values mapped from the driver's: timestamps as Dates). For a
 * statement that reads records of several tables at once.
 */
export function rowFromJson<T extends Table>(table: T, json: Record<string, unknown>): InferSelectModel<T> {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[key] = value == null ? (value ?? null) : column.mapFromDriverValue(value);
  }
  return row as InferSelectModel<T>;
}
