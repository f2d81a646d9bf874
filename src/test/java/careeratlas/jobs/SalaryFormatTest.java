package careeratlas.jobs;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SalaryFormatTest {

    @Test
    void rangesInThousands() {
        assertEquals("USD 100K - 130K", SalaryFormat.range("USD", 100_000, 130_000));
        assertEquals("EUR 60K - 75K", SalaryFormat.range("EUR", 60_000, 75_000));
        assertEquals("USD 95K - 192K", SalaryFormat.range("USD", 95_000, 192_000));
    }

    @Test
    void oddAmountsKeepOneDecimalAndMillionsUseM() {
        assertEquals("GBP 62.5K - 80K", SalaryFormat.range("GBP", 62_500, 80_000));
        assertEquals("INR 1.8M - 3.2M", SalaryFormat.range("INR", 1_800_000, 3_200_000));
        assertEquals("USD 900 - 1.5K", SalaryFormat.range("USD", 900, 1_500));
    }

    @Test
    void oneSidedOrEqualRangesShowOneFigure() {
        assertEquals("USD 120K", SalaryFormat.range("USD", 120_000, 120_000));
        assertEquals("CAD 90K", SalaryFormat.range("CAD", 90_000, null));
    }

    @Test
    void noSalaryShowsNothing() {
        assertEquals("", SalaryFormat.range(null, null, null));
        assertEquals("", SalaryFormat.range("USD", null, null));
    }
}
