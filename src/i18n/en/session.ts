// The REPL session's own reliability messages: background errors, history, broken commands.
export const session = () => ({
  'session.background': 'Exception in a background task (a callback, timer or handler):',
  'session.history.unusable': 'Note: the history file {file} cannot be used ({reason}); this session keeps its history in memory only.',
  'session.command.failed': 'The command .{name} failed:',
}) as const;
