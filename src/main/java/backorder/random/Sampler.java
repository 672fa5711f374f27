package backorder.random;

/** Draws one value of a distribution from the generator it was built on. */
@FunctionalInterface
public interface Sampler {
  double sample();
}
