/** Returns display names for mentions: user ids to real names and channel ids to names. */
export function workspaceDirectory(snapshot) {
  const users = new Map(snapshot.users.map((user) => [user.id, user.realName]));
  users.set(snapshot.bot.userId, 'Bridge');

  return {
    users,
    channels: new Map(snapshot.channels.map((channel) => [channel.id, channel.name])),
  };
}

/**
 * Creates the context that blocks render with on one surface (a message, an ephemeral or a
 * view). Its `act` sends block actions and its `suggest` requests external_select options, both
 * through `sendAction(path, payload)`. Inside a modal, `form` supplies the entered values.
 */
export function createBlockContext({ snapshot, surface, form, sendAction }) {
  return {
    directory: workspaceDirectory(snapshot),
    workspace: { users: snapshot.users, channels: snapshot.channels },
    form,
    act: (blockId, actionId, value) =>
      sendAction('/local/block-action', {
        surface,
        blockId,
        actionId,
        value,
        values: form?.readAll(),
      }),
    suggest: async (blockId, actionId, query) => {
      const outcome = await sendAction('/local/block-suggestion', {
        surface,
        blockId,
        actionId,
        value: query,
      });

      return outcome.body;
    },
  };
}
