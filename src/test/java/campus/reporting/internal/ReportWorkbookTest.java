package campus.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** report --format xlsx writes the rows the CSV has, numbers as numbers and missing values empty. */
class ReportWorkbookTest {

    @Test
    void theWorkbookHoldsEveryIndicatorInTheReportsOrder() throws Exception {
        Map<String, Object> enrolments = new LinkedHashMap<>();
        enrolments.put("total", 1234);
        enrolments.put("growth_vs_previous_year", null);
        Map<String, Object> biennium = new LinkedHashMap<>();
        biennium.put("period", "2024-25");
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("year", 2024);
        report.put("enrolments", enrolments);
        report.put("women_share", Map.of("overall", 0.5625));
        report.put("biennium", biennium);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ReportWriter(JsonMapper.builder().build()).write(report, "xlsx", new PrintStream(bytes));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Sheet sheet = workbook.getSheet("indicators");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("indicator");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("year");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2024);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("enrolments.total");
            assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(1234);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("enrolments.growth_vs_previous_year");
            assertThat(sheet.getRow(3).getCell(1).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(0.5625);
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("biennium.period");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("2024-25");
        }
    }
}
