import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CheckedAnswer, type ContractChecker, type ContractViolation, formatViolations } from './contract-check';

/**
 * The answers a spec file's test apps gave, held to the contract. A violation fails the test that
 * caused it (an `afterEach` of test-app.ts); the operations answered are written, once the file is
 * done, where globalSetup said (BOUSSOLE_CONTRACT_DIR), so that globalTeardown can name the
 * operations that no spec checked.
 */
class ContractLedger {
  private violations: ContractViolation[] = [];
  private readonly covered = new Set<string>();
  private readonly documented = new Set<string>();
  private answers = 0;

  follow(checker: ContractChecker): (answer: CheckedAnswer) => void {
    for (const operation of checker.operations) this.documented.add(operation.name);
    return (answer) => {
      this.answers++;
      this.covered.add(answer.operation);
      if (answer.violation) this.violations.push(answer.violation);
    };
  }

  /** Throws with the list when an answer since the last call broke the contract. */
  assertHeld(): void {
    const violations = this.violations;
    this.violations = [];
    if (violations.length) throw new Error(formatViolations(violations));
  }

  record(): void {
    const dir = process.env['BOUSSOLE_CONTRACT_DIR'];
    if (!dir || this.documented.size === 0) return;
    const spec = expect.getState().testPath ?? 'inconnu';
    writeFileSync(
      join(dir, `${randomUUID()}.json`),
      JSON.stringify({ spec, answers: this.answers, covered: [...this.covered].sort(), documented: [...this.documented].sort() }),
    );
  }
}

export const contractLedger = new ContractLedger();

// Registered once per spec file, when it imports the test app (outside Jest, e.g. a script, nothing is).
if (typeof afterEach === 'function' && typeof afterAll === 'function') {
  afterEach(() => contractLedger.assertHeld());
  afterAll(() => {
    contractLedger.record();
    // An answer given after the last test (an afterAll's request) still fails the file.
    contractLedger.assertHeld();
  });
}
