// esbuild's `binary` loader turns a font file into its bytes (the documents' bundle, bundle-functions.ts).
declare module '*.woff' {
  const bytes: Uint8Array;
  export default bytes;
}
