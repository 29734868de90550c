import type { employerSizes } from '../db/schema/index.js';

export interface DemoEmployer {
  name: string;
  /** A 6-digit 2022 NAICS code for the kind of business named. */
  naicsCode: string;
  size: (typeof employerSizes)[number];
  /** A real Coastal Bend ZIP code. The loader places the employer at the ZIP's center. */
  zip: string;
}

/** Invented employers of the demo region, in 18 of the 20 NAICS sectors. */
export const demoEmployers: DemoEmployer[] = [
  { name: 'Harbor Point Refining', naicsCode: '324110', size: '250-999', zip: '78362' },
  { name: 'Bayside Regional Medical Center', naicsCode: '622110', size: '1000+', zip: '78404' },
  { name: 'Coastline Welding & Fabrication', naicsCode: '332312', size: '50-249', zip: '78374' },
  { name: 'Pelican Freight Lines', naicsCode: '484121', size: '250-999', zip: '78409' },
  { name: 'Seabreeze Credit Union', naicsCode: '522130', size: '50-249', zip: '78374' },
  { name: 'Tidewater Electric Cooperative', naicsCode: '221122', size: '250-999', zip: '78387' },
  { name: 'Dune Grass Software', naicsCode: '541511', size: '10-49', zip: '78411' },
  { name: 'Brazos Bend Builders', naicsCode: '236220', size: '50-249', zip: '78414' },
  {
    name: 'Laguna Shores Hotel & Conference Center',
    naicsCode: '721110',
    size: '250-999',
    zip: '78373',
  },
  { name: 'Gulfwind Energy Services', naicsCode: '213112', size: '250-999', zip: '78380' },
  { name: 'Rio Verde Growers', naicsCode: '111998', size: '10-49', zip: '78370' },
  { name: 'Marina Auto Group', naicsCode: '441110', size: '50-249', zip: '78415' },
  { name: 'Coastal Bend Pediatric Dental', naicsCode: '621210', size: '10-49', zip: '78413' },
  { name: 'Gulf Bend Imaging & Diagnostics', naicsCode: '621512', size: '10-49', zip: '78411' },
  { name: 'Port Alder Container Terminal', naicsCode: '488310', size: '250-999', zip: '78362' },
  { name: 'Saltgrass Logistics', naicsCode: '493110', size: '50-249', zip: '78409' },
  { name: 'Redfish Marine Repair', naicsCode: '336611', size: '250-999', zip: '78336' },
  { name: 'Mustang Cove Seafood Co.', naicsCode: '311710', size: '50-249', zip: '78336' },
  { name: 'Caliche Road Precast', naicsCode: '327390', size: '50-249', zip: '78380' },
  { name: 'Bluewater Plastics', naicsCode: '325211', size: '1000+', zip: '78374' },
  { name: 'Gulf Bend Industrial Supply', naicsCode: '423830', size: '50-249', zip: '78408' },
  { name: 'Sandpiper Electrical Contractors', naicsCode: '238210', size: '50-249', zip: '78415' },
  { name: 'Heron Mechanical & Plumbing', naicsCode: '238220', size: '10-49', zip: '78413' },
  { name: 'Live Oak Broadband', naicsCode: '517111', size: '50-249', zip: '78387' },
  { name: 'Bay Breeze Radio', naicsCode: '516110', size: '10-49', zip: '78401' },
  { name: 'Shoreline Insurance Agency', naicsCode: '524210', size: '10-49', zip: '78374' },
  { name: 'Mesquite Flats Title & Realty', naicsCode: '531210', size: '1-9', zip: '78380' },
  { name: 'Pier Nineteen Architecture', naicsCode: '541310', size: '10-49', zip: '78401' },
  { name: 'Tidal Engineering Group', naicsCode: '541330', size: '50-249', zip: '78411' },
  { name: 'Gulf Bend Accounting Partners', naicsCode: '541211', size: '10-49', zip: '78412' },
  { name: 'Coastal Staffing Solutions', naicsCode: '561320', size: '50-249', zip: '78412' },
  { name: 'Bayfront Environmental Services', naicsCode: '562910', size: '50-249', zip: '78407' },
  { name: 'Little Egret Early Learning Center', naicsCode: '624410', size: '10-49', zip: '78414' },
  { name: 'Sable Creek Veterinary Clinic', naicsCode: '541940', size: '10-49', zip: '78414' },
  { name: 'Gulf Bend Aquarium', naicsCode: '712130', size: '50-249', zip: '78402' },
  { name: 'Coastal Bend Herons Baseball Club', naicsCode: '711211', size: '50-249', zip: '78401' },
  { name: 'Shrimp Boat Grill', naicsCode: '722511', size: '50-249', zip: '78373' },
  { name: 'Whitecap Collision Center', naicsCode: '811121', size: '10-49', zip: '78415' },
  { name: 'City of Port Alder', naicsCode: '921140', size: '250-999', zip: '78374' },
  { name: 'Gulf Pantry Grocery', naicsCode: '445110', size: '250-999', zip: '78414' },
];
