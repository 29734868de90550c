import { organizationKindLabels } from '../../domain/access.js';
import { naicsSectorName } from '../../domain/directory/naics.js';
import { opportunityTypeLabels } from '../../domain/labels.js';
import type {
  NeedResult,
  OpportunityResult,
  OrganizationResult,
  PersonResult,
  ProgramResult,
  SearchResult,
} from '../../domain/search.js';
import { MAX_QUERY_LENGTH } from '../../domain/search.js';
import { formatDate } from '../../domain/time.js';
import { SLASH_COMMAND } from '../ids.js';
import { escapeMrkdwn, escapeMrkdwnWithin } from '../text.js';

/** Characters each name may take in a result, well within a section's 3000. */
const NAME_MAX = 300;

/** Renders a result as one plain-text line: its name, kind and essentials. */
export function renderResultLine(result: SearchResult): string {
  const description = describeResult(result);
  const line = `• ${escapeMrkdwn(result.title)} (${kindLabel(result)})`;

  return description ? `${line}: ${description}` : line;
}

/** Renders a result's name and kind, its essentials, and the command that shows its card. */
export function renderResultText(result: SearchResult): string {
  const name = `*${escapeMrkdwnWithin(result.title, NAME_MAX)}*`;
  const lines = [`${name} · ${kindLabel(result)}`, describeResult(result)];
  const next = nextStep(result);

  if (next) lines.push(`Card: ${next}`);

  return lines.filter(Boolean).join('\n');
}

function kindLabel(result: SearchResult): string {
  switch (result.kind) {
    case 'organization':
      return capitalize(organizationKindLabels[result.organizationKind].one);
    case 'person':
      return 'Contact';
    case 'program':
      return 'Program';
    case 'opportunity':
      return `${opportunityTypeLabels[result.opportunityType]} opportunity`;
    case 'need':
      return 'Industry need';
  }
}

/** Returns the essentials of a result as escaped mrkdwn, parts joined by " · ". */
function describeResult(result: SearchResult): string {
  const parts = (() => {
    switch (result.kind) {
      case 'organization':
        return describeOrganization(result);
      case 'person':
        return describePerson(result);
      case 'program':
        return describeProgram(result);
      case 'opportunity':
        return describeOpportunity(result);
      case 'need':
        return describeNeed(result);
    }
  })();

  return parts
    .filter((part) => part !== null && part !== '')
    .map((part) => escapeMrkdwnWithin(part as string, NAME_MAX))
    .join(' · ');
}

function describeOrganization(result: OrganizationResult): Array<string | null> {
  const sector = result.naicsCode ? (naicsSectorName(result.naicsCode) ?? null) : null;
  const district = result.organizationKind === 'campus' && result.parentName;

  return [
    district ? `Campus of ${result.parentName}` : null,
    sector,
    location(result.zip, result.place),
  ];
}

function describePerson(result: PersonResult): Array<string | null> {
  const role = [result.personTitle, result.organizationName].filter(Boolean).join(' at ');

  return [role, staleness(result)];
}

function staleness(result: PersonResult): string | null {
  if (!result.stale) return null;
  if (!result.confirmedOn) return '⚠ Not confirmed yet';

  return `⚠ Stale: last confirmed ${formatDate(result.confirmedOn)}`;
}

function describeProgram(result: ProgramResult): Array<string | null> {
  const campus = result.districtName
    ? `${result.campusName} (${result.districtName})`
    : result.campusName;

  return [campus, result.careerCluster, location(result.campusZip, result.campusPlace)];
}

function describeOpportunity(result: OpportunityResult): Array<string | null> {
  const status = result.status === 'open' ? null : capitalize(result.status);

  return [result.employerName, result.careerCluster, status];
}

function describeNeed(result: NeedResult): Array<string | null> {
  const openings =
    result.openingsPerYear === null
      ? null
      : `${result.openingsPerYear} ${result.openingsPerYear === 1 ? 'opening' : 'openings'} a year`;
  const skills = result.skills.length > 0 ? `Skills: ${result.skills.join(', ')}` : null;

  return [
    result.employerName,
    result.socCode ? `SOC ${result.socCode}` : null,
    openings,
    result.timeFrame,
    skills,
  ];
}

function location(zip: string | null, place: string | null): string | null {
  if (zip && place) return `${place} ${zip}`;

  return zip;
}

/** Returns the `/bridge` command that shows the result's card, or undefined when none fits. */
function nextStep(result: SearchResult): string | undefined {
  switch (result.kind) {
    case 'organization':
      if (result.organizationKind === 'employer') return cardCommand('employer', result.title);
      if (result.organizationKind === 'school_district') {
        return cardCommand('district', result.title);
      }
      if (result.organizationKind === 'campus' && result.parentName) {
        return cardCommand('district', result.parentName);
      }
      return undefined;
    case 'person':
      if (result.organizationKind === 'employer' && result.organizationName) {
        return cardCommand('employer', result.organizationName);
      }
      if (result.organizationKind === 'school_district' && result.organizationName) {
        return cardCommand('district', result.organizationName);
      }
      return undefined;
    case 'program':
      return cardCommand('program', result.title);
    case 'opportunity':
    case 'need':
      return cardCommand('employer', result.employerName);
  }
}

/** Formats a card command in a code span; names too long for the command get none. */
function cardCommand(card: 'employer' | 'program' | 'district', name: string): string | undefined {
  if (Array.from(name).length > MAX_QUERY_LENGTH) return undefined;

  return `\`${SLASH_COMMAND} ${card} ${escapeMrkdwn(name.replace(/`/g, "'"))}\``;
}

function capitalize(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
