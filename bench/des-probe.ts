import * as cp from '/work/main/src/index.js';
const env = cp.defaultEnv;
let plan: any = cp.createPlan({ owner: { id: 'alex', name: 'Alex' } }, { env });
for (let g = 0; g < 50; g++) plan = cp.addGoal(plan, { id: `g${g}`, title: `Goal ${g}`, kind: 'skill', horizon: 'short', targetDate: '2027-01-01', strategies: Array.from({ length: 10 }, (_, s) => ({ id: `g${g}s${s}`, title: `S ${s}`, byWho: 'me', dueDate: '2026-12-01' })) }, { env });
for (let i = 0; i < 1000; i++) plan = cp.updateStrategy(plan, `g${i % 50}s${i % 10}`, { title: `Revised ${i}` }, { env });
const text = cp.serialize(plan);
const t = (f: () => unknown, n = 20) => { for (let i = 0; i < 3; i++) f(); const s = process.hrtime.bigint(); for (let i = 0; i < n; i++) f(); return Number(process.hrtime.bigint() - s) / n / 1e6; };
for (let i = 0; i < 200; i++) cp.deserialize(text); const a = t(() => cp.deserialize(text)); const b = t(() => JSON.parse(text));
console.log('deserialize ms', a.toFixed(2), 'parse', b.toFixed(2), 'ratio', (a / b).toFixed(2), 'kib', text.length >> 10);
