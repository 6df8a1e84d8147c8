/**
 * The ranking shown, to take away: as CSV (one row per precedent, the same columns as the command line's
 * `--format csv`, src/domain/match/ranking-csv.ts) and as a bibliography of its records in BibTeX or RIS,
 * each entry the record's own citation from the API (GET /api/v1/cases/{id}/cite), in rank order.
 * The CSV writer is loaded only when asked for, so it costs the first paint nothing.
 */
import type { Ranking } from '@domain/match/contract.ts';
import { fetchCitation, recordCiteUrl } from '../cite/cite-dialog.ts';
import { boxWhile, h } from '../shared/dom.ts';
import { exportFileName } from './result-words.ts';
import { t } from './page-words.ts';

/** The words of this panel, from the message catalogue; the formats' names are the same in every language. */
const text = {
  label: t('wb.export.label'),
  preparing: t('wb.export.preparing'),
  ready: (file: string) => t('wb.export.ready', { file }),
  failed: (message: string) => t('wb.export.failed', { message }),
  csv: 'CSV',
  bibtex: 'BibTeX',
  ris: 'RIS',
  csvName: t('wb.export.csvName'),
  bibtexName: t('wb.export.bibtexName'),
  risName: t('wb.export.risName'),
};

export interface ExportProps {
  ranking: Ranking;
  /** The question in a few words, for the file's name. */
  what: string;
}

function save(content: string, type: string, file: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = h('a', { href: url, download: file, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function bibliography(ranking: Ranking, format: 'bibtex' | 'ris'): Promise<string> {
  const sets = await Promise.all(ranking.results.map((r) => fetchCitation(recordCiteUrl(r.id))));
  return `${sets.map((s) => s.citation[format].trim()).join('\n\n')}\n`;
}

export function renderExport(props: ExportProps | undefined): void {
  const box = boxWhile('export-tools', props !== undefined);
  if (!box || !props) return;
  const status = h('span', { class: 'export-status', role: 'status' });
  const action = (label: string, name: string, extension: string, make: () => Promise<[string, string]>) => {
    const button = h(
      'button',
      { type: 'button', 'data-format': extension },
      label,
      h('span', { class: 'visually-hidden' }, ` ${name}`),
    );
    button.addEventListener('click', () => {
      status.textContent = text.preparing;
      const file = exportFileName(props.what, extension);
      make()
        .then(([content, type]) => {
          save(content, type, file);
          status.textContent = text.ready(file);
        })
        .catch((error: unknown) => (status.textContent = text.failed((error as Error).message)));
    });
    return button;
  };
  const { ranking } = props;
  box.replaceChildren(
    h('span', { class: 'export-label' }, text.label),
    action(text.csv, text.csvName, 'csv', async () => {
      const { rankingCsv } = await import('@domain/match/ranking-csv.ts');
      return [rankingCsv(ranking), 'text/csv;charset=utf-8'];
    }),
    ' ',
    action(text.bibtex, text.bibtexName, 'bib', async () => [
      await bibliography(ranking, 'bibtex'),
      'application/x-bibtex;charset=utf-8',
    ]),
    ' ',
    action(text.ris, text.risName, 'ris', async () => [
      await bibliography(ranking, 'ris'),
      'application/x-research-info-systems;charset=utf-8',
    ]),
    ' ',
    status,
  );
}
