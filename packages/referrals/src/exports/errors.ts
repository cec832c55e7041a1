/**
 * Thrown by {@link readCaseRecords} when its column mapping names a case record field that does not
 * exist: a programmer error in the mapping, not bad data in the export, so it is thrown rather than
 * reported on every row. The message names the column and the field, which are part of the
 * mapping, never a value from the export.
 *
 * @example
 * ```ts
 * import { InvalidColumnMappingError, readCaseRecords } from '@antislavery/referrals/read-exports';
 *
 * try {
 *   for await (const row of readCaseRecords('Ref\nA-1\n', { columns: { Ref: 'referenceNumber' as 'reference' } })) {
 *     row.ok;
 *   }
 * } catch (error) {
 *   error instanceof InvalidColumnMappingError;
 *   //=> true
 * }
 * ```
 */
export class InvalidColumnMappingError extends TypeError {
  /** Stable code for programs: always `export.mapping.unknown-field`. */
  readonly code = 'export.mapping.unknown-field' as const;
  /** The export column whose mapping is wrong. */
  readonly column: string;

  constructor(column: string, field: string) {
    super(
      `readCaseRecords(source, options.columns): column "${column}" maps to "${field}", which is not a case record field`,
    );
    this.name = 'InvalidColumnMappingError';
    this.column = column;
  }
}
