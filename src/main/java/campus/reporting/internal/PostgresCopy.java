package campus.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Many rows into PostgreSQL with COPY, its bulk path: several times quicker than batched INSERTs, which
 * made writing most of an import's time. Into an empty table the rows are copied straight in; otherwise
 * into a temporary table first, then merged by key with one INSERT … ON CONFLICT, in the caller's
 * transaction like everything else an import writes.
 */
final class PostgresCopy {

    /** Below this many rows a batched INSERT is as quick, and a platform event's save stays simple. */
    static final int FROM_ROWS = 5_000;

    private static final int CHUNK = 5_000;

    private PostgresCopy() {
    }

    /**
     * Writes the rows; {@code merged} is the ON CONFLICT clause's action when the table may hold some of them
     * already (or they may repeat among themselves), null when they go straight into an empty table.
     */
    static <T> void write(Connection connection, String table, List<String> columns, String merged, List<T> rows,
                          Function<T, Object[]> values, LongConsumer written) throws SQLException {
        String list = String.join(", ", columns);
        String target = merged == null ? table : "copy_" + table;
        try (Statement statement = connection.createStatement()) {
            if (merged != null) {
                statement.execute("CREATE TEMPORARY TABLE " + target + " (LIKE " + table + ")");
            }
            copy(connection, "COPY " + target + " (" + list + ") FROM STDIN WITH (FORMAT csv)", rows, values, written);
            if (merged != null) {
                statement.executeUpdate("INSERT INTO " + table + " (" + list + ") SELECT " + list + " FROM " + target + merged);
                statement.execute("DROP TABLE " + target);
            }
        }
    }

    private static <T> void copy(Connection connection, String sql, List<T> rows, Function<T, Object[]> values,
                                 LongConsumer written) throws SQLException {
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            StringBuilder chunk = new StringBuilder(1 << 20);
            int pending = 0;
            for (T row : rows) {
                line(chunk, values.apply(row));
                if (++pending == CHUNK) {
                    send(in, chunk);
                    written.accept(pending);
                    pending = 0;
                }
            }
            send(in, chunk);
            written.accept(pending);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static void send(CopyIn in, StringBuilder chunk) throws SQLException {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }

    /** One CSV line: an unquoted empty field is NULL, text is always quoted (so an empty text stays empty). */
    static void line(StringBuilder out, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = row[i];
            if (value instanceof String text) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else if (value instanceof OffsetDateTime at) {
                out.append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at));
            } else if (value != null) {
                out.append(value);
            }
        }
        out.append('\n');
    }
}
