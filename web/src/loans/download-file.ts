/** Hands a downloaded file to the browser under a name. */
export const saveFile = (file: Blob, name: string) => {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
};

/** Cents as French people read an amount: « 1 234,50 € ». */
export const euros = (localeTag: string, cents: number) =>
  new Intl.NumberFormat(localeTag, { style: 'currency', currency: 'EUR' }).format(cents / 100);
