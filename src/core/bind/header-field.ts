/**
 * What a column header means (spec §3.2). `reporting-unit` is the ambiguous `đơn vị`: a unit of
 * measure in a long table, the province column of a wide table.
 */
export type HeaderField =
  | 'indicator-code'
  | 'indicator-name'
  | 'value'
  | 'numerator'
  | 'denominator'
  | 'evidence'
  | 'province-code'
  | 'province-name'
  | 'reporting-unit'
  | 'entity-label'
  | 'year'
  | 'note'
  | 'unit'
  | 'info'
  | 'ignored';
