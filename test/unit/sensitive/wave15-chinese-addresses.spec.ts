import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 15: addresses written in Chinese (Taiwan, Hong Kong, the mainland): city, district, road and
// section, lane and alley, house number with 號/号, floor and room; a postcode run into it or on the line
// above. Examples written here.
const addresses = (text: string): string[] =>
  detectSensitive(text)
    .filter((f) => f.type === 'ADDRESS')
    .map((f) => f.text);

describe('Chinese-script addresses', () => {
  it.each([
    ['I live at 臺北市中正區重慶南路一段122號5樓之1, near the station.', '臺北市中正區重慶南路一段122號5樓之1'],
    ['地址：40341臺中市西區民權路18巷7弄9號', '40341臺中市西區民權路18巷7弄9號'],
    ['公司\n813\n高雄市左營區博愛二路77號12樓\n電話: (07) 555-0100', '813\n高雄市左營區博愛二路77號12樓'],
    ['Address: 香港灣仔軒尼詩道288號Harbour Tower 18樓C室', '香港灣仔軒尼詩道288號Harbour Tower 18樓C室'],
    ['住址广州市天河区体育西路103号', '广州市天河区体育西路103号'],
  ])('%s', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('no address', () => {
  it.each(['本公司成立於2015年，共有120號員工', '第3號決議', '在職證明書 發給第2026號'])('%s', (text) => {
    expect(addresses(text)).toEqual([]);
  });
});
