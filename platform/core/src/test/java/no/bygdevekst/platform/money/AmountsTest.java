package no.bygdevekst.platform.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.LongStream;
import no.bygdevekst.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class AmountsTest {
  @Test
  void sumsThatFitAreExact() {
    assertEquals(3, Amounts.add(1, 2));
    assertEquals(-1, Amounts.subtract(1, 2));
    assertEquals(6, Amounts.sum(LongStream.of(1, 2, 3)));
    assertEquals(0, Amounts.exact(null));
    assertEquals(Long.MAX_VALUE, Amounts.exact(BigInteger.valueOf(Long.MAX_VALUE)));
    assertEquals(12, Amounts.exact(new BigDecimal("12.00")));
  }

  @Test
  void aSumBeyondALongIsAConflictNotAWrappedNumber() {
    ProblemException add =
        assertThrows(ProblemException.class, () -> Amounts.add(Long.MAX_VALUE, 1));
    assertEquals(409, add.status());
    assertThrows(ProblemException.class, () -> Amounts.subtract(Long.MIN_VALUE, 1));
    assertThrows(
        ProblemException.class, () -> Amounts.sum(LongStream.of(Long.MAX_VALUE, Long.MAX_VALUE)));
    assertThrows(
        ProblemException.class,
        () -> Amounts.exact(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE)));
    assertThrows(ProblemException.class, () -> Amounts.exact(new BigDecimal("1.5")));
  }
}
