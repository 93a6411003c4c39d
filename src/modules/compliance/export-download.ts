import type { Response } from 'express';

/**
 * The download headers of a data export (R1). Set only once every part is read (as `writeExport`'s
 * `beforeFirstByte`): a failure or a not-found before that is an error page, never a "ZIP" download.
 */
export function startExportDownload(res: Response): void {
  const day = new Date().toISOString().slice(0, 10);
  res.set({
    'Content-Type': 'application/zip',
    'Content-Disposition': `attachment; filename="candor-data-${day}.zip"`,
    'Cache-Control': 'no-store',
  });
}
