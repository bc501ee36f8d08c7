// Builds per second of each factory (validation included). Run: npx tsx scripts/bench-factories.ts
import { accountFactory, liabilityFactory, transactionFactory, userFactory } from "spendsense-fixtures";
import { benchSizes } from "../src/cli/bench-args.ts";

benchSizes(
  process.argv.slice(2),
  "Usage: npx tsx scripts/bench-factories.ts\n\nBuilds per second of each factory and trait (validation included). Takes no arguments.",
  [],
  0,
);

function rate(label: string, build: () => unknown, count: number): void {
  for (let i = 0; i < Math.min(1000, count); i++) build(); // warm up
  const start = performance.now();
  for (let i = 0; i < count; i++) build();
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `${label.padEnd(38)} ${Math.round(count / seconds)
      .toLocaleString("en-US")
      .padStart(9)} builds/s  (${count} in ${seconds.toFixed(2)} s)`,
  );
}

rate("userFactory.build()", () => userFactory.build(), 20_000);
rate("userFactory.highIncome().build()", () => userFactory.highIncome().build(), 20_000);
rate("accountFactory.creditCard().build()", () => accountFactory.creditCard().build(), 50_000);
rate("transactionFactory.build()", () => transactionFactory.build(), 50_000);
rate("transactionFactory.payroll().build()", () => transactionFactory.payroll().build(), 50_000);
rate("liabilityFactory.build()", () => liabilityFactory.build(), 50_000);
