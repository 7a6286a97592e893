package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.EscalationLevel;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.agreement.ReviewSchedule;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.TargetRef;
import dev.servicelevel.agreement.TerminationRule;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.agreement.TimerThreshold;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Robustness of the agreement model's factories and builders on generated inputs, extreme ones
 * included (decimals of huge exponent or scale, longs and ints at their limits, dates beyond the
 * supported range, 100,000-character texts with control characters, nulls, conditions nested
 * far beyond the depth limit and texts with thousands of parentheses): building returns a value
 * or throws only IllegalArgumentException, NullPointerException or DateTimeException, each with
 * a message of bounded length (issue 12).
 */
class AgreementRobustnessPropertiesTest {

  private static final int EXAMPLES = Integer.getInteger("servicelevel.examples", 300);
  private static final int MAX_MESSAGE = 600;

  /** A generated call of a public factory: what it is and the call. */
  record Attempt(String description, Callable<?> call) {
    @Override
    public String toString() {
      return description.length() > 300 ? description.substring(0, 300) + "…" : description;
    }
  }

  // ---- extreme values ---------------------------------------------------------------------------

  static BigDecimal decimal(RandomGenerator r) {
    switch (r.nextInt(8)) {
      case 0:
        return null;
      case 1:
        return new BigDecimal(BigInteger.ONE, r.nextInt(2) == 0 ? 999_999_999 : -999_999_999);
      case 2:
        return new BigDecimal(BigInteger.valueOf(r.nextLong()), r.nextInt(2_000_001) - 1_000_000);
      case 3:
        return new BigDecimal(BigInteger.TEN.pow(r.nextInt(60)), r.nextInt(40) - 20);
      case 4:
        return BigDecimal.valueOf(r.nextLong(), r.nextInt(25));
      default:
        return BigDecimal.valueOf(r.nextInt(20_001) - 100, r.nextInt(4));
    }
  }

  static long extremeLong(RandomGenerator r) {
    long[] edges = {Long.MIN_VALUE, Long.MAX_VALUE, -1, 0, 1, 4_382_904, 4_382_905, 262_974_241};
    return r.nextInt(2) == 0 ? edges[r.nextInt(edges.length)] : r.nextLong();
  }

  static int extremeInt(RandomGenerator r) {
    int[] edges = {Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 1, 2, 182_621, 182_622};
    return r.nextInt(2) == 0 ? edges[r.nextInt(edges.length)] : r.nextInt();
  }

  static Duration duration(RandomGenerator r) {
    switch (r.nextInt(5)) {
      case 0:
        return null;
      case 1:
        return Duration.ofSeconds(r.nextLong(), r.nextInt(1_000_000_000));
      case 2:
        return Duration.ofDays(r.nextInt(200_000));
      default:
        return Duration.ofMinutes(r.nextInt(100_000) - 10);
    }
  }

  static LocalDate date(RandomGenerator r) {
    switch (r.nextInt(6)) {
      case 0:
        return LocalDate.MIN;
      case 1:
        return LocalDate.MAX;
      case 2:
        return LocalDate.of(1899 + r.nextInt(3), 1 + r.nextInt(12), 1 + r.nextInt(28));
      case 3:
        return LocalDate.of(2398 + r.nextInt(3), 1 + r.nextInt(12), 1 + r.nextInt(28));
      default:
        return LocalDate.ofEpochDay(r.nextLong(-30_000, 160_000));
    }
  }

  static String text(RandomGenerator r) {
    switch (r.nextInt(8)) {
      case 0:
        return null;
      case 1:
        return "";
      case 2:
        return " \t";
      case 3:
        return "x".repeat(r.nextInt(2) == 0 ? 100_000 : 201);
      case 4:
        return "id\u001b[2J\u202E" + r.nextInt(10);
      case 5:
        return "and";
      default:
        return "id-" + r.nextInt(1_000);
    }
  }

