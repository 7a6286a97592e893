package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model's exact bounds and invariants that mutation testing found unpinned: each limit is
 * accepted exactly at its value, each invariant of a composite condition holds even when the
 * factories that normally keep it are bypassed, and each message names what it should.
 */
class AgreementMutationTest {

  private static final Condition A = Condition.fieldIs("a", "1");
  private static final Condition B = Condition.fieldIs("b", "2");

  // ---- ids and texts: the longest accepted ------------------------------------------------------

  @Test
  void id_ofExactlyTheLongestLengthIsAccepted() {
    String longest = "a".repeat(Checks.MAX_ID_LENGTH);
    Checks.requireId("Agreement id", longest);
    assertEquals(longest, Party.of(longest, "Acme").id());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Party.of(longest + "a", "Acme"));
    assertTrue(e.getMessage().startsWith("Party id must be at most 200 characters long: "),
        e.getMessage());
  }

  @Test
  void text_ofExactlyTheLongestLengthIsAccepted() {
    String longest = "x".repeat(Checks.MAX_TEXT_LENGTH);
    assertEquals(longest, Party.of("acme", longest).name());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Party.of("acme", longest + "x"));
    assertTrue(
        e.getMessage().startsWith("Party name must be at most 10000 characters long: "),
        e.getMessage());
  }

  // ---- shares and percentages -------------------------------------------------------------------

  @Test
  void percentage_acceptsZeroAndHundredButNotBeyond() {
    Checks.requirePercentage("Share", BigDecimal.ZERO);
    Checks.requirePercentage("Share", dec("100"));
    assertRejected(
        "Share must be within 0 and 100 %: -0.001",
        () -> Checks.requirePercentage("Share", dec("-0.001")));
    assertRejected(
        "Share must be within 0 and 100 %: 100.001",
        () -> Checks.requirePercentage("Share", dec("100.001")));
    Indicator zero = Indicator.timeslices(Duration.ofMinutes(5), Comparison.GREATER_THAN,
        BigDecimal.ZERO);
    assertEquals("share of PT5M slices with ratio > 0", zero.toString());
  }

  // ---- decimals -----------------------------------------------------------------------------------

  @Test
  void decimal_writtenWithMoreThan36Digits_isJudgedOnceItsZerosAreDropped() {
    // 1 with 39 zeros after the point: its unscaled value has 130 bits, beyond the 120 of any
    // bounded decimal once stripped, yet it is 1, and accepted as given
    BigDecimal one = new BigDecimal(BigInteger.TEN.pow(39), 39);
    assertTrue(Limits.isBounded(one));
    assertSame(one, Limits.requireDecimal("Fee", one));
    // with 26 zeros (87 bits) too
    assertTrue(Limits.isBounded(new BigDecimal(BigInteger.TEN.pow(26), 26)));
    // 1 followed by 19 digits after the point and then 20 zeros: 19 digits once they are dropped
    BigDecimal tooFine = new BigDecimal("1.0000000000000000001" + "0".repeat(20));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Limits.requireDecimal("Fee", tooFine));
    assertEquals(
        "Fee must have at most 18 digits after the point and an absolute value below 10^18: "
            + Limits.shown(tooFine.toString()),
        e.getMessage());
  }

  @Test
  void decimal_ofExactly480BitsIsShownAsTextAndOf481AsItsSize() {
    BigDecimal bits480 = new BigDecimal(BigInteger.TWO.pow(479));
    IllegalArgumentException shown =
        assertThrows(IllegalArgumentException.class, () -> Limits.requireDecimal("Fee", bits480));
    assertTrue(shown.getMessage().endsWith(Limits.shown(bits480.toString())),
        shown.getMessage());
    assertFalse(shown.getMessage().contains("a number of about"), shown.getMessage());
    BigDecimal bits481 = new BigDecimal(BigInteger.TWO.pow(480));
    IllegalArgumentException sized =
        assertThrows(IllegalArgumentException.class, () -> Limits.requireDecimal("Fee", bits481));
    assertTrue(sized.getMessage().endsWith(": a number of about 144 digits with scale 0"),
        sized.getMessage());
  }

  @Test
  void currencyScale_ofExactlyTheCurrencysDecimalsIsAccepted() {
    Currency eur = Currency.getInstance("EUR");
    assertEquals(dec("10.01"),
        CreditPolicy.builder().fee(dec("10.01")).currency(eur).build().fee());
    assertEquals(dec("1000"),
        CreditPolicy.builder().fee(dec("1000")).currency(Currency.getInstance("JPY")).build()
            .fee());
    assertRejected(
        "Minimum payout has more decimals than EUR uses: 0.001",
        () -> CreditPolicy.builder().fee(dec("10")).currency(eur).minimumPayout(dec("0.001"))
            .build());
    assertEquals(dec("0.01"),
        CreditPolicy.builder().fee(dec("10")).currency(eur).minimumPayout(dec("0.01")).build()
            .minimumPayout().orElseThrow());
  }

  // ---- business durations -------------------------------------------------------------------------

  @Test
  void businessHoursAndMinutes_ofExactly500YearsAreAccepted() {
    long hours = Limits.MAX_DURATION.toHours();
    long minutes = Limits.MAX_DURATION.toMinutes();
    assertEquals(4_382_904L, hours);
    assertEquals(Limits.MAX_DURATION, BusinessDuration.businessHours(hours).time());
    assertEquals(Limits.MAX_DURATION, BusinessDuration.businessMinutes(minutes).time());
    assertEquals(Duration.ofMinutes(1), BusinessDuration.businessMinutes(1).time());
    assertRejected(
        "Business hours must be within 1 and 4382904 (500 years): 4382905",
        () -> BusinessDuration.businessHours(hours + 1));
    assertRejected(
        "Business minutes must be within 1 and 262974240 (500 years): 262974241",
        () -> BusinessDuration.businessMinutes(minutes + 1));
    assertRejected(
        "Business minutes must be within 1 and 262974240 (500 years): 0",
        () -> BusinessDuration.businessMinutes(0));
  }

  // ---- periods --------------------------------------------------------------------------------

  @Test
  void rollingPeriodAndTermination_ofExactlyTheSupportedDaysAreAccepted() {
    int max = ReportingPeriod.MAX_DAYS;
    assertEquals(max, ReportingPeriod.rollingDays(max).rollingDays());
    assertRejected(
        "Rolling period must be at most 182621 days (500 years): 182622",
        () -> ReportingPeriod.rollingDays(max + 1));
    assertEquals(max, TerminationRule.consecutiveBreaches(max, "t").periods());
    assertEquals(1, TerminationRule.breachesWithin(1, max, "t").breaches());
    assertRejected(
        "Termination periods looked at must be at most 182621 (the days of the supported range)"
            + ": 182622",
        () -> TerminationRule.breachesWithin(1, max + 1, "t"));
  }

  // ---- conditions -------------------------------------------------------------------------------

  @Test
  void and_ofMoreThanFourOperandsKeepsThemAllInOrder() {
    Condition c = Condition.fieldIs("c", "3");
    Condition d = Condition.fieldIs("d", "4");
    Condition e = Condition.fieldIs("e", "5");
    Condition and = Condition.and(A, B, c, d, e);
    assertEquals(List.of(A, B, c, d, e), ((Condition.And) and).operands());
    Condition or = Condition.or(A, B, c, d, e);
    assertEquals(List.of(A, B, c, d, e), ((Condition.Or) or).operands());
  }

  @Test
  void fieldNameAndValue_ofExactlyTheLongestLengthAreAccepted() {
    String name = "f".repeat(Checks.MAX_ID_LENGTH);
    String value = "v".repeat(Checks.MAX_TEXT_LENGTH);
    Condition longest = Condition.fieldIs(name, value);
    assertTrue(longest.matches(java.util.Map.of(name, value), java.util.Set.of()));
    IllegalArgumentException longerName =
        assertThrows(IllegalArgumentException.class, () -> Condition.fieldIs(name + "f", "1"));
    assertTrue(longerName.getMessage().startsWith(
        "Field name must be at most 200 characters long: "), longerName.getMessage());
    IllegalArgumentException longerValue =
        assertThrows(IllegalArgumentException.class, () -> Condition.fieldIs("a", value + "v"));
    assertTrue(longerValue.getMessage().startsWith(
        "Field value must be at most 10000 characters long: "), longerValue.getMessage());
  }

  @Test
  void composites_refuseTheShapesTheirFactoriesNeverBuild() {
    Condition.And and = (Condition.And) Condition.and(A, B);
    IllegalArgumentException nestedAnd =
        assertThrows(IllegalArgumentException.class, () -> ImmutableAnd.of(List.of(and, A)));
    assertTrue(nestedAnd.getMessage().startsWith("An operand of an 'and' must not be an 'and'"),
        nestedAnd.getMessage());
    Condition.Or or = (Condition.Or) Condition.or(A, B);
    IllegalArgumentException nestedOr =
        assertThrows(IllegalArgumentException.class, () -> ImmutableOr.of(List.of(or, A)));
    assertTrue(nestedOr.getMessage().startsWith("An operand of an 'or' must not be an 'or'"),
        nestedOr.getMessage());
    Condition.Not not = (Condition.Not) Condition.not(A);
    IllegalArgumentException notNot =
        assertThrows(IllegalArgumentException.class, () -> ImmutableNot.of(not));
    assertTrue(notNot.getMessage().startsWith("A 'not' of a 'not' must be its operand"),
        notNot.getMessage());
    // the factories keep the shapes: an and of an and joins, a not of a not cancels
    assertEquals(A, Condition.not(not));
    assertEquals(3, ((Condition.And) Condition.and(and, A)).operands().size());
    assertEquals(3, ((Condition.Or) Condition.or(or, A)).operands().size());
  }

  /** An and of an or of an and ... {@code depth} deep, with 'and' outermost. */
  private static Condition nested(int depth) {
    Condition c = A;
    for (int level = 1; level <= depth; level++) {
      c = level % 2 == 1 ? Condition.or(c, B) : Condition.and(c, B);
    }
    return c;
  }

  @Test
  void or_deeperThanTheLimitIsRefusedByTheFactory() {
    Condition deepestAnd = nested(Condition.MAX_DEPTH);
    assertTrue(deepestAnd instanceof Condition.And, deepestAnd::toString);
    assertEquals(Condition.MAX_DEPTH, ConditionParser.depthOf(deepestAnd));
    IllegalArgumentException or =
        assertThrows(IllegalArgumentException.class, () -> Condition.or(deepestAnd, A));
    assertTrue(
        or.getMessage().startsWith("Condition must nest 'and', 'or' and 'not' at most 100 deep: "
            + "101"),
        or.getMessage());
    IllegalArgumentException not =
        assertThrows(IllegalArgumentException.class, () -> Condition.not(deepestAnd));
    assertTrue(not.getMessage().startsWith(
        "Condition must nest 'and', 'or' and 'not' at most 100 deep: 101"), not.getMessage());
    // an and of the deepest and joins its operands and stays 100 deep
    assertEquals(Condition.MAX_DEPTH, ConditionParser.depthOf(Condition.and(deepestAnd, A)));
  }

  @Test
  void parse_reportsARejectedLeafAtItsFirstCharacterAfterSpaces() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Condition.parse("   event = \" \""));
    assertTrue(e.getMessage().startsWith("Condition is malformed at position 3 ("),
        e.getMessage());
    IllegalArgumentException second =
        assertThrows(IllegalArgumentException.class,
            () -> Condition.parse("a = \"1\" and   event = \"\""));
    assertTrue(second.getMessage().startsWith("Condition is malformed at position 14 ("),
        second.getMessage());
  }

  // ---- indicators -------------------------------------------------------------------------------

  @Test
  void indicator_sliceOfExactlyADayIsAccepted() {
    Indicator day = Indicator.ratioTimeslices(Duration.ofDays(1));
    assertEquals(Duration.ofDays(1), day.slice().orElseThrow());
    assertTrue(day.isSliced());
    assertEquals("mean ratio of PT24H slices", day.toString());
    assertTrue(
        Indicator.timeslices(Duration.ofDays(1), Comparison.GREATER_OR_EQUAL, dec("99"))
            .isSliced());
    assertRejected(
        "Time slice must divide a day evenly: PT48H",
        () -> Indicator.ratioTimeslices(Duration.ofDays(2)));
    assertRejected(
        "Time slice must divide a day evenly: PT7M",
        () -> Indicator.ratioTimeslices(Duration.ofMinutes(7)));
  }

  @Test
  void indicator_ruleForEmptySlicesIsShownAndOnlySlicedOnesHaveOne() {
    Indicator good = Indicator.ratioTimeslices(Duration.ofMinutes(5))
        .withEmptySlices(Indicator.EmptySlices.GOOD);
    assertEquals("mean ratio of PT5M slices, empty slices good", good.toString());
    Indicator bad =
        Indicator.timeslices(Duration.ofMinutes(5), Comparison.GREATER_OR_EQUAL, dec("99"))
            .withEmptySlices(Indicator.EmptySlices.BAD);
    assertEquals("share of PT5M slices with ratio >= 99, empty slices bad", bad.toString());
    assertFalse(Indicator.ratio().isSliced());
    assertFalse(Indicator.mean().isSliced());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> Indicator.ratio().withEmptySlices(Indicator.EmptySlices.GOOD));
    assertTrue(
        e.getMessage().startsWith("Only sliced indicators have a rule for slices without events"),
        e.getMessage());
  }

  @Test
  void indicator_thresholdOfSamplesIsBounded() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> Indicator.samplesMeeting(Comparison.LESS_OR_EQUAL, dec("1E+18")));
    assertEquals(
        "Indicator threshold must have at most 18 digits after the point and an absolute value"
            + " below 10^18: 1E+18",
        e.getMessage());
  }
}
