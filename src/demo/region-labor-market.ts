import type { CareerCluster } from '../domain/career-clusters.js';

export const demoLaborMarketSource =
  'Gulf Bend Workforce Solutions regional projections, 2024-2034';
export const demoLaborMarketAsOf = '2025-09-01';

export interface DemoLaborMarketFigure {
  /** SOC 2018 occupation title and code. */
  occupationTitle: string;
  socCode: string;
  careerCluster: CareerCluster;
  employment: number;
  annualOpenings: number;
  /** Growth over the ten-year projection period, in percent, as an exact decimal string. */
  growthPercent: string;
  /** Median annual wage in US dollars, as an exact decimal string. */
  medianWage: string;
}

/** Invented regional figures, not the published figures of any workforce board. */
export const demoLaborMarketFigures: DemoLaborMarketFigure[] = [
  {
    occupationTitle: 'Registered Nurses',
    socCode: '29-1141',
    careerCluster: 'Healthcare & Human Services',
    employment: 5480,
    annualOpenings: 390,
    growthPercent: '9.80',
    medianWage: '79850.00',
  },
  {
    occupationTitle: 'Nursing Assistants',
    socCode: '31-1131',
    careerCluster: 'Healthcare & Human Services',
    employment: 2210,
    annualOpenings: 320,
    growthPercent: '6.40',
    medianWage: '32480.00',
  },
  {
    occupationTitle: 'Medical Assistants',
    socCode: '31-9092',
    careerCluster: 'Healthcare & Human Services',
    employment: 1340,
    annualOpenings: 210,
    growthPercent: '14.20',
    medianWage: '34910.00',
  },
  {
    occupationTitle: 'Pharmacy Technicians',
    socCode: '29-2052',
    careerCluster: 'Healthcare & Human Services',
    employment: 720,
    annualOpenings: 80,
    growthPercent: '5.10',
    medianWage: '38240.00',
  },
  {
    occupationTitle: 'Welders, Cutters, Solderers, and Brazers',
    socCode: '51-4121',
    careerCluster: 'Advanced Manufacturing',
    employment: 2650,
    annualOpenings: 330,
    growthPercent: '4.30',
    medianWage: '50120.00',
  },
  {
    occupationTitle: 'Chemical Plant and System Operators',
    socCode: '51-8091',
    careerCluster: 'Advanced Manufacturing',
    employment: 640,
    annualOpenings: 70,
    growthPercent: '1.90',
    medianWage: '78300.00',
  },
  {
    occupationTitle: 'Petroleum Pump System Operators, Refinery Operators, and Gaugers',
    socCode: '51-8093',
    careerCluster: 'Energy & Natural Resources',
    employment: 1180,
    annualOpenings: 120,
    growthPercent: '-2.60',
    medianWage: '92400.00',
  },
  {
    occupationTitle: 'Electrical Power-Line Installers and Repairers',
    socCode: '49-9051',
    careerCluster: 'Energy & Natural Resources',
    employment: 540,
    annualOpenings: 60,
    growthPercent: '7.20',
    medianWage: '79460.00',
  },
  {
    occupationTitle: 'Roustabouts, Oil and Gas',
    socCode: '47-5071',
    careerCluster: 'Energy & Natural Resources',
    employment: 1420,
    annualOpenings: 190,
    growthPercent: '-4.10',
    medianWage: '41830.00',
  },
  {
    occupationTitle: 'Electricians',
    socCode: '47-2111',
    careerCluster: 'Construction',
    employment: 2390,
    annualOpenings: 290,
    growthPercent: '11.50',
    medianWage: '55760.00',
  },
  {
    occupationTitle: 'Carpenters',
    socCode: '47-2031',
    careerCluster: 'Construction',
    employment: 1870,
    annualOpenings: 220,
    growthPercent: '3.70',
    medianWage: '45210.00',
  },
  {
    occupationTitle: 'Heating, Air Conditioning, and Refrigeration Mechanics and Installers',
    socCode: '49-9021',
    careerCluster: 'Construction',
    employment: 1060,
    annualOpenings: 130,
    growthPercent: '8.90',
    medianWage: '49870.00',
  },
  {
    occupationTitle: 'Heavy and Tractor-Trailer Truck Drivers',
    socCode: '53-3032',
    careerCluster: 'Supply Chain & Transportation',
    employment: 4120,
    annualOpenings: 500,
    growthPercent: '5.60',
    medianWage: '51390.00',
  },
  {
    occupationTitle: 'Automotive Service Technicians and Mechanics',
    socCode: '49-3023',
    careerCluster: 'Supply Chain & Transportation',
    employment: 1760,
    annualOpenings: 190,
    growthPercent: '2.80',
    medianWage: '44620.00',
  },
  {
    occupationTitle: 'Software Developers',
    socCode: '15-1252',
    careerCluster: 'Digital Technology',
    employment: 610,
    annualOpenings: 55,
    growthPercent: '17.30',
    medianWage: '103270.00',
  },
  {
    occupationTitle: 'Information Security Analysts',
    socCode: '15-1212',
    careerCluster: 'Digital Technology',
    employment: 240,
    annualOpenings: 25,
    growthPercent: '28.40',
    medianWage: '98150.00',
  },
  {
    occupationTitle: 'Bookkeeping, Accounting, and Auditing Clerks',
    socCode: '43-3031',
    careerCluster: 'Financial Services',
    employment: 2380,
    annualOpenings: 260,
    growthPercent: '-5.80',
    medianWage: '43150.00',
  },
  {
    occupationTitle: 'Cooks, Restaurant',
    socCode: '35-2014',
    careerCluster: 'Hospitality, Events, & Tourism',
    employment: 3910,
    annualOpenings: 620,
    growthPercent: '12.60',
    medianWage: '29640.00',
  },
  {
    occupationTitle: "Police and Sheriff's Patrol Officers",
    socCode: '33-3051',
    careerCluster: 'Public Service & Safety',
    employment: 1280,
    annualOpenings: 95,
    growthPercent: '3.20',
    medianWage: '64310.00',
  },
  {
    occupationTitle:
      'Teaching Assistants, Preschool, Elementary, Middle, and Secondary School, Except Special Education',
    socCode: '25-9042',
    careerCluster: 'Education',
    employment: 2150,
    annualOpenings: 240,
    growthPercent: '1.40',
    medianWage: '27960.00',
  },
];
