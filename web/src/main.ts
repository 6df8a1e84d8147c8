// Placeholder front end until the explorer lands: lists the records from the API, each linking to its page.
interface Summary { id: string; kind: string; name: string; year?: number }

async function main() {
  const list = document.getElementById('records')!;
  const response = await fetch('/api/v1/cases?limit=500');
  const body = (await response.json()) as { records: Summary[] };
  list.replaceChildren(
    ...body.records
      .filter((r) => r.kind === 'mechanism' || r.kind === 'measure')
      .map((r) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `/cases/${r.id}`;
        link.textContent = `${r.name}${r.year ? ` (${r.year})` : ''}`;
        item.append(link, ` — ${r.kind}`);
        return item;
      }),
  );
}
void main();
