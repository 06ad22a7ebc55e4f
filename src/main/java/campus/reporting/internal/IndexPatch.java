package campus.reporting.internal;

import campus.reporting.ResultsData;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Brings a packed index up to date with the rows that changed since it was packed, so that on a live platform,
 * where every enrolment, answer and credential view moves the read model on, a report stays a matter of
 * milliseconds instead of a rebuild from every row. The result equals an index built from the data as it now
 * stands (IndexPatchTest checks it against a rebuild after random changes). The old index is left untouched
 * (reports may be reading it): changed arrays are copies, the rest is shared. A few linear passes over the
 * arrays, whatever the number of changes.
 *
 * <p>Only a rebuild will do, and null is returned, when an activity's modality, start or partner changed (all its
 * enrolments would move), or when a row other than an enrolment was removed.
 */
final class IndexPatch {

    private final ResultsIndex old;
    private final ResultsIndex x;
    private final ResultsData now;
    private final ResultsChanges changes;
    private Map<String, Integer> people;
    private Map<String, Integer> positions;

    private IndexPatch(ResultsIndex old, ResultsData now, ResultsChanges changes) {
        this.old = old;
        this.x = old.copy();
        this.now = now;
        this.changes = changes;
    }

    /** The index as of the changed rows {@code now} (the rows held now for the keys in {@code changes}), or null. */
    static ResultsIndex patched(ResultsIndex old, ResultsData now, ResultsChanges changes) {
        return new IndexPatch(old, now, changes).apply();
    }

    private ResultsIndex apply() {
        if (!activities() || !participants() || !enrolments() || !satisfaction() || !knowledge() || !followUps()
                || !credentials()) {
            return null;
        }
        views();
        if (!changes.participants().isEmpty() || !changes.enrolments().isEmpty()) {
            x.journey();
        }
        return x;
    }

    private boolean activities() {
        if (changes.activities().isEmpty()) {
            return true;
        }
        Map<String, ResultsData.Activity> held = byKey(now.activities(), ResultsData.Activity::id);
        Map<String, ResultsData.Activity> activities = new HashMap<>(old.activities);
        for (String id : changes.activities()) {
            ResultsData.Activity a = held.get(id), before = old.activities.get(id);
            if (a == null || before != null && (a.modality() != before.modality() || !a.startDate().equals(before.startDate())
                    || (a.partnerId() == null) != (before.partnerId() == null))) {
                return false;
            }
            activities.put(id, a);
        }
        x.activities = activities;
        return true;
    }

    private boolean participants() {
        if (changes.participants().isEmpty()) {
            return true;
        }
        Map<String, ResultsData.Participant> held = byKey(now.participants(), ResultsData.Participant::id);
        Map<String, Integer> people = people(changes.participants());
        int count = old.participantCount;
        for (String id : changes.participants()) {
            if (!held.containsKey(id)) {
                return false;
            }
            count += people.containsKey(id) ? 0 : 1;
        }
        x.participantCount = count;
        x.participantIds = Arrays.copyOf(old.participantIds, count);
        x.gender = Arrays.copyOf(old.gender, count);
        x.birthYear = Arrays.copyOf(old.birthYear, count);
        x.country = Arrays.copyOf(old.country, count);
        x.constituent = Arrays.copyOf(old.constituent, count);
        x.incomeGroup = Arrays.copyOf(old.incomeGroup, count);
        Map<String, Integer> countries = new HashMap<>();
        for (int c = 0; c < old.countryCount; c++) {
            countries.put(old.countryCodes[c], c);
        }
        int next = old.participantCount;
        for (String id : changes.participants()) {
            ResultsData.Participant person = held.get(id);
            Integer known = people.get(id);
            int p = known != null ? known : next++;
            people.put(id, p);
            x.participantIds[p] = id;
            x.gender[p] = (byte) ResultsIndex.indexOf(ResultsIndex.GENDERS, person.gender());
            x.birthYear[p] = person.birthYear() == null ? ResultsIndex.NO_BIRTH_YEAR : person.birthYear();
            x.country[p] = person.country() == null ? -1 : countries.computeIfAbsent(person.country(), c -> countries.size());
            x.constituent[p] = (byte) ResultsIndex.indexOf(ResultsIndex.CONSTITUENTS, person.constituent());
            String group = person.country() == null ? "unclassified" : x.incomeTable.getOrDefault(person.country(), "unclassified");
            x.incomeGroup[p] = (byte) YearIndicators.INCOME_GROUPS.indexOf(group);
        }
        x.countryCount = countries.size();
        x.countryCodes = new String[countries.size()];
        countries.forEach((code, c) -> x.countryCodes[c] = code);
        return true;
    }

