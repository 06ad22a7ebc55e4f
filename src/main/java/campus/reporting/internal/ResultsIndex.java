package campus.reporting.internal;

import campus.reporting.ResultsData;
import campus.shared.Modality;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The results data packed into arrays for fast reports: counted enrolments sorted by reporting date
 * (so a year is a contiguous range), participants as small codes, outcomes pointing at enrolments
 * by position, and each learner's first enrolment ever worked out once. Built from a ResultsData,
 * it answers exactly what ResultsReport answers (IndexedReportTest checks it on random histories).
 */
public final class ResultsIndex {

    static final String[] GENDERS = {"female", "male", "other", "undisclosed"};
    static final String[] CONSTITUENTS = {"government", "employers", "workers", "other"};
    static final int NO_BIRTH_YEAR = Integer.MIN_VALUE;

    // participants
    int participantCount;
    byte[] gender;
    int[] birthYear;
    int[] country; // index into countries, -1 when none
    byte[] constituent;
    byte[] incomeGroup; // index into YearIndicators.INCOME_GROUPS

    // counted enrolments, sorted by reporting date
    int enrolmentCount;
    int[] participant;
    byte[] modality;
    int[] year;
    boolean[] withPartner;

    // outcomes: the counted enrolment they belong to (-1 when withdrawn or unknown), and their values
    int[] satisfactionEnrolment;
    byte[] satisfactionOverall;
    int[] knowledgeEnrolment;
    boolean[] knowledgeGained;
    int[] followUpYear;
    boolean[] followUpCanApply;
    boolean[] followUpExample;
    int[] credentialYear;
    int[] viewYear;
    int[] viewer;

    // what a patch needs to find the rows that changed (IndexPatch): ids by position, each counted
    // enrolment's reporting day (the order's key), the activities and the income table
    String[] participantIds;
    String[] enrolmentIds;
    int[] day;
    String[] satisfactionIds;
    String[] knowledgeIds;
    String[] followUpIds;
    String[] credentialIds;
    String[] viewerIds;
    Map<String, ResultsData.Activity> activities;
    Map<String, String> incomeTable;

    // the journey: each learner's first counted enrolment ever
    int[] firstYear; // Integer.MIN_VALUE for people without a counted enrolment
    boolean[] firstSelfGuided;
    boolean[] converted;

