import type { InputWords } from './catalog.js';

/**
 * What a form shows in English for each issue an input schema finds. Apart from the rest of
 * English so that the library's own validation, which every edit runs, words its errors without
 * carrying the whole catalog; the English catalog holds this same object.
 */
export const EN_INPUT: InputWords = {
  field: {
    title: 'a title',
    name: 'a name',
    description: 'a description',
    text: 'some text',
    instrument: 'the instrument',
    employer: 'the employer',
    institution: 'the institution',
    organization: 'the organization',
    role: 'the role',
    agreed: 'what was agreed',
    trigger: 'what would trigger it',
    reason: 'a reason',
  },
  required: ({ field }) => (field === undefined ? 'Fill this in' : `Enter ${field}`),
  tooShort: ({ n }) => `Use at least ${n} characters`,
  tooLong: ({ n }) => `Use at most ${n} characters`,
  tooFew: ({ n }) => `Give at least ${n}`,
  tooMany: ({ n }) => `Give at most ${n}`,
  atLeast: ({ n }) => `Enter ${n} or more`,
  atMost: ({ n }) => `Enter ${n} or less`,
  type: {
    string: 'Enter text',
    number: 'Enter a number',
    int: 'Enter a whole number',
    boolean: 'Choose yes or no',
    array: 'Give a list',
    object: 'Give the details',
  },
  date: ({ example }) => `Use a date like ${example}`,
  noSuchDay: ({ day }) => `There is no such day as ${day}`,
  instant: ({ example }) => `Use a date and time like ${example}`,
  url: 'Use a web address that starts with http:// or https://',
  pattern: {
    socCode: 'Use an O*NET-SOC code such as 15-1232.00',
    hollandCode: 'Use one to three different letters of RIASEC, such as IRC',
    role: 'Use lower-case words joined by hyphens, such as counselor',
    other: 'Use the form this field asks for',
  },
  oneOf: ({ options }) => `Choose one of: ${options}`,
  unknownFields: ({ fields }) => `Remove what this does not take: ${fields}`,
  invalid: 'Check this value',
};
