package campus.demo;

import campus.accounts.AccountsApi;
import campus.accounts.PersonDetails;
import campus.catalogue.ActivityDraft;
import campus.catalogue.ActivityStatus;
import campus.catalogue.ActivityText;
import campus.catalogue.CatalogueApi;
import campus.catalogue.CatalogueQuery;
import campus.enrolment.EnrolmentApi;
import campus.learning.LearningApi;
import campus.reporting.ReportingApi;
import campus.shared.ActivityKind;
import campus.shared.Modality;
import campus.shared.PageRequest;
import campus.shared.Role;
import campus.shared.TechnicalArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads demo people and activities in every modality when the README's run command starts the
 * platform on an empty database; the demo administrator's password is for the demo only.
 */
@Component
@Order(-10)
@ConditionalOnProperty(name = "campus.demo.load", havingValue = "true")
class DemoContent implements ApplicationRunner {

    static final String ADMIN_EMAIL = "admin@campus.example";
    static final String DEMO_PASSWORD = "campus-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final AccountsApi accounts;
    private final CatalogueApi catalogue;
    private final EnrolmentApi enrolments;
    private final ReportingApi reporting;
    private final Clock clock;
    private final LearningApi learning;
    private final campus.partners.PartnersApi partners;

    DemoContent(AccountsApi accounts, CatalogueApi catalogue, EnrolmentApi enrolments, ReportingApi reporting,
                Clock clock, LearningApi learning, campus.partners.PartnersApi partners) {
        this.partners = partners;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.enrolments = enrolments;
        this.reporting = reporting;
        this.clock = clock;
        this.learning = learning;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.hasAdministrator() || catalogue.search(CatalogueQuery.all(), "en", new PageRequest(1, 1)).total() > 0) {
            return;
        }
        accounts.createVerified(person(ADMIN_EMAIL, "Ada", "Admin", "female", 1980, "IT", "other", "en"), DEMO_PASSWORD,
                EnumSet.of(Role.ADMINISTRATOR, Role.STAFF));
        accounts.createVerified(person("staff@campus.example", "Sam", "Staff", "male", 1985, "IT", "other", "en"),
                DEMO_PASSWORD, EnumSet.of(Role.STAFF));
        accounts.createVerified(person("tutor@campus.example", "Tomás", "Tutor", "male", 1978, "ES", "other", "es"),
                DEMO_PASSWORD, EnumSet.of(Role.TUTOR));
        List<Long> learners = List.of(
                accounts.createVerified(person("amina@campus.example", "Amina", "Diallo", "female", 1992, "SN", "workers", "fr"),
                        DEMO_PASSWORD, EnumSet.of(Role.LEARNER)),
                accounts.createVerified(person("lucia@campus.example", "Lucía", "Gómez", "female", 1988, "PE", "government", "es"),
                        DEMO_PASSWORD, EnumSet.of(Role.LEARNER)),
                accounts.createVerified(person("kwame@campus.example", "Kwame", "Mensah", "male", 1975, "GH", "employers", "en"),
                        DEMO_PASSWORD, EnumSet.of(Role.LEARNER)));
        List<Long> activities = activities();
        learning.importCourse(activities.get(0), DemoCourse.zip());
        enrolments.apply(activities.get(0), learners.get(0));
        enrolments.apply(activities.get(0), learners.get(1));
        enrolments.apply(activities.get(1), learners.get(2));
        enrolments.apply(activities.get(2), learners.get(0));
        // a finished course: Kwame is offered the satisfaction survey on My learning and by mail (see /admin/outbox)
        enrolments.complete(enrolments.apply(activities.get(4), learners.get(2)).id());
        new DemoPartner(partners, catalogue, accounts, enrolments, clock).open(learners.get(0), activities.get(0));
        reporting.record(DemoHistory.generate(2026));
        log.info("Demo content loaded. Sign in at {} as {} with password {} (demo only).", "http://localhost:8080/login",
                ADMIN_EMAIL, DEMO_PASSWORD);
    }

    private List<Long> activities() {
        LocalDate today = LocalDate.now(clock);
        return List.of(
                publish(draft("SG-ILS-01", Modality.SELF_GUIDED, TechnicalArea.INTERNATIONAL_LABOUR_STANDARDS,
                        today.minusMonths(6), null, null, null, texts(
                                "International labour standards: an introduction",
                                "A free self-guided course on how international labour standards are made, ratified and supervised.",
                                "Normes internationales du travail : une introduction",
                                "Un cours autoguidé gratuit sur l'élaboration, la ratification et le contrôle des normes internationales du travail.",
                                "Normas internacionales del trabajo: una introducción",
                                "Un curso autoguiado gratuito sobre cómo se adoptan, ratifican y supervisan las normas internacionales del trabajo."))),
                publish(draft("OT-SP-2027", Modality.ONLINE_TUTORED, TechnicalArea.SOCIAL_PROTECTION,
                        today.plusWeeks(6), today.plusWeeks(12), null, 25, texts(
                                "Extending social protection to informal workers",
                                "A tutor-supported online course over six weeks, with weekly assignments and discussion.",
                                "Étendre la protection sociale aux travailleurs de l'économie informelle",
                                "Un cours en ligne tutoré de six semaines, avec des travaux hebdomadaires et des discussions.",
                                "Extender la protección social a los trabajadores informales",
                                "Un curso en línea con tutoría de seis semanas, con tareas y debates semanales."))),
                publish(draft("F2F-OSH-TURIN", Modality.FACE_TO_FACE, TechnicalArea.OCCUPATIONAL_SAFETY_HEALTH,
                        today.plusMonths(3), today.plusMonths(3).plusDays(4), "Turin campus, Pavilion Africa", 30, texts(
                                "Occupational safety and health management systems",
                                "A five-day workshop on the Turin campus for labour inspectors and OSH officers.",
                                "Systèmes de gestion de la sécurité et de la santé au travail",
                                "Un atelier de cinq jours sur le campus de Turin pour les inspecteurs du travail.",
                                null, null))),
                publish(draft("BL-SD-2027", Modality.BLENDED, TechnicalArea.SOCIAL_DIALOGUE,
                        today.plusMonths(2), today.plusMonths(4), "Turin campus and online", 20, texts(
                                "Social dialogue and collective bargaining",
                                "Four weeks online followed by one week on campus.",
                                null, null,
                                "Diálogo social y negociación colectiva",
                                "Cuatro semanas en línea seguidas de una semana en el campus."))),
                publish(draft("SG-GJ-01", Modality.SELF_GUIDED, TechnicalArea.GREEN_JOBS,
                        today.minusYears(1), null, null, null, texts(
                                "Green jobs and a just transition",
                                "What a just transition to environmentally sustainable economies means for the world of work.",
                                "Emplois verts et transition juste",
                                "Ce qu'une transition juste vers des économies durables signifie pour le monde du travail.",
                                "Empleos verdes y transición justa",
                                "Lo que significa una transición justa hacia economías sostenibles para el mundo del trabajo."))),
                publish(draft("OT-EP-2026", Modality.ONLINE_TUTORED, TechnicalArea.EMPLOYMENT_POLICY,
                        today.minusMonths(2), today.minusMonths(1), null, 40, texts(
                                "Employment policy design",
                                "A past tutor-supported course on national employment policies.",
                                null, null, null, null))));
    }

    private long publish(ActivityDraft draft) {
        long id = catalogue.create(draft);
        catalogue.changeStatus(id, ActivityStatus.PUBLISHED);
        return id;
    }

    private static ActivityDraft draft(String code, Modality modality, TechnicalArea area, LocalDate start, LocalDate end,
                                       String venue, Integer capacity, Map<String, ActivityText> texts) {
        return new ActivityDraft(code, modality, ActivityKind.TRAINING, area, "en", start, end, venue, capacity, null,
                false, null, texts);
    }

    private static Map<String, ActivityText> texts(String en, String enText, String fr, String frText, String es, String esText) {
        Map<String, ActivityText> texts = new LinkedHashMap<>();
        texts.put("en", new ActivityText(en, enText));
        if (fr != null) {
            texts.put("fr", new ActivityText(fr, frText));
        }
        if (es != null) {
            texts.put("es", new ActivityText(es, esText));
        }
        return texts;
    }

    private static PersonDetails person(String email, String given, String family, String gender, int birthYear,
                                        String country, String constituent, String language) {
        return new PersonDetails(email, given, family, gender, birthYear, country, constituent, null, null, language);
    }
}
