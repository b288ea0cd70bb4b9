// The `attache` command: a thin argument parser over cli/analyze and the library exporter.
import { ANALYZE_HELP, runAnalyze, type AnalyzeCliOptions } from './analyze';
import { EXPORT_HELP, runExport } from './export';

const HELP = `Usage: attache <command> [options]

Commands:
  analyze FILE.html...            find officials and countries in saved pages (JSON per file)
  export --format F backup.json   convert a saved-highlights backup to jsonld, csv, markdown or ris

Run "attache <command> --help" for a command's options.`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help') {
    console.log(HELP);
    return command ? 0 : 2;
  }
  if (command === 'analyze') return analyzeCommand(rest);
  if (command === 'export') return runExport(rest);
  console.error(`attache: unknown command "${command}"\n\n${HELP}`);
  return 2;
}

async function analyzeCommand(args: string[]): Promise<number> {
  const opts: AnalyzeCliOptions = { jsonl: false, force: false, mentions: false };
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') {
      console.log(ANALYZE_HELP);
      return 0;
    } else if (a === '--jsonl') opts.jsonl = true;
    else if (a === '--force') opts.force = true;
    else if (a === '--mentions') opts.mentions = true;
    else if (a === '--url') {
      const v = args[++i];
      if (!v) return usage('--url needs a value');
      opts.url = v;
    } else if (a.startsWith('-') && a !== '-') return usage(`unknown option ${a}`);
    else files.push(a);
  }
  if (!files.length) return usage('no files given');
  return runAnalyze(files, opts);
}

function usage(msg: string): number {
  console.error(`attache analyze: ${msg}\n\n${ANALYZE_HELP}`);
  return 2;
}

export { EXPORT_HELP };
