import type { PersonRole } from '../db/schema/index.js';

/** A contact without a chat identity, as a directory import would add one. */
export interface DemoContact {
  organization: string;
  displayName: string;
  title: string;
  /** Addresses use the reserved .example top-level domain. */
  email: string;
  /** Numbers in the 555-0100 to 555-0199 range, which is reserved for fiction. */
  phone: string;
  role: PersonRole;
  /** Days before loading that the contact was last confirmed. */
  confirmedDaysAgo: number;
}

/** Contacts at the board, the chamber, the districts, every campus and the college. */
export const demoPartnerContacts: DemoContact[] = [
  {
    organization: 'Port Alder Chamber of Commerce',
    displayName: 'Teresa Villarreal',
    title: 'President and CEO',
    email: 'tvillarreal@portalderchamber.example',
    phone: '361-555-0100',
    role: 'chamber',
    confirmedDaysAgo: 45,
  },
  {
    organization: 'Port Alder Chamber of Commerce',
    displayName: 'Kevin Tran',
    title: 'Membership Director',
    email: 'ktran@portalderchamber.example',
    phone: '361-555-0101',
    role: 'chamber',
    confirmedDaysAgo: 120,
  },
  {
    organization: 'Gulf Bend Workforce Solutions',
    displayName: 'Rosa Delgado',
    title: 'Labor Market Analyst',
    email: 'rdelgado@gulfbendworkforce.example',
    phone: '361-555-0102',
    role: 'convener',
    confirmedDaysAgo: 30,
  },
  {
    organization: 'Port Alder ISD',
    displayName: 'Brian Whitfield',
    title: 'Work-Based Learning Coordinator',
    email: 'bwhitfield@portalderisd.example',
    phone: '361-555-0103',
    role: 'district',
    confirmedDaysAgo: 60,
  },
  {
    organization: 'Mesquite Flats ISD',
    displayName: 'Yolanda Garza',
    title: 'CTE Director',
    email: 'ygarza@mesquiteflatsisd.example',
    phone: '361-555-0104',
    role: 'district',
    confirmedDaysAgo: 90,
  },
  {
    organization: 'Sable Creek ISD',
    displayName: 'Michael Okafor',
    title: 'Director of Career and Technical Education',
    email: 'mokafor@sablecreekisd.example',
    phone: '361-555-0105',
    role: 'district',
    confirmedDaysAgo: 25,
  },
  {
    organization: 'Sable Creek ISD',
    displayName: 'Lauren Pruitt',
    title: 'College and Career Counselor',
    email: 'lpruitt@sablecreekisd.example',
    phone: '361-555-0106',
    role: 'district',
    confirmedDaysAgo: 150,
  },
  {
    organization: 'Port Alder High School',
    displayName: 'Hector Salinas',
    title: 'CTE Teacher, Welding',
    email: 'hsalinas@portalderisd.example',
    phone: '361-555-0107',
    role: 'educator',
    confirmedDaysAgo: 20,
  },
  {
    organization: 'Port Alder Maritime Academy',
    displayName: 'Jenna Kowalski',
    title: 'CTE Coordinator and Maritime Instructor',
    email: 'jkowalski@portalderisd.example',
    phone: '361-555-0108',
    role: 'educator',
    confirmedDaysAgo: 75,
  },
  {
    organization: 'Port Alder Career & Technical Center',
    displayName: 'Darnell Brooks',
    title: 'CTE Campus Coordinator',
    email: 'dbrooks@portalderisd.example',
    phone: '361-555-0109',
    role: 'educator',
    confirmedDaysAgo: 40,
  },
  {
    organization: 'Mesquite Flats High School',
    displayName: 'Ruben Cantu',
    title: 'CTE Lead and Agricultural Science Teacher',
    email: 'rcantu@mesquiteflatsisd.example',
    phone: '361-555-0110',
    role: 'educator',
    confirmedDaysAgo: 110,
  },
  {
    organization: 'Mesquite Flats Early College High School',
    displayName: 'Angela Ybarra',
    title: 'CTE Lead and Health Science Teacher',
    email: 'aybarra@mesquiteflatsisd.example',
    phone: '361-555-0111',
    role: 'educator',
    confirmedDaysAgo: 55,
  },
  {
    organization: 'Mesquite Flats North High School',
    displayName: 'Thomas Reyna',
    title: 'CTE Coordinator',
    email: 'treyna@mesquiteflatsisd.example',
    phone: '361-555-0112',
    role: 'educator',
    confirmedDaysAgo: 450,
  },
  {
    organization: 'Sable Creek High School',
    displayName: 'Mei Lin Chen',
    title: 'CTE Teacher, Computer Science',
    email: 'mchen@sablecreekisd.example',
    phone: '361-555-0113',
    role: 'educator',
    confirmedDaysAgo: 15,
  },
  {
    organization: 'Sable Creek West High School',
    displayName: 'Carlos Benavides',
    title: 'CTE Teacher, Audio/Video Production',
    email: 'cbenavides@sablecreekisd.example',
    phone: '361-555-0114',
    role: 'educator',
    confirmedDaysAgo: 200,
  },
  {
    organization: 'Sable Creek Health Science Academy',
    displayName: 'Nicole Hargrove',
    title: 'CTE Coordinator, Health Science',
    email: 'nhargrove@sablecreekisd.example',
    phone: '361-555-0115',
    role: 'educator',
    confirmedDaysAgo: 35,
  },
  {
    organization: 'Sable Creek Collegiate & Career Center',
    displayName: 'Jamal Washington',
    title: 'CTE Campus Coordinator',
    email: 'jwashington@sablecreekisd.example',
    phone: '361-555-0116',
    role: 'educator',
    confirmedDaysAgo: 70,
  },
  {
    organization: 'Gulf Bend Community College',
    displayName: 'Patricia Molina',
    title: 'Dual Credit Coordinator',
    email: 'pmolina@gulfbendcc.example',
    phone: '361-555-0117',
    role: 'educator',
    confirmedDaysAgo: 100,
  },
];
