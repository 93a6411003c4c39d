import { readFileSync } from 'node:fs';
import { countryCodeOf, placeKey } from '../../../kernel/places/countries.js';

// Which part of "Kimironko, Kigali" is the town. A contact line names a place in two orders that look
// alike: "City, Region" ("Portland, Oregon", "Reading, Berkshire") and "District, City" ("Kimironko,
// Kigali", "Envigado, Medellín", "Katutura, Windhoek"). Words alone cannot tell them apart; a gazetteer
// of towns (GeoNames, data/city-gazetteer.json, built by scripts/build-city-gazetteer.mjs) can.

interface Place {
  country: string;
  /** Latitude and longitude in tenths of a degree. */
  lat: number;
  lon: number;
  /** Population in thousands. */
  population: number;
  /** A capital, or the seat of a first-level division (Paro, Dangriga): a town people name as theirs whatever its size. */
  seat: boolean;
}

/** A town big enough, or important enough, to be the one a district is named with: thousands of people. */
const TOWN_MIN_POPULATION = 50;
/** How far a district lies from its town at most: a suburb or a satellite town of its metropolis. */
const DISTRICT_MAX_KM = 30;

let places: Map<string, Place[]> | undefined;


/**
 * The gazetteer file, read and parsed when the lookup is first built: only the lookup stays in memory
 * (a JSON module would keep the file's 25,000 lines alive in every extraction worker for good).
 */
function gazetteerLines(): readonly string[] {
  return (JSON.parse(readFileSync(new URL('./data/city-gazetteer.json', import.meta.url), 'utf8')) as { places: string[] }).places;
}

function placesNamed(name: string): readonly Place[] {
  if (!places) {
    places = new Map();
    for (const line of gazetteerLines()) {
      const [placeName, country, lat, lon, population, kind] = line.split('|') as [string, string, string, string, string, string];
      const key = placeKey(placeName);
      const list = places.get(key) ?? [];
      list.push({ country, lat: Number(lat), lon: Number(lon), population: Number(population), seat: kind !== '' });
      places.set(key, list);
    }
  }
  return places.get(placeKey(name)) ?? [];
}

function kilometresBetween(a: Place, b: Place): number {
  const radians = Math.PI / 1800;
  const dLat = (b.lat - a.lat) * radians;
  const dLon = (b.lon - a.lon) * radians;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * "Kimironko, Kigali": whether the second name is the town and the first a district of it. It is when the
 * second names a capital, a seat or a town of 50,000 people (in the given countries, when the résumé says
 * which: a country after the place, the phone number's country) and the first names no town of that
 * country, or only a smaller one within 30 km of it (a suburb, a satellite town: "Envigado, Medellín").
 * "Portland, Oregon" keeps Portland (Oregon, Ohio is a town of 20,000); "Campinas, São Paulo" keeps
 * Campinas (90 km away); "Kent, Washington" keeps Kent (a bigger Kent than any Washington, when no
 * country is known); "Goris, Armenia" keeps Goris (a country is never the town).
 */
export function isDistrictOfTown(first: string, second: string, countries: ReadonlySet<string> = new Set()): boolean {
  // "Goris, Armenia", "Mong Kok, Hong Kong": a country's name after the comma is the country, though a town has it too.
  if (countryCodeOf(second) !== undefined) return false;
  // When the résumé names the country, any town of it the gazetteer knows is a town ("Tumon, Tamuning", Guam).
  const towns = placesNamed(second).filter((place) => (countries.size === 0 ? place.population >= TOWN_MIN_POPULATION || place.seat : countries.has(place.country)));
  if (towns.length === 0) return false;
  const town = towns.reduce((biggest, place) => (place.population > biggest.population ? place : biggest));
  const namesakes = placesNamed(first);
  const sameCountry = namesakes.filter((place) => place.country === town.country);
  if (sameCountry.length > 0) return sameCountry.every((place) => place.population < town.population && kilometresBetween(place, town) <= DISTRICT_MAX_KM);
  return countries.size > 0 || namesakes.every((place) => place.population < town.population);
}

/** "Gibraltar", "Singapore", "Luxembourg": a country whose capital bears its name. */
export function isCityState(name: string): boolean {
  const country = countryCodeOf(name);
  return country !== undefined && placesNamed(name).some((place) => place.country === country && place.seat);
}

/** Whether the gazetteer knows a town of this name (in one of the given countries, when any is given). */
export function namesKnownTown(name: string, countries: ReadonlySet<string> = new Set()): boolean {
  return placesNamed(name).some((place) => countries.size === 0 || countries.has(place.country));
}
