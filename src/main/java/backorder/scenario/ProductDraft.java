package backorder.scenario;

import backorder.scenario.YamlNode.Where;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A product as one mapping states it (a {@code products} entry, a catalogue row or
 * {@code product_defaults}): every field is null when that mapping does not give it, so that
 * drafts can be layered (product over defaults over built-in defaults) before completion.
 */
final class ProductDraft {

  /** The node was no mapping at all (reported); there is nothing to complete. */
  boolean unusable;
  /** Where the mapping starts and its path, for "required" problems. */
  Where where;
  String path;
  /** Where the product's own {@code demand} mapping starts (null when it has none). */
  Where demandWhere;
  /** Dotted keys this mapping writes, valid or not (e.g. {@code demand.rate_per_day}), and where. */
  final Map<String, Where> given = new HashMap<>();

  String sku;
  /** Where the sku value is written (for duplicate-sku problems). */
  Where skuWhere;
  Double price;
  Double holdingCostPerUnitDay;
  Double backorderCostPerUnitDay;
  Long initialOnHand;
  Product.OutOfStock whenOutOfStock;

  Product.Demand.Process process;
  Double ratePerDay;
  double[] weeklyPattern;
  int[] traceOrdersPerDay;
  Dist orderSize;

  Double acceptBackorderProbability;
  Dist patienceDays;
  Double notifiedPatienceFactor;
  Double lostAfterCancelProbability;
  Double lostAfterStockoutProbability;
  Double complaintAfterDays;
  Double lifetimeValue;
  Long base;
  Double backorderBoost;
  /** The list as written (a product's own list replaces the defaults' whole); items are valid. */
  List<SubstituteDraft> substitutes;

  /** One substitute as written: where its sku is, for the checks that need every sku known. */
  record SubstituteDraft(String sku, double acceptProbability, Where skuWhere, String path) {}

  /** This draft over {@code under}: each field from this one when given, else from under. */
  ProductDraft over(ProductDraft under) {
    ProductDraft d = new ProductDraft();
    d.where = where;
    d.path = path;
    d.demandWhere = demandWhere;
    d.given.putAll(under.given);
    d.given.putAll(given);
    d.sku = sku;
    d.skuWhere = skuWhere;
    d.price = pick(price, under.price);
    d.holdingCostPerUnitDay = pick(holdingCostPerUnitDay, under.holdingCostPerUnitDay);
    d.backorderCostPerUnitDay = pick(backorderCostPerUnitDay, under.backorderCostPerUnitDay);
    d.initialOnHand = pick(initialOnHand, under.initialOnHand);
    d.whenOutOfStock = pick(whenOutOfStock, under.whenOutOfStock);
    d.process = pick(process, under.process);
    d.ratePerDay = pick(ratePerDay, under.ratePerDay);
    d.weeklyPattern = pick(weeklyPattern, under.weeklyPattern);
    d.traceOrdersPerDay = pick(traceOrdersPerDay, under.traceOrdersPerDay);
    d.orderSize = pick(orderSize, under.orderSize);
    d.acceptBackorderProbability = pick(acceptBackorderProbability,
        under.acceptBackorderProbability);
    d.patienceDays = pick(patienceDays, under.patienceDays);
    d.notifiedPatienceFactor = pick(notifiedPatienceFactor, under.notifiedPatienceFactor);
    d.lostAfterCancelProbability = pick(lostAfterCancelProbability,
        under.lostAfterCancelProbability);
    d.lostAfterStockoutProbability = pick(lostAfterStockoutProbability,
        under.lostAfterStockoutProbability);
    d.complaintAfterDays = pick(complaintAfterDays, under.complaintAfterDays);
    d.lifetimeValue = pick(lifetimeValue, under.lifetimeValue);
    d.base = pick(base, under.base);
    d.backorderBoost = pick(backorderBoost, under.backorderBoost);
    d.substitutes = pick(substitutes, under.substitutes);
    return d;
  }

  private static <T> T pick(T mine, T theirs) {
    return mine != null ? mine : theirs;
  }
}
