// Schema validity: AC-3, every record valid against its schema (plus rows that could not be read).
import { CHECK_RULES } from "../check-table.ts";
import { type CheckEnv, eg, Family, type Measurement } from "../family.ts";
import type { InspectedCustomer } from "../inspect.ts";
import { Examples } from "../sample.ts";

export class SchemaFamily extends Family<SchemaFamily> {
  private records = 0;
  private invalid = 0;
  private readonly examples = new Examples(CHECK_RULES.examples);

  add({ raw, records, invalid }: InspectedCustomer): void {
    this.records += records;
    this.invalid += invalid.length;
    invalid.forEach((r, seq) => this.examples.note({ user: String(raw.user?.user_id), seq }, `${r.kind} ${r.id}`));
  }

  merge(other: SchemaFamily): void {
    this.records += other.records;
    this.invalid += other.invalid;
    this.examples.merge(other.examples);
  }

  measure({ external }: CheckEnv): Measurement[] {
    const unreadable = external.unreadableRows ?? { count: 0, examples: [] };
    const invalid = this.invalid + unreadable.count;
    const examples = [...unreadable.examples, ...this.examples.texts].slice(0, CHECK_RULES.examples);
    return [
      {
        id: "AC-3",
        measured: `${invalid} of ${this.records + unreadable.count} records invalid${eg(examples)}`,
        value: invalid,
      },
    ];
  }
}