    /** A counted enrolment that changed, in the index's terms. */
    private record Entry(String id, int participant, byte modality, int day, int year, boolean partner) {
    }

    private boolean enrolments() {
        Set<String> changed = changes.enrolments();
        if (changed.isEmpty()) {
            return true;
        }
        List<Entry> entries = new ArrayList<>();
        for (ResultsData.Enrolment e : now.enrolments()) {
            if ("withdrawn".equals(e.status())) {
                continue;
            }
            ResultsData.Activity a = x.activities.get(e.activityId());
            Integer p = people(learnersOf(now.enrolments())).get(e.participantId());
            if (a == null || p == null) {
                return false; // a rebuild says which record is missing
            }
            LocalDate date = Facts.reportingDate(e, a);
            entries.add(new Entry(e.id(), p, (byte) a.modality().ordinal(), (int) date.toEpochDay(), date.getYear(),
                    a.partnerId() != null));
        }
        entries.sort((u, v) -> u.day != v.day ? Integer.compare(u.day, v.day) : Facts.CODE_POINT_ORDER.compare(u.id, v.id));

        int n = old.enrolmentCount;
        boolean[] leaving = new boolean[n];
        int left = 0;
        for (int i = 0; i < n; i++) {
            if (changed.contains(old.enrolmentIds[i])) {
                leaving[i] = true;
                left++;
            }
        }
        int count = n - left + entries.size();
        x.enrolmentCount = count;
        x.participant = new int[count];
        x.modality = new byte[count];
        x.year = new int[count];
        x.withPartner = new boolean[count];
        x.enrolmentIds = new String[count];
        x.day = new int[count];
        int[] moved = new int[n];
        Map<String, Integer> placed = new HashMap<>();
        int i = 0, j = 0, k = 0;
        while (i < n || j < entries.size()) {
            if (i < n && leaving[i]) {
                moved[i++] = -1;
                continue;
            }
            boolean fromOld = j == entries.size() || i < n && (old.day[i] != entries.get(j).day
                    ? old.day[i] < entries.get(j).day
                    : Facts.CODE_POINT_ORDER.compare(old.enrolmentIds[i], entries.get(j).id) < 0);
            if (fromOld) {
                x.participant[k] = old.participant[i];
                x.modality[k] = old.modality[i];
                x.year[k] = old.year[i];
                x.withPartner[k] = old.withPartner[i];
                x.enrolmentIds[k] = old.enrolmentIds[i];
                x.day[k] = old.day[i];
                moved[i++] = k++;
            } else {
                Entry e = entries.get(j++);
                x.participant[k] = e.participant;
                x.modality[k] = e.modality;
                x.year[k] = e.year;
                x.withPartner[k] = e.partner;
                x.enrolmentIds[k] = e.id;
                x.day[k] = e.day;
                placed.put(e.id, k++);
            }
        }
        // outcomes point at enrolments by position: follow each one's enrolment to where it is now
        x.satisfactionEnrolment = moved(old.satisfactionEnrolment, old.satisfactionIds, moved, placed, changed);
        x.knowledgeEnrolment = moved(old.knowledgeEnrolment, old.knowledgeIds, moved, placed, changed);
        return true;
    }

