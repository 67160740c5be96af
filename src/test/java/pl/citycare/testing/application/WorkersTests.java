package pl.citycare.testing.application;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;
import pl.citycare.procurement.application.SuppliersTests;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.shared.persistence.ListQuery.Sort;
import pl.citycare.testing.application.Employers.EmployerView;
import pl.citycare.testing.application.Workers.WorkerFilter;
import pl.citycare.testing.application.Workers.WorkerView;
import pl.citycare.testing.domain.employer.EmployerDetails;
import pl.citycare.testing.domain.worker.PreferredLanguage;
import pl.citycare.testing.domain.worker.WorkerDetails;
import pl.citycare.support.AsAuditor;
import pl.citycare.support.AsProcurementClerk;
import pl.citycare.support.AsTestingClerk;
import pl.citycare.support.Beans;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Employers and workers inside Payara Micro: one employer per NIP, one worker per passport, search from
 * either script in the database, sorting, only the testing clerk, and no personal value in the audit
 * trail. Runs in {@code CityCareIT}.
 */
public interface WorkersTests {

    /** A passport number no other test uses. */
    static String freshPassport() {
        return "IT" + (100_000_000L + new Random().nextInt(900_000_000));
    }

    static EmployerView freshEmployer(String name) throws Exception {
        return Beans.get(AsTestingClerk.class).call(() -> Beans.get(Employers.class).register(new EmployerDetails(
                name, SuppliersTests.freshNip(), null, "ul. Polna 1, Kraków", "Jan Testowy", null, null)));
    }

    static WorkerDetails worker(String surname, String cyrillic, String passport, long employerId) {
        return new WorkerDetails(surname, "OLENA", cyrillic, cyrillic == null ? null : "Олена", LocalDate.of(1991, 3, 14),
                "UA", passport, null, PreferredLanguage.UK, employerId, null);
    }

    @Test
    default void aSecondEmployerWithTheSameNipIsRefusedPointingToTheFirstAndSitesBelongToIt() throws Exception {
        Employers employers = Beans.get(Employers.class);
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);
        EmployerView first = freshEmployer("Pierwsza Farma IT");
        String nip = first.details().nip();
        assertThatThrownBy(() -> clerk.call(() -> employers.register(new EmployerDetails("Druga", nip.substring(0, 3) + "-"
                + nip.substring(3), null, "Adres", "Osoba", null, null))))
                .isInstanceOfSatisfying(Employers.DuplicateNip.class, d -> assertThat(d.existingId()).isEqualTo(first.id()));

        EmployerView withSite = clerk.call(() -> employers.addSite(first.id(), "Sad", "Grabówki 1"));
        assertThat(withSite.sites()).extracting(Employers.SiteView::name).containsExactly("Sad");
        EmployerView without = clerk.call(() -> employers.removeSite(first.id(), withSite.sites().get(0).id()));
        assertThat(without.sites()).isEmpty();
        assertThat(clerk.call(() -> employers.search(nip, List.of(), 0, 5))).extracting(EmployerView::id).containsExactly(first.id());
        assertThatThrownBy(() -> Beans.get(AsProcurementClerk.class).call(() -> employers.search(null, List.of(), 0, 5)))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    default void cyrillicFindsThePassportSpellingAndAPassportIsOnePerson() throws Exception {
        Workers workers = Beans.get(Workers.class);
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);
        EmployerView farm = freshEmployer("Farma Wyszukiwania IT");
        // The passport spelling only: the Cyrillic is not on file, and is found by its transliteration.
        WorkerView latinOnly = clerk.call(() -> workers.register(worker("Zghraia-Shchur", null, freshPassport(), farm.id())));
        WorkerView both = clerk.call(() -> workers.register(worker("YURCHENKO", "Юрченко", freshPassport(), farm.id())));

        var inFarm = new WorkerFilter(null, farm.id());
        assertThat(clerk.call(() -> workers.search(new WorkerFilter("Зграя-Щур", farm.id()), List.of(), 0, 10)))
                .extracting(WorkerView::id).containsExactly(latinOnly.id());
        assertThat(clerk.call(() -> workers.search(new WorkerFilter("юрчен", null), List.of(), 0, 50)))
                .extracting(WorkerView::id).contains(both.id());
        assertThat(clerk.call(() -> workers.search(new WorkerFilter("Юрченко", farm.id()), List.of(), 0, 10)))
                .extracting(WorkerView::id).containsExactly(both.id());
        assertThat(clerk.call(() -> workers.search(new WorkerFilter(both.details().passport().toLowerCase(), null), List.of(), 0, 10)))
                .extracting(WorkerView::id).containsExactly(both.id());
        assertThat(clerk.call(() -> workers.search(inFarm, List.of(Sort.desc("surname")), 0, 10)))
                .extracting(WorkerView::id).containsExactly(latinOnly.id(), both.id());
        assertThat(clerk.call(() -> workers.count(inFarm))).isEqualTo(2);

        String spaced = both.details().passport().substring(0, 2) + " " + both.details().passport().substring(2);
        assertThatThrownBy(() -> clerk.call(() -> workers.register(worker("INSHA", null, spaced, farm.id()))))
                .isInstanceOfSatisfying(Workers.DuplicatePassport.class, d -> assertThat(d.existingId()).isEqualTo(both.id()));
        assertThatThrownBy(() -> clerk.call(() -> workers.update(latinOnly.id(), latinOnly.version(),
                worker("ZGHRAIA-SHCHUR", null, spaced, farm.id()))))
                .isInstanceOf(Workers.DuplicatePassport.class);
    }

    @Test
    default void theTrailRecordsWorkerChangesWithoutPersonalValuesAndOnlyTheClerkReachesThem() throws Exception {
        Workers workers = Beans.get(Workers.class);
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);
        EmployerView farm = freshEmployer("Farma Śladu IT");
        String passport = freshPassport();
        WorkerView created = clerk.call(() -> workers.register(worker("KOVALENKO", "Коваленко", passport, farm.id())));
        String newPassport = freshPassport();
        WorkerView changed = clerk.call(() -> workers.update(created.id(), created.version(),
                worker("KOVALENKO", "Коваленко", newPassport, farm.id())));
        assertThat(changed.details().passport()).isEqualTo(newPassport);

        var events = new AuditEventQuery(Beans.dataSource()).newest("Worker", String.valueOf(created.id()), 0, 5);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).changes()).contains("passport").doesNotContain(passport).doesNotContain(newPassport);
        assertThat(events.get(1).changes()).doesNotContain("KOVALENKO").doesNotContain("Коваленко").doesNotContain("1991");
        assertThatThrownBy(() -> Beans.get(AsAuditor.class).call(() -> workers.worker(created.id())))
                .isInstanceOf(EJBAccessException.class);
    }
}
