export interface DemoCampus {
  name: string;
  /** Name of the school district the campus belongs to. */
  district: string;
  address: string;
  /** A real Coastal Bend ZIP code. */
  zip: string;
  /** Decimal degrees as numeric(9,6) strings, within a few kilometers of the ZIP's center. */
  latitude: string;
  longitude: string;
}

/**
 * Invented campuses placed around Corpus Christi Bay: Port Alder ISD on the north shore,
 * Mesquite Flats ISD inland to the west, Sable Creek ISD on the south side of the bay.
 */
export const demoCampuses: DemoCampus[] = [
  {
    name: 'Port Alder High School',
    district: 'Port Alder ISD',
    address: '2400 Seagull Blvd, Port Alder, TX',
    zip: '78374',
    latitude: '27.884120',
    longitude: '-97.321450',
  },
  {
    name: 'Port Alder Maritime Academy',
    district: 'Port Alder ISD',
    address: '600 Harbor Dr, Port Alder, TX',
    zip: '78362',
    latitude: '27.872310',
    longitude: '-97.208760',
  },
  {
    name: 'Port Alder Career & Technical Center',
    district: 'Port Alder ISD',
    address: '1800 Commerce St, Port Alder, TX',
    zip: '78336',
    latitude: '27.905840',
    longitude: '-97.164930',
  },
  {
    name: 'Mesquite Flats High School',
    district: 'Mesquite Flats ISD',
    address: '900 Ranch Rd, Mesquite Flats, TX',
    zip: '78380',
    latitude: '27.796530',
    longitude: '-97.681240',
  },
  {
    name: 'Mesquite Flats Early College High School',
    district: 'Mesquite Flats ISD',
    address: '415 College Way, Mesquite Flats, TX',
    zip: '78380',
    latitude: '27.801870',
    longitude: '-97.703950',
  },
  {
    name: 'Mesquite Flats North High School',
    district: 'Mesquite Flats ISD',
    address: '3100 County Road 52, Mesquite Flats, TX',
    zip: '78370',
    latitude: '27.944210',
    longitude: '-97.579630',
  },
  {
    name: 'Sable Creek High School',
    district: 'Sable Creek ISD',
    address: '5200 Sable Creek Pkwy, Sable Creek, TX',
    zip: '78414',
    latitude: '27.672480',
    longitude: '-97.371560',
  },
  {
    name: 'Sable Creek West High School',
    district: 'Sable Creek ISD',
    address: '7400 Windmill Rd, Sable Creek, TX',
    zip: '78413',
    latitude: '27.693150',
    longitude: '-97.408220',
  },
  {
    name: 'Sable Creek Health Science Academy',
    district: 'Sable Creek ISD',
    address: '3300 Clinic Dr, Sable Creek, TX',
    zip: '78412',
    latitude: '27.709640',
    longitude: '-97.349810',
  },
  {
    name: 'Sable Creek Collegiate & Career Center',
    district: 'Sable Creek ISD',
    address: '4100 Innovation Way, Sable Creek, TX',
    zip: '78415',
    latitude: '27.724830',
    longitude: '-97.413070',
  },
];
