/** Browser file plumbing for the saves panel: download a town file, read a chosen one. */

/** Largest file the page reads before handing it to the worker (the worker checks again). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** Offers bytes as a download under `fileName`. */
export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  downloadBlob(
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/gzip' }),
    fileName,
  );
}

/** Offers a blob as a download under `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers read the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A chosen or dropped file's bytes; rejects with a readable message. */
export async function readFileBytes(file: File): Promise<Uint8Array> {
  if (file.size > MAX_IMPORT_BYTES)
    throw new Error(`"${file.name}" is too large to be a town (over 200 MB).`);
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new Error(`"${file.name}" could not be read.`);
  }
}

/** "1.4 MB", "820 KB" */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Wall-clock time of an ISO date: "14:05" today, else "26 Nov 14:05". */
export function formatWhen(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const time = d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  if (d.toDateString() === now.toDateString()) return time;
  return `${d.toLocaleDateString([], { day: 'numeric', month: 'short' })} ${time}`;
}
