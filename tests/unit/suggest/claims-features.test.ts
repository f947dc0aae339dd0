import { describe, expect, it } from 'vitest';
import { FEATURES, sentenceFeatures } from '../../../src/main/core/suggest/claims-features';

/** The value of one named feature for a sentence. */
function feature(text: string, name: string): number {
  const i = FEATURES.findIndex((f) => f.name === name);
  if (i < 0) throw new Error(`no feature ${name}`);
  return sentenceFeatures(text).values[i];
}

describe('claim features: what fires on which sentence', () => {
  it.each([
    ['number', 'Heilongjiang signed 224 cooperation projects.', 'Heilongjiang signed many cooperation projects.'],
    ['money', 'The plant cost $44,000 to build.', 'The plant cost a lot to build.'],
    ['money', 'A total investment of 10 billion yuan is underway.', 'A total investment of 10 billion tons is underway.'],
    ['percent', 'Output grew 5.8% in the first half.', 'Output grew in the first half.'],
    ['percent', 'Use among the young was 3.8 percent.', 'Use among the young was high.'],
    ['scale', 'More than 10 million users activated accounts.', 'More than ten users activated accounts.'],
    ['year', 'The mission may launch as soon as 2023.', 'The mission may launch as soon as possible.'],
    ['date', 'The show opens to the public on Jan. 5.', 'The show opens to the public soon.'],
    ['quantity', 'The wagon will go 300 miles on a charge.', 'The wagon will go far on a charge.'],
    ['comparative', 'The engine is 20% more powerful than the old one.', 'The engine is powerful.'],
    ['comparative', 'Revenue rose sharply last year.', 'Revenue was reported last year.'],
    ['comparative', 'There was an increase of 12 cases.', 'There were 12 cases.'],
    ['superlative', 'It is the largest oilfield in China.', 'It is an oilfield in China.'],
    ['superlative', 'Canada beat the U.S. for the first time.', 'Canada beat the U.S. again.'],
    ['attribution', 'Output doubled, according to the bureau.', 'Output doubled at the bureau.'],
    ['attribution', 'The company announced the cuts on Monday.', 'The company made the cuts on Monday.'],
    ['names', 'The plant is in Harbin.', 'The plant is in the city.'],
    ['modal', 'The government should cut taxes.', 'The government cut taxes.'],
    ['opinion', 'I think the plan is wonderful.', 'The plan was approved in May.'],
    ['question', 'Is there an oxygen bar in Delhi?', 'There is an oxygen bar in Delhi.'],
    ['imperative', 'Remember the instructions and forge ahead.', 'Workers remembered the instructions.'],
    ['hedge', 'Disney is expected to switch strategy.', 'Disney switched strategy.'],
    ['quoteStart', '“We had some issues,” Mayer said.', 'Mayer said there had been issues.'],
    ['secondPerson', 'Chances are you have an app for that.', 'Most residents have an app for that.'],
    ['pastTense', 'Russia beat Croatia on Monday.', 'Russia plays Croatia on Monday.'],
    ['properSubject', 'Russia beat Croatia on Monday.', 'They beat Croatia on Monday.'],
    ['evaluative', 'Sadly, pollution has become a terrible feature of winter.', 'Output is measured every winter.'],
    ['short', 'Thank you.', 'The project signed 224 contracts with foreign firms this year.'],
    ['digitsOnly', '2023 2024 2025', 'Output in 2023 grew.'],
    ['attributedView', 'He said WeWork should cut its costs.', 'He said WeWork cut 4,000 jobs.'],
    ['quotedThenSaid', '“We will see the industry shake out a bit,” Mayer said.', 'Mayer said the industry would shake out.'],
    ['quoteFragment', 'He said Rudolph "can\'t start a fight and then claim bullying.', 'He said Rudolph "started it."'],
    ['allCaps', 'TOYOTA RAV4 PRIME', 'Toyota showed the RAV4 Prime.'],
    ['unterminated', 'Oil output rises in Daqing', 'Oil output rose in Daqing.'],
    ['pronStart', 'It also gets a new rear suspension.', 'The car also gets a new rear suspension.'],
    ['propnShare', 'Russia beat Croatia on Monday.', 'The team beat its rival on the day.'],
    ['adjShare', 'The sleek new car looks beautiful.', 'The car went on sale in March.'],
    ['numberWord', 'Three provinces signed the pact.', 'The provinces signed the pact.'],
    ['institution', 'The Natural Resources Bureau approved it.', 'The county approved it.'],
    ['pastFact', 'The plant was completed last spring.', 'The plant runs every day.'],
    ['firstPerson', 'We are out of space to hold them.', 'The camp is out of space.'],
    ['future', 'The plant will open next spring.', 'The plant opened last spring.'],
    ['exclamation', 'Yup, you read it right!', 'You read it right.'],
    ['quote', 'He called it “patently false.”', 'He called it false.'],
    ['generic', 'Everyone knows the city is dirty.', 'Residents know the city is dirty.'],
    ['strongEvaluative', 'The results were fantastic.', 'The results were published.'],
    ['advShare', 'It very quickly and quietly went away.', 'The car went to Beijing.'],
    ['titleCase', 'Accumulate Revitalization Momentum and Write a New Development Chapter', 'Revitalization gathered momentum in the northeast.'],
    ['reportedView', 'Heyward said that he is looking forward to facing the Browns.', 'Heyward said that he faced the Browns twice.'],
    ['longQuote', '“We have received an inquiry and are cooperating,” a spokesperson said.', 'A spokesperson said it had received an inquiry.'],
    ['negatedReport', 'The price wasn’t announced.', 'The price was high.'],
    ['shortEvent', 'Russia beat Croatia on Monday.', 'Russia and Croatia, a rivalry.'],
    ['pageNote', 'Email vote@nycha.nyc.gov or call 212-306-6794 for more information.', 'Residents voted by mail in November.'],
    ['pageNote', 'This article originally appeared on VICE US.', 'The article appeared in print on Monday.'],
    ['noVerb', 'Jean Siméon Chardin’s Basket of Wild Strawberries (1761).', 'Chardin painted the basket in 1761.'],
    ['hedge', 'A world record may have been set in Death Valley.', 'A world record was set in Death Valley.'],
  ])('%s fires on "%s" and not on "%s"', (name, fires, silent) => {
    expect(feature(fires, name)).toBeGreaterThan(0);
    expect(feature(silent, name)).toBe(0);
  });

  it('names the attribution cue that fired ("attribution: according to")', () => {
    expect(sentenceFeatures('Output doubled, According to the bureau.').attributionCue).toBe('according to');
    expect(sentenceFeatures('Output doubled.').attributionCue).toBeNull();
  });

  it('keeps every value in [0, 1], however long the sentence', () => {
    const long = 'Harbin Electric said output rose 5.8% to $3 billion, the largest ever. '.repeat(40);
    for (const v of sentenceFeatures(long).values) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });
});
