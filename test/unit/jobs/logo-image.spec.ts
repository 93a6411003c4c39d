import { describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES, LOGO_MAX_SIDE, readLogo } from '../../../src/modules/jobs/logos/logo-image.js';
import { jpegLogo, PLANTED_METADATA, pngLogo, webpLogo } from '../../helpers/logo-images.js';

const rejection = (bytes: Buffer): string | undefined => {
  try {
    readLogo(bytes);
    return undefined;
  } catch (error) {
    return (error as { reason?: string }).reason;
  }
};

describe('a company logo read from its bytes', () => {
  it.each([
    ['PNG', pngLogo(4, 3), 'image/png', 4, 3],
    ['JPEG', jpegLogo(8, 6), 'image/jpeg', 8, 6],
    ['WebP', webpLogo(16, 12), 'image/webp', 16, 12],
  ])('%s: type and size from the header, metadata gone, the picture kept', (_name, bytes, type, width, height) => {
    expect(bytes.includes(PLANTED_METADATA)).toBe(true);
    const logo = readLogo(bytes);
    expect(logo).toMatchObject({ type, width, height });
    expect(logo.bytes.includes(PLANTED_METADATA)).toBe(false);
    expect(logo.bytes.length).toBeLessThan(bytes.length);
    // Read again, the cleaned file is the same image.
    expect(readLogo(logo.bytes)).toMatchObject({ type, width, height, bytes: logo.bytes });
  });

  it('keeps the JPEG scan whole, stuffed bytes and restart markers included', () => {
    const logo = readLogo(jpegLogo());
    expect(logo.bytes.subarray(-9)).toEqual(Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xd9]));
  });

  it('clears the WebP header flag of the EXIF it drops', () => {
    const logo = readLogo(webpLogo());
    expect(logo.bytes[20]! & 0x08).toBe(0);
    expect(logo.bytes.readUInt32LE(4)).toBe(logo.bytes.length - 8);
  });

  it('refuses what is not one of the three images, whatever its name or header says', () => {
    expect(rejection(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBe('notImage');
    expect(rejection(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBe('notImage');
    expect(rejection(pngLogo().subarray(0, 30))).toBe('notImage'); // cut short
    expect(rejection(Buffer.alloc(0))).toBe('notImage');
  });

  it('refuses a file over the size limit and an image over the side limit', () => {
    expect(rejection(Buffer.concat([pngLogo(), Buffer.alloc(LOGO_MAX_BYTES)]))).toBe('tooLarge');
    expect(rejection(pngLogo(LOGO_MAX_SIDE + 1, 1))).toBe('tooManyPixels');
    expect(rejection(jpegLogo(1, LOGO_MAX_SIDE + 1))).toBe('tooManyPixels');
    expect(rejection(pngLogo(LOGO_MAX_SIDE, 1))).toBeUndefined();
  });
});
