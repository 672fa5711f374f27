package backorder.policy;

/** How much a reorder-point policy orders once the position is at or below the reorder point. */
public record OrderQuantity(Kind kind, double value) {

  public enum Kind {
    /** multiples of a fixed batch ({@code order_quantity: 500}) */
    FIXED,
    /** up to a level ({@code order_up_to: 700}) */
    UP_TO,
    /** a batch of this many days of mean demand ({@code order_quantity: {days_of_cover: 30}}) */
    DAYS_OF_COVER
  }
}
