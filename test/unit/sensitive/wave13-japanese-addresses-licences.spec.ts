import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 13 (second round): Japanese-script addresses and licence numbers written after their label
// with spaces, as six digits, or as twelve digits. Examples written here, not copied from a set.
const ofType = (text: string, type: string): string[] => detectSensitive(text).filter((f) => f.type === type).map((f) => f.text);

describe('Japanese addresses in Japanese script', () => {
  it.each([
    ['現住所 〒150-0002東京都渋谷区渋谷4丁目22番7号\n携帯電話', '〒150-0002東京都渋谷区渋谷4丁目22番7号'],
    ['住所：〒604-8001 京都府京都市中京区河原町通3丁目5-12 グランハイツ302号室\n', '〒604-8001 京都府京都市中京区河原町通3丁目5-12 グランハイツ302号室'],
    ['〒980-0021\n宮城県仙台市青葉区中央2-7-30 12F\nTEL', '〒980-0021\n宮城県仙台市青葉区中央2-7-30 12F'],
    ['住所：静岡県浜松市中区砂山町123番地\n', '静岡県浜松市中区砂山町123番地'],
    ['Ship to 731-0022 広島県広島市安佐南区上安1丁目8番3号 please', '731-0022 広島県広島市安佐南区上安1丁目8番3号'],
    ['住所北海道函館市本町5-2-1', '北海道函館市本町5-2-1'],
  ])('%s', (text, address) => {
    expect(ofType(text, 'ADDRESS')).toEqual([address]);
  });

  it('needs a prefecture, or a postcode before a city or ward', () => {
    expect(ofType('勤務地は東京希望、年収457万円', 'ADDRESS')).toEqual([]);
    expect(ofType('TOEIC 794点（2020年）', 'ADDRESS')).toEqual([]);
    expect(ofType('会議室3-2-1で面接', 'ADDRESS')).toEqual([]);
    expect(ofType('〒150-0002 渋谷区渋谷2丁目1-5', 'ADDRESS')).toEqual(['〒150-0002 渋谷区渋谷2丁目1-5']);
  });
});

describe('licence numbers right after their label', () => {
  it.each([
    ["Driver's licence: 520318447196", '520318447196'],
    ['運転免許証番号：298253200187', '298253200187'],
    ["Driver's licence: 741203 558 (to exchange)", '741203 558'],
    ['Førerkortnummer: 112 605 337', '112 605 337'],
    ['Řidičský průkaz č. EB 730214', 'EB 730214'],
    ['Driving licence no. 402718', '402718'],
    ['DL 1234567', '1234567'],
  ])('%s', (text, value) => {
    expect(ofType(text, 'DRIVER_LICENSE')).toEqual([value]);
  });

  it('a 3-3-3 value named as a licence is not an unnamed SIN', () => {
    expect(detectSensitive('Førerkortnummer: 046 454 286').map((f) => [f.type, f.text])).toEqual([['DRIVER_LICENSE', '046 454 286']]);
  });

  it('spaced groups and six digits need the label right before them', () => {
    expect(ofType("Driver's licence held since 2009; postcode 402718", 'DRIVER_LICENSE')).toEqual([]);
    expect(ofType('Driving licence, class B. Tel 893 575 114', 'DRIVER_LICENSE')).toEqual([]);
    expect(ofType('운전면허 99-22-123456-12', 'DRIVER_LICENSE')).toEqual([]);
  });
});