    public ResultsIndex(ResultsData data) {
        Map<String, Integer> people = new HashMap<>();
        participantCount = data.participants().size();
        gender = new byte[participantCount];
        birthYear = new int[participantCount];
        country = new int[participantCount];
        constituent = new byte[participantCount];
        incomeGroup = new byte[participantCount];
        Map<String, String> incomeTable = data.incomeGroups().isEmpty() ? IncomeGroups.fiscalYear2026() : data.incomeGroups();
        Map<String, Integer> countries = new HashMap<>();
        participantIds = new String[participantCount];
        this.incomeTable = Map.copyOf(incomeTable);
        for (int p = 0; p < participantCount; p++) {
            ResultsData.Participant person = data.participants().get(p);
            people.put(person.id(), p);
            participantIds[p] = person.id();
            gender[p] = (byte) indexOf(GENDERS, person.gender());
            birthYear[p] = person.birthYear() == null ? NO_BIRTH_YEAR : person.birthYear();
            country[p] = person.country() == null ? -1 : countries.computeIfAbsent(person.country(), c -> countries.size());
            constituent[p] = (byte) indexOf(CONSTITUENTS, person.constituent());
            String group = person.country() == null ? "unclassified" : incomeTable.getOrDefault(person.country(), "unclassified");
            incomeGroup[p] = (byte) YearIndicators.INCOME_GROUPS.indexOf(group);
        }
        Map<String, ResultsData.Activity> activities = new HashMap<>();
        data.activities().forEach(a -> activities.put(a.id(), a));
        this.activities = activities;

        // counted enrolments in order of reporting date, ties by id: the journey's order too
        List<Counted> counted = new java.util.ArrayList<>();
        for (ResultsData.Enrolment e : data.enrolments()) {
            if ("withdrawn".equals(e.status())) {
                continue;
            }
            ResultsData.Activity a = activities.get(e.activityId());
            Integer p = people.get(e.participantId());
            if (a == null || p == null) {
                throw new IllegalArgumentException("enrolment " + e.id() + " refers to a missing participant or activity");
            }
            counted.add(new Counted(e.id(), p, a.modality(), Facts.reportingDate(e, a), a.partnerId() != null));
        }
        // ties by id in code-point order; without surrogate pairs that is String's own (much faster) order
        boolean surrogates = counted.stream().anyMatch(c -> c.id.chars().anyMatch(ch -> Character.isSurrogate((char) ch)));
        java.util.Comparator<String> byId = surrogates ? Facts.CODE_POINT_ORDER : String::compareTo;
        Counted[] sorted = counted.toArray(new Counted[0]);
        java.util.Arrays.parallelSort(sorted, (x, y) -> {
            int byDate = Long.compare(x.day, y.day);
            return byDate != 0 ? byDate : byId.compare(x.id, y.id);
        });
        counted = java.util.Arrays.asList(sorted);
        enrolmentCount = counted.size();
        participant = new int[enrolmentCount];
        modality = new byte[enrolmentCount];
        year = new int[enrolmentCount];
        withPartner = new boolean[enrolmentCount];
        enrolmentIds = new String[enrolmentCount];
        day = new int[enrolmentCount];
        Map<String, Integer> position = new HashMap<>(enrolmentCount * 2);
        for (int i = 0; i < enrolmentCount; i++) {
            Counted c = counted.get(i);
            enrolmentIds[i] = c.id;
            day[i] = (int) c.day;
            participant[i] = c.participant;
            modality[i] = (byte) c.modality.ordinal();
            year[i] = c.date.getYear();
            withPartner[i] = c.partner;
            position.put(c.id, i);
        }

        int s = data.satisfaction().size();
        satisfactionEnrolment = new int[s];
        satisfactionOverall = new byte[s];
        satisfactionIds = new String[s];
        for (int i = 0; i < s; i++) {
            satisfactionIds[i] = data.satisfaction().get(i).enrolmentId();
            satisfactionEnrolment[i] = position.getOrDefault(data.satisfaction().get(i).enrolmentId(), -1);
            satisfactionOverall[i] = (byte) data.satisfaction().get(i).overall();
        }
        int k = data.knowledgeTests().size();
        knowledgeEnrolment = new int[k];
        knowledgeGained = new boolean[k];
        knowledgeIds = new String[k];
        for (int i = 0; i < k; i++) {
            ResultsData.KnowledgeTest t = data.knowledgeTests().get(i);
            knowledgeIds[i] = t.enrolmentId();
            knowledgeEnrolment[i] = position.getOrDefault(t.enrolmentId(), -1);
            knowledgeGained[i] = t.postScore() > t.preScore();
        }
        int f = data.followUps().size();
        followUpYear = new int[f];
        followUpCanApply = new boolean[f];
        followUpExample = new boolean[f];
        followUpIds = new String[f];
        for (int i = 0; i < f; i++) {
            ResultsData.FollowUp u = data.followUps().get(i);
            followUpIds[i] = u.enrolmentId();
            followUpYear[i] = u.respondedOn().getYear();
            followUpCanApply[i] = u.canApply();
            followUpExample[i] = u.exampleGiven();
        }
        credentialYear = data.credentials().stream().mapToInt(c -> c.issuedOn().getYear()).toArray();
        credentialIds = data.credentials().stream().map(ResultsData.Credential::credentialId).toArray(String[]::new);
        int v = data.credentialViews().size();
        viewYear = new int[v];
        viewer = new int[v];
        Map<String, Integer> viewers = new HashMap<>();
        for (int i = 0; i < v; i++) {
            ResultsData.CredentialView view = data.credentialViews().get(i);
            viewYear[i] = view.viewedAt().atZone(ZoneOffset.UTC).getYear();
            viewer[i] = viewers.computeIfAbsent(view.viewerId(), id -> viewers.size());
        }

        journey();
        this.countryCount = countries.size();
        this.countryCodes = new String[countries.size()];
        countries.forEach((code, index) -> countryCodes[index] = code);
        this.viewerCount = viewers.size();
        this.viewerIds = new String[viewerCount];
        viewers.forEach((id, code) -> viewerIds[code] = id);
    }

    int countryCount;
    String[] countryCodes;
    int viewerCount;

    private ResultsIndex() {
    }

