// Default region from the browser's time zone. WhatsApp treats the "European region (including UK)"
// differently (what-whatsapp-shares.md §3.2): WhatsApp Ireland is the controller and Meta does not use the data
// for its own ads and products. We read that as the EEA (EU + Iceland, Liechtenstein, Norway), the UK
// and Switzerland, including EU outermost regions. A time zone is only a guess at where someone lives,
// so the user can always change the region; this list only picks the starting value.
import type { Region } from '../model/ids';
import type { SourceId } from './sources';

/** What the region choice rests on, for the settings page to cite. */
export const REGION_SOURCE: SourceId = 'european-region-2021';

/** IANA zones (and their legacy aliases) inside the European Region. Listed one by one on purpose:
 *  `Europe/*` also covers Russia, Belarus, Ukraine, Moldova, Turkey and the non-EU Balkans. */
export const EUROPEAN_REGION_TIME_ZONES: ReadonlySet<string> = new Set([
  // EU member states
  'Europe/Vienna',
  'Europe/Brussels',
  'Europe/Sofia',
  'Europe/Zagreb',
  'Asia/Nicosia',
  'Asia/Famagusta',
  'Europe/Nicosia',
  'Europe/Prague',
  'Europe/Copenhagen',
  'Europe/Tallinn',
  'Europe/Helsinki',
  'Europe/Mariehamn',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Busingen',
  'Europe/Athens',
  'Europe/Budapest',
  'Europe/Dublin',
  'Eire',
  'Europe/Rome',
  'Europe/Riga',
  'Europe/Vilnius',
  'Europe/Luxembourg',
  'Europe/Malta',
  'Europe/Amsterdam',
  'Europe/Warsaw',
  'Poland',
  'Europe/Lisbon',
  'Portugal',
  'Atlantic/Madeira',
  'Atlantic/Azores',
  'Europe/Bucharest',
  'Europe/Bratislava',
  'Europe/Ljubljana',
  'Europe/Madrid',
  'Africa/Ceuta',
  'Atlantic/Canary',
  'Europe/Stockholm',
  // EU outermost regions (EU law applies there)
  'Indian/Reunion',
  'Indian/Mayotte',
  'America/Martinique',
  'America/Guadeloupe',
  'America/Cayenne',
  'America/Marigot',
  // EEA outside the EU, and Switzerland
  'Atlantic/Reykjavik',
  'Iceland',
  'Europe/Vaduz',
  'Europe/Oslo',
  'Arctic/Longyearbyen',
  'Atlantic/Jan_Mayen',
  'Europe/Zurich',
  // United Kingdom ("including UK"); the Crown Dependencies and Gibraltar share its clocks and are a
  // closer guess than "elsewhere"
  'Europe/London',
  'Europe/Belfast',
  'GB',
  'GB-Eire',
  'Europe/Jersey',
  'Europe/Guernsey',
  'Europe/Isle_of_Man',
  'Europe/Gibraltar',
  // Microstates inside the EU's borders
  'Europe/Andorra',
  'Europe/Monaco',
  'Europe/San_Marino',
  'Europe/Vatican',
]);

export function regionFromTimeZone(timeZone: string | undefined): Region {
  return timeZone !== undefined && EUROPEAN_REGION_TIME_ZONES.has(timeZone) ? 'european-region' : 'elsewhere';
}

export function currentTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
