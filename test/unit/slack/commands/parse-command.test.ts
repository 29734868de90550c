import { describe, expect, it } from 'vitest';
import { parseBridgeCommand } from '../../../../src/slack/commands/parse-command.js';

/** Returns the problem of an invalid command, or undefined when the command is valid. */
function problemOf(text: string): string | undefined {
  const command = parseBridgeCommand(text);

  return command.kind === 'invalid' ? command.problem : undefined;
}

describe('parseBridgeCommand', () => {
  it.each([
    ['', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['opportunity new', { kind: 'opportunity_new' }],
    ['opportunities', { kind: 'opportunities' }],
    ['opportunities internship', { kind: 'opportunities', type: 'internship' }],
    ['event new', { kind: 'event_new' }],
    ['events', { kind: 'events' }],
    ['checkin Spring WBL showcase', { kind: 'checkin', title: 'Spring WBL showcase' }],
    ['check-in  Career fair', { kind: 'checkin', title: 'Career fair' }],
    ['join', { kind: 'join' }],
    ['employer add', { kind: 'directory_add', record: 'employer' }],
    ['program add', { kind: 'directory_add', record: 'program' }],
    ['contact add', { kind: 'directory_add', record: 'contact' }],
    ['need add', { kind: 'directory_add', record: 'need' }],
    ['employer Coastline Welding', { kind: 'card', card: 'employer', name: 'Coastline Welding' }],
    ['program welding', { kind: 'card', card: 'program', name: 'welding' }],
    ['district Port Alder ISD', { kind: 'card', card: 'district', name: 'Port Alder ISD' }],
    ['employer Add-On Staffing', { kind: 'card', card: 'employer', name: 'Add-On Staffing' }],
    ['find welding', { kind: 'find', query: 'welding' }],
    ['search  78401 ', { kind: 'find', query: '78401' }],
    ['FIND Health Science', { kind: 'find', query: 'Health Science' }],
    ['settings', { kind: 'settings' }],
    ['settings stale-after 180', { kind: 'settings_stale_after', days: '180' }],
    ['Settings Stale 90', { kind: 'settings_stale_after', days: '90' }],
    ['contacts stale', { kind: 'stale_contacts' }],
    ['meeting new', { kind: 'meeting_new' }],
    ['Meeting Log', { kind: 'meeting_log' }],
    ['meetings', { kind: 'meetings' }],
    ['Reminders', { kind: 'reminders' }],
    ['digest preview', { kind: 'digest_preview' }],
    ['Digest Settings', { kind: 'digest_settings' }],
    ['digest on', { kind: 'digest_on' }],
    ['digest OFF', { kind: 'digest_off' }],
  ])('reads "%s"', (text, command) => {
    expect(parseBridgeCommand(text)).toEqual(command);
  });

  it.each([
    ['HELP', { kind: 'help' }],
    ['Opportunity New', { kind: 'opportunity_new' }],
    ['EVENT NEW', { kind: 'event_new' }],
    ['Opportunities Internship', { kind: 'opportunities', type: 'internship' }],
  ])('ignores case in "%s"', (text, command) => {
    expect(parseBridgeCommand(text)).toEqual(command);
  });

  it.each([
    ['   ', { kind: 'help' }],
    ['  opportunity   new  ', { kind: 'opportunity_new' }],
    ['\tevents\n', { kind: 'events' }],
    ['opportunities    job     shadow ', { kind: 'opportunities', type: 'job_shadow' }],
  ])('ignores extra spaces in "%s"', (text, command) => {
    expect(parseBridgeCommand(text)).toEqual(command);
  });

  it.each([
    ['internships', 'internship'],
    ['job shadow', 'job_shadow'],
    ['job-shadows', 'job_shadow'],
    ['tours', 'facility_tour'],
    ['speaker', 'guest_speaker'],
    ['apprenticeships', 'apprenticeship'],
    ['equipment donations', 'equipment_donation'],
  ])('filters opportunities by "%s"', (typed, type) => {
    expect(parseBridgeCommand(`opportunities ${typed}`)).toEqual({ kind: 'opportunities', type });
  });

  it.each([
    ['opportunity', 'To register an opportunity, type `/bridge opportunity new`.'],
    ['opportunity list', 'To register an opportunity, type `/bridge opportunity new`.'],
    ['opportunity new now', 'To register an opportunity, type `/bridge opportunity new`.'],
    ['event', 'To create an event, type `/bridge event new`.'],
    ['event new today', 'To create an event, type `/bridge event new`.'],
    ['events today', '`/bridge events` takes no options; type it on its own.'],
    [
      'checkin',
      'Name the event to check people in to, such as `/bridge checkin Spring WBL showcase`.',
    ],
    [
      'meeting',
      'To create a meeting, type `/bridge meeting new`; to record what a meeting decided, type `/bridge meeting log`.',
    ],
    ['meetings next week', '`/bridge meetings` takes no options; type it on its own.'],
    ['reminders off', '`/bridge reminders` takes no options; type it on its own.'],
    [
      'digest now',
      'Type `/bridge digest preview` to see this week’s digest so far, `/bridge digest on` or `/bridge digest off` to get or stop your weekly role digest, or `/bridge digest settings` (convener) to set when and where the digest goes.',
    ],
  ])('rejects "%s" with usage', (text, problem) => {
    expect(problemOf(text)).toBe(problem);
  });

  it.each([
    ['join now', '`/bridge join` takes no options; type it on its own.'],
    [
      'settings time-zone UTC',
      'Type `/bridge settings` to see the settings, or `/bridge settings stale-after 180` to mark contacts stale after 180 days without confirmation.',
    ],
    [
      'contacts',
      'To list contacts nobody has confirmed lately, type `/bridge contacts stale`. To look someone up, type `/bridge find` and their name.',
    ],
    ['contact', 'To add a contact, type `/bridge contact add`.'],
    ['need list', 'To add a need, type `/bridge need add`.'],
    [
      'employer',
      'Name the employer to show, such as `/bridge employer Coastline Welding`. To add one, type `/bridge employer add`.',
    ],
    ['district', 'Name the district to show, such as `/bridge district Port Alder ISD`.'],
    [
      'find',
      'Type what to look for after `/bridge find`, such as `/bridge find welding` or `/bridge find 78401`.',
    ],
    ['find '.concat('x'.repeat(201)), 'That search is 201 characters long; type at most 200.'],
  ])('rejects "%s" with usage for directory commands', (text, problem) => {
    expect(problemOf(text)).toBe(problem);
  });

  it.each([
    ['outreach', { kind: 'outreach', mine: false }],
    ['Outreach Mine', { kind: 'outreach', mine: true }],
    ['capacity Coastline Welding', { kind: 'capacity', employerName: 'Coastline Welding' }],
  ])('reads outreach command "%s"', (text, command) => {
    expect(parseBridgeCommand(text)).toEqual(command);
  });

  it.each([
    [
      'outreach everyone',
      'Type `/bridge outreach` for the whole pipeline, or `/bridge outreach mine` for the employers you own.',
    ],
    [
      'capacity',
      'Name the employer whose capacity survey to open, such as `/bridge capacity Coastline Welding`.',
    ],
    [
      'capacity '.concat('x'.repeat(201)),
      'That employer name is 201 characters long; type at most 200.',
    ],
  ])('rejects outreach command "%s" with usage', (text, problem) => {
    expect(problemOf(text)).toBe(problem);
  });

  it.each([
    ['request new', { kind: 'request_new' }],
    ['Requests', { kind: 'requests' }],
    ['donation new', { kind: 'donation_new' }],
    ['donations', { kind: 'donations' }],
    ['pilots', { kind: 'pilots' }],
  ])('reads request command "%s"', (text, command) => {
    expect(parseBridgeCommand(text)).toEqual(command);
  });

  it.each([
    [
      'request',
      'To request a guest speaker, a facility tour, a mentor or equipment, type `/bridge request new`.',
    ],
    ['donation add', 'To record an equipment donation, type `/bridge donation new`.'],
    ['pilots open', '`/bridge pilots` takes no options; type it on its own.'],
  ])('rejects request command "%s" with usage', (text, problem) => {
    expect(problemOf(text)).toBe(problem);
  });

  it('rejects an unknown subcommand', () => {
    expect(problemOf('signup')).toBe('`signup` is not a Bridge command.');
  });

  it('rejects an unknown type', () => {
    expect(problemOf('opportunities field trip')).toBe(
      '`field trip` is not an opportunity type. Try `/bridge opportunities internship`.',
    );
  });

  // Object.prototype property names must not pass as aliases.
  it('rejects the type "constructor"', () => {
    expect(parseBridgeCommand('opportunities constructor').kind).toBe('invalid');
  });

  describe('echoing typed text', () => {
    it('escapes a channel mention', () => {
      expect(problemOf('<!channel>')).toBe('`&lt;!channel&gt;` is not a Bridge command.');
    });

    it('escapes a user mention', () => {
      expect(problemOf('<@U123>')).toMatch(/^`&lt;@u123&gt;` is not a Bridge command\.$/i);
    });

    it('escapes an ampersand', () => {
      expect(problemOf('r&d')).toBe('`r&amp;d` is not a Bridge command.');
    });

    it('replaces backticks in a subcommand', () => {
      expect(problemOf('`rm`')).toBe("`'rm'` is not a Bridge command.");
    });

    it('escapes a hostile type', () => {
      expect(problemOf('opportunities <!channel> & `x` <@U123>')).toMatch(
        /^`&lt;!channel&gt; &amp; 'x' &lt;@u123&gt;` is not an opportunity type\./i,
      );
    });

    it('cuts long text to 80 characters', () => {
      const problem = problemOf(`opportunities ${'a'.repeat(200)}`);

      expect(problem).toBe(
        `\`${'a'.repeat(79)}…\` is not an opportunity type. Try \`/bridge opportunities internship\`.`,
      );
    });
  });
});
