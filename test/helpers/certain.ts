import { defineScenario, toDocument, type Scenario } from '../../src/index';

/** The scenario without its uncertainty and without volatility: what `project` computes, as a scenario. */
export function certain(scenario: Scenario): Scenario {
  const doc = toDocument(scenario);
  return defineScenario({
    ...doc,
    uncertainty: {},
    drivers: doc.drivers.map((driver) => {
      if (driver.type !== 'growth') return driver;
      const { volatility: _, ...rest } = driver;
      return rest;
    }),
  });
}
