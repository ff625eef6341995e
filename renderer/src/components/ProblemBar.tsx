import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * Why a save, an action or a load failed (with, where there is one, the way on), read out at once
 * (role alert); nothing while there is no problem.
 */
export function ProblemBar({ problem }: { problem: ReactNode }) {
  if (!problem) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{problem}</MessageBarBody>
    </MessageBar>
  );
}
