import { defineScenario, toDocument, type Scenario } from '../../src/index';

/**
 * The scenario without its uncertainty, without volatility, and with each event settled as `project` takes it
 * (probability 1 when assumed, else 0): what `project` computes, as a scenario.
 */
export function certain(scenario: Scenario): Scenario {
  const doc = toDocument(scenario);
  return defineScenario({
    ...doc,
    uncertainty: {},
    drivers: doc.drivers.map((driver) => {
      if (driver.type === 'event') return { ...driver, probability: (driver as { assume?: boolean }).assume === true ? 1 : 0 };
      if (driver.type !== 'growth') return driver;
      const { volatility: _, ...rest } = driver;
      return rest;
    }),
  });
}
