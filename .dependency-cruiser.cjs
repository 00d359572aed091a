// Which way the layers point (docs/architecture.md, "Layers"). `npm test` runs this through
// `npm run lint:deps`; a cycle or a forbidden direction fails the tests. Type-only imports count for
// cycles (a type edge still couples two modules) but may point at a port declared further in.

/** Layers a layer may never import, type-only imports included. */
const never = (from, to, comment) => ({
  name: `${from.replace(/[^a-z]/g, "")}-not-${to.replace(/[^a-z|]/g, "").replace(/\|/g, "-")}`,
  comment,
  severity: "error",
  from: { path: `^${from}` },
  to: { path: `^(${to})` },
});

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "Modules form no cycle, type-only edges included.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    never(
      "src/core/",
      "src/(app|db|queue|channels|conversation|config|knowledge|http|cli|main|log|mail)/|jobs/",
      "src/core is pure: it imports only itself and the error kernel.",
    ),
    never(
      "src/(db|queue|knowledge|config|log|errors|http|mail)/",
      "src/(channels|cli|main)/|jobs/",
      "Adapters and the kernel never reach out to channels, entry points or processors.",
    ),
    never("src/conversation/", "src/(channels|cli|main)/|jobs/", "The engine knows no channel."),
    never(
      "src/conversation/",
      "src/app/",
      "The engine knows no use case: each domain's dialogs sit beside its use cases and are handed to the engine.",
    ),
    never("src/app/", "src/(channels|cli|main)/", "Use cases know no channel and no entry point."),
    never("src/channels/", "src/(cli|main)/", "Channels are mounted by the root, never the reverse."),
    never("jobs/", "src/(channels|cli|main)/", "Processors receive their dependencies from the root."),
    {
      name: "db-only-port-types-inward",
      comment: "Repositories implement ports declared by app, knowledge and conversation: types only.",
      severity: "error",
      from: { path: "^src/db/" },
      to: { path: "^src/(app|conversation|knowledge)/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "mail-only-port-types-inward",
      comment: "The mail transport implements the Mailer port: it knows use cases by type only.",
      severity: "error",
      from: { path: "^src/mail/" },
      to: { path: "^src/(app|conversation|knowledge|db)/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "queue-no-domain",
      comment: "Job definitions carry payload schemas; they never call use cases or repositories.",
      severity: "error",
      from: { path: "^src/queue/" },
      to: { path: "^src/(app|db|conversation)/", dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^src/db/generated/|^src/channels/playground/web/)" },
  },
};