    /** A copy sharing every array, for a patch that replaces the arrays it changes (a copy on write). */
    ResultsIndex copy() {
        ResultsIndex c = new ResultsIndex();
        c.participantCount = participantCount;
        c.gender = gender;
        c.birthYear = birthYear;
        c.country = country;
        c.constituent = constituent;
        c.incomeGroup = incomeGroup;
        c.enrolmentCount = enrolmentCount;
        c.participant = participant;
        c.modality = modality;
        c.year = year;
        c.withPartner = withPartner;
        c.satisfactionEnrolment = satisfactionEnrolment;
        c.satisfactionOverall = satisfactionOverall;
        c.knowledgeEnrolment = knowledgeEnrolment;
        c.knowledgeGained = knowledgeGained;
        c.followUpYear = followUpYear;
        c.followUpCanApply = followUpCanApply;
        c.followUpExample = followUpExample;
        c.credentialYear = credentialYear;
        c.viewYear = viewYear;
        c.viewer = viewer;
        c.participantIds = participantIds;
        c.enrolmentIds = enrolmentIds;
        c.day = day;
        c.satisfactionIds = satisfactionIds;
        c.knowledgeIds = knowledgeIds;
        c.followUpIds = followUpIds;
        c.credentialIds = credentialIds;
        c.viewerIds = viewerIds;
        c.activities = activities;
        c.incomeTable = incomeTable;
        c.firstYear = firstYear;
        c.firstSelfGuided = firstSelfGuided;
        c.converted = converted;
        c.countryCount = countryCount;
        c.countryCodes = countryCodes;
        c.viewerCount = viewerCount;
        return c;
    }

    /**
     * Each learner's first counted enrolment ever and whether a tutored one followed on a later day, in one pass
     * over the enrolments in their order (the first met is the first ever; ties on a day go by id).
     */
    void journey() {
        firstYear = new int[participantCount];
        Arrays.fill(firstYear, Integer.MIN_VALUE);
        firstSelfGuided = new boolean[participantCount];
        converted = new boolean[participantCount];
        int[] firstDay = new int[participantCount];
        Arrays.fill(firstDay, Integer.MIN_VALUE);
        Modality[] modalities = Modality.values();
        for (int i = 0; i < enrolmentCount; i++) {
            int p = participant[i];
            Modality m = modalities[modality[i]];
            if (firstDay[p] == Integer.MIN_VALUE) {
                firstDay[p] = day[i];
                firstYear[p] = year[i];
                firstSelfGuided[p] = m == Modality.SELF_GUIDED;
            } else if (m.isTutored() && day[i] > firstDay[p]) {
                converted[p] = true;
            }
        }
    }

    /** Reads an index {@link #write written} by this same code (the snapshot's key says which code wrote it). */
    ResultsIndex(java.io.DataInputStream in) throws java.io.IOException {
        participantCount = in.readInt();
        gender = bytes(in);
        birthYear = ints(in);
        country = ints(in);
        constituent = bytes(in);
        incomeGroup = bytes(in);
        enrolmentCount = in.readInt();
        participant = ints(in);
        modality = bytes(in);
        year = ints(in);
        withPartner = booleans(in);
        satisfactionEnrolment = ints(in);
        satisfactionOverall = bytes(in);
        knowledgeEnrolment = ints(in);
        knowledgeGained = booleans(in);
        followUpYear = ints(in);
        followUpCanApply = booleans(in);
        followUpExample = booleans(in);
        credentialYear = ints(in);
        viewYear = ints(in);
        viewer = ints(in);
        firstYear = ints(in);
        firstSelfGuided = booleans(in);
        converted = booleans(in);
        countryCount = in.readInt();
        countryCodes = new String[in.readInt()];
        for (int i = 0; i < countryCodes.length; i++) {
            countryCodes[i] = in.readUTF();
        }
        viewerCount = in.readInt();
        participantIds = strings(in);
        enrolmentIds = strings(in);
        day = ints(in);
        satisfactionIds = strings(in);
        knowledgeIds = strings(in);
        followUpIds = strings(in);
        credentialIds = strings(in);
        viewerIds = strings(in);
        int activityCount = in.readInt();
        activities = new HashMap<>(activityCount * 2);
        Modality[] modalities = Modality.values();
        for (int a = 0; a < activityCount; a++) {
            String id = in.readUTF();
            Modality m = modalities[in.readByte()];
            LocalDate start = LocalDate.ofEpochDay(in.readLong());
            String partnerId = in.readBoolean() ? in.readUTF() : null;
            activities.put(id, new ResultsData.Activity(id, "", m, start, null, null, partnerId));
        }
        int groups = in.readInt();
        Map<String, String> table = new HashMap<>();
        for (int g = 0; g < groups; g++) {
            table.put(in.readUTF(), in.readUTF());
        }
        incomeTable = Map.copyOf(table);
    }

