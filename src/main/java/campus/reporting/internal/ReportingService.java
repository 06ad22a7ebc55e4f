package campus.reporting.internal;

import campus.reporting.ReportingApi;
import campus.reporting.ResultsData;
import campus.reporting.ResultsReport;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes reports from the read model as it stands: every figure from all data present at report time. */
@Service
@Transactional
class ReportingService implements ReportingApi {

    private final ResultsStore store;

    ReportingService(ResultsStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> report(int year, String partnerId) {
        ResultsData data = store.load();
        return ResultsReport.compute(partnerId == null ? data : ResultsReport.forPartner(data, partnerId), year);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Integer, Map<String, Object>> reports(int fromYear, int toYear, String partnerId) {
        ResultsData data = store.load();
        ResultsData scoped = partnerId == null ? data : ResultsReport.forPartner(data, partnerId);
        Map<Integer, Map<String, Object>> reports = new java.util.TreeMap<>();
        for (int year = fromYear; year <= toYear; year++) {
            reports.put(year, ResultsReport.compute(scoped, year));
        }
        return reports;
    }

    @Override
    @Transactional(readOnly = true)
    public ResultsData data() {
        return store.load();
    }

    @Override
    public void record(ResultsData data) {
        store.save(data);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Set<String>> knownIds() {
        return store.knownIds();
    }
}
