import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, isOtherLanguagePassage } from './detect.js';

test('a passage reads as another language only on several of its function words, at least twice the English ones', () => {
  const rows: Array<[string, boolean]> = [
    ['Nuestros cocineros preparan ingredientes, cocinan BBQ Coreano y hacen comida deliciosa para nuestros clientes de la casa.', true],
    ['Wir suchen eine engagierte Pflegekraft für unsere Station mit Erfahrung in der Intensivpflege und im Team.', true],
    ['You will be preparing ingredients, cooking Korean BBQ, and making delicious food for our guests.', false],
    // names and places in another language inside English prose
    ['Worked with the team of Juan de la Cruz at the Universidad de Los Andes for the project.', false],
    // too short to tell
    ['Comida deliciosa para todos', false],
    ['Python, SQL, Excel, Tableau, Power BI, SAP, Salesforce, Jira', false],
  ];
  for (const [text, other] of rows) assert.equal(isOtherLanguagePassage(text), other, text);
});

test('a whole document in another language is named; a short or list-like one is taken for English', () => {
  const spanish = 'Buscamos un cocinero con experiencia para nuestro restaurante en el centro de la ciudad. '.repeat(3)
    + 'El candidato debe trabajar en equipo con los cocineros y con el gerente de la cocina, y preparar los platos del menú para los clientes.';
  assert.equal(detectLanguage(spanish).code, 'es');
  assert.equal(detectLanguage('Skills: Python, SQL, Excel').code, 'en');
  const english = 'We are looking for an experienced line cook for our restaurant in the city centre. '.repeat(4);
  assert.equal(detectLanguage(english).code, 'en');
});
