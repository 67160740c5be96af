package pl.citycare.testing.application;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.support.AsAuditor;
import pl.citycare.support.AsTestingClerk;
import pl.citycare.support.Beans;
import pl.citycare.testing.application.Employers.EmployerView;
import pl.citycare.testing.application.WorkerImports.ImportView;
import pl.citycare.testing.application.WorkerImports.Preview;
import pl.citycare.testing.application.Workers.WorkerFilter;
import pl.citycare.testing.application.Workers.WorkerView;
import pl.citycare.testing.domain.workerimport.ColumnMapping;
import pl.citycare.testing.domain.workerimport.ImportStatus;
import pl.citycare.testing.domain.workerimport.WorkerColumn;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Employers' worker lists inside Payara Micro, on the real database: preview with each row's problems, the
 * column mapping remembered per employer, the job outside the request (polled), re-import that creates nobody
 * twice and says which worker changed, a 20,000-row list, and a cancelled import that keeps nothing. Runs in
 * {@code CityCareIT}.
 */
public interface WorkerImportsTests {

    static byte[] csv(String... lines) {
        return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static ImportView awaitEnd(long importId, Duration limit) throws Exception {
        return await(importId, limit, view -> view.status().ended());
    }

    static ImportView await(long importId, Duration limit, Predicate<ImportView> until) throws Exception {
        WorkerImports imports = Beans.get(WorkerImports.class);
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);
        Instant deadline = Instant.now().plus(limit);
        ImportView view = clerk.call(() -> imports.status(importId));
        while (!until.test(view) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            view = clerk.call(() -> imports.status(importId));
        }
        assertThat(until.test(view)).as("import %s within %s: %s", importId, limit, view).isTrue();
        return view;
    }

    private static long workersOf(long employerId) throws Exception {
        return Beans.get(AsTestingClerk.class).call(() -> Beans.get(Workers.class).count(new WorkerFilter(null, employerId)));
    }

    @Test
    default void aListIsPreviewedRowByRowImportedOnceAndAChangedRowUpdatesTheWorker() throws Exception {
        WorkerImports imports = Beans.get(WorkerImports.class);
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);
        EmployerView farm = WorkersTests.freshEmployer("Farma Importu IT");
        String koval = WorkersTests.freshPassport();
        String bondar = WorkersTests.freshPassport();
        // The employer's own header for the passport ("Nr dok.") is not one the import knows.
        String[] lines = {"Nazwisko;Imiona;Data urodzenia;Nr dok.;Telefon",
                "KOVAL;OLENA;02.01.1990;" + koval + ";+48 501 234 567",
                "BONDAR;IVAN;1988-07-15;" + bondar + ";",
                "MELNYK;PETRO;31.02.1990;" + WorkersTests.freshPassport() + ";",
                "BONDAR;IVAN;1988-07-15;" + bondar + ";"};
        long first = clerk.call(() -> imports.upload(farm.id(), "lista.csv", csv(lines))).importId();

        Preview guessed = clerk.call(() -> imports.preview(first, null, null));
        assertThat(guessed.missing()).containsExactly(WorkerColumn.PASSPORT);
        assertThat(guessed.importable()).isFalse();
        var columns = new ArrayList<>(guessed.mapping().columns());
        columns.set(3, WorkerColumn.PASSPORT);
        Preview mapped = clerk.call(() -> imports.preview(first, null, new ColumnMapping(columns)));
        assertThat(mapped.counts()).isEqualTo(Map.of("NEW", 2L, "ERROR", 2L));
        assertThat(mapped.rows()).filteredOn(r -> "ERROR".equals(r.kind())).satisfiesExactly(
                date -> {
                    assertThat(date.number()).isEqualTo(4);
                    assertThat(date.problems()).singleElement().satisfies(p -> {
                        assertThat(p.column()).isEqualTo("Data urodzenia");
                        assertThat(p.messageKey()).isEqualTo("testing.workerImport.row.date");
                    });
                },
                repeated -> {
                    assertThat(repeated.number()).isEqualTo(5);
                    assertThat(repeated.problems()).singleElement().satisfies(p -> {
                        assertThat(p.column()).isEqualTo("Nr dok.");
                        assertThat(p.argument()).isEqualTo("3");
                    });
                });

        clerk.call(() -> { imports.start(first); return null; });
        ImportView done = awaitEnd(first, Duration.ofSeconds(60));
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(List.of(done.created(), done.updated(), done.unchanged(), done.skipped())).containsExactly(2, 0, 0, 2);
        assertThat(workersOf(farm.id())).isEqualTo(2);
        List<WorkerView> imported = clerk.call(() -> Beans.get(Workers.class).search(new WorkerFilter(koval, null), List.of(), 0, 5));
        assertThat(imported).singleElement().satisfies(w -> {
            assertThat(w.details().phone()).isEqualTo("+48 501 234 567");
            assertThat(w.details().nationality()).isEqualTo("UA");
            assertThat(new AuditEventQuery(Beans.dataSource()).newest("Worker", String.valueOf(w.id()), 0, 5))
                    .singleElement().satisfies(e -> assertThat(e.changes()).doesNotContain("KOVAL").doesNotContain(koval));
        });
        assertThatThrownBy(() -> clerk.call(() -> { imports.start(first); return null; })).isInstanceOf(pl.citycare.shared.application.Rejected.class);

