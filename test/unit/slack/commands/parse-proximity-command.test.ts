import { describe, expect, it } from 'vitest';
import { parseBridgeCommand } from '../../../../src/slack/commands/parse-command.js';

describe('parseBridgeCommand for nearby and share', () => {
  it.each([
    ['nearby Port Alder High School', { kind: 'nearby', campusName: 'Port Alder High School' }],
    ['nearby Port Alder 30', { kind: 'nearby', campusName: 'Port Alder', miles: 30 }],
    ['nearby Port Alder 12.5 mi', { kind: 'nearby', campusName: 'Port Alder', miles: 12.5 }],
    ['NEARBY port alder 40 miles', { kind: 'nearby', campusName: 'port alder', miles: 40 }],
    ['nearby Port Alder 30mi', { kind: 'nearby', campusName: 'Port Alder', miles: 30 }],
    ['share Welding', { kind: 'share', programName: 'Welding' }],
    ['share welding 200', { kind: 'share', programName: 'welding', miles: 200 }],
    ['share welding 1', { kind: 'share', programName: 'welding', miles: 1 }],
    ['share 3D Printing', { kind: 'share', programName: '3D Printing' }],
    ['share 911', { kind: 'share', programName: '911' }],
  ])('reads %j', (text, expected) => {
    expect(parseBridgeCommand(text)).toEqual(expected);
  });

  it.each([
    ['nearby', 'Name the campus after `/bridge nearby`'],
    ['share', 'Name the program after `/bridge share`'],
    ['nearby Port Alder 0', 'between 1 and 200 miles; 0 is outside'],
    ['share welding 250', 'between 1 and 200 miles; 250 is outside'],
    ['share welding 0.5 mi', 'between 1 and 200 miles; 0.5 is outside'],
    [`share ${'x'.repeat(201)}`, 'That program name is 201 characters long'],
  ])('rejects %j', (text, problem) => {
    const parsed = parseBridgeCommand(text);

    expect(parsed.kind).toBe('invalid');
    expect(parsed.kind === 'invalid' ? parsed.problem : '').toContain(problem);
  });
});
