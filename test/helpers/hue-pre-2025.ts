/**
 * Code 46 before 2025, as the registry holds it and `provinces --format json` prints it: one
 * row, the city of Huế from 2025-01-01, still answering to Thừa Thiên Huế.
 * The registry test and the CLI test expect the same row, so it is written once.
 */
export const HUE_PRE_2025 = {
  code: '46',
  name: 'Huế',
  type: 'city',
  era: 'pre-2025',
  validFrom: '2025-01-01',
  validTo: '2025-06-30',
  successor: '46',
  aliases: ['Thừa Thiên Huế', 'TT Huế'],
} as const;
