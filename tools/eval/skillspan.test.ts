import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalSkillspan } from './skillspan.js';

const tempDirs: string[] = [];
after(() => tempDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

test('evalSkillspan follows the protocol: char spans -> overlapping tokens, strict vs loose', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hrdocs-skillspan-'));
  tempDirs.push(dir);
  const rows = [
    { tokens: ['Experience', 'with', 'Node.js', ',', 'CI', '/', 'CD'], tags_skill: ['O', 'O', 'O', 'O', 'O', 'O', 'O'], tags_knowledge: ['O', 'O', 'B', 'O', 'B', 'I', 'I'] },
    { tokens: ['manage', 'a', 'team', 'well'], tags_skill: ['B', 'I', 'I', 'O'], tags_knowledge: ['O', 'O', 'O', 'O'] },
  ];
  const file = join(dir, 'dev.json');
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  // "Experience with Node.js , CI / CD" and "manage a team well"
  const result = await evalSkillspan(file, async (texts) => texts.map((t, i) => i === 0
    ? [{ start: t.indexOf('Node'), end: t.indexOf('Node') + 4, kind: 'knowledge' as const }, // overlaps the token Node.js
       { start: t.indexOf('CI'), end: t.length, kind: 'knowledge' as const }]
    : [{ start: 0, end: t.indexOf(' team'), kind: 'skill' as const }])); // "manage a": too short
  assert.equal(result.sentences, 2);
  assert.equal(result.strict.matched, 2); // Node.js and CI / CD exactly
  assert.equal(result.loose.matched, 3); // plus the overlapping "manage a"
  assert.equal(result.strict.gold, 3);
  assert.equal(result.knowledge.strict.f1, 1);
  assert.equal(result.skill.strict.f1, 0);
  assert.equal(result.skill.loose.f1, 1);
});
