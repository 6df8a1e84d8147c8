/** The static pages learn the dataset version at run time; the server-rendered ones print it. */
export function showDatasetVersion(version: string): void {
  const slot = document.getElementById('dataset-version');
  if (slot) slot.textContent = version;
}
