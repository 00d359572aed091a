import { CITY_INCOME_TAXES } from "../tables/locals/city-income-taxes";
import { PA_PSD_CODES } from "../tables/locals/pa-local";

/** A resident local tax the engine knows, named by a home address's city. */
export type AddressLocality = { code: string; name: string };

/** "St. Louis", "Saint Louis", "st louis" → "ST_LOUIS", the form locality codes use. */
function placeKey(city: string): string {
  return city
    .trim()
    .toUpperCase()
    .replace(/^SAINT\s+/, "ST ")
    .replace(/[.'’]/g, "")
    .replace(/[\s-]+/g, "_");
}

const PHILADELPHIA = "880000";
const PITTSBURGH = "700102";

/**
 * Cities whose name on an address is the taxing place itself. Mailing cities follow post offices,
 * not municipal lines (a "Columbus" address can be in a suburb), so a match is what the address
 * suggests, for the employee's preview and the specialist to confirm, never a code set on file.
 */
const PLACES: Readonly<Record<string, AddressLocality>> = {
  ...Object.fromEntries(
    Object.entries(CITY_INCOME_TAXES).map(([code, entry]) => [code, { code, name: entry.name }]),
  ),
  "NY:NEW_YORK": { code: "NY:NYC", name: "New York City" },
  "NY:NEW_YORK_CITY": { code: "NY:NYC", name: "New York City" },
  "NY:MANHATTAN": { code: "NY:NYC", name: "New York City" },
  "NY:BROOKLYN": { code: "NY:NYC", name: "New York City" },
  "NY:BRONX": { code: "NY:NYC", name: "New York City" },
  "NY:STATEN_ISLAND": { code: "NY:NYC", name: "New York City" },
  "NY:YONKERS": { code: "NY:YONKERS", name: "Yonkers" },
  ...(PA_PSD_CODES[PHILADELPHIA]
    ? { "PA:PHILADELPHIA": { code: `PA:${PHILADELPHIA}`, name: "Philadelphia" } }
    : {}),
  ...(PA_PSD_CODES[PITTSBURGH] ? { "PA:PITTSBURGH": { code: `PA:${PITTSBURGH}`, name: "Pittsburgh" } } : {}),
};

/**
 * The resident local tax a home address's city names, when the tables hold one for that city and
 * state; undefined otherwise (no local tax known, or one that needs a county or school district the
 * address does not state, as in Maryland, Indiana and most of Pennsylvania).
 */
export function localityOfAddress(address: { state: string; city: string }): AddressLocality | undefined {
  return PLACES[`${address.state.trim().toUpperCase()}:${placeKey(address.city)}`];
}
