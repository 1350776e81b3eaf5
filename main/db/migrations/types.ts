export interface Migration {
  /** 1, 2, 3 … in order, never reused. */
  version: number;
  name: string;
  sql: string;
}
