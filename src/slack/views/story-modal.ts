import type { KnownBlock, ModalView, View } from '@slack/types';
import { STORY_LINKS_MAX, STORY_TEXT_MAX, STORY_TITLE_MAX } from '../../domain/stories.js';
import { callbackIds, storyBlocks } from '../ids.js';
import { mrkdwn, plainText } from '../text.js';
import { input } from './blocks.js';
import { directoryModal, textField } from './directory-modals/fields.js';
import type { ModalMetadata } from './modal-metadata.js';

export const STORY_MODAL_TITLE = 'New success story';

/** Renders a multi-select whose options Bridge sends as the person types. */
function multiExternalSelect(options: {
  blockId: string;
  label: string;
  placeholder: string;
  hint: string;
}): KnownBlock {
  return input(
    { blockId: options.blockId, label: options.label, optional: true, hint: options.hint },
    {
      type: 'multi_external_select',
      placeholder: plainText(options.placeholder),
      min_query_length: 0,
      max_selected_items: STORY_LINKS_MAX,
    },
  );
}

/**
 * Renders `/bridge story new`: a title, the story, and the organizations and programs it is
 * about. Both pickers search as the person types, because a region has more of them than a
 * menu holds.
 */
export function renderStoryModal(metadata: ModalMetadata): View {
  const modal = directoryModal({
    callbackId: callbackIds.storyNew,
    title: STORY_MODAL_TITLE,
    metadata,
    blocks: [
      {
        type: 'context',
        elements: [
          mrkdwn(
            'A convener approves each story before it appears in digests and newsletters. Name no students.',
          ),
        ],
      },
      textField({
        blockId: storyBlocks.title,
        label: 'Title',
        maxLength: STORY_TITLE_MAX,
        placeholder: 'Three welding students hired after their internships',
      }),
      textField({
        blockId: storyBlocks.story,
        label: 'Story',
        multiline: true,
        maxLength: STORY_TEXT_MAX,
        placeholder: 'What happened, who made it happen and what changed for students or employers',
      }),
      multiExternalSelect({
        blockId: storyBlocks.organizationIds,
        label: 'Organizations involved',
        placeholder: 'Type part of a name',
        hint: `Employers, districts, chambers and others; up to ${STORY_LINKS_MAX}.`,
      }),
      multiExternalSelect({
        blockId: storyBlocks.programIds,
        label: 'Programs involved',
        placeholder: 'Type part of a program name',
        hint: `CTE programs of study; up to ${STORY_LINKS_MAX}.`,
      }),
    ],
  }) as ModalView;

  return { ...modal, submit: plainText('Submit') };
}
