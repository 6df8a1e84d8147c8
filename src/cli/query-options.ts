/**
 * A match request as command-line options, shared by `match` and `permalink --make`: the same option names,
 * read the same way, so that the two commands take a query alike. The contract (src/domain/match/contract.ts)
 * then checks the values, each command with its own bounds.
 */

/** The options of a query, as `parseArgs` declares them; a command adds its own. */
export const queryOptions = {
  text: { type: 'string' },
  measure: { type: 'string' },
  preset: { type: 'string' },
  limit: { type: 'string' },
  seed: { type: 'string' },
  runs: { type: 'string' },
  group: { type: 'string' },
  era: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  contemporary: { type: 'string' },
} as const;

/** An option given as text, as the contract expects it: a number where it asks for one. */
export const numeric = (value: string | undefined) =>
  value === undefined ? undefined : value.trim() === '' ? value : Number(value);

/** The settings of a query (all but its text and measure), as the request's fields; those not given are undefined. */
export function querySettings(values: Partial<Record<keyof typeof queryOptions, string>>) {
  return {
    preset: values.preset,
    limit: numeric(values.limit),
    seed: numeric(values.seed),
    runs: numeric(values.runs),
    group: values.group,
    era: values.era,
    from: numeric(values.from),
    to: numeric(values.to),
    contemporary: numeric(values.contemporary),
  };
}
