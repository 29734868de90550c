/**
 * The 14 career clusters of the National Career Clusters Framework as revised by Advance CTE
 * in 2024.
 */
export const careerClusters = [
  'Advanced Manufacturing',
  'Agriculture',
  'Arts, Entertainment, & Design',
  'Construction',
  'Digital Technology',
  'Education',
  'Energy & Natural Resources',
  'Financial Services',
  'Healthcare & Human Services',
  'Hospitality, Events, & Tourism',
  'Management & Entrepreneurship',
  'Marketing & Sales',
  'Public Service & Safety',
  'Supply Chain & Transportation',
] as const;

export type CareerCluster = (typeof careerClusters)[number];

export function isCareerCluster(value: string): value is CareerCluster {
  return (careerClusters as readonly string[]).includes(value);
}
