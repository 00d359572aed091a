import type { Dialog } from "../../conversation/dialog";
import { createBenefitsQuestionDialog } from "../../conversation/dialogs/benefits-question";
import { createEnrollmentStatusDialog } from "../../conversation/dialogs/enrollment-status";
import { createLifeEventDialog } from "../../conversation/dialogs/life-event";
import { benefitsApplyElectionJob } from "../../queue/benefits-apply-election.job";
import type { QueueRuntime } from "../../queue/queue-runtime";
import type { BenefitsServices } from "./benefits-services";
import { type BenefitsCommands, benefitsCommandList, createBenefitsCommands } from "./commands";

/**
 * The benefits pieces for the composition root, over the process's benefits services: the chat commands (enqueueing the apply
 * job after commit) and the three dialogs (benefits_question, enrollment_status, life_event).
 * `new DialogRegistry([...builtInDialogs, ...benefits.dialogs])`,
 * `new CommandRegistry([..., ...benefits.commandList])`.
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
