package campus.shared;

/** Text put in a CSV export that people open in a spreadsheet. */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * The value with a leading quote when it starts like a spreadsheet formula (= + - @, tab, carriage
     * return): a name or comment a person typed must never run as a formula in the reader's spreadsheet
     * (CSV injection).
     */
    public static String safe(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
