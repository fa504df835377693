import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairLists, parseLists } from './suggestions-ab.js';

const OLD = [
  '#1 livecareer-1 [hr] held: HR Manager / Recruiter', '  - HR Manager', '  - Recruiter', '  - Sawing Machine Setter', '  S Senior HR Manager',
  '#2 livecareer-2 [chef] held: Head Chef', '  - Head Chef', '  - Sous Chef', '  S Executive Chef',
].join('\n');
const NEW = OLD.replace('Sawing Machine Setter', 'Training and Development Specialist');

test('suggestion lists are read back with their held roles, roles and stretch role', () => {
  const lists = parseLists(OLD);
  assert.deepEqual([...lists.keys()], ['livecareer-1', 'livecareer-2']);
  assert.deepEqual(lists.get('livecareer-1'), { id: 'livecareer-1', category: 'hr', held: 'HR Manager / Recruiter', roles: ['HR Manager', 'Recruiter', 'Sawing Machine Setter'], stretch: ['Senior HR Manager'] });
});

// Class: two versions of the lists: only the changed ones are judged, each in a seeded random order
test('only changed lists are paired, the two versions in an order the seed fixes', () => {
  const pairs = pairLists(parseLists(OLD), parseLists(NEW), 'seed-1');
  assert.equal(pairs.length, 1);
  const [p] = pairs;
  assert.equal(p.list.id, 'livecareer-1');
  const shown = p.aIs === 'old' ? [p.a, p.b] : [p.b, p.a];
  assert.ok(shown[0].roles.includes('Sawing Machine Setter') && shown[1].roles.includes('Training and Development Specialist'));
  assert.deepEqual(pairLists(parseLists(OLD), parseLists(NEW), 'seed-1').map((x) => x.aIs), [p.aIs], 'the same seed, the same order');
  const orders = new Set(Array.from({ length: 20 }, (_, i) => pairLists(parseLists(OLD), parseLists(NEW), `seed-${i}`)[0].aIs));
  assert.deepEqual([...orders].sort(), ['new', 'old'], 'both orders occur');
});