    private static int[] moved(int[] pointers, String[] ids, int[] moved, Map<String, Integer> placed, Set<String> changed) {
        int[] now = new int[pointers.length];
        for (int i = 0; i < pointers.length; i++) {
            int p = pointers[i];
            if (p >= 0 && moved[p] >= 0) {
                now[i] = moved[p];
            } else if (p >= 0 || changed.contains(ids[i])) {
                now[i] = placed.getOrDefault(ids[i], -1);
            } else {
                now[i] = -1;
            }
        }
        return now;
    }

    private boolean satisfaction() {
        Placed<ResultsData.Satisfaction> placed = placed(x.satisfactionIds, changes.satisfaction(), now.satisfaction(),
                ResultsData.Satisfaction::enrolmentId);
        if (placed == null) {
            return false;
        }
        x.satisfactionIds = Arrays.copyOf(x.satisfactionIds, placed.count());
        x.satisfactionOverall = Arrays.copyOf(x.satisfactionOverall, placed.count());
        x.satisfactionEnrolment = Arrays.copyOf(x.satisfactionEnrolment, placed.count());
        placed.rows().forEach((s, r) -> {
            x.satisfactionIds[r] = s.enrolmentId();
            x.satisfactionOverall[r] = (byte) s.overall();
            x.satisfactionEnrolment[r] = position(s.enrolmentId());
        });
        return true;
    }

    private boolean knowledge() {
        Placed<ResultsData.KnowledgeTest> placed = placed(x.knowledgeIds, changes.knowledge(), now.knowledgeTests(),
                ResultsData.KnowledgeTest::enrolmentId);
        if (placed == null) {
            return false;
        }
        x.knowledgeIds = Arrays.copyOf(x.knowledgeIds, placed.count());
        x.knowledgeGained = Arrays.copyOf(x.knowledgeGained, placed.count());
        x.knowledgeEnrolment = Arrays.copyOf(x.knowledgeEnrolment, placed.count());
        placed.rows().forEach((t, r) -> {
            x.knowledgeIds[r] = t.enrolmentId();
            x.knowledgeGained[r] = t.postScore() > t.preScore();
            x.knowledgeEnrolment[r] = position(t.enrolmentId());
        });
        return true;
    }

    private boolean followUps() {
        Placed<ResultsData.FollowUp> placed = placed(x.followUpIds, changes.followUps(), now.followUps(),
                ResultsData.FollowUp::enrolmentId);
        if (placed == null) {
            return false;
        }
        x.followUpIds = Arrays.copyOf(x.followUpIds, placed.count());
        x.followUpYear = Arrays.copyOf(x.followUpYear, placed.count());
        x.followUpCanApply = Arrays.copyOf(x.followUpCanApply, placed.count());
        x.followUpExample = Arrays.copyOf(x.followUpExample, placed.count());
        placed.rows().forEach((f, r) -> {
            x.followUpIds[r] = f.enrolmentId();
            x.followUpYear[r] = f.respondedOn().getYear();
            x.followUpCanApply[r] = f.canApply();
            x.followUpExample[r] = f.exampleGiven();
        });
        return true;
    }

    private boolean credentials() {
        Placed<ResultsData.Credential> placed = placed(x.credentialIds, changes.credentials(), now.credentials(),
                ResultsData.Credential::credentialId);
        if (placed == null) {
            return false;
        }
        x.credentialIds = Arrays.copyOf(x.credentialIds, placed.count());
        x.credentialYear = Arrays.copyOf(x.credentialYear, placed.count());
        placed.rows().forEach((c, r) -> {
            x.credentialIds[r] = c.credentialId();
            x.credentialYear[r] = c.issuedOn().getYear();
        });
        return true;
    }

    /** Where each changed record goes among an outcome's rows, and how many rows there are then. */
    private record Placed<T>(int count, Map<T, Integer> rows) {
    }

