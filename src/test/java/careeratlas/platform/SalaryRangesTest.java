package careeratlas.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SalaryRangesTest {

    @Test
    void rangesInThousands() {
        assertEquals("USD 100K - 130K", SalaryRanges.range("USD", 100_000, 130_000));
        assertEquals("EUR 60K - 75K", SalaryRanges.range("EUR", 60_000, 75_000));
        assertEquals("USD 95K - 192K", SalaryRanges.range("USD", 95_000, 192_000));
    }

    @Test
    void oddAmountsKeepOneDecimalAndMillionsUseM() {
        assertEquals("GBP 62.5K - 80K", SalaryRanges.range("GBP", 62_500, 80_000));
        assertEquals("INR 1.8M - 3.2M", SalaryRanges.range("INR", 1_800_000, 3_200_000));
        assertEquals("USD 900 - 1.5K", SalaryRanges.range("USD", 900, 1_500));
    }

    @Test
    void oneSidedOrEqualRangesShowOneFigure() {
        assertEquals("USD 120K", SalaryRanges.range("USD", 120_000, 120_000));
        assertEquals("CAD 90K", SalaryRanges.range("CAD", 90_000, null));
    }

    @Test
    void noSalaryShowsNothing() {
        assertEquals("", SalaryRanges.range(null, null, null));
        assertEquals("", SalaryRanges.range("USD", null, null));
    }
}
