package campus.interchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick date reader accepts and refuses exactly what LocalDate.parse does; numbers take ASCII digits only. */
class ValueTypesTest {

    @Test
    void datesReadAsLocalDateParseReadsThem() {
        List<String> samples = List.of("2024-02-29", "2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00",
                "2024-1-01", "2024-01-1", "24-01-01", "2024/01/01", "2024-01-01T00:00", "0000-01-01", "9999-12-31",
                "+10000-01-01", "-2024-01-01", "２０２４-01-01", "2024-0١-01", "20240101", "2024-01-01 ", "abcd-ef-gh");
        for (String text : samples) {
            assertThat(ValueTypes.DATE.read(text)).as(text).isEqualTo(parsed(text));
        }
        assertThat(ValueTypes.DATE.read("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void yearsAndRatingsTakeAsciiDigitsWithinTheirRange() {
        assertThat(ValueTypes.BIRTH_YEAR.read("1987")).isEqualTo(1987);
        assertThat(ValueTypes.BIRTH_YEAR.read("1899")).isNull();
        assertThat(ValueTypes.BIRTH_YEAR.read("١٩٨٧")).isNull();
        assertThat(ValueTypes.BIRTH_YEAR.read("+1987")).isNull();
        assertThat(ValueTypes.BIRTH_YEAR.read("0000001987")).isNull();
        assertThat(ValueTypes.BIRTH_YEAR.read("000001987")).isEqualTo(1987);
        assertThat(ValueTypes.OVERALL.read("5")).isEqualTo(5);
        assertThat(ValueTypes.OVERALL.read("6")).isNull();
        assertThat(ValueTypes.OVERALL.read("4.0")).isNull();
    }

    private static LocalDate parsed(String text) {
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
