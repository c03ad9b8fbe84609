/** The part of pngjs (no types of its own) the catalogues' pictures use: a PNG's pixels, and a PNG of pixels. */
declare module 'pngjs' {
  interface PngImage {
    width: number;
    height: number;
    data: Buffer;
  }
  const pngjs: {
    PNG: {
      sync: {
        read(bytes: Buffer): PngImage;
        write(image: PngImage, options?: { colorType?: number; deflateLevel?: number }): Buffer;
      };
    };
  };
  export default pngjs;
}
