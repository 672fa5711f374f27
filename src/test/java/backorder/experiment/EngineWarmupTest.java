package backorder.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.model.Planning;
import backorder.model.ReplicationResult;
import backorder.scenario.Scenario;
import backorder.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The warm-up's built-in scenario stays valid and exercises the engine (a failure there is silent). */
class EngineWarmupTest {

  @Test
  void builtInScenario_loadsAndFiresTensOfThousandsOfEvents() throws Exception {
    Scenario scenario = ScenarioLoader.parse(EngineWarmup.scenarioText(), Path.of("engine-warmup.yaml"));
    assertEquals(8, scenario.products().size());
    ReplicationResult r = Experiment.replicate(scenario, scenario.policies().get(0),
        Planning.inputs(scenario), 0);
    assertTrue(r.events() > 20_000 && r.events() < 60_000, "events " + r.events());
  }
}
