package dev.careshop.adapter.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** RFC 4180 as spreadsheets read it, and no formula smuggled into one through a name. */
class CsvTest {

    @Test
    void aHeaderLineThenOneLinePerRowEachEndingInCrLf() {
        String csv = Csv.write(List.of("year", "month", "revenue"), List.of(List.of(2026, 11, new BigDecimal("209.58")),
                List.of(2026, 12, new BigDecimal("0.00"))));

        assertThat(csv).isEqualTo("year,month,revenue\r\n2026,11,209.58\r\n2026,12,0.00\r\n");
    }

    @Test
    void aHeaderAloneWhenThereAreNoRows() {
        assertThat(Csv.write(List.of("a", "b"), List.of())).isEqualTo("a,b\r\n");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndInnerQuotesDoubled() {
        String csv = Csv.write(List.of("name"), List.of(List.of("Pain, relief"), List.of("The \"good\" stuff"),
                List.of("two\nlines"), List.of("carriage\rreturn"), List.of("plain")));

        assertThat(csv).isEqualTo("name\r\n\"Pain, relief\"\r\n\"The \"\"good\"\" stuff\"\r\n\"two\nlines\"\r\n"
                + "\"carriage\rreturn\"\r\nplain\r\n");
    }

    @Test
    void nullIsAnEmptyFieldAndNumbersAreWrittenPlainly() {
        UUID id = UUID.fromString("0196a3c2-7f1e-7a7b-9c55-2f4b8d1e6a10");

        String csv = Csv.write(List.of("id", "price", "big", "count"),
                List.of(Arrays.asList(id, null, new BigDecimal("1E+3").setScale(2), 12L)));

        assertThat(csv).endsWith("\r\n0196a3c2-7f1e-7a7b-9c55-2f4b8d1e6a10,,1000.00,12\r\n");
    }

    @Test
    void textAScreadsheetWouldRunAsAFormulaIsPrefixedWithAQuote() {
        String csv = Csv.write(List.of("name"), List.of(List.of("=HYPERLINK(\"http://evil\")"), List.of("+1"), List.of("-2"),
                List.of("@SUM(A1)"), List.of("\tTab"), List.of("Vitamins = good")));

        assertThat(csv.split("\r\n")).containsExactly("name", "\"'=HYPERLINK(\"\"http://evil\"\")\"", "'+1", "'-2", "'@SUM(A1)",
                "'\tTab", "Vitamins = good");
    }

    @Test
    void negativeNumbersAreNotTakenForFormulas() {
        assertThat(Csv.write(List.of("delta"), List.of(List.of(-3), List.of(new BigDecimal("-1.50"))))).isEqualTo("delta\r\n-3\r\n-1.50\r\n");
    }
}
