package backorder.model;

import backorder.random.Sampler;
import backorder.random.Samplers;
import backorder.scenario.Dist;
import org.apache.commons.rng.UniformRandomProvider;

/** Turns a scenario {@link Dist} into a {@link Sampler} on a given random stream. */
final class DistSamplers {

  private DistSamplers() {}

  static Sampler of(Dist d, UniformRandomProvider rng) {
    return switch (d.kind()) {
      case CONSTANT -> Samplers.constant(d.a());
      case EXPONENTIAL -> Samplers.exponential(rng, d.a());
      case UNIFORM -> Samplers.uniform(rng, d.a(), d.b());
      case NORMAL -> Samplers.normalTruncatedAtZero(rng, d.a(), d.b());
      case LOGNORMAL -> d.b() == 0 ? Samplers.constant(d.a()) : Samplers.lognormal(rng, d.a(), d.b());
      case GAMMA -> Samplers.gamma(rng, d.a(), d.b());
      case TRIANGULAR -> Samplers.triangular(rng, d.a(), d.b(), d.c());
      case EMPIRICAL -> Samplers.empirical(rng, d.values(), d.weights());
      case POISSON -> Samplers.poisson(rng, d.a());
      case GEOMETRIC -> Samplers.geometricFromOne(rng, d.a());
    };
  }
}
