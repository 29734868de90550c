import type { KnownBlock, View } from '@slack/types';
import { seasons } from '../../db/schema/index.js';
import type { CapacitySurvey } from '../../domain/capacity-survey.js';
import {
  capacityCountLabels,
  capacityCounts,
  capacityLimits,
} from '../../domain/capacity-survey.js';
import { careerClusters } from '../../domain/career-clusters.js';
import { seasonLabels } from '../../domain/outreach/labels.js';
import { callbackIds, capacityBlocks } from '../ids.js';
import { escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';
import { input, option } from './blocks.js';
import { checkboxField, directoryModal, textField } from './directory-modals/fields.js';
import type { ModalMetadata } from './modal-metadata.js';

const countHints: Partial<Record<(typeof capacityCounts)[number], string>> = {
  tourGroupSize: 'The most students one facility tour takes; 0 if you offer no tours.',
  guestSpeakers: 'People who can speak to a class.',
};

/**
 * Renders the capacity survey, prefilled with the employer's latest answers. `onBehalf` marks
 * that the person records the answers for the employer rather than as its staff.
 */
export function renderCapacityModal(modal: {
  employerName: string;
  survey: CapacitySurvey | null;
  onBehalf: boolean;
  metadata: ModalMetadata;
}): View {
  const { survey } = modal;
  const name = escapeMrkdwnWithin(modal.employerName, 150);
  const intro = modal.onBehalf
    ? `You are recording *${name}*'s answers on its behalf.`
    : `What can *${name}* offer students and teachers? Enter 0 where the answer is none.`;
  const blocks: KnownBlock[] = [{ type: 'context', elements: [mrkdwn(intro)] }];

  for (const count of capacityCounts) {
    blocks.push(
      textField({
        blockId: capacityBlocks[count],
        label: capacityCountLabels[count],
        maxLength: 5,
        hint: countHints[count],
        initial: survey ? survey[count] : 0,
      }),
    );
  }

  blocks.push(
    textField({
      blockId: capacityBlocks.equipment,
      label: 'Equipment to donate or lend',
      optional: true,
      multiline: true,
      maxLength: capacityLimits.equipment,
      placeholder: 'Such as two used MIG welders',
      initial: survey?.equipment,
    }),
    checkboxField({
      blockId: capacityBlocks.seasons,
      label: 'Seasons',
      optional: true,
      choices: seasons.map((season) => option(seasonLabels[season], season)),
      initial: survey?.seasons ?? [],
    }),
    careerClusterField(survey?.careerClusters ?? []),
  );

  return directoryModal({
    callbackId: callbackIds.capacitySurvey,
    title: 'Capacity survey',
    metadata: modal.metadata,
    blocks,
  });
}

function careerClusterField(initial: readonly string[]): KnownBlock {
  const choices = careerClusters.map((cluster) => option(cluster, cluster));
  const chosen = choices.filter((choice) => initial.includes(choice.value ?? ''));

  return input(
    {
      blockId: capacityBlocks.careerClusters,
      label: 'Career clusters your work fits',
      optional: true,
      hint: 'Bridge suggests you for requests in these clusters.',
    },
    {
      type: 'multi_static_select',
      placeholder: plainText('Choose career clusters'),
      options: choices,
      ...(chosen.length > 0 ? { initial_options: chosen } : {}),
    },
  );
}
