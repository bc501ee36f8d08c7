// The determinism contract of the README, one test per clause.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  accountFactory,
  configureFixtures,
  liabilityFactory,
  resetFixtureConfig,
  transactionFactory,
  userFactory,
} from "spendsense-fixtures";
import { PROJECT_ROOT } from "../helpers/spec-files.ts";

const factories = [userFactory, accountFactory, transactionFactory, liabilityFactory] as const;
const rewindAll = () => {
  for (const f of factories) f.rewindSequence();
};

function buildInChild(seed: number): unknown {
  const output = execFileSync(
    process.execPath,
    ["--import", "tsx", join(PROJECT_ROOT, "test/helpers/build-in-child.ts"), String(seed)],
    {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    },
  );
  return JSON.parse(output);
}

afterEach(() => {
  resetFixtureConfig();
  rewindAll();
});

describe("determinism contract", () => {
  it("(1) the same builds in two fresh processes are deep-equal, and another seed differs", () => {
    const first = buildInChild(42);
    expect(buildInChild(42)).toEqual(first);
    expect(buildInChild(43)).not.toEqual(first);
  });

  it("(1) a fresh process builds what this process builds for the same seed", () => {
    rewindAll();
    configureFixtures({ seed: 42 });
    const here = {
      users: userFactory.buildList(3),
      card: accountFactory.creditCard().build(),
      txns: transactionFactory.buildList(3),
      liability: liabilityFactory.build(),
    };
    expect(JSON.parse(JSON.stringify(here))).toEqual(buildInChild(42));
  });

  it("(2) the n-th build of a factory does not change when other factories build first", () => {
    rewindAll();
    userFactory.buildList(2);
    const third = userFactory.build();
    rewindAll();
    transactionFactory.buildList(50);
    accountFactory.creditCard().buildList(7);
    liabilityFactory.buildList(3);
    userFactory.buildList(2);
    expect(userFactory.build()).toEqual(third);
  });

  it("(2) the n-th transaction is the same whatever its neighbours' traits were", () => {
    rewindAll();
    transactionFactory.buildList(4);
    const fifth = transactionFactory.build();
    rewindAll();
    transactionFactory.payroll().build();
    transactionFactory.coffee().buildList(3);
    expect(transactionFactory.build()).toEqual(fifth);
  });

  it("(3) a fixture pinned with a seed ignores the sequence and the global seed", () => {
    const pinned = userFactory.build({}, { transient: { seed: 1234 } });
    userFactory.buildList(9);
    configureFixtures({ seed: 99 });
    expect(userFactory.build({}, { transient: { seed: 1234 } })).toEqual(pinned);
    expect(userFactory.build({}, { transient: { seed: 1235 } })).not.toEqual(pinned);
  });

  it("(4) configureFixtures sets the global seed in one call", () => {
    configureFixtures({ seed: 7 });
    rewindAll();
    const seven = userFactory.build();
    configureFixtures({ seed: 8 });
    rewindAll();
    expect(userFactory.build()).not.toEqual(seven);
    expect(userFactory.build({}, { transient: { seed: 7, index: 1 } })).toEqual(seven);
  });

  it("(5) rewindSequence restores the first build, for the base factory and its traits", () => {
    rewindAll();
    const first = accountFactory.build();
    accountFactory.creditCard().buildList(5);
    accountFactory.rewindSequence();
    expect(accountFactory.build()).toEqual(first);
  });
});
