/**
 * Version of the comparison engine and the API's behaviour. Bumped whenever the same query on the same
 * dataset could give a different answer, so permalinks can tell that a result was computed differently.
 */
export const engineVersion = '2.1.0';
