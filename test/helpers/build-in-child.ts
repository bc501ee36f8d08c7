// Run by the determinism tests in a fresh Node process: prints a few builds as JSON.
import {
  accountFactory,
  configureFixtures,
  liabilityFactory,
  transactionFactory,
  userFactory,
} from "spendsense-fixtures";

const seed = Number(process.argv[2] ?? 42);
configureFixtures({ seed });
const out = {
  users: userFactory.buildList(3),
  card: accountFactory.creditCard().build(),
  txns: transactionFactory.buildList(3),
  liability: liabilityFactory.build(),
};
process.stdout.write(JSON.stringify(out));
