import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 16: street words of Persian, Arabic, Azerbaijani, Armenian and Colombian Spanish addresses, French
// street words in lower case, "Case postale" boxes and "bis"/"ter" house numbers. Examples written here.
const addresses = (text: string): string[] =>
  detectSensitive(text)
    .filter((f) => f.type === 'ADDRESS')
    .map((f) => f.text);

describe('addresses around a street word', () => {
  it.each([
    ['Address: Աբովյան փ. 21, բն. 7, Երևան 0001', 'Աբովյան փ. 21, բն. 7, Երևան 0001'],
    ['ք. Գյումրի, Ռիժկովի պող. 5', 'ք. Գյումրի, Ռիժկովի պող. 5'],
    ['Ünvan: Füzuli küç. 33, mənzil 12, Bakı AZ1014', 'Füzuli küç. 33, mənzil 12, Bakı AZ1014'],
    ['AZ1000, Bakı şəh., Səbail r-nu, Neftçilər pr. 88', 'AZ1000, Bakı şəh., Səbail r-nu, Neftçilər pr. 88'],
    ['نشانی: شیراز، خیابان زند، کوچه ۷، پلاک ۱۲', 'شیراز، خیابان زند، کوچه ۷، پلاک ۱۲'],
    ['العنوان: ١٥ شارع النيل، الدقي، الجيزة', '١٥ شارع النيل، الدقي، الجيزة'],
    ['Dirección: Cra. 45 # 12-30, Laureles, Medellín', 'Cra. 45 # 12-30, Laureles, Medellín'],
    ['Dirección: Transversal 22 Bis # 60-11, Bogotá', 'Transversal 22 Bis # 60-11, Bogotá'],
    ['Adresse : chemin des Vignes 12ter, 1009 Pully', 'chemin des Vignes 12ter, 1009 Pully'],
    ['Case postale 2210, 1002 Lausanne', 'Case postale 2210, 1002 Lausanne'],
  ])('%s', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it('a street word alone in prose is no address', () => {
    expect(addresses('The avenue 12 people walked down was closed.')).toEqual([]);
    expect(addresses('We talked about the case 14 times.')).toEqual([]);
  });
});
