package campus.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as an Excel workbook: one sheet, "indicator" and "value" columns, numbers stored as
 * numbers and a missing value (a share of nobody, growth from zero) left empty, as in the CSV.
 */
final class ReportWorkbook {

    private ReportWorkbook() {
    }

    static void write(List<Map.Entry<String, Object>> rows, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("indicators");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("indicator");
            header.createCell(1).setCellValue("value");
            int line = 1;
            for (Map.Entry<String, Object> entry : rows) {
                Row row = sheet.createRow(line++);
                row.createCell(0).setCellValue(entry.getKey());
                Cell value = row.createCell(1);
                if (entry.getValue() instanceof Number number) {
                    value.setCellValue(number.doubleValue());
                } else if (entry.getValue() != null) {
                    value.setCellValue(entry.getValue().toString());
                }
            }
            sheet.setColumnWidth(0, 48 * 256);
            sheet.setColumnWidth(1, 16 * 256);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
