package campus.credentials.internal;

import static org.campus.db.Tables.CREDENTIAL;
import static org.campus.db.Tables.CREDENTIAL_VIEW;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issuer dashboard's figures, counted in the credentials module's own tables: credentials issued,
 * views and distinct viewers per calendar month (UTC) of a year, and the year's totals — where the
 * year's distinct viewers are counted over the whole year, not added up month by month.
 */
@Service
@Transactional(readOnly = true)
public class IssuerFigures {

    /** One month's figures (month 1–12), or the year's when month is 0. */
    public record Figures(int month, int issued, int views, int viewers) {
    }

    /** The twelve months and the year's totals. */
    public record Year(int year, List<Figures> months, Figures total) {
    }

    private final DSLContext db;

    IssuerFigures(DSLContext db) {
        this.db = db;
    }

    public Year of(int year) {
        OffsetDateTime from = OffsetDateTime.of(year, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        OffsetDateTime to = from.plusYears(1);
        Field<Integer> issuedMonth = month(CREDENTIAL.ISSUED_AT);
        Map<Integer, Integer> issued = db.select(issuedMonth, DSL.count()).from(CREDENTIAL)
                .where(CREDENTIAL.ISSUED_AT.ge(from)).and(CREDENTIAL.ISSUED_AT.lt(to))
                .groupBy(issuedMonth).fetchMap(issuedMonth, DSL.count());
        Field<Integer> viewMonth = month(CREDENTIAL_VIEW.VIEWED_AT);
        Field<Integer> views = DSL.count().as("views");
        Field<Integer> viewers = DSL.countDistinct(CREDENTIAL_VIEW.VIEWER).as("viewers");
        Map<Integer, int[]> viewed = db.select(viewMonth, views, viewers).from(CREDENTIAL_VIEW)
                .where(CREDENTIAL_VIEW.VIEWED_AT.ge(from)).and(CREDENTIAL_VIEW.VIEWED_AT.lt(to))
                .groupBy(viewMonth).fetchMap(r -> r.value1(), r -> new int[] {r.value2(), r.value3()});
        List<Figures> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            int[] v = viewed.getOrDefault(m, new int[2]);
            months.add(new Figures(m, issued.getOrDefault(m, 0), v[0], v[1]));
        }
        var wholeYear = db.select(views, viewers).from(CREDENTIAL_VIEW)
                .where(CREDENTIAL_VIEW.VIEWED_AT.ge(from)).and(CREDENTIAL_VIEW.VIEWED_AT.lt(to)).fetchOne();
        int issuedInYear = issued.values().stream().mapToInt(Integer::intValue).sum();
        return new Year(from.getYear(), months, new Figures(0, issuedInYear, wholeYear.value1(), wholeYear.value2()));
    }

    /** The first year with an issued credential (or empty when none was). */
    public java.util.Optional<Integer> firstYear() {
        return java.util.Optional.ofNullable(db.select(DSL.min(CREDENTIAL.ISSUED_AT)).from(CREDENTIAL).fetchOne(0, OffsetDateTime.class))
                .map(t -> t.withOffsetSameInstant(ZoneOffset.UTC).getYear());
    }

    /**
     * The month of a timestamp in UTC. PostgreSQL extracts fields in the session's time zone and H2 in
     * the value's own offset, so the value is first moved to UTC explicitly: the same month on both.
     */
    private static Field<Integer> month(Field<OffsetDateTime> at) {
        return DSL.extract(DSL.field("({0} at time zone 'UTC')", SQLDataType.LOCALDATETIME, at), DatePart.MONTH);
    }
}
