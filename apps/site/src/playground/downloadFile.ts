/**
 * Saves text as a file through an object URL and a temporary link: made in the browser, no
 * request leaves the page.
 */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers start the download only after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
