package campus.reporting;

import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/** The results report and its read model, for the modules that feed it (import) or show it. */
public interface ReportingApi {

    /** The report of a year, Centre-wide or (partnerId not null) for one partner's activities. */
    Map<String, Object> report(int year, String partnerId);

    /** The reports of several consecutive years, computed from one reading of the data. */
    Map<Integer, Map<String, Object>> reports(int fromYear, int toYear, String partnerId);

    /**
     * Brings the packed index the reports are computed from up to date with the read model now, so that the
     * next report does not wait for it (after an upload import, whose first dashboard would otherwise rebuild it).
     */
    void prepare();

    /** Everything the read model holds, in interchange terms (for export). */
    ResultsData data();

    /** Merges data into the read model by external id, in the caller's transaction. */
    void record(ResultsData data);

    /** As {@link #record(ResultsData)}, telling after each batch how many records are written so far. */
    void record(ResultsData data, LongConsumer written);

    /** Ids the read model already holds, by kind (participant, partner, activity, enrolment, credential). */
    Map<String, Set<String>> knownIds();
}
