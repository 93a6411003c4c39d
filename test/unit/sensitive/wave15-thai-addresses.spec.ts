import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 15: Thai addresses in Thai script — house number (also after เลขที่ or a room ห้อง), village, lane,
// road, subdistrict, district, province and postcode, one space apart, over at most one line break.
// Examples written here.
const addresses = (text: string): string[] =>
  detectSensitive(text)
    .filter((f) => f.type === 'ADDRESS')
    .map((f) => f.text);

describe('Thai-script addresses', () => {
  it.each([
    ['Where: เลขที่ 15 ซอยอารีย์ 2 ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพมหานคร 10400, reception', 'เลขที่ 15 ซอยอารีย์ 2 ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพมหานคร 10400'],
    ['- lives 44/12 หมู่ 2 ถนนนิมมานเหมินท์ ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200\n- notice 1m', '44/12 หมู่ 2 ถนนนิมมานเหมินท์ ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200'],
    ['ห้อง 1207 88 ซอยสุขุมวิท 21 ถนนสุขุมวิท\nแขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110\nTel below', 'ห้อง 1207 88 ซอยสุขุมวิท 21 ถนนสุขุมวิท\nแขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110'],
  ])('%s', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('no address', () => {
  it.each(['ซอยนี้เงียบมาก', 'มี 3 ถนน ในหมู่บ้าน', 'รุ่น 2 ถนนใหม่'])('%s', (text) => {
    expect(addresses(text)).toEqual([]);
  });
});
