// Rules declare their messages (id → description, as ESLint's meta.messages); the engine rejects an undeclared id.
import { describe, expect, it } from 'vitest';
import { defineRule, type RuleContext } from '../src/engine/rule.js';
import { runRules } from '../src/engine/run.js';
import { suppressionDiagnostics } from '../src/engine/suppress.js';
import { rules } from '../rules/index.js';

const ruleReporting = (messageId: string) =>
  defineRule({
    id: 'test-rule',
    severity: 'error',
    category: 'input',
    description: 'd',
    rationale: 'r',
    messages: { declared: 'a declared message' },
    examples: { fails: 'f', passes: 'p' },
    check: () => [{ at: { file: 'a.yaml', line: 1, column: 1 }, messageId, message: 'm' }],
  });
const run = (messageId: string) => runRules([ruleReporting(messageId)], {} as Omit<RuleContext, 'withheld'>, () => 'error');

describe('rule messages', () => {
  it.each([...rules, ...suppressionDiagnostics].map((r) => [r.id, r.messages] as const))('%s declares its messages, each with a description', (_id, messages) => {
    expect(Object.keys(messages).length).toBeGreaterThan(0);
    for (const [id, description] of Object.entries(messages)) expect({ id, ok: /^[a-z][A-Za-z]+$/.test(id) && description.length > 0 }).toEqual({ id, ok: true });
  });

  it('the engine keeps a declared message id on the finding and throws on an undeclared one', () => {
    expect(run('declared').map((f) => f.messageId)).toEqual(['declared']);
    expect(() => run('undeclared')).toThrow('rule test-rule reported message id undeclared, which its messages do not declare');
  });
});
