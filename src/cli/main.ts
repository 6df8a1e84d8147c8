/**
 * The command-line tool: `npm run --silent cli -- <command>`. A thin shell: it parses arguments, loads
 * the case-base from `cases/` and hands over to the domain; output formats live in the commands.
 */
import { runCite } from './cite.ts';
import { runExport } from './export.ts';
import { runPermalink } from './permalink.ts';
import { runMatch } from './match.ts';
import { runShow } from './show.ts';
import { runStats } from './stats.ts';
import { runValidate } from './validate.ts';
import { CliError, type CommandResult } from './command.ts';

const usage = `Precedents — historical confidence-building mechanisms compared with proposed AI measures.

Usage: npm run --silent cli -- <command> [options]

Commands:
  validate [--cases DIR]                 check every case file; list every problem as file:line field: message
  show <id> [--format json|text]         print one record
  stats [--format text|json]             counts by kind, function family, decade and confidence; gaps in the coding
  export --format json|csv               print the whole case-base
  cite <id> | --dataset | --permalink URL [--format csl-json|bibtex|ris|chicago|apa|gb-t-7714]
       [--source SOURCE_ID] [--accessed YYYY-MM-DD] [--site URL]
                                         a citation, rendered by citation-js from CSL-JSON (default chicago)
  permalink URL [--pinned-cases DIR] [--format table|json]
                                         open a comparison's permalink: its ranking, and whether it is the pinned result
  permalink --make --measure ID | --text "…" [--preset P] [--seed S] [--weights JSON] [--site URL] [--date YYYY-MM-DD]
                                         print a permalink pinning the query, seed and versions
  match --text "…" | --measure ID [--preset P] [--limit N] [--seed S] [--runs R] [--group family|none]
        [--era E | --from YEAR --to YEAR] [--contemporary N] [--format table|json|csv]
                                         rank historical precedents (one per lineage family unless --group none),
                                         with reasons and robustness; AI-domain records apart, "already under way"
  match … --why ID [--format table|json]
                                         where ID ranks for the query, and which features cost it
  match --batch FILE.jsonl [--format jsonl]
                                         one query a line ({"text": …} or {"measure": …}), one result a line;
                                         a refused line is answered {"line", "problems"} and the exit code is 1

Options:
  --cases DIR                            the case-base folder (default: cases)
  --help                                 show this help`;

const commands: Record<string, (args: string[]) => CommandResult> = {
  validate: runValidate,
  show: runShow,
  export: runExport,
  cite: runCite,
  permalink: runPermalink,
  match: runMatch,
  stats: runStats,
};

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === 'help') {
    console.log(usage);
    return command === undefined ? 2 : 0;
  }
  const run = commands[command];
  if (!run) {
    console.error(`precedents: unknown command "${command}"\n\n${usage}`);
    return 2;
  }
  try {
    const result = run(rest);
    if (result.stdout) process.stdout.write(result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`);
    if (result.stderr) process.stderr.write(result.stderr.endsWith('\n') ? result.stderr : `${result.stderr}\n`);
    return result.exitCode;
  } catch (error) {
    if (error instanceof CliError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`precedents ${command}: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
