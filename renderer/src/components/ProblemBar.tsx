import { MessageBar, MessageBarBody } from '@fluentui/react-components';

/** Why a save or an action failed, read out at once (role alert); nothing while there is no problem. */
export function ProblemBar({ problem }: { problem: string | null }) {
  if (!problem) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{problem}</MessageBarBody>
    </MessageBar>
  );
}
