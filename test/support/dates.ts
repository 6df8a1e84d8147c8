/** Calendar dates written YYYY-MM-DD, for property-based tests of access and creation dates. */
import fc from 'fast-check';

export const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
