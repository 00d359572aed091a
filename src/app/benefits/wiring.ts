import type { Dialog } from "../../conversation/dialog";
import { benefitsApplyElectionJob } from "../../queue/benefits-apply-election.job";
import type { QueueRuntime } from "../../queue/queue-runtime";
import { createBenefitsQuestionDialog } from "./benefits-question-dialog";
import type { BenefitsServices } from "./benefits-services";
import { type BenefitsCommands, benefitsCommandList, createBenefitsCommands } from "./commands";
import { createEnrollmentStatusDialog } from "./enrollment-status-dialog";
import { createLifeEventDialog } from "./life-event-dialog";

/**
 * The benefits pieces for the composition root, over the process's benefits services: the chat commands (enqueueing the apply
 * job after commit) and the three dialogs (benefits_question, enrollment_status, life_event).
 * `assembleDialogs({ domain: [..., ...benefits.dialogs] })` (`src/app/dialogs.ts`),
 * `commands: [..., ...benefits.commandList]`.
 */
export function createBenefitsWiring(input: { services: BenefitsServices; queue: QueueRuntime }): {
  services: BenefitsServices;
  commands: BenefitsCommands;
  commandList: ReturnType<typeof benefitsCommandList>;
  dialogs: Dialog[];
} {
  const { services } = input;
  const commands = createBenefitsCommands({
    services,
    async enqueueApplyElection(electionId) {
      await benefitsApplyElectionJob.enqueue(input.queue, { electionId });
    },
  });
  const dialogServices = { services, commands };
  return {
    services,
    commands,
    commandList: benefitsCommandList(commands),
    dialogs: [
      createBenefitsQuestionDialog(dialogServices),
      createEnrollmentStatusDialog(dialogServices),
      createLifeEventDialog(dialogServices),
    ],
  };
}