        // The same list again: the employer's mapping is remembered, and nobody is created twice.
        long second = clerk.call(() -> imports.upload(farm.id(), "lista.csv", csv(lines))).importId();
        Preview again = clerk.call(() -> imports.preview(second, null, null));
        assertThat(again.missing()).isEmpty();
        assertThat(again.counts()).isEqualTo(Map.of("UNCHANGED", 2L, "ERROR", 2L));
        clerk.call(() -> { imports.start(second); return null; });
        assertThat(awaitEnd(second, Duration.ofSeconds(60))).satisfies(v -> {
            assertThat(v.status()).isEqualTo(ImportStatus.DONE);
            assertThat(List.of(v.created(), v.unchanged())).containsExactly(0, 2);
        });
        assertThat(workersOf(farm.id())).isEqualTo(2);

        // A changed phone changes that worker, and the preview says which field.
        lines[1] = lines[1].replace("+48 501 234 567", "+48 600 700 800");
        long third = clerk.call(() -> imports.upload(farm.id(), "lista-2.csv", csv(lines))).importId();
        Preview changed = clerk.call(() -> imports.preview(third, null, null));
        assertThat(changed.rows()).filteredOn(r -> "CHANGED".equals(r.kind())).singleElement()
                .satisfies(r -> assertThat(r.changedFields()).containsExactly("phone"));
        clerk.call(() -> { imports.start(third); return null; });
        assertThat(awaitEnd(third, Duration.ofSeconds(60)).updated()).isEqualTo(1);
        assertThat(clerk.call(() -> Beans.get(Workers.class).search(new WorkerFilter(koval, null), List.of(), 0, 5)))
                .singleElement().satisfies(w -> assertThat(w.details().phone()).isEqualTo("+48 600 700 800"));

        assertThatThrownBy(() -> Beans.get(AsAuditor.class).call(() -> imports.status(first))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    default void aFileThatCannotBeReadIsAnsweredAndNotKept() throws Exception {
        WorkerImports imports = Beans.get(WorkerImports.class);
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);
        EmployerView farm = WorkersTests.freshEmployer("Farma Pustych Plików IT");
        assertThat(clerk.call(() -> imports.upload(farm.id(), "pusta.csv", new byte[0])).problem().messageKey())
                .isEqualTo("testing.workerImport.file.empty");
        assertThat(clerk.call(() -> imports.upload(farm.id(), "stary.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}))
                .problem().messageKey()).isEqualTo("testing.workerImport.file.oldExcel");
        assertThat(clerk.call(() -> imports.upload(farm.id(), "pusta.csv", new byte[0])).importId()).isNull();
    }

    @Test
    default void twentyThousandRowsRunOutsideTheRequestAndACancelledImportKeepsNothing() throws Exception {
        WorkerImports imports = Beans.get(WorkerImports.class);
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);
        EmployerView farm = WorkersTests.freshEmployer("Farma Dwudziestu Tysięcy IT");
        String prefix = "B" + WorkersTests.freshPassport().substring(2, 9);
        var lines = new ArrayList<String>();
        lines.add("Surname,Given names,Date of birth,Passport number,Accommodation address");
        for (int i = 0; i < 20_000; i++) {
            lines.add(String.format("TKACHENKO,MYKOLA,%02d.%02d.19%02d,%s%05d,\"=HYPERLINK(\"\"x\"\")\"", 1 + i % 28, 1 + i % 12,
                    60 + i % 40, prefix, i));
        }
        byte[] file = csv(lines.toArray(String[]::new));

        long cancelled = clerk.call(() -> imports.upload(farm.id(), "duza.csv", file)).importId();
        assertThat(clerk.call(() -> imports.preview(cancelled, null, null)).counts()).isEqualTo(Map.of("NEW", 20_000L));
        clerk.call(() -> { imports.start(cancelled); return null; });
        assertThat(clerk.call(() -> imports.status(cancelled)).status()).as("start returns while the job runs").isEqualTo(ImportStatus.RUNNING);
        ImportView midway = await(cancelled, Duration.ofSeconds(120), v -> v.rowsDone() > 0 || v.status().ended());
        assertThat(midway.status()).isEqualTo(ImportStatus.RUNNING);
        assertThat(midway.percent()).isBetween(1, 99);
        clerk.call(() -> { imports.cancel(cancelled); return null; });
        assertThat(awaitEnd(cancelled, Duration.ofSeconds(120)).status()).isEqualTo(ImportStatus.CANCELLED);
        assertThat(workersOf(farm.id())).as("nothing half-imported stays behind").isZero();

        long whole = clerk.call(() -> imports.upload(farm.id(), "duza.csv", file)).importId();
        clerk.call(() -> imports.preview(whole, null, null));
        Instant started = Instant.now();
        clerk.call(() -> { imports.start(whole); return null; });
        ImportView done = awaitEnd(whole, Duration.ofMinutes(5));
        System.out.printf("20,000-row worker list imported in %d ms%n", Duration.between(started, Instant.now()).toMillis());
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.created()).isEqualTo(20_000);
        assertThat(workersOf(farm.id())).isEqualTo(20_000);
        assertThat(clerk.call(() -> Beans.get(Workers.class).search(new WorkerFilter(prefix + "00007", null), List.of(), 0, 1)))
                .singleElement().satisfies(w -> assertThat(w.details().accommodation()).isEqualTo("=HYPERLINK(\"x\")"));
    }

}
