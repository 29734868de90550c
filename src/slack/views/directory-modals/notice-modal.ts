import type { View } from '@slack/types';
import { callbackIds } from '../../ids.js';
import { blockKitLimits, truncate } from '../../limits.js';
import { mrkdwn, plainText } from '../../text.js';

/**
 * Renders a modal that only explains why a form did not open, for when the reason arrived
 * after a loading modal was already showing. `text` is mrkdwn that Bridge wrote.
 */
export function renderNoticeModal(title: string, text: string): View {
  return {
    type: 'modal',
    callback_id: callbackIds.loading,
    title: plainText(truncate(title, blockKitLimits.viewTitle)),
    close: plainText('Close'),
    blocks: [{ type: 'section', text: mrkdwn(truncate(text, blockKitLimits.sectionText)) }],
  };
}
