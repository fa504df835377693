import { ruleTable } from '../../../../test/support/rule-tester.js';
import { languageRule } from './rule.js';

const german = `# Anna Schmidt\n\n## Berufserfahrung\n\n**Krankenschwester**, Klinikum München, 2018 - heute\n\n- Betreuung und Pflege von Patienten auf der Intensivstation mit der Überwachung der Vitalzeichen\n- Zusammenarbeit mit den Ärzten und dem Pflegeteam bei der Planung der Versorgung\n- Dokumentation der Pflege in der elektronischen Akte und Anleitung von neuen Kollegen auf der Station\n\n## Ausbildung\n\nAusbildung zur Gesundheits- und Krankenpflegerin an der Berufsfachschule für Pflege in München\n`;
const chinese = `# 张伟\n\n## 工作经历\n\n**护士**，北京协和医院，2018 - 至今\n\n- 负责重症监护病房患者的护理工作，监测生命体征并及时记录病情变化，配合医生完成治疗方案\n- 参与制定护理计划，指导新入职护士，组织科室培训与护理质量检查工作，提高护理服务水平\n- 与患者家属沟通，提供健康教育和出院指导，协助完成病房管理与感染控制相关工作任务\n`;
const english = `# Anna Smith\n\n## Experience\n\n**Registered Nurse**, Mercy Hospital, 2018 - Present\n\n- Cared for patients in the intensive care unit and monitored their vital signs through every shift\n- Worked with the doctors and the nursing team on the planning of care for each of the patients\n- Documented care in the electronic health record and trained new colleagues on the ward in our protocols\n`;

ruleTable(languageRule, {
  valid: [
    { name: 'an English resume', kind: 'resume', text: english },
    { name: 'a short note (too little text to judge)', kind: 'resume', text: '# Anna Schmidt\n\nKrankenschwester\n' },
    { name: 'an English resume naming German employers and places', kind: 'resume', text: english.replace('Mercy Hospital', 'Klinikum der Universität München') },
  ],
  invalid: [
    { name: 'a German resume', kind: 'resume', text: german, findings: [{ line: 0, message: 'looks German' }] },
    { name: 'a Chinese resume', kind: 'resume', text: chinese, findings: [{ line: 0, message: 'looks Chinese' }] },
  ],
});
