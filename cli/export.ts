// `attache export`: converts a JSON-LD backup of saved highlights to the formats research tools
// read, with the same code as the library page.
import { readFile } from 'node:fs/promises';

export const EXPORT_HELP = `Usage: attache export --format jsonld|csv|markdown|ris BACKUP.json

Reads a saved-highlights backup (the JSON-LD file the library page exports) and prints it in the
chosen format on stdout. A malformed or foreign file is refused with a message (exit 1).`;

const FORMATS = ['jsonld', 'csv', 'markdown', 'ris'] as const;
type Format = (typeof FORMATS)[number];

export async function runExport(args: string[]): Promise<number> {
  let format: Format | null = null;
  let file: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') {
      console.log(EXPORT_HELP);
      return 0;
    } else if (a === '--format') {
      const v = args[++i] as Format;
      if (!FORMATS.includes(v)) return fail(`--format must be one of ${FORMATS.join(', ')}`, 2);
      format = v;
    } else if (!file && !a.startsWith('-')) file = a;
    else return fail(`unexpected argument ${a}`, 2);
  }
  if (!format || !file) return fail('needs --format and a backup file', 2);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    return fail(`cannot read ${file}: ${(err as Error).message}`, 1);
  }
  try {
    const { exportFile } = await import('../lib/saved/export');
    process.stdout.write(exportFile(text, format));
    return 0;
  } catch (err) {
    return fail((err as Error).message, 1);
  }
}

function fail(msg: string, code: number): number {
  console.error(`attache export: ${msg}${code === 2 ? `\n\n${EXPORT_HELP}` : ''}`);
  return code;
}
