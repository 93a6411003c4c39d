import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 18: an address found by its label (any language) or a phrase that leads into it, and by its shape (a house
// number or postcode, or several comma parts), with no street word of its locale known. Examples written here.
const addresses = (text: string): string[] => detectSensitive(text).filter((f) => f.type === 'ADDRESS').map((f) => f.text);

describe('addresses after a label, read by their shape', () => {
  it.each([
    ['Address: 41, Triq il-Mithna, Rabat RBT 1021, Malta', '41, Triq il-Mithna, Rabat RBT 1021, Malta'],
    ['2. Current address: Andijon sh., Bobur tumani, 4-mavze, 17-uy, 9-xonadon', 'Andijon sh., Bobur tumani, 4-mavze, 17-uy, 9-xonadon'],
    ['Хаяг: Дархан, 7-р баг, 12-р байр, 34 тоот, 45000', 'Дархан, 7-р баг, 12-р байр, 34 тоот, 45000'],
    ['Мекенжай: Шымкент қ., Тәуке хан даңғылы, 19-үй', 'Шымкент қ., Тәуке хан даңғылы, 19-үй'],
    ['پتہ: مکان نمبر ۱۲، گلی نمبر ۹، ملتان', 'مکان نمبر ۱۲، گلی نمبر ۹، ملتان'],
    ['Venue: P.O. Box 40211-00100, Mombasa — Shift 08:00–17:00', 'P.O. Box 40211-00100, Mombasa'],
    ['Adresse: 14, chemin des Vignes, 1260 Nyon', '14, chemin des Vignes, 1260 Nyon'],
  ])('%s', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it('reads on to a line that finishes the address: a postcode or a city', () => {
    expect(addresses('Physical address: Moi Avenue, Tudor\nMombasa\nCell: 0722 000 111')).toEqual(['Moi Avenue, Tudor\nMombasa']);
    expect(addresses('Address: Chilonzor tumani, 9-mavze, 4-uy\nToshkent sh. 100115')).toEqual(['Chilonzor tumani, 9-mavze, 4-uy\nToshkent sh. 100115']);
  });

  it('after a phrase that leads into it, inline or on the next line', () => {
    expect(addresses('I have moved to Jomo Kenyatta Road, Eldoret 30100, closer to the depot.')).toEqual(['Jomo Kenyatta Road, Eldoret 30100']);
    expect(addresses('Please send the contract to:\nHouse 12-B, Model Town, Lahore\nRegards,\nAmina')).toEqual(['House 12-B, Model Town, Lahore']);
  });

  it('is not an address: an e-mail or IP address, a permit, prose, a stage of a process', () => {
    expect(addresses('Email address: wanjiru.k@example.com')).toEqual([]);
    expect(addresses('IP address: 10.0.0.12')).toEqual([]);
    expect(addresses('Residence permit: valid until 2027')).toEqual([]);
    expect(addresses('Address history (last 5 years)')).toEqual([]);
    expect(addresses('Candidate 4471 moved to the interview stage on 2024-03-02.')).toEqual([]);
    expect(addresses('Things I am used to:\nExcel, Word, PowerPoint')).toEqual([]);
  });
});