  /** A condition text: a valid one, or one deformed, deep, long or cut. */
  static String conditionText(RandomGenerator r) {
    String valid = AgreementGens.condition(r).toString();
    switch (r.nextInt(7)) {
      case 0:
        return "(".repeat(r.nextInt(5_000)) + valid + ")".repeat(r.nextInt(5_000));
      case 1:
        return "not ".repeat(r.nextInt(20_000)) + valid;
      case 2:
        return valid.substring(0, r.nextInt(valid.length() + 1));
      case 3:
        {
          StringBuilder sb = new StringBuilder();
          int depth = r.nextInt(300);
          for (int i = 0; i < depth; i++) {
            sb.append(r.nextInt(2) == 0 ? "a = \"1\" and (" : "not (b present or ");
          }
          return sb.append(valid).append(")".repeat(depth)).toString();
        }
      case 4:
        return valid + " " + text(r);
      default:
        return valid;
    }
  }

  /** A condition built by nesting generated ones, sometimes beyond the depth limit. */
  static Condition deepCondition(RandomGenerator r) {
    Condition c = AgreementGens.condition(r);
    int depth = r.nextInt(2) == 0 ? r.nextInt(20) : r.nextInt(250);
    for (int i = 0; i < depth; i++) {
      Condition other = AgreementGens.condition(r);
      switch (r.nextInt(3)) {
        case 0:
          c = Condition.and(other, c);
          break;
        case 1:
          c = Condition.or(c, other);
          break;
        default:
          c = Condition.not(c);
          break;
      }
    }
    return c;
  }

  // ---- the attempts ---------------------------------------------------------------------------

  static Attempt attempt(RandomGenerator r) {
    switch (r.nextInt(17)) {
      case 0:
        {
          String t = conditionText(r);
          return new Attempt("parse " + t, () -> Condition.parse(t));
        }
      case 1:
        {
          long seed = r.nextLong();
          return new Attempt(
              "deep condition of seed " + seed, () -> deepCondition(new SplittableRandom(seed)));
        }
      case 2:
        {
          long h = extremeLong(r);
          return new Attempt("businessHours " + h, () -> BusinessDuration.businessHours(h));
        }
      case 3:
        {
          long m = extremeLong(r);
          return new Attempt("businessMinutes " + m, () -> BusinessDuration.businessMinutes(m));
        }
      case 4:
        {
          Duration d = duration(r);
          boolean elapsed = r.nextInt(2) == 0;
          return new Attempt(
              (elapsed ? "elapsed " : "businessTime ") + d,
              () -> elapsed ? BusinessDuration.elapsed(d) : BusinessDuration.businessTime(d));
        }
      case 5:
        {
          BigDecimal s = decimal(r);
          return new Attempt("warningAt " + s, () -> TimerThreshold.warningAt(s));
        }
      case 6:
        {
          BigDecimal from = decimal(r);
          BigDecimal to = decimal(r);
          BigDecimal credit = decimal(r);
          boolean between = r.nextInt(2) == 0;
          return new Attempt(
              "credit tier " + from + " " + to + " " + credit,
              () ->
                  between
                      ? CreditTier.between(from, to, credit)
                      : CreditTier.atOrAbove(from, credit));
        }
      case 7:
        {
          BigDecimal minimum = decimal(r);
          BigDecimal weight = decimal(r);
          Duration ignore = duration(r);
          return new Attempt(
              "availability " + minimum + " " + weight + " " + ignore,
              () -> {
                AvailabilityTarget.Builder b =
                    AvailabilityTarget.builder().id("a").service("s").window("w");
                b.minimum(minimum).weight(weight);
                if (ignore != null) {
                  b.ignoreOutagesShorterThan(ignore);
                }
                return b.build();
              });
        }
      case 8:
        {
          BigDecimal fee = decimal(r);
          BigDecimal cap = decimal(r);
          return new Attempt(
              "credit policy " + fee + " " + cap,
              () -> {
                CreditPolicy.Builder b =
                    CreditPolicy.builder().fee(fee).currency(Currency.getInstance("EUR"));
                if (cap != null) {
                  b.capPercent(cap);
                }
                return b.build();
              });
        }
      case 9:
        {
          int days = extremeInt(r);
          LocalDate date = date(r);
          return new Attempt(
              "rolling " + days + " periodOf " + date,
              () -> ReportingPeriod.rollingDays(days).periodOf(date));
        }
      case 10:
        {
          LocalDate date = date(r);
          ReportingPeriod p = AgreementGens.reportingPeriod(r);
          return new Attempt(
              p + " of " + date,
              () -> List.of(p.periodOf(date), p.label(date), p.periodsCovering(
                  org.threeten.extra.LocalDateRange.of(date, date.plusDays(1)))));
        }
      case 11:
        {
          String id = text(r);
          String name = text(r);
          boolean party = r.nextInt(2) == 0;
          return new Attempt(
              "party " + id + " / " + name,
              () -> party ? Party.of(id, name) : Service.of(id, name));
        }
      case 12:
        {
          String a = text(r);
          String b = text(r);
          return new Attempt("ref " + a + " / " + b, () -> TargetRef.of(a, b));
        }
      case 13:
        {
          int breaches = extremeInt(r);
          int periods = extremeInt(r);
          String id = text(r);
          return new Attempt(
              "termination " + breaches + " " + periods + " " + id,
              () -> TerminationRule.breachesWithin(breaches, periods, id));
        }
      case 14:
        {
          List<String> people = new ArrayList<>();
          int n = r.nextInt(4);
          for (int i = 0; i < n; i++) {
            people.add(text(r));
          }
          boolean escalation = r.nextInt(2) == 0;
          return new Attempt(
              "escalation / review " + people,
              () ->
                  escalation
                      ? EscalationLevel.of("l1", people)
                      : ReviewSchedule.of(ReportingPeriod.calendarMonth(), people));
        }
      case 15:
        {
          String name = text(r);
          return new Attempt("timer kind " + name, () -> TimerKind.of(name));
        }
      default:
        {
          long h = extremeLong(r);
          long seed = r.nextLong();
          return new Attempt(
              "goal of " + h + " hours, condition of seed " + seed,
              () ->
                  TimerGoal.of(
                      deepCondition(new SplittableRandom(seed)),
                      BusinessDuration.businessHours(h)));
        }
    }
  }

