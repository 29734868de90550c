/** A person in the local workspace, with the partnership role they act in. */
export interface LocalUser {
  id: string;
  name: string;
  realName: string;
  title: string;
  organization: string;
  role: 'convener' | 'chamber' | 'district' | 'employer' | 'educator';
  email: string;
}

/** A public channel in the local workspace. The bot is a member of every one. */
export interface LocalChannel {
  id: string;
  name: string;
  topic: string;
  purpose: string;
  isGeneral: boolean;
}

export interface LocalWorkspace {
  team: { id: string; name: string; domain: string };
  bot: { userId: string; botId: string; appId: string; name: string };
  /** IANA time zone that users.info reports for every user. */
  timeZone: string;
  users: LocalUser[];
  channels: LocalChannel[];
}

export const localWorkspace: LocalWorkspace = {
  team: {
    id: 'T0LOCAL',
    name: 'Gulf Bend Education & Industry Partnership (local)',
    domain: 'gulf-bend-local',
  },
  bot: { userId: 'U0LOCALBOT', botId: 'B0LOCALBOT', appId: 'A0LOCALAPP', name: 'bridge' },
  timeZone: 'America/Chicago',
  users: [
    {
      id: 'U0LOCAL01',
      name: 'dana.reyes',
      realName: 'Dana Reyes',
      title: 'Partnership Convener',
      organization: 'Gulf Bend Workforce Solutions',
      role: 'convener',
      email: 'dana.reyes@gulfbendworkforce.example.org',
    },
    {
      id: 'U0LOCAL02',
      name: 'marcus.lee',
      realName: 'Marcus Lee',
      title: 'Plant Operations Manager',
      organization: 'Coastline Welding & Fabrication',
      role: 'employer',
      email: 'marcus.lee@coastlinewelding.example.com',
    },
    {
      id: 'U0LOCAL03',
      name: 'priya.nair',
      realName: 'Priya Nair',
      title: 'CTE Director',
      organization: 'Port Alder ISD',
      role: 'district',
      email: 'priya.nair@portalderisd.example.org',
    },
    {
      id: 'U0LOCAL04',
      name: 'sam.ortiz',
      realName: 'Sam Ortiz',
      title: 'Welding Technology Teacher',
      organization: 'Mesquite Flats ISD',
      role: 'educator',
      email: 'sam.ortiz@mesquiteflatsisd.example.org',
    },
    {
      id: 'U0LOCAL05',
      name: 'alicia.gomez',
      realName: 'Alicia Gomez',
      title: 'Member Engagement Manager',
      organization: 'Port Alder Chamber of Commerce',
      role: 'chamber',
      email: 'alicia.gomez@portalderchamber.example.org',
    },
  ],
  channels: [
    {
      id: 'C0LOCALGEN',
      name: 'general',
      topic: 'Partnership-wide announcements',
      purpose: 'Everyone in the partnership, all in one place.',
      isGeneral: true,
    },
    {
      id: 'C0LOCALWBL',
      name: 'wbl-partnership',
      topic: 'Internships, apprenticeships, job shadows and tours',
      purpose: 'Work-based learning offers between employers and districts.',
      isGeneral: false,
    },
    {
      id: 'C0LOCALEVT',
      name: 'career-events',
      topic: 'Career fairs, WBL showcases and guest talks',
      purpose: 'Plan events and collect RSVPs.',
      isGeneral: false,
    },
  ],
};

export function findUser(workspace: LocalWorkspace, userId: string): LocalUser | undefined {
  return workspace.users.find((user) => user.id === userId);
}

export function findChannel(
  workspace: LocalWorkspace,
  channelId: string,
): LocalChannel | undefined {
  return workspace.channels.find((channel) => channel.id === channelId);
}

/** Returns the id of the bot's direct-message channel with a user (`U0LOCAL01` → `D0LOCAL01`). */
export function directMessageChannelId(userId: string): string {
  return `D${userId.slice(1)}`;
}

/** Returns the user whose direct-message channel this is, when the id is one. */
export function directMessageUser(
  workspace: LocalWorkspace,
  channelId: string,
): LocalUser | undefined {
  if (!channelId.startsWith('D')) {
    return undefined;
  }

  return findUser(workspace, `U${channelId.slice(1)}`);
}