    /**
     * Each changed record held now goes to the row the index has for its key, or to a new row at the end;
     * null when the index has a row whose record is gone (only a rebuild drops a row).
     */
    private static <T> Placed<T> placed(String[] ids, Set<String> changed, List<T> held, Function<T, String> key) {
        if (changed.isEmpty()) {
            return new Placed<>(ids.length, Map.of());
        }
        Map<String, Integer> rows = rowsOf(ids, changed);
        Map<String, T> records = byKey(held, key);
        if (!records.keySet().containsAll(rows.keySet())) {
            return null;
        }
        Map<T, Integer> placed = new java.util.LinkedHashMap<>();
        int next = ids.length;
        for (T record : records.values()) {
            Integer row = rows.get(key.apply(record));
            placed.put(record, row != null ? row : next++);
        }
        return new Placed<>(next, placed);
    }

    /** Views are all key and only ever added: the log names only those that were new when saved. */
    private void views() {
        List<ResultsData.CredentialView> added = changes.views();
        if (added.isEmpty()) {
            return;
        }
        Set<String> wanted = new java.util.HashSet<>();
        added.forEach(v -> wanted.add(v.viewerId()));
        Map<String, Integer> viewers = rowsOf(x.viewerIds, wanted);
        int known = x.viewerIds.length;
        List<String> newViewers = new ArrayList<>();
        int count = x.viewYear.length + added.size();
        int next = x.viewYear.length;
        x.viewYear = Arrays.copyOf(x.viewYear, count);
        x.viewer = Arrays.copyOf(x.viewer, count);
        for (ResultsData.CredentialView view : added) {
            x.viewYear[next] = view.viewedAt().atZone(ZoneOffset.UTC).getYear();
            x.viewer[next++] = viewers.computeIfAbsent(view.viewerId(), id -> {
                newViewers.add(id);
                return known + newViewers.size() - 1;
            });
        }
        x.viewerIds = Arrays.copyOf(x.viewerIds, known + newViewers.size());
        for (int v = 0; v < newViewers.size(); v++) {
            x.viewerIds[known + v] = newViewers.get(v);
        }
        x.viewerCount = x.viewerIds.length;
    }

    /** Where each changed key is among the rows held (one pass), for the keys the index has a row for. */
    private static Map<String, Integer> rowsOf(String[] ids, Set<String> changed) {
        Map<String, Integer> rows = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (changed.contains(ids[i])) {
                rows.put(ids[i], i);
            }
        }
        return rows;
    }

    /** The position of a counted enrolment in the patched index, -1 when it is not counted. */
    private int position(String enrolmentId) {
        if (positions == null) {
            positions = new HashMap<>();
            Set<String> wanted = new java.util.HashSet<>(changes.satisfaction());
            wanted.addAll(changes.knowledge());
            for (int i = 0; i < x.enrolmentCount; i++) {
                if (wanted.contains(x.enrolmentIds[i])) {
                    positions.put(x.enrolmentIds[i], i);
                }
            }
        }
        return positions.getOrDefault(enrolmentId, -1);
    }

    /**
     * Where these learners are in the index (and the ones a patch added), found in one pass over the ids rather
     * than a map of every learner, which would cost more than the rest of a patch.
     */
    private Map<String, Integer> people(Set<String> wanted) {
        if (people == null) {
            people = new HashMap<>();
        }
        if (!people.keySet().containsAll(wanted)) {
            people.putAll(rowsOf(old.participantIds, wanted));
        }
        return people;
    }

    private static Set<String> learnersOf(List<ResultsData.Enrolment> enrolments) {
        Set<String> learners = new java.util.HashSet<>();
        enrolments.forEach(e -> learners.add(e.participantId()));
        return learners;
    }

    private static <T> Map<String, T> byKey(List<T> rows, Function<T, String> key) {
        Map<String, T> map = new java.util.LinkedHashMap<>();
        rows.forEach(row -> map.put(key.apply(row), row));
        return map;
    }
}