  @Test
  void buildingReturnsOrThrowsOnlyDocumentedExceptionsWithShortMessages() {
    Gen<Attempt> attempts = QuickTheoriesGens.of(AgreementRobustnessPropertiesTest::attempt);
    qt().withExamples(EXAMPLES)
        .forAll(attempts)
        .checkAssert(
            a -> {
              try {
                Object built = a.call().call();
                assertNotNull(built, a::toString);
              } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
                String message = e.getMessage();
                assertNotNull(message, () -> a + " threw " + e.getClass().getName());
                assertTrue(
                    message.length() <= MAX_MESSAGE,
                    () -> a + ": message of " + message.length() + " characters");
              } catch (Exception | Error e) {
                fail(a + " threw " + e, e);
              }
            });
  }

  @Test
  void deepAndWideConditionsReadBackFromTheirText() {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGens.of(r -> {
          try {
            return deepCondition(r);
          } catch (IllegalArgumentException tooDeep) {
            return AgreementGens.condition(r);
          }
        }))
        .checkAssert(
            c -> {
              Condition parsed = Condition.parse(c.toString());
              assertEquals(c, parsed);
              assertEquals(c.hashCode(), parsed.hashCode());
              assertEquals(c.toString(), parsed.toString());
            });
  }

  @Test
  void equalConditionsHaveOneText() {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGens.conditions(), QuickTheoriesGens.conditions())
        .checkAssert(
            (a, b) -> {
              Condition left = Condition.and(a, Condition.and(b, a));
              Condition right = Condition.and(Condition.and(a, b), a);
              assertEquals(left, right);
              assertEquals(left.toString(), right.toString());
              assertEquals(a, Condition.not(Condition.not(a)));
              assertEquals(a.toString(), Condition.parse("not not (" + a + ")").toString());
            });
  }
}