    /** Writes every array, in the order the reading constructor reads them. */
    void write(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeInt(participantCount);
        write(out, gender);
        write(out, birthYear);
        write(out, country);
        write(out, constituent);
        write(out, incomeGroup);
        out.writeInt(enrolmentCount);
        write(out, participant);
        write(out, modality);
        write(out, year);
        write(out, withPartner);
        write(out, satisfactionEnrolment);
        write(out, satisfactionOverall);
        write(out, knowledgeEnrolment);
        write(out, knowledgeGained);
        write(out, followUpYear);
        write(out, followUpCanApply);
        write(out, followUpExample);
        write(out, credentialYear);
        write(out, viewYear);
        write(out, viewer);
        write(out, firstYear);
        write(out, firstSelfGuided);
        write(out, converted);
        out.writeInt(countryCount);
        out.writeInt(countryCodes.length);
        for (String code : countryCodes) {
            out.writeUTF(code);
        }
        out.writeInt(viewerCount);
        write(out, participantIds);
        write(out, enrolmentIds);
        write(out, day);
        write(out, satisfactionIds);
        write(out, knowledgeIds);
        write(out, followUpIds);
        write(out, credentialIds);
        write(out, viewerIds);
        out.writeInt(activities.size());
        for (ResultsData.Activity a : activities.values()) {
            out.writeUTF(a.id());
            out.writeByte(a.modality().ordinal());
            out.writeLong(a.startDate().toEpochDay());
            out.writeBoolean(a.partnerId() != null);
            if (a.partnerId() != null) {
                out.writeUTF(a.partnerId());
            }
        }
        out.writeInt(incomeTable.size());
        for (Map.Entry<String, String> group : incomeTable.entrySet()) {
            out.writeUTF(group.getKey());
            out.writeUTF(group.getValue());
        }
    }

    private static void write(java.io.DataOutputStream out, String[] values) throws java.io.IOException {
        out.writeInt(values.length);
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    private static String[] strings(java.io.DataInputStream in) throws java.io.IOException {
        String[] values = new String[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readUTF();
        }
        return values;
    }

    private static void write(java.io.DataOutputStream out, int[] values) throws java.io.IOException {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(values.length * 4);
        buffer.asIntBuffer().put(values);
        out.writeInt(values.length);
        out.write(buffer.array());
    }

    private static void write(java.io.DataOutputStream out, byte[] values) throws java.io.IOException {
        out.writeInt(values.length);
        out.write(values);
    }

    private static void write(java.io.DataOutputStream out, boolean[] values) throws java.io.IOException {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) (values[i] ? 1 : 0);
        }
        write(out, bytes);
    }

    private static int[] ints(java.io.DataInputStream in) throws java.io.IOException {
        byte[] bytes = new byte[in.readInt() * 4];
        in.readFully(bytes);
        int[] values = new int[bytes.length / 4];
        java.nio.ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return values;
    }

    private static byte[] bytes(java.io.DataInputStream in) throws java.io.IOException {
        byte[] values = new byte[in.readInt()];
        in.readFully(values);
        return values;
    }

    private static boolean[] booleans(java.io.DataInputStream in) throws java.io.IOException {
        byte[] bytes = bytes(in);
        boolean[] values = new boolean[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            values[i] = bytes[i] != 0;
        }
        return values;
    }

    private record Counted(String id, int participant, Modality modality, LocalDate date, long day, boolean partner) {
        Counted(String id, int participant, Modality modality, LocalDate date, boolean partner) {
            this(id, participant, modality, date, date.toEpochDay(), partner);
        }
    }

    static int indexOf(String[] values, String value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i].equals(value)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unexpected value '" + value + "'");
    }

    /** The report of a year, equal to ResultsReport.compute on the data this index was built from. */
    public Map<String, Object> report(int year) {
        return IndexedReport.compute(this, year);
    }

    /** The first position of the enrolments of a year at or after it ("lower bound" on the sorted years). */
    int firstOfYear(int y) {
        int low = 0, high = enrolmentCount;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (year[mid] < y) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
